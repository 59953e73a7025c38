// Where keyboard focus goes after an edit in the editing views (the wheel's and the map's). Lazy:
// only those views import it, so it travels in their chunk.

/**
 * Focuses what `find` picks once the update the edit asked for has rendered. An edit can remove the
 * control that had focus (a removed item's button, an undo button, an add form at its limit), and
 * the browser then puts focus on <body>: a keyboard or screen reader user would start again from
 * the top of the page. Where Lit reuses rows by position, the focused control can also come to stand
 * for another item. Call it after the edit.
 */
export const refocus = (
  host: HTMLElement & { updateComplete: Promise<unknown>; renderRoot: ParentNode },
  find: (root: ParentNode) => Element | null | undefined,
) => void host.updateComplete.then(() => (find(host.renderRoot) as HTMLElement | null)?.focus());
