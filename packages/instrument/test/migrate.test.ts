// Versions and migration: answers follow renames, splits and merges; nothing is ever dropped;
// the result validates, is the same every time, and migrating again changes nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareVersions,
  domainLineage,
  instrumentHash,
  migrateResponse,
  parseInstrument,
  type InstrumentDefinition,
  type Response,
} from "../src/index.js";
import { instrumentArb, responseArb } from "./arbitraries.js";

const base = {
  id: "t.wheel",
  title: { nb: "Hjul" },
  locales: ["nb"] as [string],
  defaultLocale: "nb",
  roles: ["family", "employee"] as ["family", "employee"],
};
const v1 = {
  ...base,
  version: "1.0.0",
  sections: [
    {
      type: "wheel",
      id: "wheel",
      title: { nb: "Hjul" },
      scale: { min: 0, max: 10 },
      custom: { add: true },
      domains: ["home", "health", "school", "work", "family", "money"].map((id) => ({
        id,
        label: { nb: id },
      })),
    },
    {
      type: "reflection",
      id: "notes",
      title: { nb: "Refleksjon" },
      prompts: [{ id: "what", roles: ["employee"], label: { nb: "Hva?" }, shareable: true }],
    },
    { type: "text", id: "old", title: { nb: "Gammel" }, items: [{ id: "q", label: { nb: "Q" } }] },
  ],
} as InstrumentDefinition;

const v2 = {
  ...base,
  version: "2.0.0",
  sections: [
    {
      type: "wheel",
      id: "life",
      replaces: ["wheel"],
      title: { nb: "Livet" },
      scale: { min: 0, max: 5 },
      custom: { add: true },
      domains: [
        { id: "home", label: { nb: "Bolig" } },
        { id: "wellbeing", replaces: ["health"], label: { nb: "Trivsel" } },
        { id: "daily", replaces: ["school", "work"], label: { nb: "Hverdag" } },
        { id: "close-family", replaces: ["family"], label: { nb: "Nær familie" } },
        { id: "wider-family", replaces: ["family"], label: { nb: "Slekt" } },
        { id: "leisure", label: { nb: "Fritid" } },
      ],
    },
    {
      type: "reflection",
      id: "notes",
      title: { nb: "Refleksjon" },
      prompts: [{ id: "what", roles: ["employee"], label: { nb: "Hva?" } }],
    },
  ],
} as InstrumentDefinition;

const t = (m: number) => `2026-01-01T10:${String(m).padStart(2, "0")}:00Z`;
const old: Response = {
  id: "r1",
  instrument: { id: "t.wheel", version: "1.0.0", hash: instrumentHash(v1) },
  role: "employee",
  locale: "nb",
  status: "completed",
  created: t(0),
  updated: t(30),
  answers: {
    wheel: {
      type: "wheel",
      domains: {
        home: { current: 4, at: t(1) },
        health: { current: 2, desired: 5, note: "søvn", at: t(2) },
        school: { current: 3, at: t(5) },
        work: { current: 1, at: t(3) },
        family: { current: 5, at: t(4) },
        money: { current: 1, at: t(6) },
        pets: { current: 5, custom: true, label: "Dyr", at: t(7) },
        garden: { current: 9, custom: true, label: "Hage", at: t(8) },
      },
      order: ["pets", "garden"],
    },
    notes: { type: "reflection", prompts: { what: { text: "Bra", share: true, at: t(9) } } },
    old: { type: "text", items: { q: { value: "svar", at: t(10) } } },
  },
};

