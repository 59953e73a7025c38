// The manager's page: the reflection prompts for managers, beside what employees shared. The server
// already reduced `responses` to consented answers in groups of at least `min-group`.
import "@famwel/elements/define/famwel-reflection";
import type { InstrumentDefinition, ReflectionAnswer } from "@famwel/instrument";
import { focusLinkedFields } from "./error-links.js";
import { byId, pageData } from "./island.js";

interface Data {
  instrument: InstrumentDefinition;
  responses: unknown[];
  values: { reflection?: ReflectionAnswer };
}

const data = pageData<Data>();
const reflection = byId<HTMLElementTagNameMap["famwel-reflection"]>("reflection");
reflection.instrument = data.instrument;
reflection.responses = data.responses;
if (data.values.reflection) reflection.value = data.values.reflection;
// After a refusal, the summary's links put focus into the element they name.
focusLinkedFields();
