import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  parseInstrument,
  parseResponse,
  type InstrumentDefinition,
  type Response,
  type Role,
} from "@famwel/instrument";
import familyJson from "@famwel/instruments/definitions/family.json" with { type: "json" };
import reflectionJson from "@famwel/instruments/definitions/reflection.json" with { type: "json" };
import {
  initialState,
  itemValue,
  mergeAnswers,
  reduce,
  scalePoints,
  visibleSections,
  type RunnerAction,
  type RunnerState,
} from "./instrument.model.js";
import { missingAll, missingIn } from "./instrument.model-required.js";
import { assembleResponse, fitAnswer } from "./instrument.model-response.js";
import { summarize, type SummaryText } from "./instrument.summary.js";

const family = familyJson as unknown as InstrumentDefinition;
const reflection = reflectionJson as unknown as InstrumentDefinition;
const HASH = "sha256:" + "0".repeat(64);
const T0 = "2026-11-23T10:00:00.000Z";
const T1 = "2026-11-23T10:05:00.000Z";

/** Scale, choice and text in one small definition, with required items and a role-only section. */
const mixed: InstrumentDefinition = {
  id: "test.mixed",
  version: "1.2.0",
  title: { nb: "Blandet", en: "Mixed" },
  locales: ["nb", "en"],
  defaultLocale: "nb",
  roles: ["family", "employee"],
  sections: [
    {
      type: "scale",
      id: "now",
      title: { nb: "Nå", en: "Now" },
      scale: { min: 0, max: 4, anchors: [{ value: 4, label: { nb: "Bra", en: "Good" } }] },
      items: [
        { id: "safe", label: { nb: "Trygt?", en: "Safe?" }, required: true },
        { id: "calm", label: { nb: "Rolig?", en: "Calm?" } },
      ],
    },
    {
      type: "choice",
      id: "who",
      title: { nb: "Hvem", en: "Who" },
      items: [
        {
          id: "people",
          label: { nb: "Hvem var med?", en: "Who took part?" },
          multiple: true,
          required: true,
          options: [
            { id: "mum", label: { nb: "Mor", en: "Mum" } },
            { id: "dad", label: { nb: "Far", en: "Dad" } },
          ],
        },
        {
          id: "place",
          label: { nb: "Hvor?", en: "Where?" },
          options: [
            { id: "home", label: { nb: "Hjemme", en: "At home" } },
            { id: "office", label: { nb: "Kontoret", en: "The office" } },
          ],
        },
      ],
    },
    {
      type: "text",
      id: "words",
      title: { nb: "Ord", en: "Words" },
      roles: ["employee"],
      items: [{ id: "note", label: { nb: "Notat", en: "Note" }, maxLength: 20, required: true }],
    },
  ],
};

const t: SummaryText = (key, p = {}) =>
  key === "runValueOfMax"
    ? `${p.value} of ${p.max}`
    : key === "runWheelDesired"
      ? `wants ${p.desired}`
      : key === "runNote"
        ? `Note: ${p.note}`
        : key === "listSep"
          ? " · " // not ", ": the summary must join with the language's separator, not its own
          : key;

const start = (role: Role = "family") => initialState("r1", role, "nb");
/** Runs `actions` after loading `def` (which settles the role on one the definition has). */
const run = (def: InstrumentDefinition, actions: RunnerAction[], s = start()) =>
  actions.reduce((acc, a) => reduce(def, acc, a), reduce(def, s, { type: "definition" }));

const valid = (r: Response, def: InstrumentDefinition) => {
  const parsed = parseResponse(r, { instrument: def });
  return parsed.ok ? [] : parsed.errors;
};

