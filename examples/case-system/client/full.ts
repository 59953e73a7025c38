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
