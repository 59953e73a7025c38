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
// A cell whose nodes do not all fit from the middle of its band outwards tries once more from its
// inner rim; the try that places more nodes wins (the first on a tie), so it stays deterministic and
// still touches that cell only. Narrow screens stretch the rings into upright ellipses (see
// `stretch`), and every sector's name sits outside the outer ring, where nodes keep clear of it.
//
// A node whose name finds no room beside it still keeps its place in its cell, as a numbered circle
// whose name is listed in a key below the map (as printed maps do): where a node sits is the
// family's answer, so it must stay visible. Only a node whose circle finds no spot at all (60 nodes
// in one side sector of a 360 px map need more area than the sector has) goes to an overflow tray
// below the map, marked `overflow`. The map never overlaps; it degrades to shorter labels, then to
// numbered circles, then to the tray.
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
  /** Shown outside the outer ring, in the order of `sectors`. */
  sectorNames?: readonly string[];
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
  /** Its cell had room for the node but not for its name: the circle shows this number, and
   * `label` is the key's entry below the map ("7 Barnevernet"). */
  key?: number;
}

export interface MapLayout {
  width: number;
  /** The viewBox: the tray may reach below the map. */
  top: number;
  height: number;
  cx: number;
  cy: number;
  /** Vertical stretch of the rings (ellipses on narrow screens): 1 is round. */
  stretch: number;
  /** Radius of the family disc. */
  hub: number;
  /** Outer radius of each ring, innermost first. */
  ringRadii: number[];
  /** Start angle of each sector, clockwise from 12 o'clock (RTL counter-clockwise), radians. */
  sectorAngles: number[];
  /** The sectors' names, outside the outer ring; nodes keep clear of them. */
  sectorLabels: MapLabel[];
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
 * and in the node's accessible name, so a shortened label on the map hides nothing. A stem of two
 * letters stays even past maxWidth (the box is measured, so nothing overlaps): a bare "…" says nothing. */
function fitLabel(lines: string[], maxWidth: number, maxLines: number, measure: Measure): Fitted {
  const fitted = (l: string[]) => ({ lines: l, width: Math.max(...l.map(measure)) });
  if (lines.length <= maxLines) return fitted(lines);
  const kept = lines.slice(0, maxLines);
  const chars = Array.from(kept[maxLines - 1]!.replace(/-$/, ""));
  while (chars.length > 2 && measure(chars.join("") + "…") > maxWidth) chars.pop();
  kept[maxLines - 1] = chars.join("") + "…";
  return fitted(kept);
}

/** Angle of a position 0..1 in sector i of n; RTL mirrors (counter-clockwise from 12 o'clock). */
function angleOf(i: number, n: number, position: number, dir: "ltr" | "rtl"): number {
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
  ry = NODE_RADIUS,
): MapLabel {
  const height = lines.length * lh;
  // The circle (an ellipse ry high in the squeezed space) lies within `hypot` of its centre in
  // this direction, and the box beyond it, so the two never meet.
  const reach =
    Math.hypot(NODE_RADIUS * dx, ry * dy) +
    LABEL_GAP +
    (width * Math.abs(dx) + height * Math.abs(dy)) / 2;
  const left = x + reach * dx - width / 2;
  const top = y + reach * dy - height / 2;
  const anchor = dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle";
  const ax = anchor === "start" ? left : anchor === "end" ? left + width : left + width / 2;
  const baseline = top + (lh - font) / 2 + font * 0.8;
  return { lines, x: ax, y: baseline, anchor, left, top, width, height };
}

const circleBox = (x: number, y: number, ry: number): Box => ({
  left: x - NODE_RADIUS,
  top: y - ry,
  width: 2 * NODE_RADIUS,
  height: 2 * ry,
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
  /** Each label wrapped and cut for every variant, once per layout (a cell's tries share them). */
  fits: Map<string, Fitted[]>;
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
 * for a cell too crowded for names (those nodes become numbered circles). */
function layoutCell(
  c: Context,
  cell: Cell,
  labelCell: Cell,
  si: number,
  nodes: Node[],
  mode: "mid" | "inner" | "circles",
): MapNode[] {
  const { cx, cy, n, lh, font, dir, variants } = c;
  // Spots on a fixed lattice per cell: rows across the band (middle first) and at most 32 steps
  // along the arc. Each node tries its own wanted spot first, then the lattice nearest first, so
  // the work per node is bounded (≤ 33 × 7 spots × 4 sides × 4 label variants, usually far less).
  const mid = (cell.r0 + cell.r1) / 2;
  const rowStep = Math.max(lh / 4, (cell.r1 - cell.r0) / 12);
  const rows = [mid];
  for (let j = 1; mid - j * rowStep > cell.r0 || mid + j * rowStep < cell.r1; j++)
    rows.push(mid - j * rowStep, mid + j * rowStep);
  if (mode === "inner") rows.sort((a, b) => a - b);
  const steps = Math.max(1, Math.min(32, Math.floor(((TAU / n) * mid) / 6)));
  const lattice = Array.from({ length: steps }, (_, j) => (j + 0.5) / steps);
  // A crowded cell starts at shorter labels, so that the first long names do not take all the
  // room (about half a cell's area is usable by boxes).
  const area = ((TAU / n / 2) * (cell.r1 ** 2 - cell.r0 ** 2)) / 2;
  const roomy = c.need.findIndex((a) => a * nodes.length <= area);
  const first = roomy < 0 ? variants.length - 1 : roomy;
  const taken: Box[] = [...c.fixed];
  // A box is free when it stays in the cell and clear of every box but the node's own.
  const free = (box: Box, ...own: Box[]) =>
    inside(labelCell, cx, cy, box, GAP / 2) &&
    !taken.some((t) => !own.includes(t) && hits(t, box, GAP));
  type Spot = readonly [x: number, y: number, circle: Box, sides: Side[]];
  /** The first free spot for a node that `accept`s, best first. Found one at a time: most nodes
   * take the first, and a crowded cell needs only that one (finding all of them for every node
   * made a cell's cost grow with the square of its nodes). */
  const spotOf = (want: number, accept: (s: Spot) => boolean = () => true) => {
    const near = (p: number) => Math.abs(p - want);
    for (const p of [want, ...[...lattice].sort((a, b) => near(a) - near(b) || a - b)])
      for (const rr of rows) {
        const a = angleOf(si, n, p, dir);
        const [x, y] = [cx + rr * Math.sin(a), cy - rr * Math.cos(a)];
        const circle = circleBox(x, y, c.ry);
        if (!inside(cell, cx, cy, circle, GAP / 2) || taken.some((t) => hits(t, circle, GAP)))
          continue;
        // Along the ring first (forwards in reading direction, then back), where a thin band has
        // room; then level and outwards; then below. All of it mirrors exactly in RTL.
        const f = dir === "rtl" ? -1 : 1;
        const out = (dir === "rtl" ? x > cx : x >= cx) ? 1 : -1;
        const [tx, ty] = [f * Math.cos(a), f * Math.sin(a)];
        const spot: Spot = [
          x,
          y,
          circle,
          [
            [tx, ty],
            [-tx, -ty],
            [out, 0],
            [0, 1],
          ],
        ];
        if (accept(spot)) return spot;
      }
  };
  interface Done {
    node: MapNode;
    circle: Box;
    labels: Fitted[];
    v: number;
    sides: Side[];
  }
  const done: Done[] = [];
  let crowded = false;
  /** Puts the best label from variant `from` on beside the node at spot s; false if none fits. */
  const label = (d: Done, s: Spot, from: number, to: number): boolean => {
    for (let v = from; v < to; v++)
      for (const side of s[3]) {
        const l = place(s[0], s[1], d.labels[v]!, side, lh, font, c.ry);
        if (!free(l, d.circle, d.node.label)) continue;
        const at = taken.indexOf(d.node.label);
        taken[at < 0 ? taken.length : at] = l;
        Object.assign(d, { v, sides: s[3], circle: s[2] });
        d.node = { id: d.node.id, x: s[0], y: s[1], r: NODE_RADIUS, label: l };
        return true;
      }
    return false;
  };
  for (const node of [...nodes].sort((a, b) => a.position - b.position || byId(a, b))) {
    let labels = c.fits.get(node.label);
    if (!labels)
      c.fits.set(
        node.label,
        (labels = variants.map(([w, l]) =>
          fitLabel(wrap(node.label, w, c.measure), w, l, c.measure),
        )),
      );
    const want = Math.max(0, Math.min(1, node.position));
    const best = spotOf(want);
    if (!best) continue; // no room even for the circle: to the tray
    // Until a name fits, the node is a numbered circle at its best spot (its key entry comes later).
    const [x, y, circle, sides] = best;
    const bare = { ...circle, lines: [], x: 0, y: 0, anchor: "start" } as MapLabel;
    const d: Done = {
      node: { id: node.id, x, y, r: NODE_RADIUS, label: bare, key: 0 },
      circle,
      labels,
      v: variants.length,
      sides,
    };
    // Once one name found no room, the cell is crowded: the rest wait as circles for the last pass
    // (and the "circles" try), which bounds the work in a full cell.
    if (
      crowded ||
      mode === "circles" ||
      !spotOf(want, (s) => label(d, s, first, variants.length))
    ) {
      taken.push(circle);
      crowded = mode !== "circles";
    } else taken.push(d.circle);
    done.push(d);
  }
  // Then names go on the numbered circles where they now fit, and shortened labels grow back
  // where the room allows, in the same order.
  for (const d of done) {
    if (d.node.key === 0) label(d, [d.node.x, d.node.y, d.circle, d.sides], first, variants.length);
    label(d, [d.node.x, d.node.y, d.circle, d.sides], 0, d.v);
  }
  return done.map((d) => d.node);
}

/** A cell whose nodes do not all fit from the middle out tries again from its inner rim, then
 * circles first; the first try with the most nodes placed, then named, wins. */
function layoutCrowded(c: Context, cell: Cell, labelCell: Cell, si: number, nodes: Node[]) {
  let fit: MapNode[] = [];
  const score = (m: MapNode[]) => m.length * 1000 + m.filter((x) => x.key === undefined).length;
  for (const mode of ["mid", "inner", "circles"] as const) {
    // (score % 1000 is how many are named)
    if (mode !== "mid" && score(fit) % 1000 === nodes.length) break;
    const next = layoutCell(c, cell, labelCell, si, nodes, mode);
    if (score(next) > score(fit)) fit = next;
  }
  return fit;
}

/** Laid-out cells of the last text measurer, by geometry and the cell's nodes. */
let cached: [Measure, Map<string, MapNode[]>] | undefined;

/** Lays out the map `width` px wide. Output nodes are in input order; ids must be unique. */
export function layoutMap(input: MapLayoutInput): MapLayout {
  const { sectors, rings, width, fontSize: font, measure } = input;
  const dir = input.dir ?? "ltr";
  const lh = font * LINE_HEIGHT_EM;
  const R = width / 2 - MARGIN;
  // Narrow screens stretch the rings vertically (up to 1.5 times at 400 px and less), since a
  // phone has room downwards and not sideways. Cells and spots are worked out in a squeezed space
  // where the rings are round (y − cy divided by the stretch); boxes are squeezed too, so every
  // gap there only grows when stretched back.
  const stretch = Math.max(1, Math.min(1.5, 600 / width));
  const [cx, cy] = [width / 2, MARGIN + stretch * R];
  const sq = lh / stretch;
  const unsqueeze = (l: MapLabel): MapLabel => {
    const top = cy + (l.top - cy) * stretch;
    return { ...l, top, height: l.height * stretch, y: top + (lh - font) / 2 + font * 0.8 };
  };
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
    [labelWidth * 0.4, 1],
  ] as const;
  // The room one node with a label of each variant needs, gaps included.
  const need = variants.map(
    ([w, l]) => (2 * NODE_RADIUS + LABEL_GAP + w + GAP) * (Math.max(2 * NODE_RADIUS, l * sq) + GAP),
  );
  // Each sector's name sits just outside the outer ring, out from the middle of its wedge, moved
  // sideways into the width if need be (then it may cover the ring's rim, so nodes avoid it). It
  // depends on the width and the definition only, so it never moves when a node is added.
  const sectorLabels: MapLabel[] = [];
  input.sectorNames?.forEach((name, i) => {
    const a = angleOf(i, n, 0.5, dir);
    const [dx, dy] = [Math.sin(a), -Math.cos(a)];
    const w = Math.min(2 * labelWidth, 11 * font);
    const r = R + GAP - NODE_RADIUS - LABEL_GAP;
    const l = place(
      cx + r * dx,
      cy + r * dy,
      fitLabel(wrap(name, w, measure), w, 2, measure),
      [dx, dy],
      sq,
      font,
    );
    const shift = Math.max(MARGIN - l.left, Math.min(0, width - MARGIN - l.left - l.width));
    l.left += shift;
    l.x += shift;
    if (!sectorLabels.some((o) => hits(o, l, GAP))) sectorLabels.push(l);
  });
  const context: Context = {
    fits: new Map(),
    cx,
    cy,
    n,
    lh: sq,
    ry: NODE_RADIUS / stretch,
    font,
    dir,
    measure,
    variants,
    need,
    fixed: sectorLabels,
  };
  // The last measurer's cells only (a page has one font): a WeakMap by measurer kept each dead
  // measurer's cells alive until a full collection, and every minor collection copied them.
  if (cached?.[0] !== measure) cached = [measure, new Map()];
  const cache = cached[1];
  const geometry = JSON.stringify([width, font, dir, sectors.length, k, input.sectorNames]);
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
    // A cell whose nodes do not all fit from the middle out tries again from its inner rim.
    // A cell's layout depends only on the map's geometry and the cell's own nodes, so it is kept
    // and reused while those stay the same: a rating, a note or a drag elsewhere lays out nothing,
    // and a drag lays out only the cells it passes through.
    const cached = `${geometry}|${si}/${ri}|${JSON.stringify(nodes.map((m) => [m.id, m.label, m.position]))}`;
    let fit = cache.get(cached);
    if (!fit) {
      fit = layoutCrowded(context, cell, labelCell, si, nodes);
      if (cache.size > 500) cache.delete(cache.keys().next().value!);
      cache.set(cached, fit);
    }
    for (const m of fit)
      placed.set(m.id, { ...m, y: cy + (m.y - cy) * stretch, label: unsqueeze(m.label) });
  }
  // Below the map and its labels flow, in rows, first the key of the numbered circles, then the
  // tray: nodes with no room in their cell. Both in the order of sector, ring, position and id (so
  // neither depends on the input's order).
  const named = sectorLabels.map(unsqueeze);
  const boxes = [...named, ...[...placed.values()].filter((m) => !m.key).map((m) => m.label)];
  const top = Math.min(0, ...boxes.map((b) => b.top - MARGIN));
  let bottom = Math.max(cy + stretch * R, ...boxes.map((b) => b.top + b.height)) + MARGIN;
  let x = MARGIN;
  let rowTop = bottom + GAP + Math.max(0, (lh - 2 * NODE_RADIUS) / 2);
  const where = (a: Node) =>
    [sectors.indexOf(a.sector), rings.indexOf(a.ring), a.position] as const;
  const order = (a: Node, b: Node) => {
    const [p, q] = [where(a), where(b)];
    return p[0] - q[0] || p[1] - q[1] || p[2] - q[2] || byId(a, b);
  };
  const keyed = input.nodes.filter((node) => placed.get(node.id)?.key !== undefined).sort(order);
  const tray = input.nodes.filter((node) => !placed.has(node.id)).sort(order);
  const off = NODE_RADIUS + LABEL_GAP;
  const lw = Math.min(2 * labelWidth, 11 * font);
  for (const node of [...keyed, ...tray]) {
    const m = placed.get(node.id);
    const key = m ? keyed.indexOf(node) + 1 : 0;
    // A key entry is the number, then as much of the name as fits on one line.
    const prefix = key ? `${key} ` : "";
    const room = lw - measure(prefix);
    const name = fitLabel(wrap(node.label, room, measure), room, 1, measure).lines[0]!;
    const lines = { lines: [prefix + name], width: measure(prefix + name) };
    // A key entry is text alone; a tray entry is a node (the circle) with its label.
    const w = (key ? 0 : 2 * NODE_RADIUS + LABEL_GAP) + lines.width;
    if (x > MARGIN && x + w > width - MARGIN) {
      x = MARGIN;
      rowTop += Math.max(2 * NODE_RADIUS, lh) + GAP;
    }
    // Rows run from the reading start: left to right, or right to left in RTL.
    const at = key ? x - off : x + NODE_RADIUS;
    const nx = dir === "rtl" ? width - at : at;
    const ny = rowTop + NODE_RADIUS;
    const label = place(nx, ny, lines, [dir === "rtl" ? -1 : 1, 0], lh, font);
    placed.set(
      node.id,
      m
        ? { ...m, label, key }
        : { id: node.id, x: nx, y: ny, r: NODE_RADIUS, label, overflow: true },
    );
    x += w + 2 * GAP + (key ? GAP : 0);
    bottom = Math.max(bottom, ny + NODE_RADIUS + MARGIN, label.top + label.height + MARGIN);
  }
  const nodes = input.nodes.map((node) => placed.get(node.id)!);
  return {
    width,
    top,
    height: bottom - top,
    cx,
    cy,
    stretch,
    hub,
    ringRadii,
    sectorAngles,
    sectorLabels: named,
    nodes,
  };
}
