// Keyboard and pointer input for browser tests. Vitest 4 moved the browser context from
// `@vitest/browser/context` to `vitest/browser`; import it from here so there is one place to change.
export { page, userEvent } from "vitest/browser";
import * as context from "vitest/browser";

/** The Chrome DevTools Protocol of the page under test (Playwright's Chromium), e.g. to emulate
 * `prefers-color-scheme`. Typed here: its type does not resolve through vitest/browser's re-export. */
export const cdp = (context as unknown as { cdp: () => CdpSession }).cdp;
interface CdpSession {
  send(method: string, params?: object): Promise<unknown>;
}

/** The focused element, looking through open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
