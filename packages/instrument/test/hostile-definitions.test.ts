// Hostile definitions (issue 8, item 3): oversize files, huge strings and arrays, deep nesting,
// __proto__ / constructor / prototype keys at every level, wrong types at every leaf and unknown
// section types. Each is rejected with a pointer-bearing problem, never throws, takes bounded time and
// leaves Object.prototype as it was. The figures (inputs tried, failures, slowest) print at the end.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  MAX_DEPTH,
  MAX_INSTRUMENT_BYTES,
  parseInstrument,
  parseResponse,
  type InstrumentDefinition,
  type ParseResult,
} from "../src/index.js";
import { MAX_ENTRIES, MAX_PROBLEMS } from "../src/limits.js";
import { instrumentArb } from "./arbitraries.js";

/**
 * Under StrykerJS (`pnpm test:mutation`) every statement is instrumented and a 1 MB scan takes ~20 s:
 * the time bound is not checked there, and the megabyte-sized inputs are left to `pnpm test`.
 */
const mutating = "__stryker__" in globalThis;
/** No single hostile input may take longer than this (2 shared cores, under a parallel test run). */
const BOUND_MS = mutating ? Infinity : 3000;

const figures = { tried: 0, failures: 0, slowest: 0, slowestLabel: "" };
const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const protoBefore = protoNames();

afterAll(() => {
  console.log(
    `hostile definitions: ${figures.tried} inputs tried, ${figures.failures} failures, ` +
      `slowest ${figures.slowest.toFixed(0)} ms (${figures.slowestLabel}), bound ${BOUND_MS} ms`,
  );
});

type Json = Record<string, unknown>;

const base = {
  id: "test.hostile",
  version: "1.0.0",
  title: { nb: "Tittel", en: "Title" },
  locales: ["nb", "en"],
  defaultLocale: "nb",
  roles: ["family"],
  sections: [
    {
      type: "wheel",
      id: "w",
      title: { nb: "Hjul" },
      scale: { min: 0, max: 10, anchors: [{ value: 0, label: { nb: "Lite" } }] },
      notes: true,
      custom: { add: true, rename: true, remove: true },
      domains: [
        { id: "home", label: { nb: "Bolig" } },
        { id: "money", label: { nb: "Økonomi" } },
      ],
    },
  ],
} as unknown as InstrumentDefinition;

