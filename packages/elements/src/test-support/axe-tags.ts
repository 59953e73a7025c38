// The accessibility bar, shared by the axe helper in element tests and by Storybook's a11y addon
// (.storybook/preview.ts) so both check the same rules. No imports: safe to load anywhere.

/** WCAG 2.1 level A and AA (including the 2.0 rules) plus Deque's best practices. */
export const AXE_TAGS: readonly string[] = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "best-practice",
];

/**
 * Rules about a whole page rather than a component (all content inside landmarks). Off when a
 * single element is checked, as Storybook's a11y addon also does.
 */
export const PAGE_LEVEL_RULES: readonly string[] = ["region"];
