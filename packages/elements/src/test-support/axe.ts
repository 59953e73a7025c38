// axe-core in the real browser, shadow DOM included: axe walks open shadow roots natively when it
// runs on a document or on a host element, and reports nodes inside them with cross-tree targets.
import axe from "axe-core";
import { AXE_TAGS, PAGE_LEVEL_RULES } from "./axe-tags.js";

export { AXE_TAGS, PAGE_LEVEL_RULES };

export interface AxeCheckOptions {
  /** Rule tags to run. Default: {@link AXE_TAGS}. */
  tags?: readonly string[];
  /** Rule ids to switch off for this check. Say why in the test. */
  disableRules?: readonly string[];
  /** Anything else for `axe.run`, merged over ours (e.g. `rules`, `resultTypes`). */
  runOptions?: axe.RunOptions;
}

type Root = Element | ShadowRoot | Document;

/** axe refuses to run twice at once; tests that check in parallel wait their turn here. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Run axe-core on `root` (and every open shadow root under it) and throw a readable error listing
 * each violation: rule id, impact, target selector (`host >>> inner` across shadow roots), the
 * offending HTML, how to fix it and the rule's help page. A ShadowRoot is checked through its host.
 * Waits for pending Lit updates on the host first.
 */
export async function expectNoAxeViolations(
  root: Root,
  options: AxeCheckOptions = {},
): Promise<void> {
  const results = await runAxe(root, options);
  if (results.violations.length > 0) {
    throw new Error(formatViolations(results.violations, describeRoot(root)));
  }
}

/** The raw axe results for `root`, for tests that want to assert on them directly. */
export async function runAxe(root: Root, options: AxeCheckOptions = {}): Promise<axe.AxeResults> {
  const context = contextOf(root);
  const updateComplete = (context as { updateComplete?: Promise<unknown> }).updateComplete;
  if (updateComplete) await updateComplete;

  const isPage = context instanceof Document;
  const off = [...(isPage ? [] : PAGE_LEVEL_RULES), ...(options.disableRules ?? [])];
  const runOptions: axe.RunOptions = {
    runOnly: { type: "tag", values: [...(options.tags ?? AXE_TAGS)] },
    resultTypes: ["violations"],
    ...options.runOptions,
    rules: {
      ...Object.fromEntries(off.map((id) => [id, { enabled: false }])),
      ...options.runOptions?.rules,
    },
  };

  const run = queue.then(() => axe.run(context, runOptions));
  queue = run.catch(() => undefined);
  return run;
}

/** Human-readable report of axe violations, one block per affected node. */
export function formatViolations(violations: readonly axe.Result[], where = "the page"): string {
  const count = violations.reduce((n, v) => n + v.nodes.length, 0);
  const lines = [
    `axe-core found ${count} accessibility violation${count === 1 ? "" : "s"} in ${where}:`,
  ];
  let i = 0;
  for (const v of violations) {
    for (const node of v.nodes) {
      i += 1;
      lines.push(
        "",
        `${i}. ${v.id} [${v.impact ?? node.impact ?? "unknown"}] ${v.help}`,
        `   target: ${formatTarget(node.target)}`,
        `   html:   ${node.html}`,
        ...(node.failureSummary
          ? [`   fix:    ${node.failureSummary.replace(/\n\s*/g, "\n           ")}`]
          : []),
        `   help:   ${v.helpUrl}`,
      );
    }
  }
  return lines.join("\n");
}

/** `[["my-el", "button"]]` → `my-el >>> button`; iframes are joined with ` | `. */
export function formatTarget(target: axe.UnlabelledFrameSelector): string {
  return target.map((part) => (Array.isArray(part) ? part.join(" >>> ") : part)).join(" | ");
}

function contextOf(root: Root): Element | Document {
  if (root instanceof ShadowRoot) return root.host;
  return root;
}

function describeRoot(root: Root): string {
  const context = contextOf(root);
  if (context instanceof Document) return "the document";
  return `<${context.localName}>`;
}
