// Size and depth caps checked before JSON.parse, so hostile input (a 500 MB file, 100 000 nested
// arrays) is refused in bounded time instead of blocking the page or blowing the stack.
import type { Problem } from "./types.js";

export const MAX_INSTRUMENT_BYTES = 1024 * 1024; // the largest real instrument is ~60 KB
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024; // long reflections in every locale
export const MAX_DEPTH = 16; // the schemas need at most 8

const utf8 = new TextEncoder();

/** Byte length of a string in UTF-8, without encoding strings we will refuse anyway. */
export function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length; // at least one byte per UTF-16 unit: already too big
  return utf8.encode(text).length;
}

/** Deepest nesting of `{` and `[` outside strings. Linear, no recursion. */
export function textDepth(text: string, stopAt: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
      if (max > stopAt) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** Depth of an already parsed value, stopping early; cycles count as too deep. */
export function valueDepth(value: unknown, stopAt: number): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  let visited = 0;
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (++visited > 2_000_000) return stopAt + 1;
    if (v === null || typeof v !== "object") continue;
    const depth = d + 1;
    if (depth > max) max = depth;
    if (max > stopAt) return max;
    for (const child of Object.values(v)) stack.push([child, depth]);
  }
  return max;
}

export function limitProblem(kind: "bytes" | "depth", found: number, limit: number): Problem {
  return kind === "bytes"
    ? {
        pointer: "",
        rule: "maxBytes",
        message: {
          nb: `Filen er for stor: ${found} byte, høyst ${limit} er tillatt.`,
          en: `The file is too large: ${found} bytes, at most ${limit} allowed.`,
        },
      }
    : {
        pointer: "",
        rule: "maxDepth",
        message: {
          nb: `Innholdet er nøstet for dypt: mer enn ${limit} nivåer.`,
          en: `The content is nested too deeply: more than ${limit} levels.`,
        },
      };
}
