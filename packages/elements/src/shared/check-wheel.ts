// Checks a wheel section handed to an element raw. The element loads this module lazily; the wheel's
// validator and the cross-field rules are imported statically, so a page with the wheel alone gets
// them in this one chunk: one request before the wheel can draw, not three.
import type { Problem } from "@famwel/instrument/core";
import { validateWheelSection as v } from "@famwel/instrument/validators/wheel-section";
import { checkSection } from "./check-section.js";

export function checkWheel(candidate: unknown, base: string, name: string): Problem[] {
  return checkSection("wheel", v, candidate, base, name);
}
