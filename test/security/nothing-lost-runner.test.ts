// Issue 8, item 5 for <famwel-instrument>: model-based, with fast-check commands that drive the real
// runner with the bundled `family` instrument (wheel, text, map, reflection and choice sections) in
// Chromium under the strict policy. Commands: ratings and text by keyboard in the step shown, a
// person added to the map, consent choices, ticked choices, Next/Back, the summary's "Change"
// buttons, the language switcher, the definition set again (the same object, a copy, a newer
// version whose `replaces` renames a domain and an item), a host form reset, saving the
// `famwel-draft` payload and setting it back as `response`, and submit. After every step the model,
// the runner's response (`_draft()`), the last `famwel-draft` (after an edit) or the `famwel-submit`
// payload, the host form's FormData and what the step shows must agree, and every emitted response
// must pass parseResponse against the definition: no answer dropped or attached to another item.
//
// The runner is not a form control (it hands its response to the host through events), so the
// host form must post its own fields and nothing else, before and after a reset. Figures print at
// the end.
import fc from "fast-check";
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseResponse } from "../../packages/instrument/src/index.js";
import { launch, open } from "./browser.js";

const base = inject("securityUrl");
const missing = inject("securityMissing");
let browser: Browser;
let page: Page;
let family: Definition;
const figures = { runs: 0, steps: 0, failures: 0, drafts: 0, submits: 0, upgrades: 0, map: 0 };

interface Definition {
  version: string;
  sections: Array<{
    type: string;
    id: string;
    domains?: Array<{ id: string; replaces?: string[] }>;
    items?: Array<{
      id: string;
      replaces?: string[];
      options?: Array<{ id: string; label: Record<string, string> }>;
    }>;
    prompts?: Array<{ id: string; required?: boolean }>;
  }>;
}
type Prompt = { text: string; share?: boolean };
type Person = { label: string; ring: string; removed?: boolean };
const RINGS = ["close", "middle", "distant"];
const byPerson = (a: Person, b: Person) =>
  JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0;
const shown = (m: { people: Person[] }) => m.people.filter((x) => !x.removed);
/** The answers, as the family gave them, keyed by the ids the current definition uses. */
interface Answers {
  wheel: Record<string, number>;
  about: Record<string, string>;
  /** The family's own people on the map, with their ring; a removed one stays, marked. */
  people: Person[];
  reflection: Record<string, Prompt>;
  who: string[];
  how?: string;
}
interface Model extends Answers {
  step: number;
  returnToSummary: boolean;
  locale: "nb" | "nn" | "en";
  done: boolean;
  /** Missing answers the error summary lists ("section/item"). */
  errors: string[];
  /** Minor version of the definition: each upgrade renames a domain and a text item. */
  minor: number;
  /** Current ids of the renamed domain and item. */
  housing: string;
  strengths: string;
  saved?: { minor: number; answers: Answers };
  /** The host's `response` was put back and nothing has been answered since. */
  pending: boolean;
  /** What famwel-submit carried. */
  submitted?: Answers;
}

const SUMMARY = 5;
const DOMAINS = [
  "housing",
  "economy",
  "health",
  "family-life",
  "children",
  "everyday",
  "network",
  "leisure",
  "safety",
  "services",
];
const PROMPTS = ["family-what-helps", "family-must-happen", "family-tell-services"];
const WHO = ["parents", "children", "others"];
const HOW = ["good", "mixed", "hard"];

const copy = <T>(v: T): T => structuredClone(v);
const answersOf = (m: Model): Answers => ({
  wheel: m.wheel,
  about: m.about,
  people: m.people,
  reflection: m.reflection,
  who: m.who,
  ...(m.how !== undefined ? { how: m.how } : {}),
});
const domainIds = (m: Model) => DOMAINS.map((d) => (d === "housing" ? m.housing : d));
const aboutIds = (m: Model) => ["good-life", m.strengths];

/** What a response says, in the model's terms (timestamps and ids of people left out). */
interface ResponseShape {
  answers: Record<
    string,
    | {
        type: string;
        domains?: Record<string, { current?: number }>;
        items?: Record<string, { value: unknown }>;
        nodes?: Record<string, { label?: string; ring: string; removed?: boolean }>;
        prompts?: Record<string, Prompt & { at?: string }>;
      }
    | undefined
  >;
}
function project(r: ResponseShape): Answers {
  const a = r.answers;
  const wheel: Record<string, number> = {};
  for (const [id, d] of Object.entries(a.wheel?.domains ?? {}))
    if (d.current !== undefined) wheel[id] = d.current;
  const about: Record<string, string> = {};
  for (const [id, v] of Object.entries(a.about?.items ?? {})) about[id] = v.value as string;
  const reflection: Record<string, Prompt> = {};
  for (const [id, p] of Object.entries(a.reflection?.prompts ?? {}))
    reflection[id] = { text: p.text, ...(p.share !== undefined ? { share: p.share } : {}) };
  const items = a["taking-part"]?.items ?? {};
  const how = items["how-was-it"]?.value as string | undefined;
  return {
    wheel,
    about,
    people: Object.values(a.network?.nodes ?? {})
      .map((n) => ({ label: n.label ?? "", ring: n.ring, ...(n.removed ? { removed: true } : {}) }))
      .sort(byPerson),
    reflection,
    who: (items.who?.value as string[] | undefined) ?? [],
    ...(how !== undefined ? { how } : {}),
  };
}
const sorted = (a: Answers): Answers => ({ ...a, people: [...a.people].sort(byPerson) });

