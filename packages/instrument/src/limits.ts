// Size and depth caps checked before JSON.parse, so hostile input (a 500 MB file, 100 000 nested
// arrays) is refused in bounded time instead of blocking the page or blowing the stack.
import type { Problem } from "./types.js";

export const MAX_INSTRUMENT_BYTES = 1024 * 1024; // the largest real instrument is ~60 KB
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024; // long reflections in every locale
export const MAX_DEPTH = 16; // the schemas need at most 8
/**
 * Entries one array or object may hold before validation even starts. The largest the schemas allow
 * is 2000 (links in a network answer); Ajv reporting every error (allErrors) takes time growing with
 * the square of a list's length, so 100 000 bad sections in a 1 MB file took minutes.
 */
export const MAX_ENTRIES = 2048;
/**
 * Problems reported at most per input. A 1 MB file of 100 000 unknown keys breaks a rule 100 000
 * times; locating each one in the text costs a pass over it, so an uncapped list took minutes.
 * Nobody fixes the 101st problem before the first: the rest are counted in one last problem.
 */
export const MAX_PROBLEMS = 100;

const utf8 = new TextEncoder();

/** Byte length of a string in UTF-8, without encoding strings we will refuse anyway. */
export function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length; // at least one byte per UTF-16 unit: already too big
  return utf8.encode(text).length;
}

/** Deepest nesting of `{` and `[` outside strings. Linear, no recursion. */
export function textDepth(text: string, stopAt: number): number {
  return scanText(text, stopAt).depth;
}

export interface TextScan {
  /** Deepest nesting; stops counting (and looking) once past `stopAt`. */
  depth: number;
  /** Keys in the text's objects, repeated ones included (JSON.parse keeps one of each). */
  keys: number;
}

/**
 * One pass over a JSON text before JSON.parse: how deep it nests (outside strings), and how many
 * object keys it writes. Fewer own keys in what JSON.parse made of it means a key was given twice
 * in one object, which JSON.parse silently resolves to the last (see duplicateKeys in locate.ts,
 * which only then looks for which). Linear, no recursion, and no string is built: indexOf skips
 * each string's text natively (most of a definition is text).
 */
export function scanText(text: string, stopAt: number): TextScan {
  let depth = 0;
  let max = 0;
  let keys = 0;
  const isObject: boolean[] = []; // by depth
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i = closingQuote(text, i);
      if (expectKey) keys++;
      expectKey = false;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) max = depth;
      if (max > stopAt) break;
      expectKey = isObject[depth] = c === 123;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
      expectKey = false;
    } else if (c === 44 /* , */) expectKey = isObject[depth] === true;
  }
  return { depth: max, keys };
}

/** The offset of the quote that closes the string opened at `open` (the text's length if none). */
export function closingQuote(text: string, open: number): number {
  for (let i = open; ;) {
    i = text.indexOf('"', i + 1);
    if (i < 0) return text.length;
    // Escaped only after an odd run of backslashes.
    let backslashes = 0;
    while (text.charCodeAt(i - 1 - backslashes) === 92 /* \ */) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
}

/** The first MAX_PROBLEMS problems, then one that says how many more there are. */
export function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), moreProblems(problems.length - MAX_PROBLEMS)];
}

/** The last problem of a capped list: how many more there are. */
export function moreProblems(more: number): Problem {
  return {
    pointer: "",
    rule: "maxProblems",
    message: {
      nb: `… og ${more} problemer til av samme slag eller andre. Rett de første og sjekk igjen.`,
      en: `… and ${more} more problems. Fix the first ones and check again.`,
    },
  };
}

/** The first array or object with more than `limit` entries, as a JSON Pointer; iterative. */
export function widestEntry(
  value: unknown,
  limit: number,
  /** When given, counts the keys of the objects walked (not the items of lists). */
  counted?: { keys: number },
): { pointer: string; count: number } | undefined {
  const stack: Array<[unknown, string]> = [[value, ""]];
  let visited = 0;
  while (stack.length > 0) {
    const [v, pointer] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    // Object.keys: own keys only, so "__proto__" from JSON.parse is an ordinary key here.
    const keys = Object.keys(v);
    if (keys.length > limit) return { pointer, count: keys.length };
    if (counted && !Array.isArray(v)) counted.keys += keys.length;
    if ((visited += keys.length) > 4_000_000) return { pointer, count: visited };
    for (const k of keys)
      stack.push([
        (v as Record<string, unknown>)[k],
        `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`,
      ]);
  }
  return undefined;
}

export function widthProblem(pointer: string, found: number, limit: number): Problem {
  return {
    pointer,
    rule: "maxEntries",
    message: {
      nb: `For mange elementer her: ${found}, høyst ${limit} er tillatt.`,
      en: `Too many entries here: ${found}, at most ${limit} allowed.`,
    },
  };
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
