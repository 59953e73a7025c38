// Registers <famwel-life-wheel>. The only module with a side effect; import it once per page.
import { FamwelLifeWheel } from "../life-wheel/life-wheel.js";

if (!customElements.get("famwel-life-wheel"))
  customElements.define("famwel-life-wheel", FamwelLifeWheel);

export { FamwelLifeWheel };
