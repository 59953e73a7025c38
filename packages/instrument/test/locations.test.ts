// Line and column: an author reading "line 12, column 9" must find the offending value or key there.
// Each test writes a file by hand, then slices it at the reported line and column and checks what
// starts there. Also: JSON syntax errors, a BOM, and the size and depth caps checked before parsing.
import { describe, expect, it } from "vitest";
import {
  MAX_DEPTH,
  MAX_INSTRUMENT_BYTES,
  MAX_RESPONSE_BYTES,
  parseInstrument,
  parseResponse,
  type ParseResult,
  type Problem,
} from "../src/index.js";

/** The text from a 1-based line and column to the end of that line. */
function at(text: string, line: number | undefined, column: number | undefined): string {
  expect(line, "line").toBeGreaterThanOrEqual(1);
  expect(column, "column").toBeGreaterThanOrEqual(1);
  const lines = text.split(/\r?\n/);
  return lines[line! - 1]!.slice(column! - 1);
}

/** The 1-based line on which `needle` occurs for the `nth` time (counting from 1). */
function lineOf(text: string, needle: string, nth = 1): number {
  let i = -1;
  for (let n = 0; n < nth; n++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} not found ${nth} times`);
  }
  return text.slice(0, i).split("\n").length;
}

function errors(r: ParseResult<unknown>): Problem[] {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}

function find(r: ParseResult<unknown>, pointer: string, rule: string): Problem {
  const p = errors(r).find((e) => e.pointer === pointer && e.rule === rule);
  expect(
    p,
    `${pointer} ${rule} among ${JSON.stringify(errors(r).map((e) => `${e.pointer} ${e.rule}`))}`,
  ).toBeDefined();
  return p!;
}

// A definition written the way an author would, with two domains and some mistakes to add.
const lines = (...l: string[]) => l.join("\n");
const definition = (wheel: string, top = "") =>
  lines(
    "{",
    '  "id": "trondheim.family-wheel",',
    '  "version": "1.0.0",',
    '  "title": { "nb": "Familiehjulet" },',
    '  "locales": ["nb"],',
    '  "defaultLocale": "nb",',
    '  "roles": ["family"],' + top,
    '  "sections": [',
    "    {",
    '      "type": "wheel",',
    '      "id": "wheel",',
    '      "title": { "nb": "Livshjulet" },',
    '      "scale": { "min": 0, "max": 10 },',
    wheel,
    "    }",
    "  ]",
    "}",
  );
const domains = (a: string, b: string) =>
  lines('      "domains": [', `        ${a},`, `        ${b}`, "      ]");
const home = '{ "id": "home", "label": { "nb": "Bolig" } }';
const school = '{ "id": "school", "label": { "nb": "Skole" } }';

describe("errors in a text point at the offending value or key", () => {
  it("the hand-written definition is valid", () => {
    expect(parseInstrument(definition(domains(home, school))).ok).toBe(true);
  });

  it("an unknown key: at its quoted name", () => {
    const text = definition(
      domains('{ "id": "home", "label": { "nb": "Bolig" }, "icon": "house" }', school),
    );
    const e = find(parseInstrument(text), "/sections/0/domains/0/icon", "additionalProperties");
    expect(e.line).toBe(lineOf(text, '"icon"'));
    expect(at(text, e.line, e.column)).toMatch(/^"icon": "house"/);
  });

  it("an unknown top-level key: at its quoted name", () => {
    const text = definition(domains(home, school), '\n  "author": "Kari",');
    const e = find(parseInstrument(text), "/author", "additionalProperties");
    expect(at(text, e.line, e.column)).toMatch(/^"author"/);
  });

  it("a key that is not a language tag: at the key", () => {
    const text = definition(
      domains('{ "id": "home", "label": { "nb": "Bolig", "Norsk": "Bolig" } }', school),
    );
    const e = find(parseInstrument(text), "/sections/0/domains/0/label/Norsk", "pattern");
    expect(at(text, e.line, e.column)).toMatch(/^"Norsk"/);
  });

  it("a label of spaces only: at the text, like an empty one", () => {
    for (const label of ['"   "', '""']) {
      const text = definition(domains(`{ "id": "home", "label": { "nb": ${label} } }`, school));
      const [e, ...more] = errors(parseInstrument(text));
      expect(more).toEqual([]);
      expect(e).toMatchObject({ pointer: "/sections/0/domains/0/label/nb" });
      expect(at(text, e!.line, e!.column)).toBe(`${label} } },`);
    }
  });

  it("a value of the wrong type: at the value", () => {
    const text = definition(domains(home, school)).replace('"max": 10', '"max": "10"');
    const e = find(parseInstrument(text), "/sections/0/scale/max", "type");
    expect(at(text, e.line, e.column)).toMatch(/^"10" }/);
  });

  it("a value that breaks a pattern: at the value", () => {
    const text = definition(domains(home, school)).replace('"1.0.0"', '"1.0"');
    const e = find(parseInstrument(text), "/version", "pattern");
    expect(e.line).toBe(3);
    expect(at(text, e.line, e.column)).toBe('"1.0",');
  });

  it("a text that is too long: at the text", () => {
    const text = definition(
      domains(`{ "id": "home", "label": { "nb": "${"x".repeat(201)}" } }`, school),
    );
    const e = find(parseInstrument(text), "/sections/0/domains/0/label/nb", "maxLength");
    expect(at(text, e.line, e.column).startsWith(`"${"x".repeat(201)}"`)).toBe(true);
  });

  it("a missing field: at the object it is missing from", () => {
    const text = definition(domains('{ "label": { "nb": "Bolig" } }', school));
    const e = find(parseInstrument(text), "/sections/0/domains/0/id", "required");
    expect(e.line).toBe(lineOf(text, '{ "label"'));
    expect(at(text, e.line, e.column)).toMatch(/^\{ "label"/);
  });

  it("a duplicate id: at the second occurrence", () => {
    const text = definition(domains(home, '{ "id": "home", "label": { "nb": "Hjem" } }'));
    const e = find(parseInstrument(text), "/sections/0/domains/1/id", "unique");
    expect(e.line).toBe(lineOf(text, '"id": "home"', 2));
    expect(at(text, e.line, e.column)).toMatch(/^"home", "label": \{ "nb": "Hjem" \}/);
  });

  it("a string without the default locale: at the map", () => {
    const text = definition(domains(home, '{ "id": "school", "label": { "en": "School" } }'));
    const e = find(parseInstrument(text), "/sections/0/domains/1/label", "defaultLocale");
    expect(at(text, e.line, e.column)).toMatch(/^\{ "en": "School" \}/);
  });

  it("a scale whose step does not divide it: at the step", () => {
    const text = definition(domains(home, school)).replace('"max": 10 }', '"max": 10, "step": 3 }');
    const e = find(parseInstrument(text), "/sections/0/scale/step", "scale");
    expect(at(text, e.line, e.column)).toBe("3 },");
  });

  it("an unknown section type: at the type", () => {
    const text = definition(domains(home, school)).replace('"type": "wheel"', '"type": "whee1"');
    const e = find(parseInstrument(text), "/sections/0/type", "enum");
    expect(at(text, e.line, e.column)).toBe('"whee1",');
  });

  it("positions are the same with Windows line ends", () => {
    const text = definition(domains(home, '{ "id": "home", "label": { "nb": "Hjem" } }')).replace(
      /\n/g,
      "\r\n",
    );
    const e = find(parseInstrument(text), "/sections/0/domains/1/id", "unique");
    expect(e.line).toBe(lineOf(text, '"id": "home"', 2));
    expect(at(text, e.line, e.column)).toMatch(/^"home"/);
  });

  it('keys that look like numbers are keys, not list positions (an answer to the section with id "1")', () => {
    const text = lines(
      "{",
      '  "id": "r1",',
      '  "instrument": { "id": "x", "version": "1.0.0", "hash": "sha256:' + "0".repeat(64) + '" },',
      '  "role": "family", "locale": "nb", "status": "completed",',
      '  "created": "2026-03-01T09:00:00Z", "updated": "2026-03-01T09:00:00Z",',
      '  "answers": {',
      '    "1": { "type": "wheel", "domains": {',
      '      "0": { "current": 3, "at": "2026-03-01T09:00:00Z" },',
      '      "2": { "current": 4, "at": "yesterday" }',
      "    } }",
      "  }",
      "}",
    );
    const e = find(parseResponse(text), "/answers/1/domains/2/at", "format");
    expect(e.line).toBe(9);
    expect(at(text, e.line, e.column)).toBe('"yesterday" }');
  });

  it("a key with a slash (escaped ~1 in the pointer): at the key", () => {
    const text = lines(
      "{",
      '  "id": "r1", "instrument": { "id": "x", "version": "1.0.0", "hash": "sha256:' +
        "0".repeat(64) +
        '" },',
      '  "role": "family", "locale": "nb", "status": "completed",',
      '  "created": "2026-03-01T09:00:00Z", "updated": "2026-03-01T09:00:00Z",',
      '  "answers": { "a/b": { "type": "text", "items": {} } }',
      "}",
    );
    const e = find(parseResponse(text), "/answers/a~1b", "pattern");
    expect(at(text, e.line, e.column)).toMatch(/^"a\/b": \{/);
  });

  it("a key written twice: refused at the second, the one JSON.parse would keep", () => {
    const text = definition(domains(home, school)).replace(
      '"version": "1.0.0",',
      '"version": "1.0.0",\n  "version": 2,',
    );
    const e = find(parseInstrument(text), "/version", "duplicateKey");
    expect(at(text, e.line, e.column)).toBe('"version": 2,');
    expect(e.message.en).toContain(`first on line ${lineOf(text, '"version"')}`);
  });

  it("cross-field errors in responses: at the value", () => {
    const text = lines(
      "{",
      '  "id": "r1", "instrument": { "id": "x", "version": "1.0.0", "hash": "sha256:' +
        "0".repeat(64) +
        '" },',
      '  "role": "family", "locale": "nb", "status": "completed",',
      '  "created": "2026-03-01T10:00:00Z",',
      '  "updated": "2026-03-01T09:00:00Z",',
      '  "answers": { "n": { "type": "network", "nodes": {},',
      '    "coordinator": { "node": "ghost", "at": "2026-03-01T09:00:00Z" } } }',
      "}",
    );
    const r = parseResponse(text);
    expect(at(text, find(r, "/updated", "order").line, find(r, "/updated", "order").column)).toBe(
      '"2026-03-01T09:00:00Z",',
    );
    const e = find(r, "/answers/n/coordinator/node", "reference");
    expect(at(text, e.line, e.column)).toMatch(/^"ghost"/);
  });
});

describe("JSON syntax errors give the line and column of the problem", () => {
  const syntax = (text: string) => {
    const list = errors(parseInstrument(text));
    expect(list.length).toBeGreaterThan(0);
    for (const e of list) {
      expect(e.rule).toBe("syntax");
      expect(e.pointer).toBe("");
      expect(e.message.en).toContain(`line ${e.line}, column ${e.column}`);
      expect(e.message.nb).toContain(`linje ${e.line}, kolonne ${e.column}`);
    }
    return list[0]!;
  };

  it("a trailing comma in an object: at the closing brace", () => {
    const e = syntax('{\n  "id": "a",\n}');
    expect([e.line, e.column]).toEqual([3, 1]);
  });

  it("a trailing comma in a list: at the closing bracket", () => {
    const e = syntax('{\n  "locales": ["nb",]\n}');
    expect([e.line, e.column]).toEqual([2, 20]);
  });

  it("a key without quotes: at the key", () => {
    const e = syntax('{\n  id: "a"\n}');
    expect([e.line, e.column]).toEqual([2, 3]);
  });

  it("a missing closing quote: at the string it leaves open", () => {
    const e = syntax('{\n  "id": "abc,\n  "version": "1.0.0"\n}');
    expect([e.line, e.column]).toEqual([2, 9]);
  });

  it("a missing comma between fields: at the next field", () => {
    const e = syntax('{\n  "id": "a"\n  "version": "1.0.0"\n}');
    expect([e.line, e.column]).toEqual([3, 3]);
  });

  it("a line comment: at the comment", () => {
    const e = syntax('{\n  // the family wheel\n  "id": "a"\n}');
    expect([e.line, e.column]).toEqual([2, 3]);
    expect(e.message.en).toContain("comments are not allowed");
  });

  it("a block comment: at the comment", () => {
    const e = syntax('{\n  "id": "a" /* draft */\n}');
    expect([e.line, e.column]).toEqual([2, 13]);
  });

  it("single quotes: at the first one", () => {
    const e = syntax("{\n  'id': 'a'\n}");
    expect([e.line, e.column]).toEqual([2, 3]);
  });

  it("a truncated file: at its end", () => {
    const e = syntax('{\n  "id": "a",\n  "sections": [');
    expect([e.line, e.column]).toEqual([3, 16]);
  });

  it("a file cut inside a string: at the string", () => {
    const e = syntax('{\n  "id": "tron');
    expect([e.line, e.column]).toEqual([2, 9]);
  });

  it("an empty file", () => {
    const e = syntax("");
    expect([e.line, e.column]).toEqual([1, 1]);
  });

  it("text after the end: at the text", () => {
    const e = syntax('{ "id": "a" }\n{ "id": "b" }');
    expect([e.line, e.column]).toEqual([2, 1]);
  });

  it("responses too", () => {
    const list = errors(parseResponse('{\n  "id": "r1",\n}'));
    expect(list[0]).toMatchObject({ rule: "syntax", line: 3, column: 1 });
  });
});

describe("a byte-order mark", () => {
  it("at the start is accepted", () => {
    const r = parseInstrument("\ufeff" + definition(domains(home, school)));
    expect(r.ok).toBe(true);
  });

  it("does not shift the positions of later errors", () => {
    const text = definition(domains(home, school)).replace('"1.0.0"', '"1.0"');
    const e = find(parseInstrument("\ufeff" + text), "/version", "pattern");
    expect(at(text, e.line, e.column)).toBe('"1.0",');
  });
});

describe("size and depth caps, checked before parsing", () => {
  const capped = (r: ParseResult<unknown>, rule: string, pointer = "") => {
    const list = errors(r);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ pointer, rule });
    expect(list[0]!.message.nb.length).toBeGreaterThan(0);
    expect(list[0]!.message.en.length).toBeGreaterThan(0);
  };
  /** Valid JSON of exactly `bytes` UTF-8 bytes: an object padded with spaces. */
  const padded = (bytes: number) => "{}" + " ".repeat(bytes - 2);

  it("an instrument of MAX_INSTRUMENT_BYTES is parsed; one byte more is refused", () => {
    expect(errors(parseInstrument(padded(MAX_INSTRUMENT_BYTES))).map((e) => e.rule)).not.toContain(
      "maxBytes",
    );
    capped(parseInstrument(padded(MAX_INSTRUMENT_BYTES + 1)), "maxBytes");
  });

  it("bytes are counted in UTF-8, not in characters", () => {
    const text = `{"x":"${"ø".repeat(MAX_INSTRUMENT_BYTES / 2)}"}`; // fewer characters than the cap, more bytes
    expect(text.length).toBeLessThan(MAX_INSTRUMENT_BYTES);
    capped(parseInstrument(text), "maxBytes");
  });

  it("a response of MAX_RESPONSE_BYTES is parsed; one byte more is refused", () => {
    expect(errors(parseResponse(padded(MAX_RESPONSE_BYTES))).map((e) => e.rule)).not.toContain(
      "maxBytes",
    );
    capped(parseResponse(padded(MAX_RESPONSE_BYTES + 1)), "maxBytes");
  });

  it("a 5 MB string is refused by size", () => {
    const huge = "x".repeat(5 * 1024 * 1024);
    capped(parseInstrument(huge), "maxBytes");
    capped(parseResponse(huge), "maxBytes");
    capped(parseInstrument(`{"id":"${huge}"}`), "maxBytes");
  });

  it("an object whose JSON is over the cap is refused by size", () => {
    capped(parseInstrument({ id: "x".repeat(MAX_INSTRUMENT_BYTES) }), "maxBytes");
  });

  it("MAX_DEPTH nested lists are parsed; one more is refused", () => {
    const nest = (n: number) => "[".repeat(n) + "]".repeat(n);
    expect(errors(parseInstrument(nest(MAX_DEPTH)))[0]!.rule).toBe("type");
    capped(parseInstrument(nest(MAX_DEPTH + 1)), "maxDepth");
    capped(parseResponse(nest(MAX_DEPTH + 1)), "maxDepth");
    capped(parseInstrument("[".repeat(1_000_000)), "maxDepth");
  });

  it("brackets inside strings do not count as nesting", () => {
    const r = parseInstrument(`{"id": "${"[{".repeat(100)}"}`);
    expect(errors(r).map((e) => e.rule)).not.toContain("maxDepth");
  });

  it("deeply nested objects given by a host are refused by depth", () => {
    let v: unknown = {};
    for (let i = 0; i < MAX_DEPTH; i++) v = { a: v };
    // Named where the copy goes too deep: the innermost object's place.
    capped(parseInstrument(v), "maxDepth", "/a".repeat(MAX_DEPTH));
  });
});
