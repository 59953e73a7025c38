// Issue 8, item 5 for the service map: model-based, with fast-check commands interleaving what a
// family does on the map (add from the catalog, add their own, remove and undo, rate, write a note,
// name a coordinator, move by keyboard, link and unlink) with what the host does (language, view,
// definition reloads, form reset, draft save and restore). After every step the model, the element's
// value, the host form's value and what the view shows (the list's rows, or the map's nodes and the
// selected node's panel) must agree, node by node: nothing dropped, nothing attached to another node,
// no node that was not touched moved. Runs in Chromium on the strict-CSP harness page. Figures print
// at the end.
import fc from "fast-check";
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mapRated } from "./cases.js";
import { launch, open } from "./browser.js";

const base = inject("securityUrl");
const missing = inject("securityMissing");
let browser: Browser;
let page: Page;
const figures = {
  runs: 0,
  steps: 0,
  failures: 0,
  commands: {} as Record<string, number>,
  /** Tests run that keep two bugs this suite found fixed (see the end of this file). */
  regressions: 0,
};

type Text = Record<string, string>;
interface Option {
  id: string;
  label: Text;
}
interface Section {
  rings: Option[];
  sectors: Option[];
  catalog: Array<Option & { sector: string; kind?: Kind }>;
}
type Kind = "person" | "service" | "group";
interface Node {
  catalog?: string;
  label?: string;
  kind: Kind;
  sector: string;
  ring: string;
  position: number;
  helpfulness?: number;
  important?: boolean;
  note?: string;
  removed?: boolean;
}
interface Link {
  a: string;
  b: string;
  cooperation?: number;
}
/** An answer as the model keeps it: no `at` stamps. */
interface Answer {
  nodes: Record<string, Node>;
  links: Link[];
  coordinator: string | undefined;
}
interface Model extends Answer {
  /** What a form reset returns to: the last value the host set. */
  initial: Answer;
  saved: Answer | undefined;
  view: "map" | "list";
  locale: string;
  /** The node the undo button brings back, if it shows. */
  undo: string | undefined;
}

let section: Section;
const copy = ({ nodes, links, coordinator }: Answer): Answer =>
  structuredClone({ nodes, links, coordinator });
const localized = (text: Text | undefined, locale: string) => text?.[locale] ?? text?.nb ?? "";

/** The value the element holds, as the model sees it. */
function strip(value: RawAnswer): Answer {
  const nodes: Record<string, Node> = {};
  for (const [id, n] of Object.entries(value.nodes)) {
    const { at: _, ...rest } = n;
    nodes[id] = rest;
  }
  return {
    nodes,
    links: (value.links ?? []).map(({ a, b, cooperation }) =>
      cooperation === undefined ? { a, b } : { a, b, cooperation },
    ),
    coordinator: value.coordinator?.node,
  };
}
interface RawAnswer {
  nodes: Record<string, Node & { at?: string }>;
  links?: Array<Link & { at?: string; note?: string }>;
  coordinator?: { node: string };
}

const rank = (options: Option[], id: string) => {
  const i = options.findIndex((o) => o.id === id);
  return i < 0 ? options.length : i;
};
/** The nodes on the map, in drawing and list order: sector, ring, position, id. */
function visible(m: Answer): string[] {
  const key = (id: string) => {
    const n = m.nodes[id]!;
    return [rank(section.sectors, n.sector), rank(section.rings, n.ring), n.position];
  };
  return Object.keys(m.nodes)
    .filter((id) => !m.nodes[id]!.removed)
    .sort((x, y) => {
      const [a, b] = [key(x), key(y)];
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
      return x < y ? -1 : 1;
    });
}
function labelOf(m: Answer, id: string, locale: string): string {
  const n = m.nodes[id]!;
  const entry =
    n.catalog === undefined ? undefined : section.catalog.find((c) => c.id === n.catalog);
  return entry ? localized(entry.label, locale) : (n.label ?? id);
}
/** Links both of whose ends are on the map, first of each pair, as the list shows them. */
function shownLinks(m: Answer): Link[] {
  const on = new Set(visible(m));
  const seen = new Set<string>();
  return m.links.filter((l) => {
    const pair = [l.a, l.b].sort().join(" ");
    if (!on.has(l.a) || !on.has(l.b) || l.a === l.b || seen.has(pair)) return false;
    seen.add(pair);
    return true;
  });
}
const samePair = (l: Link, a: string, b: string) =>
  (l.a === a && l.b === b) || (l.a === b && l.b === a);

