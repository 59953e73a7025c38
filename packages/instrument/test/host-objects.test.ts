// Objects handed over by a host (not text): each property is read exactly once and what is validated
// is what comes back. A getter or Proxy that shows the validator one value and the copy another must
// not get a hostile value past the checks, and a "__proto__" key must never reach Object.prototype.
import { describe, expect, it } from "vitest";
import {
  MAX_DEPTH,
  MAX_INSTRUMENT_BYTES,
  isParsed,
  parseInstrument,
  parseResponse,
  type ParseResult,
} from "../src/index.js";
import { copyJson } from "../src/copy-json.js";
import { MAX_ENTRIES } from "../src/limits.js";
import { minimalDefinition, minimalResponse } from "./minimal-definition.js";

type Json = Record<string, unknown>;

const definition = minimalDefinition;
const hostileSections = [
  { type: "script", id: "x", src: "java" + "script:alert(1)" },
  ...Array<number>(5000).fill(0),
];

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const protoBefore = protoNames();
const untouched = () => {
  expect(protoNames()).toBe(protoBefore);
  expect(({} as Json).polluted).toBeUndefined();
};

/** Defines `key` on `target` as a getter answering `first` on the first read, `later` afterwards. */
function twoFaced(target: Json, key: string, first: unknown, later: unknown): { reads: number } {
  const counter = { reads: 0 };
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => (++counter.reads === 1 ? first : later),
  });
  return counter;
}

const problems = (r: ParseResult<unknown>) =>
  r.ok ? [] : r.errors.map((e) => `${e.pointer} ${e.rule}`);

describe("a host's object is read once, and the copy is what is validated and returned", () => {
  it("a getter that turns hostile after its first read: the valid first answer is returned", () => {
    const def = definition();
    const sections = def.sections;
    const counter = twoFaced(def, "sections", sections, hostileSections);
    const r = parseInstrument(def);
    expect(counter.reads).toBe(1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.sections).toEqual(sections);
    expect(Object.getOwnPropertyDescriptor(r.value, "sections")).toHaveProperty("value"); // data, no getter
    expect(r.value.sections).toEqual(sections); // a second look at the result sees the same
    expect(isParsed(r.value) && Object.isFrozen(r.value.sections[0])).toBe(true);
    expect(counter.reads).toBe(1);
  });

  it("a getter that is hostile first and valid later: refused at its pointer", () => {
    const def = definition();
    const section = (def.sections as Json[])[0]!;
    const counter = twoFaced(section, "id", "bad id!", "w");
    const r = parseInstrument(def);
    expect(counter.reads).toBe(1);
    expect(problems(r)).toEqual(["/sections/0/id pattern"]);
  });

  it("a response's getter is read once, and the response returned is a copy", () => {
    const response: Json = minimalResponse();

    const counter = twoFaced(response, "status", "in-progress", 42);
    const r = parseResponse(response);
    expect(counter.reads).toBe(1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).not.toBe(response);
    expect(r.value.status).toBe("in-progress");
    (response.answers as Json).w = { type: "nonsense" }; // the host's later edits do not reach it
    expect(r.value.answers).toEqual({});
  });

  it("a Proxy whose keys change between calls: the keys of the one call are copied", () => {
    const target = definition();
    let ownKeysCalls = 0;
    const proxy = new Proxy(target, {
      ownKeys(t) {
        ownKeysCalls++;
        return ownKeysCalls === 1 ? Reflect.ownKeys(t) : [...Reflect.ownKeys(t), "evil"];
      },
      getOwnPropertyDescriptor(t, key) {
        return key === "evil"
          ? { value: "<img src=x onerror=alert(1)>", enumerable: true, configurable: true }
          : Reflect.getOwnPropertyDescriptor(t, key);
      },
      get(t, key, receiver) {
        return key === "evil"
          ? "<img src=x onerror=alert(1)>"
          : (Reflect.get(t, key, receiver) as unknown);
      },
    });
    const r = parseInstrument(proxy);
    expect(ownKeysCalls).toBe(1);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.keys(r.value).sort()).toEqual(Object.keys(definition()).sort());
    expect(parseInstrument(proxy).ok).toBe(false); // the second call does see "evil", and refuses it
  });

  it("an array Proxy whose length grows after the first read: the first length is copied", () => {
    const domains = [{ id: "a", label: { nb: "A" } }];
    let lengthReads = 0;
    const proxy = new Proxy(domains, {
      get(t, key, receiver) {
        if (key === "length") return ++lengthReads === 1 ? 1 : 100_000;
        return Reflect.get(t, key, receiver) as unknown;
      },
    });
    const def = definition();
    (def.sections as Json[])[0]!.domains = proxy;
    const r = parseInstrument(def);
    expect(lengthReads).toBe(1);
    expect(r.ok ? r.value.sections[0] : undefined).toMatchObject({ domains });
  });

  it("a __proto__ own key is kept as an own key, refused at its pointer, Object.prototype untouched", () => {
    for (const at of ["", "/title", "/sections/0", "/sections/0/scale"]) {
      const def = definition();
      const target = at
        .split("/")
        .slice(1)
        .reduce<Json>((v, k) => v[k] as Json, def);
      Object.defineProperty(target, "__proto__", {
        value: { polluted: true },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      const r = parseInstrument(def);
      expect(r.ok ? [] : r.errors.map((e) => e.pointer)).toContain(`${at}/__proto__`);
      untouched();
    }
  });

  it("copies a __proto__ key as own data, leaving the copy's prototype alone", () => {
    const host = JSON.parse('{"__proto__": {"polluted": true}, "a": [{"__proto__": 1}]}') as Json;
    const copied = copyJson(host, 1000);
    expect("value" in copied).toBe(true);
    if (!("value" in copied)) return;
    const value = copied.value as Json;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(["__proto__", "a"]);
    // The same own, enumerable, writable, configurable data property JSON.parse makes.
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")).toEqual(
      Object.getOwnPropertyDescriptor(host, "__proto__"),
    );
    expect(value.polluted).toBeUndefined();
    expect(Object.keys((value.a as Json[])[0]!)).toEqual(["__proto__"]);
    expect(value).toEqual(host);
    untouched();
  });
});

