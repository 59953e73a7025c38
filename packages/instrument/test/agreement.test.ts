// The precompiled standalone validators (src/generated/*.js, what ships) and validators
// compiled from the schema files at test time by Ajv itself must agree on every datum: same verdict,
// same errors. Catches a stale build, a bug in the standalone/bundling/stripping pipeline, and any
// schema edit that was not rebuilt.
import fc from "fast-check";
import { createRequire } from "node:module";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { describe, expect, it } from "vitest";
import type { ValidateFunction } from "ajv";
import { createAjv } from "../scripts/build-validators.mjs";
import { validateInstrument } from "../src/generated/instrument-validator.js";
import { validateResponse } from "../src/generated/response-validator.js";
import { validateWheelSection } from "../src/generated/wheel-section.js";
import { validateNetworkSection } from "../src/generated/network-section.js";
import { validateReflectionSection } from "../src/generated/reflection-section.js";
import type { AjvError, StandaloneValidator } from "../src/validator-types.js";
import { instrumentHash } from "../src/index.js";
import { instrumentArb, responseArb } from "./arbitraries.js";
import { allFixtureData } from "./load-fixtures.js";

const ajv = createAjv();
const defs = "https://famwel.org/schema/instrument.v1.json#/$defs/";
const compiled = (ref: string): ValidateFunction => {
  const v = ajv.getSchema(ref);
  if (!v) throw new Error(`no schema ${ref}`);
  return v;
};

const pairs: Record<string, [StandaloneValidator, ValidateFunction]> = {
  instrument: [validateInstrument, compiled("instrument")],
  response: [validateResponse, compiled("response")],
  wheelSection: [validateWheelSection, compiled(`${defs}wheelSection`)],
  networkSection: [validateNetworkSection, compiled(`${defs}networkSection`)],
  reflectionSection: [validateReflectionSection, compiled(`${defs}reflectionSection`)],
};

/**
 * The verdict and the errors, in order, as comparable strings. Order too: problemsFromAjv reports
 * the first of several problems at one place, so what a person reads first must not depend on the
 * build (the standalone code is post-processed: scripts/prune-schema-literals.mjs).
 */
function outcome(
  validate: (data: unknown) => boolean,
  errors: () => readonly AjvError[] | null | undefined,
  data: unknown,
) {
  const valid = validate(data);
  const list = (errors() ?? []).map(
    (e) => `${e.instancePath} ${e.keyword} ${e.schemaPath} ${JSON.stringify(e.params)}`,
  );
  return { valid, errors: list };
}

function expectAgree(which: keyof typeof pairs, data: unknown) {
  const [standalone, runtime] = pairs[which]!;
  const a = outcome(standalone, () => standalone.errors, data);
  const b = outcome(runtime, () => runtime.errors as AjvError[] | null | undefined, data);
  expect(a).toEqual(b);
  return a;
}

/** Each validator an instrument datum can meet: the whole definition, and each section alone. */
function expectAgreeInstrument(data: unknown) {
  const whole = expectAgree("instrument", data);
  const sections = (data as { sections?: unknown } | null)?.sections;
  if (Array.isArray(sections))
    for (const section of sections)
      for (const which of ["wheelSection", "networkSection", "reflectionSection"] as const)
        expectAgree(which, section);
  return whole;
}

/** Replaces the value under one key of one object or array inside `root` (chosen by `at`). */
function replaceOne<T>(root: T, at: number, value: unknown): T {
  const holders: Array<Record<string, unknown>> = [];
  const walk = (v: unknown) => {
    if (v !== null && typeof v === "object") {
      holders.push(v as Record<string, unknown>);
      Object.values(v).forEach(walk);
    }
  };
  walk(root);
  const holder = holders[at % holders.length]!;
  const keys = Object.keys(holder);
  if (keys.length > 0) holder[keys[at % keys.length]!] = value;
  return root;
}

