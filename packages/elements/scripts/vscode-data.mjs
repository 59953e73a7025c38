// VS Code's HTML and CSS custom data, made from custom-elements.json, so that famwel tags, their
// attributes (with the values a union type allows), CSS custom properties and parts autocomplete
// and show their documentation in a host's editor. Hosts add to .vscode/settings.json:
//   "html.customData": ["./node_modules/@famwel/elements/dist/vscode.html-custom-data.json"],
//   "css.customData": ["./node_modules/@famwel/elements/dist/vscode.css-custom-data.json"]
// Written into dist/ by the package build, after the manifest.
import { readFileSync, writeFileSync } from "node:fs";

const here = new URL("..", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("custom-elements.json", here), "utf8"));

/** The string literals of a TypeScript union type such as `"map" | "list"`, or none. */
function literals(typeText = "") {
  const parts = typeText.split("|").map((p) => p.trim());
  return parts.every((p) => /^"[^"]*"$/.test(p))
    ? parts.map((p) => p.slice(1, -1)).filter((v) => v !== "")
    : [];
}

export function vscodeData(m) {
  const tags = [];
  const properties = new Map();
  const parts = new Map();
  const elements = m.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  for (const d of elements) {
    tags.push({
      name: d.tagName,
      description: [d.summary, d.description].filter(Boolean).join("\n\n"),
      attributes: (d.attributes ?? []).map((a) => {
        const values = literals(a.type?.text);
        return {
          name: a.name,
          description: a.description ?? "",
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
          ...(a.type?.text === "boolean" ? { valueSet: "v" } : {}),
        };
      }),
    });
    for (const p of d.cssProperties ?? [])
      properties.set(p.name, { name: p.name, description: p.description ?? "" });
    for (const p of d.cssParts ?? [])
      parts.set(p.name, {
        name: `::part(${p.name})`,
        description: `${p.description ?? ""} (${d.tagName})`,
      });
  }
  return {
    html: { version: 1.1, tags },
    css: {
      version: 1.1,
      properties: [...properties.values()],
      pseudoElements: [...parts.values()],
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { html, css } = vscodeData(manifest);
  writeFileSync(
    new URL("dist/vscode.html-custom-data.json", here),
    JSON.stringify(html, null, 2) + "\n",
  );
  writeFileSync(
    new URL("dist/vscode.css-custom-data.json", here),
    JSON.stringify(css, null, 2) + "\n",
  );
  console.log(`vscode-data: ${html.tags.length} tags, ${css.properties.length} CSS properties`);
}
