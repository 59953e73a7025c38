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
import { segmentAngle, type Measure } from "../life-wheel/life-wheel.layout.js";
import {
  angleOf,
  blocked,
  byId,
  fitLabel,
  place,
  GAP,
  LABEL_GAP,
  LINE_HEIGHT_EM,
  MARGIN,
  NODE_RADIUS,
  TAU,
  type Node,
} from "./service-map.layout-box.js";
import { layoutCrowded, type Context } from "./service-map.layout-cell.js";

export type { Measure };
export { GAP, LINE_HEIGHT_EM, NODE_RADIUS };

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
  const cx = width / 2;
  const cy = MARGIN + stretch * R;
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
  // Sector names and the key's entries below the map: up to two label widths, 11 em at most; a
  // sector's name on up to three lines (two cut "Nav, barnevern og andre velferdstjenester" at
  // every width; over the 540 maps of bench/layout-corpus.mjs, 13 of 18,870 names became numbers).
  const lw = Math.min(2 * labelWidth, 11 * font);
  input.sectorNames?.forEach((name, i) => {
    const a = angleOf(i, n, 0.5, dir);
    const dx = Math.sin(a);
    const dy = -Math.cos(a);
    const r = R + GAP - NODE_RADIUS - LABEL_GAP;
    const l = place(cx + r * dx, cy + r * dy, fitLabel(name, lw, 3, measure), [dx, dy], sq, font);
    const shift = Math.max(MARGIN - l.left, Math.min(0, width - MARGIN - l.left - l.width));
    l.left += shift;
    l.x += shift;
    if (!blocked(sectorLabels, l)) sectorLabels.push(l);
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
    // The cell's clockwise start: the end of its sector in RTL, where sectors run counter-clockwise.
    const a0 = angleOf(si, n, dir === "rtl" ? 1 : 0, dir);
    const r0 = ri === 0 ? hub : ringRadii[ri - 1]!;
    const a1 = a0 + TAU / n;
    const n0 = [Math.cos(a0), Math.sin(a0)] as const;
    const n1 = [-Math.cos(a1), -Math.sin(a1)] as const;
    // Both cells from one literal: a spread copy has a hidden class of its own in V8, and the box
    // tests, which meet both, ran 80 nodes 10 % slower (see Cell in service-map.layout-box.ts).
    const cellTo = (r1: number) => ({
      r0,
      r1,
      a0,
      a1,
      left: MARGIN,
      right: width - MARGIN,
      n0,
      n1,
    });
    const cell = cellTo(ringRadii[ri]!);
    // Labels in the outer ring may reach past the map's edge; the viewBox grows vertically. No
    // bound but a far one (1e9 px): a finite square about the centre holds every box of the cell.
    const labelCell = ri === k - 1 ? cellTo(1e9) : cell;
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
    const p = where(a);
    const q = where(b);
    return p[0] - q[0] || p[1] - q[1] || p[2] - q[2] || byId(a, b);
  };
  const keyed = input.nodes.filter((node) => placed.get(node.id)?.key !== undefined).sort(order);
  const tray = input.nodes.filter((node) => !placed.has(node.id)).sort(order);
  const off = NODE_RADIUS + LABEL_GAP;
  for (const node of [...keyed, ...tray]) {
    const m = placed.get(node.id);
    const key = m ? keyed.indexOf(node) + 1 : 0;
    // A key entry is the number, then as much of the name as fits on one line.
    const prefix = key ? `${key} ` : "";
    const room = lw - measure(prefix);
    const name = fitLabel(node.label, room, 1, measure).lines[0]!;
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
