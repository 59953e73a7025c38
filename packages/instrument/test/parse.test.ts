// parseInstrument and parseResponse as their callers see them: what a host object that misbehaves
// gets back, where problems in a text are placed, and the byte cap on objects at its exact edge.
// Written against mutants StrykerJS found alive in parse.ts (pnpm test:mutation).
import { describe, expect, it } from "vitest";
import { MAX_ENTRIES } from "../src/limits.js";
import {
  MAX_INSTRUMENT_BYTES,
  parseInstrument,
  parseResponse,
  type ParseResult,
} from "../src/index.js";
import { minimalDefinition, minimalResponse } from "./minimal-definition.js";

type Json = Record<string, unknown>;
const definition = minimalDefinition;
const rules = (r: ParseResult<unknown>) => (r.ok ? [] : r.errors.map((e) => e.rule));

describe("host objects that are not definitions", () => {
  it("something thrown that is not an Error is still named in the one internal problem", () => {
    const hostile = {
      get id(): string {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a careless host does
        throw "plain";
      },
    };
    for (const r of [parseInstrument(hostile), parseResponse(hostile)])
      expect(r.ok ? undefined : r.errors).toEqual([
        {
          pointer: "",
          rule: "internal",
          message: {
            nb: "Kunne ikke lese innholdet (plain).",
            en: "Could not read the content (plain).",
          },
        },
      ]);
  });

  it("nothing, or a function, is a value of the wrong type at the root, not an internal error", () => {
    for (const input of [undefined, () => ({})]) {
      expect(rules(parseInstrument(input))).toEqual(["type"]);
      expect(rules(parseResponse(input))).toEqual(["type"]);
    }
  });

  it("an object whose JSON is exactly the byte cap is taken, one byte more is refused", () => {
    const padded = (n: number): Json => ({ ...definition(), x: "a".repeat(n) });
    const n = MAX_INSTRUMENT_BYTES - JSON.stringify(padded(0)).length;
    expect(JSON.stringify(padded(n)).length).toBe(MAX_INSTRUMENT_BYTES);
    expect(rules(parseInstrument(padded(n)))).toEqual(["additionalProperties"]);
    const over = parseInstrument(padded(n + 1));
    expect(over.ok ? undefined : over.errors).toEqual([
      expect.objectContaining({
        pointer: "",
        rule: "maxBytes",
        message: expect.objectContaining({
          en: `The file is too large: ${MAX_INSTRUMENT_BYTES + 1} bytes, at most ${MAX_INSTRUMENT_BYTES} allowed.`,
        }) as unknown,
      }),
    ]);
  });

  it("a valid response object comes back equal but not the same, and unfrozen", () => {
    const response: Json = minimalResponse();

    const r = parseResponse(response);
    expect(r).toEqual({ ok: true, value: response, warnings: [] });
    expect(r.ok && (r.value as unknown) !== response && !Object.isFrozen(r.value)).toBe(true);
  });
});

describe("refusals before validation carry no warnings", () => {
  it("a syntax error, a list past the entry cap, an object past the byte cap", () => {
    const wide = JSON.stringify({ ...definition(), x: Array<number>(MAX_ENTRIES + 1).fill(0) });
    const big = { ...definition(), x: "ø".repeat(MAX_INSTRUMENT_BYTES / 2) };
    for (const [input, rule] of [
      ['{"id": }', "syntax"],
      [wide, "maxEntries"],
      [big, "maxBytes"],
    ] as const) {
      const r = parseInstrument(input);
      expect(r).toMatchObject({ ok: false, warnings: [] });
      expect(rules(r)).toEqual([rule]);
    }
  });
});

describe("problems in a text are placed where the author looks", () => {
  /** The text from a 1-based line and column onwards. */
  const from = (text: string, line?: number, column?: number) =>
    text.split("\n")[line! - 1]!.slice(column! - 1);

  it("an unknown key with / and ~ in it: at the key itself", () => {
    const text = JSON.stringify({ ...definition(), "x/y~z": 1 }, null, 2);
    const r = parseInstrument(text);
    const e = r.ok ? undefined : r.errors[0];
    expect(e).toMatchObject({ pointer: "/x~1y~0z", rule: "additionalProperties" });
    expect(from(text, e?.line, e?.column)).toBe('"x/y~z": 1');
  });

  it("warnings of a definition with errors are placed too", () => {
    const def = definition();
    const wheel = (def.sections as Json[])[0]!;
    wheel.notePrompt = { nb: "Notat?" };
    (wheel.domains as Json[]).push({ id: "a", label: { nb: "B" } });
    const text = JSON.stringify(def, null, 2);
    const r = parseInstrument(text);
    expect(r.ok ? [] : r.errors.map((e) => `${e.pointer} ${e.rule}`)).toEqual([
      "/sections/0/domains/1/id unique",
    ]);
    expect(r.warnings).toHaveLength(1);
    const w = r.warnings[0]!;
    expect(w).toMatchObject({ pointer: "/sections/0/notePrompt", rule: "unused" });
    expect(from(text, w.line, w.column)).toMatch(/^\{/);
    expect(text.split("\n")[w.line! - 1]).toContain('"notePrompt"');
  });
});
