// Property tests: generated valid definitions pass; one mutation is reported at the right pointer with
// the right rule; nothing at all makes the parsers throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  instrumentHash,
  parseInstrument,
  parseResponse,
  type InstrumentDefinition,
  type ParseResult,
  type Problem,
} from "../src/index.js";
import { instrumentArb, responseArb } from "./arbitraries.js";

const RUNS = 100;

// ------------------------------------------------------------------ helpers

type Json = Record<string, unknown>;

/** Keys whose value is a localised map (as the schema defines them). */
const LOCALIZED = new Set([
  "title",
  "description",
  "publisher",
  "label",
  "childLabel",
  "notePrompt",
  "guidance",
  "keywords",
  "prompt",
]);
/** Localised maps whose schema is `text` (2000 characters) rather than `label` (200). */
function isTextMap(pointer: string): boolean {
  return (
    /\/(description|guidance|keywords)$/.test(pointer) ||
    /\/(prompts|items)\/\d+\/label$/.test(pointer)
  );
}
/** String values that are enums, not free strings: a number there breaks `enum`, not `type`. */
const ENUM_KEYS = new Set(["type", "variant", "kind"]);

interface Place {
  pointer: string;
  value: unknown;
  /** The key or index under which the value sits in its parent. */
  key: string;
  /** The value is a localised map { locale: text }. */
  isMap: boolean;
}

const esc = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** Every value in a definition, with its pointer. */
function places(root: unknown): Place[] {
  const out: Place[] = [];
  const visit = (
    value: unknown,
    pointer: string,
    key: string,
    isMap: boolean,
    parentIsRoles: boolean,
  ) => {
    out.push({ pointer, value, key: parentIsRoles ? "roles[]" : key, isMap });
    if (value === null || typeof value !== "object" || isMap) {
      if (isMap)
        for (const [k, v] of Object.entries(value as Json))
          out.push({ pointer: `${pointer}/${esc(k)}`, value: v, key: k, isMap: false });
      return;
    }
    if (Array.isArray(value))
      value.forEach((v, i) => visit(v, `${pointer}/${i}`, String(i), false, key === "roles"));
    else
      for (const [k, v] of Object.entries(value))
        visit(
          v,
          `${pointer}/${esc(k)}`,
          k,
          LOCALIZED.has(k) && v !== null && typeof v === "object",
          false,
        );
  };
  visit(root, "", "", false, false);
  return out;
}

/** The value at a pointer, for changing it in place. */
function parentOf(root: unknown, pointer: string): [Record<string, unknown>, string] {
  const segs = pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let o = root as Record<string, unknown>;
  for (const s of segs.slice(0, -1)) o = o[s] as Record<string, unknown>;
  return [o, segs.at(-1)!];
}
function get(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  const [o, k] = parentOf(root, pointer);
  return o[k];
}

const problems = (r: ParseResult<unknown>) => (r.ok ? [] : r.errors);
const show = (ps: readonly Problem[]) => ps.map((p) => `${p.pointer} ${p.rule}`);

/** Every result, of any input: a well-formed verdict. */
function expectWellFormed(r: ParseResult<unknown>) {
  expect(typeof r.ok).toBe("boolean");
  expect(Array.isArray(r.warnings)).toBe(true);
  if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
  for (const p of [...problems(r), ...r.warnings]) {
    expect(typeof p.pointer).toBe("string");
    expect(typeof p.rule).toBe("string");
    expect(typeof p.message.nb).toBe("string");
    expect(typeof p.message.en).toBe("string");
    expect(p.message.nb.length).toBeGreaterThan(0);
    expect(p.message.en.length).toBeGreaterThan(0);
    if (p.line !== undefined) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
  }
}

const indentArb = fc.constantFrom<string | number>(0, 1, 2, 4, "\t", " \t");
const textOf = (def: unknown, indent: string | number, crlf: boolean) => {
  const text = JSON.stringify(def, null, indent);
  return crlf ? text.replace(/\n/g, "\r\n") : text;
};

// ------------------------------------------------------------------ (a) valid definitions pass

