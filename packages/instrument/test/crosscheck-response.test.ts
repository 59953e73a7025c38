// A response's cross-field checks as a host (and the family behind it) meets them: the exact
// message, in bokmål and English, at the exact pointer, and nothing else reported. Written against
// mutants StrykerJS found alive in crosscheck-response.ts, which the fixtures (pointer and rule
// only, "at least these") let through: what kind of thing is unknown, the scale's step and the
// length limit named in the message, pairs of node ids that run together, and timestamps written
// with a space, in lower case or on a leap second.
import { describe, expect, it } from "vitest";
import {
  parseInstrument,
  parseResponse,
  type InstrumentDefinition,
  type ParseResult,
  type Problem,
  type Response,
} from "../src/index.js";
import { minimalResponse } from "./minimal-definition.js";

type Json = Record<string, unknown>;
const nb = (s: string) => ({ nb: s });
const entry = (id: string) => ({ id, label: nb(id) });
const T = "2026-03-01T09:15:00Z";

const parsed = parseInstrument({
  id: "t",
  version: "1.0.0",
  title: nb("T"),
  locales: ["nb", "en"],
  defaultLocale: "nb",
  roles: ["family", "employee"],
  sections: [
    {
      type: "wheel",
      id: "life",
      title: nb("Livshjulet"),
      scale: { min: 0, max: 10 },
      domains: [entry("home"), entry("school")],
      desired: true,
      custom: { add: true },
    },
    {
      type: "network",
      id: "net",
      title: nb("Nettverket"),
      sectors: [entry("health"), entry("family")],
      rings: [entry("close"), entry("far")],
      catalog: [{ ...entry("gp"), sector: "health" }],
      allowCustom: true,
      rate: {
        helpfulness: { min: 1, max: 5 },
        frequency: { options: [entry("weekly"), entry("monthly")] },
      },
      cooperation: { scale: { min: 0, max: 4 } },
      coordinator: { label: nb("Stafettholder") },
    },
    {
      type: "reflection",
      id: "reflect",
      title: nb("Refleksjon"),
      prompts: [
        { ...entry("p1"), roles: ["family"], maxLength: 10, shareable: true },
        { ...entry("p2"), roles: ["family"] },
      ],
    },
    {
      type: "scale",
      id: "session",
      title: nb("Skala"),
      scale: { min: 0, max: 10, step: 2 },
      items: [entry("s1")],
    },
    {
      type: "choice",
      id: "choice",
      title: nb("Valg"),
      items: [
        { ...entry("c1"), options: [entry("yes"), entry("no")] },
        { ...entry("c2"), multiple: true, options: [entry("a"), entry("b")] },
      ],
    },
    {
      type: "text",
      id: "notes",
      title: nb("Tekst"),
      items: [{ ...entry("t1"), maxLength: 5 }, entry("t2")],
    },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const instrument: InstrumentDefinition = parsed.value;

const response = (answers: Json, top: Json = {}): Json => minimalResponse(answers, top);
/** The response checked against the definition above. */
const check = (answers: Json, top: Json = {}): ParseResult<Response> =>
  parseResponse(response(answers, top), { instrument });
const errors = (r: ParseResult<unknown>): Problem[] => (r.ok ? [] : r.errors);
const problem = (pointer: string, rule: string, nbText: string, en: string): Problem => ({
  pointer,
  rule,
  message: { nb: nbText, en },
});

const node = (sector: string, more: Json = {}): Json => ({
  kind: "person",
  sector,
  ring: "close",
  at: T,
  ...more,
});
const wheel = (domains: Json, more: Json = {}) => ({ life: { type: "wheel", domains, ...more } });
const network = (nodes: Json, more: Json = {}) => ({ net: { type: "network", nodes, ...more } });
const items = (section: string, type: string, answers: Json) => ({
  [section]: { type, items: answers },
});

it("consistent answers to every type of section are accepted, with no warnings", () => {
  const r = check({
    ...wheel({ home: { current: 4, at: T } }, { order: ["home"] }),
    ...network(
      {
        gp: node("health", { catalog: "gp", frequency: "weekly" }),
        gran: node("family", { label: "Mormor" }),
      },
      { links: [{ a: "gp", b: "gran", at: T }], coordinator: { node: "gp", at: T } },
    ),
    reflect: { type: "reflection", prompts: { p1: { text: "Trygg.", at: T } } },
    ...items("session", "scale", { s1: { value: 4, at: T } }),
    ...items("choice", "choice", { c1: { value: "yes", at: T }, c2: { value: ["a"], at: T } }),
    ...items("notes", "text", { t1: { value: "Hjelp", at: T } }),
  });
  expect(errors(r)).toEqual([]);
  expect(r.warnings).toEqual([]);
});

describe("an unknown reference says what kind of thing is unknown, and its id", () => {
  const cases: Array<[string, Json, Json, string, string, string, string]> = [
    // [what, answers, top-level fields, pointer, nb word, en word, the unknown id]
    [
      "a domain in the wheel's order",
      wheel({ home: { at: T } }, { order: ["home", "work"] }),
      {},
      "/answers/life/order/1",
      "domene",
      "domain",
      "work",
    ],
    [
      "a node a link starts from",
      network(
        { gran: node("family", { label: "Mormor" }) },
        { links: [{ a: "ghost", b: "gran", at: T }] },
      ),
      {},
      "/answers/net/links/0/a",
      "node",
      "node",
      "ghost",
    ],
    [
      "the coordinator's node",
      network({}, { coordinator: { node: "ghost", at: T } }),
      {},
      "/answers/net/coordinator/node",
      "node",
      "node",
      "ghost",
    ],
    ["a role", {}, { role: "manager" }, "/role", "rolle", "role", "manager"],
    [
      "a section",
      { extra: { type: "wheel", domains: {} } },
      {},
      "/answers/extra",
      "seksjon",
      "section",
      "extra",
    ],
    [
      "a domain not marked custom",
      wheel({ work: { at: T } }),
      {},
      "/answers/life/domains/work",
      "domene",
      "domain",
      "work",
    ],
    [
      "a catalog entry",
      network({ x: node("health", { catalog: "dentist" }) }),
      {},
      "/answers/net/nodes/x/catalog",
      "katalogoppføring",
      "catalog entry",
      "dentist",
    ],
    [
      "a sector",
      network({ x: node("school", { label: "Lærer" }) }),
      {},
      "/answers/net/nodes/x/sector",
      "sektor",
      "sector",
      "school",
    ],
    [
      "a ring",
      network({ x: node("family", { label: "Tante", ring: "middle" }) }),
      {},
      "/answers/net/nodes/x/ring",
      "ring",
      "ring",
      "middle",
    ],
    [
      "a frequency",
      network({ x: node("family", { label: "Tante", frequency: "daily" }) }),
      {},
      "/answers/net/nodes/x/frequency",
      "valg",
      "option",
      "daily",
    ],
    [
      "a prompt",
      { reflect: { type: "reflection", prompts: { p9: { text: "Hm.", at: T } } } },
      {},
      "/answers/reflect/prompts/p9",
      "spørsmål",
      "prompt",
      "p9",
    ],
    [
      "a scale item",
      items("session", "scale", { s9: { value: 2, at: T } }),
      {},
      "/answers/session/items/s9",
      "spørsmål",
      "item",
      "s9",
    ],
    [
      "a choice item",
      items("choice", "choice", { c9: { value: "yes", at: T } }),
      {},
      "/answers/choice/items/c9",
      "spørsmål",
      "item",
      "c9",
    ],
    [
      "an option",
      items("choice", "choice", { c1: { value: "maybe", at: T } }),
      {},
      "/answers/choice/items/c1/value",
      "valg",
      "option",
      "maybe",
    ],
    [
      "a text item",
      items("notes", "text", { t9: { value: "Hm.", at: T } }),
      {},
      "/answers/notes/items/t9",
      "spørsmål",
      "item",
      "t9",
    ],
  ];
  for (const [what, answers, top, pointer, nbWord, enWord, id] of cases)
    it(what, () => {
      expect(errors(check(answers, top))).toEqual([
        problem(pointer, "reference", `Ukjent ${nbWord} «${id}».`, `Unknown ${enWord} "${id}".`),
      ]);
    });

  it("a node a link ends at (checked without a definition too)", () => {
    const r = parseResponse(
      response(
        network(
          { gran: node("family", { label: "Mormor" }) },
          { links: [{ a: "gran", b: "ghost", at: T }] },
        ),
      ),
    );
    expect(errors(r)).toEqual([
      problem(
        "/answers/net/links/0/b",
        "reference",
        "Ukjent node «ghost».",
        'Unknown node "ghost".',
      ),
    ]);
  });
});

describe("a value off its scale names the scale and its step", () => {
  it("the step the scale gives", () => {
    expect(errors(check(items("session", "scale", { s1: { value: 5, at: T } })))).toEqual([
      problem(
        "/answers/session/items/s1/value",
        "scale",
        "5 ligger ikke på skalaen 0–10 (steg 2).",
        "5 is not on the scale 0–10 (step 2).",
      ),
    ]);
  });

  it("step 1 when the scale gives none", () => {
    expect(errors(check(wheel({ home: { current: 11, at: T } })))).toEqual([
      problem(
        "/answers/life/domains/home/current",
        "scale",
        "11 ligger ikke på skalaen 0–10 (steg 1).",
        "11 is not on the scale 0–10 (step 1).",
      ),
    ]);
  });
});

describe("a text that is too long names the limit that applies", () => {
  it("the item's own maxLength", () => {
    expect(errors(check(items("notes", "text", { t1: { value: "Hjelp!", at: T } })))).toEqual([
      problem(
        "/answers/notes/items/t1/value",
        "maxLength",
        "Svaret er for langt: høyst 5 tegn.",
        "The answer is too long: at most 5 characters.",
      ),
    ]);
  });

  it("2000 characters when the item gives no maxLength", () => {
    const long = "a".repeat(2001);
    expect(errors(check(items("notes", "text", { t2: { value: long, at: T } })))).toEqual([
      problem(
        "/answers/notes/items/t2/value",
        "maxLength",
        "Svaret er for langt: høyst 2000 tegn.",
        "The answer is too long: at most 2000 characters.",
      ),
    ]);
  });
});

it("links between node ids that run together (a–bc, ab–c) are different pairs", () => {
  const nodes = {
    a: node("family", { label: "A" }),
    bc: node("family", { label: "BC" }),
    ab: node("family", { label: "AB" }),
    c: node("family", { label: "C" }),
  };
  const links = [
    { a: "a", b: "bc", at: T },
    { a: "ab", b: "c", at: T },
  ];
  expect(errors(check(network(nodes, { links })))).toEqual([]);
});

describe("updated may not be before created, compared as instants", () => {
  const order = problem(
    "/updated",
    "order",
    "updated er før created.",
    "updated is before created.",
  );
  const cases: Array<[string, string, string, Problem[]]> = [
    // [what, created, updated, errors]
    [
      "a space instead of T, updated an hour earlier",
      "2026-03-01 10:00:00Z",
      "2026-03-01 09:00:00Z",
      [order],
    ],
    [
      "a space instead of T, updated an hour later",
      "2026-03-01 09:00:00Z",
      "2026-03-01 10:00:00Z",
      [],
    ],
    [
      "created in the leap second, updated half a minute before it",
      "2016-12-31T23:59:60Z",
      "2016-12-31T23:59:30Z",
      [order],
    ],
    [
      "created in the leap second, written in lower case",
      "2016-12-31t23:59:60z",
      "2016-12-31t23:59:30z",
      [order],
    ],
    [
      "created in the leap second, with fractional seconds",
      "2016-12-31T23:59:60.5Z",
      "2016-12-31T23:59:30Z",
      [order],
    ],
    [
      "created half a second before the leap second, updated in it",
      "2016-12-31T23:59:59.5Z",
      "2016-12-31T23:59:60.2Z",
      [],
    ],
    [
      "created and updated in the leap second, updated earlier in it",
      "2016-12-31T23:59:60.5Z",
      "2016-12-31T23:59:60.2Z",
      [order],
    ],
    [
      "created in the leap second, updated in the next year",
      "2016-12-31T23:59:60Z",
      "2017-01-01T00:00:00Z",
      [],
    ],
  ];
  for (const [what, created, updated, expected] of cases)
    it(what, () => {
      expect(errors(parseResponse(response({}, { created, updated })))).toEqual(expected);
    });
});
