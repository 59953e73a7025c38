// One cell of the service map's layout (see service-map.layout.ts for the whole picture): the tries
// that place a cell's nodes, from the middle of its band, from its inner rim, or circles first. The
// boxes they test, and the labels they fit, are in service-map.layout-box.ts.
import { wrap } from "../life-wheel/life-wheel.layout.js";
import {
  angleOf,
  blocked,
  byId,
  circleBox,
  fitLabel,
  hits,
  inside,
  place,
  GAP,
  NODE_RADIUS,
  TAU,
  type Box,
  type Cell,
  type Fitted,
  type Node,
  type Side,
} from "./service-map.layout-box.js";
import type { MapLabel, MapNode, Measure } from "./service-map.layout.js";

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
    // Asked for at every spot a label is tried; made once.
    const fit = (v: number): Fitted => {
      if (made[v]) return made[v];
      const [w, l] = variants[v]!;
      // The variants of the first width (3, 2 and 1 lines) share one wrap, to the first's lines: a
      // crowded cell needs all three for most of its names (80 nodes 4 %, 40 nodes 9 % faster).
      const [w0, l0] = variants[0]!;
      const wrapped = w === w0 ? (made.wrapped ??= wrap(node.label, w, c.measure, l0)) : undefined;
      return (made[v] = fitLabel(node.label, w, l, c.measure, wrapped));
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
