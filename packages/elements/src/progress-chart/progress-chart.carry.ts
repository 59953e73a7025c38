// Carries readings made with earlier versions of an instrument forward to the current one, step by
// step through the versions the host gave (migrateResponse follows each version's `replaces`), so a
// renamed, split or merged domain stays one line. Loaded only when such a reading is there, since
// it brings the response validator with it.
import { compareVersions, migrateResponse } from "@famwel/instrument";
import type { InstrumentDefinition, Response } from "@famwel/instrument/core";

/** Each response in the current version where a path of given versions leads there; else as it was. */
export function carryForward(
  responses: readonly Response[],
  current: InstrumentDefinition,
  history: readonly InstrumentDefinition[],
): Response[] {
  const chain = [...history.filter((d) => d.id === current.id), current].sort((a, b) =>
    compareVersions(a.version, b.version),
  );
  return responses.map((r) => {
    let i =
      r.instrument.id === current.id
        ? chain.findIndex((d) => d.version === r.instrument.version)
        : -1;
    if (i < 0) return r;
    let moved = r;
    for (; i < chain.length - 1; i++) {
      const step = migrateResponse(moved, chain[i]!, chain[i + 1]!);
      if (!step.ok) return r; // a reading that cannot be carried is read as it is
      moved = step.value;
    }
    return moved;
  });
}

// Bundling, not API: with the class reachable from this chunk too, esbuild puts the element beside
// Lit in one shared chunk, so the first load travels as one compressed file (as the wheel and map do).
export { FamwelProgressChart } from "./progress-chart.js";
