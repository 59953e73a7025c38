// The service map's state, with no DOM: who is around the family, where the family placed them, how
// they help, and whether the services work together. Answers are plain JSON in the response format of
// @famwel/instrument; every transition returns a new answer and stamps what it changed with `at`.
// Removing a node only marks it, so ratings, place and links come back exactly on restore.
import { localize } from "@famwel/instrument/core";
import type {
  CatalogEntry,
  NetworkAnswer,
  NetworkSection,
  NodeAnswer,
} from "@famwel/instrument/core";

export type NodeKind = NodeAnswer["kind"];
export type Direction = NonNullable<NodeAnswer["direction"]>;

export interface MapNodeView {
  id: string;
  label: string;
  /** The language the label is in (for `lang`); the family's own words carry none. */
  lang: string | undefined;
  kind: NodeKind;
  sector: string;
  ring: string;
  position: number;
  catalog: string | undefined;
  custom: boolean;
  helpfulness?: number;
  frequency?: string;
  direction?: Direction;
  important: boolean;
  note: string;
  coordinator: boolean;
}

export function emptyNetworkAnswer(): NetworkAnswer {
  return { type: "network", nodes: {}, links: [] };
}

/** The stored answer of one node, if any (own keys only: ids come from outside). */
export function nodeEntry(answer: NetworkAnswer, id: string): NodeAnswer | undefined {
  return Object.hasOwn(answer.nodes, id) ? answer.nodes[id] : undefined;
}

export function catalogEntry(section: NetworkSection, id: string): CatalogEntry | undefined {
  return section.catalog?.find((c) => c.id === id);
}

/** A new answer with one existing node changed and stamped; `undefined` fields are removed. */
export function updateNode(
  answer: NetworkAnswer,
  id: string,
  change: Partial<NodeAnswer>,
  now: string,
): NetworkAnswer {
  const old = nodeEntry(answer, id);
  if (!old) return answer; // a node needs a kind and a place, which only the adding transitions give
  const next: NodeAnswer = { ...old, ...change, at: now };
  for (const key of Object.keys(change) as Array<keyof NodeAnswer>)
    if (change[key] === undefined) delete next[key];
  return { ...answer, nodes: { ...answer.nodes, [id]: next } };
}

/** Nodes the family removed and may bring back. */
export function removedNodes(answer: NetworkAnswer): string[] {
  return Object.keys(answer.nodes).filter((id) => answer.nodes[id]?.removed);
}

// Unknown sectors and rings (a definition changed under an old answer) sort last rather than vanish.
/** Index of an option (ring, sector) in the definition; unknown ids sort last. */
export const rank = (options: NetworkSection["sectors"], id: string) => {
  const i = options.findIndex((o) => o.id === id);
  return i < 0 ? options.length : i;
};

/** Visible node ids in drawing order: sector, ring, position, id. The same order whatever the language. */
export function visibleNodeIds(section: NetworkSection, answer: NetworkAnswer): string[] {
  const key = (id: string) => {
    const n = answer.nodes[id]!;
    return [rank(section.sectors, n.sector), rank(section.rings, n.ring), n.position ?? 0.5];
  };
  return Object.keys(answer.nodes)
    .filter((id) => answer.nodes[id] && !answer.nodes[id].removed)
    .sort((x, y) => {
      const [a, b] = [key(x), key(y)];
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
      return x < y ? -1 : x > y ? 1 : 0;
    });
}

