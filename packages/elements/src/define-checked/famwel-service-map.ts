// Registers <famwel-service-map> with its definition check in the page's first load, as
// define-checked/famwel-life-wheel.ts does for the wheel: for a page that hands the map plain JSON,
// one round trip less before the first render, for the check's 8,521 bytes gzip on the first load.
import { FamwelServiceMap } from "../service-map/service-map.js";
import { checkNetwork } from "../shared/check-network.js";

class FamwelServiceMapChecked extends FamwelServiceMap {
  protected override _check(candidate: unknown, base: string) {
    return Promise.resolve().then(() =>
      this._warm(checkNetwork(candidate, base, this.section), candidate),
    );
  }
}

if (!customElements.get("famwel-service-map"))
  customElements.define("famwel-service-map", FamwelServiceMapChecked);

export { FamwelServiceMapChecked as FamwelServiceMap };
