// Checks a wheel section handed to an element raw; loaded lazily, and loads only the wheel validator.
import type { Problem } from "@famwel/instrument/core";
import { checkSection } from "./check-section.js";

export function checkWheel(candidate: unknown, base: string, name: string): Promise<Problem[]> {
  return checkSection(
    "wheel",
    async () => {
      const { validateWheelSection: v } =
        await import("@famwel/instrument/validators/wheel-section");
      return { validate: v, errors: () => v.errors ?? [] };
    },
    candidate,
    base,
    name,
  );
}