export function mapNodes(
  section: NetworkSection,
  answer: NetworkAnswer,
  locale: string,
  fallbacks: readonly string[] = [],
): MapNodeView[] {
  return visibleNodeIds(section, answer).map((id) => {
    const n = answer.nodes[id]!;
    const entry = n.catalog === undefined ? undefined : catalogEntry(section, n.catalog);
    const text = entry ? localize(entry.label, locale, fallbacks) : undefined;
    return {
      id,
      label: text?.text ?? n.label ?? id,
      lang: text?.locale,
      kind: n.kind,
      sector: n.sector,
      ring: n.ring,
      position: n.position ?? 0.5,
      catalog: n.catalog,
      custom: n.catalog === undefined,
      ...(n.helpfulness !== undefined ? { helpfulness: n.helpfulness } : {}),
      ...(n.frequency !== undefined ? { frequency: n.frequency } : {}),
      ...(n.direction !== undefined ? { direction: n.direction } : {}),
      important: n.important === true,
      note: n.note ?? "",
      coordinator: answer.coordinator?.node === id,
    };
  });
}

// ---- positions -------------------------------------------------------------------------------

// Removed nodes keep their place reserved, so that restoring one never lands on a newer node.
function takenPositions(answer: NetworkAnswer, sector: string, ring: string, except?: string) {
  const taken: number[] = [];
  for (const [id, n] of Object.entries(answer.nodes))
    if (n && id !== except && n.sector === sector && n.ring === ring && n.position !== undefined)
      taken.push(n.position);
  return taken.sort((a, b) => a - b);
}

/** Where a new node goes: the middle of the widest free stretch, so no node already placed moves. */
export function nextPosition(
  answer: NetworkAnswer,
  sector: string,
  ring: string,
  except?: string,
): number {
  const edges = [0, ...takenPositions(answer, sector, ring, except), 1];
  let best = 0;
  for (let i = 1; i < edges.length - 1; i++)
    if (edges[i + 1]! - edges[i]! > edges[best + 1]! - edges[best]!) best = i;
  return (edges[best]! + edges[best + 1]!) / 2;
}

const MAX_POSITION = 0.999999;

/** A place the family asked for (a drag): kept unless it is taken, then nudged towards the next node. */
export function freePosition(
  answer: NetworkAnswer,
  sector: string,
  ring: string,
  wanted: number,
  except?: string,
): number {
  if (!Number.isFinite(wanted)) return nextPosition(answer, sector, ring, except);
  const p = Math.min(MAX_POSITION, Math.max(0, wanted));
  const taken = takenPositions(answer, sector, ring, except);
  if (!taken.includes(p)) return p;
  return (p + (taken.find((t) => t > p) ?? 1)) / 2;
}

/** The ring a node lands in when the family has not said how close it is: the middle one. */
export function defaultRing(section: NetworkSection): string {
  return section.rings[Math.floor(section.rings.length / 2)]!.id;
}

// ---- keyboard --------------------------------------------------------------------------------

/** One ring closer (-1) or further (+1); the centre and the edge stop rather than wrap. */
export function stepRing(section: NetworkSection, ringId: string, delta: -1 | 1): string {
  const i = section.rings.findIndex((r) => r.id === ringId);
  if (i < 0) return defaultRing(section);
  return section.rings[Math.min(section.rings.length - 1, Math.max(0, i + delta))]!.id;
}

/** The next sector round the circle, wrapping, as arrow keys go round a wheel. */
export function stepSector(section: NetworkSection, sectorId: string, delta: number): string {
  const n = section.sectors.length;
  const i = section.sectors.findIndex((s) => s.id === sectorId);
  if (i < 0) return section.sectors[0].id;
  return section.sectors[(((i + delta) % n) + n) % n]!.id;
}

// ---- reading ---------------------------------------------------------------------------------

export function mapValidity(section: NetworkSection, answer: NetworkAnswer): { tooMany: boolean } {
  return { tooMany: visibleNodeIds(section, answer).length > (section.maxNodes ?? 60) };
}

// Adding, moving, rating, removing and linking are in service-map.model-edits.ts, a file of their own
// as in the wheel, so that a page that only shows the map does not load them before it needs them.

// Catalog search (service-map.model-search.ts), comparison and value text (service-map.model-compare.ts)
// are only used by the editing views, so they live in files of their own and load with the views.
