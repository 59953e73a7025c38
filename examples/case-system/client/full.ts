// The whole instrument: <famwel-instrument> checks the response with parseResponse before it fires
// `famwel-submit`; the page then posts it in a hidden field, and the server checks it again (the
// browser's check is for the family's sake, the server's is the one that counts).
import "@famwel/elements/define/famwel-instrument";
import type { InstrumentDefinition, Response } from "@famwel/instrument";
import { focusLinkedFields } from "./error-links.js";
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
// After a refusal the summary links to the runner, naming the step; the runner resumes at step 1.
// A link about the section that step shows puts focus into its element (the wheel, say), found by
// its `section` attribute in the runner's open shadow root. The runner has no public way to show
// another step, so a link about a section on a later step only scrolls to the runner.
focusLinkedFields((link) => {
  const section = /^\/answers\/([^/]+)/.exec(link.dataset.pointer ?? "")?.[1];
  if (section === undefined) return null;
  return (
    runner.shadowRoot?.querySelector<HTMLElement>(
      `[section="${CSS.escape(section)}"]:is(famwel-life-wheel, famwel-service-map, famwel-reflection)`,
    ) ?? null
  );
});
