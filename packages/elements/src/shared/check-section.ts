// Checks a section an element was handed. Definitions from parseInstrument are already checked and
// cost nothing here; anything else loads the precompiled validator and the cross-field rules on
// demand, so a page that validates once at its boundary never downloads them.
import { isParsed, type Problem } from "@famwel/instrument/core";

type Kind = "wheel";

const loaders: Record<
  Kind,
  () => Promise<{ validate: (d: unknown) => boolean; errors: () => unknown[] }>
> = {
  wheel: async () => {
    const { validateWheelSection: v } = await import("@famwel/instrument/validators/wheel-section");
    return { validate: v, errors: () => v.errors ?? [] };
  },
};

/** The problems of a section, with pointers prefixed by `base` (e.g. `/sections/2`); empty when it is usable. */
export async function checkSection(
  kind: Kind,
  candidate: unknown,
  base: string,
): Promise<Problem[]> {
  if (isParsed(candidate)) return [];
  const [{ validate, errors }, check] = await Promise.all([
    loaders[kind](),
    import("@famwel/instrument/check"),
  ]);
  const problems = validate(candidate)
    ? check.crossCheckSection(candidate as Parameters<typeof check.crossCheckSection>[0]).errors
    : check.problemsFromAjv(errors() as Parameters<typeof check.problemsFromAjv>[0], candidate);
  return problems.map((p) => ({ ...p, pointer: base + p.pointer }));
}