describe("generated valid definitions", () => {
  it("pass parseInstrument as objects, unchanged, and without touching the input", () => {
    fc.assert(
      fc.property(instrumentArb, (def) => {
        const before = structuredClone(def);
        const r = parseInstrument(def);
        expect(show(problems(r))).toEqual([]);
        expect(r.ok && r.value).toEqual(before);
        expect(def).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it("pass parseInstrument as JSON text with any indentation, CRLF line ends and a BOM", () => {
    fc.assert(
      fc.property(
        instrumentArb,
        indentArb,
        fc.boolean(),
        fc.boolean(),
        (def, indent, crlf, bom) => {
          const r = parseInstrument((bom ? "\ufeff" : "") + textOf(def, indent, crlf));
          expect(show(problems(r))).toEqual([]);
          expect(r.ok && r.value).toEqual(def);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

// ------------------------------------------------------------------ (b) one mutation, the right report

/** A generated definition and one of its places matching `pick`, or none. */
function withPlace(pick: (p: Place) => boolean) {
  return instrumentArb.chain((def) => {
    const candidates = places(def).filter(pick);
    return candidates.length === 0
      ? fc.constant(null)
      : fc.tuple(fc.constant(def), fc.constantFrom(...candidates));
  });
}

/** Checks a mutated definition both as an object and as JSON text; returns the text errors. */
function expectReported(
  mutated: unknown,
  pointer: string,
  rules: readonly string[],
  indent: string | number = 2,
): Problem[] {
  const fromObject = parseInstrument(mutated);
  expect(fromObject.ok).toBe(false);
  const hit = (ps: readonly Problem[]) =>
    ps.some((p) => p.pointer === pointer && rules.includes(p.rule));
  expect(
    hit(problems(fromObject)),
    `expected ${pointer} ${rules.join("|")} among ${JSON.stringify(show(problems(fromObject)))}`,
  ).toBe(true);
  const fromText = parseInstrument(JSON.stringify(mutated, null, indent));
  expect(show(problems(fromText))).toEqual(show(problems(fromObject)));
  return problems(fromText);
}

describe("a single mutation is reported at the right pointer", () => {
  it("a required id deleted: rule required, pointer …/id", () => {
    fc.assert(
      fc.property(
        withPlace(
          (p) =>
            p.value !== null &&
            typeof p.value === "object" &&
            !Array.isArray(p.value) &&
            !p.isMap &&
            Object.hasOwn(p.value, "id"),
        ),
        (found) => {
          fc.pre(found !== null);
          if (!found) return;
          const [def, place] = found;
          const mutated = structuredClone(def);
          delete (get(mutated, place.pointer) as Json).id;
          expectReported(mutated, `${place.pointer}/id`, ["required"]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("an id duplicated in its list: rule unique, pointer at the second occurrence's /id", () => {
    const lists = withPlace(
      (p) =>
        Array.isArray(p.value) &&
        p.value.length >= 2 &&
        p.value.every((x) => x !== null && typeof x === "object" && "id" in x),
    );
    fc.assert(
      fc.property(lists, fc.nat(), fc.nat(), (found, a, b) => {
        fc.pre(found !== null);
        if (!found) return;
        const [def, place] = found;
        const length = (place.value as unknown[]).length;
        const j = 1 + (a % (length - 1));
        const i = b % j;
        const mutated = structuredClone(def);
        const list = get(mutated, place.pointer) as Array<{ id: string }>;
        list[j]!.id = list[i]!.id;
        expectReported(mutated, `${place.pointer}/${j}/id`, ["unique"]);
      }),
      { numRuns: RUNS },
    );
  });

  it("a string replaced by a number: rule type, pointer exact", () => {
    fc.assert(
      fc.property(
        withPlace(
          (p) => typeof p.value === "string" && !ENUM_KEYS.has(p.key) && p.key !== "roles[]",
        ),
        fc.integer(),
        (found, n) => {
          fc.pre(found !== null);
          if (!found) return;
          const [def, place] = found;
          const mutated = structuredClone(def);
          const [parent, key] = parentOf(mutated, place.pointer);
          parent[key] = n;
          expectReported(mutated, place.pointer, ["type"]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("a label of 201 characters (a text of 2001): rule maxLength, pointer exact", () => {
    fc.assert(
      fc.property(
        withPlace((p) => p.isMap),
        (found) => {
          fc.pre(found !== null);
          if (!found) return;
          const [def, place] = found;
          const mutated = structuredClone(def);
          const map = get(mutated, place.pointer) as Record<string, string>;
          map[def.defaultLocale] = "å".repeat(isTextMap(place.pointer) ? 2001 : 201);
          expectReported(mutated, `${place.pointer}/${def.defaultLocale}`, ["maxLength"]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("an unknown key: rule additionalProperties, pointer to the key, line and column at the key", () => {
    const objects = withPlace(
      (p) => p.value !== null && typeof p.value === "object" && !Array.isArray(p.value) && !p.isMap,
    );
    fc.assert(
      fc.property(
        objects,
        fc.constantFrom("colour", "Title", "id ", "x/y", "~0", "constructor", "toString", "æøå"),
        indentArb,
        (found, key, indent) => {
          fc.pre(found !== null);
          if (!found) return;
          const [def, place] = found;
          const mutated = structuredClone(def);
          (get(mutated, place.pointer) as Json)[key] = 1;
          const pointer = `${place.pointer}/${esc(key)}`;
          const errors = expectReported(mutated, pointer, ["additionalProperties"], indent);
          const text = JSON.stringify(mutated, null, indent);
          const e = errors.find((p) => p.pointer === pointer)!;
          const line = text.split("\n")[e.line! - 1]!;
          expect(line.slice(e.column! - 1).startsWith(JSON.stringify(key))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a "__proto__" key in the JSON text is reported at its pointer and never reaches Object.prototype', () => {
    const objects = withPlace(
      (p) => p.value !== null && typeof p.value === "object" && !Array.isArray(p.value),
    );
    fc.assert(
      fc.property(objects, indentArb, (found, indent) => {
        fc.pre(found !== null);
        if (!found) return;
        const [def, place] = found;
        // Mark the object, then swap the marker for "__proto__" in the text (an object literal could not hold it).
        const marked = structuredClone(def);
        (get(marked, place.pointer) as Json)["famwel-marker"] = 0;
        const text = JSON.stringify(marked, null, indent).replace(
          /"famwel-marker":\s?0/,
          '"__proto__": {"x": 1}',
        );
        expect(text).toContain('"__proto__"');
        const pointer = `${place.pointer}/__proto__`;
        const rules = place.isMap ? ["pattern"] : ["additionalProperties"];
        for (const r of [parseInstrument(text), parseInstrument(JSON.parse(text))]) {
          expect(r.ok).toBe(false);
          expect(
            problems(r).some((p) => p.pointer === pointer && rules.includes(p.rule)),
            JSON.stringify(show(problems(r))),
          ).toBe(true);
        }
        const e = problems(parseInstrument(text)).find((p) => p.pointer === pointer)!;
        const line = text.split("\n")[e.line! - 1]!;
        expect(line.slice(e.column! - 1).startsWith('"__proto__"')).toBe(true);
        expect(({} as Json).x).toBeUndefined();
        expect(Object.hasOwn(Object.prototype, "x")).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

// ------------------------------------------------------------------ (c) never throws

const weird = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Both parsers, with and without a definition, on one input: a verdict every time. */
function expectNeverThrows(input: unknown, def?: InstrumentDefinition) {
  expectWellFormed(parseInstrument(input));
  expectWellFormed(parseResponse(input));
  if (def) expectWellFormed(parseResponse(input, { instrument: def }));
}

/** `depth` nested arrays or objects, built without recursion. */
function nested(depth: number, kind: "array" | "object"): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = kind === "array" ? [v] : { sections: v };
  return v;
}

describe("the parsers never throw", () => {
  it("on anything (Maps, BigInts, boxed values, null prototypes, typed arrays…)", () => {
    fc.assert(
      fc.property(weird, (input) => expectNeverThrows(input)),
      { numRuns: 300 },
    );
  });

  it("on any string, any JSON text and any JSON value", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => expectNeverThrows(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.json(), (s) => expectNeverThrows(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => expectNeverThrows(v)),
      { numRuns: 300 },
    );
  });

  it("on a valid definition's text with characters deleted and inserted", () => {
    const edit = fc.record({
      at: fc.nat(),
      drop: fc.nat({ max: 8 }),
      insert: fc.string({
        unit: fc.constantFrom(...'{}[]",:\\ \n0-1.eE/*\u0000\ud800a'),
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(
        instrumentArb,
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        indentArb,
        (def, edits, indent) => {
          let text = JSON.stringify(def, null, indent);
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.insert + text.slice(at + e.drop);
          }
          expectNeverThrows(text, def);
          const r = parseInstrument(text);
          // A syntax error names a place in the text.
          for (const p of problems(r))
            if (p.rule === "syntax") expect(p.line).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("on a valid definition with one value replaced by anything", () => {
    fc.assert(
      fc.property(
        withPlace((p) => p.pointer !== ""),
        weird,
        (found, value) => {
          fc.pre(found !== null);
          if (!found) return;
          const [def, place] = found;
          const mutated = structuredClone(def);
          const [parent, key] = parentOf(mutated, place.pointer);
          parent[key] = value;
          expectNeverThrows(mutated, def);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("on deep nesting, as text and as objects", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom<"array" | "object">("array", "object"),
        (depth, kind) => {
          expectNeverThrows(nested(depth, kind));
          const text =
            kind === "array"
              ? "[".repeat(depth) + "]".repeat(depth)
              : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
          expectNeverThrows(text);
          expectNeverThrows(text.slice(0, text.length >> 1)); // and cut off halfway
        },
      ),
      { numRuns: 100 },
    );
    const r = parseInstrument(nested(100_000, "array"));
    expect(r.ok === false && r.errors[0]!.rule).toBe("maxDepth");
  });

  it("on huge strings", () => {
    for (const s of [
      "x".repeat(5_000_000),
      `"${"x".repeat(5_000_000)}"`,
      `{"id":"${"x".repeat(3_000_000)}"}`,
      "[".repeat(2_000_000),
    ])
      expectNeverThrows(s);
  });

  it("on objects with a cycle", () => {
    fc.assert(
      fc.property(
        withPlace((p) => p.value !== null && typeof p.value === "object"),
        fc.boolean(),
        (found, toRoot) => {
          fc.pre(found !== null);
          if (!found) return;
          const [def, place] = found;
          const cyclic = structuredClone(def) as unknown as Json;
          const target = get(cyclic, place.pointer) as Json;
          const loop = toRoot ? cyclic : target;
          if (Array.isArray(target)) target.push(loop);
          else target.loop = loop;
          expectNeverThrows(cyclic, def);
          const r = parseInstrument(cyclic);
          expect(r.ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("on a response checked against something that is not a definition", () => {
    const pair = instrumentArb.chain((def) => responseArb(def, instrumentHash(def)));
    fc.assert(
      fc.property(pair, weird, (response, notADefinition) => {
        expectWellFormed(
          parseResponse(response, { instrument: notADefinition as InstrumentDefinition }),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

// ------------------------------------------------------------------ (d) responses

describe("generated valid responses", () => {
  const pairArb = instrumentArb.chain((def) =>
    fc.tuple(fc.constant(def), responseArb(def, instrumentHash(def))),
  );

  it("pass parseResponse against their definition, as objects and as text", () => {
    fc.assert(
      fc.property(pairArb, indentArb, ([def, response], indent) => {
        const r = parseResponse(response, { instrument: def });
        expect(show(problems(r))).toEqual([]);
        const t = parseResponse(JSON.stringify(response, null, indent), { instrument: def });
        expect(show(problems(t))).toEqual([]);
        expect(t.ok && t.value).toEqual(response);
        // And on their own.
        expect(parseResponse(response).ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("a value moved one step past the end of its scale is reported at that value", () => {
    fc.assert(
      fc.property(pairArb, ([def, response]) => {
        for (const [sid, answer] of Object.entries(response.answers)) {
          const section = def.sections.find((s) => s.id === sid);
          if (answer?.type !== "scale" || section?.type !== "scale") continue;
          for (const [iid, item] of Object.entries(answer.items)) {
            const mutated = structuredClone(response);
            const target = (mutated.answers[sid] as typeof answer).items[iid]!;
            target.value = section.scale.max + (section.scale.step ?? 1);
            const pointer = `/answers/${esc(sid)}/items/${esc(iid)}/value`;
            const r = parseResponse(mutated, { instrument: def });
            expect(show(problems(r))).toContain(`${pointer} scale`);
            expect(item!.value).toBeLessThanOrEqual(section.scale.max);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a link from a node to itself, and a coordinator who is not a node, are reported", () => {
    fc.assert(
      fc.property(pairArb, ([, response]) => {
        for (const [sid, answer] of Object.entries(response.answers)) {
          if (answer?.type !== "network") continue;
          const nodes = Object.keys(answer.nodes);
          if (nodes.length === 0) continue;
          const mutated = structuredClone(response);
          const network = mutated.answers[sid] as typeof answer;
          network.links = [
            ...(network.links ?? []),
            { a: nodes[0]!, b: nodes[0]!, at: response.updated },
          ];
          network.coordinator = { node: `${nodes.join("-").slice(0, 50)}-x`, at: response.updated };
          const reported = show(problems(parseResponse(mutated)));
          expect(reported).toContain(
            `/answers/${esc(sid)}/links/${network.links.length - 1}/b reference`,
          );
          expect(reported).toContain(`/answers/${esc(sid)}/coordinator/node reference`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
