// An employee's reflection: the family's latest reading, read-only, beside the prompts; the
// reflection records which reading it is about (`about.response`), and the server checks that id.
import "@famwel/elements/define/famwel-reflection";
import "@famwel/elements/define/famwel-life-wheel";
import "@famwel/elements/define/famwel-service-map";
import type { InstrumentDefinition, ReflectionAnswer, Response } from "@famwel/instrument";
import { focusLinkedFields } from "./error-links.js";
import { byId, pageData } from "./island.js";

interface Data {
  instrument: InstrumentDefinition;
  aboutInstrument: InstrumentDefinition;
  aboutResponse: Response;
  values: { reflection?: ReflectionAnswer };
}

const data = pageData<Data>();
const reflection = byId<HTMLElementTagNameMap["famwel-reflection"]>("reflection");
reflection.instrument = data.instrument;
reflection.aboutInstrument = data.aboutInstrument;
reflection.aboutResponse = data.aboutResponse;
if (data.values.reflection) reflection.value = data.values.reflection;

const wheel = byId<HTMLElementTagNameMap["famwel-life-wheel"]>("about-wheel");
const map = byId<HTMLElementTagNameMap["famwel-service-map"]>("about-network");
wheel.instrument = map.instrument = data.aboutInstrument;
const { wheel: w, network: n } = data.aboutResponse.answers;
if (w?.type === "wheel") wheel.value = w;
if (n?.type === "network") map.value = n;
// After a refusal, the summary's links put focus into the element they name.
focusLinkedFields();
