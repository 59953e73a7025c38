// Runs before every browser test file. Lit's development build (which tests use on purpose: it
// warns about real mistakes such as class-field shadowing or change-in-update) also prints a
// "Lit is in dev mode" banner once per page, i.e. once per test file. Mark that one warning as
// already issued; every other Lit warning still reaches the output.
const g = globalThis as typeof globalThis & { litIssuedWarnings?: Set<string | undefined> };
(g.litIssuedWarnings ??= new Set()).add("dev-mode");

export {};
