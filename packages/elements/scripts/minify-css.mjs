// Minifies the CSS inside Lit's css`…` templates in dist/, after tsc: bundlers minify JavaScript but
// leave template text alone, so without this every host would ship our stylesheets with their
// indentation and comments. Only literals without ${…} expressions are touched, with esbuild's own
// CSS minifier, so the CSS means exactly what the source says.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

/** Returns `code` with every expression-free css`…` literal minified. */
export function minifyCssLiterals(code) {
  return code.replace(/\bcss\s*`([^`$\\]*)`/g, (_whole, body) => {
    const min = transformSync(body, { loader: "css", minify: true })
      .code.trim()
      // esbuild keeps custom-property values verbatim; ours are var() chains with no strings in them.
      .replace(
        /(--[\w-]+:)([^;}]*)/g,
        (_d, prop, value) =>
          prop +
          value
            .replace(/\s+/g, " ")
            .replace(/\( /g, "(")
            .replace(/ \)/g, ")")
            .replace(/, /g, ",")
            .trim(),
      )
      // esbuild keeps `, ` inside var() fallbacks of ordinary properties too; a comma's spaces mean
      // nothing in CSS outside strings, so values without quotes lose them.
      .replace(
        /([\w-]+:)([^;{}"']*)(?=[;}])/g,
        (_d, prop, value) => prop + value.replace(/, /g, ","),
      );
    return "css`" + min + "`";
  });
}

function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith(".js")) yield path;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL("../dist", import.meta.url));
  let before = 0;
  let after = 0;
  for (const file of jsFiles(dist)) {
    const code = readFileSync(file, "utf8");
    if (!/\bcss\s*`/.test(code)) continue;
    const min = minifyCssLiterals(code);
    before += code.length;
    after += min.length;
    if (min !== code) writeFileSync(file, min);
  }
  console.log(`minify-css: ${before} → ${after} bytes in files with css\`\``);
}