describe("runner model: steps", () => {
  it("shows the sections a role answers, in order, skipping reflections without prompts for it", () => {
    expect(visibleSections(mixed, "family").map((s) => s.id)).toEqual(["now", "who"]);
    expect(visibleSections(mixed, "employee").map((s) => s.id)).toEqual(["now", "who", "words"]);
    expect(visibleSections(reflection, "manager").map((s) => s.id)).toEqual(["reflection"]);
    expect(visibleSections(reflection, "employee").map((s) => s.id)).toEqual([
      "reflection",
      "where-now",
    ]);
    expect(visibleSections(family, "family")).toHaveLength(5);
  });

  it("goes forward to the summary and back to the first step, never beyond", () => {
    const s = run(mixed, [{ type: "next" }, { type: "next" }, { type: "next" }]);
    expect(s.step).toBe(2); // two sections, then the summary
    expect(run(mixed, [{ type: "back" }, { type: "back" }], s).step).toBe(0);
  });

  it("returns to the summary after a Change link", () => {
    const s = run(mixed, [
      { type: "goto", step: 2 },
      { type: "goto", step: 0, returnToSummary: true },
      { type: "next" },
    ]);
    expect(s.step).toBe(2);
    expect(s.returnToSummary).toBe(false);
  });

  it("answers as one of the definition's roles", () => {
    expect(run(family, [], start("manager")).role).toBe("family");
    expect(run(reflection, [{ type: "role", role: "child" }], start("manager")).role).toBe(
      "family",
    );
    expect(run(reflection, [{ type: "role", role: "employee" }]).role).toBe("employee");
  });

  it("keeps the step within the sections when the role changes", () => {
    const s = run(mixed, [{ type: "goto", step: 3 }], start("employee"));
    expect(s.step).toBe(3);
    expect(reduce(mixed, s, { type: "role", role: "family" }).step).toBe(2);
  });

  it("lists a scale's points", () => {
    expect(scalePoints({ min: 0, max: 1, step: 0.25 })).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(scalePoints({ min: -2, max: 2 })).toEqual([-2, -1, 0, 1, 2]);
  });
});