/** Required answers the family instrument asks for, per section, as the runner checks them. */
function missingIn(m: Model, step: number): string[] {
  if (step === 3 && !m.reflection["family-what-helps"]?.text.trim())
    return ["reflection/family-what-helps"];
  if (step === 4 && m.how === undefined) return ["taking-part/how-was-it"];
  return [];
}
const missingAll = (m: Model) => [3, 4].flatMap((s) => missingIn(m, s));
/** After an edit, a listed problem goes once its answer is there. */
function edited(m: Model) {
  const still = missingAll(m);
  m.errors = m.errors.filter((e) => still.includes(e));
}

beforeAll(async () => {
  browser = await launch();
  ({ page } = await open(browser, `${base}pages/harness.html?element=instrument&state=empty`));
  family = (await (await fetch(new URL("/defs/family.json", base))).json()) as Definition;
});
afterAll(async () => {
  await browser?.close();
  console.log(
    `nothing lost (runner): ${figures.runs} runs, ${figures.steps} steps checked, ${figures.failures} failures ` +
      `(${figures.drafts} famwel-draft and ${figures.submits} famwel-submit payloads compared and validated, ` +
      `${figures.upgrades} version upgrades migrated, ${figures.map} people added, moved or removed on the map)`,
  );
});

type Runner = HTMLElement & {
  instrument: unknown;
  response: unknown;
  locale: string;
  role: string;
  draftDelay: number;
  updateComplete: Promise<unknown>;
  _def: Definition | undefined;
  _draft(): ResponseShape | undefined;
};
interface Recorded {
  drafts: unknown[];
  submits: unknown[];
  saved?: unknown;
}

/** Everything that must agree, read in the page. */
function observe(p: Page) {
  return p.evaluate(async () => {
    const rec = (window as unknown as { famwelRunner: Recorded }).famwelRunner;
    const el = document.getElementById("instrument") as Runner;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const child = root.querySelector(".child");
    const inChild = <E extends Element>(sel: string) => [
      ...(child?.shadowRoot?.querySelectorAll<E>(sel) ?? []),
    ];
    const steps = [...root.querySelectorAll(".steps li")];
    const summary = [...root.querySelectorAll(".summary-section")].map((s) =>
      [...s.querySelectorAll(".row")].map((r) => ({
        label: r.querySelector("dt")?.textContent?.trim() ?? "",
        value: r.querySelector("dd.empty")
          ? ""
          : // The answer exactly as written, spaces and all (the span holds nothing else).
            (r.querySelector("dd .value")?.textContent ?? ""),
      })),
    );
    return {
      step: steps.findIndex((li) => li.getAttribute("aria-current") === "step"),
      done: root.querySelector("[part=done]") !== null,
      lang: root.querySelector("[part=runner]")?.getAttribute("lang"),
      pressed: root.querySelector("[part=languages] [aria-pressed=true]")?.getAttribute("lang"),
      errors: root.querySelectorAll(".error-summary li").length,
      problems: root.querySelectorAll("[role=alert]").length,
      definition: el._def,
      response: el._draft(),
      drafts: rec.drafts.length,
      draft: rec.drafts.at(-1) as ResponseShape | undefined,
      submits: rec.submits as ResponseShape[],
      form: [...new FormData(document.getElementById("form") as HTMLFormElement).keys()],
      sliders: inChild("[role=slider]").map((s) => s.getAttribute("aria-valuenow")),
      texts: Object.fromEntries(
        [...root.querySelectorAll<HTMLTextAreaElement>("textarea")].map((t) => [t.id, t.value]),
      ),
      prompts: Object.fromEntries(
        inChild<HTMLTextAreaElement>("textarea").map((t) => [t.id, t.value]),
      ),
      consent: inChild<HTMLInputElement>("input[type=radio]:checked").map((r) => r.name + r.value),
      nodes: inChild(".node").map((n) => n.getAttribute("aria-label") ?? ""),
      checked: [...root.querySelectorAll<HTMLInputElement>("input:checked")].map(
        (i) => `${i.name}=${i.value}`,
      ),
      summary,
    };
  });
}

/** The response passes the validator against the definition the runner holds. */
function valid(response: unknown, definition: unknown) {
  const parsed = parseResponse(response, { instrument: definition as never });
  return parsed.ok ? [] : parsed.errors.map((e) => `${e.pointer} ${e.rule}`);
}

