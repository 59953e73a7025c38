// Rating by pointer and touch: a tap sets the value under it, a drag along a segment fires `input`
// and one `change` at the end. Loaded with the views just after the first render; until then the
// wheel is rated by keyboard.
import type { Scale } from "@famwel/instrument/core";
import type { FamwelLifeWheel } from "./life-wheel.js";
import { GAP, type WheelLayout } from "./life-wheel.layout.js";
import { setRating, snap, type WheelDomainView } from "./life-wheel.model.js";
import { directionOf } from "../shared/i18n.js";

/** The segment and the (unsnapped) value under a point, or undefined outside the wheel. */
export function hitTest(
  layout: WheelLayout,
  x: number,
  y: number,
  n: number,
  scale: Scale,
  dir: "ltr" | "rtl" = "ltr",
): { index: number; value: number } | undefined {
  const dx = x - layout.cx;
  const dy = y - layout.cy;
  const r = Math.hypot(dx, dy);
  if (r > layout.radius + GAP) return undefined;
  let angle = Math.atan2(dx, -dy); // clockwise from 12 o'clock
  if (dir === "rtl") angle = -angle;
  if (angle < 0) angle += 2 * Math.PI;
  const index = Math.min(n - 1, Math.floor((angle / (2 * Math.PI)) * n));
  const fraction = Math.max(0, Math.min(1, (r - layout.hub) / (layout.radius - layout.hub)));
  return { index, value: scale.min + fraction * (scale.max - scale.min) };
}

function svgPoint(host: FamwelLifeWheel, event: PointerEvent): DOMPoint | undefined {
  const ctm = host.renderRoot.querySelector("svg")?.getScreenCTM();
  return ctm
    ? new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse())
    : undefined;
}

export function pointerRate(
  host: FamwelLifeWheel,
  event: PointerEvent,
  domains: WheelDomainView[],
  layout: WheelLayout,
  phase: "down" | "move",
): void {
  const section = host._section;
  const point = svgPoint(host, event);
  if (!section || !point || !host._editable) return;
  const hit = hitTest(
    layout,
    point.x,
    point.y,
    domains.length,
    section.scale,
    directionOf(host._locale),
  );
  if (phase === "down") {
    if (!hit) return;
    const d = domains[hit.index]!;
    host._drag = { id: d.id, pointerId: event.pointerId, before: d[host.layer] };
    try {
      (event.currentTarget as Element).setPointerCapture(event.pointerId); // keep the drag when the pointer leaves the segment
    } catch {
      /* not an active pointer (e.g. a synthetic event): dragging still works inside the wheel */
    }
    host._selected = d.id;
    host.renderRoot
      .querySelector<SVGGElement>(`[data-index="${hit.index}"]`)
      ?.focus({ preventScroll: true });
    event.preventDefault();
  }
  const drag = host._drag;
  if (!drag || !hit || event.pointerId !== drag.pointerId) return;
  // While dragging, the segment stays the one the drag began on; only the distance counts. Events can
  // come faster than renders, so compare with the live answer, not the list this handler was bound with.
  const value = snap(hit.value, section.scale);
  if (value !== host.value.domains[drag.id]?.[host.layer])
    host._edit(setRating(host.value, drag.id, host.layer, value, host._now()), false);
}

export function pointerEnd(host: FamwelLifeWheel, event: PointerEvent): void {
  const drag = host._drag;
  if (!drag || event.pointerId !== drag.pointerId) return;
  host._drag = undefined;
  if (host.value.domains[drag.id]?.[host.layer] !== drag.before)
    host.dispatchEvent(new Event("change", { bubbles: true }));
}
