// Geometry of the wheel, with no DOM: segment paths, the radius of a value, which segment and value
// a point falls on, and where each domain label goes. Labels wrap to the room beside the wheel and
// are pushed apart until no two overlap and none covers the wheel, at any width from 320 px.
import type { Scale } from "@famwel/instrument/core";

/** Measures the width of a string in px in the label font (canvas in the browser, an estimate in Node). */
export type Measure = (text: string) => number;

export interface LabelBox {
  lines: string[];
  /** Anchor x of every line, as SVG text-anchor reads it. */
  x: number;
  /** Top of the block. */
  y: number;
  anchor: "start" | "middle" | "end";
  /** The block's box: left, top, width, height. */
  left: number;
  width: number;
  height: number;
}

export interface WheelLayout {
  width: number;
  /** The viewBox: labels may reach above 0 or below the wheel. */
  top: number;
  height: number;
  cx: number;
  cy: number;
  /** Radius of the hub (the scale's minimum) and of the outer edge (its maximum). */
  hub: number;
  radius: number;
  labels: LabelBox[];
}

export const LINE_HEIGHT_EM = 1.25;
/** Between the wheel and a label, and between two labels (px). */
export const GAP = 8;
const MARGIN = 4;

/** Angle (radians, clockwise from 12 o'clock) of segment i's start; RTL runs counter-clockwise. */
export function segmentAngle(i: number, n: number, dir: "ltr" | "rtl" = "ltr"): number {
  const a = (i * 2 * Math.PI) / n;
  return dir === "rtl" ? -a - (2 * Math.PI) / n : a;
}

export function polar(cx: number, cy: number, r: number, angle: number): [number, number] {
  return [cx + r * Math.sin(angle), cy - r * Math.cos(angle)];
}

/** An annular sector from radius r0 to r1 between two angles, as an SVG path. */
export function sectorPath(
  cx: number,
  cy: number,
  r0: number,
  r1: number,
  a0: number,
  a1: number,
): string {
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const f = (n: number) => n.toFixed(2);
  const [x0, y0] = polar(cx, cy, r1, a0);
  const [x1, y1] = polar(cx, cy, r1, a1);
  const [x2, y2] = polar(cx, cy, r0, a1);
  const [x3, y3] = polar(cx, cy, r0, a0);
  return `M${f(x0)} ${f(y0)}A${f(r1)} ${f(r1)} 0 ${large} 1 ${f(x1)} ${f(y1)}L${f(x2)} ${f(y2)}A${f(r0)} ${f(r0)} 0 ${large} 0 ${f(x3)} ${f(y3)}Z`;
}

export function valueRadius(value: number, scale: Scale, hub: number, radius: number): number {
  return hub + ((value - scale.min) / (scale.max - scale.min)) * (radius - hub);
}

/**
 * Breaks text into lines no wider than maxWidth; a word longer than that is cut with a hyphen.
 * With `maxLines`, it stops at one line more than that: a caller that cuts the rest with "…" needs
 * only to know that there is more (the service map's short labels measured every letter of a
 * long name, 2 to 3 letters a line, to keep one line of it).
 */
export function wrap(
  text: string,
  maxWidth: number,
  measure: Measure,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (lines.length > maxLines) break;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    let rest = word;
    while (lines.length <= maxLines && measure(rest) > maxWidth) {
      // The longest head that fits with its hyphen, found from the front: a long word cut to a
      // short label keeps a few letters, and walking back from its end measured all the others.
      // It grows a letter at a time, by code points (never splitting a surrogate pair): joining
      // it anew for each letter was a tenth of an 80-node service map's layout. It keeps at least
      // its first letter and leaves at least the last one.
      let head = "";
      for (const char of rest) {
        if (
          head &&
          (head.length + char.length >= rest.length || measure(head + char + "-") > maxWidth)
        )
          break;
        head += char;
      }
      lines.push(head + "-");
      rest = rest.slice(head.length);
    }
    line = rest;
  }
  if (line && lines.length <= maxLines) lines.push(line);
  return lines.length ? lines : [""];
}

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.left < b.left + b.width + GAP &&
  b.left < a.left + a.width + GAP &&
  a.y < b.y + b.height + GAP &&
  b.y < a.y + a.height + GAP;

/** Distance from the wheel's centre to the nearest point of a label box. */
function distanceToBox(cx: number, cy: number, b: LabelBox): number {
  const nx = Math.max(b.left, Math.min(cx, b.left + b.width));
  const ny = Math.max(b.y, Math.min(cy, b.y + b.height));
  return Math.hypot(nx - cx, ny - cy);
}

/** Lays out a wheel of `labels.length` segments in a box `width` px wide with the given font size. */
export function layoutWheel(
  labels: readonly string[],
  width: number,
  fontSize: number,
  measure: Measure,
  dir: "ltr" | "rtl" = "ltr",
): WheelLayout {
  const n = labels.length;
  const radius = Math.max(56, Math.min(width * 0.28, 190));
  const hub = radius * 0.14;
  const cx = width / 2;
  const cy = 0;
  const lineHeight = fontSize * LINE_HEIGHT_EM;
  const boxes: LabelBox[] = labels.map((label, i) => {
    const mid = segmentAngle(i, n, dir) + Math.PI / n;
    const [ax, ay] = polar(cx, cy, radius + GAP, mid);
    const sin = Math.sin(mid);
    const anchor = sin > 0.2 ? "start" : sin < -0.2 ? "end" : "middle";
    const room =
      anchor === "start"
        ? width - MARGIN - ax
        : anchor === "end"
          ? ax - MARGIN
          : Math.min(width - 2 * MARGIN, radius * 2.4);
    const lines = wrap(label, Math.max(room, fontSize * 3), measure);
    const w = Math.max(...lines.map(measure));
    const h = lines.length * lineHeight;
    const cos = -Math.cos(mid); // +1 at the bottom, -1 at the top
    const y = ay - (h * (1 - cos)) / 2; // above the anchor at the top, below it at the bottom
    let left = anchor === "start" ? ax : anchor === "end" ? ax - w : ax - w / 2;
    left = Math.max(MARGIN, Math.min(left, width - MARGIN - w));
    const x = anchor === "start" ? left : anchor === "end" ? left + w : left + w / 2;
    return { lines, x, y, anchor, left, width: w, height: h };
  });
  // Push labels apart, away from the wheel's horizontal midline, until nothing overlaps.
  const away = (b: LabelBox) => (b.y + b.height / 2 < cy ? -1 : 1);
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (const b of boxes) {
      const d = distanceToBox(cx, cy, b);
      if (d < radius + GAP / 2) {
        b.y += away(b) * Math.max(1, radius + GAP / 2 - d);
        moved = true;
      }
    }
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (!overlaps(a, b)) continue;
        const [upper, lower] = a.y <= b.y ? [a, b] : [b, a];
        const push = upper.y + upper.height + GAP - lower.y + 0.5;
        // Move whichever is further from the midline outwards; both when they straddle it.
        if (away(upper) < 0 && away(lower) < 0) upper.y -= push;
        else if (away(upper) > 0 && away(lower) > 0) lower.y += push;
        else {
          upper.y -= push / 2;
          lower.y += push / 2;
        }
        moved = true;
      }
    if (!moved) break;
  }
  const top = Math.min(-radius - GAP, ...boxes.map((b) => b.y)) - MARGIN;
  const bottom = Math.max(radius + GAP, ...boxes.map((b) => b.y + b.height)) + MARGIN;
  return { width, top, height: bottom - top, cx, cy, hub, radius, labels: boxes };
}
