import { afterEach, describe, expect, it, vi } from "vitest";
import { Chart } from "chart.js";
import { userEvent } from "vitest/browser";
import type { InstrumentDefinition, Response, WheelAnswer, WheelSection } from "@famwel/instrument";
import familyWheelJson from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };
import serviceNetworkJson from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import "../define/famwel-progress-chart.js";
import type { FamwelProgressChart } from "./progress-chart.js";
import { expectNoAxeViolations } from "../test-support/axe.js";
import { drawnLeftToRight } from "../test-support/bidi.js";
import { cdp } from "../test-support/keys.js";
import {
  boxOfWidth,
  cleanupAfterTest,
  mount as mountTag,
  recordEvents,
} from "../test-support/mount.js";

const mount = (setup: (el: FamwelProgressChart) => void, parent?: HTMLElement) =>
  mountTag("famwel-progress-chart", setup, parent);

const familyWheel = familyWheelJson as unknown as InstrumentDefinition;
const serviceNetwork = serviceNetworkJson as unknown as InstrumentDefinition;
const at = "2026-01-01T00:00:00Z";

function reading(date: string, answers: Response["answers"], id = `r-${date}`): Response {
  const t = `${date}T12:00:00Z`;
  return {
    id,
    instrument: { id: "famwel.family-wheel", version: "1.0.0", hash: `sha256:${"0".repeat(64)}` },
    role: "family",
    locale: "nb",
    status: "completed",
    created: t,
    updated: t,
    answers,
  };
}
const wheel = (domains: WheelAnswer["domains"], order?: string[]): Response["answers"] => ({
  wheel: { type: "wheel", domains, ...(order ? { order } : {}) },
});

// Three readings, given out of order: economy 2 → 3 → 5; a domain of the family's own, renamed in
// the second reading and removed in the third; housing rated only once.
const readings: Response[] = [
  reading(
    "2026-03-10",
    wheel({
      economy: { current: 5, desired: 8, at },
      health: { current: 6, at },
      "c-dog": { custom: true, label: "Hunden vår", removed: true, current: 9, at },
    }),
  ),
  reading(
    "2026-01-15",
    wheel(
      {
        economy: { current: 2, at },
        health: { current: 7, at },
        housing: { current: 4, at },
        "c-dog": { custom: true, label: "Hunden", current: 6, at },
      },
      ["c-dog"],
    ),
  ),
  reading(
    "2026-02-12",
    wheel({
      economy: { current: 3, at },
      "c-dog": { custom: true, label: "Hunden vår", current: 8, at },
    }),
  ),
];
const domainCount = 10 + 1; // the bundled wheel's ten, and the family's own

const root = (el: FamwelProgressChart) => el.shadowRoot!;
const rows = (el: FamwelProgressChart) =>
  [...root(el).querySelectorAll("tbody tr")].map((tr) =>
    [...tr.children].map((c) => c.textContent.replace(/\s+/g, " ").trim()),
  );
const heads = (el: FamwelProgressChart) =>
  [...root(el).querySelectorAll("thead th")].map((th) => th.textContent.trim());
const summary = (el: FamwelProgressChart) =>
  [...root(el).querySelectorAll("[part=summary] li")].map((li) => li.textContent.trim());
const chartOf = (el: FamwelProgressChart) => {
  const canvas = root(el).querySelector("canvas");
  return canvas ? Chart.getChart(canvas) : undefined;
};
const checkboxes = (el: FamwelProgressChart) => [
  ...root(el).querySelectorAll<HTMLInputElement>("[part=filter] input[type=checkbox]"),
];

