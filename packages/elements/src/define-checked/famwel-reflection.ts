// Registers <famwel-reflection> with its definition check in the page's first load, as
// define-checked/famwel-life-wheel.ts does for the wheel: for a page that hands it plain JSON, one
// round trip less before the prompts show, for the check's 7,415 bytes gzip on the first load.
import { FamwelReflection } from "../reflection/reflection.js";
import { checkReflection } from "../reflection/reflection.check.js";
import { checkNow } from "../shared/check-now.js";

class FamwelReflectionChecked extends FamwelReflection {
  protected override _check(candidate: unknown, base: string) {
    return checkNow(this, () => checkReflection(candidate, base, this.section));
  }
}

if (!customElements.get("famwel-reflection"))
  customElements.define("famwel-reflection", FamwelReflectionChecked);

export { FamwelReflectionChecked as FamwelReflection };
