// Reads the server's data for this page from its JSON island. No inline script runs: the island is
// `type="application/json"`, which the browser never executes, and its text is read with textContent
// (not an HTML sink), so this works under `require-trusted-types-for 'script'`.
export function pageData<T>(): T {
  const island = document.getElementById("page-data");
  if (!island?.textContent) throw new Error("page-data island is missing");
  return JSON.parse(island.textContent) as T;
}

/** The element with this id, typed; a missing element is a server bug, so it throws. */
export function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing`);
  return el as T;
}
