// The boxes of the service map's layout (see service-map.layout.ts for the whole picture): labels
// fitted to a width, where a label goes beside its node, the shape of a cell and whether a box lies
// inside it, and whether a box hits another. The tries that place a cell's nodes are in
// service-map.layout-cell.ts.
import { wrap } from "../life-wheel/life-wheel.layout.js";
import type { MapLabel, MapLayoutInput, Measure } from "./service-map.layout.js";
export const LINE_HEIGHT_EM = 1.25;
/** Node circle radius: 24 px circles, 44 px touch targets with the element's padding. */
export const NODE_RADIUS = 12;
/** Least space between anything that belongs to two different nodes (px). */
export const GAP = 4;
export const LABEL_GAP = 3;
export const MARGIN = 4;
export const TAU = 2 * Math.PI;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
export const hits = (a: Box, b: Box, gap: number) =>
  a.left < b.left + b.width + gap &&
  b.left < a.left + a.width + gap &&
  a.top < b.top + b.height + gap &&
  b.top < a.top + a.height + gap;

/** A direction from a node to its label, as a unit vector. */
export type Side = readonly [number, number];
export interface Fitted {
  lines: string[];
  width: number;
  /** The lines joined by "\n", made once: label() tells variants apart by it at every spot. */
  text: string;
}

/** Wraps to at most maxLines and cuts the rest with "…": the full name is in the element's list view
 * and in the node's accessible name, so a shortened label on the map hides nothing. A stem of two
 * letters stays even past maxWidth (the box is measured, so nothing overlaps): a bare "…" says nothing.
 * `wrapped`: the text wrapped at maxWidth to more lines, if the caller has it. */
export function fitLabel(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: Measure,
  wrapped = wrap(text, maxWidth, measure, maxLines),
): Fitted {
  // One line past maxLines is all it needs to know that there is more to cut (see wrap). Wrapping
  // is greedy, so the first lines of a wrap to more lines are the lines of a wrap to fewer.
  const lines = wrapped.slice(0, maxLines + 1);
  const fitted = (l: string[]) => ({
    lines: l,
    width: Math.max(...l.map(measure)),
    text: l.join("\n"),
  });
  if (lines.length <= maxLines) return fitted(lines);
  const kept = lines.slice(0, maxLines);
  // The line cut a code point at a time (a surrogate pair is one) from its end, not joined again
  // for each letter: that was 9 % of an 80-node service map.
  const chars = Array.from(kept[maxLines - 1]!.replace(/-$/, ""));
  let cut = chars.join("");
  while (chars.length > 2 && measure(cut + "…") > maxWidth)
    cut = cut.slice(0, -chars.pop()!.length);
  kept[maxLines - 1] = cut + "…";
  return fitted(kept);
}

/** Whether a box hits any box taken but a and b (the node's own circle and label). A loop, not
 * taken.some() with a closure made for each of the thousands of spots a crowded cell tries, and
 * from the last box taken back, since a spot is most often blocked by a box placed just before. */
export function blocked(taken: Box[], box: Box, a?: Box, b?: Box): boolean {
  for (let i = taken.length; i--;) {
    const t = taken[i]!;
    if (t !== a && t !== b && hits(t, box, GAP)) return true;
  }
  return false;
}

/** Angle of a position 0..1 in sector i of n; RTL mirrors (counter-clockwise from 12 o'clock). */
export function angleOf(i: number, n: number, position: number, dir: "ltr" | "rtl"): number {
  const a = ((i + position) * TAU) / n;
  return dir === "rtl" ? -a : a;
}

export interface Cell {
  r0: number;
  r1: number;
  /** Clockwise angles of the cell's edges (a0 < a1). */
  a0: number;
  a1: number;
  /** The horizontal room (the map's width less the margins). */
  left: number;
  right: number;
  /** Normals of the two edge rays, pointing into the cell. Made with the cell, not on its first
   * test: a key added later changes an object's hidden class in V8, and the box tests then met
   * three kinds of cell (80 nodes 14 % slower, 20 nodes 20 %). */
  n0: Side;
  n1: Side;
}

/** Whether a box lies inside the cell with `g` px to spare on every side. The cell is the annulus
 * r0..r1 cut by the two rays at a0 and a1; a wedge of at most π is convex, so four corners suffice. */
export function inside(c: Cell, cx: number, cy: number, b: Box, g: number): boolean {
  if (b.left < c.left || b.left + b.width > c.right) return false;
  // The box's corners from the centre, without arrays: this runs for every spot and every label.
  const x0 = b.left - cx;
  const x1 = x0 + b.width;
  const y0 = b.top - cy;
  const y1 = y0 + b.height;
  const nx = Math.max(x0, Math.min(0, x1));
  const ny = Math.max(y0, Math.min(0, y1));
  if (nx * nx + ny * ny < (c.r0 + g) ** 2) return false;
  return !(
    outside(c, x0, y0, g) ||
    outside(c, x0, y1, g) ||
    outside(c, x1, y0, g) ||
    outside(c, x1, y1, g)
  );
}

/** Whether the point (x, y), from the centre, lies outside the cell shrunk by g. A function of its
 * own, not a closure made in every call of inside(): those closures were a fifth of what a crowded
 * layout allocated (the time it saved: at the probe in layoutCell, service-map.layout-cell.ts).
 * The signed distance of (x, y) from the ray at angle a is x·cos a + y·sin a, positive clockwise. */
const outside = (c: Cell, x: number, y: number, g: number) =>
  x * x + y * y > (c.r1 - g) ** 2 ||
  (c.a1 - c.a0 < TAU - 1e-9 && (x * c.n0[0] + y * c.n0[1] < g || x * c.n1[0] + y * c.n1[1] < g));

/** The label of a node at (x, y), beside it in direction (dx, dy) (a unit vector): the box's centre
 * is pushed out until the whole box lies past the circle in that direction, so it never covers it. */
export function place(
  x: number,
  y: number,
  { lines, width }: Pick<Fitted, "lines" | "width">,
  [dx, dy]: Side,
  lh: number,
  font: number,
  ry = NODE_RADIUS,
): MapLabel {
  const height = lines.length * lh;
  // The circle (an ellipse ry high in the squeezed space) lies within this length of its centre in
  // this direction, and the box beyond it, so the two never meet. Math.hypot was 6 % of an 80-node
  // layout; the square root differs in the last bit at most (540 maps the same to 1e-6 px).
  const reach =
    Math.sqrt((NODE_RADIUS * dx) ** 2 + (ry * dy) ** 2) +
    LABEL_GAP +
    (width * Math.abs(dx) + height * Math.abs(dy)) / 2;
  const left = x + reach * dx - width / 2;
  const top = y + reach * dy - height / 2;
  const anchor = dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle";
  const ax = anchor === "start" ? left : anchor === "end" ? left + width : left + width / 2;
  const baseline = top + (lh - font) / 2 + font * 0.8;
  return { lines, x: ax, y: baseline, anchor, left, top, width, height };
}

/** A node's circle as a box, in the shape of place()'s labels (keys in the same order): the box
 * tests then meet one shape of object, and V8 keeps them monomorphic (80 nodes about 3 % faster).
 * With rx, any box about (x, y): a cell's bounding square. */
export const circleBox = (x: number, y: number, ry: number, rx = NODE_RADIUS): MapLabel => ({
  lines: [],
  x: 0,
  y: 0,
  anchor: "start",
  left: x - rx,
  top: y - ry,
  width: 2 * rx,
  height: 2 * ry,
});

export type Node = MapLayoutInput["nodes"][number];
export const byId = (a: Node, b: Node) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
