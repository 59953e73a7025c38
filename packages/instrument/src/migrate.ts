// Carries a response to a newer version of its instrument. The new definition declares what became of
// the old ids with `replaces` (on sections, domains, catalog entries, options, prompts and items):
//   rename  new "wellbeing" replaces ["health"]         → the answer moves to the new id
//   split   two entries each replace ["family"]         → the answer is copied to both
//   merge   new "daily-life" replaces ["school","work"] → the answer given last (latest `at`; on a tie
//           the first in `replaces`) moves there; the others are kept as orphans ("merged")
//   remove  an old id nothing replaces                  → the answer is kept as an orphan ("removed")
// An answer that no longer fits its new item (off the new scale, an option gone, too long, consent no
// longer allowed) is kept as an orphan ("invalid"). Nothing is ever dropped: orphans stay in the
// response (`orphans`, each a section answer holding only what was orphaned). The result is the same
// for the same input (no clock, no randomness), migrating it again changes nothing, and it passes
// parseResponse against the new definition.
import { crossCheckResponse } from "./crosscheck-response.js";
import { instrumentHash } from "./hash.js";
import { parseResponse } from "./parse-response.js";
import { instant } from "./instant.js";
import { createLocator } from "./locate.js";
import { pointerSegments } from "./pointer.js";
import type {
  AnySection,
  InstrumentDefinition,
  ParseResult,
  Problem,
  Response,
  SectionAnswer,
} from "./types.js";
import { KEYED, Orphans } from "./migrate-orphans.js";

type Obj = Record<string, unknown>;
interface Entry {
  id: string;
  replaces?: readonly string[];
}

/** The new entries an old id went to: one with the same id, and every one that `replaces` it. */
export function successors<T extends Entry>(oldId: string, list: readonly T[]): T[] {
  return list.filter((e) => e.id === oldId || (e.replaces ?? []).includes(oldId));
}

/** The definition's entries an answer's keys refer to (network nodes have their own ids: none). */
function entries(section: AnySection): readonly Entry[] | undefined {
  switch (section.type) {
    case "wheel":
      return section.domains;
    case "reflection":
      return section.prompts;
    case "network":
      return undefined;
    default:
      return section.items;
  }
}

interface Candidate {
  value: Obj;
  rank: number;
  oldSection: string;
  oldId: string;
}

/** Network nodes: catalog entry, sector, ring and frequency follow their renames; a split takes the first. */
function moveNode(node: Obj, to: AnySection): Obj | undefined {
  if (to.type !== "network") return undefined;
  const out = { ...node };
  const first = <T extends Entry>(id: unknown, list: readonly T[] | undefined) =>
    typeof id === "string" ? successors(id, list ?? [])[0] : undefined;
  if (node.catalog !== undefined) {
    const entry = first(node.catalog, to.catalog);
    if (!entry) return undefined;
    out.catalog = entry.id;
  }
  const sector = first(node.sector, to.sectors);
  const ring = first(node.ring, to.rings);
  if (!ring) return undefined;
  out.ring = ring.id;
  const entrySector = to.catalog?.find((c) => c.id === out.catalog)?.sector;
  if (!sector && !entrySector) return undefined;
  out.sector = sector?.id ?? entrySector;
  if (node.frequency !== undefined) {
    const f = first(node.frequency, to.rate?.frequency?.options);
    if (!f) return undefined;
    out.frequency = f.id;
  }
  return out;
}

/** A choice value through option renames, and between single and multiple answers. */
function moveChoice(value: Obj, to: AnySection, id: string): Obj {
  if (to.type !== "choice") return value;
  const item = to.items.find((i) => i.id === id);
  if (!item) return value;
  const rename = (v: string) => successors(v, item.options)[0]?.id ?? v;
  const raw = value.value;
  const list = (Array.isArray(raw) ? raw : [raw]).map((v) => rename(String(v)));
  const unique = [...new Set(list)];
  // Single ↔ multiple: a lone value becomes a list of one, a list of one a lone value. A longer list
  // for a single-answer item stays as it is; the new rules then keep it as an orphan.
  const next = item.multiple
    ? unique
    : !Array.isArray(raw) || unique.length === 1
      ? unique[0]
      : unique;
  return { ...value, value: next };
}