describe("the copy holds JSON only", () => {
  const copy = (v: unknown) => {
    const c = copyJson(v, 1000);
    return "value" in c ? c.value : c.problem.rule;
  };

  it("as JSON.stringify would write it: no undefined, functions, symbols or non-finite numbers", () => {
    const host = {
      s: "x",
      n: 1.5,
      t: true,
      z: null,
      u: undefined,
      f: () => 1,
      y: Symbol("y"),
      list: [undefined, () => 1, NaN, -Infinity, 0],
      [Symbol("hidden")]: 1,
    };
    // toStrictEqual: a key holding undefined is not the same as no key (toEqual would not tell).
    expect(copy(host)).toStrictEqual({
      s: "x",
      n: 1.5,
      t: true,
      z: null,
      list: [null, null, null, null, 0],
    });
    expect(copy(host)).toStrictEqual(JSON.parse(JSON.stringify(host)));
  });

  it("takes own enumerable keys only, and calls no toJSON", () => {
    const proto = { inherited: 1 };
    const host = Object.create(proto, {
      own: { value: 1, enumerable: true },
      hidden: { value: 2, enumerable: false },
    }) as Json;
    expect(copy(host)).toEqual({ own: 1 });
    let called = false;
    expect(
      copy({
        toJSON: undefined,
        d: {
          toJSON() {
            called = true;
            return "x";
          },
        },
      }),
    ).toEqual({ d: {} });
    expect(called).toBe(false);
  });

  it("a Date or Map becomes an empty object, which the validator then refuses by type", () => {
    const def = definition();
    def.version = new Date(0);
    expect(problems(parseInstrument(def))).toEqual(["/version type"]);
  });

  it("a BigInt is refused as one internal problem, as JSON.stringify refuses it", () => {
    const def = definition();
    def.version = 1n;
    const r = parseInstrument(def);
    expect(problems(r)).toEqual([" internal"]);
    expect(r.ok ? "" : r.errors[0]!.message.en).toBe(
      "Could not read the content (a BigInt is not JSON).",
    );
  });
});

