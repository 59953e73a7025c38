// What an author is told for each schema rule a definition or response breaks: the exact sentence
// in bokmål and English, at the exact pointer, and nothing else reported (no wrapper errors, no
// repeats). Written against mutants StrykerJS found alive in messages.ts, which the fixtures
// (pointer and rule only, "at least these") let through.
import { describe, expect, it } from "vitest";
import {
  parseInstrument,
  parseResponse,
  problemsFromAjv,
  validateWheelSection,
  type ParseResult,
  type Problem,
} from "../src/index.js";
import { minimalDefinition, minimalResponse } from "./minimal-definition.js";

type Json = Record<string, unknown>;
const T = "2026-03-01T09:15:00Z";
const errors = (r: ParseResult<unknown>): Problem[] => (r.ok ? [] : r.errors);
/** In pointer order: the order of problems under different keys is the validator's, not ours. */
const byPointer = (problems: Problem[]): Problem[] =>
  [...problems].sort((a, b) => a.pointer.localeCompare(b.pointer));
const problem = (pointer: string, rule: string, nb: string, en: string): Problem => ({
  pointer,
  rule,
  message: { nb, en },
});

/** The minimal definition with its one wheel section changed (or the definition itself). */
const definition = (top: Json = {}, section: Json = {}): Json => {
  const def = minimalDefinition();
  const wheel = (def.sections as Json[])[0]!;
  return { ...def, sections: [{ ...wheel, ...section }], ...top };
};
const instrumentErrors = (top: Json, section: Json = {}) =>
  errors(parseInstrument(definition(top, section)));

const response = (top: Json = {}): Json => minimalResponse({}, top);
const responseErrors = (top: Json) => errors(parseResponse(response(top)));
const wheelAnswer = (more: Json = {}): Json => ({ type: "wheel", domains: {}, ...more });

const idRule = (what: [string, string], value: string): [string, string] => [
  `${what[0]} «${value}» er ingen gyldig id: bruk bokstaver a–z, sifre, punktum, bindestrek eller understrek, høyst 64 tegn, og start med bokstav eller siffer.`,
  `${what[1]} "${value}" is not a valid id: use letters a–z, digits, dot, dash or underscore, at most 64 characters, starting with a letter or digit.`,
];
const VALUE: [string, string] = ["Verdien", "The value"];
const KEY: [string, string] = ["Feltnavnet", "The key"];

describe("a value of the wrong type names the type wanted", () => {
  const cases: Array<[string, Json, Json, string, string, string]> = [
    // [what, definition fields, wheel section fields, pointer, nb, en]
    ["a string", { id: 5 }, {}, "/id", "en tekst", "a string"],
    [
      "a number",
      {},
      { scale: { min: 0, max: 10, step: "1" } },
      "/sections/0/scale/step",
      "et tall",
      "a number",
    ],
    [
      "a whole number",
      {},
      { scale: { min: 0.5, max: 10 } },
      "/sections/0/scale/min",
      "et heltall",
      "a whole number",
    ],
    [
      "true or false",
      {},
      { desired: "yes" },
      "/sections/0/desired",
      "true eller false",
      "true or false",
    ],
    ["an object", { title: "T" }, {}, "/title", "et objekt { … }", "an object { … }"],
    ["a list", { locales: "nb" }, {}, "/locales", "en liste [ … ]", "a list [ … ]"],
  ];
  for (const [what, top, section, pointer, nb, en] of cases)
    it(what, () => {
      expect(instrumentErrors(top, section)).toEqual([
        problem(pointer, "type", `Må være ${nb}.`, `Must be ${en}.`),
      ]);
    });
});

