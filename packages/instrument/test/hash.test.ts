// instrumentHash: a content hash that survives reformatting and key order, changes with any value,
// ignores $schema, and is plain SHA-256 of canonical JSON (checked against node:crypto).
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  instrumentHash,
  parseInstrument,
  type InstrumentDefinition,
} from "../src/index.js";
import { instrumentArb } from "./arbitraries.js";

/** Canonical JSON written for the test: keys sorted by UTF-16 code units, no whitespace. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const keys = Object.keys(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
const nodeSha256 = (text: string) =>
  "sha256:" + createHash("sha256").update(text, "utf8").digest("hex");

/** The same value with every object's keys in a random order. */
function shuffleKeys(v: unknown, order: number[]): unknown {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, order));
  if (v === null || typeof v !== "object") return v;
  const entries = Object.entries(v);
  const keyed = entries
    .map((e, i) => [order[i % order.length]! + i * 0.001, e] as const)
    .sort((a, b) => a[0] - b[0]);
  return Object.fromEntries(keyed.map(([, [k, x]]) => [k, shuffleKeys(x, order)]));
}

function parsed(text: string): InstrumentDefinition {
  const r = parseInstrument(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe("instrumentHash", () => {
  it("is SHA-256 of the canonical JSON: known values", () => {
    // Digests from `printf '{}' | sha256sum` and `printf '{"a":1,"b":[true,null,"x"]}' | sha256sum`.
    expect(instrumentHash({})).toBe(
      "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
    );
    expect(instrumentHash({ b: [true, null, "x"], a: 1 })).toBe(
      "sha256:eca8cfb31ab74533e1eb2f4c74d2d55dfe3c79ac704787e54be8647ea7777eb1",
    );
  });

  it("equals node:crypto's SHA-256 over independently written canonical JSON (non-ASCII and astral text included)", () => {
    const def = {
      id: "x",
      title: { nb: "Bolig og økonomi", se: "Ássi", ar: "السكن", en: "😀 Home" },
      "\uffff": 1,
      "😀": 2,
      Z: 3,
      a: 4,
    };
    expect(canonical(def).indexOf('"😀"')).toBeLessThan(canonical(def).indexOf('"\uffff"')); // UTF-16 order, not code points
    expect(instrumentHash(def)).toBe(nodeSha256(canonical(def)));
    fc.assert(
      fc.property(instrumentArb, (d) => {
        expect(instrumentHash(d)).toBe(nodeSha256(canonical(d)));
      }),
      { numRuns: 100 },
    );
  });

  it("hashes the canonical JSON written for this test, on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(v)).toBe(canonical(v));
      }),
      { numRuns: 300 },
    );
    // A key whose value is undefined is left out, as JSON.stringify does; a value that is not
    // JSON (a function, a hole's undefined in a list) is refused, not written half.
    expect(canonicalJson({ b: undefined, a: [1] })).toBe('{"a":[1]}');
    expect(() => canonicalJson([() => 1])).toThrow(/not JSON/);
    expect(() => canonicalJson([, 1])).toThrow(/not JSON/); // eslint-disable-line no-sparse-arrays
  });

  it("has the form sha256:<64 lower-case hex digits>", () => {
    fc.assert(
      fc.property(instrumentArb, (d) => {
        expect(instrumentHash(d)).toMatch(/^sha256:[0-9a-f]{64}$/);
      }),
      { numRuns: 100 },
    );
  });

  it("is the same for two files that differ only in key order and whitespace", () => {
    fc.assert(
      fc.property(
        instrumentArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(0, 2, "\t"),
        (d, order, indent) => {
          const a = parsed(JSON.stringify(d, null, 2));
          const b = parsed(
            JSON.stringify(shuffleKeys(d, order), null, indent).replace(/\n/g, "\r\n"),
          );
          expect(instrumentHash(b)).toBe(instrumentHash(a));
          expect(instrumentHash(a)).toBe(instrumentHash(d));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("changes when any single value changes", () => {
    fc.assert(
      fc.property(instrumentArb, fc.nat(), (d, pick) => {
        const leaves: Array<[Record<string, unknown>, string]> = [];
        const walk = (v: unknown) => {
          if (v === null || typeof v !== "object") return;
          for (const [k, x] of Object.entries(v)) {
            if (x !== null && typeof x === "object") walk(x);
            else leaves.push([v as Record<string, unknown>, k]);
          }
        };
        const copy = structuredClone(d);
        walk(copy);
        const [holder, key] = leaves[pick % leaves.length]!;
        const old = holder[key];
        holder[key] =
          typeof old === "string" ? old + "x" : typeof old === "number" ? old + 1 : !old;
        expect(instrumentHash(copy)).not.toBe(instrumentHash(d));
      }),
      { numRuns: 100 },
    );
  });

  it("changes when sections are reordered", () => {
    const d = parsed(
      JSON.stringify({
        id: "a",
        version: "1.0.0",
        title: { nb: "T" },
        locales: ["nb"],
        defaultLocale: "nb",
        roles: ["family"],
        sections: [
          { type: "text", id: "s1", title: { nb: "A" }, items: [{ id: "i", label: { nb: "?" } }] },
          { type: "text", id: "s2", title: { nb: "B" }, items: [{ id: "i", label: { nb: "?" } }] },
        ],
      }),
    );
    const swapped = { ...d, sections: [d.sections[1]!, d.sections[0]] };
    expect(instrumentHash(swapped)).not.toBe(instrumentHash(d));
  });

  it("ignores $schema, which only says where the file was kept", () => {
    expect(instrumentHash({ $schema: "../schema/instrument.v1.json" })).toBe(instrumentHash({}));
    fc.assert(
      fc.property(instrumentArb, fc.webUrl(), (d, url) => {
        expect(instrumentHash({ ...d, $schema: url })).toBe(instrumentHash(d));
      }),
      { numRuns: 50 },
    );
  });
});
