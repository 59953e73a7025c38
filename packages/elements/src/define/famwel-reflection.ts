// Registers <famwel-reflection>. The only module with a side effect; import it once per page.
import { FamwelReflection } from "../reflection/reflection.js";

if (!customElements.get("famwel-reflection"))
  customElements.define("famwel-reflection", FamwelReflection);

export { FamwelReflection };

declare global {
  interface HTMLElementTagNameMap {
    "famwel-reflection": FamwelReflection;
  }
}
