// The cross-field rules as an author meets them: the exact message (which list, which earlier
// entry), at the exact pointer, and nothing else reported. Written against mutants StrykerJS found
// alive in crosscheck.ts, which the fixtures (pointer and rule only, "at least these") let through.
import { describe, expect, it } from "vitest";
import { crossCheckSection } from "../src/crosscheck.js";
import { parseInstrument, type AnySection, type ParseResult, type Problem } from "../src/index.js";

type Json = Record<string, unknown>;
const nb = (s: string) => ({ nb: s });
const entry = (id: string) => ({ id, label: nb(id) });

const wheel = (): Json => ({
  type: "wheel",
  id: "w",
  title: nb("Hjul"),
  scale: { min: 0, max: 10 },
  domains: [entry("a"), entry("b")],
});
const network = (): Json => ({
  type: "network",
  id: "n",
  title: nb("Nett"),
  sectors: [entry("health"), entry("school")],
  rings: [entry("close"), entry("far")],
  catalog: [{ ...entry("gp"), sector: "health", kind: "person" }],
  rate: { frequency: { options: [entry("f1"), entry("f2")] } },
});
const reflection = (): Json => ({
  type: "reflection",
  id: "r",
  title: nb("Refleksjon"),
  prompts: [
    { ...entry("p1"), roles: ["family"] },
    { ...entry("p2"), roles: ["family"] },
  ],
});
const items = (type: string): Json => ({
  type,
  id: type,
  title: nb(type),
  ...(type === "scale" ? { scale: { min: 0, max: 4 } } : {}),
  items: [
    { ...entry("i1"), ...(type === "choice" ? { options: [entry("o1"), entry("o2")] } : {}) },
    { ...entry("i2"), ...(type === "choice" ? { options: [entry("o1"), entry("o2")] } : {}) },
  ],
});
const definition = (...sections: Json[]): Json => ({
  id: "t",
  version: "1.0.0",
  title: nb("T"),
  locales: ["nb"],
  defaultLocale: "nb",
  roles: ["family", "employee"],
  sections: sections.length ? sections : [wheel()],
});

const errors = (r: ParseResult<unknown>): Problem[] => (r.ok ? [] : r.errors);
/** Sets `value` at a JSON Pointer inside `root` (the last segment may be a new key or index). */
function set(root: Json, pointer: string, value: unknown): Json {
  const parts = pointer.split("/").slice(1);
  const parent = parts.slice(0, -1).reduce<Json>((v, k) => v[k] as Json, root);
  parent[parts.at(-1)!] = value;
  return root;
}

describe("duplicate ids name the list and the first entry with that id", () => {
  const cases: Array<[string, Json, string, string, string]> = [
    [
      "sections",
      definition(wheel(), { ...wheel(), id: "w2" }),
      "/sections/1/id",
      "seksjon",
      "section",
    ],
    ["domains", definition(wheel()), "/sections/0/domains/1/id", "domene", "domain"],
    ["sectors", definition(network()), "/sections/0/sectors/1/id", "sektor", "sector"],
    ["rings", definition(network()), "/sections/0/rings/1/id", "ring", "ring"],
    [
      "frequency options",
      definition(network()),
      "/sections/0/rate/frequency/options/1/id",
      "valg",
      "option",
    ],
    ["prompts", definition(reflection()), "/sections/0/prompts/1/id", "spørsmål", "prompt"],
    ["scale items", definition(items("scale")), "/sections/0/items/1/id", "spørsmål", "item"],
    ["choice items", definition(items("choice")), "/sections/0/items/1/id", "spørsmål", "item"],
    [
      "choice options",
      definition(items("choice")),
      "/sections/0/items/1/options/1/id",
      "valg",
      "option",
    ],
    ["text items", definition(items("text")), "/sections/0/items/1/id", "spørsmål", "item"],
  ];
  for (const [name, def, pointer, what, whatEn] of cases)
    it(name, () => {
      expect(parseInstrument(def).ok, "valid before the duplicate").toBe(true);
      const first = pointer.replace(/\/1\/id$/, "/0/id");
      const id = first
        .split("/")
        .slice(1)
        .reduce<unknown>((v, k) => (v as Json)[k], def) as string;
      expect(errors(parseInstrument(set(def, pointer, id)))).toEqual([
        {
          pointer,
          rule: "unique",
          message: {
            nb: `Id-en «${id}» er brukt før (${what} nr. 0). Hver id må være unik.`,
            en: `The id "${id}" is already used (${whatEn} 0). Every id must be unique.`,
          },
        },
      ]);
    });

  it("catalog entries", () => {
    const n = network();
    (n.catalog as Json[]).push({ ...entry("nav"), sector: "school", kind: "service" });
    (n.catalog as Json[]).push({ ...entry("gp"), sector: "school", kind: "service" });
    expect(errors(parseInstrument(definition(n)))).toEqual([
      {
        pointer: "/sections/0/catalog/2/id",
        rule: "unique",
        message: {
          nb: "Id-en «gp» er brukt før (katalogoppføring nr. 0). Hver id må være unik.",
          en: 'The id "gp" is already used (catalog entry 0). Every id must be unique.',
        },
      },
    ]);
  });
});

