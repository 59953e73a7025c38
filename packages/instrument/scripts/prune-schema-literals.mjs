// Part of scripts/build-validators.mjs: shrinks the schema objects Ajv's standalone code declares.
/** The end (exclusive) of the JSON value (object or array) starting at `start` in `code`. */
function literalEnd(code, start) {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"') for (i++; code[i] !== '"'; i++) code[i] === "\\" && i++;
    else if (c === "{" || c === "[") depth++;
    else if ((c === "}" || c === "]") && --depth === 0) return i + 1;
  }
  throw new Error("unbalanced schema literal in the standalone code");
}

/**
 * Ajv's standalone code declares a schema object (`const schemaNN = {…}`) wherever its code reads
 * a part of one: `schemaNN.properties.type.enum` for an error's allowed values, or
 * `hasOwnProperty.call(schemaNN.properties, key)` for `additionalProperties: false` beside more
 * than eight properties. It declares the whole object, though, and for a schema's root that is
 * every `$defs` too: 10 KB of the definition validator, for one lookup of ten property names.
 * This keeps of each literal only what the code reads (property names alone where it only asks
 * whether a key is one of them), and leaves a literal alone if the code uses it whole.
 */
export function pruneSchemaLiterals(code) {
  const edits = [];
  for (const m of code.matchAll(/const (schema\d+) = (?=[{[])/g)) {
    const [decl, name] = m;
    const start = m.index + decl.length;
    const end = literalEnd(code, start);
    const rest = code.slice(0, m.index) + code.slice(end);
    const uses = [
      ...rest.matchAll(
        new RegExp(`(\\.call\\()?\\b${name}(?![\\w$])((?:\\.[A-Za-z_$][\\w$]*)*)`, "g"),
      ),
    ];
    if (uses.some((u) => u[2] === "")) continue; // read whole
    const keysOnly = new Set(uses.filter((u) => u[1]).map((u) => u[2]));
    for (const u of uses) if (!u[1]) keysOnly.delete(u[2]);
    const value = JSON.parse(code.slice(start, end));
    const kept = {};
    const at = (path) => path.slice(1).split(".");
    const keep = (keys, leaf) => {
      let src = value;
      let dst = kept;
      keys.forEach((k, i) => {
        if (src === null || typeof src !== "object" || !Object.hasOwn(src, k))
          throw new Error(`${name}.${keys.join(".")} is read but not in the schema`);
        src = src[k];
        if (i === keys.length - 1) dst[k] = leaf(src, dst[k]);
        else {
          if (typeof dst[k] !== "object") dst[k] = {}; // a name-only placeholder grows a branch
          dst = dst[k];
        }
      });
    };
    // Name-only lookups first; a deeper read (schemaNN.properties.type.enum) then fills its branch.
    const paths = [...new Set(uses.map((u) => u[2]))].sort((a, b) => a.length - b.length);
    for (const p of paths)
      if (keysOnly.has(p))
        keep(at(p), (src) => Object.fromEntries(Object.keys(src).map((k) => [k, 0])));
    for (const p of paths) if (!keysOnly.has(p)) keep(at(p), (src) => src);
    edits.push([start, end, JSON.stringify(kept)]);
  }
  let out = code;
  for (const [start, end, text] of edits.reverse())
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}