describe("runner model: answers", () => {
  it("stores native answers keyed by section and item, stamped, and clears blank ones", () => {
    let s = run(mixed, [
      { type: "item", section: "now", item: "safe", value: 3, at: T0 },
      { type: "item", section: "who", item: "people", value: ["mum"], at: T1 },
      { type: "item", section: "who", item: "place", value: "home", at: T1 },
    ]);
    expect(s.answers.now).toEqual({ type: "scale", items: { safe: { value: 3, at: T0 } } });
    expect(itemValue(s.answers, "who", "people")).toEqual(["mum"]);
    expect(s.created).toBe(T0);
    expect(s.updated).toBe(T1);
    s = run(mixed, [{ type: "item", section: "who", item: "people", value: [], at: T1 }], s);
    expect(itemValue(s.answers, "who", "people")).toBeUndefined();
    expect(itemValue(s.answers, "who", "place")).toBe("home");
  });

  it("checks required items, prompts and wheel ratings", () => {
    const s = start();
    expect(missingAll(visibleSections(mixed, "family"), s.answers, "family")).toEqual([
      { section: "now", item: "safe", kind: "required" },
      { section: "who", item: "people", kind: "required" },
    ]);
    const refl = family.sections.find((x) => x.type === "reflection")!;
    expect(missingIn(refl, s.answers, "family")).toEqual([
      { section: "reflection", item: "family-what-helps", kind: "required" },
    ]);
    const answered = run(family, [
      {
        type: "section",
        section: "reflection",
        answer: { type: "reflection", prompts: { "family-what-helps": { text: "  ", at: T0 } } },
        at: T0,
      },
    ]);
    expect(missingIn(refl, answered.answers, "family")).toHaveLength(1); // blank is not an answer
    const wheel = { ...family.sections[0], required: true } as (typeof family.sections)[0];
    const partly = run(family, [
      {
        type: "section",
        section: "wheel",
        answer: { type: "wheel", domains: { housing: { current: 4, at: T0 } } },
        at: T0,
      },
    ]);
    const [unrated] = missingIn(wheel, partly.answers, "family");
    expect(unrated).toMatchObject({ section: "wheel", item: "economy", kind: "unrated" });
    expect(unrated?.domains).toHaveLength(9);
  });

  it("keeps answers the current definition no longer has, but leaves them out of the response", () => {
    const s = run(mixed, [
      { type: "item", section: "now", item: "safe", value: 4, at: T0 },
      { type: "item", section: "now", item: "calm", value: 2, at: T0 },
    ]);
    const newer = structuredClone(mixed);
    newer.version = "1.3.0";
    const scale = newer.sections[0];
    if (scale.type === "scale") scale.items = [scale.items[0]];
    const r = assembleResponse(newer, reduce(newer, s, { type: "definition" }), {
      hash: HASH,
      status: "in-progress",
      now: T1,
    });
    expect(r.answers.now).toEqual({ type: "scale", items: { safe: { value: 4, at: T0 } } });
    expect(valid(r, newer)).toEqual([]);
    // …and back on the older definition the answer is still there.
    expect(itemValue(reduce(mixed, s, { type: "definition" }).answers, "now", "calm")).toBe(2);
  });

  it("fits texts, options and ratings to the definition for the response", () => {
    const text = mixed.sections[2]!;
    expect(
      fitAnswer(text, { type: "text", items: { note: { value: "x".repeat(30), at: T0 } } }),
    ).toEqual({ type: "text", items: { note: { value: "x".repeat(20), at: T0 } } });
    const choice = mixed.sections[1]!;
    expect(
      fitAnswer(choice, {
        type: "choice",
        items: { place: { value: ["home"], at: T0 }, people: { value: "dad", at: T0 } },
      }),
    ).toEqual({
      type: "choice",
      items: { place: { value: "home", at: T0 }, people: { value: ["dad"], at: T0 } },
    });
    expect(
      fitAnswer(mixed.sections[0], { type: "scale", items: { safe: { value: 9, at: T0 } } }),
    ).toBe(undefined);
  });

  it("merges a migration over the kept answers item by item, keeping what it did not see", () => {
    const merged = mergeAnswers(
      {
        r: {
          type: "reflection",
          prompts: { mine: { text: "a", at: T0 }, theirs: { text: "b", at: T0 } },
        },
        hidden: { type: "text", items: { x: { value: "kept", at: T0 } } },
      },
      { r: { type: "reflection", prompts: { renamed: { text: "a", at: T0 } } } },
    );
    expect(merged.r).toEqual({
      type: "reflection",
      prompts: {
        mine: { text: "a", at: T0 },
        theirs: { text: "b", at: T0 },
        renamed: { text: "a", at: T0 },
      },
    });
    expect(merged.hidden).toEqual({ type: "text", items: { x: { value: "kept", at: T0 } } });
  });

  it("does not keep what the migration saw under its old id, so a later version taking the id back finds no stale answer", () => {
    const seen = {
      t: { type: "text" as const, items: { old: { value: "moved", at: T0 } } },
      w: { type: "wheel" as const, domains: { home: { current: 4, at: T0 } } },
    };
    const merged = mergeAnswers(
      {
        ...seen,
        r: { type: "reflection", prompts: { theirs: { text: "b", at: T0 } } },
        t: {
          type: "text",
          items: { old: { value: "moved", at: T0 }, gone: { value: "x", at: T0 } },
        },
      },
      {
        t: { type: "text", items: { renamed: { value: "moved", at: T0 } } },
        w: { type: "wheel", domains: { house: { current: 4, at: T0 } } },
      },
      seen,
    );
    expect(merged).toEqual({
      // "gone" was not given to the migration (the definition had no such item): it stays.
      t: {
        type: "text",
        items: { gone: { value: "x", at: T0 }, renamed: { value: "moved", at: T0 } },
      },
      w: { type: "wheel", domains: { house: { current: 4, at: T0 } } },
      r: { type: "reflection", prompts: { theirs: { text: "b", at: T0 } } },
    });
    // Through the reducer: a cleared answer stays cleared when the old id comes back.
    const state = reduce(
      undefined,
      { ...initialState("r", "family", "nb"), answers: merged },
      {
        type: "migrate",
        answers: { t: { type: "text", items: { old: { value: "back", at: T0 } } } },
        seen: { t: merged.t! },
      },
    );
    expect(state.answers.t).toEqual({ type: "text", items: { old: { value: "back", at: T0 } } });
  });

  it("leaves out of the response what the map's section cannot hold, keeping the rest", () => {
    const map = family.sections.find((x) => x.type === "network")!;
    const fitted = fitAnswer(map, {
      type: "network",
      nodes: {
        a: {
          catalog: "school",
          kind: "service",
          sector: "school",
          ring: "close",
          helpfulness: 9,
          at: T0,
        },
        b: { label: "Mormor", kind: "person", sector: "gone", ring: "close", at: T0 },
        c: {
          label: "Nabo",
          kind: "person",
          sector: "family",
          ring: "middle",
          frequency: "hourly",
          at: T0,
        },
      },
      links: [
        { a: "a", b: "b", at: T0 },
        { a: "a", b: "c", cooperation: 2, at: T0 },
        { a: "c", b: "a", at: T0 },
      ],
      coordinator: { node: "b", at: T0 },
    });
    expect(fitted).toEqual({
      type: "network",
      nodes: {
        a: { catalog: "school", kind: "service", sector: "school", ring: "close", at: T0 },
        c: { label: "Nabo", kind: "person", sector: "family", ring: "middle", at: T0 },
      },
      links: [{ a: "a", b: "c", cooperation: 2, at: T0 }],
    });
  });

  it("resumes a response: answers, id, start time and orphans come back", () => {
    const s = run(mixed, [
      {
        type: "resume",
        id: "reading-7",
        created: T0,
        updated: T0,
        answers: { now: { type: "scale", items: { safe: { value: 1, at: T0 } } } },
      },
    ]);
    expect(s.id).toBe("reading-7");
    const orphans: Response["orphans"] = [
      {
        section: "now",
        from: "1.0.0",
        reason: "removed",
        answer: { type: "scale", items: { gone: { value: 3, at: T0 } } },
      },
    ];
    const kept = run(mixed, [{ type: "resume", answers: {}, orphans }]);
    const r = assembleResponse(mixed, kept, { hash: HASH, status: "completed", now: T1 });
    expect(r.orphans).toEqual(orphans); // what a migration kept is never dropped here either
    expect(valid(r, mixed)).toEqual([]);
    expect(itemValue(s.answers, "now", "safe")).toBe(1);
    expect(s.created).toBe(T0);
  });

  it("summarises every answer per section in words, marking the unanswered", () => {
    const s = run(mixed, [
      { type: "item", section: "now", item: "safe", value: 4, at: T0 },
      { type: "item", section: "who", item: "people", value: ["mum", "dad"], at: T0 },
    ]);
    expect(summarize(mixed, s.answers, "family", "en", t)).toEqual([
      {
        id: "now",
        step: 0,
        title: "Now",
        rows: [
          { id: "safe", label: "Safe?", value: "4 of 4 – Good" },
          { id: "calm", label: "Calm?", value: "" },
        ],
      },
      {
        id: "who",
        step: 1,
        title: "Who",
        rows: [
          { id: "people", label: "Who took part?", value: "Mum · Dad" },
          { id: "place", label: "Where?", value: "" },
        ],
      },
    ]);
  });
});