describe("migrateResponse", () => {
  const result = migrateResponse(old, v1, v2);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const r = result.value;

  it("renames, splits and merges domains as the new definition declares", () => {
    const wheel = r.answers.life;
    expect(wheel?.type).toBe("wheel");
    if (wheel?.type !== "wheel") return;
    expect(r.instrument).toEqual({ id: "t.wheel", version: "2.0.0", hash: instrumentHash(v2) });
    expect(wheel.domains.home).toEqual({ current: 4, at: t(1) });
    expect(wheel.domains.wellbeing).toEqual({ current: 2, desired: 5, note: "søvn", at: t(2) });
    // Merge: school (answered 10:05) is later than work (10:03).
    expect(wheel.domains.daily).toEqual({ current: 3, at: t(5) });
    // Split: the family answer goes to both parts.
    expect(wheel.domains["close-family"]).toEqual({ current: 5, at: t(4) });
    expect(wheel.domains["wider-family"]).toEqual({ current: 5, at: t(4) });
    expect(wheel.domains.pets).toEqual({ current: 5, custom: true, label: "Dyr", at: t(7) });
    expect(wheel.order).toEqual(["pets"]);
  });

  it("keeps removed, merged-away and no-longer-fitting answers as orphans", () => {
    expect(r.orphans).toEqual([
      {
        section: "wheel",
        from: "1.0.0",
        reason: "removed",
        answer: { type: "wheel", domains: { money: { current: 1, at: t(6) } } },
      },
      {
        section: "old",
        from: "1.0.0",
        reason: "removed",
        answer: { type: "text", items: { q: { value: "svar", at: t(10) } } },
      },
      {
        section: "wheel",
        from: "1.0.0",
        reason: "merged",
        answer: { type: "wheel", domains: { work: { current: 1, at: t(3) } } },
      },
      // 9 is off the new 0–5 scale; sharing is no longer allowed for the prompt.
      {
        section: "life",
        from: "1.0.0",
        reason: "invalid",
        answer: {
          type: "wheel",
          domains: { garden: { current: 9, custom: true, label: "Hage", at: t(8) } },
        },
      },
      {
        section: "notes",
        from: "1.0.0",
        reason: "invalid",
        answer: { type: "reflection", prompts: { what: { text: "Bra", share: true, at: t(9) } } },
      },
    ]);
  });

  it("takes the answer given last into a merge when one was given in a leap second", () => {
    const leap = structuredClone(old);
    const wheel = leap.answers.wheel as Extract<Response["answers"][string], { type: "wheel" }>;
    leap.created = "2016-12-31T23:00:00Z";
    leap.updated = "2017-01-01T00:00:00Z";
    for (const d of Object.values(wheel.domains)) d!.at = "2016-12-31T23:30:00Z";
    wheel.domains.work!.at = "2016-12-31T23:59:59.5Z";
    wheel.domains.school!.at = "2016-12-31T23:59:60.2Z"; // later: the leap second comes after :59
    const merged = migrateResponse(leap, v1, v2);
    if (!merged.ok) throw new Error(JSON.stringify(merged.errors));
    const life = merged.value.answers.life;
    expect(life?.type === "wheel" && life.domains.daily).toEqual({
      current: 3,
      at: "2016-12-31T23:59:60.2Z",
    });
  });

  it("is idempotent and refuses a response to another version", () => {
    expect(migrateResponse(r, v1, v2)).toEqual(result);
    const wrong = migrateResponse(
      { ...old, instrument: { ...old.instrument, version: "0.9.0" } },
      v1,
      v2,
    );
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.errors[0]!.pointer).toBe("/instrument/version");
  });

  it("takes JSON text, and says on which line and column a refusal's member is", () => {
    const text = JSON.stringify(old, null, 2);
    expect(migrateResponse(text, v1, v2)).toEqual(result);
    expect(migrateResponse(JSON.stringify(r, null, 2), v1, v2)).toEqual(result);
    const lines = text.replace('"version": "1.0.0"', '"version": "0.9.0"').split("\n");
    const at = lines.findIndex((l) => l.includes('"version": "0.9.0"'));
    const wrong = migrateResponse("\uFEFF" + lines.join("\n"), v1, v2);
    expect(!wrong.ok && wrong.errors).toEqual([
      {
        pointer: "/instrument/version",
        rule: "version",
        message: {
          nb: "Svaret gjelder versjon 0.9.0, ikke 1.0.0.",
          en: "The response is for version 0.9.0, not 1.0.0.",
        },
        line: at + 1,
        column: lines[at]!.indexOf('"0.9.0"') + 1,
      },
    ]);
    const other = migrateResponse(text.replace('"id": "t.wheel"', '"id": "t.other"'), v1, v2);
    expect(!other.ok && other.errors[0]).toMatchObject({ pointer: "/instrument/id", line: 4 });
    // A response that is not one: parseResponse's problems, with their positions.
    const broken = migrateResponse(text.replace('"role": "employee"', '"role": 7'), v1, v2);
    expect(!broken.ok && broken.errors[0]).toMatchObject({ pointer: "/role", line: 8 });
  });

  it("lets a chart follow a domain across versions", () => {
    const lines = domainLineage([v2, v1]);
    const line = (id: string) => lines.find((l) => l.id === id)!;
    expect(line("wellbeing").aliases).toEqual([
      { version: "1.0.0", section: "wheel", id: "health" },
      { version: "2.0.0", section: "life", id: "wellbeing" },
    ]);
    expect(line("daily").aliases.map((a) => a.id)).toEqual(["school", "work", "daily"]);
    expect(line("wider-family").aliases.map((a) => a.id)).toEqual(["family", "wider-family"]);
    expect(line("leisure").aliases).toHaveLength(1);
    expect(line("money")).toMatchObject({ removed: true, version: "1.0.0" });
    expect(compareVersions("1.10.0", "1.9.0")).toBeGreaterThan(0);
    expect(compareVersions("2.0.0-rc.1", "2.0.0")).toBeLessThan(0);
  });
});

