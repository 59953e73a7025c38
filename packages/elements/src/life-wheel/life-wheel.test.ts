import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import type { InstrumentDefinition, WheelAnswer, WheelSection } from "@famwel/instrument";
import { parseInstrument } from "@famwel/instrument";
import familyWheelJson from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };
import childWheelJson from "@famwel/instruments/definitions/child-wheel.json" with { type: "json" };
import "../define/famwel-life-wheel.js";
import type { FamwelLifeWheel } from "./life-wheel.js";
import { wheelSvgText } from "./life-wheel.export.js";
import { registerLocale } from "../shared/i18n.js";
import { expectNoAxeViolations } from "../test-support/axe.js";
import { drawnLeftToRight } from "../test-support/bidi.js";
import { colourDistance, contrastRatio } from "../test-support/colour.js";
import {
  boxOfWidth,
  cleanupAfterTest,
  drawnPictures,
  mount as mountTag,
  recordEvents as record,
} from "../test-support/mount.js";

const mount = (setup: (el: FamwelLifeWheel) => void, parent?: HTMLElement) =>
  mountTag("famwel-life-wheel", setup, parent);

const familyWheel = familyWheelJson as unknown as InstrumentDefinition;
const childWheel = childWheelJson as unknown as InstrumentDefinition;
const wheelSection = familyWheel.sections.find((s) => s.type === "wheel") as WheelSection;

const small: WheelSection = {
  type: "wheel",
  id: "w",
  title: { nb: "Livet vårt", en: "Our life" },
  scale: {
    min: 0,
    max: 10,
    anchors: [
      { value: 0, label: { nb: "Vanskelig", en: "Hard" } },
      { value: 10, label: { nb: "Veldig bra", en: "Very good" } },
    ],
  },
  desired: true,
  notes: true,
  required: true,
  custom: { add: true, rename: true, remove: true },
  minDomains: 2,
  domains: [
    { id: "home", label: { nb: "Bolig", en: "Home" } },
    { id: "money", label: { nb: "Økonomi", en: "Money" } },
    { id: "health", label: { nb: "Helse", en: "Health" } },
  ],
};

const sliders = (el: FamwelLifeWheel) => [
  ...el.shadowRoot!.querySelectorAll<SVGGElement>("[role=slider]"),
];
const button = (el: FamwelLifeWheel, text: string | RegExp) =>
  [...el.shadowRoot!.querySelectorAll("button")].find((b) =>
    typeof text === "string" ? b.textContent?.trim() === text : text.test(b.textContent ?? ""),
  )!;

