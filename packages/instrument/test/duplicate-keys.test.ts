// A key given twice in one object: JSON.parse keeps the last one without a word, so a copy-paste slip
// (a second "id" under the first) silently changed what a definition said. parseInstrument and
// parseResponse refuse the text instead, at the second key, naming the line of the first. The pass
// over the text that already measured its depth counts its keys (limits.ts, scanText); only when
// JSON.parse made fewer is the text searched for which key it was (locate.ts, duplicateKeys).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  MAX_DEPTH,
  parseInstrument,
  parseResponse,
  type ParseResult,
  type Problem,
} from "../src/index.js";
import { MAX_PROBLEMS, scanText } from "../src/limits.js";
import { duplicateKeys } from "../src/locate.js";
import { minimalDefinition, minimalResponse } from "./minimal-definition.js";

const errors = (r: ParseResult<unknown>): Problem[] => (r.ok ? [] : r.errors);
const duplicate = (
  pointer: string,
  key: string,
  line: number,
  column: number,
  firstLine: number,
): Problem => ({
  pointer,
  rule: "duplicateKey",
  line,
  column,
  message: {
    nb: `Feltet «${key}» står to ganger i samme objekt (første gang på linje ${firstLine}); JSON beholder bare det siste. Fjern eller gi nytt navn til det ene.`,
    en: `The field "${key}" appears twice in the same object (first on line ${firstLine}); JSON keeps only the last one. Remove or rename one of them.`,
  },
});

const familyWheel = readFileSync(
  new URL("../../instruments/definitions/family-wheel.json", import.meta.url),
  "utf8",
);

describe("a key given twice in one object", () => {
  it("is refused in a definition, at the second key, naming the line of the first", () => {
    const lines = familyWheel.split("\n");
    const idLine = lines.findIndex((l) => l.includes('"id": "famwel.family-wheel"'));
    expect(idLine).toBeGreaterThan(0);
    const text = [...lines.slice(0, idLine + 1), '  "id": "x",', ...lines.slice(idLine + 1)].join(
      "\n",
    );
    expect(parseInstrument(familyWheel).ok).toBe(true);
    const r = parseInstrument(text);
    expect(r.ok).toBe(false);
    // 1-based: the first id is on line idLine + 1, the second on the line after it.
    expect(errors(r)).toEqual([duplicate("/id", "id", idLine + 2, 3, idLine + 1)]);
  });

  it("is found at any depth, with an escaped pointer, inside lists", () => {
    const text = [
      "{",
      '  "sections": [',
      "    {},",
      '    { "domains": [{ "label": { "nb": "A", "a/b~c": "x", "nb": "B", "a/b~c": "y" } }] }',
      "  ]",
      "}",
    ].join("\n");
    expect(errors(parseInstrument(text))).toEqual([
      duplicate("/sections/1/domains/0/label/nb", "nb", 4, 57, 4),
      duplicate("/sections/1/domains/0/label/a~1b~0c", "a/b~c", 4, 68, 4),
    ]);
  });

  it("compares keys as JSON reads them: an escape spells the same key", () => {
    const r = parseInstrument('{"id": "a",\n"\\u0069d": "b"}');
    expect(errors(r)).toEqual([duplicate("/id", "id", 2, 1, 1)]);
  });

  it("is refused in a response too", () => {
    const json = JSON.stringify(minimalResponse(), null, 2);
    const text = json.replace('"role": "family",', '"role": "family",\n  "role": "professional",');
    const r = parseResponse(text);
    expect(errors(r)).toEqual([duplicate("/role", "role", 9, 3, 8)]);
    expect(json.split("\n")[7]).toBe('  "role": "family",');
  });

  it("leaves alone the same key in different objects, and repeated values", () => {
    const def = minimalDefinition();
    const text = JSON.stringify(def, null, 2)
      // a second domain with the same keys as the first, and an id-like string as a value
      .replace(
        '"domains": [',
        '"domains": [\n{ "id": "b", "label": { "nb": "\\"id\\": \\"x\\", \\"nb\\"" } },',
      );
    const r = parseInstrument(text);
    expect(errors(r)).toEqual([]);
    const wheel = r.ok ? r.value.sections[0] : undefined;
    expect(wheel?.type === "wheel" && wheel.domains).toEqual([
      { id: "b", label: { nb: '"id": "x", "nb"' } },
      { id: "a", label: { nb: "A" } },
    ]);
    const other = '{"a": {"a": 1}, "b": ["a", "a"], "c": [{"a": 1}, {"a": 2, "__proto__": 3}]}';
    expect(scanText(other, 99)).toEqual({ depth: 3, keys: 7 });
    expect(duplicateKeys(other)).toEqual({ duplicates: [], count: 0 });
    expect(errors(parseInstrument(other)).map((p) => p.rule)).not.toContain("duplicateKey");
  });

  it("counts a key after a nested object, and after a list, in its own object", () => {
    const text = '{"a": {"b": {}}, "c": [1, {"d": 2}], "a": 3, "c": 4}';
    expect(scanText(text, 99)).toEqual({ depth: 3, keys: 6 });
    expect(duplicateKeys(text)).toEqual({
      duplicates: [
        { pointer: "/a", key: "a", first: 1, offset: 37 },
        { pointer: "/c", key: "c", first: 17, offset: 45 },
      ],
      count: 2,
    });
    // A repeated key whose first value held keys of its own: all of those are gone too.
    expect(errors(parseInstrument('{"a": {"x": 1, "y": 2},\n "a": 3}'))).toEqual([
      duplicate("/a", "a", 2, 2, 1),
    ]);
  });

  it("lists at most MAX_PROBLEMS, then counts the rest in one problem", () => {
    const n = MAX_PROBLEMS + 5;
    const text = `{"id": 1${', "id": 1'.repeat(n)}}`;
    const r = errors(parseInstrument(text));
    expect(r).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.slice(0, -1).every((p) => p.rule === "duplicateKey" && p.pointer === "/id")).toBe(
      true,
    );
    expect(r.at(-1)).toMatchObject({ pointer: "", rule: "maxProblems" });
    expect(r.at(-1)!.message.en).toContain("… and 5 more problems");
  });

  it("comes after the caps and the syntax check, and before the schema", () => {
    // Too deep: the depth cap speaks, nothing else.
    const deep = `{"a": 1, "a": ${"[".repeat(MAX_DEPTH + 1)}${"]".repeat(MAX_DEPTH + 1)}}`;
    expect(errors(parseInstrument(deep)).map((p) => p.rule)).toEqual(["maxDepth"]);
    // Not JSON: the syntax error, which a repeated key before it does not hide.
    expect(errors(parseInstrument('{"a": 1, "a": 2,}')).map((p) => p.rule)).toEqual(["syntax"]);
    // Schema-invalid too: the repeated key is reported alone, like a syntax error, since the value
    // JSON.parse gave is not the one the author meant.
    expect(errors(parseInstrument('{"a": 1, "a": 2}')).map((p) => p.rule)).toEqual([
      "duplicateKey",
    ]);
  });

  it("cannot happen to an object, which has one value per key", () => {
    expect(parseInstrument(minimalDefinition()).ok).toBe(true);
  });
});