beforeAll(async () => {
  browser = await launch();
  ({ page } = await open(browser, `${base}pages/harness.html?element=map&state=rated`));
  page.setDefaultTimeout(3000); // a control that is not there fails the step, not the whole test
  await page.evaluate(() =>
    document.getElementById("map")!.addEventListener("change", () => {
      document.body.dataset.changes = String(Number(document.body.dataset.changes ?? 0) + 1);
    }),
  );
  const def = (await (await fetch(new URL("/defs/service-network.json", base))).json()) as {
    sections: Array<Section & { type: string }>;
  };
  section = def.sections.find((s) => s.type === "network")!;
});
afterAll(async () => {
  await browser?.close();
  console.log(
    `nothing lost (map): ${figures.runs} runs, ${figures.steps} steps checked, ${figures.failures} failures` +
      ` (${Object.entries(figures.commands)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}); ${figures.regressions} fixed-bug tests run`,
  );
});

/** Everything that must agree, read in the page. */
function observe(p: Page) {
  return p.evaluate(async () => {
    const el = document.getElementById("map") as HTMLElement & {
      value: unknown;
      _selected: string | undefined;
      updateComplete: Promise<unknown>;
    };
    await el.updateComplete;
    const root = el.shadowRoot!;
    const controls = (box: Element | null) =>
      box && {
        selects: [...box.querySelectorAll("select")].map((s) => s.value),
        checks: [...box.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].map(
          (c) => c.checked,
        ),
        note: box.querySelector("textarea")?.value,
      };
    const [people, links] = [...root.querySelectorAll("[part=list] table")];
    return {
      value: JSON.parse(JSON.stringify(el.value)) as RawAnswer,
      posted: new FormData(document.getElementById("form") as HTMLFormElement).get("map"),
      selected: el._selected,
      nodes: [...root.querySelectorAll(".node")].map((n) => ({
        id: n.getAttribute("data-id"),
        name: n.getAttribute("aria-label"),
      })),
      panel: root.querySelector("[part=panel]") && {
        title: root.querySelector("[part=panel] h3")!.textContent,
        ...controls(root.querySelector("[part=panel] .controls")),
      },
      rows: people
        ? [...people.querySelectorAll("tbody tr")]
            .filter((r) => r.querySelector("th"))
            .map((r) => ({
              label: r.querySelector("th")!.textContent,
              ...controls(r.querySelector(".controls")),
            }))
        : undefined,
      links: links
        ? [...links.querySelectorAll("tbody tr")].map((r) => ({
            label: r.querySelector("th")!.textContent,
            cooperation: r.querySelector("select")?.value,
          }))
        : [],
      undo: Boolean(root.querySelector(".undo button")),
      changes: Number(document.body.dataset.changes ?? 0),
    };
  });
}
type Seen = Awaited<ReturnType<typeof observe>>;

/** What the list row or the panel must show for one node. */
function controlsOf(m: Model, id: string) {
  const n = m.nodes[id]!;
  return {
    // ring, sector, helpfulness, frequency, direction
    selects: [n.ring, n.sector, n.helpfulness === undefined ? "" : String(n.helpfulness), "", ""],
    // important, coordinator
    checks: [n.important === true, m.coordinator === id],
    note: n.note ?? "",
  };
}

/**
 * Whether the map's selects (ring, sector, ratings, cooperation) show their node's value once the
 * family has used them: they do since `select()` binds `.value` with `live` (see the tests at the
 * end, which show each way they drifted before). With false, the run compares everything else the
 * list and panel show (names, order, checkboxes, notes, links); set it so only to hunt another bug.
 */
const SELECTS_SHOW_THEIR_VALUE = true;
const withoutSelects = <T extends { selects?: unknown } | null | undefined>(c: T): T =>
  SELECTS_SHOW_THEIR_VALUE || !c ? c : { ...c, selects: "not compared" };

