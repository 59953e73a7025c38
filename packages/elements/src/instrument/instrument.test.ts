import { afterEach, describe, expect, it, vi } from "vitest";
import {
  instrumentHash,
  parseInstrument,
  parseResponse,
  type AnySection,
  type InstrumentDefinition,
  type Response,
} from "@famwel/instrument";
import familyJson from "@famwel/instruments/definitions/family.json" with { type: "json" };
import smallJson from "./fixtures/small.json" with { type: "json" };
import smallUrl from "./fixtures/small.json?url";
import "../define/famwel-instrument.js";
import type { FamwelInstrument } from "./instrument.js";
import { FamwelDraftEvent, FamwelSubmitEvent, type DraftStore } from "./instrument.events.js";
import { sessionStorageDraftStore } from "./session-storage-adapter.js";
import { hashDefinition } from "./instrument.loader.js";
import { registerLocale } from "../shared/i18n.js";
import { expectNoAxeViolations } from "../test-support/axe.js";
import { drawnLeftToRight, xOf } from "../test-support/bidi.js";
import { deepActiveElement, userEvent } from "../test-support/keys.js";
import { boxOfWidth, cleanupAfterTest, mount as mountTag } from "../test-support/mount.js";

const family = familyJson as unknown as InstrumentDefinition;
const small = smallJson as unknown as InstrumentDefinition;
const T = "2026-11-23T10:00:00.000Z";
const clock = () => new Date(T);

const mount = (setup: (el: FamwelInstrument) => void) =>
  mountTag("famwel-instrument", (el) => {
    el.clock = clock;
    setup(el);
  });

const root = (el: FamwelInstrument) => el.shadowRoot!;
const button = (el: FamwelInstrument, text: string | RegExp) =>
  [...root(el).querySelectorAll("button")].find((b) =>
    typeof text === "string" ? b.textContent?.trim() === text : text.test(b.textContent ?? ""),
  );
const heading = (el: FamwelInstrument) =>
  root(el).querySelector("#step-title")?.textContent?.trim();
const progress = (el: FamwelInstrument) =>
  root(el).querySelector(".progress-label")?.textContent?.trim();

/** Presses Tab until `match` has focus (looking through shadow roots); fails after `max` presses. */
async function tabTo(match: (el: Element) => boolean, max = 120): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const active = deepActiveElement();
    if (active && match(active)) return active;
    await userEvent.keyboard("{Tab}");
  }
  throw new Error(
    `never reached by Tab; stopped at ${deepActiveElement()?.localName} #${deepActiveElement()?.id}`,
  );
}
const isButton = (text: string) => (e: Element) =>
  e.localName === "button" && e.textContent?.trim() === text;

/** Answers the small form's required questions, step by step (the wish with `wish`), and opens
 * its summary. */
async function answerSmallToSummary(el: FamwelInstrument, wish = "Ro") {
  root(el).querySelector<HTMLInputElement>("input[type=radio]")!.click();
  for (let i = 0; i < 2; i++) {
    button(el, "Neste")!.click();
    await settled(el);
  }
  root(el).querySelector("textarea")!.value = wish;
  root(el).querySelector("textarea")!.dispatchEvent(new Event("input"));
  button(el, "Se over svarene")!.click();
  await settled(el);
}

/** Waits for the runner and the element of the step it shows. */
async function settled(el: FamwelInstrument) {
  await el.updateComplete;
  await el.updateComplete;
}

/** An in-progress response to the small instrument: its first question answered with 2. */
const smallResponse = (id: string) =>
  ({
    id,
    instrument: { id: small.id, version: small.version, hash: "sha256:" + "2".repeat(64) },
    role: "family",
    locale: "nb",
    status: "in-progress",
    created: "2026-11-01T09:00:00Z",
    updated: "2026-11-01T09:05:00Z",
    answers: {
      now: { type: "scale", items: { home: { value: 2, at: "2026-11-01T09:01:00Z" } } },
    },
  }) as unknown as Response;

const valid = (r: Response, def: InstrumentDefinition) => {
  const parsed = parseResponse(r, { instrument: def });
  return parsed.ok ? [] : parsed.errors;
};

afterEach(() => {
  vi.restoreAllMocks();
  // eslint-disable-next-line no-restricted-globals -- the tests check what the opt-in adapter wrote
  sessionStorage.clear();
});

