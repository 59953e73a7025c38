// Builds the portal into dist/: index.html, one script and one stylesheet, nothing inline, so the page
// runs under the strict Content Security Policy serve.mjs sends.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The preload polyfill would be harmless (it is bundled, not inline); modern browsers need none.
    modulePreload: { polyfill: false },
    rollupOptions: { input: { index: `${root}/index.html`, validate: `${root}/validate.html` } },
  },
  server: { host: "127.0.0.1", port: 5173, strictPort: false },
});