describe("<famwel-life-wheel>", () => {
  it("renders one named slider per domain of a bundled instrument, reading the scale's anchors", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.section = "wheel";
      e.locale = "nb";
    });
    const s = sliders(el);
    expect(s).toHaveLength(wheelSection.domains.length);
    expect(s[0]!.getAttribute("aria-label")).toBe(wheelSection.domains[0]!.label.nb);
    expect(s[0]!.getAttribute("aria-valuetext")).toBe("ikke vurdert");
    await expectNoAxeViolations(el);
  });

  it("rates by keyboard with the slider keys, firing input and change, and reads the anchor", async () => {
    const el = await mount((e) => (e.definition = small));
    const events = record(el);
    const [first] = sliders(el);
    first!.focus();
    await userEvent.keyboard("{ArrowUp}{ArrowUp}{End}{ArrowDown}");
    await el.updateComplete;
    expect(el.value.domains.home?.current).toBe(9);
    expect(first!.getAttribute("aria-valuenow")).toBe("9");
    expect(first!.getAttribute("aria-valuetext")).toBe(
      "9 av 10, mellom «Vanskelig» og «Veldig bra»",
    );
    expect(events.filter((e) => e === "change")).toHaveLength(4);
    await userEvent.keyboard("{Home}");
    await el.updateComplete;
    expect(first!.getAttribute("aria-valuetext")).toBe("0 av 10, Vanskelig");
    await expectNoAxeViolations(el); // the filled wheel
    expect(el.shadowRoot!.activeElement).toBe(first);
  });

  it("rates the desired level as an outline when that layer is chosen", async () => {
    const el = await mount((e) => (e.definition = small));
    button(el, "Slik vil vi ha det").click();
    await el.updateComplete;
    sliders(el)[1]!.focus();
    await userEvent.keyboard("{End}");
    await el.updateComplete;
    expect(el.value.domains.money).toMatchObject({ desired: 10 });
    expect(el.value.domains.money?.current).toBeUndefined();
    // Drawn: the one wish; a rating not given draws nothing (a path with no `d`).
    expect(el.shadowRoot!.querySelectorAll("[role=slider] .desired[d]")).toHaveLength(1);
    const money = sliders(el)[1]!;
    expect(money.querySelector(".desired")!.getBoundingClientRect().width).toBeGreaterThan(0);
    expect(money.querySelector(".fill")!.getBoundingClientRect().width).toBe(0);
    expect(el.shadowRoot!.querySelector(".legend")!.textContent).toContain("Ønsket");
  });

  it("rates by pointer: a click sets the value under it, a drag fires input and one change", async () => {
    const el = await mount((e) => (e.definition = small));
    const events = record(el);
    const svg = el.shadowRoot!.querySelector("svg")!;
    // Segment 0 spans 12 to 4 o'clock; aim at 2 o'clock, on the outer edge (the scale's maximum).
    const outer = sliders(el)[0]!.querySelector(".sector")!.getBoundingClientRect();
    const box = svg.getBoundingClientRect();
    const ctm = svg.getScreenCTM()!;
    const toClient = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(ctm);
    const wheelBox = svg.querySelector(".sector")!.getBoundingClientRect();
    expect(outer.width).toBeGreaterThan(0);
    const viewBox = svg.viewBox.baseVal;
    const cx = viewBox.width / 2;
    // The outermost scale ring is the wheel's edge (the layout's radius, not a copy of its formula).
    const radius = svg.querySelector<SVGPathElement>(".ring")!.getBBox().width / 2;
    const at = (fraction: number) => {
      const hub = radius * 0.14;
      const r = hub + fraction * (radius - hub);
      return toClient(cx + r * Math.sin(Math.PI / 3), -r * Math.cos(Math.PI / 3));
    };
    const p = at(1);
    await userEvent.click(svg, { position: { x: p.x - box.left, y: p.y - box.top } });
    await el.updateComplete;
    expect(el.value.domains.home?.current).toBe(10);
    expect(events).toContain("change");
    events.length = 0;
    const down = at(0.2);
    const mid = at(0.5);
    const end = at(0.7);
    const init = { bubbles: true, pointerId: 7, isPrimary: true, pointerType: "touch" } as const;
    svg.dispatchEvent(
      new PointerEvent("pointerdown", { ...init, clientX: down.x, clientY: down.y }),
    );
    svg.dispatchEvent(new PointerEvent("pointermove", { ...init, clientX: mid.x, clientY: mid.y }));
    svg.dispatchEvent(new PointerEvent("pointermove", { ...init, clientX: end.x, clientY: end.y }));
    svg.dispatchEvent(new PointerEvent("pointerup", { ...init, clientX: end.x, clientY: end.y }));
    await el.updateComplete;
    expect(el.value.domains.home?.current).toBe(7);
    expect(events.filter((e) => e === "input").length).toBeGreaterThanOrEqual(3);
    expect(events.filter((e) => e === "change")).toHaveLength(1);
    expect(wheelBox.width).toBeGreaterThan(0);
  });

  it("keeps the wheel and the editable table in sync", async () => {
    const el = await mount((e) => (e.definition = small));
    sliders(el)[2]!.focus();
    await userEvent.keyboard("{End}");
    button(el, "Tabell").click();
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector("table")!;
    expect(table).not.toBeNull();
    const healthNow = table.querySelector<HTMLSelectElement>('select[aria-label="Helse: Nå"]')!;
    expect(healthNow.value).toBe("10");
    const homeNow = table.querySelector<HTMLSelectElement>('select[aria-label="Bolig: Nå"]')!;
    await userEvent.selectOptions(homeNow, "4");
    await el.updateComplete;
    expect(el.value.domains.home?.current).toBe(4);
    await expectNoAxeViolations(el);
    button(el, "Hjul").click();
    await el.updateComplete;
    expect(sliders(el)[0]!.getAttribute("aria-valuenow")).toBe("4");
  });

  it("lets the family add, rename and remove domains, with undo, keeping stable ids", async () => {
    const el = await mount((e) => (e.definition = small));
    const events = record(el);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="label"]')!;
    // The name field is as tall as its button in the same row (it was 54 px beside 44).
    const add = button(el, "Legg til et eget område");
    expect(input.getBoundingClientRect().height).toBe(add.getBoundingClientRect().height);
    await userEvent.type(input, "Hunden vår");
    await userEvent.click(button(el, "Legg til et eget område"));
    await el.updateComplete;
    expect(sliders(el)).toHaveLength(4);
    const added = Object.entries(el.value.domains).find(([, d]) => d?.custom)!;
    expect(added[1]).toMatchObject({ label: "Hunden vår", custom: true });
    const id = added[0];
    expect(el.shadowRoot!.querySelector("[role=status]")!.textContent).toContain("Hunden vår");
    // rename through the panel of the selected domain
    sliders(el)[3]!.focus();
    await el.updateComplete;
    const rename = el.shadowRoot!.querySelector<HTMLInputElement>('.panel input[name="name"]')!;
    await userEvent.clear(rename);
    await userEvent.type(rename, "Bella{Enter}");
    await el.updateComplete;
    expect(el.value.domains[id]?.label).toBe("Bella");
    // remove, then undo
    await userEvent.click(button(el, "Fjern «Bella»"));
    await el.updateComplete;
    expect(sliders(el)).toHaveLength(3);
    expect(el.value.domains[id]).toMatchObject({ removed: true, label: "Bella" });
    await userEvent.click(button(el, "Angre"));
    await el.updateComplete;
    expect(sliders(el).map((s) => s.getAttribute("aria-label"))).toContain("Bella");
    expect(el.value.domains[id]?.removed).toBeUndefined();
    expect(events.filter((e) => e === "change").length).toBe(4);
  });

  it("keeps keyboard focus on the page through remove, undo and its last add, in both views", async () => {
    const el = await mount((e) => (e.definition = { ...small, maxDomains: 4 }));
    const focused = () => el.shadowRoot!.activeElement;
    // The picture is no tab stop of its own: from the toolbar, Tab goes to the first domain.
    button(el, "Last ned bilde av hjulet").focus();
    await userEvent.keyboard("{Tab}");
    expect(focused()?.getAttribute("aria-label")).toBe("Bolig");
    // Removing from the panel: the button goes with the domain, so focus goes to Undo …
    sliders(el)[1]!.focus();
    await el.updateComplete;
    button(el, "Fjern «Økonomi»").focus();
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(focused()?.textContent?.trim()).toBe("Angre");
    // … and Undo, which goes too, to the domain it brought back.
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(focused()?.getAttribute("aria-label")).toBe("Økonomi");
    // The fourth domain is the last the definition allows: the add form goes, the page says why,
    // and focus is on the new domain.
    await userEvent.type(el.shadowRoot!.querySelector('input[name="label"]')!, "Hunden{Enter}");
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input[name="label"]')).toBeNull();
    expect(el.shadowRoot!.querySelector(".add")!.textContent).toContain(
      "Hjulet kan ha høyst 4 områder.",
    );
    expect(focused()?.getAttribute("aria-label")).toBe("Hunden");
    // The same in the table: Undo, then the restored row's rating.
    button(el, "Tabell").click();
    await el.updateComplete;
    button(el, "Fjern «Helse»").focus();
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(focused()?.textContent?.trim()).toBe("Angre");
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(focused()?.getAttribute("aria-label")).toBe("Helse: Nå");
    await expectNoAxeViolations(el);
  });

  it("goes by Enter from a segment to its panel and by Esc back, so any domain can get a note", async () => {
    const el = await mount((e) => (e.definition = small));
    const focused = () => el.shadowRoot!.activeElement;
    expect(el.shadowRoot!.querySelector(".help")!.textContent).toContain("Enter: mer om området");
    sliders(el)[0]!.focus(); // the first domain: by Tab, every later segment came before its panel
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(focused()?.getAttribute("aria-label")).toBe("Bolig: Notat");
    await userEvent.keyboard("Trangt{Escape}");
    await el.updateComplete;
    expect(focused()?.getAttribute("aria-label")).toBe("Bolig");
    expect(el.value.domains.home?.note).toBe("Trangt");
    await expectNoAxeViolations(el);
  });

  it("writes a half step with its language's decimal sign, in nynorsk and Sami too", async () => {
    const el = await mount((e) => {
      e.definition = { ...small, scale: { ...small.scale, step: 0.5 } };
      e.value = { type: "wheel", domains: { home: { current: 4.5, at: "2026-01-01T00:00:00Z" } } };
    });
    const said = async (locale: string) => {
      el.locale = locale;
      await el.updateComplete;
      return sliders(el)[0]!.getAttribute("aria-valuetext")!.split(" ")[0];
    };
    // Chromium has no number data for nynorsk or Sami: Intl alone wrote them "4.5".
    expect([await said("nb"), await said("nn"), await said("se"), await said("en")]).toEqual([
      "4,5",
      "4,5",
      "4,5",
      "4.5",
    ]);
  });

  it("posts its answer with the form as JSON, resets, reports missing ratings and obeys a disabled fieldset", async () => {
    const form = document.createElement("form");
    const fieldset = document.createElement("fieldset");
    form.append(fieldset);
    document.body.append(form);
    const initial: WheelAnswer = {
      type: "wheel",
      domains: { home: { current: 3, at: "2026-01-01T00:00:00Z" } },
    };
    const el = await mount((e) => {
      e.definition = small;
      e.name = "wheel";
      e.value = initial;
    }, fieldset);
    cleanupAfterTest(form);
    expect(JSON.parse(new FormData(form).get("wheel") as string)).toEqual(initial);
    expect(form.checkValidity()).toBe(false);
    expect(el.validationMessage).toContain("Økonomi");
    for (const s of sliders(el).slice(1)) {
      s.focus();
      await userEvent.keyboard("{ArrowUp}");
    }
    await el.updateComplete;
    expect(form.checkValidity()).toBe(true);
    const posted = JSON.parse(new FormData(form).get("wheel") as string) as WheelAnswer;
    expect(posted.domains.money?.current).toBe(0);
    form.reset();
    await el.updateComplete;
    expect(el.value).toEqual(initial);
    fieldset.disabled = true;
    await el.updateComplete;
    expect(sliders(el)[0]!.getAttribute("tabindex")).toBe("-1");
    sliders(el)[0]!.focus();
    await userEvent.keyboard("{End}");
    expect(el.value.domains.home?.current).toBe(3);
    expect(new FormData(form).get("wheel")).toBeNull(); // disabled controls do not post
  });

  it("fires change only for user edits, never when the host sets the value", async () => {
    const el = await mount((e) => (e.definition = small));
    const events = record(el);
    el.value = { type: "wheel", domains: { home: { current: 8, at: "2026-01-01T00:00:00Z" } } };
    el.locale = "en";
    el.view = "table";
    await el.updateComplete;
    expect(events).toEqual([]);
    expect(
      el.shadowRoot!.querySelector<HTMLSelectElement>('select[aria-label="Home: Now"]')!.value,
    ).toBe("8");
  });

  it("keeps every answer through language switches, in the family's own words", async () => {
    const el = await mount((e) => {
      e.instrument = familyWheel;
      e.locale = "nb";
    });
    sliders(el)[0]!.focus();
    await userEvent.keyboard("{End}");
    const before = structuredClone(el.value);
    for (const locale of ["nn", "en", "nb"]) {
      el.locale = locale;
      await el.updateComplete;
      expect(el.value).toEqual(before);
      expect(sliders(el)[0]!.getAttribute("aria-valuenow")).toBe("10");
    }
    el.locale = "en";
    await el.updateComplete;
    expect(sliders(el)[0]!.getAttribute("aria-label")).toBe(wheelSection.domains[0]!.label.en);
    expect(sliders(el)[0]!.getAttribute("aria-valuetext")).toMatch(/^10 of 10, /);
  });

  it("accepts a definition from parseInstrument without validating it again", async () => {
    const parsed = parseInstrument(JSON.stringify(familyWheel));
    expect(parsed.ok).toBe(true);
    const el = await mount((e) => (e.instrument = parsed.ok ? parsed.value : undefined));
    expect(sliders(el)).toHaveLength(wheelSection.domains.length);
  });

  it("answers the slider keys from its first render, before its views have arrived", async () => {
    const parsed = parseInstrument(JSON.stringify(familyWheel));
    const el = document.createElement("famwel-life-wheel");
    el.instrument = parsed.ok ? parsed.value : undefined;
    document.body.append(el); // the first render comes in a task of its own, after this one
    const drawn = new Promise<void>((resolve) => {
      const watch = new MutationObserver(() => {
        if (sliders(el).length === 0) return;
        watch.disconnect();
        resolve();
      });
      watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    try {
      await drawn;
      // In the same task as the first render: the views chunk cannot have arrived yet.
      const first = sliders(el)[0]!;
      const key = new KeyboardEvent("keydown", { key: "End", bubbles: true, cancelable: true });
      first.dispatchEvent(key);
      expect(key.defaultPrevented).toBe(true); // the page does not scroll instead
      expect(el.value.domains[wheelSection.domains[0]!.id]?.current).toBe(wheelSection.scale.max);
    } finally {
      el.remove();
    }
  });

  it("draws ahead of the page's lesser tasks, such as a timer set before it was created", async () => {
    // Chromium's scheduler.postTask (section-element.ts): without it, the element waits its turn.
    const parsed = parseInstrument(JSON.stringify(familyWheel));
    let seen = -1;
    const timer = new Promise<void>((resolve) =>
      setTimeout(() => {
        seen = sliders(el).length;
        resolve();
      }),
    );
    const el = document.createElement("famwel-life-wheel");
    el.instrument = parsed.ok ? parsed.value : undefined;
    document.body.append(el);
    try {
      await timer;
      expect(seen).toBe(wheelSection.domains.length);
    } finally {
      el.remove();
    }
  });

  it("draws its first render at the width of its place in the page, never at a guess, and keeps it in place", async () => {
    // It drew at 480 px and grew a frame later: on a wide page the family saw the wheel jump.
    const parsed = parseInstrument(JSON.stringify(familyWheel));
    const setup = (e: FamwelLifeWheel) => (e.instrument = parsed.ok ? parsed.value : undefined);
    const drawn = await drawnPictures(
      "famwel-life-wheel",
      setup,
      "svg[part=wheel]",
      "[role=slider]",
    );
    expect(drawn.widths).toEqual(["1000"]);
    // Nor down when the toolbar comes above it with the views: its row is kept free until then,
    // and the picture's box stays where it is, so the page counts no layout shift either.
    expect(drawn.moved).toBeLessThan(1);
    expect(drawn.shift).toBe(0);
  });

  it("draws in a task after the host's own, so creating it never makes one long task", async () => {
    const parsed = parseInstrument(JSON.stringify(familyWheel));
    const el = document.createElement("famwel-life-wheel");
    el.instrument = parsed.ok ? parsed.value : undefined;
    document.body.append(el);
    try {
      for (let i = 0; i < 20; i++) await Promise.resolve(); // the rest of the host's task
      expect(el.shadowRoot!.childElementCount).toBe(0);
      await el.updateComplete;
      expect(sliders(el)).toHaveLength(wheelSection.domains.length);
    } finally {
      el.remove();
    }
  });

  it("asks for its editing views only once a plain definition is checked, so the check goes first", async () => {
    // A white-box look at the order (section-element.ts): over a slow link the two chunks shared
    // the bandwidth, and on a slow CPU the views' evaluation ran before the check's result.
    const el = document.createElement("famwel-life-wheel");
    const inside = el as unknown as { _loadViews(): Promise<unknown>; _section?: unknown };
    const load = inside._loadViews.bind(el);
    const checkedWhenAsked: boolean[] = [];
    inside._loadViews = () => (checkedWhenAsked.push(inside._section !== undefined), load());
    el.definition = structuredClone(small); // plain JSON: checked before it is drawn
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(checkedWhenAsked).toEqual([true]);
      expect(el.shadowRoot!.querySelector(".toolbar")).not.toBeNull(); // the views did come
    } finally {
      el.remove();
    }
  });

  it("lays its labels out in the page's real font once its views have come", async () => {
    // The first render estimates widths (the first canvas measurement loads the font, 2–20 ms);
    // the canvas takes over after it. Names no other test uses, as widths are cached per text.
    const measured: string[] = [];
    const canvas = CanvasRenderingContext2D.prototype;
    const measureText = Object.getOwnPropertyDescriptor(canvas, "measureText")!;
    Object.defineProperty(canvas, "measureText", {
      ...measureText,
      value(this: CanvasRenderingContext2D, text: string) {
        measured.push(text);
        return (measureText.value as (t: string) => TextMetrics).call(this, text);
      },
    });
    try {
      const domains = ["Qzxv hjem", "Qzxv penger", "Qzxv helse"].map((nb, i) => ({
        id: `q${i}`,
        label: { nb },
      }));
      const el = await mount((e) => (e.definition = { ...small, domains }));
      await expect
        .poll(() => domains.every((d) => measured.some((t) => t.includes(d.label.nb))))
        .toBe(true);
      expect(sliders(el)).toHaveLength(3);
    } finally {
      Object.defineProperty(canvas, "measureText", measureText);
    }
  });

  it("shows the selected domain's description from the definition, in the family's language", async () => {
    const described: WheelSection = {
      ...small,
      domains: [
        { ...small.domains[0]!, description: { nb: "Der vi bor", en: "Where we live" } },
        ...small.domains.slice(1),
      ],
    };
    const el = await mount((e) => (e.definition = described));
    const panelText = () => el.shadowRoot!.querySelector(".panel p")?.textContent ?? "";
    sliders(el)[0]!.focus();
    await el.updateComplete;
    expect(panelText()).toBe("Der vi bor");
    el.locale = "en";
    await el.updateComplete;
    expect(panelText()).toBe("Where we live");
    sliders(el)[1]!.focus(); // a domain without one shows none
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector(".panel p")).toBeNull();
  });

  it("shows a bad definition as an alert naming the JSON path, fires famwel-error and keeps the last good state", async () => {
    const el = await mount((e) => (e.definition = small));
    const events = record(el);
    const problems: unknown[] = [];
    el.addEventListener("famwel-error", (e) => problems.push(...e.problems));
    sliders(el)[0]!.focus();
    await userEvent.keyboard("{End}");
    el.definition = {
      ...small,
      domains: [
        { id: "home", label: { nb: "Bolig" } },
        { id: "bad id!", label: { nb: "X" } },
      ],
    };
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector("[role=alert]")!;
    expect(alert.textContent).toContain("/domains/1/id");
    expect(events).toContain("famwel-error");
    expect(problems).toContainEqual(
      expect.objectContaining({ pointer: "/domains/1/id", rule: "pattern" }),
    );
    expect(sliders(el)).toHaveLength(3); // the last good definition stays
    expect(el.value.domains.home?.current).toBe(10);
    await expectNoAxeViolations(el);
    // A definition that names a section which is not there
    const el2 = await mount((e) => {
      e.instrument = familyWheel;
      e.section = "nope";
    });
    expect(el2.shadowRoot!.querySelector("[role=alert]")!.textContent).toContain("nope");
    // Each definition is checked once (the check starts before the first update, which does not
    // repeat it), and a missing section is reported again for the next instrument.
    const errors: string[] = [];
    el2.addEventListener("famwel-error", (e) => errors.push(e.problems[0]!.pointer));
    el2.instrument = childWheel;
    await el2.updateComplete;
    expect(errors).toHaveLength(1);
    const el3 = await mount((e) => {
      e.addEventListener("famwel-error", () => errors.push("el3"));
      e.definition = { ...small, scale: { ...small.scale, max: "ten" } } as unknown as WheelSection;
    });
    expect(el3.shadowRoot!.querySelector("[role=alert]")).not.toBeNull();
    expect(errors.filter((x) => x === "el3")).toHaveLength(1);
  });

  it("refuses a definition with a cycle at once, naming where, and a host's late strings reach the sliders", async () => {
    const cyclic: Record<string, unknown> = { ...small, title: { nb: "Hjul" } };
    (cyclic.title as Record<string, unknown>).self = cyclic;
    const problems: unknown[] = [];
    const start = performance.now();
    const el = await mount((e) => {
      e.addEventListener("famwel-error", (ev) => problems.push(...ev.problems));
      e.definition = cyclic as unknown as WheelSection;
    });
    expect(performance.now() - start).toBeLessThan(1000); // walking the cycle took seconds
    expect(el.shadowRoot!.querySelector("[role=alert]")!.textContent).toContain("/title/self");
    expect(problems).toContainEqual(expect.objectContaining({ rule: "maxDepth" }));
    expect(sliders(el)).toHaveLength(0);
    // Value texts are kept between renders; strings a host registers later still replace them.
    const el2 = await mount((e) => {
      e.definition = small;
      e.locale = "fr";
      e.value = { type: "wheel", domains: { home: { current: 4, at: "2026-01-01T00:00:00Z" } } };
    });
    expect(sliders(el2)[0]!.getAttribute("aria-valuetext")).toMatch(/^4 av 10/); // French UI strings fall back to bokmål
    registerLocale("fr", { valueOfMax: "{value} sur {max}" });
    await el2.updateComplete;
    expect(sliders(el2)[0]!.getAttribute("aria-valuetext")).toMatch(/^4 sur 10/);
  });

  it("draws what it checked: a host getter is read once, and a later answer of it changes nothing", async () => {
    let reads = 0;
    const first = { id: "home", label: { nb: "Hjemme" } };
    const shifty = { ...small, domains: [first, ...small.domains.slice(1)] };
    Object.defineProperty(first, "label", {
      enumerable: true,
      get() {
        reads++;
        // Valid for the check; afterwards something no check would let through.
        return reads === 1 ? { nb: "Hjemme" } : { nb: 42, "<x>": "y" };
      },
    });
    const el = await mount((e) => (e.definition = shifty));
    expect(el.shadowRoot!.querySelector("[role=alert]")).toBeNull();
    expect(sliders(el)[0]!.getAttribute("aria-label")).toBe("Hjemme");
    el.locale = "en"; // a re-render that reads the definition again
    await el.updateComplete;
    expect(sliders(el)[0]!.getAttribute("aria-label")).toBe("Hjemme");
    expect(reads).toBe(1);
  });

  it("renders instrument text as text, never as markup", async () => {
    const evil = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    const el = await mount(
      (e) =>
        (e.definition = {
          ...small,
          title: { nb: evil },
          domains: [...small.domains, { id: "x", label: { nb: evil } }],
        }),
    );
    expect(el.shadowRoot!.querySelector("img, script")).toBeNull();
    expect(sliders(el)[3]!.getAttribute("aria-label")).toBe(evil);
  });

  it("draws other readings as distinct outlines with a legend-like table column, showing differences", async () => {
    const el = await mount((e) => {
      e.definition = small;
      e.value = { type: "wheel", domains: { home: { current: 7, at: "2026-02-01T00:00:00Z" } } };
      e.compare = [
        {
          label: "Forrige gang",
          value: { type: "wheel", domains: { home: { current: 4, at: "2026-01-01T00:00:00Z" } } },
        },
        {
          label: { nb: "Veilederens syn", en: "The worker's view" },
          value: { type: "wheel", domains: { home: { current: 9, at: "2026-01-01T00:00:00Z" } } },
        },
      ];
    });
    expect(el.shadowRoot!.querySelectorAll("[role=slider] .cmp-0")).toHaveLength(1);
    expect(el.shadowRoot!.querySelectorAll("[role=slider] .cmp-1")).toHaveLength(1);
    const legend = [...el.shadowRoot!.querySelectorAll(".legend li")].map((li) =>
      li.textContent.trim(),
    );
    expect(legend).toEqual(["Nå", "Ønsket", "Forrige gang", "Veilederens syn"]);
    expect(el.shadowRoot!.querySelector(".legend li:nth-child(3) .cmp-0")).not.toBeNull();
    // Each line's colour is far from every other's (CIE76 ΔE): "Forrige gang" was an orange 17
    // from "Ønsket"'s, and the two read as one line.
    const colours = [...el.shadowRoot!.querySelectorAll(".legend path")].map((p) => {
      const s = getComputedStyle(p);
      return s.stroke === "none" ? s.fill : s.stroke;
    });
    for (const [i, a] of colours.entries())
      for (const b of colours.slice(i + 1)) expect(colourDistance(a, b)).toBeGreaterThan(30);
    // "Forrige gang" crosses the blue fill: 3:1 against it and the page (WCAG 1.4.11; the violet
    // tried before had 2:1 against the fill).
    const [fill, , last] = colours as [string, string, string];
    expect(contrastRatio(last, fill)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(last, "#fff")).toBeGreaterThanOrEqual(3);
    // Each sample sits on its name's line, not above or below it (the picture's room for the
    // toolbar once reached the samples too, and put them 56 px under their names).
    for (const li of el.shadowRoot!.querySelectorAll(".legend li")) {
      const item = li.getBoundingClientRect();
      const sample = li.querySelector("svg")!.getBoundingClientRect();
      expect(item.height).toBeLessThan(30);
      expect(sample.top).toBeGreaterThanOrEqual(item.top);
      expect(sample.bottom).toBeLessThanOrEqual(item.bottom);
    }
    await expectNoAxeViolations(el);
    el.view = "table";
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector("tbody tr")!;
    expect(row.textContent).toContain("(+3)");
    expect(row.textContent).toContain("(−2)");
  });

  it("is read-only when asked: no edits, no tab stops, still announced", async () => {
    const el = await mount((e) => {
      e.definition = small;
      e.readonly = true;
      e.value = { type: "wheel", domains: { money: { current: 5, at: "2026-01-01T00:00:00Z" } } };
    });
    expect(sliders(el)[1]!.getAttribute("aria-readonly")).toBe("true");
    expect(sliders(el)[1]!.getAttribute("tabindex")).toBe("-1");
    expect(el.shadowRoot!.querySelector('input[name="label"]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it("shows the child variant with faces and simple words", async () => {
    const el = await mount((e) => {
      e.instrument = childWheel;
      e.locale = "nb";
    });
    const section = childWheel.sections.find((s) => s.type === "wheel") as WheelSection;
    sliders(el)[0]!.focus();
    await userEvent.keyboard("{End}");
    await el.updateComplete;
    expect(sliders(el)[0]!.getAttribute("aria-label")).toBe(
      (section.domains[0]!.childLabel ?? section.domains[0]!.label).nb,
    );
    expect(el.shadowRoot!.querySelectorAll(".face")).toHaveLength(1);
    await expectNoAxeViolations(el);
  });

  it("lays out right to left for an RTL language registered by the host", async () => {
    registerLocale(
      "ar",
      {
        viewWheel: "عجلة",
        viewTable: "جدول",
        notRated: "غير مقيّم",
        missingRatings: "المجالات الناقصة: {list}.",
        listSep: "، ",
      },
      { dir: "rtl" },
    );
    const el = await mount((e) => {
      e.definition = {
        ...small,
        required: true,
        title: { nb: "Livet", ar: "حياتنا" },
        domains: small.domains.map((d) => ({ ...d, label: { ...d.label, ar: `مجال ${d.id}` } })),
      };
      e.locale = "ar";
    });
    expect(el.shadowRoot!.querySelector("[dir]")!.getAttribute("dir")).toBe("rtl");
    expect(button(el, "عجلة")).toBeTruthy();
    expect(sliders(el)[0]!.getAttribute("aria-valuetext")).toBe("غير مقيّم");
    // The unrated domains are listed with the Arabic comma, not a Latin one (and isolated: FSI … PDI).
    const names = small.domains.map((d) => `مجال ${d.id}`);
    expect(el.validationMessage).toBe(`المجالات الناقصة: \u2068${names.join("، ")}\u2069.`);
    // The first domain sits left of 12 o'clock in RTL.
    const svg = el.shadowRoot!.querySelector("svg")!.getBoundingClientRect();
    const first = sliders(el)[0]!.querySelector(".sector")!.getBoundingClientRect();
    expect(first.left + first.width / 2).toBeLessThan(svg.left + svg.width / 2);
    await expectNoAxeViolations(el);
  });

  it("draws each label in its own language's direction: a fallback keeps its full stop, and its place", async () => {
    registerLocale("ar", {}, { dir: "rtl" });
    // The same words twice: once English that the Arabic wheel falls back to, once tagged Arabic.
    const wheelWith = (label: Record<string, string>) =>
      mount((e) => {
        e.definition = {
          ...small,
          domains: [{ id: "home", label }, ...small.domains.slice(1)],
        };
        e.locale = "ar";
      });
    const text = (el: FamwelLifeWheel) =>
      el.shadowRoot!.querySelector<SVGTextElement>('text.label[lang]:not([lang="nb"])')!;
    const fallback = text(await wheelWith({ nb: "Bolig", en: "Home etc." }));
    const own = text(await wheelWith({ nb: "Bolig", ar: "Home etc." }));
    expect(fallback.getAttribute("lang")).toBe("en");
    // English left to right, its "." at the right end; Arabic text keeps the wheel's direction.
    expect(drawnLeftToRight(fallback)).toBe(true);
    expect(drawnLeftToRight(own)).toBe(false);
    // Where the layout put it: text-anchor follows the label's direction, so the box is the same.
    const [a, b] = [fallback.getBBox(), own.getBBox()];
    expect(Math.abs(a.x - b.x)).toBeLessThan(0.5);
    expect(Math.abs(a.width - b.width)).toBeLessThan(0.5);
  });

  it("never overlaps labels at 12 domains in 320 px", async () => {
    const host = boxOfWidth(320);
    const domains = Array.from({ length: 12 }, (_, i) => ({
      id: `d${i}`,
      label: {
        nb: [
          "Bolig og nærmiljø",
          "Penger og arbeid",
          "Helse",
          "Familien",
          "Barnas hverdag i barnehage og skole",
          "Venner og nettverk",
          "Fritid",
          "Trygghet",
          "Hverdagsrutiner",
          "Hjelp fra tjenestene",
          "Kultur og tro",
          "Arbeidsavklaringspenger",
        ][i]!,
      },
    }));
    const el = await mount((e) => (e.definition = { ...small, domains, maxDomains: 12 }), host);
    // Laid out for its width from the first render on (section-element.ts).
    expect(el.shadowRoot!.querySelector("svg")!.getAttribute("width")).toBe("320");
    // A label is a <text> a line; every name is there in full and in order, cut words rejoined.
    const lines = [...el.shadowRoot!.querySelectorAll("text.label")];
    expect(
      lines
        .map((t) => t.textContent)
        .join("\n")
        .replace(/-\n/g, "")
        .replace(/\n/g, " "),
    ).toBe(domains.map((d) => d.label.nb).join(" "));
    expect(lines.length).toBeGreaterThan(12); // the long names wrap at 320 px
    const boxes = lines.map((t) => t.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap =
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `label lines ${i} and ${j} overlap`).toBe(false);
      }
    for (const b of boxes)
      expect(b.left).toBeGreaterThanOrEqual(host.getBoundingClientRect().left - 0.5);
  });

  it("exports a picture the family can keep: standalone SVG with colours and no scripts or style attributes", async () => {
    const el = await mount((e) => {
      e.definition = small;
      e.value = { type: "wheel", domains: { home: { current: 6, at: "2026-01-01T00:00:00Z" } } };
    });
    const text = wheelSvgText(el.shadowRoot!.querySelector("svg")!, "Livet vårt");
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelector("title")!.textContent).toBe("Livet vårt");
    expect(doc.querySelector(".fill, [class]")).toBeNull();
    expect(text).not.toMatch(/style=|<script|tabindex/);
    expect([...doc.querySelectorAll("text")].map((t) => t.textContent)).toContain("Bolig");
    expect(doc.querySelector("path[fill]:not([fill='none'])")).not.toBeNull();
  });
});
