// The event classes the elements fire, for hosts that type their listeners (and for @famwel/react).
// Importing this module defines no element.
export { FamwelErrorEvent } from "../shared/events.js";
