// The runner's own strings for its first render, in bokmål, nynorsk and English: the loading line
// and the heading of a bad definition's errors. Everything a step, the summary and the navigation
// say comes with the parts that draw them (instrument.parts-strings.ts), so the first load carries
// two strings, not thirty. Registered as defaults, so a host's registerLocale() still wins and other
// languages fall back key by key (nn → nb → en).
import { addDefaultStrings } from "../shared/i18n.js";

let added = false;

/** Adds the runner's first-render strings once; called by the element's constructor. */
export function addInstrumentStrings(): void {
  if (added) return;
  added = true;
  addDefaultStrings("nb", {
    runLoading: "Laster skjemaet …",
    runBadDefinition: "Skjemaet kan ikke vises:",
  });
  addDefaultStrings("nn", {
    runLoading: "Lastar skjemaet …",
    runBadDefinition: "Skjemaet kan ikkje visast:",
  });
  addDefaultStrings("en", {
    runLoading: "Loading the form …",
    runBadDefinition: "This form cannot be shown:",
  });
}
