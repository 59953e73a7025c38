// The reading form: registers the wheel and the map, gives them the instrument, puts back what was
// posted after a refusal, and draws the latest reading as an outline to compare with. The elements
// are form controls, so the form posts their answers itself (as JSON under their `name`).
// The instrument reaches this page as JSON (the server checked it, but the page gets text): the
// define-checked/ entries bring each element's definition check in this bundle, so the family's
// phone waits for one round trip fewer before the wheel and the map show.
import "@famwel/elements/define-checked/famwel-life-wheel";
import "@famwel/elements/define-checked/famwel-service-map";
import type { InstrumentDefinition, NetworkAnswer, WheelAnswer } from "@famwel/instrument";
import { focusLinkedFields } from "./error-links.js";
import { byId, pageData } from "./island.js";

interface Data {
  instrument: InstrumentDefinition;
  values: { wheel?: WheelAnswer; network?: NetworkAnswer };
  compare?: { label: string; wheel?: WheelAnswer; network?: NetworkAnswer };
}

const data = pageData<Data>();
const wheel = byId<HTMLElementTagNameMap["famwel-life-wheel"]>("wheel");
const map = byId<HTMLElementTagNameMap["famwel-service-map"]>("network");
wheel.instrument = data.instrument;
map.instrument = data.instrument;
// The value is set before the first render, so it is also what a form reset returns to.
if (data.values.wheel) wheel.value = data.values.wheel;
if (data.values.network) map.value = data.values.network;
const c = data.compare;
if (c?.wheel) wheel.compare = [{ label: c.label, value: c.wheel }];
if (c?.network) map.compare = { label: c.label, value: c.network };
// After a refusal, the summary's links put focus into the element they name.
focusLinkedFields();
