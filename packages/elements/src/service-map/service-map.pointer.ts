// Moving a node by pointer and touch: drag it to another ring (closer, further) or sector; the
// answer records ring, sector and place. `input` while dragging, one `change` when it is let go.
// Loaded with the views just after the first render; until then, nodes move by keyboard or list.
//
// A drag frame must stay cheap on a slow tablet with 80 nodes, so while the pointer moves nothing
// is rendered through Lit (the element skips the renders the drag's answers ask for): the node and
// its name follow the pointer by a CSS transform, and its links' ends by their attributes, so it is
// drawn in the cell it would land in. When it is let go, all of it goes back and the map is laid
// out once.
import type { FamwelServiceMap } from "./service-map.js";
import { positionAt, ringAt, sectorAt } from "./service-map.layout-hit.js";
import type { MapLayout, MapNode } from "./service-map.layout.js";
import { moveNode } from "./service-map.model-edits.js";
import { directionOf } from "../shared/i18n.js";
import { announceMove } from "./service-map.views-node.js";

function svgPoint(host: FamwelServiceMap, event: PointerEvent): DOMPoint | undefined {
  const ctm = host.renderRoot.querySelector("svg")?.getScreenCTM();
  return ctm
    ? new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse())
    : undefined;
}

/**
 * Moves the dragged (selected) node, its name and number by (dx, dy), by a transform on those
 * elements only (a custom property on the map would restyle every element in it), and the ends of
 * its links with them. (0, 0) puts all of it back where the last render drew it, so what Lit last
 * wrote is in the DOM again before it renders the drop.
 */
function paint(host: FamwelServiceMap, id: string, base: MapNode, dx: number, dy: number): void {
  for (const el of host.renderRoot.querySelectorAll<SVGElement>("svg .selected"))
    el.style.transform = dx || dy ? `translate(${dx}px,${dy}px)` : "";
  for (const line of host.renderRoot.querySelectorAll<SVGLineElement>("line[data-a]")) {
    const end = line.dataset.a === id ? 1 : line.dataset.b === id ? 2 : 0;
    if (end) {
      line.setAttribute(`x${end}`, `${base.x + dx}`);
      line.setAttribute(`y${end}`, `${base.y + dy}`);
    }
  }
}

export function pointerDown(host: FamwelServiceMap, event: PointerEvent, _layout: MapLayout): void {
  const node = (event.target as Element).closest?.<SVGGElement>(".node");
  const id = node?.dataset.id;
  if (!id) return;
  host._selected = id;
  node.focus({ preventScroll: true });
  if (!host._editable) return;
  host._drag = { id, pointerId: event.pointerId, moved: false };
  try {
    (event.currentTarget as Element).setPointerCapture(event.pointerId); // keep the drag when the pointer leaves the node
  } catch {
    /* not an active pointer (e.g. a synthetic event): dragging still works inside the map */
  }
  event.preventDefault();
}

export function pointerMove(host: FamwelServiceMap, event: PointerEvent, layout: MapLayout): void {
  const drag = host._drag;
  const section = host._section;
  const point = svgPoint(host, event);
  if (!drag || !section || !point || event.pointerId !== drag.pointerId) return;
  const dir = directionOf(host._locale);
  const ring = ringAt(layout, point.x, point.y);
  const sector = sectorAt(layout, point.x, point.y, dir);
  // The dragged node, its name, number and links follow the pointer: where it is drawn is the cell
  // it lands in, as laid out at the drop.
  const base = layout.nodes.find((m) => m.id === drag.id);
  if (base) paint(host, drag.id, base, point.x - base.x, point.y - base.y);
  // Over the family disc or outside the map, the answer stays as it was.
  if (ring === undefined) return;
  const change = {
    ring: section.rings[ring]?.id,
    sector: section.sectors[sector]?.id,
    position: positionAt(layout, point.x, point.y, sector, dir),
  };
  const before = host.value.nodes[drag.id];
  if (
    before &&
    before.ring === change.ring &&
    before.sector === change.sector &&
    Math.abs((before.position ?? 0) - change.position) < 0.02
  )
    return;
  drag.moved = true;
  // The host hears `input` with the answer as it would be dropped here; the element skips
  // rendering it (see FamwelServiceMap.shouldUpdate) while this drag's answer is the latest.
  drag.live = moveNode(host.value, drag.id, change, host._now());
  host._edit(drag.live, false);
}

export function pointerUp(host: FamwelServiceMap, event: PointerEvent, layout: MapLayout): void {
  const drag = host._drag;
  if (!drag || event.pointerId !== drag.pointerId) return;
  host._drag = undefined;
  const base = layout.nodes.find((m) => m.id === drag.id);
  if (base) paint(host, drag.id, base, 0, 0);
  host.requestUpdate(); // lays the map out once, with the node in its new cell
  if (!drag.moved || !host._section) return;
  host._announce = announceMove(host, host._section, drag.id);
  host.dispatchEvent(new Event("change", { bubbles: true }));
}

/** The map's one listener for its four pointer events: one closure in the first load, not four. */
export function pointer(host: FamwelServiceMap, event: PointerEvent, layout: MapLayout): void {
  (event.type === "pointerdown"
    ? pointerDown
    : event.type === "pointermove"
      ? pointerMove
      : pointerUp)(host, event, layout);
}
