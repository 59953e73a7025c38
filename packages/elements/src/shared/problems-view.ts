// The alert an element shows for a bad definition: each problem's JSON pointer and its message in
// Norwegian (for nb, nn and Sami readers) or English. Rendered as text, like everything from a definition.
import { html, nothing } from "lit";
import type { Problem } from "@famwel/instrument/core";

export function renderProblems(problems: readonly Problem[], locale: string, heading: string) {
  if (problems.length === 0) return nothing;
  const nb = locale.startsWith("n") || locale === "se";
  return html`<div part="error" class="error" role="alert">
    <p>${heading}</p>
    <ul>
      ${problems.slice(0, 10).map((p) => html`<li><code>${p.pointer || "/"}</code>: ${nb ? p.message.nb : p.message.en}</li>`)}
    </ul>
  </div>`;
}
