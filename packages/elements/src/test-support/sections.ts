// Small definitions that several browser tests draw: the least each element needs.
import type { WheelSection } from "@famwel/instrument/core";

/** A wheel of two domains on a 0–10 scale, in bokmål only. */
export const twoDomainWheel: WheelSection = {
  type: "wheel",
  id: "w",
  title: { nb: "Livet vårt" },
  scale: { min: 0, max: 10 },
  domains: [
    { id: "home", label: { nb: "Bolig" } },
    { id: "health", label: { nb: "Helse" } },
  ],
};
