// Loaded before Storybook's own setup files in the `storybook` Vitest project (array setupFiles
// are merged ahead of the addon's). See packages/elements/src/test-support/setup.browser.ts.
import "../packages/elements/src/test-support/setup.browser.js";
