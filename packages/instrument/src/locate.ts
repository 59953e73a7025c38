// Maps JSON Pointers back to line and column in the text the author wrote, and reports JSON syntax
// errors with a position. jsonc-parser is the parser VS Code uses: it keeps offsets for every node
// and recovers after errors, which JSON.parse does not.
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { parse as parseJsonc } from "jsonc-parser";
import { MAX_PROBLEMS, closingQuote, moreProblems } from "./limits.js";
import { joinPointer } from "./pointer.js";
import type { Problem } from "./types.js";

export interface Position {
  line: number;
  column: number;
}

export function offsetToPosition(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Builds a locator for one text; the tree is parsed once, on first use. */
export function createLocator(
  text: string,
): (pointer: string, key?: string) => Position | undefined {
  let tree: Node | undefined;
  let parsed = false;
  return (pointer, key) => {
    if (!parsed) {
      tree = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
      parsed = true;
    }
    if (!tree) return undefined;
    // Walk down as far as the pointer exists: a missing property is reported at its parent object.
    // Segments are matched by the kind of node they meet, so an object key that looks like a number
    // (an answer keyed by the id "1") is still found as a key; of duplicate keys the last one wins,
    // as in JSON.parse.
    let node: Node = tree;
    for (const segment of pointer === "" ? [] : pointer.slice(1).split("/")) {
      const key = segment.replace(/~1/g, "/").replace(/~0/g, "~");
      let next: Node | undefined;
      if (node.type === "object")
        next = node.children?.findLast((p) => p.children?.[0]?.value === key)?.children?.[1];
      else if (node.type === "array" && /^(0|[1-9][0-9]*)$/.test(key))
        next = node.children?.[Number(key)];
      if (!next) break;
      node = next;
    }
    // For an unknown or misnamed key, point at the key itself rather than the whole object.
    if (key !== undefined && node.type === "object") {
      const prop = node.children?.findLast((p) => p.children?.[0]?.value === key);
      if (prop?.children?.[0]) return offsetToPosition(text, prop.children[0].offset);
    }
    // For a value inside a property, jsonc-parser gives the value node; a key error wants the key.
    return offsetToPosition(text, node.offset);
  };
}

/** A key given a second (third…) time in one object of a JSON text. */
export interface DuplicateKey {
  /** Where JSON.parse puts the value it keeps: this, the later one. */
  pointer: string;
  key: string;
  /** Offsets of the opening quotes of the first occurrence and of this one. */
  first: number;
  offset: number;
}

/**
 * The keys given twice in one object of a JSON text, in the order of the text: the first `keep`
 * of them, and how many there are. Linear, no recursion. Run only when scanText counted more keys
 * in the text than JSON.parse made (parse.ts), so the parse of a valid text builds no key strings.
 */
export function duplicateKeys(
  text: string,
  keep = MAX_PROBLEMS,
): { duplicates: DuplicateKey[]; count: number } {
  // The open containers, innermost last: for an object the keys seen so far (with their offsets)
  // and the one being read; for a list null and the index being read.
  const seen: Array<Map<string, number> | null> = [];
  const at: Array<string | number> = [];
  let expectKey = false;
  const duplicates: DuplicateKey[] = [];
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      i = closingQuote(text, i);
      if (!expectKey) continue;
      expectKey = false;
      const top = seen.length - 1;
      const raw = text.slice(start, i + 1);
      const key = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      at[top] = key;
      const keys = seen[top]!;
      const first = keys.get(key);
      if (first === undefined) keys.set(key, start);
      else if (++count <= keep)
        duplicates.push({ pointer: joinPointer(...at), key, first, offset: start });
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      seen.push(c === 123 ? new Map() : null);
      at.push(c === 123 ? "" : 0);
      expectKey = c === 123;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      seen.pop();
      at.pop();
      expectKey = false;
    } else if (c === 44 /* , */ && seen.length > 0) {
      if (seen.at(-1) === null) (at[at.length - 1] as number)++;
      else expectKey = true;
    }
  }
  return { duplicates, count };
}

