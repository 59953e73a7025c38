// Small statistics for the bench: median, range, and the fitted exponent of a scaling curve.

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const min = (xs) => Math.min(...xs.filter(Number.isFinite));
export const max = (xs) => Math.max(...xs.filter(Number.isFinite));

/** Least-squares slope of log(y) over log(x): cost ∝ size^slope (1 = linear). */
export function loglogSlope(points) {
  const p = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)]);
  if (p.length < 2) return NaN;
  const mx = p.reduce((a, [x]) => a + x, 0) / p.length;
  const my = p.reduce((a, [, y]) => a + y, 0) / p.length;
  const num = p.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const den = p.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return num / den;
}

/** "12.3 (11.9–13.0)" */
export function fmt(xs, digits = 1) {
  if (!xs.some(Number.isFinite)) return "n/a";
  const f = (n) => n.toFixed(digits);
  return `${f(median(xs))} (${f(min(xs))}–${f(max(xs))})`;
}

/** A small seeded generator (mulberry32), so that a report's intervals are reproducible. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How far the ratio median(ours) / median(theirs) moves when the runs are drawn again: the middle
 * `level` of the ratios of `rounds` resamples (a bootstrap). Runs of the same index are drawn
 * together, since the bench measures both contenders in the same round (round robin), so a busy
 * moment of the machine stays paired with itself. A target met at the median ratio but not across
 * this interval is met by a margin the machine's noise can undo.
 */
export function ratioInterval(ours, theirs, { level = 0.9, rounds = 2000, seed = 1 } = {}) {
  const n = Math.min(ours.length, theirs.length);
  if (n === 0) return [NaN, NaN];
  const random = seeded(seed);
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    const a = [];
    const b = [];
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random() * n);
      a.push(ours[k]);
      b.push(theirs[k]);
    }
    ratios.push(median(a) / median(b));
  }
  ratios.sort((x, y) => x - y);
  const cut = Math.floor(((1 - level) / 2) * rounds);
  return [ratios[cut], ratios[rounds - 1 - cut]];
}