async function check(m: Model, p: Page, waitDraft = false) {
  figures.steps++;
  let seen = await observe(p);
  const want = sorted(answersOf(m));
  if (waitDraft) {
    // The draft is debounced (draft-delay 0 here): wait for the one that follows this edit.
    await expect
      .poll(
        async () => {
          seen = await observe(p);
          return seen.draft && project(seen.draft);
        },
        { timeout: 3000 },
      )
      .toEqual(want);
    figures.drafts++;
    expect(valid(seen.draft, seen.definition), "the draft passes parseResponse").toEqual([]);
  }
  expect(seen.definition?.version).toBe(`1.${m.minor}.0`);
  // The runner's own response: every answer, under its own item.
  expect(project(seen.response!)).toEqual(want);
  // The host form posts its own field and nothing from inside the runner.
  expect(seen.form).toEqual(["host"]);
  expect(seen.lang).toBe(m.locale);
  expect(seen.pressed).toBe(m.locale);
  expect(seen.problems).toBe(0);
  expect(seen.done).toBe(m.done);
  if (m.done) {
    // The submitted reading as it was sent (a newer definition since renames only the runner's).
    expect(seen.submits.length).toBe(1);
    expect(project(seen.submits[0]!)).toEqual(m.submitted);
    return;
  }
  expect(seen.submits).toEqual([]);
  expect(seen.step).toBe(m.step);
  expect(seen.errors).toBe(m.errors.length);
  // What the step shows.
  switch (m.step) {
    case 0:
      expect(seen.sliders).toEqual(
        domainIds(m).map((id) => (m.wheel[id] === undefined ? null : String(m.wheel[id]))),
      );
      break;
    case 1:
      expect(seen.texts).toEqual(
        Object.fromEntries(aboutIds(m).map((id) => [`q-about--${id}`, m.about[id] ?? ""])),
      );
      break;
    case 2:
      // Each person once, in their ring, named in the language shown.
      expect(seen.nodes.length).toBe(shown(m).length);
      for (const { label, ring } of shown(m))
        expect(
          seen.nodes.filter((n) => n.startsWith(`${label}: ${ringLabel(ring, m.locale)},`)),
        ).toHaveLength(1);
      break;
    case 3:
      expect(seen.prompts).toEqual(
        Object.fromEntries(PROMPTS.map((id) => [`p-${id}-text`, m.reflection[id]?.text ?? ""])),
      );
      expect(seen.consent.sort()).toEqual(
        PROMPTS.flatMap((id) => {
          const s = m.reflection[id]?.share;
          return s === undefined ? [] : [`p-${id}-share${s ? "share" : "keep"}`];
        }).sort(),
      );
      break;
    case 4:
      expect(seen.checked.sort()).toEqual(
        [
          ...m.who.map((w) => `q-taking-part--who=${w}`),
          ...(m.how ? [`q-taking-part--how-was-it=${m.how}`] : []),
        ].sort(),
      );
      break;
    case SUMMARY: {
      const [wheel, about, network, reflection, choice] = seen.summary;
      // Rated domains in the definition's order, each with its own number; or "not answered".
      const rated = domainIds(m).filter((id) => m.wheel[id] !== undefined);
      expect(wheel!.map((r) => (r.value ? Number.parseInt(r.value, 10) : ""))).toEqual(
        rated.length ? rated.map((id) => m.wheel[id]) : [""],
      );
      expect(about!.map((r) => r.value)).toEqual(aboutIds(m).map((id) => m.about[id] ?? ""));
      expect(network!.map((r) => r.label).sort()).toEqual(
        shown(m).length
          ? shown(m)
              .map((x) => x.label)
              .sort()
          : [expect.any(String)],
      );
      expect(
        reflection!.map((r, i) => {
          const text = m.reflection[PROMPTS[i]!]?.text ?? "";
          return text.trim() ? r.value.startsWith(text) : r.value === "";
        }),
      ).toEqual(PROMPTS.map(() => true));
      // The options picked, by their labels in the language shown, in the definition's order.
      const items = family.sections.find((s) => s.id === "taking-part")!.items!;
      const label = (item: number, id: string) =>
        items[item]!.options!.find((o) => o.id === id)!.label[m.locale];
      expect(choice!.map((r) => r.value)).toEqual([
        m.who.map((w) => label(0, w)).join(", "),
        m.how ? label(1, m.how) : "",
      ]);
    }
  }
}

/** A ring's name in the language shown, from the definition. */
function ringLabel(ring: string, locale: string): string {
  const map = family.sections.find((s) => s.id === "network")! as unknown as {
    rings: Array<{ id: string; label: Record<string, string> }>;
  };
  return map.rings.find((r) => r.id === ring)!.label[locale]!;
}

