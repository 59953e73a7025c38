// Hit tests on a laid-out map: which ring, sector and position lie under a point. Only dragging and
// tests need them, so they live apart from the layout and load with the editing views, not up front.
import type { MapLayout } from "./service-map.layout.js";

const TAU = 2 * Math.PI;

/** The point's offset from the centre with the rings' vertical stretch undone (rings are round). */
const offset = (L: MapLayout, x: number, y: number) => [x - L.cx, (y - L.cy) / L.stretch] as const;

/** Index of the ring under a point; undefined on the family disc or outside the map. */
export function ringAt(layout: MapLayout, x: number, y: number): number | undefined {
  const d = Math.hypot(...offset(layout, x, y));
  if (d < layout.hub) return undefined;
  const i = layout.ringRadii.findIndex((r) => d <= r);
  return i < 0 ? undefined : i;
}

/** Angle (0..2π) of a point from 12 o'clock in reading direction: clockwise, or counter-clockwise in RTL. */
function readingAngle(layout: MapLayout, x: number, y: number, dir: "ltr" | "rtl"): number {
  const [dx, dy] = offset(layout, x, y);
  const a = Math.atan2(dx, -dy) * (dir === "rtl" ? -1 : 1);
  return a < 0 ? a + TAU : Math.abs(a); // never -0
}

/** Index of the sector under a point (anywhere, the family disc and outside included). */
export function sectorAt(layout: MapLayout, x: number, y: number, dir: "ltr" | "rtl" = "ltr") {
  const n = layout.sectorAngles.length;
  return Math.min(n - 1, Math.floor((readingAngle(layout, x, y, dir) * n) / TAU));
}

/** Position 0..1 of a point within sector `sectorIndex` (clamped), in reading direction. */
export function positionAt(
  layout: MapLayout,
  x: number,
  y: number,
  sectorIndex: number,
  dir: "ltr" | "rtl" = "ltr",
): number {
  const n = layout.sectorAngles.length;
  let p = (readingAngle(layout, x, y, dir) * n) / TAU - sectorIndex;
  // A point just across 12 o'clock belongs to the nearer end of the sector.
  if (p > n / 2) p -= n;
  else if (p < -n / 2) p += n;
  return Math.max(0, Math.min(1, p));
}
