// Joins a shell validator and the validators of each section (or answer) kind into one validator
// that gives the same verdict and the same errors, in the same order, as one compiled from the whole
// schema. Why not compile the whole schema: its standalone code is 7 KB gzip for a definition and
// 8.5 KB for a response, where our budget is 4 KB per precompiled validator. Split, each module
// stays under it, and the section validators the elements load are the very code parseInstrument
// runs (test/agreement.test.ts holds the joined validators to Ajv's own, error by error).
import type { AjvError, StandaloneValidator } from "./validator-types.js";

/** A precompiled validator as a parent calls it: with where the value is. */
type Part = StandaloneValidator &
  ((
    data: unknown,
    cxt: {
      instancePath: string;
      parentData: unknown;
      parentDataProperty: string | number;
      rootData: unknown;
    },
  ) => boolean);

/**
 * Calls `check` for each section (or answer), in the order the whole schema's validator visits
 * them, with where it sits (plain arguments: this runs for every answer of every response).
 */
export type Walk = (
  data: unknown,
  check: (
    value: unknown,
    instancePath: string,
    parentData: unknown,
    parentDataProperty: string | number,
  ) => void,
) => void;

/**
 * Where an instance path comes in the whole schema's walk, as numbers compared in order: an error
 * at a path that sorts after a section's is reported after that section's errors.
 */
export type Order = (instancePath: string, data: unknown) => readonly number[];

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

function later(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? -1;
    const y = b[i] ?? -1;
    if (x !== y) return x > y;
  }
  return false;
}

/**
 * Only the kind's validator runs on a section the shell's discriminator passed to a stub: an
 * object whose `type` names a kind. (Own property: a `type` of "constructor" finds nothing.)
 */
export function composeValidator(
  shell: StandaloneValidator,
  parts: Readonly<Record<string, Part>>,
  walk: Walk,
  order: Order,
): StandaloneValidator {
  const validate: StandaloneValidator = (data: unknown) => {
    const valid = shell(data);
    const shellErrors = shell.errors ?? [];
    let errors: AjvError[] | undefined; // made only when a section fails: the common case is valid
    let next = 0;
    walk(data, (value, instancePath, parentData, parentDataProperty) => {
      if (!isObject(value) || typeof value.type !== "string" || !Object.hasOwn(parts, value.type))
        return;
      const part = parts[value.type]!;
      if (part(value, { instancePath, parentData, parentDataProperty, rootData: data })) return;
      errors ??= [];
      const at = order(instancePath, data);
      while (next < shellErrors.length && !later(order(shellErrors[next]!.instancePath, data), at))
        errors.push(shellErrors[next++]!);
      errors.push(...(part.errors ?? []));
    });
    if (errors) errors.push(...shellErrors.slice(next));
    else errors = shellErrors;
    validate.errors = errors.length ? errors : null;
    return valid && errors.length === 0;
  };
  validate.errors = null;
  return validate;
}