function carry(response: Response, to: InstrumentDefinition, orphans: Orphans): Obj {
  const answers: Obj = {};
  /** Per new section: per new item id, the old answers that want to go there. */
  const wanted = new Map<string, Map<string, Candidate[]>>();
  for (const [sid, answer] of Object.entries(response.answers)) {
    if (!answer) continue;
    const targets = successors(sid, to.sections).filter((s) => s.type === answer.type);
    if (targets.length === 0) {
      orphans.section(sid, "removed", answer);
      continue;
    }
    const key = KEYED[answer.type];
    const items = Object.entries((answer as unknown as Obj)[key] as Obj);
    for (const target of targets) {
      const out = (answers[target.id] ??= { type: answer.type, [key]: {} }) as Obj;
      const map = wanted.get(target.id) ?? new Map<string, Candidate[]>();
      wanted.set(target.id, map);
      const list = entries(target);
      for (const [id, value] of items) {
        const v = value as Obj;
        if (answer.type === "network") {
          const node = moveNode(v, target);
          if (node) (out.nodes as Obj)[id] = node;
          else orphans.item(sid, "invalid", "network", "nodes", id, v);
          continue;
        }
        // A family's own domain is no definition entry: it keeps its id.
        const own = answer.type === "wheel" && v.custom === true;
        const dests: Entry[] = own ? [{ id }] : successors(id, list ?? []);
        if (dests.length === 0) orphans.item(sid, "removed", answer.type, key, id, v);
        for (const d of dests) {
          const rank = d.replaces ? d.replaces.indexOf(id) : -1;
          const c = {
            value: answer.type === "choice" ? moveChoice(v, target, d.id) : v,
            rank,
            oldSection: sid,
            oldId: id,
          };
          map.set(d.id, [...(map.get(d.id) ?? []), c]);
        }
      }
      if (answer.type === "network") {
        if (answer.links) out.links = [...((out.links as unknown[]) ?? []), ...answer.links];
        if (answer.coordinator) out.coordinator = answer.coordinator;
      }
      if (answer.type === "wheel" && answer.order)
        out.order = [...new Set([...((out.order as string[]) ?? []), ...answer.order])];
      if (answer.type === "reflection" && answer.about) out.about = answer.about;
    }
  }
  // Merges: the answer given last wins, the rest are kept as orphans.
  for (const [sid, map] of wanted) {
    const out = answers[sid] as Obj;
    const key = KEYED[out.type as SectionAnswer["type"]];
    for (const [id, candidates] of map) {
      const sorted = [...candidates].sort(
        (a, b) => instant(b.value.at) - instant(a.value.at) || a.rank - b.rank,
      );
      (out[key] as Obj)[id] = sorted[0]!.value;
      for (const c of sorted.slice(1))
        orphans.item(
          c.oldSection,
          "merged",
          out.type as SectionAnswer["type"],
          key,
          c.oldId,
          c.value,
        );
    }
  }
  return answers;
}

/**
 * Moves what the new definition's rules refuse into orphans, until nothing is refused. These orphans
 * are keyed by the ids they were carried to (the new version's), since that is where they failed.
 */
