import { describe, expect, it } from "vitest";
import fc from "fast-check";
import definition from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import { wrap } from "../life-wheel/life-wheel.layout.js";
import { fitLabel } from "./service-map.layout-box.js";
import { positionAt, ringAt, sectorAt } from "./service-map.layout-hit.js";
import {
  layoutMap,
  type MapLayout,
  type MapLayoutInput,
  type MapNode,
} from "./service-map.layout.js";

// A stand-in for canvas measureText: wide glyphs (0.62 em) so the estimate errs towards overlap.
const measure = (font: number) => (t: string) => Array.from(t).length * font * 0.62;
const fontFor = (width: number) => (width < 420 ? 13 : 14);

const section = definition.sections[0]!;
const SECTORS = section.sectors.map((s) => s.id);
const RINGS = section.rings.map((r) => r.id);

type Box = { left: number; top: number; width: number; height: number };
const circleBox = (n: MapNode): Box => ({
  left: n.x - n.r,
  top: n.y - n.r,
  width: 2 * n.r,
  height: 2 * n.r,
});
const boxesMeet = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;
const boxMeetsCircle = (b: Box, n: MapNode) => {
  const nx = Math.max(b.left, Math.min(n.x, b.left + b.width));
  const ny = Math.max(b.top, Math.min(n.y, b.top + b.height));
  return Math.hypot(nx - n.x, ny - n.y) < n.r;
};

/** Every acceptance property that one layout must have on its own. */
function check(L: MapLayout, input: MapLayoutInput) {
  const dir = input.dir ?? "ltr";
  const me = input.measure;
  // numbered circles are numbered 1…k, each number once
  const keys = L.nodes.flatMap((n) => (n.key === undefined ? [] : [n.key])).sort((a, b) => a - b);
  expect(keys).toEqual(keys.map((_, i) => i + 1));
  expect(L.nodes.map((n) => n.id)).toEqual(input.nodes.map((n) => n.id));
  expect(L.ringRadii).toHaveLength(input.rings.length);
  expect(L.cx + L.ringRadii.at(-1)!).toBeLessThanOrEqual(input.width);
  // sector names: inside the width and the viewBox, at most 3 lines, apart from each other
  L.sectorLabels.forEach((s, i) => {
    expect(s.lines.length).toBeGreaterThanOrEqual(1);
    expect(s.lines.length).toBeLessThanOrEqual(3);
    expect(s.left).toBeGreaterThanOrEqual(0);
    expect(s.left + s.width).toBeLessThanOrEqual(input.width);
    expect(s.top).toBeGreaterThanOrEqual(L.top);
    expect(s.top + s.height).toBeLessThanOrEqual(L.top + L.height);
    for (const t of L.sectorLabels.slice(i + 1)) expect(boxesMeet(s, t)).toBe(false);
  });
  L.nodes.forEach((a, i) => {
    const src = input.nodes[i]!;
    const lb = a.label;
    expect(a.r).toBeGreaterThanOrEqual(12);
    // inside the width, and inside the viewBox vertically
    for (const b of [circleBox(a), lb]) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.left + b.width).toBeLessThanOrEqual(input.width);
      expect(b.top).toBeGreaterThanOrEqual(L.top);
      expect(b.top + b.height).toBeLessThanOrEqual(L.top + L.height);
    }
    // at most 3 lines of bounded width; a cut label ends with "…"
    expect(lb.lines.length).toBeGreaterThanOrEqual(1);
    expect(lb.lines.length).toBeLessThanOrEqual(3);
    expect(lb.width).toBeLessThanOrEqual(11 * input.fontSize + 0.01);
    for (const line of lb.lines) expect(me(line)).toBeLessThanOrEqual(lb.width + 1e-9);
    // all of the name is shown, up to the hyphens that wrap adds, or it is cut with "…"; a numbered
    // circle's name is in the key below the map, after its number
    const shown = lb.lines.join("").replace(/[\s-]/g, "");
    const full = `${a.key ?? ""}${src.label}`.replace(/[\s-]/g, "");
    if (!shown.endsWith("…")) expect(shown).toBe(full);
    if (a.key !== undefined) {
      expect(a.overflow).toBeUndefined();
      expect(lb.lines[0]!.startsWith(`${a.key} `)).toBe(true);
      expect(lb.top).toBeGreaterThanOrEqual(L.cy + L.stretch * L.ringRadii.at(-1)!);
    }
    expect(lb.x).toBeCloseTo(
      lb.anchor === "start"
        ? lb.left
        : lb.anchor === "end"
          ? lb.left + lb.width
          : lb.left + lb.width / 2,
      6,
    );
    // a label never covers its own node
    expect(boxMeetsCircle(lb, a)).toBe(false);
    // the node sits in the ring and sector it was stored in, unless it had to go to the tray
    if (!a.overflow) {
      expect(ringAt(L, a.x, a.y)).toBe(input.rings.indexOf(src.ring));
      expect(sectorAt(L, a.x, a.y, dir)).toBe(input.sectors.indexOf(src.sector));
      const p = positionAt(L, a.x, a.y, input.sectors.indexOf(src.sector), dir);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    } else {
      expect(ringAt(L, a.x, a.y)).toBeUndefined();
    }
    // no two circles, two labels, or a label and another node's circle meet
    const clashes = L.nodes
      .slice(i + 1)
      .filter(
        (b) =>
          Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r ||
          boxesMeet(lb, b.label) ||
          boxMeetsCircle(lb, b) ||
          boxMeetsCircle(b.label, a),
      );
    for (const s of L.sectorLabels) expect(boxesMeet(s, lb) || boxMeetsCircle(s, a)).toBe(false);
    expect(
      clashes.map((b) => b.id),
      a.id,
    ).toEqual([]);
  });
}

