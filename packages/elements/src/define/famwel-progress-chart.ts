// Registers <famwel-progress-chart>. The only module with a side effect; import it once per page.
// chart.js is not loaded here: the element fetches it after its first paint.
import { FamwelProgressChart } from "../progress-chart/progress-chart.js";

if (!customElements.get("famwel-progress-chart"))
  customElements.define("famwel-progress-chart", FamwelProgressChart);

export { FamwelProgressChart };
