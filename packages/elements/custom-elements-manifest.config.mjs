// Custom Elements Manifest for @famwel/elements: the API contract, generated from each element
// class's JSDoc (@summary @fires @csspart @cssproperty @slot). Storybook's controls and the React
// wrappers read custom-elements.json; src/manifest.node.test.ts fails when the committed file is stale.
// Run: pnpm --filter @famwel/elements analyze
import { readFileSync } from "node:fs";

export default {
  globs: ["src/**/*.ts"],
  exclude: [
    "src/**/*.test.ts",
    "src/**/*.stories.ts",
    "src/**/*.model.ts",
    "src/test-support/**",
    "src/**/*.d.ts",
    // The same elements again, registered with their check in the first load: same API.
    "src/define-checked/**",
    // Stylesheets: their CSS would be copied verbatim into the manifest. The element's JSDoc
    // (@cssproperty, @csspart) is what documents styling.
    "src/**/*.styles.ts",
  ],
  outdir: ".",
  litelement: true,
  dependencies: false,
  // package.json already says "customElements": "custom-elements.json"; never rewrite it.
  packagejson: false,
  // Sorted, so the manifest does not depend on the file system's directory order. Globs are
  // relative to this package (the analyzer runs here), whatever the process's cwd.
  overrideModuleCreation({ ts, globs }) {
    return [...globs].sort().map((glob) => {
      const source = readFileSync(new URL(glob, import.meta.url), "utf8");
      return ts.createSourceFile(glob, source, ts.ScriptTarget.ES2015, true);
    });
  },
  plugins: [typedEventNames(), publicApiOnly()],
};

/**
 * The analyzer names an event after the first argument of `new X(…)` in `this.dispatchEvent(…)`
 * even when that is not a string: `new FamwelErrorEvent(problems)` becomes an event "problems"
 * (and a second typed event with an argument of the same name is dropped). Our typed events carry
 * their name as `static readonly type = "famwel-…"`: replace such entries with that name, merged
 * into the matching `@fires` entry (which has the description).
 */
function typedEventNames() {
  /** Per element class: the typed events it dispatches, and the misnamed entries to drop. */
  const dispatched = new Map();
  return {
    name: "famwel-typed-event-names",
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "dispatchEvent") return;
      const created = node.arguments[0];
      if (!created || !ts.isNewExpression(created) || !ts.isIdentifier(created.expression)) return;
      const first = created.arguments?.[0];
      if (first && ts.isStringLiteralLike(first)) return;
      let cls = node.parent;
      while (cls && !ts.isClassDeclaration(cls)) cls = cls.parent;
      if (!cls?.name) return;
      const list = dispatched.get(cls.name.text) ?? [];
      list.push({ eventClass: created.expression.text, misnamed: first?.getText() });
      dispatched.set(cls.name.text, list);
    },
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const staticType = (className) => {
        const cls = declarations.find((d) => d.kind === "class" && d.name === className);
        const member = cls?.members?.find(
          (m) => m.static && m.name === "type" && typeof m.default === "string",
        );
        return member && /^["'`]([^"'`]+)["'`]$/.exec(member.default)?.[1];
      };
      for (const el of declarations) {
        const typed = el.kind === "class" && dispatched.get(el.name);
        if (!typed) continue;
        const events = (el.events ?? []).filter(
          (e) => !typed.some((t) => e.type?.text === t.eventClass && e.name === t.misnamed),
        );
        for (const { eventClass } of typed) {
          const name = staticType(eventClass);
          const documented = events.find((e) => e.name === (name ?? eventClass));
          if (documented) documented.type ??= { text: eventClass };
          else events.push({ name: name ?? eventClass, type: { text: eventClass } });
        }
        el.events = events;
      }
    },
  };
}

/**
 * The manifest is the public API (Storybook controls, React wrapper props): drop what is not.
 * The analyzer lists Lit `state: true` properties as attributes and keeps private, protected and
 * `_`-prefixed members, and Lit's own statics (styles, properties, …).
 */
function publicApiOnly() {
  const LIT_STATICS = new Set([
    "styles",
    "properties",
    "shadowRootOptions",
    "formAssociated",
    "observedAttributes",
  ]);
  /** Class name → names declared `{ state: true }` in `static properties`. */
  const stateByClass = new Map();
  return {
    name: "famwel-public-api-only",
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const props = node.members.find(
        (m) =>
          ts.isPropertyDeclaration(m) &&
          m.name?.getText() === "properties" &&
          m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword),
      );
      if (!props?.initializer || !ts.isObjectLiteralExpression(props.initializer)) return;
      const state = new Set();
      for (const p of props.initializer.properties) {
        if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) continue;
        const isState = p.initializer.properties.some(
          (o) =>
            ts.isPropertyAssignment(o) &&
            o.name.getText() === "state" &&
            o.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (isState) state.add(p.name.getText().replace(/^["']|["']$/g, ""));
      }
      stateByClass.set(node.name.text, state);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.kind !== "class") continue;
          // A base class (FamwelSectionElement) is never registered: it is not an element of its own.
          if (d.customElement && !d.tagName) delete d.customElement;
          const state = stateByClass.get(d.name) ?? new Set();
          const internal = (m) =>
            state.has(m.name) ||
            m.privacy === "private" ||
            m.privacy === "protected" ||
            /^[_#]/.test(m.name) ||
            (m.static && LIT_STATICS.has(m.name));
          if (d.members) d.members = d.members.filter((m) => !internal(m));
          if (d.attributes)
            d.attributes = d.attributes.filter(
              (a) => !state.has(a.fieldName) && !/^_/.test(a.fieldName ?? a.name),
            );
        }
      }
    },
  };
}
