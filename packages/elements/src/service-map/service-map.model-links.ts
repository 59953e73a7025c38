// The map model's links: which pairs of services the family says work together, and the gaps where
// two important services do not. Part of the model (see service-map.model.ts); in a file of its own
// because only the views draw and edit links, and they load after the first render.
import type { LinkAnswer, NetworkAnswer, NetworkSection } from "@famwel/instrument/core";
import { mapNodes, visibleNodeIds, type MapNodeView } from "./service-map.model.js";

/** The link between two nodes in either order (the first, should a merged answer hold two). */
export function findLink(answer: NetworkAnswer, a: string, b: string): LinkAnswer | undefined {
  return answer.links?.find((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
}

// ---- links, gaps and change -------------------------------------------------------------------

export interface MapLinkView {
  a: string;
  b: string;
  cooperation?: number;
  note: string;
  aLabel: string;
  bLabel: string;
}

/** The links the family sees: both ends on the map. Links to a removed node wait for its return. */
export function mapLinks(
  section: NetworkSection,
  answer: NetworkAnswer,
  locale: string,
  fallbacks: readonly string[] = [],
  nodes: readonly MapNodeView[] = mapNodes(section, answer, locale, fallbacks),
): MapLinkView[] {
  const labels = new Map(nodes.map((n) => [n.id, n.label]));
  const seen = new Set<string>();
  const out: MapLinkView[] = [];
  for (const l of answer.links ?? []) {
    const aLabel = labels.get(l.a);
    const bLabel = labels.get(l.b);
    const pair = l.a < l.b ? `${l.a} ${l.b}` : `${l.b} ${l.a}`;
    if (aLabel === undefined || bLabel === undefined || l.a === l.b || seen.has(pair)) continue;
    seen.add(pair);
    out.push({
      a: l.a,
      b: l.b,
      ...(l.cooperation !== undefined ? { cooperation: l.cooperation } : {}),
      note: l.note ?? "",
      aLabel,
      bLabel,
    });
  }
  return out;
}

/**
 * Pairs of services the family finds important that do not work together: no link, a link not yet
 * rated (it says nothing about cooperation), or one rated at the bottom of the scale. These are what
 * a coordinator should bring together first.
 */
export function cooperationGaps(
  section: NetworkSection,
  answer: NetworkAnswer,
  visible: readonly string[] = visibleNodeIds(section, answer),
): Array<[string, string]> {
  const scale = section.cooperation?.scale;
  if (!scale) return [];
  const ids = visible.filter((id) => {
    const n = answer.nodes[id]!;
    return n.kind === "service" && n.important === true;
  });
  const gaps: Array<[string, string]> = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const c = findLink(answer, ids[i]!, ids[j]!)?.cooperation;
      if (c === undefined || c <= scale.min) gaps.push([ids[i]!, ids[j]!]);
    }
  return gaps;
}
