// The famwel elements a definition's sections need, each loaded the first time a definition has one
// (a definition without a map never loads the map). In the runner's first chunk, so it can start
// them as soon as it is handed a definition, beside its own lazy chunks rather than after them.
const CHILDREN = {
  wheel: () => import("../define/famwel-life-wheel.js"),
  network: () => import("../define/famwel-service-map.js"),
  reflection: () => import("../define/famwel-reflection.js"),
} as const;

/** Loads the element a section type needs; resolves at once for native (or unknown) types. */
export function loadChild(type: string): Promise<unknown> {
  return Object.hasOwn(CHILDREN, type)
    ? CHILDREN[type as keyof typeof CHILDREN]()
    : Promise.resolve();
}

/**
 * Starts loading the elements a definition names, read before it is checked (an unknown or hostile
 * type loads nothing; a definition that turns out bad merely loaded an element it did not need).
 */
export function preloadChildren(input: unknown): Promise<unknown> {
  const types = new Set<string>();
  try {
    const sections = (input as { sections?: unknown } | null)?.sections;
    if (Array.isArray(sections))
      for (const s of sections) {
        const type = (s as { type?: unknown } | null)?.type;
        if (typeof type === "string") types.add(type);
      }
  } catch {
    /* a hostile getter: parseInstrument will say what is wrong */
  }
  return Promise.all([...types].map(loadChild));
}
