// Turns Ajv's machine errors into Problems an instrument author can act on: a JSON Pointer to the
// exact value (or key) at fault and a sentence in bokmål and English. Ajv's own English messages
// are compiled out of the validators (messages: false) to keep them small.
import type { AjvError } from "./validator-types.js";
import { joinPointer } from "./pointer.js";
import type { Problem } from "./types.js";

const typeNames: Record<string, [string, string]> = {
  string: ["en tekst", "a string"],
  number: ["et tall", "a number"],
  integer: ["et heltall", "a whole number"],
  boolean: ["true eller false", "true or false"],
  object: ["et objekt { … }", "an object { … }"],
  array: ["en liste [ … ]", "a list [ … ]"],
  null: ["null", "null"],
};

/**
 * How the pattern of every localized text begins (instrument.v1.json, $defs label and text): it
 * needs one character that is not white space (any Unicode space, a line break) or zero-width.
 */
const VISIBLE_TEXT = "[^\\s";

/** Patterns are explained by what they are for, never shown as a regular expression. */
function patternMessage(schemaPath: string, value: string, isKey: boolean): [string, string] {
  const what = isKey ? ["Feltnavnet", "The key"] : ["Verdien", "The value"];
  if (
    schemaPath.includes("/locale/") ||
    schemaPath.includes("/locale/pattern") ||
    schemaPath.endsWith("locale/pattern")
  )
    return [
      `${what[0]} «${value}» er ingen gyldig språkkode (for eksempel nb, nn, en, se, ar).`,
      `${what[1]} "${value}" is not a valid language tag (for example nb, nn, en, se, ar).`,
    ];
  if (schemaPath.includes("/id/"))
    return [
      `${what[0]} «${value}» er ingen gyldig id: bruk bokstaver a–z, sifre, punktum, bindestrek eller understrek, høyst 64 tegn, og start med bokstav eller siffer.`,
      `${what[1]} "${value}" is not a valid id: use letters a–z, digits, dot, dash or underscore, at most 64 characters, starting with a letter or digit.`,
    ];
  if (
    schemaPath.includes("semver") ||
    schemaPath.includes("/version/") ||
    schemaPath.includes("/from/") // the version an orphaned answer was given in
  )
    return [
      `«${value}» er ikke et versjonsnummer som 1.0.0 (semantisk versjon).`,
      `"${value}" is not a version number like 1.0.0 (semantic version).`,
    ];
  if (schemaPath.includes("/hash/"))
    return [
      `«${value}» er ikke en gyldig hash (sha256:…).`,
      `"${value}" is not a valid hash (sha256:…).`,
    ];
  return [`${what[0]} «${value}» har feil form.`, `${what[1]} "${value}" has the wrong form.`];
}

function clip(value: unknown): string {
  const s = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return s.length > 60 ? s.slice(0, 57) + "…" : s;
}

