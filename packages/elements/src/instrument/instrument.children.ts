// The famwel elements a definition's sections need, each loaded the first time a definition has one
// (a definition without a map never loads the map). In the runner's first chunk, so it can start the
// first section's as soon as it is handed a definition, beside its own lazy chunks rather than after
// them; the others follow once the first step is drawn.
const CHILDREN: Record<string, () => Promise<unknown>> = {
  wheel: () => import("../define/famwel-life-wheel.js"),
  network: () => import("../define/famwel-service-map.js"),
  reflection: () => import("../define/famwel-reflection.js"),
};

/** Loads the element a section type needs; resolves at once for native (or unknown) types. */
export const loadChild = (type: string): Promise<unknown> =>
  Object.hasOwn(CHILDREN, type) ? CHILDREN[type]!() : Promise.resolve();

/** Our elements among `types`, each once, in order. */
const ours = (types: readonly string[]) => [
  ...new Set(types.filter((t) => Object.hasOwn(CHILDREN, t))),
];

/** Loads the element of the first section that needs one of ours: usually the first step's. */
export const loadFirstChild = (types: readonly string[]): Promise<unknown> =>
  loadChild(ours(types)[0] ?? "");

/**
 * Loads the elements `types` name, the first of them first and the others once it has arrived
 * (or failed): over a slow line the chunks share the bandwidth. Resolves once all have loaded.
 * The runner asks for the others only once its first step is drawn (instrument.flow.ts).
 */
export function loadChildren(types: readonly string[]): Promise<unknown> {
  const [first = "", ...rest] = ours(types);
  const head = loadChild(first);
  const others = () => Promise.all(rest.map(loadChild));
  return Promise.all([head, head.then(others, others)]);
}

/**
 * Starts loading the element of the first section a definition names, read before it is checked:
 * whatever is not a definition, or has an unknown or hostile type, loads nothing (parseInstrument
 * says what is wrong); one that turns out bad merely loaded an element it did not need.
 */
export function preloadChildren(input: unknown): void {
  const types: string[] = [];
  try {
    for (const s of (input as { sections: { type: string }[] }).sections) types.push(s.type);
  } catch {
    return; // not iterable, null, or a throwing getter
  }
  // One that fails here is asked for again once the definition is checked (instrument.flow.ts).
  loadFirstChild(types).catch(() => undefined);
}
