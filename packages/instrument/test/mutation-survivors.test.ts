// Tests for what StrykerJS found alive in localize.ts, hash.ts and limits.ts (pnpm test:mutation,
// 86.8 % before these): Sámi and Norwegian neighbour chains, the last-resort label, keys whose value
// is undefined, values JSON cannot hold, and the caps' exact numbers.
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  instrumentHash,
  localeChain,
  localize,
  parseInstrument,
  parseResponse,
} from "../src/index.js";
import { capProblems, utf8Length, widthProblem, MAX_PROBLEMS } from "../src/limits.js";
import type { Problem } from "../src/index.js";
import { minimalDefinition } from "./minimal-definition.js";

describe("localisation, survivors", () => {
  it("tries the neighbours of Norwegian and the Sámi languages in order", () => {
    expect(localeChain("no")).toEqual(["no", "nb", "nn", "en"]);
    expect(localeChain("se")).toEqual(["se", "nb", "nn", "en"]);
    expect(localeChain("smj")).toEqual(["smj", "se", "nb", "en"]);
    expect(localeChain("sma-NO")).toEqual(["sma-NO", "sma", "se", "nb", "en"]);
    expect(localize({ se: "Ruoktu", nb: "Hjem" }, "smj")).toEqual({
      text: "Ruoktu",
      locale: "se",
      fallback: true,
    });
  });

  it("as a last resort shows any non-empty text, never an empty one", () => {
    expect(localize({ nb: "", se: "Ruoktu" }, "fr")).toEqual({
      text: "Ruoktu",
      locale: "se",
      fallback: true,
    });
    expect(localize({ nb: "" }, "fr")).toEqual({ text: "", locale: "fr", fallback: true });
  });

  it("never shows a value that is not text, even as the last resort", () => {
    // A raw, unchecked map (a host's section before validation) may hold anything.
    const map = { nb: 5, nn: { x: 1 }, se: "Ruoktu" } as unknown as Record<string, string>;
    expect(localize(map, "fr")).toEqual({ text: "Ruoktu", locale: "se", fallback: true });
  });
});

describe("hashing, survivors", () => {
  it("leaves out keys whose value is undefined, and sorts the rest", () => {
    expect(canonicalJson({ b: 1, a: undefined, c: { z: 1, y: undefined, x: [2, 1] } })).toBe(
      '{"b":1,"c":{"x":[2,1],"z":1}}',
    );
    expect(instrumentHash({ a: 1, b: undefined })).toBe(instrumentHash({ a: 1 }));
  });

  it("refuses values JSON cannot hold", () => {
    expect(() => canonicalJson(undefined)).toThrow(
      new TypeError("canonicalJson: value is not JSON"),
    );
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});

describe("limits, survivors", () => {
  it("encodes a string exactly as long as the limit instead of guessing", () => {
    expect(utf8Length("øø", 2)).toBe(4);
  });

  it("counts exactly the problems left out", () => {
    const p = (i: number): Problem => ({
      pointer: `/${i}`,
      rule: "x",
      message: { nb: "x", en: "x" },
    });
    const capped = capProblems(Array.from({ length: MAX_PROBLEMS + 7 }, (_, i) => p(i)));
    expect(capped.at(-1)!.message.en).toBe(
      "… and 7 more problems. Fix the first ones and check again.",
    );
    expect(capped.at(-1)!.message.nb).toMatch(/^… og 7 problemer til/);
  });

  it("says how many entries and how many are allowed, in both languages", () => {
    const problem = widthProblem("/x", 3000, 2048);
    expect(problem.message.nb).toBe("For mange elementer her: 3000, høyst 2048 er tillatt.");
    expect(problem.message.en).toBe("Too many entries here: 3000, at most 2048 allowed.");
  });
});

describe("parsing, survivors", () => {
  it("turns a host object that throws into one internal problem, never a throw", () => {
    const hostile = {
      get id(): string {
        throw new Error("boom");
      },
    };
    for (const parse of [parseInstrument, (i: unknown) => parseResponse(i)]) {
      const r = parse(hostile);
      expect(r).toEqual({
        ok: false,
        errors: [
          {
            pointer: "",
            rule: "internal",
            message: {
              nb: "Kunne ikke lese innholdet (boom).",
              en: "Could not read the content (boom).",
            },
          },
        ],
        warnings: [],
      });
    }
  });

  it("refuses with exactly one problem and no warnings at each cap", () => {
    const deep = "[".repeat(40) + "]".repeat(40);
    for (const input of [deep, JSON.parse(deep) as unknown, " ".repeat(3 * 1024 * 1024)]) {
      const r = parseInstrument(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors).toHaveLength(1);
        expect(r.warnings).toEqual([]);
        expect(["maxDepth", "maxBytes"]).toContain(r.errors[0]!.rule);
      }
    }
  });

  it("copies a host's object before freezing it, and keeps the host's own unfrozen", () => {
    const def = minimalDefinition();
    const r = parseInstrument(def);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).not.toBe(def);
      expect(r.value).toEqual(def);
      expect(Object.isFrozen(def)).toBe(false);
    }
  });
});