/** The chart as it stands after its animation: its final frame, drawn now rather than 400 ms later. */
const settled = (el: FamwelProgressChart) => {
  const chart = chartOf(el)!;
  chart.stop();
  chart.update("none");
  return chart;
};
/** Whether anything is painted in the rectangle (x, y, width, height) of the canvas, in CSS pixels. */
function inked(chart: Chart, x: number, y: number, width: number, height: number): boolean {
  const r = chart.currentDevicePixelRatio;
  const px = (n: number) => Math.max(1, Math.round(n * r));
  const { data } = chart.ctx.getImageData(
    Math.round(x * r),
    Math.round(y * r),
    px(width),
    px(height),
  );
  return data.some((v, i) => i % 4 === 3 && v > 0);
}
// Ten readings a month apart (as in the story), for charts with many dates on the x axis.
const tenReadings = Array.from({ length: 10 }, (_, k) =>
  reading(
    `2026-${String(k + 1).padStart(2, "0")}-15`,
    wheel({ economy: { current: 2 + (k % 5), at }, health: { current: 10 - (k % 3), at } }),
  ),
);

/** The chart of the ten readings, in `locale`, in a box `width` pixels wide. */
const chartIn = async (locale: string, width: number) => {
  const box = boxOfWidth(width); // the test page's own style; the element sets none
  const el = await mountTag(
    "famwel-progress-chart",
    (e) => {
      e.instrument = familyWheel;
      e.responses = tenReadings;
      e.locale = locale;
    },
    box,
  );
  return settled(el);
};

afterEach(() => vi.restoreAllMocks());