/** Position of each offset, in one pass over the text for all of them (offsetToPosition is a pass each). */
function positionsOf(text: string, offsets: number[]): Position[] {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const found = new Map<number, Position>();
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const offset of sorted) {
    for (; i < offset; i++)
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    found.set(offset, { line, column: offset - lineStart + 1 });
  }
  return offsets.map((o) => found.get(o)!);
}

/**
 * A problem for each key a text gives twice in one object, at the later one, which JSON.parse
 * silently keeps: a copy-paste slip must not change what a definition says. For valid JSON only.
 */
export function duplicateKeyProblems(text: string): Problem[] {
  const { duplicates, count } = duplicateKeys(text);
  const positions = positionsOf(
    text,
    duplicates.flatMap((d) => [d.first, d.offset]),
  );
  const problems = duplicates.map((d, i): Problem => {
    const first = positions[2 * i]!.line;
    const key = d.key.length > 60 ? d.key.slice(0, 57) + "…" : d.key;
    return {
      pointer: d.pointer,
      rule: "duplicateKey",
      ...positions[2 * i + 1]!,
      message: {
        nb: `Feltet «${key}» står to ganger i samme objekt (første gang på linje ${first}); JSON beholder bare det siste. Fjern eller gi nytt navn til det ene.`,
        en: `The field "${key}" appears twice in the same object (first on line ${first}); JSON keeps only the last one. Remove or rename one of them.`,
      },
    };
  });
  return count > duplicates.length
    ? [...problems, moreProblems(count - duplicates.length)]
    : problems;
}

/** JSON syntax errors with positions and plain-language messages; empty when the text is valid JSON. */
export function syntaxProblems(text: string): Problem[] {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  // jsonc-parser may report two errors at one offset (e.g. "expected a name" and "expected a value").
  const firstPerOffset = errors.filter(
    (e, i) => errors.findIndex((o) => o.offset === e.offset) === i,
  );
  return firstPerOffset.slice(0, 20).map((e) => {
    const { line, column } = offsetToPosition(text, e.offset);
    const code = printParseErrorCode(e.error);
    return {
      pointer: "",
      rule: "syntax",
      line,
      column,
      message: {
        nb: `Ugyldig JSON (${syntaxNb[code] ?? code}) på linje ${line}, kolonne ${column}.`,
        en: `Invalid JSON (${syntaxEn[code] ?? code}) at line ${line}, column ${column}.`,
      },
    };
  });
}

const syntaxNb: Record<string, string> = {
  InvalidSymbol: "ugyldig tegn",
  InvalidNumberFormat: "ugyldig tall",
  PropertyNameExpected: "forventet et feltnavn i anførselstegn",
  ValueExpected: "forventet en verdi",
  ColonExpected: "forventet kolon",
  CommaExpected: "forventet komma",
  CloseBraceExpected: "forventet }",
  CloseBracketExpected: "forventet ]",
  EndOfFileExpected: "forventet slutt på filen",
  InvalidCommentToken: "kommentarer er ikke tillatt i JSON",
  UnexpectedEndOfComment: "uavsluttet kommentar",
  UnexpectedEndOfString: "uavsluttet tekst",
  UnexpectedEndOfNumber: "uavsluttet tall",
  InvalidUnicode: "ugyldig unicode-escape",
  InvalidEscapeCharacter: "ugyldig escape-tegn",
  InvalidCharacter: "ugyldig tegn i tekst",
};
const syntaxEn: Record<string, string> = {
  InvalidSymbol: "invalid character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected a colon",
  CommaExpected: "expected a comma",
  CloseBraceExpected: "expected }",
  CloseBracketExpected: "expected ]",
  EndOfFileExpected: "expected end of file",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in string",
};