/** The answers, written the same way whatever order their keys were set in. */
function snapshot(m: Model): string {
  const canon = (v: unknown): unknown =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
        )
      : v;
  return JSON.stringify(canon(answersOf(m)));
}

/** After an edit: problems it answered leave the error summary, a draft follows, all agree. */
async function answered(m: Model, p: Page, was: string) {
  const changed = snapshot(m) !== was;
  if (changed) {
    edited(m);
    m.pending = false;
  }
  await check(m, p, changed);
}

// ---- commands -------------------------------------------------------------------------------------

type Cmd = fc.AsyncCommand<Model, Page>;
const editable = (m: Readonly<Model>, step: number) => !m.done && m.step === step;

/** Focus a control (Playwright's CSS pierces open shadow roots) and press keys on it. */
async function press(p: Page, selector: string, ...keys: string[]) {
  const target = p.locator(selector).first();
  // What a family can see: the runner holds its nav unseen while a step's element draws.
  await expect.poll(() => target.isVisible()).toBe(true);
  await target.focus();
  for (const k of keys) await target.press(k);
}

class Rate implements Cmd {
  constructor(
    readonly index: number,
    readonly key: "Home" | "End" | "ArrowUp",
  ) {}
  check = (m: Readonly<Model>) => editable(m, 0);
  async run(m: Model, p: Page) {
    await p.locator("#instrument famwel-life-wheel [role=slider]").nth(this.index).focus();
    await p.keyboard.press(this.key);
    const id = domainIds(m)[this.index]!;
    const before = m.wheel[id];
    const was = snapshot(m);
    // The first key on an unrated domain rates it at the scale's start.
    m.wheel[id] =
      this.key === "End"
        ? 10
        : this.key === "Home" || before === undefined
          ? 0
          : Math.min(10, before + 1);
    await answered(m, p, was);
  }
  toString = () => `rate ${this.index} ${this.key}`;
}

class Type implements Cmd {
  constructor(
    readonly item: 0 | 1,
    readonly text: string,
  ) {}
  check = (m: Readonly<Model>) => editable(m, 1);
  async run(m: Model, p: Page) {
    const was = snapshot(m);
    const id = aboutIds(m)[this.item]!;
    await press(p, `#instrument #q-about--${id}`, "Control+End");
    await p.keyboard.type(this.text);
    const next = (m.about[id] ?? "") + this.text;
    if (next.trim()) m.about[id] = next;
    else delete m.about[id];
    await answered(m, p, was);
  }
  toString = () => `type ${this.item} ${JSON.stringify(this.text)}`;
}

class Clear implements Cmd {
  constructor(readonly item: 0 | 1) {}
  check = (m: Readonly<Model>) => editable(m, 1) && m.about[aboutIds(m)[this.item]!] !== undefined;
  async run(m: Model, p: Page) {
    const was = snapshot(m);
    const id = aboutIds(m)[this.item]!;
    await press(p, `#instrument #q-about--${id}`, "Control+a", "Backspace");
    delete m.about[id];
    await answered(m, p, was);
  }
  toString = () => `clear ${this.item}`;
}

class AddPerson implements Cmd {
  constructor(readonly label: string) {}
  // One person per name on the map, so the commands below can find them by name.
  check = (m: Readonly<Model>) =>
    editable(m, 2) && m.people.length < 5 && !shown(m).some((x) => x.label === this.label);
  async run(m: Model, p: Page) {
    const was = snapshot(m);
    await press(p, "#instrument famwel-service-map .add input[name=label]");
    await p.keyboard.type(this.label);
    await p.keyboard.press("Enter");
    m.people.push({ label: this.label, ring: "middle" }); // the form offers the middle ring
    figures.map++;
    await answered(m, p, was);
  }
  toString = () => `add person ${this.label}`;
}

/** Shift+Arrow moves a person a ring in or out; Delete removes them (kept, marked, in the answer). */
class MovePerson implements Cmd {
  constructor(
    readonly index: number,
    readonly key: "Shift+ArrowUp" | "Shift+ArrowDown" | "Delete",
  ) {}
  check = (m: Readonly<Model>) => editable(m, 2) && shown(m).length > 0;
  async run(m: Model, p: Page) {
    const was = snapshot(m);
    const person = shown(m)[this.index % shown(m).length]!;
    await press(
      p,
      `#instrument famwel-service-map .node[aria-label^="${person.label}:"]`,
      this.key,
    );
    figures.map++;
    if (this.key === "Delete") person.removed = true;
    else {
      const i = RINGS.indexOf(person.ring) + (this.key === "Shift+ArrowUp" ? -1 : 1);
      person.ring = RINGS[Math.max(0, Math.min(RINGS.length - 1, i))]!;
    }
    await answered(m, p, was);
  }
  toString = () => `person ${this.index} ${this.key}`;
}