function valueAt(root: unknown, pointer: string): unknown {
  let v: unknown = root;
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

function one(e: AjvError, data: unknown): Problem | undefined {
  const p = e.params;
  const at = e.instancePath;
  const n = (k: string) => p[k] as number;
  switch (e.keyword) {
    case "required": {
      const field = String(p.missingProperty);
      return {
        pointer: at + joinPointer(field),
        rule: "required",
        message: { nb: `Feltet «${field}» mangler.`, en: `The field "${field}" is missing.` },
      };
    }
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      return {
        pointer: at + joinPointer(key),
        rule: "additionalProperties",
        message: {
          nb: `Ukjent felt «${clip(key)}»: det er ikke tillatt her (sjekk stavemåten).`,
          en: `Unknown field "${clip(key)}": it is not allowed here (check the spelling).`,
        },
      };
    }
    case "type": {
      const [nb, en] = typeNames[String(p.type)] ?? [String(p.type), String(p.type)];
      return { pointer: at, rule: "type", message: { nb: `Må være ${nb}.`, en: `Must be ${en}.` } };
    }
    case "pattern": {
      const isKey = e.propertyName !== undefined;
      const value = isKey ? e.propertyName! : String(valueAt(data, at));
      if (!isKey && String(p.pattern).startsWith(VISIBLE_TEXT))
        // An empty text breaks minLength too, which says so: one problem, not two.
        return value === ""
          ? undefined
          : {
              pointer: at,
              rule: "pattern",
              message: {
                nb: "Teksten kan ikke være tom eller bare mellomrom.",
                en: "The text cannot be empty or only spaces.",
              },
            };
      const [nb, en] = patternMessage(e.schemaPath, clip(value), isKey);
      return {
        pointer: isKey ? at + joinPointer(e.propertyName!) : at,
        rule: "pattern",
        message: { nb, en },
      };
    }
    case "format":
      return {
        pointer: at,
        rule: "format",
        message: {
          nb: `Må være et tidspunkt som 2026-11-23T10:15:00Z (RFC 3339).`,
          en: `Must be a date-time like 2026-11-23T10:15:00Z (RFC 3339).`,
        },
      };
    case "minLength":
      return n("limit") === 1
        ? {
            pointer: at,
            rule: "minLength",
            message: { nb: "Teksten kan ikke være tom.", en: "The text cannot be empty." },
          }
        : {
            pointer: at,
            rule: "minLength",
            message: {
              nb: `Teksten må ha minst ${n("limit")} tegn.`,
              en: `The text must have at least ${n("limit")} characters.`,
            },
          };
    case "maxLength":
      return {
        pointer: at,
        rule: "maxLength",
        message: {
          nb: `Teksten er for lang: høyst ${n("limit")} tegn.`,
          en: `The text is too long: at most ${n("limit")} characters.`,
        },
      };
    case "minItems":
      return {
        pointer: at,
        rule: "minItems",
        message: {
          nb: `Listen må ha minst ${n("limit")} element.`,
          en: `The list must have at least ${n("limit")} item(s).`,
        },
      };
    case "maxItems":
      return {
        pointer: at,
        rule: "maxItems",
        message: {
          nb: `Listen har for mange element: høyst ${n("limit")}.`,
          en: `The list has too many items: at most ${n("limit")}.`,
        },
      };
    case "minProperties":
      return {
        pointer: at,
        rule: "minProperties",
        message: {
          nb: `Må ha minst ${n("limit")} felt (for eksempel en tekst på standardspråket).`,
          en: `Must have at least ${n("limit")} field(s) (for example a text in the default language).`,
        },
      };
    case "maxProperties":
      return {
        pointer: at,
        rule: "maxProperties",
        message: {
          nb: `For mange felt: høyst ${n("limit")}.`,
          en: `Too many fields: at most ${n("limit")}.`,
        },
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const cmp = String(p.comparison);
      const nbCmp: Record<string, string> = {
        ">=": "minst",
        "<=": "høyst",
        ">": "større enn",
        "<": "mindre enn",
      };
      const enCmp: Record<string, string> = {
        ">=": "at least",
        "<=": "at most",
        ">": "greater than",
        "<": "less than",
      };
      return {
        pointer: at,
        rule: e.keyword,
        message: {
          nb: `Må være ${nbCmp[cmp]} ${n("limit")}.`,
          en: `Must be ${enCmp[cmp]} ${n("limit")}.`,
        },
      };
    }
    case "enum": {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ");
      return {
        pointer: at,
        rule: "enum",
        message: { nb: `Må være en av ${allowed}.`, en: `Must be one of ${allowed}.` },
      };
    }
    case "const":
      return {
        pointer: at,
        rule: "const",
        message: {
          nb: `Må være ${JSON.stringify(p.allowedValue)}.`,
          en: `Must be ${JSON.stringify(p.allowedValue)}.`,
        },
      };
    case "uniqueItems":
      return {
        pointer: at + joinPointer(n("i")),
        rule: "uniqueItems",
        message: {
          nb: `Element ${n("i")} er likt element ${n("j")}: hvert element kan bare stå én gang.`,
          en: `Item ${n("i")} is the same as item ${n("j")}: each may appear only once.`,
        },
      };
    case "discriminator": {
      const tag = String(p.tag);
      const value = valueAt(data, at + joinPointer(tag));
      return value === undefined
        ? {
            pointer: at + joinPointer(tag),
            rule: "required",
            message: { nb: `Feltet «${tag}» mangler.`, en: `The field "${tag}" is missing.` },
          }
        : {
            pointer: at + joinPointer(tag),
            rule: "enum",
            message: {
              nb: `Ukjent type «${clip(value)}»: bruk wheel, network, reflection, scale, choice eller text.`,
              en: `Unknown type "${clip(value)}": use wheel, network, reflection, scale, choice or text.`,
            },
          };
    }
    case "anyOf":
      return {
        pointer: at,
        rule: "anyOf",
        message: {
          nb: "Verdien har feil form: se dokumentasjonen for feltet.",
          en: "The value has the wrong form: see the field's documentation.",
        },
      };
    case "propertyNames":
    case "oneOf":
      return undefined; // the error inside says more; these wrappers only repeat it
    default:
      return {
        pointer: at,
        rule: e.keyword,
        message: { nb: `Brudd på regelen «${e.keyword}».`, en: `Breaks the rule "${e.keyword}".` },
      };
  }
}

