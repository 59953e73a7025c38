// Where the server decides: posted fields become a response that parseResponse and the cross-checks
// accept, or a list of problems with JSON pointers. And the manager's pool, built on the server.
import { describe, expect, it } from "vitest";
import { family, reflection } from "@famwel/instruments";
import type { ReflectionSection, Response } from "@famwel/instrument";
import { acceptResponse, assembleResponse } from "../src/responses.js";
import { poolForManager } from "../src/pool.js";
import { openDb, readingsOf, reflectionsByRole } from "../src/db.js";
import { seed } from "../src/seed-data.js";
import { wholeResponse } from "./whole-response.js";

const at = "2026-11-23T10:00:00.000Z";
const options = {
  definition: family,
  role: "family" as const,
  sections: ["wheel", "network"],
  now: () => new Date(at),
  newId: () => "r1",
};
const wheel = (domains: Record<string, unknown>) => JSON.stringify({ type: "wheel", domains });
const network = JSON.stringify({ type: "network", nodes: {} });

describe("assembleResponse", () => {
  it("stamps a valid reading with the instrument, its hash, role and time", () => {
    const result = assembleResponse(
      { wheel: wheel({ housing: { current: 4, at } }), network },
      options,
    );
    expect(result.problems).toEqual([]);
    expect(result.response).toMatchObject({
      id: "r1",
      instrument: { id: "famwel.family", version: family.version },
      role: "family",
      status: "completed",
      created: at,
    });
    expect(result.response?.instrument.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it.each([
    [
      "a value off the scale",
      { housing: { current: 11, at } },
      "/answers/wheel/domains/housing/current",
    ],
    ["an unknown domain", { hacked: { current: 3, at } }, "/answers/wheel/domains/hacked"],
    ["a missing timestamp", { housing: { current: 3 } }, "/answers/wheel/domains/housing/at"],
    ["nothing rated", {}, "/answers/wheel/domains"],
    ["only the desired level", { housing: { desired: 8, at } }, "/answers/wheel/domains"],
  ])("refuses %s and keeps what was posted", (_name, domains, pointer) => {
    const result = assembleResponse({ wheel: wheel(domains), network }, options);
    expect(result.response).toBeUndefined();
    expect(result.problems.map((p) => p.pointer)).toContain(pointer);
    expect(result.problems[0]?.message.nb).toBeTruthy();
    expect(result.kept.wheel).toEqual({ type: "wheel", domains });
  });

  it("refuses a field that is missing or not JSON, naming the answer", () => {
    const result = assembleResponse({ wheel: "{not json", network: "" }, options);
    expect(result.problems.map((p) => [p.pointer, p.rule])).toEqual([
      ["/answers/wheel", "syntax"],
      ["/answers/network", "required"],
    ]);
  });

  it("refuses a reflection without its required answers, or about another family's reading", () => {
    const answer = (about: string) =>
      JSON.stringify({
        type: "reflection",
        about: { response: about },
        prompts: { "employee-good-life": { text: "Ro hjemme.", at } },
      });
    const base = { definition: reflection, role: "employee" as const, sections: ["reflection"] };
    const missing = assembleResponse(
      { reflection: answer("mine") },
      { ...base, aboutOneOf: ["mine"] },
    );
    expect(missing.problems.map((p) => p.pointer)).toEqual([
      "/answers/reflection/prompts/employee-do-differently/text",
    ]);
    const other = assembleResponse(
      { reflection: answer("theirs") },
      { ...base, aboutOneOf: ["mine"] },
    );
    expect(other.problems.map((p) => p.pointer)).toContain("/answers/reflection/about/response");
  });
});

describe("acceptResponse (the whole instrument's post)", () => {
  const whole = (answers: Record<string, unknown>) => wholeResponse(answers, at);
  const accept = (answers: Record<string, unknown>) =>
    acceptResponse(whole(answers), { definition: family, role: "family", now: options.now });

  it("stores a whole reading that rates an area as it is now", () => {
    const result = accept({ wheel: { type: "wheel", domains: { housing: { current: 4, at } } } });
    expect(result.problems).toEqual([]);
    expect(result.response?.answers.wheel).toBeDefined();
  });

  // The same rule as the plain form's, from the same place: a stored reading rates an area now.
  it.each([
    ["no wheel answer", {}, "/answers/wheel"],
    ["a wheel with nothing rated", { wheel: { type: "wheel", domains: {} } }, "/answers/wheel"],
    [
      "only the desired level",
      { wheel: { type: "wheel", domains: { housing: { desired: 8, at } } } },
      "/answers/wheel",
    ],
  ])("refuses %s, as the plain form does", (_name, answers, pointer) => {
    const result = accept(answers);
    expect(result.response).toBeUndefined();
    expect(result.problems.map((p) => p.pointer)).toEqual([expect.stringMatching(`^${pointer}`)]);
    expect(result.problems[0]?.message.nb).toBe("Vurder minst ett område i hjulet slik det er nå.");
  });

  it("refuses a whole reading without the answers its role must give", () => {
    const result = acceptResponse(JSON.stringify({ ...JSON.parse(whole({})), answers: {} }), {
      definition: family,
      role: "family",
      now: options.now,
    });
    expect(result.problems.map((p) => p.pointer)).toEqual([
      "/answers/wheel",
      "/answers/reflection/prompts/family-what-helps/text",
    ]);
  });
});

describe("poolForManager", () => {
  const section = reflection.sections.find((s) => s.type === "reflection") as ReflectionSection;
  const response = (
    i: number,
    prompts: Record<string, { text: string; share?: boolean }>,
  ): Response => ({
    id: `secret-${i}`,
    instrument: {
      id: reflection.id,
      version: reflection.version,
      hash: `sha256:${"0".repeat(64)}`,
    },
    role: "employee",
    locale: "nb",
    status: "completed",
    created: at,
    updated: at,
    answers: {
      reflection: {
        type: "reflection",
        prompts: Object.fromEntries(Object.entries(prompts).map(([k, v]) => [k, { ...v, at }])),
      },
    },
  });

  it("sends only shared answers to shareable prompts, in groups of at least minGroup, without ids", () => {
    const responses = [1, 2, 3].map((i) =>
      response(i, {
        "employee-practice": { text: `practice ${i}`, share: true },
        "employee-surprised": { text: `surprised ${i}`, share: true }, // not shareable
        "employee-other-services": { text: `other ${i}`, share: i === 1 }, // one shared: too few
        "employee-do-differently": { text: `differently ${i}` }, // never consented
      }),
    );
    const pool = poolForManager(responses, reflection.id, section, 2);
    const sent = JSON.stringify(pool.responses);
    expect(sent).toContain("practice 1");
    expect(sent).not.toMatch(/surprised|other 1|differently|secret|2026/);
    expect(pool.counts["employee-other-services"]).toBe(1);
    expect(pool.responses.map((r) => r.id)).toEqual(["shared-1", "shared-2", "shared-3"]);
  });
});

describe("seed", () => {
  it("stores the same three families, readings and reflections every time", () => {
    const dump = () => {
      const db = openDb(":memory:");
      const counts = seed(db);
      seed(db); // running it again replaces, never duplicates
      const out = {
        counts,
        readings: ["f-nordli", "f-haugen", "f-aziz"].map((id) => readingsOf(db, id)),
        reflections: reflectionsByRole(db, "employee"),
      };
      db.close();
      return out;
    };
    const first = dump();
    expect(first.counts).toEqual({ families: 3, readings: 12, reflections: 6 });
    expect(first.readings.map((r) => r.length)).toEqual([4, 4, 4]);
    expect(first.reflections).toHaveLength(6);
    expect(dump()).toEqual(first);
  });
});
