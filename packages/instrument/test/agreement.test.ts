// The precompiled standalone validators (src/generated/*.js, what ships) and validators
// compiled from the schema files at test time by Ajv itself must agree on every datum: same verdict,
// same errors. Catches a stale build, a bug in the standalone/bundling/stripping pipeline, and any
// schema edit that was not rebuilt.
import fc from "fast-check";
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

/** The verdict and the set of errors, as comparable strings. */
function outcome(
  validate: (data: unknown) => boolean,
  errors: () => readonly AjvError[] | null | undefined,
  data: unknown,
) {
  const valid = validate(data);
  const list = (errors() ?? []).map(
    (e) => `${e.instancePath} ${e.keyword} ${e.schemaPath} ${JSON.stringify(e.params)}`,
  );
  return { valid, errors: [...new Set(list)].sort() };
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
});