// ---- properties -------------------------------------------------------------------------------

const definitions = [mixed, family, reflection];
const roles: Role[] = ["family", "employee", "manager"];
const at = fc
  .integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2027-01-01T00:00:00Z") })
  .map((ms) => new Date(ms).toISOString());
const text = fc.string({ maxLength: 40 });

/** Random actions on `def`: navigation, language, role, and edits of any item with any value. */
function action(def: InstrumentDefinition): fc.Arbitrary<RunnerAction> {
  const edits = def.sections.flatMap((s): fc.Arbitrary<RunnerAction>[] => {
    if (s.type === "scale")
      return s.items.map((i) =>
        fc.record({
          type: fc.constant("item" as const),
          section: fc.constant(s.id),
          item: fc.constant(i.id),
          value: fc.option(fc.constantFrom(...scalePoints(s.scale)), { nil: undefined }),
          at,
        }),
      );
    if (s.type === "choice")
      return s.items.map((i) =>
        fc.record({
          type: fc.constant("item" as const),
          section: fc.constant(s.id),
          item: fc.constant(i.id),
          value: i.multiple
            ? fc.subarray(i.options.map((o) => o.id))
            : fc.constantFrom(...i.options.map((o) => o.id)),
          at,
        }),
      );
    if (s.type === "text")
      return s.items.map((i) =>
        fc.record({
          type: fc.constant("item" as const),
          section: fc.constant(s.id),
          item: fc.constant(i.id),
          value: text,
          at,
        }),
      );
    if (s.type === "reflection")
      return [
        fc
          .tuple(fc.constantFrom(...s.prompts.map((p) => p.id)), text, fc.boolean(), at)
          .map(([id, words, share, when]) => ({
            type: "section" as const,
            section: s.id,
            answer: {
              type: "reflection" as const,
              prompts: { [id]: { text: words, ...(share ? { share } : {}), at: when } },
            },
            at: when,
          })),
      ];
    if (s.type === "wheel") {
      // A domain rated now, only as wished (the "desired" layer), only with a note, or any mix.
      const domain = fc
        .record(
          {
            current: fc.integer({ min: 0, max: 10 }),
            desired: fc.integer({ min: 0, max: 10 }),
            note: fc.string({ minLength: 1, maxLength: 20 }).filter((x) => x.trim() !== ""),
            at,
          },
          { requiredKeys: ["at"] },
        )
        .filter((d) => d.current !== undefined || d.desired !== undefined || d.note !== undefined);
      return [
        fc
          .tuple(fc.constantFrom(...s.domains.map((d) => d.id)), domain, at)
          .map(([id, d, when]) => ({
            type: "section" as const,
            section: s.id,
            answer: { type: "wheel" as const, domains: { [id]: d } },
            at: when,
          })),
      ];
    }
    if (s.type === "network") {
      // Any mix of catalog and own nodes, sectors and rings (some unknown), ratings on and off the
      // scale, links (some to missing or the same node, some twice) and a coordinator: whatever
      // the map or an older definition left, the response must still fit.
      const ids = ["n1", "n2", "n3", "n4"];
      const catalog = (s.catalog ?? []).slice(0, 5).map((c) => c.id);
      const node = fc.record(
        {
          catalog: fc.constantFrom(...catalog, "gone-service"),
          label: fc.string({ minLength: 1, maxLength: 10 }),
          kind: fc.constantFrom("service" as const, "person" as const),
          sector: fc.constantFrom(...s.sectors.map((x) => x.id), "gone"),
          ring: fc.constantFrom(...s.rings.map((x) => x.id)),
          helpfulness: fc.integer({ min: -1, max: 6 }),
          frequency: fc.constantFrom("weekly", "hourly"),
          note: fc.string({ minLength: 1, maxLength: 20 }).filter((x) => x.trim() !== ""),
          at,
        },
        { requiredKeys: ["kind", "sector", "ring", "at"] },
      );
      const link = fc.record({
        a: fc.constantFrom(...ids),
        b: fc.constantFrom(...ids),
        cooperation: fc.integer({ min: 0, max: 5 }),
        at,
      });
      return [
        fc
          .tuple(
            fc.dictionary(fc.constantFrom(...ids), node, { maxKeys: 4 }),
            fc.array(link, { maxLength: 6 }),
            fc.option(fc.constantFrom(...ids), { nil: undefined }),
            at,
          )
          .map(([nodes, links, coordinator, when]) => ({
            type: "section" as const,
            section: s.id,
            answer: {
              type: "network" as const,
              nodes,
              links,
              ...(coordinator ? { coordinator: { node: coordinator, at: when } } : {}),
            },
            at: when,
          })),
      ];
    }
    return [];
  });
  return fc.oneof(
    fc.constant<RunnerAction>({ type: "next" }),
    fc.constant<RunnerAction>({ type: "back" }),
    fc.constant<RunnerAction>({ type: "definition" }),
    fc.integer({ min: -2, max: 8 }).map((step): RunnerAction => ({ type: "goto", step })),
    fc.constantFrom("nb", "nn", "en").map((locale): RunnerAction => ({ type: "locale", locale })),
    fc.constantFrom(...roles).map((role): RunnerAction => ({ type: "role", role })),
    fc.constant<RunnerAction>({ type: "definition" }),
    ...edits,
  );
}