describe("a value or key that breaks a pattern is explained by what it is for", () => {
  it("a value that is not an id", () => {
    expect(instrumentErrors({ id: "my instrument" })).toEqual([
      problem("/id", "pattern", ...idRule(VALUE, "my instrument")),
    ]);
  });

  it("a key that is not an id, with / escaped in the pointer", () => {
    expect(responseErrors({ answers: { "a/b": wheelAnswer() } })).toEqual([
      problem("/answers/a~1b", "pattern", ...idRule(KEY, "a/b")),
    ]);
  });

  it("a value under keys with / and ~ in them is quoted as written", () => {
    const about = (response: string) => ({
      type: "reflection",
      prompts: {},
      about: { response },
    });
    expect(
      byPointer(responseErrors({ answers: { "a/b": about("bad id"), "c~d": about("worse id") } })),
    ).toEqual([
      problem("/answers/a~1b", "pattern", ...idRule(KEY, "a/b")),
      problem("/answers/a~1b/about/response", "pattern", ...idRule(VALUE, "bad id")),
      problem("/answers/c~0d", "pattern", ...idRule(KEY, "c~d")),
      problem("/answers/c~0d/about/response", "pattern", ...idRule(VALUE, "worse id")),
    ]);
  });

  const tag = (what: [string, string], value: string): [string, string] => [
    `${what[0]} «${value}» er ingen gyldig språkkode (for eksempel nb, nn, en, se, ar).`,
    `${what[1]} "${value}" is not a valid language tag (for example nb, nn, en, se, ar).`,
  ];
  it("a language tag in a definition's list, as its default, and as a key of a text", () => {
    expect(
      byPointer(instrumentErrors({ locales: ["nb", "Norsk"], title: { nb: "T", NN: "T" } })),
    ).toEqual([
      problem("/locales/1", "pattern", ...tag(VALUE, "Norsk")),
      problem("/title/NN", "pattern", ...tag(KEY, "NN")),
    ]);
    expect(instrumentErrors({ defaultLocale: "NB" })).toEqual([
      problem("/defaultLocale", "pattern", ...tag(VALUE, "NB")),
    ]);
  });

  it("a response's language tag", () => {
    expect(responseErrors({ locale: "norsk" })).toEqual([
      problem("/locale", "pattern", ...tag(VALUE, "norsk")),
    ]);
  });

  const version = (value: string): [string, string] => [
    `«${value}» er ikke et versjonsnummer som 1.0.0 (semantisk versjon).`,
    `"${value}" is not a version number like 1.0.0 (semantic version).`,
  ];
  it("a version number: a definition's, the one a response answers, an orphaned answer's", () => {
    expect(instrumentErrors({ version: "1.0" })).toEqual([
      problem("/version", "pattern", ...version("1.0")),
    ]);
    expect(
      responseErrors({ instrument: { ...(response().instrument as Json), version: "v1" } }),
    ).toEqual([problem("/instrument/version", "pattern", ...version("v1"))]);
    const orphan = { section: "w", from: "2", reason: "removed", answer: wheelAnswer() };
    expect(responseErrors({ orphans: [orphan] })).toEqual([
      problem("/orphans/0/from", "pattern", ...version("2")),
    ]);
  });

  it("a hash", () => {
    const hash = `md5:${"0".repeat(32)}`;
    expect(responseErrors({ instrument: { ...(response().instrument as Json), hash } })).toEqual([
      problem(
        "/instrument/hash",
        "pattern",
        `«${hash}» er ikke en gyldig hash (sha256:…).`,
        `"${hash}" is not a valid hash (sha256:…).`,
      ),
    ]);
  });
});

describe("long values are cut to 60 characters in messages, never in pointers", () => {
  const unknownKey = (key: string, shown: string) =>
    problem(
      `/${key}`,
      "additionalProperties",
      `Ukjent felt «${shown}»: det er ikke tillatt her (sjekk stavemåten).`,
      `Unknown field "${shown}": it is not allowed here (check the spelling).`,
    );

  it("an unknown key of 60 characters is shown whole", () => {
    const key = "k".repeat(60);
    expect(instrumentErrors({ [key]: 1 })).toEqual([unknownKey(key, key)]);
  });

  it("one of 61 is shown as its first 57 and an ellipsis", () => {
    const key = "k".repeat(56) + "xyzzy";
    expect(instrumentErrors({ [key]: 1 })).toEqual([unknownKey(key, "k".repeat(56) + "x…")]);
  });
});