function settle(candidate: Response, to: InstrumentDefinition, orphans: Orphans): Problem[] {
  for (let round = 0; round < 50; round++) {
    const { errors } = crossCheckResponse(candidate, to);
    if (errors.length === 0) return [];
    const moved = new Set<string>();
    for (const e of errors) {
      const [top, sid, key, id] = pointerSegments(e.pointer).map(String);
      if (top !== "answers" || sid === undefined) return errors;
      const answer = candidate.answers[sid] as unknown as Obj | undefined;
      if (!answer) continue;
      const type = answer.type as SectionAnswer["type"];
      const old = sid;
      const mark = `${sid}/${key}/${id}`;
      if (moved.has(mark)) continue;
      moved.add(mark);
      if (key === undefined || key === "type") {
        orphans.section(old, "invalid", answer as unknown as SectionAnswer);
        delete candidate.answers[sid];
      } else if (key === "order") {
        answer.order = (answer.order as string[]).filter((d) =>
          Object.hasOwn(answer.domains as Obj, d),
        );
      } else if (key === "links" && id !== undefined) {
        const links = answer.links as unknown[];
        orphans.link(old, "invalid", links[Number(id)]);
        links[Number(id)] = undefined;
      } else if (key === "coordinator") {
        orphans.coordinator(old, "invalid", answer.coordinator);
        delete answer.coordinator;
      } else if (id !== undefined && Object.hasOwn(answer[key] as Obj, id)) {
        orphans.item(old, "invalid", type, key, id, (answer[key] as Obj)[id]);
        delete (answer[key] as Obj)[id];
      } else return errors;
    }
    for (const a of Object.values(candidate.answers) as unknown as Obj[])
      if (Array.isArray(a.links)) a.links = a.links.filter((l) => l !== undefined);
  }
  return crossCheckResponse(candidate, to).errors;
}

type Locate = ReturnType<typeof createLocator>;

function refuse(
  pointer: string,
  nb: string,
  en: string,
  locate: Locate | undefined,
): ParseResult<Response> {
  const problem: Problem = { pointer, rule: "version", message: { nb, en }, ...locate?.(pointer) };
  return { ok: false, errors: [problem], warnings: [] };
}

/**
 * `response` (to `from`) carried forward to `to`. A response already at `to`'s version is returned
 * as it is (checked): migrating twice is the same as migrating once. Given as JSON text (a file), the
 * response is parsed first, and a refusal says on which line and column of the text the response's
 * instrument id or version is, as parseResponse's problems do. Never throws.
 */
export function migrateResponse(
  response: Response | string,
  from: InstrumentDefinition,
  to: InstrumentDefinition,
): ParseResult<Response> {
  if (typeof response !== "string") return carryForward(response, response, from, to, undefined);
  const parsed = parseResponse(response);
  if (!parsed.ok) return parsed;
  // parseResponse ignores a byte-order mark; so must the positions.
  const text = response.charCodeAt(0) === 0xfeff ? response.slice(1) : response;
  return carryForward(parsed.value, response, from, to, createLocator(text));
}

function carryForward(
  response: Response,
  input: Response | string,
  from: InstrumentDefinition,
  to: InstrumentDefinition,
  locate: Locate | undefined,
): ParseResult<Response> {
  if (response.instrument.id !== to.id || from.id !== to.id)
    return refuse(
      "/instrument/id",
      `Svaret og definisjonene gjelder ikke samme instrument (${response.instrument.id}, ${from.id}, ${to.id}).`,
      `The response and the definitions are not for the same instrument (${response.instrument.id}, ${from.id}, ${to.id}).`,
      locate,
    );
  // Checked as given, so that the problems of a text have their positions.
  if (response.instrument.version === to.version) return parseResponse(input, { instrument: to });
  if (response.instrument.version !== from.version)
    return refuse(
      "/instrument/version",
      `Svaret gjelder versjon ${response.instrument.version}, ikke ${from.version}.`,
      `The response is for version ${response.instrument.version}, not ${from.version}.`,
      locate,
    );
  const copy = structuredClone(response);
  const orphans = new Orphans(from.version);
  const answers = carry(copy, to, orphans);
  const candidate: Response = {
    ...copy,
    instrument: { id: to.id, version: to.version, hash: instrumentHash(to) },
    answers: answers as Response["answers"],
  };
  const errors = settle(candidate, to, orphans);
  if (errors.length > 0) return { ok: false, errors, warnings: [] };
  const all = [...(copy.orphans ?? []), ...orphans.list];
  const { orphans: _old, ...rest } = candidate;
  return parseResponse(all.length > 0 ? { ...rest, orphans: all } : rest, { instrument: to });
}
