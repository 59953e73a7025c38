// JSON Pointer (RFC 6901) helpers, apart from locate.ts so that using them does not pull in a JSON parser.

/** Splits a pointer into its segments (RFC 6901 unescaping); array indices become numbers. */
export function pointerSegments(pointer: string): Array<string | number> {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

export function joinPointer(...segments: Array<string | number>): string {
  return segments.map((s) => "/" + escapePointerSegment(s)).join("");
}
