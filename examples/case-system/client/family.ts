// The family page: the progress chart over the family's readings (the server sends them in the
// island; the chart orders them by time itself).
import "@famwel/elements/define/famwel-progress-chart";
import type { InstrumentDefinition, Response } from "@famwel/instrument";
import { byId, pageData } from "./island.js";

const data = pageData<{ instrument: InstrumentDefinition; readings: Response[] }>();
const chart = byId<HTMLElementTagNameMap["famwel-progress-chart"]>("progress");
chart.instrument = data.instrument;
chart.responses = data.readings;