describe("other rules, exactly", () => {
  it("a section role not among the instrument's roles lists the allowed ones", () => {
    const w = { ...wheel(), roles: ["child"] };
    expect(errors(parseInstrument(definition(w)))).toEqual([
      {
        pointer: "/sections/0/roles/0",
        rule: "reference",
        message: {
          nb: "Rollen «child» er ikke blant rollene family, employee.",
          en: 'The role "child" is not one of the roles family, employee.',
        },
      },
    ]);
  });

  it("takes minDomains equal to maxDomains, refuses a minimum above the maximum", () => {
    const w = (min: number, max: number) =>
      parseInstrument(definition({ ...wheel(), minDomains: min, maxDomains: max }));
    expect(w(2, 2)).toMatchObject({ ok: true, warnings: [] });
    expect(errors(w(2, 1)).map((e) => `${e.pointer} ${e.rule} ${e.message.en}`)).toContain(
      "/sections/0/minDomains range minDomains (2) is greater than maxDomains (1).",
    );
  });

  it("warns about notePrompt only when notes are off", () => {
    const warnings = (extra: Json) => {
      const r = parseInstrument(definition({ ...wheel(), ...extra }));
      expect(r.ok).toBe(true);
      return r.warnings.map((w) => `${w.pointer} ${w.rule}`);
    };
    expect(warnings({ notePrompt: nb("Notat?"), notes: false })).toEqual([
      "/sections/0/notePrompt unused",
    ]);
    expect(warnings({ notePrompt: nb("Notat?"), notes: true })).toEqual([]);
    expect(warnings({ notes: false })).toEqual([]);
  });

  it("finds a missing default locale inside lists, and warns only of missing translations", () => {
    const def = definition(wheel());
    def.locales = ["nb", "en"];
    const both = (s: string) => ({ nb: s, en: s });
    def.title = both("T");
    const w = (def.sections as Json[])[0]!;
    w.title = both("H");
    w.domains = [
      { id: "a", label: both("A") },
      { id: "b", label: { en: "B" } },
    ];
    const r = parseInstrument(def);
    expect(errors(r).map((e) => `${e.pointer} ${e.rule}`)).toEqual([
      "/sections/0/domains/1/label defaultLocale",
    ]);
    // Fully translated apart from the one label: no warning at all (the default is not "missing").
    expect(r.warnings).toEqual([]);
    (w.domains as Json[])[1]!.label = both("B");
    expect(parseInstrument(def)).toMatchObject({ ok: true, warnings: [] });
  });

  it("warns of every entry that replaces itself, in every list that can carry replaces", () => {
    const self = <T extends Json>(o: T, at = 0): T => {
      const id = o.id as string;
      return { ...o, replaces: at ? ["x", id] : [id] };
    };
    const n = network();
    n.catalog = [self((n.catalog as Json[])[0]!)];
    n.sectors = [self((n.sectors as Json[])[0]!, 1), (n.sectors as Json[])[1]];
    n.rings = [self((n.rings as Json[])[0]!)];
    n.rate = { frequency: { options: [entry("f0"), self(entry("f1"))] } };
    const r = self(reflection());
    r.prompts = [self((r.prompts as Json[])[0]!)];
    const c = items("choice");
    c.items = [self({ ...entry("i1"), options: [entry("o0"), self(entry("o1"))] })];
    const t = items("text");
    t.items = [self(entry("i1"))];
    const sc = items("scale");
    sc.items = [entry("i0"), self(entry("i1"))];
    const w = wheel();
    w.domains = [self(entry("a")), entry("b")];
    const result = parseInstrument(definition(w, n, r, c, t, sc));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((p) => p.pointer)).toEqual([
      "/sections/2/replaces/0",
      "/sections/0/domains/0/replaces/0",
      "/sections/1/catalog/0/replaces/0",
      "/sections/1/sectors/0/replaces/1",
      "/sections/1/rings/0/replaces/0",
      "/sections/1/rate/frequency/options/1/replaces/0",
      "/sections/2/prompts/0/replaces/0",
      "/sections/3/items/0/replaces/0",
      "/sections/3/items/0/options/1/replaces/0",
      "/sections/4/items/0/replaces/0",
      "/sections/5/items/1/replaces/0",
    ]);
    expect(result.warnings[1]).toEqual({
      pointer: "/sections/0/domains/0/replaces/0",
      rule: "replaces",
      message: {
        nb: "«a» erstatter seg selv; svar til en uendret id føres videre uansett.",
        en: '"a" replaces itself; answers to an unchanged id are carried forward anyway.',
      },
    });
  });
});

describe("crossCheckSection, a section handed to an element alone", () => {
  const check = (section: Json) => crossCheckSection(section as unknown as AnySection);

  it("reports at pointers relative to the section", () => {
    const w = wheel();
    (w.domains as Json[])[1] = entry("a");
    const { errors: e, warnings } = check({ ...w, notePrompt: nb("?"), notes: false });
    expect(e.map((p) => `${p.pointer} ${p.rule}`)).toEqual(["/domains/1/id unique"]);
    expect(warnings.map((p) => `${p.pointer} ${p.rule}`)).toEqual(["/notePrompt unused"]);
  });

  it("accepts every role and a reference to a wheel or a network, nothing else", () => {
    const r = {
      ...reflection(),
      roles: ["family", "child", "employee", "manager"],
      about: ["wheel", "network"],
    };
    expect(check(r)).toEqual({ errors: [], warnings: [] });
    expect(check({ ...r, about: ["reflection"] }).errors).toEqual([
      expect.objectContaining({ pointer: "/about/0", rule: "reference" }),
    ]);
  });
});
