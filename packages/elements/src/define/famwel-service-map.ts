// Registers <famwel-service-map>. The only module with a side effect; import it once per page.
import { FamwelServiceMap } from "../service-map/service-map.js";

if (!customElements.get("famwel-service-map"))
  customElements.define("famwel-service-map", FamwelServiceMap);

export { FamwelServiceMap };
