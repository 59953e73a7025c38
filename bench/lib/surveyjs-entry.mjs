// SurveyJS as the bench's peer, bundled by Vite (minified, production) into the bench page and by
// esbuild in packages/elements/src/budget.node.test.ts: survey-core's model plus survey-js-ui's
// renderer, the two packages a plain-HTML host installs. The form has the same content as the wheel:
// one rating per domain on the same scale, labelled with the domain's name.
import { Model } from "survey-core";
import { renderSurvey } from "survey-js-ui";

/** A SurveyJS JSON form with one rating question per label, on the wheel's scale. */
export function surveyJson(labels, { min = 0, max = 10, minText = "", maxText = "" } = {}) {
  return {
    locale: "nb",
    showQuestionNumbers: "off",
    // One page, no navigation: the same single screen the wheel shows.
    showNavigationButtons: false,
    pages: [
      {
        name: "wheel",
        elements: labels.map((title, i) => ({
          type: "rating",
          name: `d${i}`,
          title,
          rateMin: min,
          rateMax: max,
          // Buttons, as the wheel's segments: "auto" (the default) measures the page and may turn
          // each question into a dropdown, which it did in Chromium 150 at 1024 px. Arrow keys then
          // rated nothing, and the peer's figures changed with the browser's version.
          displayMode: "buttons",
          minRateDescription: minText,
          maxRateDescription: maxText,
        })),
      },
    ],
  };
}

/** Renders `json` into `el`; returns the survey model (its `setValue` is the programmatic path). */
export function mountSurvey(el, json) {
  const model = new Model(json);
  renderSurvey(model, el);
  return model;
}
