// Runs the fixtures in test/fixtures: every schema rule and cross-field rule, with the pointer and rule
// an author is shown. Each datum is checked twice: as an object (what a host passes) and as JSON text
// (what a file holds), which must give the same verdict and problems, the text ones with a position;
// a definition's object goes through parseInstrumentObject too, which must give the same result.
import { describe, expect, it } from "vitest";
import {
  parseInstrument,
  parseInstrumentObject,
  parseResponse,
  type InstrumentDefinition,
  type ParseResult,
  type Problem,
} from "../src/index.js";
import { loadFixtures, type Expected, type FixtureGroup } from "./load-fixtures.js";

const files = loadFixtures();

function parse(group: FixtureGroup, input: unknown): ParseResult<unknown> {
  return group.schema === "instrument"
    ? parseInstrument(input)
    : parseResponse(
        input,
        group.instrument === undefined
          ? {}
          : { instrument: group.instrument as InstrumentDefinition },
      );
}

const show = (problems: readonly Problem[]) => problems.map((p) => `${p.pointer} ${p.rule}`);
const want = (expected: readonly Expected[] | undefined) =>
  (expected ?? []).map((e) => `${e.pointer} ${e.rule}`);

function expectWellFormed(problems: readonly Problem[]) {
  for (const p of problems) {
    expect(typeof p.pointer).toBe("string");
    expect(p.pointer === "" || p.pointer.startsWith("/")).toBe(true);
    expect(typeof p.rule).toBe("string");
    expect(p.message.nb.length).toBeGreaterThan(0);
    expect(p.message.en.length).toBeGreaterThan(0);
  }
}

describe("fixture files are well-formed", () => {
  const groupKeys = new Set(["description", "schema", "instrument", "tests"]);
  const testKeys = new Set(["description", "data", "valid", "errors", "warnings"]);
  for (const file of files) {
    it(file.name, () => {
      expect(file.groups.length).toBeGreaterThan(0);
      for (const group of file.groups) {
        expect(
          [...Object.keys(group)].filter((k) => !groupKeys.has(k)),
          group.description,
        ).toEqual([]);
        expect(group.schema, group.description).toBe(file.kind);
        if (group.instrument !== undefined) expect(group.schema).toBe("response");
        const names = new Set<string>();
        for (const test of group.tests) {
          const where = `${group.description} › ${test.description}`;
          expect(
            [...Object.keys(test)].filter((k) => !testKeys.has(k)),
            where,
          ).toEqual([]);
          expect(typeof test.valid, where).toBe("boolean");
          expect("data" in test, where).toBe(true);
          expect(names.has(test.description), `${where} appears twice`).toBe(false);
          names.add(test.description);
          // An invalid datum must say why, or it could pass for the wrong reason; a valid one has no errors.
          if (test.valid) expect(test.errors, where).toBeUndefined();
          else expect(test.errors?.length, where).toBeGreaterThan(0);
          for (const e of [...(test.errors ?? []), ...(test.warnings ?? [])]) {
            expect(Object.keys(e).sort(), where).toEqual(["pointer", "rule"]);
            expect(e.pointer === "" || e.pointer.startsWith("/"), where).toBe(true);
          }
        }
      }
    });
  }
});

for (const file of files) {
  describe(file.name, () => {
    for (const group of file.groups) {
      describe(group.description, () => {
        if (group.instrument !== undefined) {
          it("(the group's definition is itself valid)", () => {
            const result = parseInstrument(group.instrument);
            expect(result.ok ? [] : show(result.errors)).toEqual([]);
          });
        }
        for (const test of group.tests) {
          it(test.description, () => {
            const result = parse(group, test.data);
            const errors = result.ok ? [] : result.errors;
            expect(result.ok, `reported: ${JSON.stringify(show(errors))}`).toBe(test.valid);
            expectWellFormed(errors);
            expectWellFormed(result.warnings);
            expect(show(errors)).toEqual(expect.arrayContaining(want(test.errors)));
            expect(show(result.warnings)).toEqual(expect.arrayContaining(want(test.warnings)));
            if (result.ok) expect(result.value).toEqual(test.data);
            // The object-only door (no JSON text parser) gives an object the very same result.
            if (group.schema === "instrument" && typeof test.data !== "string")
              expect(parseInstrumentObject(test.data)).toEqual(result);

            // The same datum as a JSON file: the same verdict and problems, each with a line and column.
            if (test.data === undefined) return;
            const text = JSON.stringify(test.data, null, 2);
            const fromText = parse(group, text);
            expect(fromText.ok).toBe(result.ok);
            const textErrors = fromText.ok ? [] : fromText.errors;
            expect(show(textErrors)).toEqual(show(errors));
            expect(show(fromText.warnings)).toEqual(show(result.warnings));
            for (const p of [...textErrors, ...fromText.warnings]) {
              expect(p.line, `${p.pointer} ${p.rule}`).toBeGreaterThanOrEqual(1);
              expect(p.column, `${p.pointer} ${p.rule}`).toBeGreaterThanOrEqual(1);
            }
          });
        }
      });
    }
  });
}