describe("<famwel-progress-chart>", () => {
  it("follows a renamed domain across versions when given the earlier definitions", async () => {
    // Version 2.0.0 renames "economy" to "money" and says so with `replaces`.
    type Domain = { id: string; replaces?: string[] };
    const v2 = structuredClone(familyWheel);
    v2.version = "2.0.0";
    const domains = (v2.sections[0] as unknown as { domains: Domain[] }).domains;
    const economy = domains.find((d) => d.id === "economy")!;
    economy.id = "money";
    economy.replaces = ["economy"];
    const old = reading("2026-01-15", wheel({ economy: { current: 2, at } }));
    const now = {
      ...reading("2026-03-10", wheel({ money: { current: 5, at } })),
      instrument: { id: "famwel.family-wheel", version: "2.0.0", hash: `sha256:${"0".repeat(64)}` },
    };
    const el = await mount((e) => {
      e.instrument = v2;
      e.responses = [old, now];
    });
    // Without the earlier version, the first reading's "economy" is not a domain of this one.
    expect(summary(el)).toContain("Penger og arbeid: 5 (vurdert bare én gang)");
    el.history = [familyWheel];
    await el.updateComplete;
    expect(summary(el)).toContain("Penger og arbeid: 2 → 5 (+3)");
    expect(
      rows(el)
        .find((r) => r[0] === "Penger og arbeid")
        ?.slice(1),
    ).toEqual(["2", "5"]);
  });

  it("draws what it checked: a host getter is read once, and a later answer of it changes nothing", async () => {
    let reads = 0;
    const def = structuredClone(familyWheel);
    const section = def.sections[0] as { domains: Array<{ id: string; label: unknown }> };
    const economy = section.domains.find((d) => d.id === "economy")!;
    Object.defineProperty(economy, "label", {
      enumerable: true,
      get() {
        reads++;
        // Valid for the check; afterwards something no check would let through.
        return reads === 1 ? { nb: "Penger og arbeid" } : { nb: 42, "<x>": "y" };
      },
    });
    const el = await mount((e) => {
      e.instrument = def;
      e.responses = readings;
    });
    expect(root(el).querySelector("[role=alert]")).toBeNull();
    expect(rows(el).map((r) => r[0])).toContain("Penger og arbeid");
    el.locale = "nn"; // a re-render that reads the definition again
    await el.updateComplete;
    expect(rows(el).map((r) => r[0])).toContain("Penger og arbeid");
    expect(reads).toBe(1);
  });

  it("shows a table with dates as column headers, words for missing values, and the distance travelled", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = readings;
    });
    expect(heads(el)).toEqual(["Område", "15. jan. 2026", "12. feb. 2026", "10. mars 2026"]);
    const byLabel = new Map(rows(el).map((r) => [r[0], r.slice(1)]));
    expect(byLabel.get("Penger og arbeid")).toEqual(["2", "3", "5"]);
    expect(byLabel.get("Bolig og nærmiljø")).toEqual(["4", "ikke vurdert", "ikke vurdert"]);
    // The family's own domain: one line under its latest name, removed in the third reading.
    expect(byLabel.get("Hunden vår (lagt til av familien)")).toEqual(["6", "8", "fjernet"]);
    expect(rows(el)).toHaveLength(domainCount);
    expect(summary(el)).toContain("Penger og arbeid: 2 → 5 (+3)");
    expect(summary(el)).toContain("Helse: 7 → 6 (\u22121)");
    expect(summary(el)).toContain("Bolig og nærmiljø: 4 (vurdert bare én gang)");
    expect(summary(el)).toContain("Hunden vår: 6 → 8 (+2)");
    expect(summary(el).filter((s) => s.endsWith(": ikke vurdert"))).toHaveLength(10 - 3);
    await expectNoAxeViolations(el);
  });

  it("draws a chart.js line chart after the lazy load: one dataset per shown domain, an accessible name", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = readings;
    });
    const chart = chartOf(el)!;
    expect(chart).toBeDefined();
    expect(chart.data.datasets).toHaveLength(domainCount);
    expect(chart.data.labels).toEqual(["15. jan. 2026", "12. feb. 2026", "10. mars 2026"]);
    const economy = chart.data.datasets.find((d) => d.label === "Penger og arbeid")!;
    expect(economy.data).toEqual([2, 3, 5]);
    // Lines differ by more than colour: every line has its own point style and dash pattern pair.
    const looks = chart.data.datasets.map((d) => {
      const line = d as { pointStyle?: unknown; borderDash?: unknown };
      return JSON.stringify([line.pointStyle, line.borderDash]);
    });
    expect(new Set(looks).size).toBe(looks.length);
    // … and its own colour and dash pair too, so no two lines differ only by their marker.
    const strokes = chart.data.datasets.map((d) => {
      const line = d as { borderColor?: unknown; borderDash?: unknown };
      return JSON.stringify([line.borderColor, line.borderDash]);
    });
    expect(new Set(strokes).size).toBe(strokes.length);
    // The filter is the legend: each line's sample has the chart's colour, dash and point shape.
    const samples = [...root(el).querySelectorAll("[part=filter] svg.swatch")];
    expect(samples).toHaveLength(domainCount);
    expect(chart.data.datasets.map((d) => d.borderColor)).toEqual(
      samples.map((svg) => getComputedStyle(svg).color),
    );
    expect(samples[1]!.querySelector("line")!.getAttribute("stroke-dasharray")).toBe("8 4");
    expect(samples[1]!.querySelector("rect.mark")).not.toBeNull(); // the second line's squares
    const canvas = root(el).querySelector("canvas")!;
    expect(canvas.getAttribute("role")).toBe("img");
    expect(canvas.getAttribute("aria-label")).toMatch(
      /^Linjediagram, Slik har vi det: 11 linjer over 3 ganger, fra 15\. jan\. 2026 til 10\. mars 2026\./,
    );
    await expectNoAxeViolations(el);
  });

  it("updates the same chart when the responses or the layer change", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = readings;
    });
    const chart = chartOf(el)!;
    el.responses = readings.slice(1); // January and February only
    await el.updateComplete;
    expect(chartOf(el)).toBe(chart);
    expect(chart.data.labels).toEqual(["15. jan. 2026", "12. feb. 2026"]);
    expect(chart.data.datasets.find((d) => d.label === "Penger og arbeid")!.data).toEqual([2, 3]);
    el.layer = "desired";
    await el.updateComplete;
    expect(chart.data.datasets.find((d) => d.label === "Penger og arbeid")!.data).toEqual([
      null,
      null,
    ]);
  });

  it("filters lines by keyboard: the chart, table and summary follow", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = readings;
    });
    const [first, second] = checkboxes(el);
    expect(first!.parentElement!.textContent.trim()).toBe("Bolig og nærmiljø");
    first!.focus();
    await userEvent.keyboard(" ");
    await userEvent.tab();
    await userEvent.keyboard(" ");
    await el.updateComplete;
    expect(first!.checked).toBe(false);
    expect(second!.checked).toBe(false);
    expect(rows(el).map((r) => r[0])).not.toContain("Bolig og nærmiljø");
    expect(rows(el)).toHaveLength(domainCount - 2);
    expect(summary(el).some((s) => s.startsWith("Penger og arbeid"))).toBe(false);
    expect(chartOf(el)!.data.datasets).toHaveLength(domainCount - 2);
    await expectNoAxeViolations(el);
    await userEvent.keyboard(" ");
    await el.updateComplete;
    expect(chartOf(el)!.data.datasets).toHaveLength(domainCount - 1);
    expect(chartOf(el)!.data.datasets.map((d) => d.label)).toContain("Penger og arbeid");
  });

  it("says so, and drops the chart, when every line is filtered out", async () => {
    const el = await mount((e) => {
      e.definition = familyWheel.sections[0] as never;
      e.responses = readings.slice(0, 1);
    });
    for (const box of checkboxes(el)) box.click();
    await el.updateComplete;
    expect(root(el).querySelector("canvas")).toBeNull();
    expect(root(el).textContent).toContain("Velg minst én linje");
    await expectNoAxeViolations(el);
  });

  it("says when there are no readings yet, and needs no chart for it", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = [reading("2026-04-01", { about: { type: "text", items: {} } })];
    });
    expect(root(el).textContent).toContain("Ingen vurderinger ennå.");
    expect(root(el).querySelector("canvas")).toBeNull();
    expect(root(el).querySelector("table")).toBeNull();
    expect(root(el).querySelector("[part=filter]")).toBeNull(); // nothing to filter yet
    await expectNoAxeViolations(el);
  });

  it("switches language: nb, nn and en re-label the table, the summary and the chart", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = readings;
    });
    el.locale = "nn";
    await el.updateComplete;
    // Dates in Norwegian: Chromium has no nynorsk data, and Intl alone gave "Jan 15, 2026".
    expect(heads(el)).toEqual(["Område", "15. jan. 2026", "12. feb. 2026", "10. mars 2026"]);
    expect(chartOf(el)!.data.labels).toEqual(["15. jan. 2026", "12. feb. 2026", "10. mars 2026"]);
    expect(rows(el)[0]![0]).toBe("Bustad og nærmiljø");
    expect(summary(el)).toContain("Pengar og arbeid: 2 → 5 (+3)");
    expect(chartOf(el)!.data.datasets[0]!.label).toBe("Bustad og nærmiljø");
    await expectNoAxeViolations(el);
    el.locale = "en";
    await el.updateComplete;
    expect(heads(el)).toEqual(["Area", "Jan 15, 2026", "Feb 12, 2026", "Mar 10, 2026"]);
    expect(rows(el)[0]).toEqual(["Home and neighbourhood", "4", "not rated", "not rated"]);
    expect(summary(el)).toContain("Money and work: 2 → 5 (+3)");
    expect(chartOf(el)!.data.labels).toEqual(["Jan 15, 2026", "Feb 12, 2026", "Mar 10, 2026"]);
    expect(chartOf(el)!.data.datasets[0]!.label).toBe("Home and neighbourhood");
    expect(root(el).querySelector("canvas")!.getAttribute("aria-label")).toMatch(/^Line chart/);
    await expectNoAxeViolations(el);
  });

  it("runs right to left for an RTL language: time runs leftwards, the arrow too", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = readings;
      e.locale = "ar";
    });
    expect(root(el).querySelector("div")!.getAttribute("dir")).toBe("rtl");
    const chart = settled(el);
    // The first reading on the right, the latest on the left, each point above its own date.
    const [first, , latest] = heads(el).slice(1);
    const x = (date: string) => chart.scales.x!.getPixelForValue(chart.data.labels!.indexOf(date));
    expect(x(latest!)).toBeLessThan(x(first!));
    const economy = chart.data.datasets.findIndex((d) => d.label === "Penger og arbeid");
    const k = chart.data.labels!.indexOf(first!);
    expect(chart.data.datasets[economy]!.data[k]).toBe(2);
    expect(chart.getDatasetMeta(economy).data[k]!.x).toBe(x(first!));
    // A right-to-left mark after the bokmål name, so that the numbers after it run right to left
    // too: read from the right, 2, then the arrow, then 5 (they ran left to right, "2 ← 5" read
    // as a fall from 5 to 2).
    expect(summary(el)).toContain("Penger og arbeid\u200f: 2 ← 5 (+3)");
    const item = [...root(el).querySelectorAll("[part=summary] li")].find((li) =>
      li.textContent.startsWith("Penger og arbeid"),
    )!;
    const walk = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
    while (walk.nextNode() && !(walk.currentNode as Text).data.includes("←"));
    const text = walk.currentNode as Text;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().x;
    };
    const [from, arrow, to] = ["2", "←", "5"].map((c) => at(text.data.indexOf(c)));
    expect(from).toBeGreaterThan(arrow!);
    expect(arrow).toBeGreaterThan(to!);
    await expectNoAxeViolations(el);
  });

  it("lays out a name that falls back to another language in that language's direction", async () => {
    // Housing named in bokmål only, with an abbreviation's full stop at the end.
    const [section] = familyWheel.sections as WheelSection[];
    const domains = section!.domains.map((d) =>
      d.id === "housing" ? { ...d, label: { nb: "Bolig m.m." } } : d,
    );
    const el = await mount((e) => {
      e.instrument = { ...familyWheel, sections: [{ ...section!, domains }] };
      e.responses = readings;
      e.locale = "ar";
    });
    const name = [...root(el).querySelectorAll("tbody th [lang]")].find(
      (n) => n.textContent === "Bolig m.m.",
    )!;
    expect(name.getAttribute("lang")).toBe("nb");
    expect(drawnLeftToRight(name)).toBe(true); // its "." at the right end, not the left
  });

  it.each(["nb", "ar"])(
    "shows a table wider than its box at its newest readings, each row's name in view (%s)",
    async (locale) => {
      const chart = await chartIn(locale, 360);
      const el = chart.canvas.getRootNode() as ShadowRoot;
      const region = el.querySelector<HTMLElement>("[part=table]")!;
      const box = region.getBoundingClientRect();
      expect(region.scrollWidth).toBeGreaterThan(region.clientWidth); // it does scroll
      const seen = (cell: Element) => {
        const r = cell.getBoundingClientRect();
        return r.left >= box.left - 1 && r.right <= box.right + 1;
      };
      // Its title above it, in view, and still the table's name.
      const title = el.getElementById(
        region.querySelector("table")!.getAttribute("aria-labelledby")!,
      )!;
      expect(title.textContent).toMatch(/^Slik har vi det/);
      expect(seen(title)).toBe(true);
      const heads = [...region.querySelectorAll("thead th")];
      // The latest reading in view, the first one scrolled away (time runs leftwards in Arabic).
      expect(seen(heads.at(-1)!), heads.at(-1)!.textContent).toBe(true);
      expect(seen(heads[1]!)).toBe(false);
      // The column of names stays at the table's start, over the readings scrolled under it.
      for (const th of region.querySelectorAll("thead th:first-child, tbody th"))
        expect(seen(th), th.textContent).toBe(true);
      const names = region.querySelector("tbody th")!.getBoundingClientRect();
      if (locale === "ar") expect(names.right).toBeCloseTo(box.right, 0);
      else expect(names.left).toBeCloseTo(box.left, 0);
      await expectNoAxeViolations(el.host);
    },
  );

  it("keeps each filter checkbox its size beside a name of two lines, at 320 px", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = readings;
    }, boxOfWidth(320));
    const boxes = checkboxes(el).map((c) => c.getBoundingClientRect());
    // A label of one line is 2.75rem (44 px) high at least; "Barnas hverdag i barnehage og skole"
    // takes two lines here.
    const tall = checkboxes(el).filter((c) => c.closest("label")!.clientHeight > 44);
    expect(tall.length).toBeGreaterThan(0);
    // 1.25rem square: it was 14 × 20 px beside the two-line names.
    for (const b of boxes) expect([b.width, b.height]).toEqual([20, 20]);
  });

  it.each(["nb", "ar"])("prints a wide table from its names, as it reads (%s)", async (locale) => {
    const chart = await chartIn(locale, 360);
    const el = chart.canvas.getRootNode() as ShadowRoot;
    await cdp().send("Emulation.setEmulatedMedia", { media: "print" });
    try {
      // On paper nothing scrolls: the table runs on past the page's edge at its end, its names
      // on the page (opened at its end, as on screen, the names ran off the page's start).
      const region = el.querySelector("[part=table]")!.getBoundingClientRect();
      const names = el.querySelector("tbody th")!.getBoundingClientRect();
      if (locale === "ar") expect(names.right).toBeCloseTo(region.right, 0);
      else expect(names.left).toBeCloseTo(region.left, 0);
    } finally {
      await cdp().send("Emulation.setEmulatedMedia", { media: "" });
    }
  });

  it.each(["ar", "nb"])(
    "keeps the first and last dates inside the canvas on a wide screen (%s)",
    async (locale) => {
      const chart = await chartIn(locale, 1024);
      expect(chart.width).toBe(1024);
      expect(chart.scales.x!.ticks).toHaveLength(10); // every date is shown, level
      expect(chart.scales.x!.labelRotation).toBe(0);
      // Below the plot: the dates. They are drawn, and none runs into either edge of the canvas
      // (a date cut off by the edge leaves ink in its outermost pixels).
      const { bottom } = chart.chartArea;
      const band = chart.height - bottom;
      expect(inked(chart, 0, bottom, chart.width, band)).toBe(true);
      expect(inked(chart, 0, bottom, 2, band)).toBe(false);
      expect(inked(chart, chart.width - 2, bottom, 2, band)).toBe(false);
    },
  );

  it.each(["ar", "nb"])(
    "keeps the slanted dates inside the canvas on a narrow screen (%s)",
    async (locale) => {
      const chart = await chartIn(locale, 360);
      expect(chart.scales.x!.labelRotation).toBeGreaterThan(0);
      // Where each date's text runs, from its first letter to its last, along the slant.
      const runs = chart.scales.x!.getLabelItems().map(({ label, font, options }) => {
        chart.ctx.font = font.string;
        const width = chart.ctx.measureText(String(label)).width;
        const [x] = options.translation!;
        const align =
          options.textAlign === "right" ? -1 : options.textAlign === "center" ? -0.5 : 0;
        const cos = Math.cos(options.rotation ?? 0);
        return [x + align * width * cos, x + (align + 1) * width * cos];
      });
      expect(runs.length).toBeGreaterThan(1);
      // chart.js (4.x) leaves a slanted date's first letter up to ~3 px short of room, in either
      // direction alike; a date cut off in earnest (as right to left was) misses tens of pixels.
      for (const [from, to] of runs) {
        expect(from).toBeGreaterThan(-4);
        expect(to).toBeLessThanOrEqual(chart.width);
      }
    },
  );

  it("draws a point at the top of the scale whole, not cut by the edge of the plot", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = tenReadings;
    });
    const chart = settled(el);
    const health = chart.data.datasets.findIndex((d) => d.label === "Helse");
    const k = chart.data.datasets[health]!.data.indexOf(10);
    const point = chart.getDatasetMeta(health).data[k]!;
    expect(point.y).toBeCloseTo(chart.chartArea.top, 0); // the top of the scale: the plot's edge
    // The upper half of its marker is drawn too, above the plot's top edge (and its grid line).
    expect(inked(chart, point.x - 2, point.y - 4, 4, 2)).toBe(true);
  });

  it("follows the desired layer when asked", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = readings;
      e.layer = "desired";
    });
    expect(rows(el).find((r) => r[0] === "Penger og arbeid")).toEqual([
      "Penger og arbeid",
      "ikke vurdert",
      "ikke vurdert",
      "8",
    ]);
    // A title with no punctuation of its own keeps the colon.
    expect(root(el).querySelector(".caption")!.textContent.trim()).toBe(
      "Slik har vi det: slik dere vil ha det, per gang",
    );
    expect(chartOf(el)!.data.datasets.find((d) => d.label === "Penger og arbeid")!.data).toEqual([
      null,
      null,
      8,
    ]);
    await expectNoAxeViolations(el);
  });

  it("charts each service's helpfulness on a network section", async () => {
    const node = { kind: "service", sector: "school", ring: "middle", at } as const;
    const el = await mount((e) => {
      e.instrument = serviceNetwork;
      e.responses = [
        reading("2026-05-02", {
          network: {
            type: "network",
            nodes: {
              n1: { ...node, catalog: "school", helpfulness: 3 },
              n2: { ...node, label: "Fotballaget", helpfulness: 4 },
            },
          },
        }),
        reading("2026-01-20", {
          network: {
            type: "network",
            nodes: {
              n1: { ...node, catalog: "school", helpfulness: 1 },
              n3: { ...node, kind: "person", label: "Mormor" },
            },
          },
        }),
      ];
    });
    expect(heads(el)).toEqual(["Tjeneste eller person", "20. jan. 2026", "2. mai 2026"]);
    expect(rows(el)).toEqual([
      ["Skolen", "1", "3"],
      ["Fotballaget", "ikke med", "4"],
    ]);
    expect(summary(el)).toEqual(["Skolen: 1 → 3 (+2)", "Fotballaget: 4 (vurdert bare én gang)"]);
    // The section's title asks a question: its "?" is not followed by the template's colon.
    const caption = () => root(el).querySelector(".caption")!.textContent.trim();
    const label = () => root(el).querySelector("canvas")!.getAttribute("aria-label");
    expect(caption()).toBe("Hvem er rundt familien? hvor mye hver hjelper, per gang");
    expect(label()).toMatch(/^Linjediagram, Hvem er rundt familien\? 2 linjer over 2 ganger/);
    const chart = chartOf(el)!;
    expect(chart.data.datasets).toHaveLength(2);
    expect(chart.options.scales!.y!.max).toBe(4);
    await expectNoAxeViolations(el);
    el.locale = "nn";
    await el.updateComplete;
    expect(caption()).toBe("Kven er rundt familien? kor mykje kvar hjelper, per gong");
    el.locale = "en";
    await el.updateComplete;
    expect(caption()).toBe("Who is around your family? how much each one helps, each time");
    expect(label()).toMatch(/^Line chart, Who is around your family\? 2 lines over 2 readings/);
  });

  it("reports bad responses with the response index and JSON pointer, keeping the last good ones", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = readings;
    });
    const events = recordEvents(el);
    el.responses = [
      readings[0]!,
      { ...readings[1]!, answers: wheel({ economy: { current: 14, at } }) },
    ];
    await el.updateComplete;
    const alert = root(el).querySelector("[role=alert]")!;
    expect(alert.textContent).toContain("svarene har feil");
    expect(alert.textContent).toContain("/responses/1/answers/wheel/domains/economy/current");
    expect(alert.textContent).toContain("14 er utenfor skalaen (0–10)");
    expect(events).toEqual(["famwel-error"]);
    expect(rows(el)).toHaveLength(domainCount); // the three good readings are still shown
    await expectNoAxeViolations(el);
  });

  it("reports a bad definition with its JSON pointer, and a section it cannot chart", async () => {
    const errors: string[][] = [];
    const el = await mount((e) => {
      e.addEventListener("famwel-error", (ev) => errors.push(ev.problems.map((p) => p.pointer)));
      e.definition = {
        type: "wheel",
        id: "w",
        title: { nb: "Hjul" },
        scale: { min: 0, max: 10 },
        domains: [{ id: "bad id!", label: { nb: "X" } }],
      };
      e.responses = readings;
    });
    expect(root(el).querySelector("[role=alert]")!.textContent).toContain("/domains/0/id");
    expect(root(el).querySelector("table")).toBeNull();
    expect(root(el).querySelector("[part=filter]")).toBeNull(); // nothing to filter yet
    await expectNoAxeViolations(el);
    el.definition = undefined;
    el.instrument = familyWheel;
    el.section = "about";
    await el.updateComplete;
    expect(errors.at(-1)).toEqual(["/sections/1/type"]);
    expect(root(el).querySelector("[role=alert]")!.textContent).toContain("wheel eller network");
  });

  it("takes line colours from CSS custom properties a host can set", async () => {
    const el = await mount((e) => {
      e.style.setProperty("--famwel-progress-color-2", "rgb(120, 0, 60)");
      e.instrument = familyWheel;
      e.responses = readings;
    });
    const chart = chartOf(el)!;
    expect(chart.data.datasets[1]!.borderColor).toBe("rgb(120, 0, 60)");
    expect(chart.data.datasets[9]!.borderColor).toBe("rgb(120, 0, 60)"); // colours repeat after eight
    expect(chart.data.datasets[0]!.borderColor).toBe("rgb(30, 90, 168)");
  });

  it("follows the page when it switches its own colour scheme, as a theme toggle does", async () => {
    const page = document.createElement("div");
    page.style.colorScheme = "dark";
    document.body.append(page);
    cleanupAfterTest(page);
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = readings;
    }, page);
    expect(chartOf(el)!.options.color).toBe("rgb(242, 242, 242)"); // light text on dark
    expect(chartOf(el)!.data.datasets[0]!.borderColor).toBe("rgb(138, 184, 240)");
    page.style.colorScheme = "light"; // no media query changes: the page's own switch
    await expect.poll(() => chartOf(el)!.options.color, { timeout: 2000 }).toBe("rgb(26, 26, 26)");
    expect(chartOf(el)!.data.datasets[0]!.borderColor).toBe("rgb(30, 90, 168)");
  });

  it("turns animation off for people who ask for reduced motion, also when they change it later", async () => {
    const real = window.matchMedia.bind(window);
    let reduce = false;
    const lists: MediaQueryList[] = [];
    vi.spyOn(window, "matchMedia").mockImplementation((q: string) => {
      const list = real(q); // a real MediaQueryList, so its listeners work
      if (q.includes("prefers-reduced-motion")) {
        Object.defineProperty(list, "matches", { get: () => reduce });
        lists.push(list);
      }
      return list;
    });
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = readings;
    });
    expect(chartOf(el)!.options.animation).not.toBe(false);
    reduce = true;
    for (const list of lists) list.dispatchEvent(new Event("change"));
    await el.updateComplete;
    expect(chartOf(el)!.options.animation).toBe(false);
  });

  it("destroys the chart when removed and draws it again when put back", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.responses = readings;
    });
    const canvas = root(el).querySelector("canvas")!;
    expect(Chart.getChart(canvas)).toBeDefined();
    el.remove();
    expect(Chart.getChart(canvas)).toBeUndefined();
    document.body.append(el);
    await el.updateComplete;
    expect(chartOf(el)!.data.datasets).toHaveLength(domainCount);
  });
});
