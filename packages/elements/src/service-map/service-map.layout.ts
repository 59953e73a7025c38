// Geometry of the service map (an eco-map), with no DOM. The family sits in a disc at the centre;
// closeness rings and equal angular sectors divide the map into cells (one per sector × ring).
//
// Why cells: ring radii and sector angles depend on the definition and the width only, never on the
// nodes, and every node keeps its circle and its label strictly inside its own cell, shrunk by half a
// gap on every side (labels of the outer ring may reach past the map's edge, inside their wedge).
// Cells are disjoint, so nodes of different cells can never overlap, and adding a node to one cell
// moves nothing in any other cell: 0 px, not just a small bound. Inside a cell, nodes take turns in
// the order of their stored position (then id): each takes the free spot nearest to where its
// position points, and the longest label that fits there. A crowded cell starts from shorter labels
// and lets them grow back afterwards where there is room, so its nodes may re-spread when one is
// added, but never leave the cell. Every spot is checked against the cell's edges and against the
// boxes already taken, so "no overlap" holds by construction, not by relaxation.
//
// Some inputs cannot fit at all (60 nodes in one side sector of a 360 px map need more area than the
// sector has), so a node that finds no spot goes to an overflow tray below the map, marked
// `overflow`. The map never overlaps; it degrades to shorter labels, then to the tray.
import { segmentAngle, wrap, type Measure } from "../life-wheel/life-wheel.layout.js";

export type { Measure };

export interface MapLayoutInput {
  sectors: readonly string[];
  /** Innermost first. */
  rings: readonly string[];
  nodes: ReadonlyArray<{
    id: string;
    label: string;
    sector: string;
    ring: string;
    /** 0..1 within its sector, in reading direction; stored in the answer. */
    position: number;
  }>;
  width: number;
  fontSize: number;
  measure: Measure;
  dir?: "ltr" | "rtl";
}

