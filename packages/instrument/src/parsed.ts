// Definitions that came through parseInstrument are deep-frozen and remembered here, so elements
// handed one (or one of its sections) need not validate it again, nor load the validators at all.
const parsed = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Freezes a validated definition and marks it and each of its sections as checked. */
export function markParsed<T extends { sections?: readonly object[] }>(definition: T): T {
  deepFreeze(definition);
  parsed.add(definition);
  for (const section of definition.sections ?? []) parsed.add(section);
  return definition;
}

/** True when `value` is a definition, or a section of one, returned by parseInstrument. */
export function isParsed(value: unknown): boolean {
  return value !== null && typeof value === "object" && parsed.has(value);
}
