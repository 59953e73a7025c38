// Every kind of JSON syntax error an author can make, in the words they read (nb and en) and at the
// column where it is: written against mutants StrykerJS found alive in locate.ts's message tables.
import { expect, it } from "vitest";
import { parseInstrument } from "../src/index.js";

const cases: Array<[string, number, string, string]> = [
  ['{"a": @}', 7, "invalid character", "ugyldig tegn"],
  ['{"a": 01}', 8, "expected a comma", "forventet komma"],
  ["{a: 1}", 2, "invalid character", "ugyldig tegn"],
  ['{"a" 1}', 6, "expected a colon", "forventet kolon"],
  ['{"a": 1', 8, "expected }", "forventet }"],
  ["[1, 2", 6, "expected ]", "forventet ]"],
  ["{} {}", 4, "expected end of file", "forventet slutt på filen"],
  ['{"a": 1 /* x */}', 9, "comments are not allowed in JSON", "kommentarer er ikke tillatt i JSON"],
  ['{"a": "x', 7, "unterminated string", "uavsluttet tekst"],
  ['{"a": 1e}', 7, "unterminated number", "uavsluttet tall"],
  ['{"a": "\\u12"}', 7, "invalid unicode escape", "ugyldig unicode-escape"],
  ['{"a": "\\q"}', 7, "invalid escape character", "ugyldig escape-tegn"],
  ['{"a": "\u0001"}', 7, "invalid character in string", "ugyldig tegn i tekst"],
  ['{"a": }', 7, "expected a value", "forventet en verdi"],
];

it("names each JSON syntax error in plain words, at its line and column", () => {
  for (const [text, column, en, nb] of cases) {
    const r = parseInstrument(text);
    expect(r.ok ? undefined : r.errors[0], text).toEqual({
      pointer: "",
      rule: "syntax",
      line: 1,
      column,
      message: {
        nb: `Ugyldig JSON (${nb}) på linje 1, kolonne ${column}.`,
        en: `Invalid JSON (${en}) at line 1, column ${column}.`,
      },
    });
  }
  // A property name without quotes: the second problem says what was expected.
  const r = parseInstrument("{a: 1}");
  expect(r.ok ? [] : r.errors.map((e) => e.message.en)).toContain(
    "Invalid JSON (expected a property name in double quotes) at line 1, column 3.",
  );
});
