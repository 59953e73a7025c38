// ESLint flat config for the famwel workspace.
// Our conventions (CONTRIBUTING.md) are enforced here where a linter can see them:
// strict CSP, no storage of our own, hostile text rendered as text, named exports only.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import lit from "eslint-plugin-lit";
import wc from "eslint-plugin-wc";
import tseslint from "typescript-eslint";

const TS_FILES = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
const PACKAGE_TS_FILES = ["packages/*/src/**/*.ts", "packages/*/test/**/*.ts"];
const PACKAGE_TEST_FILES = [
  "packages/*/test/**/*.ts",
  "packages/*/src/**/*.test.ts",
  "packages/*/src/**/*.stories.ts",
  "packages/*/src/test-support/**/*.ts",
];
const SESSION_STORAGE_ADAPTER = ["**/*session-storage-adapter.ts"];
const STORIES = ["**/*.stories.ts"];
const NODE_FILES = [
  "**/scripts/**/*.{js,mjs,cjs}",
  ".ci/**/*.{js,mjs,cjs}",
  "*.config.{js,mjs,cjs,ts,mts}",
  "**/*.config.{js,mjs,cjs,ts,mts}",
  ".storybook/**/*.{js,mjs,ts}",
];

// The `globals` package is not a direct dependency, so we list the globals our code uses.
// (TypeScript files need none: typescript-eslint turns no-undef off, tsc checks names.)
const readonly = (names) => Object.fromEntries(names.map((name) => [name, "readonly"]));
const sharedGlobals = [
  "console",
  "URL",
  "URLSearchParams",
  "TextEncoder",
  "TextDecoder",
  "AbortController",
  "structuredClone",
  "setTimeout",
  "clearTimeout",
  "setInterval",
  "clearInterval",
  "queueMicrotask",
  "globalThis",
];
const nodeGlobals = readonly([...sharedGlobals, "process", "Buffer", "setImmediate"]);
const browserGlobals = readonly([
  ...sharedGlobals,
  "window",
  "document",
  "navigator",
  "location",
  "customElements",
  "HTMLElement",
  "Event",
  "CustomEvent",
  "FormData",
  "Blob",
  "fetch",
  "requestAnimationFrame",
  "trustedTypes",
]);

// Strict CSP: no string-to-code. Trusted Types: no HTML sinks (Lit templates render text safely).
// eval, new Function and string timers are caught by no-eval, no-new-func and no-implied-eval.
const cspSyntax = [
  {
    // Static `style="..."` in a Lit template is an inline style, blocked by CSP.
    // A bound `style=${styleMap(...)}` is fine: Lit applies it through the CSSOM.
    selector:
      "TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\sstyle\\s*=\\s*[\"']?[^\"'$\\s>]/]",
    message:
      "No inline style= (strict CSP): use static styles, a part, a --famwel-* token or styleMap.",
  },
];
// `const { $schema: _ignored, ...rest } = x` and `(_event) => ...` are deliberate.
const unusedVars = {
  argsIgnorePattern: "^_",
  varsIgnorePattern: "^_",
  caughtErrorsIgnorePattern: "^_",
  ignoreRestSiblings: true,
};
const rawMarkup = "Injects raw markup: instrument text is always rendered as text.";
const exportDefaultSyntax = {
  selector: "ExportDefaultDeclaration",
  message: "Named exports only (stories are the exception: Storybook needs a default meta).",
};

const bannedProperties = (allowSessionStorage) => [
  { property: "innerHTML", message: "HTML sink: render text with Lit templates." },
  { property: "outerHTML", message: "HTML sink: render text with Lit templates." },
  { property: "insertAdjacentHTML", message: "HTML sink: render text with Lit templates." },
  { property: "createContextualFragment", message: "HTML sink: render text with Lit templates." },
  { object: "document", property: "write", message: "document.write is an HTML sink." },
  { object: "document", property: "writeln", message: "document.writeln is an HTML sink." },
  { object: "document", property: "cookie", message: "Privacy: famwel stores nothing itself." },
  { property: "localStorage", message: "Privacy: drafts go to the host via an event or adapter." },
  ...(allowSessionStorage
    ? []
    : [{ property: "sessionStorage", message: "Only *session-storage-adapter.ts may use it." }]),
];
const bannedGlobals = (allowSessionStorage) => [
  { name: "localStorage", message: "Privacy: drafts go to the host via an event or adapter." },
  ...(allowSessionStorage
    ? []
    : [{ name: "sessionStorage", message: "Only *session-storage-adapter.ts may use it." }]),
];

export default defineConfig([
  globalIgnores([
    "**/dist/**",
    "**/storybook-static/**",
    "**/node_modules/**",
    "**/coverage/**",
    "**/generated/**",
    "**/custom-elements.json",
    ".stryker-tmp/**",
    "bench/.build/**",
  ]),

  js.configs.recommended,
  lit.configs["flat/recommended"],
  wc.configs["flat/recommended"],
  { settings: { wc: { elementBaseClasses: ["LitElement"] } } },

  // Conventions: CSP, Trusted Types, privacy, no unsafe Lit directives.
  {
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      "no-unused-vars": ["error", unusedVars],
      "no-restricted-syntax": ["error", ...cspSyntax],
      "no-restricted-properties": ["error", ...bannedProperties(false)],
      "no-restricted-globals": ["error", ...bannedGlobals(false)],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "lit/static-html.js", importNames: ["unsafeStatic"], message: rawMarkup },
            { name: "lit-html/static.js", importNames: ["unsafeStatic"], message: rawMarkup },
            { name: "chart.js/auto", message: "Import and register only the chart parts you use." },
          ],
          patterns: [
            {
              group: ["lit/directives/unsafe-*", "lit-html/directives/unsafe-*"],
              message: rawMarkup,
            },
          ],
        },
      ],
      // `.innerHTML=${...}` property bindings inside Lit templates.
      "lit/ban-attributes": ["error", ".innerhtml", ".outerhtml"],
    },
  },

  // Syntax-only TypeScript rules everywhere TS lives (examples, Storybook and config files too).
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommended],
    rules: { "@typescript-eslint/no-unused-vars": ["error", unusedVars] },
  },

  // Type-aware rules for package sources and tests, via each package's tsconfig.
  // (Swaps no-implied-eval for its type-aware twin, which also catches Function-typed values.)
  {
    files: PACKAGE_TS_FILES,
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },

  // Tests and stories are left out of each package's build tsconfig.json and type-checked by its
  // tsconfig.test.json instead, which the project service would not look for.
  {
    files: PACKAGE_TEST_FILES,
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: ["./packages/*/tsconfig.test.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  { files: ["**/*.{js,mjs}"], ignores: NODE_FILES, languageOptions: { globals: browserGlobals } },
  { files: NODE_FILES, languageOptions: { globals: nodeGlobals } },

  // Named exports only in package sources.
  {
    files: ["packages/*/src/**/*.{ts,js,mjs}"],
    rules: { "no-restricted-syntax": ["error", ...cspSyntax, exportDefaultSyntax] },
  },
  {
    files: STORIES,
    rules: { "no-restricted-syntax": ["error", ...cspSyntax] },
  },

  // The one place the host may opt in to keeping a draft in this tab.
  {
    files: SESSION_STORAGE_ADAPTER,
    rules: {
      "no-restricted-properties": ["error", ...bannedProperties(true)],
      "no-restricted-globals": ["error", ...bannedGlobals(true)],
    },
  },
]);