class Reflect implements Cmd {
  constructor(
    readonly prompt: number,
    readonly text: string,
  ) {}
  check = (m: Readonly<Model>) => editable(m, 3);
  async run(m: Model, p: Page) {
    const was = snapshot(m);
    const id = PROMPTS[this.prompt]!;
    await press(p, `#instrument famwel-reflection #p-${id}-text`, "Control+End");
    await p.keyboard.type(this.text);
    m.reflection[id] = { ...m.reflection[id], text: (m.reflection[id]?.text ?? "") + this.text };
    await answered(m, p, was);
  }
  toString = () => `reflect ${this.prompt} ${JSON.stringify(this.text)}`;
}

class Consent implements Cmd {
  constructor(
    readonly prompt: number,
    readonly share: boolean,
  ) {}
  check = (m: Readonly<Model>) => editable(m, 3);
  async run(m: Model, p: Page) {
    const was = snapshot(m);
    const id = PROMPTS[this.prompt]!;
    const value = this.share ? "share" : "keep";
    await press(
      p,
      `#instrument famwel-reflection input[name=p-${id}-share][value=${value}]`,
      "Space",
    );
    m.reflection[id] = { text: m.reflection[id]?.text ?? "", share: this.share };
    await answered(m, p, was);
  }
  toString = () => `consent ${this.prompt} ${this.share}`;
}

class Tick implements Cmd {
  constructor(readonly option: number) {}
  check = (m: Readonly<Model>) => editable(m, 4);
  async run(m: Model, p: Page) {
    const was = snapshot(m);
    const id = WHO[this.option]!;
    await press(p, `#instrument input[name=q-taking-part--who][value=${id}]`, "Space");
    m.who = m.who.includes(id) ? m.who.filter((w) => w !== id) : [...m.who, id];
    m.who.sort((a, b) => WHO.indexOf(a) - WHO.indexOf(b));
    await answered(m, p, was);
  }
  toString = () => `tick ${WHO[this.option]}`;
}

class Pick implements Cmd {
  constructor(readonly option: number) {}
  check = (m: Readonly<Model>) => editable(m, 4);
  async run(m: Model, p: Page) {
    const was = snapshot(m);
    const id = HOW[this.option]!;
    await press(p, `#instrument input[name=q-taking-part--how-was-it][value=${id}]`, "Space");
    m.how = id;
    await answered(m, p, was);
  }
  toString = () => `pick ${HOW[this.option]}`;
}

class Next implements Cmd {
  check = (m: Readonly<Model>) => !m.done && m.step < SUMMARY;
  async run(m: Model, p: Page) {
    await press(p, "#instrument .nav button.primary", "Enter");
    const missing = missingIn(m, m.step);
    if (missing.length) m.errors = missing;
    else {
      m.errors = [];
      m.step = m.returnToSummary ? SUMMARY : m.step + 1;
      m.returnToSummary = false;
    }
    await check(m, p);
  }
  toString = () => "next";
}

/** Next until the summary, or until a step stops it with its error summary. */
class Onwards implements Cmd {
  check = (m: Readonly<Model>) => !m.done && m.step < SUMMARY;
  async run(m: Model, p: Page) {
    const next = new Next();
    do await next.run(m, p);
    while (m.step < SUMMARY && !m.errors.length);
  }
  toString = () => "onwards";
}

class Back implements Cmd {
  check = (m: Readonly<Model>) => !m.done && m.step > 0;
  async run(m: Model, p: Page) {
    await press(p, "#instrument .nav button.secondary", "Enter");
    m.errors = [];
    m.step--;
    m.returnToSummary = false;
    await check(m, p);
  }
  toString = () => "back";
}

class Change implements Cmd {
  constructor(readonly section: number) {}
  check = (m: Readonly<Model>) => !m.done && m.step === SUMMARY;
  async run(m: Model, p: Page) {
    await p.locator("#instrument .summary-head button").nth(this.section).focus();
    await p.keyboard.press("Enter");
    m.errors = [];
    m.step = this.section;
    m.returnToSummary = true;
    await check(m, p);
  }
  toString = () => `change ${this.section}`;
}

class Submit implements Cmd {
  check = (m: Readonly<Model>) => !m.done && m.step === SUMMARY;
  async run(m: Model, p: Page) {
    await press(p, "#instrument .nav button.primary", "Enter");
    const missing = missingAll(m);
    if (missing.length) m.errors = missing;
    else {
      m.done = true;
      m.submitted = sorted(copy(answersOf(m)));
    }
    await check(m, p);
    if (m.done) {
      const seen = await observe(p);
      expect(seen.submits.length).toBe(1);
      expect((seen.submits[0] as { status?: string }).status).toBe("completed");
      expect(valid(seen.submits[0], seen.definition), "famwel-submit passes parseResponse").toEqual(
        [],
      );
      figures.submits++;
    }
  }
  toString = () => "submit";
}

