import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { NetworkSection, Response, WheelAnswer, WheelSection } from "@famwel/instrument/core";
import * as m from "./progress-chart.model.js";
import { checkResponses } from "./progress-chart.check.js";
import { lookOf } from "./progress-chart.looks.js";

const wheel: WheelSection = {
  type: "wheel",
  id: "wheel",
  title: { nb: "Hjulet", en: "The wheel" },
  scale: { min: 0, max: 10, step: 1 },
  desired: true,
  domains: [
    { id: "home", label: { nb: "Bolig", nn: "Bustad", en: "Home" } },
    { id: "money", label: { nb: "Økonomi", en: "Money" } },
    { id: "health", label: { nb: "Helse", en: "Health" } },
  ],
  custom: { add: true, rename: true, remove: true },
};

const network: NetworkSection = {
  type: "network",
  id: "net",
  title: { nb: "Nettverket" },
  sectors: [{ id: "public", label: { nb: "Offentlig" } }],
  rings: [{ id: "close", label: { nb: "Nær" } }],
  catalog: [
    { id: "school", label: { nb: "Skolen", en: "School" }, kind: "service", sector: "public" },
  ] as NetworkSection["catalog"],
  rate: { helpfulness: { min: 0, max: 4 } },
};

let n = 0;
function reading(day: number, answers: Response["answers"], id = `r${++n}`): Response {
  const at = `2026-0${1 + Math.floor(day / 28)}-${String(1 + (day % 28)).padStart(2, "0")}T12:00:00Z`;
  return {
    id,
    instrument: { id: "i", version: "1.0.0", hash: `sha256:${"0".repeat(64)}` },
    role: "family",
    locale: "nb",
    status: "completed",
    created: at,
    updated: at,
    answers,
  };
}
const at = "2026-01-01T00:00:00Z";
const w = (domains: WheelAnswer["domains"], order?: string[]): Response["answers"] => ({
  wheel: { type: "wheel", domains, ...(order ? { order } : {}) },
});

