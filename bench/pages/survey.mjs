// SurveyJS (survey-core + survey-js-ui) with the same content as the wheel: one 0–10 rating question
// per domain. Keys move the first question's selection right and left, as its radio group does.
import { mountSurvey, surveyJson } from "../lib/surveyjs-entry.mjs";
import { run, when } from "./harness.mjs";

run({
  mount(host, d) {
    const allQuestions = when(
      () => host.querySelectorAll(".sd-question").length >= d.labels.length,
    );
    const model = mountSurvey(host, surveyJson(d.labels, d.scale));
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
      focusRating() {
        const checked = host.querySelector(".sd-question input[type=radio]:checked");
        const first =
          checked ?? host.querySelector(".sd-question input[type=radio], .sd-rating__item");
        first?.focus();
        return [...Array(10).fill("ArrowRight"), ...Array(10).fill("ArrowLeft")];
      },
      model,
    };
  },
});
