// Checks a network section handed to an element raw; loaded lazily, and loads only the network validator.
import type { Problem } from "@famwel/instrument/core";
import { checkSection } from "./check-section.js";

export function checkNetwork(candidate: unknown, base: string, name: string): Promise<Problem[]> {
  return checkSection(
    "network",
    async () => {
      const { validateNetworkSection: v } =
        await import("@famwel/instrument/validators/network-section");
      return { validate: v, errors: () => v.errors ?? [] };
    },
    candidate,
    base,
    name,
  );
}
