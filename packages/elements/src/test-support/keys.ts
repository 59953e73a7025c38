// Keyboard and pointer input for browser tests. Vitest 4 moved the browser context from
// `@vitest/browser/context` to `vitest/browser`; import it from here so there is one place to change.
export { page, userEvent } from "vitest/browser";

/** The focused element, looking through open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