/** Parses one hostile input and checks everything that must hold for any rejected input. */
function rejects(
  label: string,
  input: unknown,
  where?: { pointer?: string | RegExp; rule?: string },
  parse: (i: unknown) => ParseResult<unknown> = parseInstrument,
): ParseResult<unknown> {
  figures.tried++;
  const start = performance.now();
  let result: ParseResult<unknown> | undefined;
  try {
    result = parse(input);
    const ms = performance.now() - start;
    if (ms > figures.slowest) [figures.slowest, figures.slowestLabel] = [ms, label];
    expect(result.ok, label).toBe(false);
    if (result.ok) return result;
    expect(result.errors.length, label).toBeGreaterThan(0);
    expect(result.errors.length, label).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
    for (const e of result.errors) {
      expect(typeof e.pointer, label).toBe("string");
      expect(e.message.nb.length * e.message.en.length, label).toBeGreaterThan(0);
    }
    if (where?.pointer !== undefined || where?.rule !== undefined)
      expect(result.errors, label).toContainEqual(
        expect.objectContaining({
          ...(where.pointer === undefined
            ? {}
            : {
                pointer:
                  typeof where.pointer === "string"
                    ? where.pointer
                    : (expect.stringMatching(where.pointer) as unknown),
              }),
          ...(where.rule === undefined ? {} : { rule: where.rule }),
        }),
      );
    expect(ms, `${label}: ${ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
    expect(protoNames(), label).toBe(protoBefore);
    expect(({} as Json).polluted, label).toBeUndefined();
    return result;
  } catch (error) {
    figures.failures++;
    throw error;
  }
}

const text = (value: unknown) => JSON.stringify(value, null, 2);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Every object and array in a value with its JSON Pointer. */
function containers(value: unknown, pointer = ""): Array<[string, Json | unknown[]]> {
  if (value === null || typeof value !== "object") return [];
  const out: Array<[string, Json | unknown[]]> = [[pointer, value as Json]];
  for (const [k, v] of Object.entries(value)) out.push(...containers(v, `${pointer}/${k}`));
  return out;
}
/** Every leaf (string, number, boolean) with its JSON Pointer. */
function leaves(value: unknown, pointer = ""): Array<[string, unknown]> {
  if (value === null || typeof value !== "object") return [[pointer, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, `${pointer}/${k}`));
}
function at(root: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((v, k) => (v as Json)[k], root);
}

describe("hostile definitions", { timeout: 60_000 }, () => {
  it("the base definition is valid (so each rejection below is the hostile part's doing)", () => {
    expect(parseInstrument(text(base))).toMatchObject({ ok: true });
  });

  it("refuses oversize files before parsing, as text and as objects", () => {
    const big = text({ ...base, description: { nb: " ".repeat(MAX_INSTRUMENT_BYTES) } });
    rejects("oversize text", big, { pointer: "", rule: "maxBytes" });
    rejects("oversize object", JSON.parse(big), { pointer: "", rule: "maxBytes" });
    // 60 MB: refused by length alone, without encoding it.
    rejects("60 MB text", '"' + "x".repeat(60 * 1024 * 1024) + '"', { rule: "maxBytes" });
    // Multi-byte characters count as bytes, not UTF-16 units.
    rejects(
      "oversize in UTF-8 only",
      text({ ...base, x: "ø".repeat(MAX_INSTRUMENT_BYTES / 2 + 10) }),
      {
        rule: "maxBytes",
      },
    );
  });

  it.skipIf(mutating)("names the field of a huge string", () => {
    rejects("900 KB title", text({ ...base, title: { nb: "a".repeat(900_000) } }), {
      pointer: "/title/nb",
      rule: "maxLength",
    });
    rejects("900 KB id", text({ ...base, id: "a".repeat(900_000) }), { pointer: "/id" });
  });

  it.skipIf(mutating)("refuses huge arrays and objects before validation, at their pointer", () => {
    rejects("100 000 sections", text({ ...base, sections: Array(100_000).fill(0) }), {
      pointer: "/sections",
      rule: "maxEntries",
    });
    rejects(
      "100 000 sections, object",
      { ...base, sections: Array(100_000).fill(0) },
      {
        pointer: "/sections",
        rule: "maxEntries",
      },
    );
    const keys = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, 1]));
    rejects("60 000 unknown keys", text({ ...base, ...keys }), { pointer: "", rule: "maxEntries" });
    rejects("60 000 locales in a label", text({ ...base, title: keys }), {
      pointer: "/title",
      rule: "maxEntries",
    });
    const wheel = clone(base) as unknown as Json;
    ((wheel.sections as Json[])[0] as Json).domains = Array.from(
      { length: MAX_ENTRIES + 1 },
      (_, i) => ({
        id: `d${i}`,
        label: { nb: "x" },
      }),
    );
    rejects("domains past the entry cap", text(wheel), {
      pointer: "/sections/0/domains",
      rule: "maxEntries",
    });
  });

  it("validates wide arrays just under the entry cap in bounded time (the worst case for Ajv)", () => {
    for (const item of [
      0,
      {},
      { type: "wheel" },
      { type: "unknown" },
      { type: "network", id: "n" },
    ]) {
      const r = rejects(
        `${MAX_ENTRIES} sections of ${JSON.stringify(item)}`,
        text({ ...base, sections: Array(MAX_ENTRIES).fill(item) }),
        { pointer: "/sections", rule: "maxItems" },
      );
      if (!r.ok) expect(r.errors.at(-1)!.rule).toBe("maxProblems"); // the rest are counted, not listed
    }
    const wheel = clone(base) as unknown as Json;
    ((wheel.sections as Json[])[0] as Json).domains = Array(MAX_ENTRIES).fill({ id: 1, label: [] });
    rejects(`${MAX_ENTRIES} bad domains`, text(wheel), { pointer: /^\/sections\/0\/domains/ });
  });

  it("refuses deep nesting without recursion, as text and as objects, and cycles", () => {
    rejects("100 000 [", "[".repeat(100_000), { pointer: "", rule: "maxDepth" });
    rejects("100 000 {", '{"a":'.repeat(100_000), { pointer: "", rule: "maxDepth" });
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i++) deep = [deep];
    // An object is copied first, so it is refused where it goes too deep (the text scan above is not).
    rejects("50 000 nested arrays, object", deep, {
      pointer: "/0".repeat(MAX_DEPTH),
      rule: "maxDepth",
    });
    rejects(
      "deep inside a label",
      text({ ...base, title: { nb: JSON.parse("[".repeat(20) + "]".repeat(20)) as unknown } }),
      {
        rule: "maxDepth",
      },
    );
    const cyclic: Json = { ...clone(base) };
    cyclic.self = cyclic;
    rejects("a cycle", cyclic, { pointer: /^(\/self){10}\//, rule: "maxDepth" }); // where it comes round
    // Brackets inside strings are text, not nesting: valid.
    const brackets = { ...base, title: { nb: "[".repeat(MAX_DEPTH * 4) } };
    expect(parseInstrument(text(brackets))).toMatchObject({ ok: true });
  });

  it("rejects __proto__, constructor and prototype keys at every level, leaving Object.prototype alone", () => {
    const defs = [base, ...fc.sample(instrumentArb, { numRuns: 2, seed: 8 })];
    let tried = 0;
    for (const def of defs) {
      for (const [pointer, container] of containers(def)) {
        if (Array.isArray(container)) continue; // JSON has no keys on arrays
        for (const key of ["__proto__", "constructor", "prototype"]) {
          const copy = clone(def);
          const target = at(copy, pointer) as Json;
          // An own property, as JSON.parse makes it (assignment would set the prototype instead).
          Object.defineProperty(target, key, {
            value: { polluted: true, toString: "x" },
            enumerable: true,
            writable: true,
            configurable: true,
          });
          const json = text(copy);
          const where = { pointer: `${pointer}/${key}` };
          rejects(`${key} at ${pointer || "/"} (text)`, json, where);
          rejects(`${key} at ${pointer || "/"} (object)`, copy, where);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(100);
  });

  it("accepts an answer keyed by an id that names an Object.prototype member, without touching it", () => {
    // "constructor" is a valid id; it must stay an ordinary own key of the answer.
    const json = `{"instrument":{"id":"a","version":"1.0.0","hash":"sha256:${"0".repeat(64)}"},
      "role":"family","locale":"nb","status":"in-progress","startedAt":"2026-01-01T00:00:00Z",
      "answers":{"w":{"type":"wheel","domains":{"constructor":{"current":3},"__proto__":{"current":1}}}}}`;
    const r = rejects(
      "__proto__ as a domain id in a response",
      json,
      {
        pointer: "/answers/w/domains/__proto__",
      },
      parseResponse,
    );
    expect(r.ok).toBe(false);
  });

  it("names the field of every wrong type at every leaf", () => {
    const others = [null, true, 1.5, "s", [], {}];
    let tried = 0;
    for (const [pointer, value] of leaves(base)) {
      for (const wrong of others) {
        if (typeof wrong === typeof value && !Array.isArray(wrong) && wrong !== null) continue;
        const copy = clone(base);
        const parts = pointer.split("/");
        const parent = at(copy, parts.slice(0, -1).join("/")) as Json;
        parent[parts.at(-1)!] = wrong;
        const r = rejects(`${JSON.stringify(wrong)} at ${pointer}`, text(copy));
        // The problem names the leaf or the container holding it (a discriminator or a map).
        if (!r.ok)
          expect(
            r.errors.some((e) => pointer.startsWith(e.pointer) || e.pointer.startsWith(pointer)),
            `${JSON.stringify(wrong)} at ${pointer}: ${r.errors.map((e) => e.pointer).join(", ")}`,
          ).toBe(true);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(50);
  });

  it("names unknown or missing section types at /sections/0/type", () => {
    for (const type of ["zzz", "__proto__", "constructor", "WHEEL", "wheel ", 1, null, ["wheel"]]) {
      const copy = clone(base) as unknown as Json;
      ((copy.sections as Json[])[0] as Json).type = type;
      rejects(`section type ${JSON.stringify(type)}`, text(copy), { pointer: "/sections/0/type" });
    }
    const copy = clone(base) as unknown as Json;
    delete ((copy.sections as Json[])[0] as Json).type;
    rejects("no section type", text(copy), { pointer: "/sections/0/type" });
  });

  it("never throws on arbitrary JSON or arbitrary text, and stays within the bound", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 20 }), fc.string({ maxLength: 2000 })), (v) => {
        figures.tried++;
        const start = performance.now();
        const r = parseInstrument(typeof v === "string" ? v : JSON.stringify(v));
        const ms = performance.now() - start;
        if (ms > figures.slowest) [figures.slowest, figures.slowestLabel] = [ms, "arbitrary JSON"];
        expect(ms).toBeLessThan(BOUND_MS);
        expect(r.ok).toBe(false);
        expect(protoNames()).toBe(protoBefore);
      }),
      { numRuns: 300, seed: 8 },
    );
  });
});
