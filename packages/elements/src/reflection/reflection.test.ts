import { describe, expect, it } from "vitest";
import type {
  InstrumentDefinition,
  NetworkSection,
  ReflectionAnswer,
  ReflectionSection,
  Response,
  WheelSection,
} from "@famwel/instrument";
import reflectionJson from "@famwel/instruments/definitions/reflection.json" with { type: "json" };
import familyWheelJson from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };
import serviceNetworkJson from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import "../define/famwel-reflection.js";
import type { FamwelReflection } from "./reflection.js";
import { registerLocale } from "../shared/i18n.js";
import { expectNoAxeViolations } from "../test-support/axe.js";
import { drawnLeftToRight } from "../test-support/bidi.js";
import { deepActiveElement, userEvent } from "../test-support/keys.js";
import {
  boxOfWidth,
  cleanupAfterTest,
  mount as mountTag,
  recordEvents as record,
} from "../test-support/mount.js";

const mount = (setup: (el: FamwelReflection) => void, parent?: HTMLElement) =>
  mountTag("famwel-reflection", setup, parent);

const reflection = reflectionJson as unknown as InstrumentDefinition;
const refl = reflection.sections[0] as ReflectionSection;
const wheel = (familyWheelJson as unknown as InstrumentDefinition).sections[0] as WheelSection;
const network = (serviceNetworkJson as unknown as InstrumentDefinition)
  .sections[0] as NetworkSection;
const at = "2026-11-01T10:00:00Z";

/** A small section: one required shareable family prompt with a short limit, one optional one. */
const small: ReflectionSection = {
  type: "reflection",
  id: "r",
  title: { nb: "Refleksjon", en: "Reflection" },
  description: { nb: "Svar med egne ord.", en: "Answer in your own words." },
  prompts: [
    {
      id: "helps",
      roles: ["family"],
      label: { nb: "Hva hjelper?", en: "What helps?" },
      guidance: { nb: "Tenk konkret.", en: "Be concrete." },
      maxLength: 20,
      required: true,
      shareable: true,
    },
    { id: "other", roles: ["family"], label: { nb: "Noe annet?", en: "Anything else?" } },
    { id: "practice", roles: ["employee"], label: { nb: "Din praksis?", en: "Your practice?" } },
  ],
};

/** An instrument with the family's wheel and map, and an employee reflection about them. */
const withAbout: InstrumentDefinition = {
  ...reflection,
  id: "test.with-about",
  sections: [
    wheel,
    network,
    {
      ...refl,
      about: ["wheel", "network"],
      prompts: refl.prompts.filter((p) =>
        p.roles.includes("employee"),
      ) as ReflectionSection["prompts"],
    },
  ],
};
const familyResponse: Response = {
  id: "family-reading-1",
  instrument: { id: "test.with-about", version: "1.0.0", hash: `sha256:${"a".repeat(64)}` },
  role: "family",
  locale: "nb",
  status: "completed",
  created: at,
  updated: at,
  answers: {
    wheel: {
      type: "wheel",
      domains: { housing: { current: 3, desired: 8, at }, economy: { current: 5, at } },
    },
    network: {
      type: "network",
      nodes: {
        n1: {
          catalog: "school",
          kind: "service",
          sector: "school",
          ring: "close",
          helpfulness: 4,
          at,
        },
      },
    },
  },
};

const $ = (el: FamwelReflection) => el.shadowRoot!;
const textareas = (el: FamwelReflection) => [...$(el).querySelectorAll("textarea")];
const radios = (el: FamwelReflection) => [
  ...$(el).querySelectorAll<HTMLInputElement>("input[type=radio]"),
];
const status = (el: FamwelReflection) => $(el).querySelector("[role=status]")!.textContent.trim();
const described = (el: FamwelReflection, control: Element) =>
  (control.getAttribute("aria-describedby") ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => $(el).getElementById(id)!.textContent.trim());

