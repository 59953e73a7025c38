// The alert an element shows for a bad definition: each problem's JSON pointer and its message in
// Norwegian (for nb, nn and Sami readers) or English. Rendered as text, like everything from a definition.
import { html, nothing } from "lit";
import type { Problem } from "@famwel/instrument/core";
import { unreviewedNoticeFor } from "./locale-catalog.js";

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

/**
 * The discreet line a host can ask for when the elements speak a language nobody fluent has
 * reviewed yet (registerCatalog(…, { notice: true })). An element inside <famwel-instrument> leaves
 * it to the runner, so a page says it once.
 */
export function renderNotice(host: HTMLElement, locale: string) {
  const text = unreviewedNoticeFor(locale);
  const outer = (host.getRootNode() as ShadowRoot).host;
  if (!text || outer?.localName === "famwel-instrument") return nothing;
  return html`<p part="notice" class="notice"><small>${text}</small></p>`;
}