/**
 * The errors an anyOf left behind, reduced to what the author needs (the one anyOf in our schemas:
 * a choice is one option id or a list of them). Ajv reports each branch's errors, then the anyOf.
 * A branch whose type the value does not have says nothing about the value; another branch's own
 * errors (an id of the wrong form, item 2 not a string, an item repeated) say exactly what is wrong.
 * When no branch has the value's type, one sentence names the types that would do.
 * Returns the indexes of errors to leave out, and the problems to report instead of the anyOfs.
 */
function anyOfProblems(errors: readonly AjvError[]): [Set<number>, Map<number, Problem>] {
  const drop = new Set<number>();
  const instead = new Map<number, Problem>();
  errors.forEach((e, i) => {
    if (e.keyword !== "anyOf") return;
    const at = e.instancePath;
    // The branches' errors: those just before it, at its value or inside it.
    let first = i;
    while (first > 0 && isAtOrUnder(errors[first - 1]!.instancePath, at)) first--;
    const wrongType: string[] = [];
    let specific = false;
    for (let j = first; j < i; j++) {
      const b = errors[j]!;
      if (b.keyword === "type" && b.instancePath === at) {
        wrongType.push(String(b.params.type));
        drop.add(j);
      } else specific = true;
    }
    if (specific) return void drop.add(i); // the branch's own errors stand in for "wrong form"
    if (!wrongType.length) return; // no branch errors to read: the generic sentence
    const names = [...new Set(wrongType)].map((t) => typeNames[t] ?? [t, t]);
    const list = (k: 0 | 1, or: string) => names.map((n) => n[k]).join(or);
    instead.set(i, {
      pointer: at,
      rule: "type",
      message: { nb: `Må være ${list(0, " eller ")}.`, en: `Must be ${list(1, " or ")}.` },
    });
  });
  return [drop, instead];
}

const isAtOrUnder = (path: string, at: string) => path === at || path.startsWith(at + "/");

export function problemsFromAjv(errors: readonly AjvError[], data: unknown): Problem[] {
  const [anyOfNoise, anyOfInstead] = anyOfProblems(errors);
  // An unknown section type fails both the `type` enum and the discriminator: report it once.
  const taggedPaths = new Set(
    errors
      .filter((e) => e.keyword === "discriminator")
      .map((e) => `${e.instancePath}/${String(e.params.tag)}`),
  );
  const seen = new Set<string>();
  const out: Problem[] = [];
  errors.forEach((e, i) => {
    if (anyOfNoise.has(i)) return;
    if (e.keyword === "enum" && taggedPaths.has(e.instancePath)) return;
    const problem = anyOfInstead.get(i) ?? one(e, data);
    if (!problem) return;
    const key = problem.pointer + "\u0000" + problem.rule + "\u0000" + problem.message.en;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(problem);
  });
  return out;
}