export interface MapLabel {
  lines: string[];
  /** Anchor x of every line, as SVG text-anchor reads it. */
  x: number;
  /** Baseline of the first line; each further line is one line height lower. */
  y: number;
  anchor: "start" | "middle" | "end";
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface MapNode {
  id: string;
  x: number;
  y: number;
  r: number;
  label: MapLabel;
  /** True when the node's cell had no room and it was put in the tray below the map. */
  overflow?: boolean;
}

export interface MapLayout {
  width: number;
  /** The viewBox: the tray may reach below the map. */
  top: number;
  height: number;
  cx: number;
  cy: number;
  /** Radius of the family disc. */
  hub: number;
  /** Outer radius of each ring, innermost first. */
  ringRadii: number[];
  /** Start angle of each sector, clockwise from 12 o'clock (RTL counter-clockwise), radians. */
  sectorAngles: number[];
  nodes: MapNode[];
}

export const LINE_HEIGHT_EM = 1.25;
/** Node circle radius: 24 px circles, 44 px touch targets with the element's padding. */
export const NODE_RADIUS = 12;
/** Least space between anything that belongs to two different nodes (px). */
export const GAP = 4;
const LABEL_GAP = 3;
const MARGIN = 4;
const TAU = 2 * Math.PI;

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
const hits = (a: Box, b: Box, gap: number) =>
  a.left < b.left + b.width + gap &&
  b.left < a.left + a.width + gap &&
  a.top < b.top + b.height + gap &&
  b.top < a.top + a.height + gap;

/** A direction from a node to its label, as a unit vector. */
type Side = readonly [number, number];
interface Fitted {
  lines: string[];
  width: number;
}

/** Wraps to at most maxLines and cuts the rest with "…": the full name is in the element's list view
 * and in the node's accessible name, so a shortened label on the map hides nothing. */
function fitLabel(lines: string[], maxWidth: number, maxLines: number, measure: Measure): Fitted {
  const fitted = (l: string[]) => ({ lines: l, width: Math.max(...l.map(measure)) });
  if (lines.length <= maxLines) return fitted(lines);
  const kept = lines.slice(0, maxLines);
  const chars = Array.from(kept[maxLines - 1]!.replace(/-$/, ""));
  while (chars.length && measure(chars.join("") + "…") > maxWidth) chars.pop();
  kept[maxLines - 1] = chars.join("") + "…";
  return fitted(kept);
}

/** Angle of a position 0..1 in sector i of n; RTL mirrors (counter-clockwise from 12 o'clock). */
function angleOf(i: number, n: number, position: number, dir: "ltr" | "rtl"): number {
  const a = ((i + position) * TAU) / n;
  return dir === "rtl" ? -a : a;
}

/** Index of the ring under a point; undefined on the family disc or outside the map. */
export function ringAt(layout: MapLayout, x: number, y: number): number | undefined {
  const d = Math.hypot(x - layout.cx, y - layout.cy);
  if (d < layout.hub) return undefined;
  const i = layout.ringRadii.findIndex((r) => d <= r);
  return i < 0 ? undefined : i;
}

/** Angle (0..2π) of a point from 12 o'clock in reading direction: clockwise, or counter-clockwise in RTL. */
function readingAngle(layout: MapLayout, x: number, y: number, dir: "ltr" | "rtl"): number {
  const a = Math.atan2(x - layout.cx, layout.cy - y) * (dir === "rtl" ? -1 : 1);
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

interface Cell {
  r0: number;
  r1: number;
  /** Clockwise angles of the cell's edges (a0 < a1). */
  a0: number;
  a1: number;
  /** The horizontal room (the map's width less the margins). */
  left: number;
  right: number;
  /** Normals of the two edge rays, pointing into the cell (computed once per cell). */
  n0?: Side;
  n1?: Side;
}

/** Whether a box lies inside the cell with `g` px to spare on every side. The cell is the annulus
 * r0..r1 cut by the two rays at a0 and a1; a wedge of at most π is convex, so four corners suffice. */
function inside(c: Cell, cx: number, cy: number, b: Box, g: number): boolean {
  const xs = [b.left - cx, b.left + b.width - cx];
  const ys = [b.top - cy, b.top + b.height - cy];
  if (b.left < c.left || b.left + b.width > c.right) return false;
  const nx = Math.max(xs[0]!, Math.min(0, xs[1]!));
  const ny = Math.max(ys[0]!, Math.min(0, ys[1]!));
  if (nx * nx + ny * ny < (c.r0 + g) ** 2) return false;
  const outer = (c.r1 - g) ** 2;
  // The signed distance of (x, y) from the ray at angle a is x·cos a + y·sin a, positive clockwise.
  c.n0 ??= [Math.cos(c.a0), Math.sin(c.a0)];
  c.n1 ??= [-Math.cos(c.a1), -Math.sin(c.a1)];
  const [[p, q], [s, t]] = [c.n0, c.n1];
  const wedge = c.a1 - c.a0 < TAU - 1e-9;
  for (const x of xs)
    for (const y of ys) {
      if (x * x + y * y > outer) return false;
      if (wedge && (x * p + y * q < g || x * s + y * t < g)) return false;
    }
  return true;
}

/** The label of a node at (x, y), beside it in direction (dx, dy) (a unit vector): the box's centre
 * is pushed out until the whole box lies past the circle in that direction, so it never covers it. */
function place(
  x: number,
  y: number,
  { lines, width }: Fitted,
  [dx, dy]: Side,
  lh: number,
  font: number,
): MapLabel {
  const height = lines.length * lh;
  const reach = NODE_RADIUS + LABEL_GAP + (width * Math.abs(dx) + height * Math.abs(dy)) / 2;
  const left = x + reach * dx - width / 2;
  const top = y + reach * dy - height / 2;
  const anchor = dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle";
  const ax = anchor === "start" ? left : anchor === "end" ? left + width : left + width / 2;
  const baseline = top + (lh - font) / 2 + font * 0.8;
  return { lines, x: ax, y: baseline, anchor, left, top, width, height };
}

const circleBox = (x: number, y: number): Box => ({
  left: x - NODE_RADIUS,
  top: y - NODE_RADIUS,
  width: 2 * NODE_RADIUS,
  height: 2 * NODE_RADIUS,
});

type Node = MapLayoutInput["nodes"][number];
const byId = (a: Node, b: Node) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface Context {
  cx: number;
  cy: number;
  n: number;
  lh: number;
  font: number;
  dir: "ltr" | "rtl";
  measure: Measure;
  variants: ReadonlyArray<readonly [number, number]>;
  need: number[];
}

/** Places the nodes of one cell; the ones that find no room are left out (they go to the tray). */
function layoutCell(c: Context, cell: Cell, labelCell: Cell, si: number, nodes: Node[]): MapNode[] {
  const { cx, cy, n, lh, font, dir, variants } = c;
  // Spots on a fixed lattice per cell: rows across the band (middle first) and at most 32 steps
  // along the arc. Each node tries its own wanted spot first, then the lattice nearest first, so
  // the work per node is bounded (≤ 33 × 7 spots × 4 sides × 4 label variants, usually far less).
  const mid = (cell.r0 + cell.r1) / 2;
  const rowStep = Math.max(lh / 2, (cell.r1 - cell.r0) / 6);
  const rows = [mid];
  for (let j = 1; mid - j * rowStep > cell.r0 || mid + j * rowStep < cell.r1; j++)
    rows.push(mid - j * rowStep, mid + j * rowStep);
  const steps = Math.max(1, Math.min(32, Math.floor(((TAU / n) * mid) / font)));
  const lattice = Array.from({ length: steps }, (_, j) => (j + 0.5) / steps);
  // A crowded cell starts at shorter labels, so that the first long names do not take all the
  // room (about half a cell's area is usable by boxes).
  const area = ((TAU / n / 2) * (cell.r1 ** 2 - cell.r0 ** 2)) / 2;
  const roomy = c.need.findIndex((a) => a * nodes.length <= area);
  const first = roomy < 0 ? variants.length - 1 : roomy;
  const taken: Box[] = [];
  const free = (box: Box, own?: Box) =>
    inside(labelCell, cx, cy, box, GAP / 2) && !taken.some((t) => t !== own && hits(t, box, GAP));
  const done: Array<{ node: MapNode; labels: Fitted[]; v: number; sides: Side[] }> = [];
  // Once the shortest label of some width found no lattice spot, a later label as wide is not
  // tried there (taken boxes only grow; exact for level sides, close for slanted ones). It can
  // only send a node to the tray sooner, never cause an overlap; it keeps full cells cheap.
  let hopeless = Infinity;
  for (const node of [...nodes].sort((a, b) => a.position - b.position || byId(a, b))) {
    const want = Math.max(0, Math.min(1, node.position));
    const wraps = new Map<number, string[]>(); // variants of one width share one wrap
    const labels = variants.map(([w, l]) => {
      if (!wraps.has(w)) wraps.set(w, wrap(node.label, w, c.measure));
      return fitLabel(wraps.get(w)!, w, l, c.measure);
    });
    const shortest = labels.at(-1)!.width;
    const near = (p: number) => Math.abs(p - want);
    const positions = [
      want,
      ...(shortest < hopeless ? [...lattice].sort((a, b) => near(a) - near(b) || a - b) : []),
    ];
    const spots: Array<[number, number, Box, Side[]]> = [];
    for (const p of positions)
      for (const rr of rows) {
        const a = angleOf(si, n, p, dir);
        const [x, y] = [cx + rr * Math.sin(a), cy - rr * Math.cos(a)];
        const circle = circleBox(x, y);
        if (!inside(cell, cx, cy, circle, GAP / 2) || taken.some((t) => hits(t, circle, GAP)))
          continue;
        // Along the ring first (forwards in reading direction, then back), where a thin band has
        // room; then level and outwards; then below. All of it mirrors exactly in RTL.
        const f = dir === "rtl" ? -1 : 1;
        const out = (dir === "rtl" ? x > cx : x >= cx) ? 1 : -1;
        const [tx, ty] = [f * Math.cos(a), f * Math.sin(a)];
        spots.push([
          x,
          y,
          circle,
          [
            [tx, ty],
            [-tx, -ty],
            [out, 0],
            [0, 1],
          ],
        ]);
      }
    search: for (let v = first; v < variants.length; v++)
      for (const [x, y, circle, sides] of spots)
        for (const side of sides) {
          const label = place(x, y, labels[v]!, side, lh, font);
          if (!free(label)) continue;
          done.push({ node: { id: node.id, x, y, r: NODE_RADIUS, label }, labels, v, sides });
          taken.push(circle, label);
          break search;
        }
    if (done.at(-1)?.node.id !== node.id && positions.length > 1)
      hopeless = Math.min(hopeless, shortest);
  }
  // Then shortened labels grow back where the room allows, in the same order.
  for (const d of done)
    grow: for (let v = 0; v < d.v; v++)
      for (const side of d.sides) {
        const label = place(d.node.x, d.node.y, d.labels[v]!, side, lh, font);
        if (!free(label, d.node.label)) continue;
        taken[taken.indexOf(d.node.label)] = label;
        d.node.label = label;
        break grow;
      }
  return done.map((d) => d.node);
}

/** Lays out the map `width` px wide. Output nodes are in input order; ids must be unique. */
export function layoutMap(input: MapLayoutInput): MapLayout {
  const { sectors, rings, width, fontSize: font, measure } = input;
  const dir = input.dir ?? "ltr";
  const lh = font * LINE_HEIGHT_EM;
  const R = width / 2 - MARGIN;
  const [cx, cy] = [width / 2, width / 2];
  const hub = Math.max(22, Math.min(R * 0.14, 64));
  // Ring radii halfway between equal widths and equal areas: inner cells get room without
  // squeezing the outer band below one row of nodes.
  const k = rings.length;
  const ringRadii = rings.map((_, i) => {
    const t = (i + 1) / k;
    return i === k - 1
      ? R
      : (hub + t * (R - hub) + Math.sqrt(hub ** 2 + t * (R ** 2 - hub ** 2))) / 2;
  });
  const n = sectors.length;
  const sectorAngles = sectors.map((_, i) => segmentAngle(i, n, dir));
  // Label widths scale with the screen; long names wrap to 3, 2 or 1 lines, and then shorten.
  const labelWidth = Math.max(4.5 * font, Math.min(width * 0.14, 11 * font));
  const variants = [
    [labelWidth, 3],
    [labelWidth, 2],
    [labelWidth, 1],
    [labelWidth * 0.6, 1],
  ] as const;
  // The room one node with a label of each variant needs, gaps included.
  const need = variants.map(
    ([w, l]) => (2 * NODE_RADIUS + LABEL_GAP + w + GAP) * (Math.max(2 * NODE_RADIUS, l * lh) + GAP),
  );
  const context: Context = { cx, cy, n, lh, font, dir, measure, variants, need };
  const cells = new Map<string, Node[]>();
  for (const node of input.nodes) {
    const key = `${sectors.indexOf(node.sector)}/${rings.indexOf(node.ring)}`;
    cells.set(key, [...(cells.get(key) ?? []), node]);
  }
  const placed = new Map<string, MapNode>();
  for (const [key, nodes] of cells) {
    const [si, ri] = key.split("/").map(Number) as [number, number];
    if (si < 0 || ri < 0) continue; // an unknown sector or ring: to the tray
    const a0 = dir === "rtl" ? -((si + 1) * TAU) / n : (si * TAU) / n;
    const r0 = ri === 0 ? hub : ringRadii[ri - 1]!;
    const cell = {
      r0,
      r1: ringRadii[ri]!,
      a0,
      a1: a0 + TAU / n,
      left: MARGIN,
      right: width - MARGIN,
    };
    // Labels in the outer ring may reach past the map's edge; the viewBox grows vertically.
    const labelCell = ri === k - 1 ? { ...cell, r1: Infinity } : cell;
    for (const node of layoutCell(context, cell, labelCell, si, nodes)) placed.set(node.id, node);
  }
  // The tray: nodes with no room in their cell, flowing in rows below the map and its labels, in
  // the order of sector, ring, position and id (so it does not depend on the input's order).
  const mapped = [...placed.values()];
  const top = Math.min(0, ...mapped.map((m) => m.label.top - MARGIN));
  let bottom = Math.max(cy + R, ...mapped.map((m) => m.label.top + m.label.height)) + MARGIN;
  let x = MARGIN;
  let rowTop = bottom + GAP + Math.max(0, (lh - 2 * NODE_RADIUS) / 2);
  const where = (a: Node) =>
    [sectors.indexOf(a.sector), rings.indexOf(a.ring), a.position] as const;
  const tray = input.nodes
    .filter((node) => !placed.has(node.id))
    .sort((a, b) => {
      const [p, q] = [where(a), where(b)];
      return p[0] - q[0] || p[1] - q[1] || p[2] - q[2] || byId(a, b);
    });
  for (const node of tray) {
    const lines = fitLabel(wrap(node.label, labelWidth, measure), labelWidth, 1, measure);
    const w = 2 * NODE_RADIUS + LABEL_GAP + lines.width;
    if (x > MARGIN && x + w > width - MARGIN) {
      x = MARGIN;
      rowTop += Math.max(2 * NODE_RADIUS, lh) + GAP;
    }
    // Rows run from the reading start: left to right, or right to left in RTL.
    const nx = dir === "rtl" ? width - x - NODE_RADIUS : x + NODE_RADIUS;
    const ny = rowTop + NODE_RADIUS;
    const label = place(nx, ny, lines, [dir === "rtl" ? -1 : 1, 0], lh, font);
    placed.set(node.id, { id: node.id, x: nx, y: ny, r: NODE_RADIUS, label, overflow: true });
    x += w + 2 * GAP;
    bottom = Math.max(bottom, ny + NODE_RADIUS + MARGIN, label.top + label.height + MARGIN);
  }
  const nodes = input.nodes.map((node) => placed.get(node.id)!);
  return { width, top, height: bottom - top, cx, cy, hub, ringRadii, sectorAngles, nodes };
}
