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
