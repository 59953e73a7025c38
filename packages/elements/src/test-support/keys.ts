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

/**
 * Chromium's accessibility tree of the tests' frame (what a screen reader is given), shadow roots
 * included: the role and name of each node it does not ignore. The tests run in an iframe of
 * Vitest's page, which the protocol's tree only shows as a node, so this asks for that frame's own.
 */
export async function axTree(): Promise<{ role: string; name: string }[]> {
  const { frameTree } = (await cdp().send("Page.getFrameTree")) as {
    frameTree: { childFrames?: { frame: { id: string; url: string } }[] };
  };
  const frame = frameTree.childFrames?.find((f) => f.frame.url.includes("iframeId="))?.frame;
  const { nodes } = (await cdp().send("Accessibility.getFullAXTree", { frameId: frame?.id })) as {
    nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[];
  };
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({ role: n.role?.value ?? "", name: n.name?.value ?? "" }));
}

/** The focused element, looking through open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