const scenario = fc
  .constantFrom(...definitions)
  .chain((def) => fc.tuple(fc.constant(def), fc.array(action(def), { maxLength: 40 })));

/** Removes navigation, language and role changes, keeping the edits in order. */
const editsOnly = (actions: RunnerAction[]) =>
  actions.filter((a) => a.type === "item" || a.type === "section");

describe("runner model: properties", () => {
  it("no sequence of next, back, goto, language, role or reload changes any answer", () => {
    fc.assert(
      fc.property(scenario, ([def, actions]) => {
        const all = run(def, actions);
        const edits = run(def, editsOnly(actions));
        expect(all.answers).toEqual(edits.answers);
        const steps = visibleSections(def, all.role).length;
        expect(all.step).toBeGreaterThanOrEqual(0);
        expect(all.step).toBeLessThanOrEqual(steps);
      }),
      { numRuns: 300 },
    );
  });

  it("every assembled response, draft or completed, passes parseResponse against its definition", () => {
    expect(parseInstrument(mixed).ok).toBe(true);
    fc.assert(
      fc.property(
        scenario,
        fc.constantFrom("in-progress" as const, "completed" as const),
        ([def, actions], status) => {
          const s = run(def, actions);
          // The submit time is the latest clock reading, after every edit.
          const now = s.updated ?? T0;
          const r = assembleResponse(def, s, { hash: HASH, status, now });
          expect(valid(r, def)).toEqual([]);
          expect(r.status).toBe(status);
          expect(r.instrument).toEqual({ id: def.id, version: def.version, hash: HASH });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("every answer the response carries also shows on the summary", () => {
    fc.assert(
      fc.property(scenario, ([def, actions]) => {
        const s: RunnerState = run(def, actions);
        const r = assembleResponse(def, s, { hash: HASH, status: "in-progress", now: T1 });
        const summary = summarize(def, s.answers, s.role, s.locale, t);
        for (const [sid, a] of Object.entries(r.answers)) {
          const rows = summary.find((x) => x.id === sid)?.rows ?? [];
          const ids =
            a!.type === "wheel"
              ? Object.keys(a!.domains)
              : a!.type === "network"
                ? Object.keys(a!.nodes)
                : a!.type === "reflection"
                  ? Object.entries(a!.prompts)
                      .filter(([, p]) => p?.text.trim())
                      .map(([id]) => id)
                  : Object.keys(a!.items);
          for (const id of ids)
            expect(rows.find((row) => row.id === id)?.value, `${sid}/${id}`).toBeTruthy();
          // What the family wrote or wished is there in words too, not only that something is.
          const shown = (id: string) => rows.find((row) => row.id === id)?.value ?? "";
          if (a!.type === "wheel")
            for (const [id, d] of Object.entries(a!.domains)) {
              if (d?.desired !== undefined) expect(shown(id)).toContain(`wants ${d.desired}`);
              if (d?.note) expect(shown(id)).toContain(d.note);
            }
          if (a!.type === "network")
            for (const [id, n] of Object.entries(a!.nodes))
              if (n?.note) expect(shown(id)).toContain(n.note);
        }
      }),
      { numRuns: 200 },
    );
  });
});
