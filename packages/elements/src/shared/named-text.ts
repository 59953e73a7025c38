// Names from a definition or a family in the editing views (the wheel's table and panel, the map's
// list and panel). Lazy: only those views import it.
import { html, nothing } from "lit";
import { directionOf } from "./i18n.js";

/**
 * A name in its own language and direction: its language's, or, for the family's own words (which
 * carry no lang), that of their first letter that has one (a Latin name in an Arabic table, or the
 * reverse). A span, isolated: the cell or heading around it keeps the element's alignment, so in
 * an Arabic table a bokmål name stands on the right like the Arabic words under it.
 */
export const named = (text: string, lang: string | undefined) =>
  html`<span lang=${lang ?? nothing} dir=${lang ? directionOf(lang) : "auto"}>${text}</span>`;
