// Error summary links that reach their field. A link's fragment scrolls to its target but moves
// focus only to something focusable, and a custom element is not: after `#wheel` focus stayed on
// the body. The wheel, the map and the reflection delegate focus (`delegatesFocus`), so `.focus()`
// on one puts focus on its first control. The summary itself needs no script; this only acts when
// a link in it is followed (click, or Enter on the focused link).
type Lit = HTMLElement & { updateComplete?: Promise<unknown> };

/** The famwel element a link's fragment names, if it names one. */
function fragmentTarget(link: HTMLAnchorElement): Lit | null {
  const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  return target?.localName.startsWith("famwel-") ? target : null;
}

/**
 * Follows error summary links to famwel elements by focusing them; a link whose fragment names none
 * is left to the browser. (The whole instrument's page asks its runner instead: client/full.ts.)
 */
export function focusLinkedFields() {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
      ".error-summary a[href^='#']",
    );
    const target = link && fragmentTarget(link);
    if (!target) return;
    event.preventDefault();
    // Drawn first (the elements render a task after they are defined), so there is a control.
    void customElements
      .whenDefined(target.localName)
      .then(() => target.updateComplete)
      .then(() => {
        target.scrollIntoView({ block: "start" });
        target.focus({ preventScroll: true });
      });
  });
}
