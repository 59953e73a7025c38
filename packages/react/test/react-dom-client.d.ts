// @types/react-dom is not a dependency of this package (the examples have it); the tests use only
// createRoot, declared here as React 19 ships it.
declare module "react-dom/client" {
  import type { ReactNode } from "react";
  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element | DocumentFragment): Root;
}