const word = fc.stringMatching(/^[a-zæøåA-ZÆØÅ()/–-]{1,22}$/);
const label = fc
  .array(word, { minLength: 1, maxLength: 6 })
  .map((w) => w.join(" ").slice(0, 40).trim() || "x");
const rawNode = fc.record({
  label,
  sector: fc.nat(),
  ring: fc.nat(),
  position: fc.double({ min: 0, max: 1, noNaN: true }),
});
type RawNode = typeof rawNode extends fc.Arbitrary<infer T> ? T : never;
const shape = fc.record({
  sectors: fc.integer({ min: 1, max: 8 }).map((n) => SECTORS.concat(["a", "b"]).slice(0, n)),
  rings: fc.integer({ min: 1, max: 4 }).map((n) => RINGS.concat(["far"]).slice(0, n)),
  width: fc.integer({ min: 360, max: 1200 }),
  dir: fc.constantFrom("ltr" as const, "rtl" as const),
});
const realShape = shape.map((s) => ({ ...s, sectors: SECTORS, rings: RINGS }));

function build(
  s: { sectors: string[]; rings: string[]; width: number; dir: "ltr" | "rtl" },
  raw: RawNode[],
): MapLayoutInput {
  const font = fontFor(s.width);
  return {
    ...s,
    sectorNames: s.sectors.map((id) => `Sektor ${id} med et langt navn`),
    fontSize: font,
    measure: measure(font),
    nodes: raw.map((n, i) => ({
      id: `n${i}`,
      label: n.label,
      sector: s.sectors[n.sector % s.sectors.length]!,
      ring: s.rings[n.ring % s.rings.length]!,
      position: n.position,
    })),
  };
}

const nodes = (max: number) => fc.array(rawNode, { maxLength: max });

