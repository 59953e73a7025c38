// Registers <famwel-service-map> with its definition check in the page's first load, as
// define-checked/famwel-life-wheel.ts does for the wheel: for a page that hands the map plain JSON,
// one round trip less before the first render, for the check's 8,249 bytes gzip on the first load
// (its layout warm-up included, see service-map.check.ts).
import { FamwelServiceMap } from "../service-map/service-map.js";
import { checkMap } from "../service-map/service-map.check.js";

class FamwelServiceMapChecked extends FamwelServiceMap {
  protected override _check(candidate: unknown, base: string) {
    return Promise.resolve().then(() => checkMap(this, candidate, base));
  }
}

if (!customElements.get("famwel-service-map"))
  customElements.define("famwel-service-map", FamwelServiceMapChecked);

export { FamwelServiceMapChecked as FamwelServiceMap };
