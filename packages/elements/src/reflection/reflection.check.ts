// Checks a reflection section handed to the element raw; loaded lazily, with the reflection validator
// in the same chunk (one request before the prompts can show, as check-wheel.ts). A lone section cannot know the other sections of its instrument, so `about` references
// are not judged here: the element resolves them against the instrument it is given, and shows
// nothing for an id it cannot find.
import type { Problem } from "@famwel/instrument/core";
import { validateReflectionSection as v } from "@famwel/instrument/validators/reflection-section";
import { checkSection } from "../shared/check-section.js";

export function checkReflection(candidate: unknown, base: string, name: string): Problem[] {
  const problems = checkSection("reflection", v, candidate, base, name);
  // The filtered list carries the checked copy on too (see check-section.ts): without it the element
  // fell back to drawing the host's object, which a getter could change after the check.
  return Object.assign(
    problems.filter((p) => !(p.rule === "reference" && /\/about\/\d+$/.test(p.pointer))),
    { section: (problems as { section?: unknown }).section },
  );
}