describe("each limit is named with its number", () => {
  it("a field missing", () => {
    const { title: _, ...untitled } = definition();
    expect(errors(parseInstrument(untitled))).toEqual([
      problem("/title", "required", "Feltet «title» mangler.", 'The field "title" is missing.'),
    ]);
  });

  it("an empty text", () => {
    expect(instrumentErrors({ title: { nb: "" } })).toEqual([
      problem("/title/nb", "minLength", "Teksten kan ikke være tom.", "The text cannot be empty."),
    ]);
  });

  it("a text with no visible character, told like an empty one, in every localized text", () => {
    const blank = (pointer: string) =>
      problem(
        pointer,
        "pattern",
        "Teksten kan ikke være tom eller bare mellomrom.",
        "The text cannot be empty or only spaces.",
      );
    // Spaces, a no-break space, a tab and a line break, zero-width joiners and spaces, an
    // ideographic space, a soft hyphen, a right-to-left mark, a byte-order mark.
    for (const text of [
      "   ",
      "\u00a0",
      "\t\n",
      "\u200b\u200d",
      " \u3000 ",
      "\u00ad",
      "\u200f",
      "\ufeff",
    ])
      expect(instrumentErrors({ title: { nb: text } }), JSON.stringify(text)).toEqual([
        blank("/title/nb"),
      ]);
    // A label (short) and a text (long), in the default locale and in another.
    expect(
      instrumentErrors(
        { locales: ["nb", "en"] },
        { description: { nb: "Om hjemmet", en: " " }, domains: [{ id: "a", label: { nb: "  " } }] },
      ),
    ).toEqual([blank("/sections/0/description/en"), blank("/sections/0/domains/0/label/nb")]);
    // An element handed the section raw checks it with the section's own validator.
    const wheel = (minimalDefinition().sections as Json[])[0]!;
    expect(validateWheelSection({ ...wheel, title: { nb: " " } })).toBe(false);
    expect(problemsFromAjv(validateWheelSection.errors ?? [], {})).toEqual([blank("/title/nb")]);
  });

  it("one visible character among invisible ones is enough", () => {
    for (const text of [" A ", "\u200bA", "\t-", "\u0645"])
      expect(instrumentErrors({ title: { nb: text } }), JSON.stringify(text)).toEqual([]);
  });

  it("a text too long", () => {
    expect(responseErrors({ $schema: "s".repeat(501) })).toEqual([
      problem(
        "/$schema",
        "maxLength",
        "Teksten er for lang: høyst 500 tegn.",
        "The text is too long: at most 500 characters.",
      ),
    ]);
  });

  it("a list too short", () => {
    expect(instrumentErrors({ roles: [] })).toEqual([
      problem(
        "/roles",
        "minItems",
        "Listen må ha minst 1 element.",
        "The list must have at least 1 item(s).",
      ),
    ]);
  });

  it("a list too long", () => {
    const order = Array.from({ length: 49 }, (_, i) => `d${i}`);
    expect(responseErrors({ answers: { w: wheelAnswer({ order }) } })).toEqual([
      problem(
        "/answers/w/order",
        "maxItems",
        "Listen har for mange element: høyst 48.",
        "The list has too many items: at most 48.",
      ),
    ]);
  });

  it("a text in no language", () => {
    expect(instrumentErrors({ title: {} })).toEqual([
      problem(
        "/title",
        "minProperties",
        "Må ha minst 1 felt (for eksempel en tekst på standardspråket).",
        "Must have at least 1 field(s) (for example a text in the default language).",
      ),
    ]);
  });

  it("too many fields", () => {
    const answers = Object.fromEntries(
      Array.from({ length: 31 }, (_, i) => [`s${i}`, wheelAnswer()]),
    );
    expect(responseErrors({ answers })).toEqual([
      problem(
        "/answers",
        "maxProperties",
        "For mange felt: høyst 30.",
        "Too many fields: at most 30.",
      ),
    ]);
  });

  it("numbers below, above and at an exclusive bound", () => {
    expect(instrumentErrors({}, { scale: { min: -101, max: 101, step: 0 } })).toEqual([
      problem("/sections/0/scale/min", "minimum", "Må være minst -100.", "Must be at least -100."),
      problem("/sections/0/scale/max", "maximum", "Må være høyst 100.", "Must be at most 100."),
      problem(
        "/sections/0/scale/step",
        "exclusiveMinimum",
        "Må være større enn 0.",
        "Must be greater than 0.",
      ),
    ]);
  });

  it("a value not among those allowed lists them all", () => {
    expect(responseErrors({ role: "parent" })).toEqual([
      problem(
        "/role",
        "enum",
        'Må være en av "family", "child", "employee", "manager".',
        'Must be one of "family", "child", "employee", "manager".',
      ),
    ]);
  });

  it("a list entry repeated: at the repeat, naming the first", () => {
    expect(instrumentErrors({ locales: ["nb", "en", "nb"] })).toEqual([
      problem(
        "/locales/2",
        "uniqueItems",
        "Element 2 er likt element 0: hvert element kan bare stå én gang.",
        "Item 2 is the same as item 0: each may appear only once.",
      ),
    ]);
  });

  it("a date-time that is not one", () => {
    expect(responseErrors({ created: "yesterday" })).toEqual([
      problem(
        "/created",
        "format",
        "Må være et tidspunkt som 2026-11-23T10:15:00Z (RFC 3339).",
        "Must be a date-time like 2026-11-23T10:15:00Z (RFC 3339).",
      ),
    ]);
  });
});

