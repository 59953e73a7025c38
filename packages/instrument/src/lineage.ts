// Follows wheel domains across versions of an instrument, so a progress chart can draw one line per
// domain through readings answered to different versions: "wellbeing" in 2.0.0 is "health" in 1.x.
// Built from the same `replaces` declarations migrateResponse reads (and the same rule: an entry takes
// over an old id when it has that id or lists it in `replaces`), transitively across all versions.
import type { InstrumentDefinition, LocalizedString } from "./types.js";

/** One (version, section, domain id) that flows into a line. */
export interface DomainAlias {
  version: string;
  section: string;
  id: string;
}

export interface DomainLine {
  /** The domain's section and id in the last version it exists in. */
  section: string;
  id: string;
  /** That last version; earlier than the newest when the domain was removed. */
  version: string;
  label: LocalizedString;
  /** True when a later version removed the domain (nothing replaces it). */
  removed: boolean;
  /** Every (version, section, id) whose answers belong on this line, oldest first, itself last. */
  aliases: DomainAlias[];
}

/** Compares semantic versions (a pre-release sorts before its release). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = "", pre] = v.split(/-(.*)/s);
    return { nums: core.split(".").map(Number), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

interface Node {
  version: string;
  section: string;
  id: string;
  label: LocalizedString;
  aliases: DomainAlias[];
  continued: boolean;
}

/**
 * One line per wheel domain of the newest definition, plus one per domain a later version removed.
 * Definitions may come in any order; those of other instruments than the newest one are ignored.
 */
export function domainLineage(definitions: readonly InstrumentDefinition[]): DomainLine[] {
  if (definitions.length === 0) return [];
  const sorted = [...definitions].sort((a, b) => compareVersions(a.version, b.version));
  const newestId = sorted[sorted.length - 1]!.id;
  const chain = sorted.filter((d) => d.id === newestId);
  let previous: Node[] = [];
  const ended: Node[] = [];
  for (const def of chain) {
    const current: Node[] = [];
    for (const s of def.sections) {
      if (s.type !== "wheel") continue;
      const oldSections = new Set([s.id, ...(s.replaces ?? [])]);
      for (const d of s.domains) {
        const oldIds = new Set([d.id, ...(d.replaces ?? [])]);
        const from = previous.filter((p) => oldSections.has(p.section) && oldIds.has(p.id));
        for (const p of from) p.continued = true;
        const aliases: DomainAlias[] = [];
        for (const a of from.flatMap((p) => p.aliases))
          if (
            !aliases.some(
              (x) => x.version === a.version && x.section === a.section && x.id === a.id,
            )
          )
            aliases.push(a);
        aliases.push({ version: def.version, section: s.id, id: d.id });
        current.push({
          version: def.version,
          section: s.id,
          id: d.id,
          label: d.label,
          aliases,
          continued: false,
        });
      }
    }
    ended.push(...previous.filter((p) => !p.continued));
    previous = current;
  }
  const line = (n: Node, removed: boolean): DomainLine => ({
    section: n.section,
    id: n.id,
    version: n.version,
    label: n.label,
    removed,
    aliases: n.aliases,
  });
  return [...previous.map((n) => line(n, false)), ...ended.map((n) => line(n, true))];
}