describe("<famwel-reflection>", () => {
  it("shows the family's prompts of the bundled instrument with labels, marks, guidance and counts", async () => {
    // Nothing about: the wheel and map modules are never loaded.
    const el = await mount((e) => {
      e.instrument = reflection;
      e.role = "family";
    });
    expect(customElements.get("famwel-life-wheel")).toBeUndefined();
    expect(customElements.get("famwel-service-map")).toBeUndefined();
    const family = refl.prompts.filter((p) => p.roles.includes("family"));
    const fields = textareas(el);
    expect(fields).toHaveLength(family.length);
    const first = fields[0]!;
    expect(first.labels[0]!.textContent.replace(/\s+/g, " ").trim()).toBe(
      `${family[0]!.label.nb} (må fylles ut)`,
    );
    expect(fields[1]!.labels[0]!.textContent).toContain("(valgfritt)");
    expect(first.maxLength).toBe(3000);
    expect(first.getAttribute("aria-required")).toBe("true");
    expect(described(el, first)).toEqual([family[0]!.guidance!.nb, "0 av 3000 tegn"]);
    expect($(el).querySelector("[role=group]")!.getAttribute("aria-label")).toBe("Refleksjon");
    await expectNoAxeViolations(el);
  });

  it("introduces its prompts with the section's description on a page, also given an instrument and a section, and inside another element", async () => {
    // Only <famwel-instrument> says it for the element, under its step's heading (instrument.test.ts).
    const intro = refl.description!.nb!;
    const times = (el: FamwelReflection) => $(el).textContent.split(intro).length - 1;
    const onPage = await mount((e) => {
      e.instrument = reflection;
      e.section = refl.id;
      e.role = "employee";
    });
    expect(times(onPage)).toBe(1);
    const outer = document.createElement("div");
    const box = document.createElement("div");
    outer.attachShadow({ mode: "open" }).append(box);
    document.body.append(outer);
    cleanupAfterTest(outer);
    const inside = await mount((e) => {
      e.instrument = reflection;
      e.section = refl.id;
    }, box);
    expect(times(inside)).toBe(1);
  });

  it("draws what it checked: a host getter is read once, and a later answer of it changes nothing", async () => {
    let reads = 0;
    const first = { ...small.prompts[0] };
    Object.defineProperty(first, "label", {
      enumerable: true,
      get() {
        reads++;
        // Valid for the check; afterwards something no check would let through.
        return reads === 1 ? { nb: "Hva hjelper?" } : { nb: 42, "<x>": "y" };
      },
    });
    const el = await mount((e) => {
      e.definition = { ...small, prompts: [first, ...small.prompts.slice(1)] };
      e.role = "family";
    });
    expect($(el).querySelector("[role=alert]")).toBeNull();
    expect(textareas(el)[0]!.labels[0]!.textContent).toContain("Hva hjelper?");
    el.locale = "en"; // a re-render that reads the definition again
    await el.updateComplete;
    expect(textareas(el)[0]!.labels[0]!.textContent).toContain("Hva hjelper?");
    expect(reads).toBe(1);
  });

  it("types an answer: one input per keystroke, change on leaving, a count that announces only near the limit", async () => {
    const el = await mount((e) => {
      e.definition = small;
      e.role = "family";
    });
    const events = record(el);
    const [field] = textareas(el);
    await userEvent.click(field!);
    await userEvent.keyboard("Mormor");
    await el.updateComplete;
    expect(events).toEqual(Array(6).fill("input"));
    expect(el.value.prompts.helps).toMatchObject({ text: "Mormor" });
    expect(Date.parse(el.value.prompts.helps!.at)).toBeGreaterThan(0);
    expect($(el).getElementById("p-helps-count")!.textContent).toBe("6 av 20 tegn");
    expect(status(el)).toBe(""); // far from the limit: nothing announced
    await userEvent.keyboard(" og"); // 9 characters: 11 left, still outside the band of 10
    await el.updateComplete;
    expect(status(el)).toBe("");
    await userEvent.keyboard(" "); // 10 left: entering the band is announced once…
    await el.updateComplete;
    expect(status(el)).toBe("10 tegn igjen.");
    await userEvent.keyboard("morfar"); // …and not again on each keystroke inside it
    await el.updateComplete;
    expect(status(el)).toBe("10 tegn igjen.");
    expect($(el).getElementById("p-helps-count")!.textContent).toBe("16 av 20 tegn");
    await userEvent.keyboard("!!!!!!"); // 22 typed, the textarea keeps 20
    await el.updateComplete;
    expect(el.value.prompts.helps!.text).toBe("Mormor og morfar!!!!");
    expect(status(el)).toBe("Du har nådd grensen på 20 tegn.");
    expect($(el).querySelector(".count")!.classList.contains("at")).toBe(true);
    await expectNoAxeViolations(el);
    await userEvent.tab();
    expect(events.filter((e) => e === "change")).toHaveLength(1);
  });

  it("is invalid in a form until the required prompt is answered, names it, posts JSON and resets", async () => {
    const form = document.createElement("form");
    const fieldset = document.createElement("fieldset");
    form.append(fieldset);
    document.body.append(form);
    cleanupAfterTest(form);
    const el = await mount((e) => {
      e.definition = small;
      e.role = "family";
      e.name = "reflection";
    }, fieldset);
    expect(form.checkValidity()).toBe(false);
    expect(el.validity.valueMissing).toBe(true);
    expect(el.validationMessage).toBe("Svar på: «Hva hjelper?».");
    el.locale = "en";
    await el.updateComplete;
    expect(el.validationMessage).toBe("Answer: “What helps?”.");
    await userEvent.type(textareas(el)[0]!, "   ");
    await el.updateComplete;
    expect(form.checkValidity()).toBe(false); // blanks are no answer
    await userEvent.type(textareas(el)[0]!, "Skolen");
    await el.updateComplete;
    expect(form.checkValidity()).toBe(true);
    const posted = JSON.parse(new FormData(form).get("reflection") as string) as ReflectionAnswer;
    expect(posted.prompts.helps?.text).toBe("   Skolen");
    form.reset();
    await el.updateComplete;
    expect(el.value.prompts).toEqual({});
    expect(textareas(el)[0]!.value).toBe("");
    fieldset.disabled = true;
    await el.updateComplete;
    expect(textareas(el).every((t) => t.disabled)).toBe(true);
    expect(new FormData(form).get("reflection")).toBeNull();
  });

  it("marks a required prompt left empty once its form has found it missing, until it is answered", async () => {
    const form = document.createElement("form");
    document.body.append(form);
    cleanupAfterTest(form);
    const el = await mount((e) => {
      e.definition = small;
      e.role = "family";
    }, form);
    const field = textareas(el)[0]!;
    expect(field.hasAttribute("aria-invalid")).toBe(false); // a new form does not start in red
    expect(form.checkValidity()).toBe(false); // as a submit does: `invalid` at the element
    await el.updateComplete;
    expect(field.getAttribute("aria-invalid")).toBe("true");
    // Its own message, under its label and read with the field.
    expect(described(el, field)).toContain("Svar på: «Hva hjelper?».");
    expect(getComputedStyle(field).borderTopWidth).toBe("2px");
    expect(getComputedStyle(field).borderTopColor).toBe("rgb(176, 0, 32)");
    await expectNoAxeViolations(el);
    await userEvent.type(field, "Skolen");
    await el.updateComplete;
    expect(field.hasAttribute("aria-invalid")).toBe(false);
    expect(described(el, field).join(" ")).not.toContain("Svar på");
    expect($(el).querySelector(".invalid")).toBeNull();
    form.reset(); // empty again, and not found missing yet
    await el.updateComplete;
    expect(field.value).toBe("");
    expect(field.hasAttribute("aria-invalid")).toBe(false);
  });

  it("sends a form's submit to the prompt its message names, not to the first one", async () => {
    const form = document.createElement("form");
    document.body.append(form);
    cleanupAfterTest(form);
    const [helps, other] = small.prompts;
    const el = await mount((e) => {
      e.definition = { ...small, prompts: [helps, { ...other!, required: true }] };
      e.role = "family";
    }, form);
    await userEvent.type(textareas(el)[0]!, "Skolen");
    await el.updateComplete;
    expect(form.reportValidity()).toBe(false); // as a submit does
    expect(el.validationMessage).toBe("Svar på: «Noe annet?».");
    expect($(el).activeElement).toBe(textareas(el)[1]);
  });

  it("flags an answer from the host that is over the limit, by count and validity", async () => {
    const el = await mount((e) => {
      e.definition = small;
      e.role = "family";
      e.value = { type: "reflection", prompts: { helps: { text: "x".repeat(25), at } } };
    });
    const count = $(el).getElementById("p-helps-count")!;
    expect(count.textContent).toBe("Svaret er 5 tegn for langt.");
    expect(count.classList.contains("over")).toBe(true);
    expect(el.validity.tooLong).toBe(true);
    expect(el.validationMessage).toBe("Svaret er for langt: «Hva hjelper?».");
    await expectNoAxeViolations(el);
  });

  it("shares nothing by default; consent is an explicit choice, recorded either way, and can be withdrawn", async () => {
    const el = await mount((e) => {
      e.definition = small;
      e.role = "family";
    });
    const events = record(el);
    const [yes, no] = radios(el);
    expect(radios(el)).toHaveLength(2); // only the shareable prompt asks
    expect(yes!.checked || no!.checked).toBe(false);
    const fieldset = $(el).querySelector("fieldset.consent")!;
    expect(fieldset.querySelector("legend")!.textContent).toBe(
      "Kan dette svaret deles videre, uten navnet ditt?",
    );
    expect(described(el, fieldset)[0]).toContain("Svaret deles bare hvis du velger ja");
    await userEvent.type(textareas(el)[0]!, "Naboen");
    await el.updateComplete;
    expect(el.value.prompts.helps).not.toHaveProperty("share");
    await expectNoAxeViolations(el);
    // Keyboard: Tab leaves the text (its change) and lands on the first choice; Space picks it.
    await userEvent.tab();
    expect(deepActiveElement()).toBe(yes);
    expect(events.at(-1)).toBe("change");
    events.length = 0;
    await userEvent.keyboard(" ");
    await el.updateComplete;
    expect(el.value.prompts.helps).toMatchObject({ text: "Naboen", share: true });
    expect(events).toEqual(["input", "change"]);
    expect($(el).querySelector(".hint")).toBeNull();
    // Arrow keys move within the group, as in any radio group: to "keep between us".
    yes!.focus();
    await userEvent.keyboard("{ArrowDown}");
    await el.updateComplete;
    expect(el.value.prompts.helps?.share).toBe(false);
    expect(radios(el)[1]!.checked).toBe(true);
    await expectNoAxeViolations(el);
  });

  it("shows only the prompts of its role, keeps every answer across roles, and reads role from either attribute", async () => {
    const el = await mount((e) => {
      e.definition = small;
      e.role = "family";
    });
    await userEvent.type(textareas(el)[0]!, "Venner");
    el.role = "employee";
    await el.updateComplete;
    expect(textareas(el).map((t) => t.labels[0]!.textContent)).toEqual([
      expect.stringContaining("Din praksis?"),
    ]);
    expect(el.validity.valid).toBe(true); // the family's required prompt is not the employee's
    await userEvent.type(textareas(el)[0]!, "Møter");
    el.role = "family";
    await el.updateComplete;
    expect(textareas(el)[0]!.value).toBe("Venner");
    expect(Object.keys(el.value.prompts).sort()).toEqual(["helps", "practice"]);
    // A role with no prompts says so.
    el.role = "child";
    await el.updateComplete;
    expect(textareas(el)).toHaveLength(0);
    expect($(el).textContent).toContain("Det er ingen spørsmål til deg i denne delen.");
    // In HTML: respondent-role (not an ARIA attribute) or role.
    el.setAttribute("respondent-role", "employee");
    await el.updateComplete;
    expect(textareas(el)).toHaveLength(1);
    await expectNoAxeViolations(el); // unlike role="employee", which axe reports as an invalid ARIA role
    const byRole = await mount((e) => {
      e.definition = small;
      e.setAttribute("role", "employee");
    });
    expect(byRole.role).toBe("employee");
    expect(textareas(byRole)).toHaveLength(1);
  });

  it("shows answers and consent as text when readonly, and a value set by the host fires nothing", async () => {
    const el = await mount((e) => {
      e.definition = small;
      e.role = "family";
      e.readonly = true;
    });
    const events = record(el);
    el.value = {
      type: "reflection",
      prompts: { helps: { text: "Linje 1\nLinje 2", share: true, at } },
    };
    await el.updateComplete;
    expect(textareas(el)).toHaveLength(0);
    expect(radios(el)).toHaveLength(0);
    const answers = [...$(el).querySelectorAll(".answer")].map((p) => p.textContent);
    expect(answers).toEqual(["Linje 1\nLinje 2", "Ikke besvart"]);
    expect($(el).querySelector(".consent-state")!.textContent.trim()).toBe("Delt videre uten navn");
    expect(el.validity.valid).toBe(true);
    expect(events).toEqual([]);
    await expectNoAxeViolations(el);
  });

  it("shows the family's wheel and map it is about, read-only, and records which response", async () => {
    const host = boxOfWidth(1000);
    const el = await mount((e) => {
      e.instrument = withAbout;
      e.role = "employee";
      e.aboutResponse = familyResponse;
    }, host);
    const wheelEl = $(el).querySelector("famwel-life-wheel")!;
    const mapEl = $(el).querySelector("famwel-service-map")!;
    expect(customElements.get("famwel-life-wheel")).toBeDefined();
    await wheelEl.updateComplete;
    await mapEl.updateComplete;
    expect(wheelEl.readonly && mapEl.readonly).toBe(true);
    expect(wheelEl.value).toBe(familyResponse.answers.wheel);
    const sliders = [...wheelEl.shadowRoot!.querySelectorAll("[role=slider]")];
    expect(sliders[0]!.getAttribute("aria-valuenow")).toBe("3");
    expect(sliders.every((s) => s.getAttribute("aria-readonly") === "true")).toBe(true);
    expect($(el).querySelector("[part=about] h2")!.textContent).toBe(
      "Dette handler refleksjonen om",
    );
    // Wide: prompts and the about panel side by side.
    const prompts = $(el).querySelector(".prompts")!.getBoundingClientRect();
    const aside = $(el).querySelector(".aside")!.getBoundingClientRect();
    expect(aside.left).toBeGreaterThanOrEqual(prompts.right);
    await expectNoAxeViolations(el);
    // Narrow: stacked.
    host.style.width = "360px";
    await new Promise((r) => requestAnimationFrame(r));
    const p2 = $(el).querySelector(".prompts")!.getBoundingClientRect();
    const a2 = $(el).querySelector(".aside")!.getBoundingClientRect();
    expect(a2.top).toBeGreaterThanOrEqual(p2.bottom);
    await userEvent.type(textareas(el)[0]!, "Trygg bolig");
    expect(el.value.about).toEqual({ response: "family-reading-1" });
  });

  it("says so when the response is for another instrument or lacks an answer", async () => {
    const el = await mount((e) => {
      e.instrument = withAbout;
      e.role = "employee";
      e.aboutResponse = { ...familyResponse, answers: { wheel: familyResponse.answers.wheel } };
    });
    expect($(el).querySelector("[part=about]")!.textContent).toContain(
      "«Nettverkskart» er ikke fylt ut.".replace("Nettverkskart", network.title.nb!),
    );
    el.aboutResponse = {
      ...familyResponse,
      instrument: { ...familyResponse.instrument, id: "other" },
    };
    await el.updateComplete;
    expect($(el).querySelector("famwel-life-wheel")).toBeNull();
    expect($(el).querySelector("[part=about]")!.textContent).toContain("hører til et annet skjema");
    await expectNoAxeViolations(el);
  });

  describe("manager view", () => {
    /** A family's response; `share` null: no consent choice made. */
    const shared = (i: number, text: string, share: boolean | null = true): Response => ({
      id: `resp-${i}`,
      instrument: { id: reflection.id, version: "1.0.0", hash: `sha256:${"b".repeat(64)}` },
      role: "family",
      locale: "nb",
      status: "completed",
      created: at,
      updated: at,
      answers: {
        reflection: {
          type: "reflection",
          prompts: { "family-what-helps": { text, ...(share === null ? {} : { share }), at } },
        },
      },
    });
    const four = ["Dugnad", "Bestemor", "Fotball", "Helsesykepleier"].map((t, i) => shared(i, t));

    it("shows nothing for a prompt until at least min-group shared, and never unshared text", async () => {
      const el = await mount((e) => {
        e.instrument = reflection;
        e.role = "manager";
        e.responses = [...four, shared(8, "Hemmelig", false), shared(9, "Ikke valgt", null)];
      });
      const panel = $(el).querySelector("[part=shared]")!;
      const block = panel.querySelector("[aria-labelledby='shared-family-what-helps']")!;
      expect(block.querySelector("li")).toBeNull();
      expect(block.textContent).toContain("For få har delt ennå: minst 5 trengs.");
      expect(panel.textContent).not.toMatch(/Dugnad|Hemmelig|Ikke valgt|resp-/);
      // The manager's own prompts are still there to answer.
      expect(textareas(el).length).toBe(
        refl.prompts.filter((p) => p.roles.includes("manager")).length,
      );
      await expectNoAxeViolations(el);

      el.responses = [...four, shared(4, "Arbeidsgiveren"), shared(8, "Hemmelig", false)];
      await el.updateComplete;
      const items = [...$(el).querySelectorAll("[aria-labelledby='shared-family-what-helps'] li")];
      expect(items.map((li) => li.textContent)).toEqual([
        "Arbeidsgiveren",
        "Bestemor",
        "Dugnad",
        "Fotball",
        "Helsesykepleier",
      ]);
      expect($(el).querySelector("[part=shared]")!.textContent).not.toMatch(/Hemmelig|resp-/);
      await expectNoAxeViolations(el);

      el.setAttribute("min-group", "6");
      await el.updateComplete;
      expect($(el).querySelectorAll("[part=shared] li")).toHaveLength(0);
      expect($(el).querySelector("[part=shared]")!.textContent).toContain("minst 6 trengs");
    });

    it("has no pooled view for other roles, even when given responses", async () => {
      const el = await mount((e) => {
        e.instrument = reflection;
        e.role = "employee";
        e.responses = four;
      });
      expect($(el).querySelector("[part=shared]")).toBeNull();
    });
  });

  it("switches language without losing an answer or a consent choice", async () => {
    const el = await mount((e) => {
      e.definition = small;
      e.role = "family";
    });
    await userEvent.type(textareas(el)[0]!, "Tante");
    await userEvent.click(radios(el)[0]!);
    const before = el.value;
    el.locale = "en";
    await el.updateComplete;
    expect(textareas(el)[0]!.labels[0]!.textContent).toContain("What helps? (required)");
    expect(textareas(el)[0]!.value).toBe("Tante");
    expect(radios(el)[0]!.checked).toBe(true);
    expect($(el).getElementById("p-helps-count")!.textContent).toBe("5 of 20 characters");
    expect(el.value).toBe(before);
    el.locale = "nn";
    await el.updateComplete;
    expect($(el).querySelector("legend")!.textContent).toBe(
      "Kan dette svaret delast vidare, utan namnet ditt?",
    );
    await expectNoAxeViolations(el);
  });

  it("lays out right to left for an RTL language", async () => {
    registerLocale("ar", { reflRequired: "مطلوب" }, { dir: "rtl" });
    const el = await mount((e) => {
      e.definition = {
        ...small,
        prompts: [{ ...small.prompts[0], label: { nb: "Hva hjelper?", ar: "ما الذي يساعد؟" } }],
      };
      e.role = "family";
      e.locale = "ar";
    });
    const root = $(el).querySelector("[dir]")!;
    expect(root.getAttribute("dir")).toBe("rtl");
    expect(root.getAttribute("lang")).toBe("ar");
    expect(textareas(el)[0]!.labels[0]!.textContent).toContain("ما الذي يساعد؟");
    await expectNoAxeViolations(el);
  });

  it("lays out a prompt that falls back to another language in that language's direction", async () => {
    registerLocale("ar", {}, { dir: "rtl" });
    const el = await mount((e) => {
      e.definition = small; // no Arabic: the prompt and its guidance fall back to English
      e.role = "family";
      e.locale = "ar";
    });
    const label = textareas(el)[0]!.labels[0]!.querySelector("[lang]")!;
    const guidance = $(el).querySelector(".guidance")!;
    expect([label.getAttribute("lang"), guidance.getAttribute("lang")]).toEqual(["en", "en"]);
    // "What helps?" and "Be concrete." left to right, their "?" and "." at the right end.
    expect(drawnLeftToRight(label)).toBe(true);
    expect(drawnLeftToRight(guidance)).toBe(true);
    await expectNoAxeViolations(el);
  });

  it("shows a bad definition as an alert naming the JSON path and fires famwel-error", async () => {
    const problems: string[] = [];
    const el = await mount((e) => {
      e.addEventListener("famwel-error", (ev) =>
        problems.push(...ev.problems.map((p) => p.pointer)),
      );
      e.definition = {
        ...small,
        prompts: [{ ...small.prompts[0], id: "bad id!" }],
      };
    });
    const alert = $(el).querySelector("[role=alert]")!;
    expect(alert.textContent).toContain("Refleksjonen kan ikke vises fordi definisjonen har feil:");
    expect(alert.textContent).toContain("/prompts/0/id");
    expect(problems).toContain("/prompts/0/id");
    expect(textareas(el)).toHaveLength(0);
    await expectNoAxeViolations(el);
  });
});
