// The strings the map's first render needs; the editing views bring the rest (service-map.views-strings.ts).
import { addDefaultStrings } from "../shared/i18n.js";

let added = false;

/** Adds the map's first-render strings once; a host's registered strings still win. */
export function addMapStrings(): void {
  if (added) return;
  added = true;
  // English falls back to bokmål key by key: "{label}: {ring}, {sector}" reads the same in both.
  addDefaultStrings("nb", {
    family: "Familien",
    coordinatorShort: "koordinator",
    mapNodeDesc: "{label}: {ring}, {sector}",
    mapLabel: "{title}. Velg en tjeneste eller person med piltastene.",
  });
  addDefaultStrings("nn", { mapLabel: "{title}. Vel ei teneste eller ein person med piltastane." });
  addDefaultStrings("en", {
    family: "The family",
    coordinatorShort: "coordinator",
    mapLabel: "{title}. Choose a service or person with the arrow keys.",
  });
}
