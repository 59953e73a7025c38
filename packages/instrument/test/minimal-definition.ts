// The smallest valid instrument: one wheel section with one domain. Tests that probe limits, copies
// and problem placement start from it (a fresh object each call, so a test may change its copy).
export const minimalDefinition = (): Record<string, unknown> => ({
  id: "t",
  version: "1.0.0",
  title: { nb: "T" },
  locales: ["nb"],
  defaultLocale: "nb",
  roles: ["family"],
  sections: [
    {
      type: "wheel",
      id: "w",
      title: { nb: "H" },
      scale: { min: 0, max: 10 },
      domains: [{ id: "a", label: { nb: "A" } }],
    },
  ],
});

/** A valid response to that instrument (no hash check): the answers, and any top-level overrides. */
export const minimalResponse = (
  answers: Record<string, unknown> = {},
  top: Record<string, unknown> = {},
): Record<string, unknown> => ({
  id: "r1",
  instrument: { id: "t", version: "1.0.0", hash: `sha256:${"0".repeat(64)}` },
  role: "family",
  locale: "nb",
  status: "in-progress",
  created: "2026-03-01T09:00:00Z",
  updated: "2026-03-01T09:30:00Z",
  answers,
  ...top,
});