describe("progress model", () => {
  it("orders readings by time whatever the input order, and reads one line per domain", () => {
    const a = reading(1, w({ home: { current: 2, at }, money: { current: 2, at } }));
    const b = reading(20, w({ home: { current: 4, at }, money: { current: 5, at } }));
    const c = reading(40, w({ home: { current: 7, at } }));
    const p = m.progress(wheel, [c, a, b], { locale: "nb" });
    expect(p.readings.map((r) => r.id)).toEqual([a.id, b.id, c.id]);
    expect(p.readings.map((r) => r.index)).toEqual([1, 2, 0]);
    expect(p.series.map((s) => [s.label, s.points])).toEqual([
      ["Bolig", [2, 4, 7]],
      ["Økonomi", [2, 5, "notRated"]],
      ["Helse", ["notRated", "notRated", "notRated"]],
    ]);
    expect(m.progress(wheel, [c, a, b], { locale: "nn" }).series[0]!.label).toBe("Bustad");
    expect(m.progress(wheel, [c, a, b], { locale: "nn" }).series[1]!.lang).toBe("nb");
  });

  it("reads the desired layer when asked", () => {
    const a = reading(1, w({ home: { current: 2, desired: 8, at } }));
    expect(m.progress(wheel, [a], { locale: "nb", layer: "desired" }).series[0]!.points).toEqual([
      8,
    ]);
  });

  it("follows the family's own domains by id, with the latest name, and keeps removed ones where they had values", () => {
    const a = reading(
      1,
      w({ "c-dog": { custom: true, label: "Hunden", current: 3, at }, home: { current: 1, at } }, [
        "c-dog",
      ]),
    );
    const b = reading(
      10,
      w(
        {
          "c-dog": { custom: true, label: "Hunden vår", current: 6, at },
          "c-faith": { custom: true, label: "Tro", at },
          home: { current: 3, label: "Leiligheten", at },
        },
        ["c-dog", "c-faith"],
      ),
    );
    const c = reading(
      20,
      w({
        "c-dog": { custom: true, label: "Hunden vår", removed: true, current: 6, at },
        "c-gone": { custom: true, label: "Aldri vurdert", removed: true, at },
        home: { current: 5, at },
      }),
    );
    const p = m.progress(wheel, [b, c, a], { locale: "nb" });
    expect(p.series.map((s) => [s.id, s.label, s.custom, s.points])).toEqual([
      ["home", "Leiligheten", false, [1, 3, 5]],
      ["money", "Økonomi", false, ["notRated", "notRated", "notRated"]],
      ["health", "Helse", false, ["notRated", "notRated", "notRated"]],
      ["c-dog", "Hunden vår", true, [3, 6, "removed"]],
      ["c-faith", "Tro", true, ["absent", "notRated", "absent"]],
    ]);
    expect(p.series[0]!.lang).toBeUndefined(); // the family's own words
  });

  it("keeps one reading per response id: its latest version", () => {
    const draft = reading(1, w({ home: { current: 2, at } }), "same");
    const amended = {
      ...reading(30, w({ home: { current: 6, at } }), "same"),
      created: draft.created,
    };
    const other = reading(10, w({ home: { current: 4, at } }));
    const p = m.progress(wheel, [amended, other, draft], { locale: "nb" });
    expect(p.readings.map((r) => r.id)).toEqual([other.id, "same"]);
    expect(p.series[0]!.points).toEqual([4, 6]);
  });

  it("skips responses that did not answer the section", () => {
    const a = reading(1, w({ home: { current: 2, at } }));
    const other = reading(5, { about: { type: "text", items: {} } });
    expect(m.progress(wheel, [other, a], { locale: "nb" }).readings.map((r) => r.id)).toEqual([
      a.id,
    ]);
  });

  it("charts each rated service's helpfulness on a network, catalog names in the locale", () => {
    const node = { kind: "service", sector: "public", ring: "close", at } as const;
    const a = reading(1, {
      net: {
        type: "network",
        nodes: {
          s1: { ...node, catalog: "school", helpfulness: 1 },
          p1: { ...node, kind: "person", label: "Mormor" },
          n1: { ...node, label: "Fotballaget", helpfulness: 2 },
        },
      },
    });
    const b = reading(9, {
      net: { type: "network", nodes: { s1: { ...node, catalog: "school", helpfulness: 3 } } },
    });
    const p = m.progress(network, [b, a], { locale: "en" });
    expect(p.scale).toEqual({ min: 0, max: 4 });
    expect(p.series.map((s) => [s.label, s.custom, s.points])).toEqual([
      ["School", false, [1, 3]],
      ["Fotballaget", true, [2, "absent"]],
    ]);
  });

  it("measures the distance travelled from the first rating to the latest", () => {
    const s = (points: m.Series["points"]): m.Series => ({
      id: "x",
      label: "X",
      lang: undefined,
      custom: false,
      points,
    });
    expect(m.distance(s([2, "notRated", 5, "removed"]))).toMatchObject({
      first: 2,
      latest: 5,
      change: 3,
      rated: 2,
    });
    expect(m.distance(s(["absent", 4]))).toMatchObject({ first: 4, latest: 4, change: 0 });
    expect(m.distance(s(["notRated"]))).toEqual({ id: "x", label: "X", rated: 0 });
    expect(m.formatChange(3, "nb")).toBe("+3");
    expect(m.formatChange(-2.5, "nb")).toBe("\u22122,5");
    expect(m.formatChange(0, "en")).toBe("±0");
  });

  it("gives the chart gaps for missing values, and each line a look that survives filtering", () => {
    const a = reading(1, w({ home: { current: 2, at }, health: { current: 5, at } }));
    const b = reading(9, w({ home: { current: 4, at } }));
    const p = m.progress(wheel, [a, b], { locale: "nb" });
    const input = m.chartInput(p, new Set(["money"]), ["x", "y"], true)!;
    expect(input.series.map((s) => [s.id, s.values, s.style, s.point, s.dash])).toEqual([
      ["home", [2, 4], 0, "circle", []],
      ["health", [5, null], 2, "triangle", [2, 3]],
    ]);
    expect(input).toMatchObject({ min: 0, max: 10, step: 1, rtl: true, labels: ["x", "y"] });
    expect(m.chartInput(p, new Set(["home", "money", "health"]), [], false)).toBeUndefined();
  });

  it("gives the first 28 lines looks that differ by more than the marker", () => {
    const looks = Array.from({ length: 28 }, (_, k) => lookOf(k));
    const shared = (a: (typeof looks)[number], b: (typeof looks)[number]) =>
      [a.point === b.point, a.dash === b.dash, a.color === b.color].filter(Boolean).length;
    for (const [i, a] of looks.entries()) {
      // Next to each other: another shape, another dash and another colour.
      if (i > 0) expect(shared(a, looks[i - 1]!), `lines ${i - 1} and ${i}`).toBe(0);
      // Any two: alike in one of the three at most, so never only the marker tells them apart.
      for (const [j, b] of looks.entries())
        if (j > i) expect(shared(a, b), `lines ${i} and ${j}`).toBeLessThanOrEqual(1);
    }
  });

  it("puts no colon after a title that ends in punctuation of its own, in any language", () => {
    const caption = (title: string, template = "{title}: {what}") =>
      m.afterTitle(
        template.replace("{what}", "hvor mye").replace("{title}", () => title),
        title,
      );
    expect(caption("Hvem er rundt familien?")).toBe("Hvem er rundt familien? hvor mye");
    expect(caption("Vi klarer det!")).toBe("Vi klarer det! hvor mye");
    expect(caption("Nettverket m.m.")).toBe("Nettverket m.m. hvor mye");
    expect(caption("Og så…")).toBe("Og så… hvor mye");
    expect(caption("من حول العائلة؟")).toBe("من حول العائلة؟ hvor mye");
    expect(caption("Qui est autour ?", "{title}\u202f: {what}")).toBe("Qui est autour ? hvor mye");
    expect(caption("Hvem?", "Linjediagram, {title}: {what}")).toBe("Linjediagram, Hvem? hvor mye");
    expect(caption("Koster det $&?")).toBe("Koster det $&? hvor mye");
    // Without punctuation of its own the title keeps its colon.
    expect(caption("Slik har vi det")).toBe("Slik har vi det: hvor mye");
    expect(caption("Hjulet (2026)")).toBe("Hjulet (2026): hvor mye");
  });

  it("labels readings by date, adding the time only where dates collide", () => {
    const r = (at: string, id: string): m.Reading => ({ id, at, index: 0 });
    const labels = m.readingLabels(
      [
        r("2026-03-01T09:00:00Z", "a"),
        r("2026-03-01T14:00:00Z", "b"),
        r("2026-04-02T12:00:00Z", "c"),
      ],
      "en",
    );
    expect(labels[2]).toMatch(/Apr/);
    expect(labels[0]).not.toBe(labels[1]);
    expect(labels[0]).toMatch(/Mar 1, 2026, \d/);
    expect(m.readingLabels([r("2026-04-02T12:00:00Z", "c")], "xx-invalid-")).toHaveLength(1);
  });

  it("names the response and the JSON pointer of what it cannot use", () => {
    const good = reading(1, w({ home: { current: 2, at } }));
    const bad = [
      good,
      { ...good, updated: "yesterday" },
      { ...good, answers: { wheel: { type: "network", nodes: {} } } },
      { ...good, answers: w({ "a/b": { current: "7" as unknown as number, at } }) },
      { ...good, answers: w({ home: { current: 11, at } }) },
      42,
    ];
    expect(checkResponses([good], wheel)).toEqual([]);
    expect(checkResponses(bad, wheel).map((p) => p.pointer)).toEqual([
      "/responses/1/updated",
      "/responses/2/answers/wheel/type",
      "/responses/3/answers/wheel/domains/a~1b/current",
      "/responses/4/answers/wheel/domains/home/current",
      "/responses/5",
    ]);
    expect(checkResponses(bad, wheel)[3]!.message.en).toMatch(/outside the scale/);
    expect(checkResponses({}, wheel)[0]!.pointer).toBe("/responses");
    expect(checkResponses(Array(m.MAX_READINGS + 1).fill(good), wheel)[0]!.rule).toBe("maxItems");
  });
});

