// Lines between the nodes: how well two services work together (rated by the family), and the gaps
// where two services both marked important do not. Drawn by the views chunk, after the first render.
import { nothing, svg } from "lit";
import type { NetworkSection } from "@famwel/instrument/core";
import type { FamwelServiceMap } from "./service-map.js";
import type { MapNode } from "./service-map.layout.js";
import type { MapNodeView } from "./service-map.model.js";
import { cooperationGaps, mapLinks } from "./service-map.model-links.js";

/** `nodes`: the visible nodes the element has just worked out for this render (not again here). */
export function renderLinks(
  host: FamwelServiceMap,
  section: NetworkSection,
  at: ReadonlyMap<string, MapNode>,
  nodes: readonly MapNodeView[],
) {
  const coop = section.cooperation?.scale;
  const line = (a: string, b: string, cls: string, value?: number) => {
    const p = at.get(a);
    const q = at.get(b);
    if (!p || !q) return nothing;
    // Line style, not only colour, shows how well two services work together: thicker and more solid is better.
    const f = value === undefined || !coop ? 0 : (value - coop.min) / (coop.max - coop.min);
    const dash = value === undefined ? "2 4" : f >= 1 ? nothing : f >= 0.5 ? "10 3" : "5 4";
    // data-a and data-b: a dragged node moves the ends of its lines (service-map.pointer.ts).
    return svg`<line class=${cls} data-a=${a} data-b=${b} x1=${p.x} y1=${p.y} x2=${q.x} y2=${q.y} stroke-width=${1 + f * 3} stroke-dasharray=${dash}></line>`;
  };
  return svg`${mapLinks(section, host.value, host._locale, host._fallbacks, nodes).map((l) => line(l.a, l.b, "link", l.cooperation))}
    ${cooperationGaps(
      section,
      host.value,
      nodes.map((n) => n.id),
    ).map(([a, b]) => line(a, b, "gap"))}`;
}
