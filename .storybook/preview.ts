import { setCustomElementsManifest, type Preview } from "@storybook/web-components-vite";
import { html } from "lit";
import customElements from "../packages/elements/custom-elements.json" with { type: "json" };
import { AXE_TAGS } from "../packages/elements/src/test-support/axe-tags.js";
import { DEFAULT_LOCALE, LOCALES, dirOf } from "./locales.js";
import { registerCatalog } from "../packages/elements/src/shared/locale-catalog.js";
import { ar } from "../packages/elements/src/locales/ar.js";
import { se } from "../packages/elements/src/locales/se.js";

// Controls and the API table come from the generated manifest (`pnpm --filter @famwel/elements
// analyze`), never from hand-written argTypes. A story's `component: "famwel-…"` picks its entry.
setCustomElementsManifest(customElements);

// The toolbar's Sami and Arabic speak through their catalogs, registered as a host page registers
// them (`@famwel/elements/locale-catalog` and `@famwel/elements/locales/*`; here from source, so
// that they reach the same strings as the stories' elements). Without them every word fell back to
// bokmål or English, inside an Arabic right-to-left frame. Both are unreviewed drafts: they carry
// the notice a host should show families with them.
for (const catalog of [se, ar]) registerCatalog(catalog, { notice: true });

const preview: Preview = {
  parameters: {
    a11y: {
      // Any axe violation fails the story's test (in `pnpm test` and the Storybook test panel).
      test: "error",
      // The same rules as `expectNoAxeViolations` in element tests.
      options: { runOnly: { type: "tag", values: [...AXE_TAGS] } },
    },
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: "Language of the widget",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: LOCALES.map(({ value, title }) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: DEFAULT_LOCALE },
  decorators: [
    // Elements take language and direction from their surroundings, as they will on a host page.
    (story, { globals }) => {
      const locale = String(globals.locale ?? DEFAULT_LOCALE);
      return html`<div lang=${locale} dir=${dirOf(locale)}>${story()}</div>`;
    },
  ],
};

export default preview;