describe("<famwel-instrument>", () => {
  // First in the file (each file has its own page): nothing has loaded the map or the wheel yet.
  it("loads the wheel, map and reflection elements only for a definition that has them, the first step's first", async () => {
    // The other steps' elements are asked for once the first step is drawn, beside the response's
    // parsers (`_loader`); from then on updateComplete waits for them too.
    const none = await mount((e) => (e.instrument = small));
    // The first import of the parsers in a fresh checkout waits for Vite to transform them and the
    // validator on demand: over a second on a busy 2-core machine (it failed once in a clean clone).
    const transformed = { timeout: 10_000 };
    await vi.waitFor(() => expect(none._loader).toBeDefined(), transformed);
    await none.updateComplete;
    expect(customElements.get("famwel-service-map")).toBeUndefined();
    expect(customElements.get("famwel-life-wheel")).toBeUndefined();
    expect(customElements.get("famwel-reflection")).toBeUndefined();
    // The first step is drawn with its wheel already defined (it renders in the next task), never
    // first without it: here the wheel's module has not been loaded before.
    let definedWhenDrawn: boolean | undefined;
    const el = await mount((e) => {
      e.instrument = family;
      queueMicrotask(() => {
        const seen = new MutationObserver(() => {
          const wheel = root(e).querySelector("famwel-life-wheel");
          if (!wheel) return;
          definedWhenDrawn = wheel.matches(":defined");
          seen.disconnect();
        });
        seen.observe(root(e), { childList: true, subtree: true });
      });
    });
    expect(definedWhenDrawn).toBe(true);
    // The wheel of the first step is drawn before the map and the reflection are asked for.
    expect(customElements.get("famwel-life-wheel")).toBeDefined();
    expect(customElements.get("famwel-service-map")).toBeUndefined();
    // A step shown before then (here the map's, at once) is drawn by the next updateComplete.
    el._change(2);
    await el.updateComplete;
    const map = root(el).querySelector("famwel-service-map");
    expect(map?.shadowRoot?.querySelector("svg[part=map]")).toBeInstanceOf(SVGSVGElement);
    await vi.waitFor(() => expect(el._loader).toBeDefined(), transformed);
    await el.updateComplete;
    expect(customElements.get("famwel-reflection")).toBeDefined();
  }, 30_000);

  it("renders first in a task after the host's own, so creating it adds nothing to that task", async () => {
    const el = document.createElement("famwel-instrument");
    el.instrument = family;
    document.body.append(el);
    try {
      for (let i = 0; i < 20; i++) await Promise.resolve(); // the rest of the host's task
      expect(el.shadowRoot!.childElementCount).toBe(0);
      await el.updateComplete;
      const heading = el.shadowRoot!.querySelector("h1, h2")?.textContent?.trim();
      expect(Object.values(family.title)).toContain(heading);
    } finally {
      el.remove();
    }
  });

  it("completes the bundled family instrument by keyboard, axe clean on every step, and submits a valid response", async () => {
    const el = await mount((e) => (e.instrument = family));
    const submitted: Response[] = [];
    const heard: Event[] = [];
    // The host listens on the page: the event bubbles and leaves the shadow root.
    const onDocument = (e: Event) => heard.push(e);
    document.addEventListener("famwel-submit", onDocument);
    el.addEventListener("famwel-submit", (e) => submitted.push(e.response));
    // Start from the top of the page, as a keyboard user arriving at the form does.
    (deepActiveElement() as HTMLElement | null)?.blur();

    // 1: the wheel, rated by keyboard.
    expect(progress(el)).toBe("Steg 1 av 5");
    expect(root(el).querySelector('[aria-current="step"]')?.textContent?.trim()).toBe(
      "Slik har vi det",
    );
    await expectNoAxeViolations(el);
    await tabTo((e) => e.getAttribute("role") === "slider");
    await userEvent.keyboard("{ArrowUp}{ArrowUp}{ArrowUp}"); // 0 (the first press rates), 1, 2
    await tabTo(isButton("Neste"));
    await userEvent.keyboard("{Enter}");
    await settled(el);

    // 2: a good life, in the family's words.
    expect(progress(el)).toBe("Steg 2 av 5");
    expect(deepActiveElement()?.id).toBe("step-title"); // focus moves to the new step's heading
    await expectNoAxeViolations(el);
    await tabTo((e) => e.localName === "textarea");
    await userEvent.keyboard("Vi ler mye sammen");
    await tabTo(isButton("Neste"));
    await userEvent.keyboard("{Enter}");
    await settled(el);

    // 3: the map (optional): straight on.
    expect(progress(el)).toBe("Steg 3 av 5");
    await expectNoAxeViolations(el);
    await tabTo(isButton("Neste"), 200);
    await userEvent.keyboard("{Enter}");
    await settled(el);

    // 4: what we want to say (a required prompt inside <famwel-reflection>).
    expect(progress(el)).toBe("Steg 4 av 5");
    await expectNoAxeViolations(el);
    await tabTo((e) => e.localName === "textarea");
    await userEvent.keyboard("Mormor og skolen");
    await tabTo(isButton("Neste"), 200);
    await userEvent.keyboard("{Enter}");
    await settled(el);

    // 5: two choices: a checkbox and a radio group.
    expect(progress(el)).toBe("Steg 5 av 5");
    await expectNoAxeViolations(el);
    await tabTo((e) => e.localName === "input" && (e as HTMLInputElement).type === "checkbox");
    await userEvent.keyboard(" ");
    await tabTo((e) => e.localName === "input" && (e as HTMLInputElement).type === "radio");
    await userEvent.keyboard("{ArrowDown}"); // arrows move and pick within the group
    await tabTo(isButton("Se over svarene"));
    await userEvent.keyboard("{Enter}");
    await settled(el);

    // The summary: every answer, per section, each with a Change link.
    expect(heading(el)).toBe("Se over svarene");
    const text = root(el).querySelector(".summary")!.textContent;
    expect(text).toContain("2 av 10 – Vanskelig");
    expect(text).toContain("Vi ler mye sammen");
    expect(text).toContain("Mormor og skolen");
    expect(text).toContain("En eller begge foreldrene");
    expect(text).toContain("Både og");
    expect(root(el).querySelectorAll(".summary button")).toHaveLength(5);
    await expectNoAxeViolations(el);
    await tabTo(isButton("Send inn svarene"));
    await userEvent.keyboard("{Enter}");
    await settled(el);

    document.removeEventListener("famwel-submit", onDocument);
    expect(submitted).toHaveLength(1);
    expect(heard).toHaveLength(1);
    expect(heard[0]).toBeInstanceOf(FamwelSubmitEvent);
    expect(heard[0]).toBeInstanceOf(CustomEvent);
    const r = submitted[0]!;
    expect(valid(r, family)).toEqual([]);
    expect(r).toMatchObject({
      status: "completed",
      role: "family",
      locale: "nb",
      instrument: { id: "famwel.family", version: "1.0.0" },
      updated: T,
    });
    expect(r.instrument.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.answers.about).toEqual({
      type: "text",
      items: { "good-life": { value: "Vi ler mye sammen", at: T } },
    });
    expect(r.answers["taking-part"]).toEqual({
      type: "choice",
      items: { who: { value: ["parents"], at: T }, "how-was-it": { value: "mixed", at: T } },
    });
    expect(
      r.answers.reflection?.type === "reflection" &&
        r.answers.reflection.prompts["family-what-helps"]?.text,
    ).toBe("Mormor og skolen");
    expect(r.answers.wheel?.type === "wheel" && r.answers.wheel.domains.housing?.current).toBe(2);
    expect(root(el).querySelector('[part="done"]')?.textContent).toContain("Takk!");
    await expectNoAxeViolations(el);
  });

  it("shows an error summary whose links move focus to the field, and the message at the field", async () => {
    const el = await mount((e) => (e.instrument = small));
    button(el, "Neste")!.click();
    await settled(el);
    const box = root(el).querySelector<HTMLElement>(".error-summary")!;
    expect(deepActiveElement()).toBe(box);
    expect(box.querySelector("h3")?.textContent).toBe("Noe mangler før dere kan gå videre");
    const link = box.querySelector("a")!;
    expect(link.textContent).toBe("Svar på «Hjemme».");
    expect(root(el).querySelector(".field-error")?.textContent).toContain("Svar på «Hjemme».");
    const fieldset = root(el).querySelector("fieldset")!;
    expect(fieldset.getAttribute("aria-describedby")).toContain("-error");
    expect(progress(el)).toBe("Steg 1 av 3"); // it did not move on
    await expectNoAxeViolations(el);
    link.focus();
    await userEvent.keyboard("{Enter}");
    await settled(el);
    expect(deepActiveElement()).toBe(fieldset.querySelector("input"));
    // Answering clears the message; Next then moves on.
    await userEvent.keyboard(" ");
    await settled(el);
    expect(root(el).querySelector(".error-summary")).toBeNull();
    button(el, "Neste")!.click();
    await settled(el);
    expect(progress(el)).toBe("Steg 2 av 3");
  });

  it("links an error inside <famwel-reflection> to the prompt's own text field", async () => {
    const el = await mount((e) => {
      e.instrument = family;
      e.response = {
        id: "r-1",
        instrument: { id: family.id, version: family.version, hash: "sha256:" + "0".repeat(64) },
        role: "family",
        locale: "nb",
        status: "in-progress",
        created: T,
        updated: T,
        answers: {},
      };
    });
    for (let i = 0; i < 3; i++) {
      button(el, "Neste")!.click();
      await settled(el);
    }
    expect(progress(el)).toBe("Steg 4 av 5");
    button(el, "Neste")!.click();
    await settled(el);
    const link = root(el).querySelector<HTMLAnchorElement>(".error-summary a")!;
    expect(link.textContent).toContain("Hva hjelper familien deres i dag");
    await expectNoAxeViolations(el);
    link.click();
    await settled(el);
    const active = deepActiveElement();
    expect(active?.localName).toBe("textarea");
    expect(active?.id).toBe("p-family-what-helps-text");
    // Marked where it is, as the runner's own fields are: red, and invalid to a screen reader.
    expect(active?.getAttribute("aria-invalid")).toBe("true");
  });

  it("shows the answer a host's message points to: its step, and focus on it", async () => {
    const el = await mount((e) => (e.instrument = family));
    // As the host's server names what it refused (parseResponse's pointers).
    expect(await el.showAnswer("/answers/reflection/prompts/family-what-helps/text")).toBe(true);
    await settled(el);
    expect(heading(el)).toBe("Det vi vil si");
    expect(deepActiveElement()?.id).toBe("p-family-what-helps-text");
    // A wheel with no domain named: its first domain not rated yet.
    expect(await el.showAnswer("/answers/wheel")).toBe(true);
    await settled(el);
    expect(progress(el)).toBe("Steg 1 av 5");
    const slider = deepActiveElement();
    expect(slider?.getAttribute("role")).toBe("slider");
    expect(slider?.hasAttribute("aria-valuenow")).toBe(false);
    // No such section, or not an answer: nothing moves.
    expect(await el.showAnswer("/answers/elsewhere")).toBe(false);
    expect(await el.showAnswer("/instrument/version")).toBe(false);
    expect(progress(el)).toBe("Steg 1 av 5");
  });

  it("on submit, lists what is missing anywhere; the link goes back to the step and focuses the field", async () => {
    const el = await mount((e) => (e.instrument = small));
    await answerSmallToSummary(el);
    expect(heading(el)).toBe("Se over svarene");
    // Meanwhile a newer definition asks one more required question on step 1.
    const newer = structuredClone(small);
    newer.version = "1.1.0";
    const first = newer.sections[0];
    if (first.type === "scale")
      first.items.push({
        id: "school",
        label: { nb: "På skolen", en: "At school" },
        required: true,
      });
    el.instrument = newer;
    await settled(el);
    const submitted = vi.fn();
    el.addEventListener("famwel-submit", submitted);
    button(el, "Send inn svarene")!.click();
    await settled(el);
    expect(submitted).not.toHaveBeenCalled();
    const link = root(el).querySelector<HTMLAnchorElement>(".error-summary a")!;
    expect(link.textContent).toBe("Svar på «På skolen».");
    expect(deepActiveElement()).toBe(root(el).querySelector(".error-summary"));
    await expectNoAxeViolations(el);
    link.click();
    await settled(el);
    expect(progress(el)).toBe("Steg 1 av 3");
    const active = deepActiveElement() as HTMLInputElement;
    expect(active.name).toBe("q-now--school");
    // Answered, Next goes straight back to the summary, and Submit sends.
    active.click();
    await settled(el);
    button(el, "Se over svarene")!.click();
    await settled(el);
    button(el, "Send inn svarene")!.click();
    await settled(el);
    expect(submitted).toHaveBeenCalledTimes(1);
    const r = (submitted.mock.calls[0]![0] as FamwelSubmitEvent).response;
    expect(r.instrument.version).toBe("1.1.0");
    expect(valid(r, newer)).toEqual([]);
  });

  it("tells the family, beside Send, when their answers could not be sent; nothing is lost and a retry sends", async () => {
    const el = await mount((e) => (e.instrument = small));
    await answerSmallToSummary(el, "Ro og mormor");
    const submitted = vi.fn();
    const problems: string[] = [];
    el.addEventListener("famwel-submit", submitted);
    el.addEventListener("famwel-error", (e) => problems.push(JSON.stringify(e.problems)));
    const alert = () => root(el).querySelector<HTMLElement>('[part="send-error"]');
    const loader = await el._loadLoader(); // fetched once the first step was drawn
    // The response validator fails, as parseResponse reports a validator that throws.
    el._loader = {
      ...loader,
      checkResponse: () => [
        {
          pointer: "",
          rule: "internal",
          message: { nb: "validator exploded", en: "validator exploded" },
        },
      ],
    };
    const send = button(el, "Send inn svarene")!;
    send.focus();
    await userEvent.keyboard("{Enter}");
    await settled(el);

    expect(submitted).not.toHaveBeenCalled();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("validator exploded");
    expect(alert(), "a message the family sees").not.toBeNull();
    const first = alert()!;
    expect(first.getAttribute("role")).toBe("alert");
    expect(first.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "Svarene kunne ikke sendes Ingenting av det dere har svart er borte: svarene er her fortsatt. Prøv å sende dem igjen.",
    );
    // Beside the button, which keeps focus (Enter tries again) and is described by the message.
    expect(first.nextElementSibling).toBe(root(el).querySelector('[part="nav"]'));
    expect(deepActiveElement()).toBe(send);
    expect(send.getAttribute("aria-describedby")).toBe(first.id);
    expect(send.disabled).toBe(false);
    // Nothing lost: the summary still shows every answer.
    expect(heading(el)).toBe("Se over svarene");
    expect(root(el).querySelector(".summary")!.textContent).toContain("Ro og mormor");
    await expectNoAxeViolations(el);

    // In nynorsk and English too, and laid out right to left for a right-to-left language.
    el.locale = "nn";
    await settled(el);
    expect(alert()?.textContent).toContain("Svara kunne ikkje sendast");
    expect(alert()?.textContent).toContain("Ingenting av det de har svart er borte");
    el.locale = "en";
    await settled(el);
    expect(alert()?.textContent).toContain("Your answers could not be sent");
    expect(alert()?.textContent).toContain("Nothing you have answered is lost");
    expect(alert()?.textContent).toContain("try sending them again");
    await expectNoAxeViolations(el);
    registerLocale("ar", {}, { dir: "rtl" });
    el.locale = "ar";
    await settled(el);
    expect(root(el).querySelector('[part="runner"]')?.getAttribute("dir")).toBe("rtl");
    expect(alert()).not.toBeNull();
    await expectNoAxeViolations(el);
    el.locale = "nb";
    await settled(el);

    // A check that throws, then a validator chunk that does not load: each time the message anew
    // (a new alert, so it is announced again), and the host hears why.
    el._loader = {
      ...loader,
      checkResponse: () => {
        throw new Error("validator exploded");
      },
    };
    send.click();
    await settled(el);
    expect(alert()).not.toBeNull();
    expect(alert()).not.toBe(first);
    expect(problems).toHaveLength(2);
    el._loader = undefined;
    vi.spyOn(el, "_loadLoader").mockRejectedValueOnce(new TypeError("Failed to fetch chunk"));
    const second = alert();
    send.click();
    await vi.waitFor(() => expect(problems).toHaveLength(3));
    await settled(el);
    expect(problems[2]).toContain("Failed to fetch chunk");
    expect(alert()).not.toBeNull();
    expect(alert()).not.toBe(second);
    expect(submitted).not.toHaveBeenCalled();

    // The chunk arrives this time and the check passes: sent, and the message is gone.
    send.click();
    await vi.waitFor(() => expect(submitted).toHaveBeenCalledTimes(1));
    await settled(el);
    expect(alert()).toBeNull();
    expect(root(el).querySelector('[part="done"]')?.textContent).toContain("Takk!");
    const r = (submitted.mock.calls[0]![0] as FamwelSubmitEvent).response;
    expect(valid(r, small)).toEqual([]);
    expect(r.answers.words).toMatchObject({ items: { wish: { value: "Ro og mormor" } } });
  });

  it("fires famwel-draft once, a moment after a burst of edits, with a valid in-progress response", async () => {
    const el = await mount((e) => {
      e.instrument = small;
      e.draftDelay = 150;
    });
    const drafts: FamwelDraftEvent[] = [];
    el.addEventListener("famwel-draft", (e) => drafts.push(e));
    const radios = root(el).querySelectorAll<HTMLInputElement>("input[type=radio]");
    radios[1]!.click();
    radios[2]!.click();
    radios[3]!.click();
    await new Promise((r) => setTimeout(r, 60));
    expect(drafts).toHaveLength(0);
    await vi.waitFor(() => expect(drafts).toHaveLength(1), { timeout: 3000 });
    // Moving between steps or languages is not an edit: no new draft.
    button(el, "Neste")!.click();
    button(el, "English")!.click();
    await settled(el);
    await new Promise((r) => setTimeout(r, 250));
    expect(drafts).toHaveLength(1);
    const r = drafts[0]!.response;
    expect(drafts[0]!.detail.response).toBe(r);
    expect(drafts[0]!.bubbles && drafts[0]!.composed).toBe(true);
    expect(r.status).toBe("in-progress");
    expect(r.answers.now).toEqual({ type: "scale", items: { home: { value: 3, at: T } } });
    expect(valid(r, small)).toEqual([]);
  });

  it("stores nothing by default, and uses a storage adapter only when the host sets one", async () => {
    const setItem = vi.spyOn(Storage.prototype, "setItem");
    const el = await mount((e) => {
      e.instrument = small;
      e.draftDelay = 0;
    });
    root(el).querySelector<HTMLInputElement>("input[type=radio]")!.click();
    await new Promise((r) => setTimeout(r, 30));
    expect(setItem).not.toHaveBeenCalled();
    // eslint-disable-next-line no-restricted-globals -- checking that nothing was written
    expect(sessionStorage.length).toBe(0);

    const saved: Response[] = [];
    const loadDraft = vi.fn(async (id: string) => {
      await Promise.resolve();
      return id === small.id ? saved[0] : undefined;
    });
    const store: DraftStore = { saveDraft: (r) => void saved.push(r), loadDraft };
    const withStore = await mount((e) => {
      e.instrument = small;
      e.draftDelay = 0;
      e.storage = store;
    });
    expect(loadDraft).toHaveBeenCalledWith(small.id);
    root(withStore).querySelectorAll<HTMLInputElement>("input[type=radio]")[4]!.click();
    await new Promise((r) => setTimeout(r, 30));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.answers.now).toEqual({ type: "scale", items: { home: { value: 4, at: T } } });
    // A new runner with the same store picks the draft up.
    const resumed = await mount((e) => {
      e.instrument = small;
      e.storage = store;
    });
    expect(root(resumed).querySelectorAll<HTMLInputElement>("input[type=radio]")[4]!.checked).toBe(
      true,
    );
    expect(setItem).not.toHaveBeenCalled();
  });

  it("keeps drafts in sessionStorage only through the opt-in adapter", async () => {
    const el = await mount((e) => {
      e.instrument = small;
      e.draftDelay = 0;
      e.storage = sessionStorageDraftStore("test");
    });
    root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")[1]!.click();
    await new Promise((r) => setTimeout(r, 30));
    // eslint-disable-next-line no-restricted-globals -- reading what the opt-in adapter wrote
    const kept = JSON.parse(sessionStorage.getItem(`test:${small.id}`)!) as Response;
    expect(kept.answers.now).toEqual({ type: "scale", items: { home: { value: 1, at: T } } });
    const again = await mount((e) => {
      e.instrument = small;
      e.storage = sessionStorageDraftStore("test");
    });
    expect(root(again).querySelectorAll<HTMLInputElement>("input[type=radio]")[1]!.checked).toBe(
      true,
    );
  });

  it("loads `src` from the page's own origin, with the page's credentials policy and no cache", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const el = await mount((e) => (e.src = smallUrl));
    expect(root(el).querySelector("h2")?.textContent).toBe("Et lite skjema");
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0]!;
    expect(url instanceof URL ? url.href : url).toBe(new URL(smallUrl, document.baseURI).href);
    expect(init).toMatchObject({
      credentials: "same-origin",
      cache: "no-cache",
      mode: "same-origin",
    });
    await expectNoAxeViolations(el);
  });

  it("refuses `src` on another origin with a clear error, and never fetches it", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const errors: string[] = [];
    const el = await mount((e) => {
      e.addEventListener("famwel-error", (ev) => errors.push(...ev.problems.map((p) => p.rule)));
      e.src = "https://example.org/family.json";
    });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(errors).toEqual(["origin"]);
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain("https://example.org");
    await expectNoAxeViolations(el);
  });

  it("refuses a bad definition with the JSON pointer, and the page lives on", async () => {
    const bad = structuredClone(small) as unknown as { sections: { id: string }[] };
    bad.sections[1]!.id = "now";
    const el = await mount((e) => (e.instrument = bad));
    expect(root(el).querySelector('[role="alert"]')?.textContent).toContain("/sections/1/id");
    await expectNoAxeViolations(el);
  });

  it("checks a definition given as JSON text with the text's parser: its problems carry line and column", async () => {
    const bad = structuredClone(small) as unknown as { sections: { id: string }[] };
    bad.sections[1]!.id = "now";
    const text = JSON.stringify(bad, null, 2);
    const problems: { pointer: string; line?: number }[] = [];
    const el = await mount((e) => {
      e.addEventListener("famwel-error", (ev) => problems.push(...ev.problems));
      e.instrument = text;
    });
    const dup = problems.find((p) => p.pointer === "/sections/1/id");
    // The second section's id, on its line of the text (the first "now" is the first section's).
    const second = text.indexOf('"now"', text.indexOf('"now"') + 1);
    expect(dup?.line).toBe(text.slice(0, second).split("\n").length);
    expect(root(el).querySelector('[role="alert"]')?.textContent).toContain("/sections/1/id");
    // The same text, good: drawn.
    el.instrument = JSON.stringify(small);
    await settled(el);
    expect(heading(el)).toBe("Hvordan er det nå?");
  });

  it("says so when a chunk the definition needs cannot load, and a new try draws the form", async () => {
    const problems: string[] = [];
    let spy: { mockRestore(): void } | undefined;
    const el = await mount((e) => {
      e.addEventListener("famwel-error", (ev) => problems.push(JSON.stringify(ev.problems)));
      // As if the text's parser (a chunk of its own) failed to arrive.
      const real = e._loadParser.bind(e);
      spy = vi.spyOn(e, "_loadParser").mockImplementation(async () => ({
        ...(await real()),
        parseDefinition: () => Promise.reject(new TypeError("Failed to fetch chunk")),
      }));
      e.instrument = JSON.stringify(small);
    });
    await vi.waitFor(() => expect(problems).toHaveLength(1));
    spy!.mockRestore();
    expect(problems[0]).toContain("The form could not be loaded (Failed to fetch chunk)");
    expect(root(el).querySelector("[role=alert]")?.textContent).toContain("Failed to fetch chunk");
    await expectNoAxeViolations(el);
    el.instrument = JSON.stringify(small, null, 2); // the host tries again (a new text: a change)
    await settled(el);
    expect(heading(el)).toBe("Hvordan er det nå?");
    expect(root(el).querySelector("[role=alert]")).toBeNull();
  });

  it("resumes from `.response`: answers return to their sections, id and start time kept", async () => {
    const el = await mount((e) => {
      e.instrument = small;
      e.response = {
        id: "reading-9",
        instrument: { id: small.id, version: small.version, hash: "sha256:" + "2".repeat(64) },
        role: "family",
        locale: "nn",
        status: "in-progress",
        created: "2026-11-01T09:00:00Z",
        updated: "2026-11-01T09:05:00Z",
        answers: {
          now: { type: "scale", items: { home: { value: 2, at: "2026-11-01T09:01:00Z" } } },
          words: {
            type: "text",
            items: { wish: { value: "A garden", at: "2026-11-01T09:05:00Z" } },
          },
        },
      };
      e.locale = "";
    });
    // The response's language (the test page says lang="en"), since the host set none.
    expect(progress(el)).toBe("Steg 1 av 3");
    expect(heading(el)).toBe("Korleis er det no?");
    expect(root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")[2]!.checked).toBe(true);
    const submitted: FamwelSubmitEvent[] = [];
    el.addEventListener("famwel-submit", (e) => submitted.push(e));
    for (const label of ["Neste", "Neste", "Sjå over svara", "Send inn svara"]) {
      button(el, label)!.click();
      await settled(el);
    }
    const r = submitted[0]!.response;
    expect(r.id).toBe("reading-9");
    expect(r.created).toBe("2026-11-01T09:00:00Z");
    expect(r.answers.words).toEqual({
      type: "text",
      items: { wish: { value: "A garden", at: "2026-11-01T09:05:00Z" } },
    });
    expect(valid(r, small)).toEqual([]);
  });

  it("resumes a `.response` set after the first step is drawn, before the response's parsers arrived; reports it when they cannot load", async () => {
    const el = await mount((e) => {
      e.instrument = small;
    });
    expect(heading(el)).toBe("Hvordan er det nå?");
    // As if the response's half (fetched once the first step was drawn) had not arrived yet.
    el._loader = undefined;
    el.response = smallResponse("reading-10");
    await settled(el);
    expect(root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")[2]!.checked).toBe(true);
    // A chunk that cannot load: the host hears why, and the answers on screen stay.
    const problems: string[] = [];
    el.addEventListener("famwel-error", (e) => problems.push(JSON.stringify(e.problems)));
    el._loader = undefined;
    vi.spyOn(el, "_loadLoader").mockRejectedValueOnce(new TypeError("Failed to fetch chunk"));
    el.response = smallResponse("reading-11");
    await settled(el);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("Failed to fetch chunk");
    expect(root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")[2]!.checked).toBe(true);
  });

  it("says so when the response's parsers cannot load to resume a response, and a new try resumes it", async () => {
    const response = smallResponse("reading-12");
    const problems: string[] = [];
    const el = await mount((e) => {
      e.addEventListener("famwel-error", (ev) => problems.push(JSON.stringify(ev.problems)));
      vi.spyOn(e, "_loadLoader").mockRejectedValueOnce(new TypeError("Failed to fetch chunk"));
      e.instrument = small;
      e.response = response;
    });
    await vi.waitFor(() => expect(problems).toHaveLength(1));
    await settled(el);
    expect(problems[0]).toContain("Failed to fetch chunk");
    expect(root(el).querySelector("[role=alert]")?.textContent).toContain("Failed to fetch chunk");
    await expectNoAxeViolations(el);
    el.instrument = { ...small }; // the host tries again
    await settled(el);
    expect(heading(el)).toBe("Hvordan er det nå?");
    expect(root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")[2]!.checked).toBe(true);
  });

  it("opens a response from another version read-only, with a notice, and offers no submit", async () => {
    const el = await mount((e) => {
      e.instrument = small;
      e.response = {
        id: "reading-old",
        instrument: { id: small.id, version: "0.9.0", hash: "sha256:" + "3".repeat(64) },
        role: "family",
        locale: "nb",
        status: "completed",
        created: "2026-01-01T09:00:00Z",
        updated: "2026-01-01T09:05:00Z",
        answers: {
          now: { type: "scale", items: { home: { value: 2, at: "2026-01-01T09:01:00Z" } } },
        },
      };
      e.locale = "nb";
    });
    const notice = root(el).querySelector("[part=notice][role=status]");
    expect(notice?.textContent).toContain("versjon 0.9.0");
    expect(notice?.textContent).toContain(`ikke i ${small.version}`);
    const radios = [...root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")];
    expect(radios[2]!.checked).toBe(true);
    expect(radios.every((r) => r.matches(":disabled"))).toBe(true);
    const changes: Event[] = [];
    el.addEventListener("famwel-draft", (e) => changes.push(e));
    radios[4]!.click(); // a disabled control takes no click
    expect(radios[2]!.checked).toBe(true);
    await expectNoAxeViolations(el);
    // Reading on needs no answers; the summary has no submit button.
    for (const label of ["Neste", "Neste", "Se over svarene"]) {
      button(el, label)!.click();
      await settled(el);
    }
    expect(heading(el)).toBe("Se over svarene");
    expect(button(el, "Send inn svarene")).toBeUndefined();
    expect(changes).toEqual([]);
  });

  it("switches language from its own switcher without losing answers, back and forth and on reload", async () => {
    const el = await mount((e) => (e.instrument = small));
    const switcher = root(el).querySelector('[part="languages"]')!;
    expect(
      [...switcher.querySelectorAll("button")].map((b) => [b.textContent?.trim(), b.lang]),
    ).toEqual([
      ["Norsk bokmål", "nb"],
      ["Norsk nynorsk", "nn"],
      ["English", "en"],
    ]);
    root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")[3]!.click();
    button(el, "Neste")!.click();
    await settled(el);
    root(el).querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    button(el, "English")!.click();
    await settled(el);
    expect(el.locale).toBe("en");
    expect(button(el, "English")!.getAttribute("aria-pressed")).toBe("true");
    expect(heading(el)).toBe("Who took part?");
    expect(root(el).querySelector<HTMLInputElement>("input[type=checkbox]")!.checked).toBe(true);
    button(el, "Back")!.click();
    await settled(el);
    expect(root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")[3]!.checked).toBe(true);
    await expectNoAxeViolations(el);
    // A newer version of the definition arrives: the answers stay.
    el.instrument = { ...structuredClone(small), version: "1.1.0" };
    await settled(el);
    button(el, "Norsk nynorsk")!.click();
    await settled(el);
    expect(progress(el)).toBe("Steg 1 av 3");
    expect(root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")[3]!.checked).toBe(true);
    button(el, "Neste")!.click();
    await settled(el);
    expect(root(el).querySelector<HTMLInputElement>("input[type=checkbox]")!.checked).toBe(true);
  });

  it("lays out right to left for a right-to-left language, axe clean", async () => {
    registerLocale("ar", { runNext: "التالي" }, { dir: "rtl" });
    const el = await mount((e) => {
      e.instrument = small;
      e.locale = "ar";
    });
    expect(root(el).querySelector('[part="runner"]')?.getAttribute("dir")).toBe("rtl");
    expect(button(el, "التالي")).toBeDefined();
    await expectNoAxeViolations(el);
  });

  it("names each summary section's Change button in the section title's own language", async () => {
    registerLocale("ar", {}, { dir: "rtl" });
    const el = await mount((e) => (e.instrument = small));
    await answerSmallToSummary(el);
    el.locale = "ar"; // the answers stay; the titles fall back to bokmål
    await settled(el);
    const hidden = root(el).querySelector(".summary-head button .sr-only")!;
    expect(hidden.getAttribute("lang")).toBe(
      root(el).querySelector(".summary-head h4 > span")!.getAttribute("lang"),
    );
    expect(hidden.getAttribute("lang")).toBe("nb");
  });

  it("lays out a title that falls back to another language in that language's direction", async () => {
    registerLocale("ar", { runNext: "التالي", runRequiredMark: "مطلوب" }, { dir: "rtl" });
    const el = await mount((e) => {
      e.instrument = small; // no Arabic: "Hvordan er det nå?" falls back to bokmål
      e.locale = "ar";
    });
    const title = root(el).querySelector("#step-title > span")!;
    const step = root(el).querySelector(".steps li [lang]")!;
    expect([title.getAttribute("lang"), step.getAttribute("lang")]).toEqual(["nb", "nb"]);
    // Left to right, the "?" at the right end; the step's number stays in the runner's direction.
    expect(drawnLeftToRight(title)).toBe(true);
    expect(drawnLeftToRight(step)).toBe(true);
    expect(step.parentElement!.hasAttribute("lang")).toBe(false);
    // The heading keeps the runner's direction: its bokmål title stands on the right, as the
    // runner's own words do (with dir on the heading itself it stood on the left).
    const heading = title.parentElement!;
    expect(getComputedStyle(heading).direction).toBe("rtl");
    expect(title.getBoundingClientRect().right).toBeCloseTo(
      heading.getBoundingClientRect().right,
      -1,
    );
    await expectNoAxeViolations(el);
    // A question's label too: "Hva ønsker dere?" on the third step, before its Arabic "(required)".
    root(el).querySelector<HTMLInputElement>("input[type=radio]")!.click();
    for (let i = 0; i < 2; i++) {
      button(el, "التالي")!.click();
      await settled(el);
    }
    const label = root(el).querySelector("textarea")!.labels[0]!.querySelector("[lang]")!;
    expect(label.textContent).toBe("Hva ønsker dere?");
    expect(drawnLeftToRight(label)).toBe(true);
  });

  it("keeps a bokmål question whole inside an Arabic message: its «?» at its end", async () => {
    registerLocale(
      "ar",
      { runNext: "التالي", runRequired: "يُرجى الإجابة عن «{label}»." },
      { dir: "rtl" },
    );
    const asked = structuredClone(small);
    const scale = asked.sections[0] as Extract<AnySection, { type: "scale" }>;
    scale.items[0].label = { nb: "Hvordan har dere det hjemme?" };
    const el = await mount((e) => {
      e.instrument = asked;
      e.locale = "ar";
    });
    button(el, "التالي")!.click();
    await settled(el);
    const link = root(el).querySelector(".error-summary a")!;
    expect(link.textContent).toContain("Hvordan har dere det hjemme?");
    // Laid out on its own (the placeholder is isolated), the question reads left to right. Not
    // isolated, its "?" took the Arabic sentence's direction and stood left of "hjemme".
    expect(xOf(link, "?")).toBeGreaterThan(xOf(link, "hjemme"));
  });

  it("carries answers over a newer version's renames, and keeps what no longer fits as orphans", async () => {
    const el = await mount((e) => (e.instrument = small));
    root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")[3]!.click();
    button(el, "Neste")!.click();
    await settled(el);
    root(el).querySelectorAll<HTMLInputElement>("input[type=checkbox]")[1]!.click();
    await settled(el);
    const newer = structuredClone(small);
    newer.version = "2.0.0";
    const [scale, choice] = newer.sections;
    // "home" is now "house"; the option "dad" is gone.
    if (scale?.type === "scale")
      scale.items = [{ ...scale.items[0], id: "house", replaces: ["home"] }];
    if (choice?.type === "choice")
      choice.items[0].options = [
        choice.items[0].options[0],
        { id: "gran", label: { nb: "Bestemor" } },
      ];
    el.instrument = newer;
    await settled(el);
    const drafts: Response[] = [];
    el.draftDelay = 0;
    el.addEventListener("famwel-draft", (e) => drafts.push(e.response));
    button(el, "Tilbake")!.click();
    await settled(el);
    expect(
      root(el).querySelector<HTMLInputElement>("input[name='q-now--house']:checked")?.value,
    ).toBe("3");
    root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")[4]!.click();
    await vi.waitFor(() =>
      expect(drafts.at(-1)?.answers.now).toEqual({
        type: "scale",
        items: { house: { value: 4, at: T } },
      }),
    );
    const r = drafts.at(-1)!;
    expect(r.orphans?.map((o) => [o.section, o.from, o.reason])).toEqual([
      ["who", "1.0.0", "invalid"],
    ]);
    expect(valid(r, newer)).toEqual([]);
  });

  /** The bundled reflection instrument, in a runner for `role`. */
  async function mountReflection(role: FamwelInstrument["role"]) {
    const reflection = (await import("@famwel/instruments/definitions/reflection.json"))
      .default as unknown as InstrumentDefinition;
    return mount((e) => {
      e.instrument = reflection;
      e.role = role;
    });
  }

  it("shows only the sections and prompts of the respondent's role", async () => {
    const el = await mountReflection("employee");
    expect(progress(el)).toBe("Steg 1 av 2");
    const child = root(el).querySelector("famwel-reflection")!;
    await (child as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const labels = [...child.shadowRoot!.querySelectorAll("textarea")].map((t) => t.id);
    expect(labels).toContain("p-employee-good-life-text");
    expect(labels).not.toContain("p-family-what-helps-text");
    await expectNoAxeViolations(el);
  });

  it("says a reflection step's introduction once, under the step's heading, above the message at the field", async () => {
    const el = await mountReflection("employee");
    const intro = "Svar på spørsmålene for din rolle, med dine egne ord.";
    // What the step shows: the runner's part and the reflection's own (its shadow root).
    const times = () => {
      const step = root(el).querySelector(".step")!;
      const child = step.querySelector("famwel-reflection")!;
      const shown = `${step.textContent} ${child.shadowRoot!.textContent}`;
      return shown.split(intro).length - 1;
    };
    const child = root(el).querySelector("famwel-reflection")!;
    await (child as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(heading(el)).toBe("Refleksjon");
    expect(times()).toBe(1);
    // Where a wheel's or a map's stands: the runner's, under the heading.
    const hint = root(el).querySelector(".step > .hint")!;
    expect(hint.textContent).toContain(intro);
    // Next without the required answers: the message at the field comes after it, and it is still said once.
    button(el, "Neste")!.click();
    await settled(el);
    const error = root(el).querySelector(".step .field-error")!;
    expect(error).not.toBeNull();
    expect(hint.compareDocumentPosition(error) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(times()).toBe(1);
    await expectNoAxeViolations(el);
  });
});

/** One task later (a MessageChannel message: no timer clamping). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

describe("<famwel-instrument> loading in steps", () => {
  it("leaves the page free while it checks a new definition: input-priority work runs before it is shown", async () => {
    const scheduler = (globalThis as { scheduler?: { postTask?: unknown } }).scheduler;
    expect(typeof scheduler?.postTask).toBe("function"); // Chromium: the scheduler.yield path
    const urgent = (run: () => void) =>
      (
        scheduler as { postTask: (f: () => void, o: { priority: string }) => Promise<void> }
      ).postTask(run, { priority: "user-blocking" });
    for (const withScheduler of [true, false]) {
      // Without scheduler.yield (Safari, older browsers): MessageChannel tasks, in order.
      if (!withScheduler) vi.stubGlobal("scheduler", undefined);
      const el = await mount((e) => (e.instrument = small));
      el.instrument = { ...structuredClone(small), version: "1.1.0" };
      let seen = "";
      const queued = (withScheduler ? urgent : (f: () => void) => nextTask().then(f))(
        () => (seen = el._def?.version ?? ""),
      );
      await settled(el);
      await queued;
      // The page's own task ran while the runner still showed the definition it had.
      expect(seen, `scheduler: ${withScheduler}`).toBe("1.0.0");
      expect(el._def?.version).toBe("1.1.0");
      vi.unstubAllGlobals();
    }
  });

  it("keeps an answer given while a newer version is being checked", async () => {
    const el = await mount((e) => (e.instrument = small));
    el.instrument = { ...structuredClone(small), version: "1.1.0" };
    await nextTask(); // the check has started; the old step is still on screen
    root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")[2]!.click();
    await settled(el);
    expect(el._def?.version).toBe("1.1.0");
    expect(root(el).querySelectorAll<HTMLInputElement>("input[type=radio]")[2]!.checked).toBe(true);
    const draft = el._draft();
    expect(draft?.instrument.version).toBe("1.1.0");
    expect(draft?.answers.now).toEqual({ type: "scale", items: { home: { value: 2, at: T } } });
  });

  it("never lets a slower, older load win: `src` still arriving after a newer `instrument`", async () => {
    let release: (() => void) | undefined;
    const older = { ...structuredClone(small), title: { nb: "Gammel", en: "Old" } };
    vi.spyOn(globalThis, "fetch").mockImplementation(
      () =>
        new Promise((resolve) => {
          release = () => resolve(new Response(JSON.stringify(older)));
        }),
    );
    const errors: unknown[] = [];
    const el = document.createElement("famwel-instrument");
    el.locale = "nb";
    el.clock = clock;
    el.addEventListener("famwel-error", (e) => errors.push(e));
    el.src = "/older.json";
    document.body.append(el);
    try {
      // The fetch is under way (polled: on a busy machine the loader's chunk can take a while).
      await vi.waitFor(() => expect(release).toBeDefined(), { timeout: 5000 });
      el.instrument = small;
      await el.updateComplete;
      expect(root(el).querySelector("h2")?.textContent).toBe("Et lite skjema");
      release!();
      await new Promise((r) => setTimeout(r, 200)); // time for the older load to land, if it could
      await el.updateComplete;
      expect(root(el).querySelector("h2")?.textContent).toBe("Et lite skjema");
      expect(errors).toEqual([]);
    } finally {
      el.remove();
    }
  });

  it("shows the newest definition's errors with their JSON pointer, never an older one's", async () => {
    const bad = structuredClone(small) as unknown as { sections: { id: string }[] };
    bad.sections[1]!.id = "now";
    const el = await mount((e) => (e.instrument = small));
    el.instrument = bad;
    await nextTask();
    el.instrument = { ...structuredClone(small), version: "1.1.0" }; // while the bad one is checked
    await settled(el);
    expect(root(el).querySelector('[role="alert"]')).toBeNull();
    expect(el._def?.version).toBe("1.1.0");
    el.instrument = bad;
    await settled(el);
    expect(root(el).querySelector('[role="alert"]')?.textContent).toContain("/sections/1/id");
    // The last good definition stays in use, and so do its answers.
    expect(el._def?.version).toBe("1.1.0");
    await expectNoAxeViolations(el);
  });

  it("refuses a hostile definition with a pointer, loading no element for its section types", async () => {
    const hostile = {
      ...structuredClone(small),
      sections: [{ type: "__proto__" }, { type: "constructor" }, null, { type: "wheel" }],
    };
    const errors: string[] = [];
    const el = await mount((e) => {
      e.addEventListener("famwel-error", (ev) => errors.push(...ev.problems.map((p) => p.pointer)));
      e.instrument = hostile;
    });
    expect(errors.some((p) => p.startsWith("/sections/0"))).toBe(true);
    expect(root(el).querySelector('[role="alert"]')?.textContent).toContain("/sections/0");
    expect(el._def).toBeUndefined();
  });

  it("styles its steps from the moment they show: 44 px targets and 24 px radio buttons", async () => {
    const el = await mount((e) => (e.instrument = small));
    expect(getComputedStyle(button(el, "Neste")!).minHeight).toBe("44px");
    const radio = root(el).querySelector<HTMLInputElement>("input[type=radio]")!;
    expect(getComputedStyle(radio).width).toBe("24px");
  });

  it("shows its first step where its loading line was, moving nothing around it on the page", async () => {
    const el = document.createElement("famwel-instrument");
    el.locale = "nb";
    el.instrument = small;
    document.body.append(el);
    cleanupAfterTest(el);
    // The runner's frame's top at each change, from the loading line to the first step: the
    // loading line's paragraph margin reached through the element, and the page moved 8 px when
    // the step replaced it.
    const tops: number[] = [];
    const watch = new MutationObserver(() => {
      const frame = el.shadowRoot!.querySelector("[part=runner]");
      if (frame) tops.push(Math.round(frame.getBoundingClientRect().top));
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    watch.disconnect();
    expect(root(el).querySelector("#step-title")).not.toBeNull();
    expect(tops.length).toBeGreaterThan(1);
    expect(new Set(tops).size).toBe(1);
  });

  it("keeps Back and Next where they first show, while the step's wheel and map draw the rest", async () => {
    const el = document.createElement("famwel-instrument");
    el.locale = "nb";
    el.instrument = family;
    boxOfWidth(1000).append(el);
    cleanupAfterTest(el.parentElement!);
    // Where "Neste" is at each change while it can be seen: the wheel draws what is rated first,
    // its legend and add row a moment later, and these pushed the nav 133 px down at 1024 px.
    const tops: number[] = [];
    const read = () => {
      const next = button(el, "Neste");
      if (next && getComputedStyle(next).visibility === "visible")
        tops.push(Math.round(next.getBoundingClientRect().top));
    };
    const watch = new MutationObserver(read);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
    await settled(el);
    read();
    const onWheelEnd = tops.length;
    expect(heading(el)).toBe("Slik har vi det");
    button(el, "Neste")!.click();
    await settled(el); // "Et godt liv for oss": text fields of the runner's own
    const onMap = tops.length;
    button(el, "Neste")!.click(); // the map's step: a new element, drawn in the same steps
    await settled(el);
    read();
    watch.disconnect();
    expect(heading(el)).toBe("Hvem er rundt familien?");
    const [wheel, map] = [tops.slice(0, onWheelEnd), tops.slice(onMap)];
    expect(new Set(wheel).size, `on the wheel's step: ${wheel.join(", ")}`).toBe(1);
    expect(new Set(map).size, `on the map's step: ${map.join(", ")}`).toBe(1);
  });

  /** Runs `check` on a runner of the family instrument whose wheel's views load as `views` does. */
  async function withWheelViews(
    views: () => Promise<never>,
    check: (el: FamwelInstrument) => Promise<void>,
  ) {
    await import("../define/famwel-life-wheel.js");
    const Wheel = customElements.get("famwel-life-wheel")!.prototype as { _loadViews(): unknown };
    const spy = vi.spyOn(Wheel, "_loadViews").mockImplementation(views);
    try {
      const el = document.createElement("famwel-instrument");
      el.locale = "nb";
      el.instrument = family;
      document.body.append(el);
      cleanupAfterTest(el);
      await vi.waitFor(() => expect(spy).toHaveBeenCalled());
      await check(el);
    } finally {
      spy.mockRestore();
    }
  }
  const nextShows = (el: FamwelInstrument) => getComputedStyle(button(el, "Neste")!).visibility;

  it("shows Back and Next when the step's element cannot complete (its views failed to load)", () =>
    withWheelViews(
      () => Promise.reject(new TypeError("Failed to fetch chunk")),
      async (el) => {
        await expect(el.updateComplete).rejects.toThrow("Failed to fetch chunk");
        await vi.waitFor(() => expect(nextShows(el)).toBe("visible"));
      },
    ));

  it("shows Back and Next within a second when the step's element never completes (a hung request)", () =>
    withWheelViews(
      () => new Promise<never>(() => {}),
      async (el) => {
        expect(nextShows(el)).toBe("hidden"); // held while it draws
        const held = performance.now();
        await vi.waitFor(() => expect(nextShows(el)).toBe("visible"), { timeout: 3000 });
        expect(performance.now() - held).toBeLessThan(1500);
      },
    ));

  it("lists its steps with room for each step's number between one name and the next", async () => {
    const el = await mount((e) => (e.instrument = small));
    const items = [...root(el).querySelectorAll(".steps li")];
    expect(items.length).toBeGreaterThan(1);
    const text = (li: Element) => {
      const range = document.createRange();
      range.selectNodeContents(li);
      return range.getBoundingClientRect();
    };
    const [first, second] = items.slice(0, 2).map(text);
    expect(second!.top).toBe(first!.top); // on one line at this width
    // The number ("2. ") and a gap: outside markers sat in the gap and left "det2.", 20 px apart.
    const fontSize = parseFloat(getComputedStyle(items[0]!).fontSize);
    expect(second!.left - first!.right).toBeGreaterThan(2 * fontSize);
  });

  it("numbers as many steps as its progress label counts; the review after them is unnumbered", async () => {
    const el = await mount((e) => (e.instrument = small));
    const items = [...root(el).querySelectorAll<HTMLElement>(".steps li")];
    // A number shows before an item's name: the markers are inside the items, so the name starts
    // that far after the item's own start.
    const numbered = items.filter((li) => {
      const range = document.createRange();
      range.selectNodeContents(li);
      return range.getBoundingClientRect().left - li.getBoundingClientRect().left > 4;
    });
    expect(progress(el)).toBe("Steg 1 av 3");
    expect(numbered.map((li) => li.textContent.trim())).toEqual([
      "Hvordan er det nå?",
      "Hvem var med?",
      "Med egne ord",
    ]);
    // The review still ends the list, and is the current item on the summary page.
    expect(items.at(-1)?.textContent.trim()).toBe("Se over svarene");
    expect(root(el).querySelector('[aria-current="step"]')).toBe(items[0]);
    await answerSmallToSummary(el);
    expect(heading(el)).toBe("Se over svarene");
    const current = root(el).querySelector('[aria-current="step"]');
    expect(current?.textContent.trim()).toBe("Se over svarene");
    expect(current).toBe(root(el).querySelector(".steps li:last-child"));
    await expectNoAxeViolations(el);
  });

  it("stamps the same content hash with WebCrypto as without it", async () => {
    const parsed = parseInstrument(family);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const expected = instrumentHash(parsed.value);
    expect(await hashDefinition(parsed.value)).toBe(expected);
    // A page on plain http has no crypto.subtle: the synchronous hash, the same value.
    vi.spyOn(globalThis.crypto, "subtle", "get").mockReturnValue(
      undefined as unknown as SubtleCrypto,
    );
    expect(globalThis.crypto.subtle).toBeUndefined();
    expect(await hashDefinition(parsed.value)).toBe(expected);
  });
});