class Language implements Cmd {
  constructor(readonly locale: Model["locale"]) {}
  check = () => true;
  async run(m: Model, p: Page) {
    // The switcher stays in the header after submit too.
    await press(p, `#instrument [part=languages] button[lang=${this.locale}]`, "Enter");
    m.locale = this.locale;
    await check(m, p);
  }
  toString = () => `language ${this.locale}`;
}

/** The id a newer version gives: `housing` → `housing-2` → `housing` → `housing-4` … */
const renamed = (current: string, first: string, minor: number) =>
  current === first ? `${first}-${minor}` : first;

class Reload implements Cmd {
  constructor(readonly how: "same" | "copy" | "newer") {}
  // A newer definition while the host's older `response` is still all there is opens that response
  // read-only (its version is not the definition's): documented, and no answer is lost by it.
  check = (m: Readonly<Model>) => this.how !== "newer" || !m.pending;
  async run(m: Model, p: Page) {
    await p.evaluate(
      ([how, minor, housing, strengths, toHousing, toStrengths]) => {
        const el = document.getElementById("instrument") as Runner;
        const def = el.instrument as Definition;
        if (how === "same") el.instrument = def;
        else if (how === "copy") el.instrument = structuredClone(def);
        else {
          // A newer version of the same instrument: one domain and one text item renamed (every
          // other version back to their first ids, which the runner has seen before).
          const next = structuredClone(def);
          next.version = `1.${minor + 1}.0`;
          const wheel = next.sections.find((s) => s.id === "wheel")!;
          const d = wheel.domains!.find((x) => x.id === housing)!;
          d.replaces = [housing];
          d.id = toHousing;
          const about = next.sections.find((s) => s.id === "about")!;
          const i = about.items!.find((x) => x.id === strengths)!;
          i.replaces = [strengths];
          i.id = toStrengths;
          el.instrument = next;
        }
      },
      [
        this.how,
        m.minor,
        m.housing,
        m.strengths,
        renamed(m.housing, "housing", m.minor + 1),
        renamed(m.strengths, "strengths", m.minor + 1),
      ] as const,
    );
    if (this.how === "newer") {
      m.minor++;
      const [housing, strengths] = [
        renamed(m.housing, "housing", m.minor),
        renamed(m.strengths, "strengths", m.minor),
      ];
      if (m.wheel[m.housing] !== undefined) m.wheel[housing] = m.wheel[m.housing]!;
      delete m.wheel[m.housing];
      if (m.about[m.strengths] !== undefined) m.about[strengths] = m.about[m.strengths]!;
      delete m.about[m.strengths];
      [m.housing, m.strengths] = [housing, strengths];
      figures.upgrades++;
    }
    await check(m, p);
  }
  toString = () => `reload ${this.how}`;
}

class Reset implements Cmd {
  check = () => true;
  async run(m: Model, p: Page) {
    await press(p, "#reset-button", "Enter");
    await check(m, p); // the runner is not a form control: its answers stay
  }
  toString = () => "form reset";
}

class SaveDraft implements Cmd {
  // The last famwel-draft is the reading as of the last edit; keep it when it is that.
  check = (m: Readonly<Model>) => !m.done;
  async run(m: Model, p: Page) {
    const seen = await observe(p);
    if (
      !seen.draft ||
      seen.definition?.version !==
        (seen.draft as { instrument?: { version?: string } }).instrument?.version
    )
      return check(m, p);
    // Only a draft that says what the model says (a newer version has not renamed since).
    if (JSON.stringify(project(seen.draft)) !== JSON.stringify(sorted(answersOf(m))))
      return check(m, p);
    await p.evaluate(() => {
      const rec = (window as unknown as { famwelRunner: Recorded }).famwelRunner;
      rec.saved = JSON.parse(JSON.stringify(rec.drafts.at(-1))) as unknown;
    });
    m.saved = { minor: m.minor, answers: copy(answersOf(m)) };
    await check(m, p);
  }
  toString = () => "save draft";
}

class RestoreDraft implements Cmd {
  // A draft of another version opens read-only (the host migrates it): not this test's business.
  check = (m: Readonly<Model>) => !m.done && m.saved !== undefined && m.saved.minor === m.minor;
  async run(m: Model, p: Page) {
    await p.evaluate(() => {
      const rec = (window as unknown as { famwelRunner: Recorded }).famwelRunner;
      const el = document.getElementById("instrument") as Runner;
      el.response = JSON.parse(JSON.stringify(rec.saved)) as unknown;
    });
    // Each section the draft holds returns as it was saved; the others keep what they have.
    const s = m.saved!.answers;
    if (Object.keys(s.wheel).length) m.wheel = copy(s.wheel);
    if (Object.keys(s.about).length) m.about = copy(s.about);
    if (s.people.length) m.people = copy(s.people);
    if (Object.keys(s.reflection).length) m.reflection = copy(s.reflection);
    if (s.who.length || s.how !== undefined) {
      m.who = [...s.who];
      if (s.how !== undefined) m.how = s.how;
      else delete m.how;
    }
    m.pending = true;
    await check(m, p); // the error summary stays until the next check, as after any resume
  }
  toString = () => "restore draft";
}

