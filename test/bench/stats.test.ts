// The statistics behind the bench's pass/fail lines: medians, the fitted exponent of a scaling
// curve, and the resampled interval printed beside each ratio target.
import { describe, expect, it } from "vitest";
import { loglogSlope, median, ratioInterval } from "../../bench/lib/stats.mjs";

describe("bench statistics", () => {
  it("takes the median of what was measured, leaving out runs that measured nothing", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, NaN, 1, Infinity, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it("fits the exponent of a power law exactly, and 1 for a straight line", () => {
    const sizes = [5, 20, 40, 80];
    expect(loglogSlope(sizes.map((n) => [n, 0.01 * n ** 1.5]))).toBeCloseTo(1.5, 10);
    expect(loglogSlope(sizes.map((n) => [n, 3 * n]))).toBeCloseTo(1, 10);
    expect(loglogSlope([[5, 1]])).toBeNaN();
  });

  it("keeps runs of the same round together: a contender always a tenth of the other has no spread", () => {
    // Both slow down alike in a busy round (the machine), so the paired ratio never moves.
    const theirs = [240, 250, 300, 600, 245, 260, 900, 255, 242, 248];
    const ours = theirs.map((t) => t / 10);
    const [lo, hi] = ratioInterval(ours, theirs);
    expect(lo).toBeCloseTo(0.1, 12);
    expect(hi).toBeCloseTo(0.1, 12);
  });

  it("spreads around the median ratio when the runs scatter, the same way on every call", () => {
    const theirs = [240, 250, 260, 245, 255, 248, 252, 243, 257, 250];
    const ours = [20, 35, 24, 28, 22, 31, 26, 23, 40, 25];
    const [lo, hi] = ratioInterval(ours, theirs);
    const point = median(ours) / median(theirs);
    expect(lo).toBeLessThan(point);
    expect(hi).toBeGreaterThan(point);
    expect(lo).toBeGreaterThanOrEqual(Math.min(...ours) / Math.max(...theirs));
    expect(hi).toBeLessThanOrEqual(Math.max(...ours) / Math.min(...theirs));
    expect(ratioInterval(ours, theirs)).toEqual([lo, hi]);
    // A wider level reaches at least as far on both sides.
    const [lo99, hi99] = ratioInterval(ours, theirs, { level: 0.99 });
    expect(lo99).toBeLessThanOrEqual(lo);
    expect(hi99).toBeGreaterThanOrEqual(hi);
  });
});
