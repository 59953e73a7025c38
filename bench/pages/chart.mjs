// <famwel-progress-chart> over N readings of the family wheel (drawn with chart.js, loaded lazily).
import "../../packages/elements/dist/define/famwel-progress-chart.js";
import { run } from "./harness.mjs";

run({
  firstSelector: "table, canvas",
  mount(host, d) {
    const el = document.createElement("famwel-progress-chart");
    el.instrument = d.instrument;
    el.responses = d.responses;
    host.append(el);
    return { rendered: () => el.updateComplete };
  },
});
