// The map model's comparison of two readings and its value text: used by the editing views only,
// so in a file of its own that loads with them. Part of the model (see service-map.model.ts).
import type { NetworkAnswer, NetworkSection, NodeAnswer, Scale } from "@famwel/instrument/core";
import { valueText } from "../life-wheel/life-wheel.model.js";
import { rank, visibleNodeIds } from "./service-map.model.js";

/** Reads a helpfulness or cooperation value with its anchor, as the wheel reads its values. */
export function nodeValueText(
  value: number | undefined,
  scale: Scale,
  locale: string,
  fallbacks: readonly string[] = [],
): string {
  return valueText(value, scale, locale, fallbacks);
}

export const RATED_FIELDS = ["helpfulness", "frequency", "direction", "important", "note"] as const;
export type RatedField = (typeof RATED_FIELDS)[number];

export interface NetworkChange {
  added: string[];
  removed: string[];
  closer: string[];
  further: string[];
  /** Moved to another sector. */
  moved: string[];
  rerated: Array<{
    id: string;
    field: RatedField;
    from: NodeAnswer[RatedField];
    to: NodeAnswer[RatedField];
  }>;
}

/** What changed between two readings of the same family's map (ids are stable across readings). */
export function compareNetworks(
  section: NetworkSection,
  previous: NetworkAnswer,
  current: NetworkAnswer,
): NetworkChange {
  const before = new Set(visibleNodeIds(section, previous));
  const now = visibleNodeIds(section, current);
  const change: NetworkChange = {
    added: now.filter((id) => !before.has(id)),
    removed: [...before].filter((id) => !now.includes(id)),
    closer: [],
    further: [],
    moved: [],
    rerated: [],
  };
  for (const id of now) {
    if (!before.has(id)) continue;
    const [p, c] = [previous.nodes[id]!, current.nodes[id]!];
    const [pr, cr] = [rank(section.rings, p.ring), rank(section.rings, c.ring)];
    if (cr < pr) change.closer.push(id);
    if (cr > pr) change.further.push(id);
    if (p.sector !== c.sector) change.moved.push(id);
    for (const field of RATED_FIELDS) {
      // An unticked "important" and one never asked are the same answer to the family.
      const [from, to] =
        field === "important" ? [p[field] === true, c[field] === true] : [p[field], c[field]];
      if (from !== to) change.rerated.push({ id, field, from, to });
    }
  }
  return change;
}