function verify(m: Model, seen: Seen) {
  figures.steps++;
  expect(strip(seen.value)).toEqual({ nodes: m.nodes, links: m.links, coordinator: m.coordinator });
  expect(seen.posted).toBe(JSON.stringify(seen.value));
  const order = visible(m);
  const label = (id: string) => labelOf(m, id, m.locale);
  if (m.view === "list") {
    expect(seen.rows?.map(withoutSelects)).toEqual(
      order.map((id) => withoutSelects({ label: label(id), ...controlsOf(m, id) })),
    );
    expect(
      seen.links.map((l) => (SELECTS_SHOW_THEIR_VALUE ? l : { ...l, cooperation: "" })),
    ).toEqual(
      shownLinks(m).map((l) => ({
        label: `${label(l.a)} – ${label(l.b)}`,
        cooperation:
          l.cooperation === undefined || !SELECTS_SHOW_THEIR_VALUE ? "" : String(l.cooperation),
      })),
    );
  } else {
    expect(seen.rows).toBeUndefined();
    expect(seen.nodes.map((n) => n.id)).toEqual(order);
    for (const [i, id] of order.entries()) {
      const n = m.nodes[id]!;
      const ring = localized(section.rings.find((r) => r.id === n.ring)?.label, m.locale);
      const sector = localized(section.sectors.find((s) => s.id === n.sector)?.label, m.locale);
      // "{label}: {ring}, {sector}", punctuated as the language does.
      const name = seen.nodes[i]!.name ?? "";
      expect(name.startsWith(label(id)) && name.includes(ring) && name.includes(sector), name).toBe(
        true,
      );
    }
    // The panel shows the selected node's own ratings, never another node's.
    const selected = seen.selected;
    if (selected !== undefined && order.includes(selected))
      expect(withoutSelects(seen.panel)).toEqual(
        withoutSelects({ title: label(selected), ...controlsOf(m, selected) }),
      );
    else expect(seen.panel).toBeNull();
  }
  expect(seen.undo).toBe(m.undo !== undefined);
}

/** Runs a command's edit, then reads the page, lets the command adopt what only the element knows (a
 * new node's id and place), and checks. */
async function step(
  m: Model,
  p: Page,
  name: string,
  act: () => Promise<void>,
  adopt?: (seen: Seen) => void,
) {
  figures.commands[name] = (figures.commands[name] ?? 0) + 1;
  const before = JSON.stringify(copy(m));
  const changes = await p.evaluate(() => Number(document.body.dataset.changes ?? 0));
  await act();
  const seen = await observe(p);
  adopt?.(seen);
  verify(m, seen);
  // `change` tells the host of the family's edits, once each, and never of the host's own doing.
  const fired = seen.changes - changes;
  if (HOST_STEPS.has(name)) expect(fired, `${name} fires no change`).toBe(0);
  else if (JSON.stringify(copy(m)) !== before) expect(fired, `${name} fires one change`).toBe(1);
  else expect(fired, `${name} fires at most one change`).toBeLessThanOrEqual(1);
}
/** Steps that are the host's (or only change what is shown): the answer's `change` must not fire. */
const HOST_STEPS = new Set([
  "language",
  "view",
  "reload definition",
  "form reset",
  "save draft",
  "restore draft",
]);

const on = (m: Readonly<Model>) => visible(m);
const at = (m: Readonly<Model>, i: number) => {
  const ids = on(m);
  return ids[i % ids.length]!;
};
/**
 * Focuses a node on the map, which selects it. Blurs first: the node <g>s are not keyed by id, so
 * after a host's change (reset, restored draft) or an undo re-renders them, the element that has focus
 * may already stand for this node without selecting it, and focusing it again would fire no focus
 * event. (The family's own keyboard moves and removals keep focus on the node they are on: see the
 * tests at the end.)
 */
async function focusNode(p: Page, id: string) {
  await p.evaluate(() => {
    const active = document.getElementById("map")!.shadowRoot!.activeElement;
    (active as HTMLElement | SVGElement | null)?.blur();
  });
  await p.locator(`#map .node[data-id="${id}"]`).focus();
}

/** The controls of one node: its list row, or its panel after focusing it on the map. */
async function controlsFor(m: Model, p: Page, id: string) {
  if (m.view === "list") {
    const row = visible(m).indexOf(id);
    return p.locator("#map [part=list] table").first().locator("tbody tr").nth(row);
  }
  await focusNode(p, id);
  return p.locator("#map [part=panel] .controls");
}