// Property tests over generated networks take a few seconds; a loaded machine may need more.
describe("service map layout", { timeout: 30_000 }, () => {
  it("never overlaps and stays inside the width, at 0–60 nodes and 360–1200 px", () => {
    fc.assert(
      fc.property(fc.oneof(realShape, shape), nodes(60), (s, raw) => {
        const input = build(s, raw);
        check(layoutMap(input), input);
      }),
      { numRuns: 400 },
    );
  });

  it("holds at 40 nodes on 360 px", () => {
    fc.assert(
      fc.property(realShape, fc.array(rawNode, { minLength: 40, maxLength: 40 }), (s, raw) => {
        const input = build({ ...s, width: 360 }, raw);
        check(layoutMap(input), input);
      }),
      { numRuns: 30 },
    );
  });

  it("is deterministic and does not depend on the order of the nodes", () => {
    fc.assert(
      fc.property(shape, nodes(40), (s, raw) => {
        const input = build(s, raw);
        const a = layoutMap(input);
        expect(layoutMap(input)).toEqual(a);
        const b = layoutMap({ ...input, nodes: [...input.nodes].reverse() });
        expect([...b.nodes].reverse()).toEqual(a.nodes);
      }),
      { numRuns: 60 },
    );
  });

  // The guaranteed bound: adding a node moves no node of another cell (0 px; the ≤ 2 px the issue
  // allows is not needed). Nodes of its own cell may re-spread but stay in that cell (so they move
  // less than the cell's diameter), or go to the tray; nodes in the tray may reflow within it.
  // Geometry (centre, family disc, ring radii, sector angles) never changes.
  it("moves nothing outside the new node's cell when one node is added", () => {
    fc.assert(
      fc.property(fc.oneof(realShape, shape), nodes(59), rawNode, (s, raw, extra) => {
        const before = build(s, raw);
        const after = build(s, [...raw, extra]);
        const added = after.nodes.at(-1)!;
        const A = layoutMap(before);
        const B = layoutMap(after);
        expect(B.ringRadii).toEqual(A.ringRadii);
        expect(B.sectorAngles).toEqual(A.sectorAngles);
        expect([B.cx, B.cy, B.hub]).toEqual([A.cx, A.cy, A.hub]);
        A.nodes.forEach((a, i) => {
          const src = before.nodes[i]!;
          const b = B.nodes[i]!;
          if (a.overflow) return; // the tray reflows
          const sameCell = src.sector === added.sector && src.ring === added.ring;
          // a numbered circle stays put; only its entry in the key below the map may reflow
          const spot = (m: MapNode) => ({ ...m, label: m.key ? undefined : m.label, key: !!m.key });
          if (!sameCell) expect(spot(b)).toEqual(spot(a));
          else if (!b.overflow) {
            expect(ringAt(B, b.x, b.y)).toBe(ringAt(A, a.x, a.y));
            expect(sectorAt(B, b.x, b.y, s.dir)).toBe(sectorAt(A, a.x, a.y, s.dir));
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  // Cells are cached per measurer: a warm layout must equal a cold one (a fresh measurer has an
  // empty cache), also after one node was renamed or moved, so the cache never serves a stale cell.
  it("reuses laid-out cells but never a stale one", () => {
    fc.assert(
      fc.property(realShape, nodes(40), fc.nat(), label, (s, raw, pick, rename) => {
        const input = build(s, raw);
        layoutMap(input); // warm
        const i = input.nodes.length ? pick % input.nodes.length : -1;
        const changed = {
          ...input,
          nodes: input.nodes.map((n, j) =>
            j === i ? { ...n, label: rename, position: (n.position + 0.5) % 1 } : n,
          ),
        };
        const cold = (x: MapLayoutInput) => layoutMap({ ...x, measure: (t) => x.measure(t) });
        expect(layoutMap(input)).toEqual(cold(input));
        expect(layoutMap(changed)).toEqual(cold(changed));
      }),
      { numRuns: 40 },
    );
  });

  it("mirrors right to left", () => {
    fc.assert(
      fc.property(realShape, nodes(30), (s, raw) => {
        const ltr = layoutMap(build({ ...s, dir: "ltr" }, raw));
        const rtl = layoutMap(build({ ...s, dir: "rtl" }, raw));
        expect(rtl.sectorAngles[0]).toBeCloseTo(-ltr.sectorAngles[1]!);
        ltr.nodes.forEach((a, i) => {
          const b = rtl.nodes[i]!;
          expect(b.x).toBeCloseTo(s.width - a.x, 6);
          expect(b.y).toBeCloseTo(a.y, 6);
          expect(b.label.lines).toEqual(a.label.lines);
          expect(b.label.left + b.label.width).toBeCloseTo(s.width - a.label.left, 6);
        });
      }),
      { numRuns: 40 },
    );
  });

  it("uses equal wedges clockwise from 12 o'clock and hit-tests rings, sectors and positions", () => {
    const me = measure(14);
    const input: MapLayoutInput = {
      sectors: SECTORS,
      rings: RINGS,
      width: 800,
      fontSize: 14,
      measure: me,
      nodes: SECTORS.map((sector, i) => ({
        id: sector,
        label: "Fastlegen",
        sector,
        ring: RINGS[i % 3]!,
        position: 0.5,
      })),
    };
    const L = layoutMap(input);
    L.sectorAngles.forEach((a, i) => expect(a).toBeCloseTo((i * Math.PI) / 3));
    L.nodes.forEach((n, i) => {
      expect(n.overflow).toBeUndefined();
      expect(n.label.lines).toEqual(["Fastlegen"]); // room enough: the whole name
      expect(positionAt(L, n.x, n.y, i)).toBeCloseTo(0.5, 6); // alone in its cell: exactly where stored
    });
    expect(ringAt(L, L.cx, L.cy)).toBeUndefined(); // the family disc
    expect(ringAt(L, L.cx, L.cy - L.hub - 1)).toBe(0);
    expect(ringAt(L, L.cx, L.cy - L.ringRadii[2]! - 1)).toBeUndefined();
    expect(sectorAt(L, L.cx + 10, L.cy - 100)).toBe(0);
    expect(sectorAt(L, L.cx - 10, L.cy - 100)).toBe(5);
    expect(sectorAt(L, L.cx - 10, L.cy - 100, "rtl")).toBe(0);
    expect(positionAt(L, L.cx + 1e-9, L.cy - 100, 0)).toBeCloseTo(0);
    expect(positionAt(L, L.cx - 1e-9, L.cy - 100, 5)).toBeCloseTo(1);
    expect(positionAt(L, L.cx - 1e-9, L.cy - 100, 0)).toBeCloseTo(0); // just across 12 o'clock
    expect(positionAt(L, L.cx + 100, L.cy, 1)).toBeCloseTo(0.5); // 3 o'clock: middle of sector 1
  });

  // The layout wraps a name once for its labels of 3, 2 and 1 lines at one width, and cuts each from
  // that wrap: it must give the labels that wrapping afresh gives (names of long words included).
  it("cuts a label of fewer lines from a wrap to more lines as from a wrap of its own", () => {
    const name = fc
      .array(fc.oneof(word, fc.stringMatching(/^[a-zø😀]{10,40}$/u)), {
        minLength: 1,
        maxLength: 8,
      })
      .map((words) => words.join(" "));
    fc.assert(
      fc.property(name, fc.integer({ min: 20, max: 200 }), (text, width) => {
        const m = measure(13);
        const wrapped = wrap(text, width, m, 3);
        for (const lines of [1, 2, 3])
          expect(fitLabel(text, width, lines, m, wrapped)).toEqual(fitLabel(text, width, lines, m));
      }),
      { numRuns: 2000 },
    );
  });

  it("fits the real catalog's 40 longest labels on 360 px without overlap", () => {
    const catalog = section.catalog
      .map((e) => ({ id: e.id, label: e.label.nb, sector: e.sector }))
      .sort((a, b) => b.label.length - a.label.length || (a.id < b.id ? -1 : 1))
      .slice(0, 40);
    for (const dir of ["ltr", "rtl"] as const) {
      const input: MapLayoutInput = {
        sectors: SECTORS,
        rings: RINGS,
        width: 360,
        fontSize: 13,
        measure: measure(13),
        dir,
        nodes: catalog.map((e, i) => ({
          ...e,
          ring: RINGS[i % 3]!,
          position: ((i * 7) % 10) / 10,
        })),
      };
      const L = layoutMap(input);
      check(L, input);
      expect(L.nodes.filter((n) => !n.overflow).length).toBeGreaterThan(0);
    }
  });

  // Measured with the wide stand-in glyphs above (0.62 em), so real fonts leave more room.
  // The first 40 catalog entries crowd two sectors (26 in health and welfare); before numbered
  // circles, 13 of them went to the tray.
  it.each([
    [8, 0],
    [20, 1],
    [40, 7],
  ])(
    "names every sector and puts few of %i catalog nodes in the tray on 360 px (at most %i)",
    (count, most) => {
      const names = section.sectors.map((s) => s.label.nb);
      const input: MapLayoutInput = {
        sectors: SECTORS,
        rings: RINGS,
        width: 360,
        fontSize: 12,
        measure: measure(12),
        sectorNames: names,
        nodes: section.catalog.slice(0, count).map((e, i) => ({
          id: e.id,
          label: e.label.nb,
          sector: e.sector,
          ring: RINGS[i % 3]!,
          position: ((i * 7) % 10) / 10 + 0.05,
        })),
      };
      const L = layoutMap(input);
      check(L, input);
      expect(L.sectorLabels).toHaveLength(names.length);
      expect(L.nodes.filter((n) => n.overflow).length).toBeLessThanOrEqual(most);
    },
  );

  it.each([720, 1024])("shows each sector's whole name at %i px", (width) => {
    // "Nav, barnevern og andre velferdstjenester" was cut to "Nav, barnevern / og andre…" at
    // every width: two lines of at most 11 em were all a sector's name had. (On a phone, this
    // measure's wide letters make "velferdstjenester" longer than a line; the browser test checks
    // 390 px with the real font.)
    const names = section.sectors.map((s) => s.label.nb);
    const font = fontFor(width);
    const L = layoutMap({
      sectors: SECTORS,
      rings: RINGS,
      width,
      fontSize: font,
      measure: measure(font),
      sectorNames: names,
      nodes: [],
    });
    expect(L.sectorLabels.map((l) => l.lines.join(" "))).toEqual(names);
  });
});
