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
  helpfulness: number | undefined;
  frequency: string | undefined;
  direction: Direction | undefined;
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

// Unknown sectors and rings (a definition changed under an old answer) sort last rather than vanish.
/** Index of an option (ring, sector) in the definition; unknown ids sort last. */
export const rank = (options: NetworkSection["sectors"], id: string) => {
  const i = options.findIndex((o) => o.id === id);
  return i < 0 ? options.length : i;
};

/** Visible node ids in drawing order: sector, ring, position, id. The same order whatever the language. */
export function visibleNodeIds(section: NetworkSection, answer: NetworkAnswer): string[] {
  // Each node's sort key once, not twice per comparison: the map sorts on every render.
  const keys = new Map<string, number[]>();
  for (const [id, n] of Object.entries(answer.nodes))
    if (n && !n.removed)
      keys.set(id, [
        rank(section.sectors, n.sector),
        rank(section.rings, n.ring),
        n.position ?? 0.5,
      ]);
  return [...keys.keys()].sort((x, y) => {
    const a = keys.get(x)!;
    const b = keys.get(y)!;
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
      // Unrated is undefined (the views read it so); the answer itself never holds such a key.
      helpfulness: n.helpfulness,
      frequency: n.frequency,
      direction: n.direction,
      important: n.important === true,
      note: n.note ?? "",
      coordinator: answer.coordinator?.node === id,
    };
  });
}

// ---- reading ---------------------------------------------------------------------------------

export function mapValidity(section: NetworkSection, answer: NetworkAnswer): { tooMany: boolean } {
  return { tooMany: visibleNodeIds(section, answer).length > (section.maxNodes ?? 60) };
}

// Places (where a new or moved node goes) and ring/sector steps are in service-map.model-place.ts;
// adding, moving, rating, removing and linking are in service-map.model-edits.ts, a file of their own
// as in the wheel, so that a page that only shows the map does not load them before it needs them.

// Catalog search (service-map.model-search.ts), comparison and value text (service-map.model-compare.ts)
// are only used by the editing views, so they live in files of their own and load with the views.
