// Entry point: one script file and one stylesheet, nothing inline, so the page runs under the strict
// Content Security Policy that `vite preview` sends (see vite.config.ts).
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