describe("precompiled and runtime-compiled validators agree", () => {
  const data = allFixtureData();

  it("on every fixture datum", () => {
    expect(data.length).toBeGreaterThan(500);
    let invalid = 0;
    for (const { name, schema, data: datum } of data) {
      try {
        const { valid } =
          schema === "instrument" ? expectAgreeInstrument(datum) : expectAgree("response", datum);
        if (!valid) invalid++;
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
    }
    // The comparison meant something: many data fail the schema (cross-field failures pass it).
    expect(invalid).toBeGreaterThan(300);
  });

  it("on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectAgreeInstrument(value);
        expectAgree("response", value);
      }),
      { numRuns: 200 },
    );
  });

  it("on generated definitions and responses, valid and with one value replaced", () => {
    const arb = instrumentArb.chain((def) =>
      fc.tuple(
        fc.constant(def),
        responseArb(def, instrumentHash(def)),
        fc.jsonValue(),
        fc.nat(),
        fc.nat(),
      ),
    );
    fc.assert(
      fc.property(arb, ([def, response, junk, i, j]) => {
        expect(expectAgreeInstrument(def).valid).toBe(true);
        expect(expectAgree("response", response).valid).toBe(true);
        // One value somewhere replaced by arbitrary JSON.
        const d2 = replaceOne(structuredClone(def), i, junk);
        const r2 = replaceOne(structuredClone(response), j, junk);
        expectAgreeInstrument(d2);
        expectAgree("response", r2);
      }),
      { numRuns: 100 },
    );
  });

  it("on data wrong in several places at once, error by error in the same order", () => {
    // Errors in several sections, answers and orphans, in the order Ajv's own validator gives them.
    const arb = instrumentArb.chain((def) =>
      fc.tuple(
        fc.constant(def),
        responseArb(def, instrumentHash(def)),
        fc.array(fc.tuple(fc.jsonValue(), fc.nat(), fc.nat()), { minLength: 2, maxLength: 6 }),
      ),
    );
    fc.assert(
      fc.property(arb, ([def, response, edits]) => {
        const d2 = structuredClone(def);
        const r2 = structuredClone(response);
        for (const [junk, i, j] of edits) {
          replaceOne(d2, i, structuredClone(junk));
          replaceOne(r2, j, structuredClone(junk));
        }
        expectAgreeInstrument(d2);
        expectAgree("response", r2);
      }),
      { numRuns: 150 },
    );
    // And one of each by hand: errors in the root, in sections before and after an unknown type,
    // in answers before and after one of no type, and in orphans.
    const def = structuredClone(
      data.find(
        (d) =>
          d.schema === "instrument" &&
          Array.isArray((d.data as { sections?: unknown }).sections) &&
          (d.data as { sections: unknown[] }).sections.length >= 3 &&
          expectAgreeInstrument(d.data).valid,
      )!.data,
    ) as { sections: Array<Record<string, unknown>>; [k: string]: unknown };
    def.extra = 1;
    def.sections[0]!.bogus = 1;
    def.sections[1] = { type: "nope" };
    def.sections[2]!.id = "!";
    def.sections.push({ ...def.sections[0]!, title: 5 });
    const wrongDef = expectAgreeInstrument(def);
    expect(wrongDef.errors.length).toBeGreaterThan(4);
    const wrongResponse = expectAgree("response", {
      extra: 1,
      created: "yesterday",
      answers: {
        a: { type: "wheel", domains: {}, x: 1 },
        "b/~": 5,
        c: { type: "nah" },
        d: { type: "text", texts: 1 },
      },
      orphans: [
        { answer: { type: "text", q: 1 } },
        "x",
        { section: "s", from: "1.0.0", reason: "removed", answer: { type: "scale", q: 1 } },
      ],
    });
    expect(wrongResponse.errors.length).toBeGreaterThan(10);
  });

  it("on date-times: our copy of ajv-formats' date-time (date-time-format.cjs) answers as it does", () => {
    type Format = { validate: (s: string) => boolean };
    const ours = (
      createRequire(import.meta.url)("../scripts/date-time-format.cjs") as Record<string, Format>
    )["date-time"]!;
    const theirs = fullFormats["date-time"] as Format;
    // Two digits, mostly within the field's range (so many are valid), sometimes anything.
    const two = (max: number) =>
      fc
        .oneof(
          { arbitrary: fc.integer({ min: 0, max }), weight: 4 },
          { arbitrary: fc.integer({ min: 0, max: 99 }), weight: 1 },
        )
        .map((n) => String(n).padStart(2, "0"));
    const dateTime = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0")),
        two(12),
        two(31),
        fc.constantFrom("T", "t", " ", "_", "TT"),
        two(24),
        two(59),
        two(60),
        fc.constantFrom("", ".5", ".123456", "."),
        fc.constantFrom("", "Z", "z", "+01:00", "-23:59", "+24:00", "+0100", "+01", "-00:60"),
      )
      .map(
        ([y, mo, d, sep, h, mi, s, frac, tz]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${tz}`,
      );
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(dateTime, fc.string()), (text) => {
        const verdict = ours.validate(text);
        expect(verdict, text).toBe(theirs.validate(text));
        if (verdict) valid++;
      }),
      { numRuns: 3000 },
    );
    // The edges random strings rarely reach: century leap years and leap seconds.
    const edges = [
      "2024-02-29T12:00:00Z",
      "2023-02-29T12:00:00Z",
      "1900-02-29T00:00:00Z",
      "2000-02-29T00:00:00Z",
      "2016-12-31T23:59:60Z",
      "2016-12-31T23:59:61Z",
      "2016-12-31T23:58:60Z",
      "2016-12-31T23:59:60+01:00",
      "2017-01-01T00:59:60+01:00",
      "2016-12-31T22:59:60-01:00",
      "2026-11-24T10:15:00",
    ];
    for (const text of edges) expect(ours.validate(text), text).toBe(theirs.validate(text));
    expect(valid).toBeGreaterThan(20); // the comparison met valid date-times, not only garbage
  });

  it("on string lengths: our ucs2length (ucs2length.cjs) counts code points as Ajv's does", () => {
    type Length = { default: (s: string) => number };
    const load = createRequire(import.meta.url);
    const ours = (load("../scripts/ucs2length.cjs") as Length).default;
    const ajvs = (load("ajv/dist/runtime/ucs2length") as Length).default;
    // Strings of any UTF-16 units, lone and doubled surrogates included, and of whole characters.
    const surrogates = fc.constantFrom("\uD83D", "\uDE00", "\uD83D\uDE00", "a", "\u00e9");
    const strings = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.array(surrogates, { maxLength: 12 }).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(strings, (text) => {
        expect(ours(text), JSON.stringify(text)).toBe(ajvs(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of [
      "",
      "\uD83D",
      "\uD83D\uD83D\uDE00",
      "\uD83D\uDE00\uDE00",
      "e\u0301",
      "Åse 😀",
    ])
      expect(ours(text), JSON.stringify(text)).toBe(ajvs(text));
  });
});
