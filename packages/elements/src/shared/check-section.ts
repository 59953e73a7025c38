// Checks a section an element was handed; elements load this module (and its checker) lazily, so a
// page that validates once at its boundary (parseInstrument) never downloads any of it. The
// cross-field rules are a static import: they travel in the checker's chunk, not in a request after it.
import * as check from "@famwel/instrument/check";
import type { Problem } from "@famwel/instrument/core";

/** An element's own precompiled section validator (Ajv standalone), imported by its check module so
 * that both travel in one chunk. */
export interface SectionValidator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}

/**
 * The problems of a section, with pointers prefixed by `base` (e.g. `/sections/2`); empty when it is
 * usable. `candidate` is undefined when the instrument has no such section (`name` says which).
 * The list carries `section`: the checked copy, which the element draws instead of the host's object.
 */
export function checkSection(
  kind: string,
  validate: SectionValidator,
  candidate: unknown,
  base: string,
  name = "",
): Problem[] {
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
  // Copied first, each property read once, with parseInstrument's caps (depth, which also stops a
  // cycle, entries and bytes) applied while copying: a getter or Proxy cannot pass the check and
  // then hand the element something else, and a list of 100 000 sectors is refused in one step
  // instead of being reported entry by entry. The element draws the copy (`section` below).
  const copied = check.copyJson(candidate, check.MAX_INSTRUMENT_BYTES);
  const section = "value" in copied ? copied.value : undefined;
  const problems: Problem[] =
    "problem" in copied
      ? [copied.problem]
      : validate(section)
        ? check.crossCheckSection(section as Parameters<typeof check.crossCheckSection>[0]).errors
        : check.problemsFromAjv(
            (validate.errors ?? []) as Parameters<typeof check.problemsFromAjv>[0],
            section,
          );
  const out = check.capProblems(problems).map((p) => ({ ...p, pointer: base + p.pointer }));
  return Object.assign(out, { section });
}
