// One cell of the service map's layout (see service-map.layout.ts for the whole picture): the
// boxes, the cell's shape, where a label goes beside its node, and the tries that place a cell's
// nodes, from the middle of its band, from its inner rim, or circles first.
import { wrap } from "../life-wheel/life-wheel.layout.js";
import type { MapLabel, MapLayoutInput, MapNode, Measure } from "./service-map.layout.js";

export const LINE_HEIGHT_EM = 1.25;
/** Node circle radius: 24 px circles, 44 px touch targets with the element's padding. */
export const NODE_RADIUS = 12;
/** Least space between anything that belongs to two different nodes (px). */
export const GAP = 4;
export const LABEL_GAP = 3;
export const MARGIN = 4;
export const TAU = 2 * Math.PI;

interface Box {
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
type Side = readonly [number, number];
interface Fitted {
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
function blocked(taken: Box[], box: Box, a?: Box, b?: Box): boolean {
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

interface Cell {
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
function inside(c: Cell, cx: number, cy: number, b: Box, g: number): boolean {
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
 * layout allocated (see the probe in layoutCell for the time it saved). The signed distance of
 * (x, y) from the ray at angle a is x·cos a + y·sin a, positive clockwise. */
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
const circleBox = (x: number, y: number, ry: number, rx = NODE_RADIUS): MapLabel => ({
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

export interface Context {
  cx: number;
  cy: number;
  n: number;
  lh: number;
  font: number;
  dir: "ltr" | "rtl";
  measure: Measure;
  /** Each label wrapped and cut for a variant when a try first needs it, once per layout (a cell's
   * tries share them): most nodes only ever need the first variant, and cutting a name to one of
   * the short ones measures it a letter at a time. `wrapped`: the name wrapped at the first width. */
  fits: Map<string, Fitted[] & { wrapped?: string[] }>;
  variants: ReadonlyArray<readonly [number, number]>;
  need: number[];
  /** Boxes no node may touch: the sector labels. */
  fixed: Box[];
  /** Half the height of a node's circle in the squeezed space. */
  ry: number;
}

/** Places the nodes of one cell; the ones that find no room are left out (they go to the tray).
 * "mid" and "inner" place each node with its label in turn, rows tried from the band's middle or
 * from its inner rim; "circles" first gives every node a spot and then fits the names around them,
 * for a cell too crowded for names (those nodes become numbered circles). None at all (an empty
 * list) once it is sure to score no more than `beat`. */
function layoutCell(
  c: Context,
  cell: Cell,
  labelCell: Cell,
  si: number,
  nodes: Node[],
  mode: "mid" | "inner" | "circles",
  beat: number,
): MapNode[] {
  const { cx, cy, n, lh, font, dir, variants } = c;
  // Spots on a fixed lattice per cell: rows across the band (middle first) and at most 32 steps
  // along the arc. Each node tries its own wanted spot first, then the lattice nearest first, so
  // the work per node is bounded (≤ 33 × 11 spots × 4 sides × 5 label variants in each of at most
  // three tries, usually far less): past the point where every cell is full, the cost is linear.
  const mid = (cell.r0 + cell.r1) / 2;
  const rowStep = Math.max(lh / 4, (cell.r1 - cell.r0) / 12);
  const rows = [mid];
  for (let j = 1; mid - j * rowStep > cell.r0 || mid + j * rowStep < cell.r1; j++)
    rows.push(mid - j * rowStep, mid + j * rowStep);
  if (mode === "inner") rows.sort((a, b) => a - b);
  const steps = Math.max(1, Math.min(32, Math.floor(((TAU / n) * mid) / 6)));
  // A crowded cell starts at shorter labels, so that the first long names do not take all the
  // room (about half a cell's area is usable by boxes).
  const area = ((TAU / n / 2) * (cell.r1 ** 2 - cell.r0 ** 2)) / 2;
  const roomy = c.need.findIndex((a) => a * nodes.length <= area);
  const first = roomy < 0 ? variants.length - 1 : roomy;
  // The sector names that could come near a box in this cell: a box inside it lies within the
  // square r1 about the centre, so a name that is not within a gap of that square is never within
  // a gap of the box. Every spot tried is tested against every box taken, and the inner rings'
  // cells lie far from all names (80 nodes 7 % faster, the same layouts).
  const square = circleBox(cx, cy, labelCell.r1, labelCell.r1);
  const taken: Box[] = c.fixed.filter((t) => hits(t, square, GAP));
  // A box is free when it stays in the cell and clear of every box but the node's own circle a and
  // label b (two arguments, not a rest array made for each of the thousands of labels tried).
  const free = (box: Box, a: Box, b: Box) =>
    inside(labelCell, cx, cy, box, GAP / 2) && !blocked(taken, box, a, b);
  type Spot = readonly [x: number, y: number, circle: MapLabel, sides: Side[]];
  // One box tried at every spot, and a box of its own only where the circle is free: a crowded
  // cell tries thousands of spots. With outside() a function of its own, this took 80 nodes from
  // 3.5–4.2 to 3.0–3.2 ms (the bench's Node part, 300 rounds, three runs), with the same layouts.
  const probe = circleBox(0, 0, c.ry);
  /** The spots where a node's circle is free, best first, one a call (undefined when none is left).
   * Found one at a time: most nodes take the first, and a crowded cell needs only a few (finding all
   * of them for every node made a cell's cost grow with the square of its nodes). A closure over
   * its place in the lattice, not a generator: a generator keeps its numbers boxed on the heap and
   * makes a result object for each spot; an 80-node layout allocated 5 MB, a quarter of it here. */
  function spotsFrom(want: number): () => Spot | void {
    // Step j of the lattice is at (j + 0.5) / steps. They are taken nearest first (the lower on a
    // tie), walking out from the two either side of `want`: sorting them for each node cost
    // 6–17 % of a layout (5/20/40/80 nodes, Node: 0.116/0.365/0.750/4.49 ms, walked
    // 0.102/0.302/0.663/4.21).
    const near = (j: number) => Math.abs((j + 0.5) / steps - want);
    // The next position is worked out when the last one is used up, not listed for each node
    // beforehand: most nodes take a spot at the first.
    let lo = Math.floor(want * steps - 0.5);
    let hi = lo + 1;
    let p = want; // the position being tried
    let j = 0; // the next row there
    return () => {
      for (;;) {
        // Again for each spot handed out at the same position: kept in the closure instead, it
        // measured no faster and cost 12 bytes.
        const a = angleOf(si, n, p, dir);
        const sin = Math.sin(a);
        const cos = Math.cos(a);
        while (j < rows.length) {
          const rr = rows[j++]!;
          const x = cx + rr * sin;
          const y = cy - rr * cos;
          probe.left = x - NODE_RADIUS;
          probe.top = y - c.ry;
          // The boxes first: in a crowded cell most spots are taken, and a box test is cheaper.
          if (blocked(taken, probe) || !inside(cell, cx, cy, probe, GAP / 2)) continue;
          // Along the ring first (forwards in reading direction, then back), where a thin band has
          // room; then level and outwards; then below. All of it mirrors exactly in RTL.
          const f = dir === "rtl" ? -1 : 1;
          const out = (dir === "rtl" ? x > cx : x >= cx) ? 1 : -1;
          const tx = f * cos;
          const ty = f * sin;
          return [
            x,
            y,
            circleBox(x, y, c.ry),
            [
              [tx, ty],
              [-tx, -ty],
              [out, 0],
              [0, 1],
            ],
          ];
        }
        if (lo < 0 && hi >= steps) return;
        p = ((hi < steps && (lo < 0 || near(hi) < near(lo)) ? hi++ : lo--) + 0.5) / steps;
        j = 0;
      }
    };
  }
  interface Done {
    node: MapNode;
    fit: (v: number) => Fitted;
    /** The variant of its label, past the last while it has none (a numbered circle). */
    v: number;
    /** Its spot: the circle there, and the sides its label may take. */
    s: Spot;
  }
  const done: Done[] = [];
  let crowded = false;
  /** Puts the best label from variant `from` on beside the node at spot s; false if none fits. */
  const label = (d: Done, s: Spot, from: number, to: number): boolean => {
    for (let v = from, p: string | undefined; v < to; v++) {
      const f = d.fit(v);
      // Where a shorter variant of a name comes out as the one just tried (a short name such as
      // "NAV" is the same in all five), its boxes are too, and would fail the same way: p holds
      // the lines last tried (a line never holds "\n", so the joined text tells them apart). Joined
      // once for each variant, not at each spot: the first name with no room in a crowded cell
      // tries every spot (80 nodes 5 % faster).
      if (p === (p = f.text)) continue;
      for (const side of s[3]) {
        const l = place(s[0], s[1], f, side, lh, font, c.ry);
        if (!free(l, d.s[2], d.node.label)) continue;
        const at = taken.indexOf(d.node.label);
        taken[at < 0 ? taken.length : at] = l;
        d.v = v;
        d.s = s;
        d.node = { id: d.node.id, x: s[0], y: s[1], r: NODE_RADIUS, label: l };
        return true;
      }
    }
    return false;
  };
  for (const node of [...nodes].sort((a, b) => a.position - b.position || byId(a, b))) {
    const made = c.fits.get(node.label) ?? [];
    c.fits.set(node.label, made);
    const fit = (v: number) => {
      const [w, l] = variants[v]!;
      // The variants of the first width (3, 2 and 1 lines) share one wrap, to the first's lines: a
      // crowded cell needs all three for most of its names (80 nodes 4 %, 40 nodes 9 % faster).
      const [w0, l0] = variants[0]!;
      const wrapped = w === w0 ? (made.wrapped ??= wrap(node.label, w, c.measure, l0)) : undefined;
      return (made[v] ??= fitLabel(node.label, w, l, c.measure, wrapped));
    };
    const spots = spotsFrom(Math.max(0, Math.min(1, node.position)));
    const best = spots();
    if (!best) continue; // no room even for the circle: to the tray
    // Until a name fits, the node is a numbered circle at its best spot (its key entry comes later),
    // with a copy of its circle's box for a label: a label replaces its own entry in `taken`.
    const bare = { ...best[2] };
    const d: Done = {
      node: { id: node.id, x: best[0], y: best[1], r: NODE_RADIUS, label: bare, key: 0 },
      fit,
      v: variants.length,
      s: best,
    };
    // Once one name found no room, the cell is crowded: the rest wait as circles for the last pass
    // (and the "circles" try), which bounds the work in a full cell. The search for a spot with
    // room for the name goes on from the circle's best spot: the spots before it had no room for
    // the circle, and nothing has been taken since, so starting over would only visit them again.
    let s: Spot | void = crowded || mode === "circles" ? undefined : best;
    while (s && !label(d, s, first, variants.length)) s = spots();
    // Its circle: where its label went, or at its best spot (d.s is still `best` then).
    taken.push(d.s[2]);
    crowded ||= !s && mode !== "circles";
    done.push(d);
  }
  // Then, in the same order, names go on the numbered circles where they now fit, and shortened
  // labels grow back where the room allows: the longest label that fits, at the node's spot. A
  // numbered circle's d.v is past the last variant, so it tries them all; trying `first` onwards
  // first and then growing back came to the same label, with the variants past `first` tried twice.
  // A try that can no longer score more than `beat`, the best try before it, stops: it could not
  // win (see layoutCrowded), so the layout is the same. `most` is its score if every node from here
  // on were named; a numbered circle after its turn here stays one. A crowded cell's later tries
  // rarely name more than the first, and an 80-node map is about 2 % faster (the same 540 maps).
  let most = done.length * 1001;
  for (const d of done) {
    label(d, d.s, 0, d.v);
    if (d.node.key === 0 && --most <= beat) return [];
  }
  return done.map((d) => d.node);
}

/** A cell whose nodes do not all fit from the middle out tries again from its inner rim, then
 * circles first; the first try with the most nodes placed, then named, wins. */
export function layoutCrowded(c: Context, cell: Cell, labelCell: Cell, si: number, nodes: Node[]) {
  let fit: MapNode[] = [];
  const score = (m: MapNode[]) => m.length * 1000 + m.filter((x) => x.key === undefined).length;
  for (const mode of ["mid", "inner", "circles"] as const) {
    // (score % 1000 is how many are named)
    if (mode !== "mid" && score(fit) % 1000 === nodes.length) break;
    const next = layoutCell(c, cell, labelCell, si, nodes, mode, score(fit));
    if (score(next) > score(fit)) fit = next;
  }
  return fit;
}
