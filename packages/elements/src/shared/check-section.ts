// Checks a section an element was handed; elements load this module (and its checker) lazily, so a
// page that validates once at its boundary (parseInstrument) never downloads any of it. The
// cross-field rules are a static import: they travel in the checker's chunk, not in a request after it.
import * as check from "@famwel/instrument/check";
import type { Problem } from "@famwel/instrument/core";

/** The element's own precompiled section validator, loaded on demand (`() => import(…)`). */
export type ValidatorLoader = () => Promise<{
  validate: (d: unknown) => boolean;
  errors: () => unknown[];
}>;

// As parseInstrument's cap (the schemas need at most 8 levels).
const MAX_DEPTH = 16;

/**
 * Where `value` nests deeper than MAX_DEPTH, if it does. A cycle in a host's object does at once:
 * walked without this, the entry count below followed it four million steps deep (seconds).
 */
function tooDeep(value: unknown): string | undefined {
  const stack: Array<[unknown, string, number]> = [[value, "", 0]];
  for (let visited = 0; stack.length > 0 && visited < 4_000_000; visited++) {
    const [v, pointer, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth > MAX_DEPTH) return pointer;
    for (const k of Object.keys(v))
      stack.push([
        (v as Record<string, unknown>)[k],
        `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        depth + 1,
      ]);
  }
  return undefined;
}

/**
 * The problems of a section, with pointers prefixed by `base` (e.g. `/sections/2`); empty when it is
 * usable. `candidate` is undefined when the instrument has no such section (`name` says which).
 */
export async function checkSection(
  kind: string,
  load: ValidatorLoader,
  candidate: unknown,
  base: string,
  name = "",
): Promise<Problem[]> {
  if (candidate === undefined)
    return [
      {
        pointer: "/sections",
        rule: "reference",
        message: {
          nb: `Fant ingen seksjon av typen ${kind} med id «${name}».`,
          en: `No ${kind} section with the id "${name}" was found.`,
        },
      },
    ];
  const { validate, errors } = await load();
  // A list far longer than any schema allows is refused before validation: reporting each of its
  // entries would take the page's main thread for minutes (100 000 sectors: two minutes).
  const deep = tooDeep(candidate);
  const wide = deep === undefined ? check.widestEntry(candidate, check.MAX_ENTRIES) : undefined;
  const problems: Problem[] =
    deep !== undefined
      ? [
          {
            pointer: deep,
            rule: "maxDepth",
            message: {
              nb: `For dypt nøstet her (eller en løkke): høyst ${MAX_DEPTH} nivåer er tillatt.`,
              en: `Nested too deeply here (or a cycle): at most ${MAX_DEPTH} levels allowed.`,
            },
          },
        ]
      : wide
        ? [check.widthProblem(wide.pointer, wide.count, check.MAX_ENTRIES)]
        : validate(candidate)
          ? check.crossCheckSection(candidate as Parameters<typeof check.crossCheckSection>[0])
              .errors
          : check.problemsFromAjv(
              errors() as Parameters<typeof check.problemsFromAjv>[0],
              candidate,
            );
  return check.capProblems(problems).map((p) => ({ ...p, pointer: base + p.pointer }));
}