class AddFromCatalog implements fc.AsyncCommand<Model, Page> {
  constructor(readonly catalog: string) {}
  check = (m: Readonly<Model>) => !on(m).includes(this.catalog);
  run(m: Model, p: Page) {
    const entry = section.catalog.find((c) => c.id === this.catalog)!;
    const name = localized(entry.label, m.locale);
    return step(
      m,
      p,
      "add from catalog",
      async () => {
        await p.locator("#map input[type=search]").fill(name);
        const hit = p
          .locator("#map .hits button")
          .filter({ hasText: new RegExp(`: ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) });
        await hit.first().click();
      },
      (seen) => {
        const old = m.nodes[this.catalog];
        if (old)
          delete old.removed; // back with its place and ratings
        else
          m.nodes[this.catalog] = {
            catalog: this.catalog,
            kind: entry.kind ?? "service",
            sector: entry.sector,
            ring: section.rings[Math.floor(section.rings.length / 2)]!.id,
            position: seen.value.nodes[this.catalog]?.position ?? NaN,
          };
      },
    );
  }
  toString = () => `add ${this.catalog}`;
}

class AddOwn implements fc.AsyncCommand<Model, Page> {
  constructor(
    readonly label: string,
    readonly kind: Kind,
    readonly sector: number,
    readonly ring: number,
  ) {}
  check = () => true;
  run(m: Model, p: Page) {
    const sector = section.sectors[this.sector % section.sectors.length]!.id;
    const ring = section.rings[this.ring % section.rings.length]!.id;
    return step(
      m,
      p,
      "add own",
      async () => {
        const form = p.locator("#map .add form");
        await form.locator("select[name=kind]").selectOption(this.kind);
        await form.locator("select[name=sector]").selectOption(sector);
        await form.locator("select[name=ring]").selectOption(ring);
        await form.locator("input[name=label]").fill(this.label);
        await form.locator("input[name=label]").press("Enter");
      },
      (seen) => {
        const added = Object.keys(seen.value.nodes).filter((id) => !(id in m.nodes));
        expect(added, "one new node, under a new id").toHaveLength(1);
        expect(added[0]).toMatch(/^p-[0-9a-z]{10}$/);
        m.nodes[added[0]!] = {
          label: this.label.trim(),
          kind: this.kind,
          sector,
          ring,
          position: seen.value.nodes[added[0]!]!.position,
        };
      },
    );
  }
  toString = () => `add own ${JSON.stringify(this.label)} ${this.kind} ${this.sector}/${this.ring}`;
}

class Remove implements fc.AsyncCommand<Model, Page> {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => on(m).length > 0;
  run(m: Model, p: Page) {
    const id = at(m, this.index);
    return step(m, p, "remove", async () => {
      if (m.view === "map") {
        await focusNode(p, id);
        await p.keyboard.press("Delete");
      } else await (await controlsFor(m, p, id)).locator(".controls > button").click();
      m.nodes[id]!.removed = true;
      if (m.coordinator === id) m.coordinator = undefined;
      m.undo = id;
    });
  }
  toString = () => `remove #${this.index}`;
}

class Undo implements fc.AsyncCommand<Model, Page> {
  check = (m: Readonly<Model>) => m.undo !== undefined;
  run(m: Model, p: Page) {
    return step(m, p, "undo", async () => {
      await p.locator("#map .undo button").click();
      const n = m.nodes[m.undo!];
      if (n) delete n.removed;
      m.undo = undefined;
    });
  }
  toString = () => "undo";
}

class Rate implements fc.AsyncCommand<Model, Page> {
  constructor(
    readonly index: number,
    readonly helpfulness: number | undefined,
  ) {}
  check = (m: Readonly<Model>) => on(m).length > 0;
  run(m: Model, p: Page) {
    const id = at(m, this.index);
    return step(m, p, "rate", async () => {
      const box = await controlsFor(m, p, id);
      // ring, sector, helpfulness: the third select
      await box
        .locator("select")
        .nth(2)
        .selectOption(String(this.helpfulness ?? ""));
      if (this.helpfulness === undefined) delete m.nodes[id]!.helpfulness;
      else m.nodes[id]!.helpfulness = this.helpfulness;
    });
  }
  toString = () => `rate #${this.index} ${this.helpfulness ?? "—"}`;
}

class Note implements fc.AsyncCommand<Model, Page> {
  constructor(
    readonly index: number,
    readonly text: string,
  ) {}
  check = (m: Readonly<Model>) => on(m).length > 0;
  run(m: Model, p: Page) {
    const id = at(m, this.index);
    return step(m, p, "note", async () => {
      const area = (await controlsFor(m, p, id)).locator("textarea");
      await area.fill(this.text);
      await area.press("Tab"); // `change` fires when the family leaves the field
      if (this.text === "") delete m.nodes[id]!.note;
      else m.nodes[id]!.note = this.text;
    });
  }
  toString = () => `note #${this.index} ${JSON.stringify(this.text)}`;
}

class Coordinator implements fc.AsyncCommand<Model, Page> {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => on(m).length > 0;
  run(m: Model, p: Page) {
    const id = at(m, this.index);
    return step(m, p, "coordinator", async () => {
      // important, coordinator: the second checkbox, toggled with Space
      await (await controlsFor(m, p, id)).locator("input[type=checkbox]").nth(1).press("Space");
      m.coordinator = m.coordinator === id ? undefined : id;
    });
  }
  toString = () => `coordinator #${this.index}`;
}

type MoveKey = "Shift+ArrowUp" | "Shift+ArrowDown" | "Shift+ArrowLeft" | "Shift+ArrowRight";
class Move implements fc.AsyncCommand<Model, Page> {
  constructor(
    readonly index: number,
    readonly key: MoveKey,
  ) {}
  check = (m: Readonly<Model>) => on(m).length > 0;
  run(m: Model, p: Page) {
    const id = at(m, this.index);
    const n = m.nodes[id]!;
    const rings = section.rings.map((r) => r.id);
    const sectors = section.sectors.map((s) => s.id);
    const [ring, sector] = [rings.indexOf(n.ring), sectors.indexOf(n.sector)];
    const clamp = (i: number, length: number) => Math.min(length - 1, Math.max(0, i));
    let to: { ring: string; sector: string };
    return step(
      m,
      p,
      `move (${m.view})`,
      async () => {
        const vertical = this.key === "Shift+ArrowUp" || this.key === "Shift+ArrowDown";
        const delta = this.key === "Shift+ArrowUp" || this.key === "Shift+ArrowLeft" ? -1 : 1;
        if (m.view === "map") {
          // On the map: Shift+Up/Down a ring closer/further (stopping at the ends), Shift+Left/Right
          // round the sectors (wrapping; mirrored right to left).
          await focusNode(p, id);
          await p.keyboard.press(this.key);
          const rtl = m.locale === "ar" ? -1 : 1;
          to = vertical
            ? { ring: rings[clamp(ring + delta, rings.length)]!, sector: n.sector }
            : {
                ring: n.ring,
                sector: sectors[(sector + delta * rtl + sectors.length) % sectors.length]!,
              };
        } else {
          // In the list: arrow keys on the ring (Up/Down) or sector (Left/Right) select, as a
          // keyboard user changes a closed <select>; they stop at the first and last option.
          const box = await controlsFor(m, p, id);
          const select = box.locator("select").nth(vertical ? 0 : 1);
          to = vertical
            ? { ring: rings[clamp(ring + delta, rings.length)]!, sector: n.sector }
            : { ring: n.ring, sector: sectors[clamp(sector + delta, sectors.length)]! };
          await select.press(delta < 0 ? "ArrowUp" : "ArrowDown");
        }
      },
      (seen) => {
        if (to.ring === n.ring && to.sector === n.sector) return;
        // The moved node takes a free place there; no other node moves (verify checks them all).
        Object.assign(n, to, { position: seen.value.nodes[id]?.position ?? NaN });
      },
    );
  }
  toString = () => `move #${this.index} ${this.key}`;
}

class LinkNodes implements fc.AsyncCommand<Model, Page> {
  constructor(
    readonly a: number,
    readonly b: number,
  ) {}
  check = (m: Readonly<Model>) =>
    m.view === "map" && on(m).length > 1 && at(m, this.a) !== at(m, this.b);
  run(m: Model, p: Page) {
    const [a, b] = [at(m, this.a), at(m, this.b)];
    return step(m, p, "link", async () => {
      // L on one node, then L on the other.
      await focusNode(p, a);
      await p.keyboard.press("l");
      await focusNode(p, b);
      await p.keyboard.press("l");
      if (!m.links.some((l) => samePair(l, a, b))) m.links.push({ a, b });
    });
  }
  toString = () => `link #${this.a} #${this.b}`;
}

/** Row `i` of the list view's links table. */
const linkRow = (p: Page, i: number) =>
  p.locator("#map [part=list] table").nth(1).locator("tbody tr").nth(i);

class RateLink implements fc.AsyncCommand<Model, Page> {
  constructor(
    readonly index: number,
    readonly cooperation: number | undefined,
  ) {}
  check = (m: Readonly<Model>) => m.view === "list" && shownLinks(m).length > 0;
  run(m: Model, p: Page) {
    const links = shownLinks(m);
    const i = this.index % links.length;
    const { a, b } = links[i]!;
    return step(m, p, "rate link", async () => {
      await linkRow(p, i)
        .locator("select")
        .selectOption(String(this.cooperation ?? ""));
      const link = m.links.find((l) => samePair(l, a, b))!;
      if (this.cooperation === undefined) delete link.cooperation;
      else link.cooperation = this.cooperation;
    });
  }
  toString = () => `rate link #${this.index} ${this.cooperation ?? "—"}`;
}

class Unlink implements fc.AsyncCommand<Model, Page> {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => m.view === "list" && shownLinks(m).length > 0;
  run(m: Model, p: Page) {
    const links = shownLinks(m);
    const i = this.index % links.length;
    const { a, b } = links[i]!;
    return step(m, p, "unlink", async () => {
      await linkRow(p, i).locator("button").click();
      m.links = m.links.filter((l) => !samePair(l, a, b));
    });
  }
  toString = () => `unlink #${this.index}`;
}

class Locale implements fc.AsyncCommand<Model, Page> {
  constructor(readonly locale: string) {}
  check = () => true;
  run(m: Model, p: Page) {
    return step(m, p, "language", async () => {
      await p.evaluate(
        (l) => document.getElementById("map")!.setAttribute("locale", l),
        this.locale,
      );
      m.locale = this.locale;
    });
  }
  toString = () => `locale ${this.locale}`;
}

class View implements fc.AsyncCommand<Model, Page> {
  constructor(readonly view: "map" | "list") {}
  check = () => true;
  run(m: Model, p: Page) {
    return step(m, p, "view", async () => {
      // The toolbar's switch: map first, list second.
      await p
        .locator("#map .toolbar button[aria-pressed]")
        .nth(this.view === "map" ? 0 : 1)
        .click();
      m.view = this.view;
    });
  }
  toString = () => `view ${this.view}`;
}

class Reload implements fc.AsyncCommand<Model, Page> {
  constructor(readonly same: boolean) {}
  check = () => true;
  run(m: Model, p: Page) {
    return step(m, p, "reload definition", async () => {
      await p.evaluate((same) => {
        const el = document.getElementById("map") as HTMLElement & {
          instrument: unknown;
          requestUpdate(): void;
        };
        // The same definition object set again (a host re-rendering), or fetched again (a copy).
        el.instrument = same ? el.instrument : structuredClone(el.instrument);
        el.requestUpdate();
      }, this.same);
    });
  }
  toString = () => `reload definition (${this.same ? "same object" : "copy"})`;
}

class Reset implements fc.AsyncCommand<Model, Page> {
  check = () => true;
  run(m: Model, p: Page) {
    return step(m, p, "form reset", async () => {
      await p.locator("#reset-button").click();
      Object.assign(m, copy(m.initial));
    });
  }
  toString = () => "form reset";
}

class SaveDraft implements fc.AsyncCommand<Model, Page> {
  check = () => true;
  run(m: Model, p: Page) {
    return step(m, p, "save draft", async () => {
      await p.evaluate(() => {
        const el = document.getElementById("map") as HTMLElement & { value: unknown };
        document.body.dataset.draft = JSON.stringify(el.value);
      });
      m.saved = copy(m);
    });
  }
  toString = () => "save draft";
}

class RestoreDraft implements fc.AsyncCommand<Model, Page> {
  check = (m: Readonly<Model>) => m.saved !== undefined;
  run(m: Model, p: Page) {
    return step(m, p, "restore draft", async () => {
      await p.evaluate(() => {
        const el = document.getElementById("map") as HTMLElement & { value: unknown };
        el.value = JSON.parse(document.body.dataset.draft!) as unknown;
      });
      Object.assign(m, copy(m.saved!));
      m.initial = copy(m.saved!); // a host-set value is what a reset returns to
    });
  }
  toString = () => "restore draft";
}

const index = fc.nat(40);
const link = fc.tuple(index, index).map(([a, b]) => new LinkNodes(a, b));
const rateLink = fc
  .tuple(index, fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }))
  .map(([i, v]) => new RateLink(i, v));
const move = fc
  .tuple(
    index,
    fc.constantFrom<MoveKey>(
      "Shift+ArrowUp",
      "Shift+ArrowDown",
      "Shift+ArrowLeft",
      "Shift+ArrowRight",
    ),
  )
  .map(([i, k]) => new Move(i, k));
// Commands that only run in one view or after a save come twice, so that they run about as often.
const commands = () => [
  fc
    .constantFrom(
      "school", // on the map at the start
      "child-welfare", // on the map, and the coordinator
      "gp",
      "grandparents",
      "kindergarten",
      "nav-office",
      "sports-club",
      "coach",
      "police",
    )
    .map((c) => new AddFromCatalog(c)),
  fc
    .tuple(
      // Names the family types: one already on the map (same words, another node), spaces, emoji, RTL.
      fc.constantFrom("Mormor", "Naboen Kari", "  Onkel Per ", "Trener 🏀", "עמית", "Tante Åse"),
      fc.constantFrom<Kind>("person", "service", "group"),
      fc.nat(5),
      fc.nat(2),
    )
    .map(([l, k, s, r]) => new AddOwn(l, k, s, r)),
  index.map((i) => new Remove(i)),
  fc.constant(new Undo()),
  fc
    .tuple(index, fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }))
    .map(([i, v]) => new Rate(i, v)),
  fc
    .tuple(index, fc.constantFrom("", "Ringer hver fredag", "Kommer\nikke alltid", "<b>ok</b> 😀"))
    .map(([i, t]) => new Note(i, t)),
  index.map((i) => new Coordinator(i)),
  move,
  move,
  link,
  link,
  rateLink,
  rateLink,
  index.map((i) => new Unlink(i)),
  fc.constantFrom("nb", "nn", "en", "ar").map((l) => new Locale(l)),
  fc.constantFrom("map" as const, "list" as const).map((v) => new View(v)),
  fc.boolean().map((same) => new Reload(same)),
  fc.constant(new Reset()),
  fc.constant(new SaveDraft()),
  fc.constant(new RestoreDraft()),
  fc.constant(new RestoreDraft()),
];

describe("nothing lost on the map", () => {
  it.skipIf(missing.includes("map"))(
    "the map's model, value, form value, list and nodes agree after every step",
    async () => {
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom("map" as const, "list" as const),
            fc.commands(commands(), { maxCommands: 25, size: "medium" }),
            async (view, cmds) => {
              figures.runs++;
              // Each run starts from the host's value, in bokmål, with nothing pending.
              await page.evaluate(
                ([v, view]) => {
                  const el = document.getElementById("map") as HTMLElement &
                    Record<"value" | "_undo" | "_linkFrom" | "_selected" | "_query", unknown>;
                  el.value = structuredClone(v);
                  el.setAttribute("locale", "nb");
                  el.setAttribute("view", view);
                  el._undo = el._linkFrom = el._selected = undefined;
                  el._query = "";
                },
                [mapRated, view] as const,
              );
              const start = strip(mapRated as unknown as RawAnswer);
              const model: Model = {
                ...copy(start),
                initial: copy(start),
                saved: undefined,
                view,
                locale: "nb",
                undo: undefined,
              };
              verify(model, await observe(page));
              try {
                await fc.asyncModelRun(() => ({ model, real: page }), cmds);
              } finally {
                if (process.env.FAMWEL_MAP_TRACE) console.log(`run ${view}: ${cmds.toString()}`);
              }
            },
          ),
          {
            // More, or another seed, when hunting: FAMWEL_MAP_RUNS=200 FAMWEL_MAP_SEED=… (not in CI).
            numRuns: Number(process.env.FAMWEL_MAP_RUNS ?? 20),
            seed: Number(process.env.FAMWEL_MAP_SEED ?? 8),
            // Shrinking a failure replays it many times; stop in time to report what was found.
            interruptAfterTimeLimit: process.env.FAMWEL_MAP_RUNS ? 550_000 : 100_000,
            markInterruptAsFailure: true,
          },
        );
      } catch (error) {
        figures.failures++;
        throw error;
      }
    },
    process.env.FAMWEL_MAP_RUNS ? 600_000 : 120_000,
  );
});

