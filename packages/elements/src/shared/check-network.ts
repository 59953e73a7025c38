// Checks a network section handed to an element raw. The element loads this module lazily; the
// network validator and the cross-field rules are imported statically, so they arrive in this one
// chunk: one request before the map can draw, not a second one for the validator after it (as the
// wheel's check, check-wheel.ts).
import type { Problem } from "@famwel/instrument/core";
import { validateNetworkSection as v } from "@famwel/instrument/validators/network-section";
import { checkSection } from "./check-section.js";

export function checkNetwork(candidate: unknown, base: string, name: string): Problem[] {
  return checkSection("network", v, candidate, base, name);
}
