// Registers <famwel-instrument>. The only module with a side effect; import it once per page.
// The wheel, map and reflection it shows are registered by the runner itself, each only when a
// definition has one.
import { FamwelInstrument } from "../instrument/instrument.js";

if (!customElements.get("famwel-instrument"))
  customElements.define("famwel-instrument", FamwelInstrument);

export { FamwelInstrument };