// ---- properties --------------------------------------------------------------------------------

const ids = ["home", "money", "health", "c-a", "c-b"];
const arbDomains = fc.dictionary(
  fc.constantFrom(...ids),
  fc.record(
    {
      current: fc.integer({ min: 0, max: 10 }),
      removed: fc.boolean(),
      label: fc.constantFrom("Eget", "Nytt navn"),
    },
    { requiredKeys: [] },
  ),
);
const arbResponses = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 80 }), arbDomains), { maxLength: 8 })
  .map((list) =>
    list.map(([day, domains], i) =>
      reading(
        day,
        w(
          Object.fromEntries(
            Object.entries(domains).map(([id, d]) => [
              id,
              { ...d, ...(id.startsWith("c-") ? { custom: true } : {}), at },
            ]),
          ),
        ),
        `r${i % 5}`, // some share an id: versions of one reading
      ),
    ),
  );

describe("progress model properties", () => {
  it("the order of the input responses does not matter", () => {
    fc.assert(
      fc.property(
        arbResponses.chain((rs) =>
          fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length })),
        ),
        ([rs, shuffled]) => {
          const strip = (p: m.Progress) => ({
            ...p,
            readings: p.readings.map(({ id, at }) => ({ id, at })),
          });
          expect(strip(m.progress(wheel, shuffled, { locale: "nb" }))).toEqual(
            strip(m.progress(wheel, rs, { locale: "nb" })),
          );
        },
      ),
    );
  });

  it("the series count equals the domains left in the filter", () => {
    fc.assert(
      fc.property(arbResponses, fc.subarray(ids), (rs, hidden) => {
        const p = m.progress(wheel, rs, { locale: "nb" });
        const visible = m.visibleSeries(p, new Set(hidden));
        expect(visible).toHaveLength(p.series.filter((s) => !hidden.includes(s.id)).length);
        const chart = m.chartInput(p, new Set(hidden), [], false);
        if (p.readings.length > 0) expect(chart?.series.length ?? 0).toBe(visible.length);
        else expect(chart).toBeUndefined();
        expect(visible.every((s) => !hidden.includes(s.id))).toBe(true);
        expect(p.series.length).toBeGreaterThanOrEqual(wheel.domains.length);
        for (const s of p.series) expect(s.points).toHaveLength(p.readings.length);
      }),
    );
  });

  it("distance is latest minus first rated value", () => {
    fc.assert(
      fc.property(arbResponses, (rs) => {
        for (const s of m.progress(wheel, rs, { locale: "nb" }).series) {
          const d = m.distance(s);
          const rated = s.points.filter((v) => typeof v === "number");
          expect(d.rated).toBe(rated.length);
          if (rated.length === 0) expect(d.change).toBeUndefined();
          else {
            expect(d.first).toBe(rated[0]);
            expect(d.latest).toBe(rated.at(-1));
            expect(d.change).toBe(d.latest! - d.first!);
          }
        }
      }),
    );
  });
});