// A bug found by this suite (2026-11-24), in service-map.views.ts, not in the model: the map's node
// <g>s and the list's rows are not keyed by node id. A keyboard edit that moved a node past another
// re-sorted them; focus stayed on the DOM position, which then stood for the other node, and the
// family's next key edited that node. Fixed by focusing the moved node's button (or the same select
// in its row) after the update. The model run above focuses the node afresh before every key, so it
// does not hit this; these tests do.
describe("keyboard edits stay with the node the family is on", () => {
  const sectors = () => section.sectors.map((s) => s.id);
  const sectorsOf = (p: Page) =>
    p.evaluate(() => {
      const el = document.getElementById("map") as HTMLElement & {
        value: { nodes: Record<string, { sector: string }> };
      };
      return Object.fromEntries(Object.entries(el.value.nodes).map(([k, n]) => [k, n.sector]));
    });

  it.skipIf(missing.includes("map"))(
    "on the map: Shift+ArrowRight four times moves the school four sectors on, nothing else",
    async () => {
      figures.regressions++;
      const { page: own } = await open(
        browser,
        `${base}pages/harness.html?element=map&state=rated`,
      );
      try {
        await own.locator('#map .node[data-id="school"]').focus();
        for (let i = 0; i < 4; i++) await own.keyboard.press("Shift+ArrowRight");
        const all = sectors();
        expect(await sectorsOf(own)).toEqual({
          school: all[(all.indexOf("school") + 4) % all.length],
          "child-welfare": "welfare",
          "p-neighbourxx": "family",
        });
      } finally {
        await own.close();
      }
    },
  );

  it.skipIf(missing.includes("map"))(
    "in the list: ArrowDown four times on the school's sector moves the school, nothing else",
    async () => {
      figures.regressions++;
      const { page: own } = await open(browser, `${base}pages/harness.html?element=map&state=list`);
      try {
        // Rows: the neighbour (family), the school, child welfare; selects: ring, sector, …
        await own
          .locator("#map [part=list] table")
          .first()
          .locator("tbody tr")
          .nth(1)
          .locator("select")
          .nth(1)
          .focus();
        for (let i = 0; i < 4; i++) await own.keyboard.press("ArrowDown");
        const all = sectors();
        expect(await sectorsOf(own)).toEqual({
          school: all[Math.min(all.length - 1, all.indexOf("school") + 4)],
          "child-welfare": "welfare",
          "p-neighbourxx": "family",
        });
      } finally {
        await own.close();
      }
    },
  );
});

