// Three synthetic families with four readings each over 2026, and two employee reflections per
// family. Deterministic: no randomness and no clock, so every seed gives the same database and the
// tests can name what they expect. Every response goes through assembleResponse, the same validation
// as a posted form, so the seed can never store what the forms would refuse.
import type { NetworkAnswer, WheelAnswer } from "@famwel/instrument";
import { family as familyDef, reflection as reflectionDef } from "@famwel/instruments";
import { insertFamily, insertReading, insertReflection, type Db } from "./db.js";
import { assembleResponse } from "./responses.js";
import { DATES, DOMAINS, FAMILIES, type FamilySeed } from "./seed-families.js";

const clamp = (n: number) => Math.max(0, Math.min(10, Math.round(n)));
const time = (date: string, hour: number) => `${date}T${String(hour).padStart(2, "0")}:00:00.000Z`;

function wheelAt(f: FamilySeed, j: number, at: string): WheelAnswer {
  const domains: WheelAnswer["domains"] = {};
  DOMAINS.forEach((id, i) => {
    domains[id] = { current: clamp(f.start[i]! + f.step[i]! * j), desired: f.desired[i]!, at };
  });
  if (!f.custom) return { type: "wheel", domains };
  domains[f.custom.id] = {
    custom: true,
    label: f.custom.label,
    current: f.custom.values[j]!,
    desired: 9,
    at,
  };
  return { type: "wheel", domains, order: [f.custom.id] };
}

function networkAt(f: FamilySeed, j: number, at: string): NetworkAnswer {
  const nodes: NetworkAnswer["nodes"] = {};
  for (const n of f.nodes) {
    const help = n.help[j];
    if (help === null || help === undefined) continue;
    const { help: _help, ...rest } = n;
    nodes[`n-${n.catalog}`] = { ...rest, helpfulness: help, at };
  }
  const links = f.links
    .filter(([a, b]) => nodes[`n-${a}`] && nodes[`n-${b}`])
    .map(([a, b, coop]) => ({ a: `n-${a}`, b: `n-${b}`, cooperation: coop[j]!, at }));
  return { type: "network", nodes, links };
}

/** Inserts the three families (replacing any earlier seed of them) in one transaction. */
export function seed(db: Db): { families: number; readings: number; reflections: number } {
  const counts = { families: 0, readings: 0, reflections: 0 };
  const must = <T>(r: {
    response?: T;
    problems: { pointer: string; message: { en: string } }[];
  }) => {
    if (!r.response)
      throw new Error(
        `seed is invalid: ${r.problems.map((p) => `${p.pointer} ${p.message.en}`).join("; ")}`,
      );
    return r.response;
  };
  db.transaction(() => {
    for (const f of FAMILIES) {
      db.prepare("DELETE FROM families WHERE id = ?").run(f.id);
      insertFamily(db, f);
      counts.families++;
      const readingIds: string[] = [];
      DATES.forEach((date, j) => {
        const at = time(date, 9 + j);
        const id = `${f.id}-reading-${j + 1}`;
        const fields = {
          wheel: JSON.stringify(wheelAt(f, j, at)),
          network: JSON.stringify(networkAt(f, j, at)),
        };
        const response = must(
          assembleResponse(fields, {
            definition: familyDef,
            role: "family",
            sections: ["wheel", "network"],
            now: () => new Date(at),
            newId: () => id,
          }),
        );
        insertReading(db, f.id, response);
        readingIds.push(id);
        counts.readings++;
      });
      f.reflections.forEach((r, k) => {
        const about = readingIds[r.reading]!;
        const at = time(DATES[r.reading]!, 14);
        const prompts = Object.fromEntries(
          Object.entries(r.texts).map(([id, text]) => [
            id,
            { text: text!, ...(r.share.includes(id) ? { share: true } : {}), at },
          ]),
        );
        const answer = { type: "reflection", about: { response: about }, prompts };
        const response = must(
          assembleResponse(
            { reflection: JSON.stringify(answer) },
            {
              definition: reflectionDef,
              role: "employee",
              sections: ["reflection"],
              aboutOneOf: readingIds,
              now: () => new Date(at),
              newId: () => `${f.id}-reflection-${k + 1}`,
            },
          ),
        );
        insertReflection(db, { response, familyId: f.id, readingId: about });
        counts.reflections++;
      });
    }
  })();
  return counts;
}
