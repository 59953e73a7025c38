// Catastrophic backtracking (issue 8, item 3): every `pattern` in both schemas, and the date-time
// format regex compiled into the validators, is checked two ways. Statically: no quantified group
// that itself contains an unbounded quantifier (star height > 1 with an unbounded outer loop is what
// makes a regex exponential). Dynamically: each regex is run, as Ajv runs it (`u` flag), against
// adversarial strings of 100 000 characters built from its own characters plus a failing tail; each
// match must finish within a bound and grow no faster than linearly. Figures print at the end.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";

const figures = { patterns: 0, inputs: 0, failures: 0, slowest: 0, slowestPattern: "" };
afterAll(() =>
  console.log(
    `regex patterns: ${figures.patterns} patterns, ${figures.inputs} adversarial inputs tried, ` +
      `${figures.failures} failures, slowest ${figures.slowest.toFixed(2)} ms (${figures.slowestPattern})`,
  ),
);

const schemaDir = new URL("../schema/", import.meta.url);
const schemas = ["instrument.v1.json", "response.v1.json"].map(
  (f) => JSON.parse(readFileSync(new URL(f, schemaDir), "utf8")) as unknown,
);

function patternsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (value === null || typeof value !== "object") return found;
  for (const [k, v] of Object.entries(value)) {
    if (k === "pattern" && typeof v === "string") found.add(v);
    else patternsIn(v, found);
  }
  return found;
}

/** Regex literals of the date-time format the validators bundle (scripts/date-time-format.cjs). */
function formatRegexes(): string[] {
  // Only responses carry date-times (created, updated, each answer's `at`).
  const code = readFileSync(new URL("../scripts/date-time-format.cjs", import.meta.url), "utf8");
  return [...code.matchAll(/^const [A-Z_]+ = \/(.+)\/i?;$/gm)].map((m) => m[1]!);
}

/**
 * Star height check: a group repeated by *, + or {n,} that contains any quantifier is rejected.
 * Bounded repetition ({0,3} of a group) keeps the work polynomial and small, so it is allowed.
 */
export function unboundedNestedQuantifier(source: string): string | undefined {
  const stack: Array<{ start: number; quantified: boolean }> = [];
  let inClass = false;
  const quantifierAt = (i: number) => /^(?:[*+?]|\{\d+(?:,\d*)?\})/.exec(source.slice(i))?.[0];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") stack.push({ start: i, quantified: false });
    else if (c === ")") {
      const group = stack.pop()!;
      const q = quantifierAt(i + 1);
      const unbounded = q !== undefined && (q === "*" || q === "+" || /,\}$/.test(q));
      if (unbounded && group.quantified) return source.slice(group.start, i + 1 + q.length);
      if (q !== undefined && stack.length) stack.at(-1)!.quantified = true;
      if (group.quantified && stack.length) stack.at(-1)!.quantified = true;
    } else if (quantifierAt(i) && stack.length) stack.at(-1)!.quantified = true;
  }
  return undefined;
}

/** Strings that make a backtracking engine work hard on `source`: its own characters, repeated. */
function adversarial(source: string, length: number): string[] {
  const literal = [...new Set(source.replace(/\\[dws]|[\\^$()[\]{}*+?|]/g, "").split(""))];
  const alphabet = [...new Set([...literal, "a", "A", "0", "9", ".", "-", "_", "é", "\u202e"])];
  const tails = ["!", " ", "\n", "\u0000", ""];
  const out: string[] = [];
  for (const a of alphabet)
    for (const b of ["", "0", "a", "-", "."])
      for (const tail of tails) out.push((a + b).repeat(Math.ceil(length / (a + b).length)) + tail);
  // Prefixes that get past the anchor: a valid start, then a long run.
  out.push("sha256:" + "0".repeat(length) + "!");
  out.push("1." + "0".repeat(length) + ".0");
  out.push("2026-01-01T00:00:00." + "0".repeat(length) + "!");
  out.push("nb" + "-aa".repeat(length / 3) + "!");
  return out;
}

/** The slowest input's time: the best of three runs each, on flat strings (no GC or rope noise). */
function worst(re: RegExp, inputs: string[]): number {
  let max = 0;
  for (const raw of inputs) {
    const input = Buffer.from(raw, "utf8").toString("utf8"); // a flat copy, not a rope of repeats
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      re.test(input);
      best = Math.min(best, performance.now() - start);
    }
    figures.inputs++;
    if (best > max) max = best;
  }
  return max;
}

const all = [
  ...[...new Set(schemas.flatMap((s) => [...patternsIn(s)]))].map((p) => ({
    source: p,
    flags: "u",
  })),
  ...formatRegexes().map((p) => ({ source: p, flags: "i" })),
];

describe("regex patterns of the schemas", () => {
  it("finds the schemas' patterns and the date-time format", () => {
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.some((p) => p.flags === "i")).toBe(true); // the date-time format was found
  });

  it("recognises a catastrophic pattern (the check itself can fail)", () => {
    expect(unboundedNestedQuantifier("^(a+)+$")).toBe("(a+)+");
    expect(unboundedNestedQuantifier("^([a-z]{1,3})*$")).toBe("([a-z]{1,3})*");
    expect(unboundedNestedQuantifier("^(-[A-Za-z0-9]{2,8}){0,3}$")).toBeUndefined();
    // Exponential: six letters more cost about 18 times as much (1.618^6), where a linear pattern
    // costs 1.2 times. A ratio, not a time: a fixed "over 5 ms at 28 letters" failed on a faster
    // machine (4.8 ms).
    const evil = new RegExp("^(a|aa)+$");
    const at = (n: number) => worst(evil, ["a".repeat(n) + "!"]);
    const [small, large] = [at(24), at(30)];
    expect(large).toBeGreaterThan(1); // measurable (a linear pattern takes microseconds)
    expect(large / small).toBeGreaterThan(5);
  });

  it.each(all)(
    "$source has no unbounded nested quantifier and matches in linear time",
    ({ source, flags }) => {
      figures.patterns++;
      try {
        expect(unboundedNestedQuantifier(source)).toBeUndefined();
        const re = new RegExp(source, flags);
        const small = worst(re, adversarial(source, 10_000));
        const large = worst(re, adversarial(source, 100_000));
        if (large > figures.slowest) [figures.slowest, figures.slowestPattern] = [large, source];
        expect(large).toBeLessThan(100);
        // Ten times the input may cost at most ~ten times (plus noise): linear, not quadratic.
        expect(large).toBeLessThan(Math.max(20 * small, 10));
      } catch (error) {
        figures.failures++;
        throw error;
      }
    },
  );
});
