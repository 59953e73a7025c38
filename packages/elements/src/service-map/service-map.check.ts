// Checks a network section handed to the map raw, then warms the map's layout; loaded lazily with the
// network validator (check-network.ts), so a page that hands the map a parsed definition never
// downloads either. The warm-up lives here, not in the element, because only a checked definition
// needs it: a parsed one is drawn in the element's first update.
import type { NetworkSection, Problem } from "@famwel/instrument/core";
import { checkNetwork } from "../shared/check-network.js";
import type { FamwelServiceMap } from "./service-map.js";
import { nextTask } from "../shared/next-task.js";

/** What the check found, once a good map is laid out. */
export async function checkMap(
  map: FamwelServiceMap,
  candidate: unknown,
  base: string,
): Promise<Problem[]> {
  const problems = checkNetwork(candidate, base, map.section);
  // A good map is laid out a sector per task (cells are cached) and drawn in the next, so that
  // starting never blocks input for long. Updates meanwhile stay correct: this only warms the
  // cache, and the render reads the current answer and definition. The tasks are nextTask's, as
  // the runner's are: a chain of timers is clamped to 4 ms each after the fifth.
  if (problems.length) return problems;
  const s = ((problems as { section?: NetworkSection }).section ?? candidate) as NetworkSection;
  const nodes = map._nodes(s);
  for (const { id } of s.sectors) {
    await nextTask();
    map._layout(
      s,
      nodes.filter((n) => n.sector === id),
    );
  }
  await nextTask();
  return problems;
}