/** An answer in whatever step is showing: keeps the runs busy instead of skipping commands. */
class Answer implements Cmd {
  constructor(
    readonly pick: number,
    readonly text: string,
    readonly flag: boolean,
  ) {}
  private _cmd(m: Readonly<Model>): Cmd | undefined {
    const n = this.pick;
    const i = (k: number) => n % k;
    switch (m.step) {
      case 0:
        return new Rate(i(10), (["Home", "End", "ArrowUp"] as const)[n % 3]!);
      case 1:
        return this.flag && n % 4 === 0
          ? new Clear(i(2) as 0 | 1)
          : new Type(i(2) as 0 | 1, this.text);
      case 2: {
        const add = new AddPerson(["Mormor", "Naboen Kari", "Trener"][i(3)]!);
        if (!shown(m).length || (n % 3 === 0 && add.check(m))) return add;
        return new MovePerson(
          i(5),
          n % 6 === 1 ? "Delete" : this.flag ? "Shift+ArrowUp" : "Shift+ArrowDown",
        );
      }
      case 3:
        // The first prompt is required: it gets most of the typing, so runs get past it.
        return n % 3 === 0
          ? new Consent(i(3), this.flag)
          : new Reflect(n % 5 < 3 ? 0 : i(3), this.text);
      case 4:
        return this.flag ? new Tick(i(3)) : new Pick(i(3));
    }
    return undefined;
  }
  check = (m: Readonly<Model>) => {
    const c = this._cmd(m);
    return c !== undefined && c.check(m);
  };
  run = (m: Model, p: Page) => this._cmd(m)!.run(m, p);
  toString = () => `answer ${this.pick} ${JSON.stringify(this.text)} ${this.flag}`;
}

/** What the host hands back as `response` when a run resumes a reading. */
const RESUMED: Answers = {
  wheel: { housing: 3, safety: 8 },
  about: { "good-life": "Vi ler mye sammen" },
  people: [],
  reflection: { "family-what-helps": { text: "Mormor og skolen", share: false } },
  who: ["parents"],
  how: "mixed",
};
const at = "2026-11-20T10:00:00.000Z";
const resumedResponse = {
  id: "r-resumed",
  instrument: { id: "famwel.family", version: "1.0.0", hash: `sha256:${"0".repeat(64)}` },
  role: "family",
  locale: "nb",
  status: "in-progress",
  created: at,
  updated: at,
  answers: {
    wheel: {
      type: "wheel",
      domains: { housing: { current: 3, at }, safety: { current: 8, at } },
    },
    about: { type: "text", items: { "good-life": { value: "Vi ler mye sammen", at } } },
    reflection: {
      type: "reflection",
      prompts: { "family-what-helps": { text: "Mormor og skolen", share: false, at } },
    },
    "taking-part": {
      type: "choice",
      items: { who: { value: ["parents"], at }, "how-was-it": { value: "mixed", at } },
    },
  },
};

/** A fresh runner for each run, with the bundled definition, in bokmål, drafts at once; either
 * empty or resuming a reading the host kept. */
async function fresh(p: Page, resumed: boolean) {
  await p.evaluate(
    async ([def, response]) => {
      const el = document.createElement("famwel-instrument") as Runner;
      const rec: Recorded = { drafts: [], submits: [] };
      (window as unknown as { famwelRunner: Recorded }).famwelRunner = rec;
      el.addEventListener("famwel-draft", (e) =>
        rec.drafts.push(JSON.parse(JSON.stringify((e as Event & { response: unknown }).response))),
      );
      el.addEventListener("famwel-submit", (e) =>
        rec.submits.push(JSON.parse(JSON.stringify((e as Event & { response: unknown }).response))),
      );
      el.id = "instrument";
      el.setAttribute("name", "instrument");
      el.role = "family";
      el.locale = "nb";
      el.draftDelay = 0;
      el.instrument = structuredClone(def);
      if (response) el.response = response;
      document.getElementById("instrument")!.replaceWith(el);
      await el.updateComplete;
    },
    [family, resumed ? resumedResponse : undefined] as const,
  );
}

/** A fresh runner and the model of it, checked once before the first command. */
async function start(p: Page, resumed: boolean): Promise<Model> {
  await fresh(p, resumed);
  const model: Model = {
    ...(resumed ? copy(RESUMED) : { wheel: {}, about: {}, people: [], reflection: {}, who: [] }),
    step: 0,
    returnToSummary: false,
    pending: resumed,
    locale: "nb",
    done: false,
    errors: [],
    minor: 0,
    housing: "housing",
    strengths: "strengths",
  };
  await check(model, p);
  return model;
}

