// Writes src/generated/api.ts from the elements' custom-elements.json (see api-from-manifest.mjs).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { apiFromManifest, renderApiModule } from "./api-from-manifest.mjs";

const manifestPath = createRequire(import.meta.url).resolve(
  "@famwel/elements/custom-elements.json",
);
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const out = new URL("../src/generated/api.ts", import.meta.url);
writeFileSync(out, renderApiModule(apiFromManifest(manifest)));
console.log(`wrote ${out.pathname}`);