// A bug found by the model run above with other seeds (FAMWEL_MAP_SEED=7, 99, 123), in
// service-map.views.ts's `select()`: a select showed its value only through `?selected` on the
// options, which a select the family has already changed no longer follows. The answer was right;
// what the select showed was another node's or an older value: after the panel switched to another
// node and back, and after a move re-sorted the list's rows. Fixed with `.value=${live(value)}` on the
// select; seed 8 above happens not to hit it, and the run now compares every select too.
describe("a select shows its own node's value after the family used it", () => {
  /** Helpfulness as the list rows (or the panel) show it, and as the value holds it. */
  const helpfulness = (p: Page, where: string) =>
    p.evaluate((w) => {
      const el = document.getElementById("map") as HTMLElement & {
        value: { nodes: Record<string, { helpfulness?: number }> };
        updateComplete: Promise<unknown>;
      };
      return el.updateComplete.then(() => ({
        shown: [...el.shadowRoot!.querySelectorAll(w)].map(
          (box) => box.querySelectorAll("select")[2]?.value,
        ),
        school: el.value.nodes.school?.helpfulness,
      }));
    }, where);
  const rows = "[part=list] table:first-of-type tbody tr .controls";

  it.skipIf(missing.includes("map"))(
    "the list after a move re-sorts its rows shows each node's own ring",
    async () => {
      figures.regressions++;
      const { page: own } = await open(browser, `${base}pages/harness.html?element=map&state=list`);
      try {
        // Rows: the neighbour, the school, child welfare (welfare, middle); Nav goes in after it.
        await own.locator("#map input[type=search]").fill("Nav-kontoret");
        await own.locator("#map .hits button").first().click();
        const ring = (row: number) =>
          own.locator(`#map ${rows}`).nth(row).locator("select").first().inputValue();
        expect(await ring(3)).toBe("middle");
        // Nav one ring closer: it now sorts before child welfare, whose row takes its place.
        await own.locator(`#map ${rows}`).nth(3).locator("select").first().selectOption("close");
        const value = await own.evaluate(() => {
          const el = document.getElementById("map") as HTMLElement & {
            value: { nodes: Record<string, { ring: string }> };
          };
          return [el.value.nodes["nav-office"]!.ring, el.value.nodes["child-welfare"]!.ring];
        });
        expect(value).toEqual(["close", "middle"]);
        expect([await ring(2), await ring(3)]).toEqual(["close", "middle"]);
      } finally {
        await own.close();
      }
    },
  );

  it.skipIf(missing.includes("map"))(
    "the panel shows the selected node's rating after the family rated another one in it",
    async () => {
      figures.regressions++;
      const { page: own } = await open(
        browser,
        `${base}pages/harness.html?element=map&state=rated`,
      );
      try {
        await own.locator('#map .node[data-id="school"]').focus();
        await own.locator("#map [part=panel] select").nth(2).selectOption("0");
        await own.locator('#map .node[data-id="p-neighbourxx"]').focus(); // no helpfulness
        await own.locator('#map .node[data-id="school"]').focus();
        expect(await helpfulness(own, "[part=panel] .controls")).toEqual({
          shown: ["0"],
          school: 0,
        });
        await own.locator('#map .node[data-id="p-neighbourxx"]').focus();
        expect((await helpfulness(own, "[part=panel] .controls")).shown).toEqual([""]);
      } finally {
        await own.close();
      }
    },
  );
});
