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