// A next version of a generated definition: every wheel domain, prompt and item is kept, renamed,
// split, merged with its neighbour or removed, and one new entry may be added.
function nextVersion(def: InstrumentDefinition, ops: number[]): InstrumentDefinition {
  const next = structuredClone(def) as unknown as {
    version: string;
    sections: Array<Record<string, unknown>>;
  };
  let k = 0;
  const op = () => ops[k++ % ops.length]!;
  next.version = def.version + "-next";
  for (const s of next.sections) {
    const key =
      s.type === "wheel"
        ? "domains"
        : s.type === "reflection"
          ? "prompts"
          : s.type === "network"
            ? undefined
            : "items";
    if (!key) continue;
    const list = s[key] as Array<{ id: string; replaces?: string[] }>;
    const out: typeof list = [];
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      const o = op();
      if (o === 0) out.push(e);
      else if (o === 1) out.push({ ...e, id: `${e.id}-r`.slice(0, 64), replaces: [e.id] });
      else if (o === 2)
        out.push(
          { ...e, id: `${e.id}-a`.slice(0, 64), replaces: [e.id] },
          { ...e, id: `${e.id}-b`.slice(0, 64), replaces: [e.id] },
        );
      else if (o === 3 && list[i + 1]) {
        out.push({ ...e, id: `${e.id}-m`.slice(0, 64), replaces: [e.id, list[i + 1]!.id] });
        i++;
      } else if (o === 4 && list.length - 1 > 0) continue;
      else out.push(e);
    }
    s[key] = out;
  }
  return next as unknown as InstrumentDefinition;
}

describe("migrateResponse on generated versions", () => {
  const cases = instrumentArb
    .chain((def) =>
      fc
        .array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 8 })
        .map((ops) => [def, nextVersion(def, ops)] as const),
    )
    .filter(([, to]) => parseInstrument(to).ok)
    .chain(([from, to]) =>
      responseArb(from, instrumentHash(from)).map((r) => [from, to, r] as const),
    );

  it("validates, drops nothing, is deterministic and idempotent", () => {
    fc.assert(
      fc.property(cases, ([from, to, r]) => {
        const out = migrateResponse(r, from, to);
        expect(out.ok ? [] : out.errors).toEqual([]);
        if (!out.ok) return;
        expect(migrateResponse(r, from, to)).toEqual(out);
        expect(migrateResponse(out.value, from, to)).toEqual(out);
        // Every answered value of the old response is somewhere in the new one, answers or orphans
        // (choice values may change shape between single and multiple answers: counted, not compared).
        const text = JSON.stringify(out.value);
        const count = (answers: object) =>
          Object.values(answers).reduce<number>((n, a: Record<string, unknown>) => {
            const key =
              a.type === "wheel"
                ? "domains"
                : a.type === "network"
                  ? "nodes"
                  : a.type === "reflection"
                    ? "prompts"
                    : "items";
            return n + Object.keys(a[key] as object).length;
          }, 0);
        const after =
          count(out.value.answers) + count((out.value.orphans ?? []).map((o) => o.answer));
        expect(after).toBeGreaterThanOrEqual(count(r.answers));
        for (const a of Object.values(r.answers))
          if (a && a.type !== "choice")
            for (const group of Object.values(a as object))
              if (group && typeof group === "object" && !Array.isArray(group))
                for (const item of Object.values(group as object))
                  expect(text).toContain(JSON.stringify(item).slice(1, -1));
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});

describe("crossCheckInstrument and replaces", () => {
  it("warns when an entry replaces its own id", () => {
    const def = structuredClone(v2) as unknown as {
      sections: Array<{ domains?: Array<{ replaces?: string[] }> }>;
    };
    def.sections[0]!.domains![0]!.replaces = ["home"];
    const r = parseInstrument(def);
    expect(r.ok).toBe(true);
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ pointer: "/sections/0/domains/0/replaces/0", rule: "replaces" }),
    );
    expect(parseInstrument(v2).warnings.filter((w) => w.rule === "replaces")).toEqual([]);
  });
});
