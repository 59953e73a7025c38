import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { layoutWheel, wrap, type LabelBox } from "./life-wheel.layout.js";
import { hitTest } from "./life-wheel.pointer.js";
import familyWheel from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };

// A stand-in for canvas measureText: wide glyphs (0.62 em) so the estimate errs towards overlap.
const measure = (font: number) => (t: string) => Array.from(t).length * font * 0.62;
const intersects = (a: LabelBox, b: LabelBox) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.y < b.y + b.height &&
  b.y < a.y + a.height;

const word = fc.stringMatching(/^[a-zæøåA-ZÆØÅ]{1,22}$/);
const label = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));

describe("wheel layout", () => {
  it("wraps to the width and cuts words that are longer", () => {
    const me = measure(10);
    const lines = wrap("Barn og unges hverdag i barnehage og skole", 60, me);
    expect(lines.every((l) => me(l) <= 60)).toBe(true);
    expect(lines.join(" ").replace(/- /g, "")).toContain("Barn og");
    const cut = wrap("Arbeidsavklaringspenger", 50, me);
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.slice(0, -1).every((l) => l.endsWith("-"))).toBe(true);
    expect(cut.map((l) => l.replace(/-$/, "")).join("")).toBe("Arbeidsavklaringspenger");
  });

  it("cuts a word at the longest head that fits with its hyphen, and ends below one letter's width", () => {
    const me = measure(10); // 6.2 px a letter: 1..12 px is narrower than a letter and its hyphen
    fc.assert(
      fc.property(word, fc.integer({ min: 1, max: 120 }), (w, width) => {
        const lines = wrap(w, width, me);
        // Nothing lost, nothing added but the hyphens.
        expect(lines.map((l) => l.replace(/-$/, "")).join("")).toBe(w);
        lines.slice(0, -1).forEach((l, i) => {
          const head = l.slice(0, -1);
          expect(l.endsWith("-")).toBe(true);
          // A head of one letter stays even where it does not fit (there is nothing shorter).
          if (head.length > 1) expect(me(l)).toBeLessThanOrEqual(width);
          // One letter more would not have fitted, unless it was the word's last.
          const rest = lines
            .slice(i + 1)
            .join("")
            .replace(/-/g, "");
          if (rest.length > 1) expect(me(head + rest[0] + "-")).toBeGreaterThan(width);
        });
      }),
    );
  });

  it("stops after maxLines + 1 lines, with the same lines as a full wrap up to there", () => {
    const me = measure(10);
    fc.assert(
      fc.property(label, fc.integer({ min: 10, max: 200 }), fc.nat(4), (text, width, max) => {
        const all = wrap(text, width, me);
        const some = wrap(text, width, me, max);
        // The full wrap's first lines, and one more when there are more: enough to know that
        // there is more to cut.
        expect(some).toEqual(all.slice(0, max + 1));
      }),
    );
    // The map's shortest label (one line, 3 letters wide) of a long name: two lines, not a dozen, and
    // far fewer texts measured (each is a canvas measureText in the browser).
    const name = "Arbeidsavklaringspenger og barnetrygd";
    const measured = (max?: number) => {
      let n = 0;
      wrap(name, 30, (t) => (n++, me(t)), max);
      return n;
    };
    expect(wrap(name, 30, me, 1)).toHaveLength(2);
    expect(wrap(name, 30, me).length).toBeGreaterThan(10);
    expect(measured(1)).toBeLessThan(measured() / 2);
  });

  it("never overlaps labels, covers the wheel or leaves the box, at 3–12 domains from 320 px", () => {
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 3, maxLength: 12 }),
        fc.integer({ min: 320, max: 1200 }),
        fc.constantFrom("ltr" as const, "rtl" as const),
        (labels, width, dir) => {
          const font = width < 420 ? 13 : 14;
          const L = layoutWheel(labels, width, font, measure(font), dir);
          for (let i = 0; i < L.labels.length; i++) {
            const a = L.labels[i]!;
            expect(a.left).toBeGreaterThanOrEqual(0);
            expect(a.left + a.width).toBeLessThanOrEqual(width + 0.5);
            expect(a.y).toBeGreaterThanOrEqual(L.top);
            expect(a.y + a.height).toBeLessThanOrEqual(L.top + L.height);
            // nearest point of the box is outside the wheel
            const nx = Math.max(a.left, Math.min(L.cx, a.left + a.width));
            const ny = Math.max(a.y, Math.min(L.cy, a.y + a.height));
            expect(Math.hypot(nx - L.cx, ny - L.cy)).toBeGreaterThanOrEqual(L.radius);
            for (let j = i + 1; j < L.labels.length; j++)
              expect(intersects(a, L.labels[j]!)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([320, 390, 600])(
    "gives the family wheel on a %i px screen more than half the width, its names whole",
    (width) => {
      // The wheel was 48 % of a phone's width (radius 0.24 of it), labels beside it on 26 % each.
      const names = (familyWheel.sections[0]!.domains ?? []).map((d) => d.label.nb);
      const font = width < 420 ? 13 : 14;
      const L = layoutWheel(names, width, font, measure(font));
      expect((2 * L.radius) / width).toBeGreaterThan(0.55);
      // No name cut with a hyphen for lack of room beside the bigger wheel.
      expect(L.labels.flatMap((b) => b.lines).filter((l) => l.endsWith("-"))).toEqual([]);
    },
  );

  it("finds the segment and value under a point, clockwise from 12 o'clock", () => {
    const L = layoutWheel(["a", "b", "c", "d"], 400, 14, measure(14));
    const scale = { min: 0, max: 10 };
    const at = (angleDeg: number, r: number) =>
      hitTest(
        L,
        L.cx + r * Math.sin((angleDeg * Math.PI) / 180),
        L.cy - r * Math.cos((angleDeg * Math.PI) / 180),
        4,
        scale,
      );
    expect(at(45, L.radius)?.index).toBe(0);
    expect(at(135, L.radius)?.index).toBe(1);
    expect(at(315, L.radius)?.index).toBe(3);
    expect(at(45, L.radius)?.value).toBeCloseTo(10);
    expect(at(45, L.hub)?.value).toBeCloseTo(0);
    expect(at(45, (L.hub + L.radius) / 2)?.value).toBeCloseTo(5);
    expect(at(45, L.radius + 40)).toBeUndefined();
    // right to left runs counter-clockwise: the first segment is left of 12 o'clock
    expect(hitTest(L, L.cx - 10, L.cy - L.radius / 2, 4, scale, "rtl")?.index).toBe(0);
  });
});