describe("a section's type", () => {
  const unknownType = (pointer: string, shown: string) =>
    problem(
      pointer,
      "enum",
      `Ukjent type «${shown}»: bruk wheel, network, reflection, scale, choice eller text.`,
      `Unknown type "${shown}": use wheel, network, reflection, scale, choice or text.`,
    );

  it("unknown: reported once, with the types there are", () => {
    expect(responseErrors({ answers: { s: { type: "bogus" } } })).toEqual([
      unknownType("/answers/s/type", "bogus"),
    ]);
    expect(instrumentErrors({}, { type: "bogus" })).toEqual([
      unknownType("/sections/0/type", "bogus"),
    ]);
  });

  it("not a string: quoted as JSON", () => {
    expect(responseErrors({ answers: { s: { type: ["wheel"] } } })).toEqual([
      unknownType("/answers/s/type", '["wheel"]'),
    ]);
  });

  it("missing: reported once, as a missing field", () => {
    expect(responseErrors({ answers: { s: { domains: {} } } })).toEqual([
      problem(
        "/answers/s/type",
        "required",
        "Feltet «type» mangler.",
        'The field "type" is missing.',
      ),
    ]);
  });

  it("another section's, handed to an element that draws one type", () => {
    const section = { ...(definition().sections as Json[])[0]!, type: "network" };
    expect(validateWheelSection(section)).toBe(false);
    expect(problemsFromAjv(validateWheelSection.errors ?? [], section)).toEqual([
      problem("/type", "const", 'Må være "wheel".', 'Must be "wheel".'),
    ]);
  });
});

describe("a choice of the wrong form: one id or a list of ids, told exactly what is wrong", () => {
  const at = "/answers/c/items/c1/value";
  const choiceErrors = (value: unknown) =>
    responseErrors({ answers: { c: { type: "choice", items: { c1: { value, at: T } } } } });
  const idProblem = (value: string) => problem(at, "pattern", ...idRule(VALUE, value));
  const cases: Array<[string, unknown, Problem[]]> = [
    // [what, value, exactly the problems reported]
    ...([3, true, {}, null] as unknown[]).map((v): [string, unknown, Problem[]] => [
      `neither a string nor a list: ${JSON.stringify(v)}`,
      v,
      [
        problem(
          at,
          "type",
          "Må være en tekst eller en liste [ … ].",
          "Must be a string or a list [ … ].",
        ),
      ],
    ]),
    // A string is an id: only the id's own rule, not the list form's "must be a list".
    ["a string that is no id", "Bad Id!", [idProblem("Bad Id!")]],
    // A list: its items are what is wrong, not "must be a string".
    [
      "a list with a number in it",
      ["a", 3],
      [problem(`${at}/1`, "type", "Må være en tekst.", "Must be a string.")],
    ],
    [
      "a list with an id of the wrong form",
      ["a", "Bad Id!"],
      [problem(`${at}/1`, "pattern", ...idRule(VALUE, "Bad Id!"))],
    ],
    [
      "a list with the same id twice",
      ["a", "b", "a"],
      [
        problem(
          `${at}/2`,
          "uniqueItems",
          "Element 2 er likt element 0: hvert element kan bare stå én gang.",
          "Item 2 is the same as item 0: each may appear only once.",
        ),
      ],
    ],
  ];
  for (const [what, value, expected] of cases)
    it(what, () => expect(choiceErrors(value)).toEqual(expected));

  // Straight from Ajv's errors, for the edges of the rule: what counts as a branch's error, and an
  // anyOf nothing can be read from.
  const ajv = (keyword: string, instancePath: string, params: Json = {}) => ({
    keyword,
    instancePath,
    schemaPath: `#/${keyword}`,
    params,
  });
  const wrongForm = problem(
    "/v",
    "anyOf",
    "Verdien har feil form: se dokumentasjonen for feltet.",
    "The value has the wrong form: see the field's documentation.",
  );
  it("keeps errors before the anyOf that are not inside its value", () => {
    const errors = [
      ajv("type", "/x", { type: "number" }), // another field's
      ajv("type", "/v2", { type: "number" }), // a sibling whose name starts the same
      ajv("type", "/v", { type: "string" }),
      ajv("type", "/v", { type: "array" }),
      ajv("anyOf", "/v"),
    ];
    expect(problemsFromAjv(errors, {})).toEqual([
      problem("/x", "type", "Må være et tall.", "Must be a number."),
      problem("/v2", "type", "Må være et tall.", "Must be a number."),
      problem(
        "/v",
        "type",
        "Må være en tekst eller en liste [ … ].",
        "Must be a string or a list [ … ].",
      ),
    ]);
  });
  it("names a type it has no words for as it is, and each type once", () => {
    const errors = [
      ajv("type", "/v", { type: "string" }),
      ajv("type", "/v", { type: "string" }),
      ajv("type", "/v", { type: "decimal" }),
      ajv("anyOf", "/v"),
    ];
    expect(problemsFromAjv(errors, {})).toEqual([
      problem("/v", "type", "Må være en tekst eller decimal.", "Must be a string or decimal."),
    ]);
  });
  it("says the value has the wrong form when no branch left an error to read", () => {
    expect(problemsFromAjv([ajv("anyOf", "/v")], {})).toEqual([wrongForm]);
  });

  it("a list longer than 30", () => {
    const reported = choiceErrors(Array.from({ length: 31 }, (_, i) => `o${i}`));
    expect(reported.map((p) => [p.pointer, p.rule])).toEqual([[at, "maxItems"]]);
  });
});
