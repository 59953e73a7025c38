// Builds the Vue example into dist/: index.html, scripts and one stylesheet, nothing inline. Templates
// are compiled here, at build time, so the app runs on Vue's runtime-only build (no `new Function`).
// `vite preview` serves it on 127.0.0.1 with the strict Content Security Policy a municipal host uses.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vue from "@vitejs/plugin-vue";
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
  plugins: [
    vue({
      template: {
        // <famwel-*> are custom elements: Vue renders them as they are instead of looking for
        // components, sets `.prop` bindings as properties, and lets v-model use their value/change.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith("famwel-") },
      },
    }),
  ],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    modulePreload: { polyfill: false },
    rollupOptions: {
      onwarn(warning, warn) {
        // The runner imports the wheel and map lazily; this app registers them up front, so they
        // are in the main chunk anyway. Expected here, not a problem to report on every build.
        if (warning.code !== "INEFFECTIVE_DYNAMIC_IMPORT") warn(warning);
      },
    },
  },
  server: { host: "127.0.0.1", port: 5175 },
  preview: { host: "127.0.0.1", port: 4175, headers: { "Content-Security-Policy": csp } },
});
