// Builds the React example into dist/: index.html, scripts and one stylesheet, nothing inline.
// `vite preview` serves it on 127.0.0.1 with the strict Content Security Policy a municipal host uses,
// so the smoke test proves React + @famwel/react + the elements run under it.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = dirname(fileURLToPath(import.meta.url));

export const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join("; ");

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    modulePreload: { polyfill: false },
    rollupOptions: {
      onwarn(warning, warn) {
        // The runner imports the wheel and map lazily; this app imports them up front, so they are
        // in the main chunk anyway. Expected here, not a problem to report on every build.
        if (warning.code !== "INEFFECTIVE_DYNAMIC_IMPORT") warn(warning);
      },
    },
  },
  server: { host: "127.0.0.1", port: 5174 },
  preview: { host: "127.0.0.1", port: 4174, headers: { "Content-Security-Policy": csp } },
});