describe("the caps during the copy", () => {
  const nest = (n: number): unknown => {
    let v: unknown = 0;
    for (let i = 0; i < n; i++) v = [v];
    return v;
  };

  it("copies MAX_DEPTH levels of nesting, refuses one more", () => {
    expect("value" in copyJson(nest(MAX_DEPTH), 1000)).toBe(true);
    expect(copyJson(nest(MAX_DEPTH + 1), 1000)).toMatchObject({
      problem: { pointer: "/0".repeat(MAX_DEPTH), rule: "maxDepth" },
    });
    const cyclic: Json = { a: 1 };
    cyclic.self = cyclic;
    expect(copyJson(cyclic, 1000)).toMatchObject({ problem: { rule: "maxDepth" } });
  });

  it("copies MAX_ENTRIES entries, refuses one more at the container's escaped pointer", () => {
    const list = (n: number) => Array<number>(n).fill(0);
    expect(copyJson({ "a/b": list(MAX_ENTRIES) }, 1e6)).toEqual({
      value: { "a/b": list(MAX_ENTRIES) },
    });
    expect(copyJson({ "a/b": [{ "c~": list(MAX_ENTRIES + 1) }] }, 1e6)).toMatchObject({
      problem: { pointer: "/a~1b/0/c~0", rule: "maxEntries" },
    });
    const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [i, 0]));
    expect("value" in copyJson({ m: keys(MAX_ENTRIES) }, 1e6)).toBe(true);
    const wide = copyJson({ m: keys(MAX_ENTRIES + 1) }, 1e6);
    expect(wide).toMatchObject({ problem: { pointer: "/m", rule: "maxEntries" } });
    expect("problem" in wide && wide.problem.message.en).toBe(
      `Too many entries here: ${MAX_ENTRIES + 1}, at most ${MAX_ENTRIES} allowed.`,
    );
  });

  it("never refuses what fits, and refuses once the bytes counted pass the limit", () => {
    // Each kind of value counts at most what JSON.stringify writes for it (exactly, for most).
    for (const v of ["aøb", 7, true, false, null, [], {}, [1, "x", null], { k: "v", l: [true] }]) {
      const n = JSON.stringify(v).length;
      expect(copyJson(v, n), JSON.stringify(v)).toEqual({ value: v });
    }
    // For these the count is exact: one byte less is refused.
    for (const v of ["aøb", 7, true, null, [], {}, { k: "v" }]) {
      const n = JSON.stringify(v).length;
      expect(copyJson(v, n - 1), JSON.stringify(v)).toMatchObject({
        problem: { rule: "maxBytes" },
      });
    }
    expect(copyJson({ k: "v" }, 8)).toMatchObject({ problem: { pointer: "", rule: "maxBytes" } });
    expect(copyJson({ k: "v" }, 9)).toEqual({ value: { k: "v" } });
    // A key left out (its value undefined) counts one byte: 2 for {} and 3 for three such keys.
    const undefinedOnly = { a: undefined, b: undefined, c: undefined };
    expect(copyJson(undefinedOnly, 4)).toMatchObject({ problem: { rule: "maxBytes" } });
    expect(copyJson(undefinedOnly, 5)).toEqual({ value: {} });
    // A hole in an array counts as the null it becomes: 11 of the 12 characters of ["x",[null]].
    expect(copyJson(["x", [undefined]], 10)).toMatchObject({ problem: { rule: "maxBytes" } });
    expect(copyJson(["x", [undefined]], 11)).toEqual({ value: ["x", [null]] });
  });

  it("refuses a small object repeating one large subtree before walking all of it", () => {
    let v: unknown = { label: "x".repeat(100) };
    for (let i = 0; i < 3; i++) v = Array<unknown>(MAX_ENTRIES).fill(v); // 8.6e9 labels as JSON
    const start = performance.now();
    expect(problems(parseInstrument({ ...definition(), x: v }))).toEqual([" maxBytes"]);
    // Nothing but undefined values costs a byte each too: bounded as well.
    const empty = Object.fromEntries(Array.from({ length: MAX_ENTRIES }, (_, i) => [i, undefined]));
    const many = Array<unknown>(MAX_ENTRIES).fill(Array<unknown>(MAX_ENTRIES).fill(empty));
    expect(problems(parseInstrument({ ...definition(), x: many }))).toEqual([" maxBytes"]);
    expect(performance.now() - start).toBeLessThan("__stryker__" in globalThis ? Infinity : 3000);
  });

  it("measures the copy exactly: multi-byte text over the cap only in UTF-8 is refused", () => {
    const over = { ...definition(), description: { nb: "ø".repeat(MAX_INSTRUMENT_BYTES / 2) } };
    const r = parseInstrument(over);
    expect(problems(r)).toEqual([" maxBytes"]);
    const bytes = new TextEncoder().encode(JSON.stringify(over)).length;
    expect(r.ok ? "" : r.errors[0]!.message.en).toBe(
      `The file is too large: ${bytes} bytes, at most ${MAX_INSTRUMENT_BYTES} allowed.`,
    );
  });
});
