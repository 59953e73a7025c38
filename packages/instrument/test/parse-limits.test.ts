// The caps in limits.ts at their exact edges, and what parse.ts does around them: written against
// mutants StrykerJS found alive (a `>` that could be `>=`, an escape that could be dropped, a cap
// that could be off by one). Each test pins a boundary a hostile file could otherwise slip through.
import { describe, expect, it } from "vitest";
import { parseInstrument, type Problem } from "../src/index.js";
import {
  MAX_DEPTH,
  MAX_ENTRIES,
  MAX_INSTRUMENT_BYTES,
  MAX_PROBLEMS,
  capProblems,
  textDepth,
  utf8Length,
  widestEntry,
} from "../src/limits.js";
import { minimalDefinition } from "./minimal-definition.js";

const base = minimalDefinition();
const rules = (r: ReturnType<typeof parseInstrument>) => (r.ok ? [] : r.errors.map((e) => e.rule));

describe("limits at their edges", () => {
  it("counts UTF-8 bytes, and gives up early only past the limit", () => {
    expect(utf8Length("aø€😀", 100)).toBe(1 + 2 + 3 + 4);
    expect(utf8Length("øøø", 6)).toBe(6); // at the limit: measured exactly
    expect(utf8Length("abcdefg", 6)).toBe(7); // longer than the limit in units: not encoded
  });

  it("measures nesting outside strings only, escapes included", () => {
    expect(textDepth("[[]]", 99)).toBe(2);
    expect(textDepth('{"a":[{}]}', 99)).toBe(3);
    expect(textDepth('["[[[[", "\\"[[[["]', 99)).toBe(1); // an escaped quote does not end the string
    expect(textDepth('["\\\\", [[]]]', 99)).toBe(3); // an escaped backslash does
    expect(textDepth("[[[[[[", 3)).toBe(4); // stops just past the limit
    expect(textDepth("[][][]", 99)).toBe(1);
  });

  it("finds the first container past the entry cap, with an escaped pointer", () => {
    expect(widestEntry({ a: [1, 2, 3] }, 3)).toBeUndefined(); // at the cap: fine
    expect(widestEntry({ "a/b": { "c~d": [1, 2, 3, 4] } }, 3)).toEqual({
      pointer: "/a~1b/c~0d",
      count: 4,
    });
    expect(widestEntry({ a: 1, b: 2, c: 3, d: 4 }, 3)).toEqual({ pointer: "", count: 4 });
    expect(widestEntry("text", 0)).toBeUndefined();
  });

  it("lists at most MAX_PROBLEMS problems, then counts the rest in one", () => {
    const p = (i: number): Problem => ({
      pointer: `/${i}`,
      rule: "x",
      message: { nb: "x", en: "x" },
    });
    const exactly = Array.from({ length: MAX_PROBLEMS }, (_, i) => p(i));
    expect(capProblems(exactly)).toBe(exactly);
    const over = Array.from({ length: MAX_PROBLEMS + 7 }, (_, i) => p(i));
    const capped = capProblems(over);
    expect(capped).toHaveLength(MAX_PROBLEMS + 1);
    expect(capped[MAX_PROBLEMS - 1]).toBe(over[MAX_PROBLEMS - 1]);
    expect(capped.at(-1)).toMatchObject({ pointer: "", rule: "maxProblems" });
    expect(capped.at(-1)!.message.en).toContain("7 more");
    expect(capped.at(-1)!.message.nb).toContain("7");
  });
});

describe("parseInstrument around the caps", () => {
  it("takes a file of exactly the byte limit, refuses one byte more", () => {
    const text = JSON.stringify(base);
    const pad = (n: number) => text.slice(0, -1) + `,"x":"${" ".repeat(n)}"}`;
    const exact = pad(MAX_INSTRUMENT_BYTES - text.length - 7);
    expect(new TextEncoder().encode(exact).length).toBe(MAX_INSTRUMENT_BYTES);
    expect(rules(parseInstrument(exact))).not.toContain("maxBytes");
    expect(rules(parseInstrument(exact.replace('"x":" ', '"x":"  ')))).toEqual(["maxBytes"]);
  });

  it("takes nesting of exactly MAX_DEPTH, refuses one more, as text and as objects", () => {
    const nest = (n: number) => "[".repeat(n) + "]".repeat(n);
    const at = JSON.stringify({ ...base, x: JSON.parse(nest(MAX_DEPTH - 1)) as unknown });
    expect(rules(parseInstrument(at))).not.toContain("maxDepth");
    const over = JSON.stringify({ ...base, x: JSON.parse(nest(MAX_DEPTH)) as unknown });
    expect(rules(parseInstrument(over))).toEqual(["maxDepth"]);
    expect(rules(parseInstrument(JSON.parse(over)))).toEqual(["maxDepth"]);
  });

  it("takes exactly MAX_ENTRIES entries, refuses one more, locating the list in the text", () => {
    const list = (n: number) => JSON.stringify({ ...base, x: Array(n).fill(0) }, null, 1);
    expect(rules(parseInstrument(list(MAX_ENTRIES)))).not.toContain("maxEntries");
    const r = parseInstrument(list(MAX_ENTRIES + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ pointer: "/x", rule: "maxEntries" });
      expect(r.errors[0]!.line).toBeGreaterThan(1);
      expect(r.errors[0]!.message.en).toContain(String(MAX_ENTRIES + 1));
    }
    // As an object there is no text to locate in.
    const o = parseInstrument({ ...base, x: Array(MAX_ENTRIES + 1).fill(0) });
    expect(o.ok ? undefined : o.errors[0]).toMatchObject({ pointer: "/x", rule: "maxEntries" });
    expect(o.ok ? undefined : o.errors[0]!.line).toBeUndefined();
  });

  it("caps the problems of a text input, the count problem without a position", () => {
    const wide = { ...base } as Record<string, unknown>;
    for (let i = 0; i < MAX_PROBLEMS + 5; i++) wide[`k${i}`] = i;
    const text = JSON.stringify(wide, null, 1);
    const r = parseInstrument(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.errors[0]).toMatchObject({ pointer: "/k0", rule: "additionalProperties" });
    // At the key itself: its line in the text.
    expect(r.errors[0]!.line).toBe(text.slice(0, text.indexOf('"k0"')).split("\n").length);
    expect(r.errors.at(-1)).toMatchObject({ rule: "maxProblems" });
    expect(r.errors.at(-1)!.line).toBeUndefined();
  });

  it("ignores a byte-order mark, and only at the start", () => {
    const text = JSON.stringify(base);
    expect(parseInstrument("\ufeff" + text).ok).toBe(true);
    expect(parseInstrument(" \ufeff" + text).ok).toBe(false);
  });
});