/**
 * One fixed sequence of commands from a fresh, empty start (the regressions below), then the test's
 * own assertions on the model; counted in the figures like a generated run, failures included.
 */
async function sequence(commands: Cmd[], after: (model: Model) => void): Promise<void> {
  figures.runs++;
  try {
    const model = await start(page, false);
    await fc.asyncModelRun(() => ({ model, real: page }), commands);
    after(model);
  } catch (error) {
    figures.failures++;
    throw error;
  }
}

describe("nothing lost in the runner", () => {
  it.skipIf(missing.includes("instrument"))(
    "people on the map keep their ring and their removal across languages, reloads and a draft",
    async () => {
      await sequence(
        [
          new Next(),
          new Next(),
          new AddPerson("Mormor"),
          new AddPerson("Trener"),
          new MovePerson(0, "Shift+ArrowUp"),
          new MovePerson(1, "Shift+ArrowDown"),
          new MovePerson(1, "Shift+ArrowDown"), // already outermost: stays
          new SaveDraft(),
          new MovePerson(0, "Delete"),
          new AddPerson("Mormor"), // a new Mormor beside the removed one
          new Language("en"),
          new Reload("copy"),
          new Back(),
          new Next(),
          new RestoreDraft(),
          new Language("nn"),
          new Onwards(),
        ],
        (model) => {
          expect(model.people).toEqual([
            { label: "Mormor", ring: "close" },
            { label: "Trener", ring: "distant" },
          ]);
        },
      );
    },
  );

  it.skipIf(missing.includes("instrument"))(
    "an answer cleared under a renamed id stays cleared when a later version takes the old id back",
    async () => {
      await sequence(
        [
          new Rate(0, "End"),
          new Next(),
          new Type(1, "Mormor"),
          new Reload("newer"), // strengths → strengths-1, housing → housing-1
          new Clear(1),
          new Back(),
          new Rate(0, "Home"),
          new Reload("newer"), // strengths-1 → strengths, housing-1 → housing
          new Next(),
        ],
        (model) => {
          expect(model.about).toEqual({});
          expect(model.wheel).toEqual({ housing: 0 });
        },
      );
    },
  );

  // The first counterexample the commands found (fixed in instrument.flow.ts): the host's `response`
  // was put back on every later definition, so a reload after a restored draft overwrote every
  // answer given since, and a newer version then opened read-only.
  it.skipIf(missing.includes("instrument"))(
    "a definition set again after a restored draft keeps the answers given since",
    async () => {
      await sequence(
        [
          new Rate(6, "ArrowUp"),
          new SaveDraft(),
          new Rate(7, "Home"),
          new Rate(6, "End"),
          new RestoreDraft(),
          new Rate(0, "End"), // answered after the restore
          new Reload("copy"),
          new Reload("newer"),
          new Onwards(),
          new Reflect(0, "Mormor"), // editable: not opened read-only
          new Onwards(),
        ],
        (model) => {
          expect(model.wheel).toEqual({ network: 0, "housing-1": 10 });
        },
      );
    },
  );

  it.skipIf(missing.includes("instrument"))(
    "the model, the runner's response, the drafts, submit, the form and the view agree after every step",
    async () => {
      const text = fc.constantFrom("Mormor", " og ", "æøå", "🙂", "ab", "\u202Eabc");
      const answer = fc
        .tuple(fc.nat(59), text, fc.boolean())
        .map(([n, t, f]) => new Answer(n, t, f));
      // The step-specific edits go through Answer (whatever step shows), so few commands are skipped.
      const commands = [
        answer,
        answer,
        answer,
        answer,
        fc.constant(new Next()),
        fc.constant(new Onwards()),
        fc.constant(new Back()),
        fc.integer({ min: 0, max: 4 }).map((i) => new Change(i)),
        fc.constant(new Submit()),
        fc.constant(new Submit()),
        fc.constantFrom("nb" as const, "nn" as const, "en" as const).map((l) => new Language(l)),
        fc
          .constantFrom("same" as const, "copy" as const, "newer" as const)
          .map((h) => new Reload(h)),
        fc.constant(new Reset()),
        fc.constant(new SaveDraft()),
        fc.constant(new RestoreDraft()),
      ];
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.boolean(),
            fc.commands(commands, { maxCommands: 25, size: "max" }),
            async (resumed, cmds) => {
              figures.runs++;
              const model = await start(page, resumed);
              await fc.asyncModelRun(() => ({ model, real: page }), cmds);
            },
          ),
          // FAMWEL_RUNS and FAMWEL_SEED widen a hunt by hand; `pnpm test` keeps it at 20 runs, seed 8.
          {
            numRuns: Number(process.env.FAMWEL_RUNS ?? 20),
            seed: Number(process.env.FAMWEL_SEED ?? 8),
            endOnFailure: true,
          },
        );
      } catch (error) {
        figures.failures++;
        throw error;
      }
    },
    240_000,
  );
});
