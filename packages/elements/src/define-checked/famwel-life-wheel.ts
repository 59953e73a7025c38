// Registers <famwel-life-wheel> with its definition check in the page's first load: import this
// instead of define/famwel-life-wheel when the page hands the wheel plain JSON (a definition not from
// parseInstrument). The check then needs no request of its own, one round trip less before the first
// render. It adds the check's 7,686 bytes gzip to the first load, paid even for definitions from
// parseInstrument, so a page that passes those is better off with define/famwel-life-wheel.
// Bundlers cannot merge a lazily imported module into the first load by themselves; a subclass that
// calls the check directly is what puts it there.
import { FamwelLifeWheel } from "../life-wheel/life-wheel.js";
import { checkWheel } from "../shared/check-wheel.js";
import { checkNow } from "../shared/check-now.js";

class FamwelLifeWheelChecked extends FamwelLifeWheel {
  protected override _check(candidate: unknown, base: string) {
    return checkNow(this, () => checkWheel(candidate, base, this.section));
  }
}

if (!customElements.get("famwel-life-wheel"))
  customElements.define("famwel-life-wheel", FamwelLifeWheelChecked);

export { FamwelLifeWheelChecked as FamwelLifeWheel };
