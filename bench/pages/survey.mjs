// SurveyJS (survey-core + survey-js-ui) with the same content as the wheel: one 0–10 rating question
// per domain. Keys move the first question's selection right and left, as its radio group does.
import { mountSurvey, surveyJson } from "../lib/surveyjs-entry.mjs";
import { run, settle, when } from "./harness.mjs";

run({
  mount(host, d) {
    const allQuestions = when(
      () => host.querySelectorAll(".sd-question").length >= d.labels.length,
    );
    const model = mountSurvey(host, surveyJson(d.labels, d.scale));
    let rated = 0; // counted from here on: the keys' ratings and the programmatic changes alike
    model.onValueChanged.add(() => rated++);
    // The same ratings the wheel starts with (the first question at 0).
    model.data = Object.fromEntries(d.values.map((v, i) => [`d${i}`, v]));
    return {
      async rendered() {
        // survey-js-ui renders through its own Preact; wait until every question is in the page
        // (watched as the famwel elements' first render is, with MutationObservers).
        await allQuestions;
      },
      change(i) {
        model.setValue(`d${i % d.labels.length}`, i % 11);
      },
      async focusRating() {
        // From the scale's minimum (the 100 changes left it elsewhere): ten right, ten left, 20
        // ratings, none of them the radio group's wrap from the last button to the first.
        model.setValue("d0", 0);
        // survey-js-ui renders the change a task or so later (a property, not a DOM mutation).
        const checked = () => host.querySelector(".sd-question input[type=radio]:checked");
        for (let i = 0; i < 50 && checked()?.value !== "0"; i++) await settle();
        checked()?.focus();
        return [...Array(10).fill("ArrowRight"), ...Array(10).fill("ArrowLeft")];
      },
      rated: () => rated,
      model,
    };
  },
});
