// The whole instrument: <famwel-instrument> checks the response with parseResponse before it fires
// `famwel-submit`; the page then posts it in a hidden field, and the server checks it again (the
// browser's check is for the family's sake, the server's is the one that counts).
import "@famwel/elements/define/famwel-instrument";
import type { InstrumentDefinition, Response } from "@famwel/instrument";
import { byId, pageData } from "./island.js";

const data = pageData<{ instrument: InstrumentDefinition; response?: Response }>();
const runner = byId<HTMLElementTagNameMap["famwel-instrument"]>("runner");
runner.instrument = data.instrument;
if (data.response) runner.response = data.response;
const form = byId<HTMLFormElement>("full-form");
const field = byId<HTMLInputElement>("response-field");
runner.addEventListener("famwel-submit", (event) => {
  field.value = JSON.stringify(event.response);
  form.requestSubmit();
});
// After a refusal the summary links to the runner, naming the step, and each link carries the
// answer's JSON pointer: the runner goes to that step and puts focus on the answer (`showAnswer`),
// whichever step it shows. Without script the link still scrolls to the runner.
document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
    ".error-summary a[data-pointer]",
  );
  if (!link) return;
  event.preventDefault();
  runner.scrollIntoView({ block: "start" });
  void customElements
    .whenDefined("famwel-instrument")
    .then(() => runner.showAnswer(link.dataset.pointer!));
});
