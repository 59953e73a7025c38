// Rules for `replaces` (versioning) JSON Schema cannot express. migrateResponse reads `replaces` to
// carry answers forward; these catch declarations that would silently do something else than meant.
import type { InstrumentDefinition, Problem } from "./types.js";

interface Entry {
  id: string;
  replaces?: readonly string[];
}

function checkList(list: readonly Entry[] | undefined, base: string, warn: (p: Problem) => void) {
  (list ?? []).forEach((entry, i) => {
    const j = entry.replaces?.indexOf(entry.id) ?? -1;
    if (j >= 0)
      warn({
        pointer: `${base}/${i}/replaces/${j}`,
        rule: "replaces",
        message: {
          nb: `«${entry.id}» erstatter seg selv; svar til en uendret id føres videre uansett.`,
          en: `"${entry.id}" replaces itself; answers to an unchanged id are carried forward anyway.`,
        },
      });
  });
}

/** Warnings for every list that can carry `replaces`: sections, domains, catalog, options, prompts, items. */
export function checkReplaces(def: InstrumentDefinition, warn: (p: Problem) => void): void {
  checkList(def.sections, "/sections", warn);
  def.sections.forEach((s, si) => {
    const at = `/sections/${si}`;
    switch (s.type) {
      case "wheel":
        checkList(s.domains, `${at}/domains`, warn);
        break;
      case "network":
        checkList(s.catalog, `${at}/catalog`, warn);
        checkList(s.sectors, `${at}/sectors`, warn);
        checkList(s.rings, `${at}/rings`, warn);
        checkList(s.rate?.frequency?.options, `${at}/rate/frequency/options`, warn);
        break;
      case "reflection":
        checkList(s.prompts, `${at}/prompts`, warn);
        break;
      case "choice":
        checkList(s.items, `${at}/items`, warn);
        s.items.forEach((it, ii) => checkList(it.options, `${at}/items/${ii}/options`, warn));
        break;
      default:
        checkList(s.items, `${at}/items`, warn);
    }
  });
}
