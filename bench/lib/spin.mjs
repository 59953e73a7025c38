// A fixed piece of work for the bench's control page: the same instructions every time, so its
// wall time shows how much this machine stretches a task of known size while the bench runs.
/* global performance */

/** Runs `n` steps of arithmetic the compiler cannot drop; returns the result. */
export function spin(n) {
  let x = 0;
  for (let i = 0; i < n; i++) x = (x + Math.sqrt(i)) % 1e9;
  return x;
}

/** The step count that takes about `ms` here and now (the fastest of 5 tries, after a warm-up). */
export function calibrate(ms = 20) {
  let n = 100_000;
  for (;;) {
    const t = performance.now();
    spin(n);
    if (performance.now() - t > 5) break;
    n *= 2;
  }
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    spin(n);
    best = Math.min(best, performance.now() - t);
  }
  return Math.round((n * ms) / best);
}
