// The text a definition's content hash is taken of, in a module of its own: a page that hashes with
// WebCrypto (the runner, in a secure context) needs this and not the synchronous SHA-256 in hash.ts.
/** JSON with object keys sorted (by UTF-16 code units, as Array.prototype.sort does), no whitespace. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    const s = JSON.stringify(value);
    if (s === undefined) throw new TypeError("canonicalJson: value is not JSON");
    return s;
  }
  if (Array.isArray(value)) return "[" + value.map((v) => canonicalJson(v)).join(",") + "]";
  const keys = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return (
    "{" +
    keys
      .map((k) => JSON.stringify(k) + ":" + canonicalJson((value as Record<string, unknown>)[k]))
      .join(",") +
    "}"
  );
}
