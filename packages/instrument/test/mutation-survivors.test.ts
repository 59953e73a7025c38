// Tests for what StrykerJS found alive in localize.ts, hash.ts and limits.ts (pnpm test:mutation,
// 86.8 % before these): Sámi and Norwegian neighbour chains, the last-resort label, keys whose value
// is undefined, values JSON cannot hold, and the caps' exact numbers.
import { describe, expect, it } from "vitest";
import { canonicalJson, instrumentHash, localeChain, localize } from "../src/index.js";
import { capProblems, utf8Length, valueDepth, widthProblem, MAX_PROBLEMS } from "../src/limits.js";
import type { Problem } from "../src/index.js";

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

  it("stops measuring depth just past the limit, also without a cycle", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(valueDepth(deep, 5)).toBe(6);
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
