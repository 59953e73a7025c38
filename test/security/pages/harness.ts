// Builds one security page from cases.ts: `?element=wheel&state=rated` mounts that element in that
// state inside a real <form>. The tests drive it from Node through Playwright. No inline script, no
// innerHTML: this page runs under the strict policy too. `?element=wheel,map` mounts several side by
// side (fault isolation), `?defs=…` uses another definition file from /defs/.
import { defines } from "famwel:defines";
import { ELEMENTS, type StateName } from "../cases.js";

interface Harness {
  ready: Promise<void>;
  elements: HTMLElement[];
  missing: string[];
}
declare global {
  interface Window {
    famwelHarness: Harness;
  }
}

async function mountOne(
  key: string,
  state: StateName,
  slot: HTMLElement,
): Promise<HTMLElement | undefined> {
  const c = ELEMENTS.find((e) => e.key === key);
  const props = c?.states[state];
  if (!c || !props) throw new Error(`no case ${key}/${state}`);
  await defines[key]?.();
  if (!customElements.get(c.tag)) return undefined; // not built (yet): the test reports it as missing
  const needs = Object.values(props).includes("$instrument");
  // Same-origin fetch: allowed by connect-src 'self', like a host loading its definition file.
  const instrument: unknown = needs
    ? await (await fetch(`/defs/${c.instrument}`)).json()
    : undefined;
  const el = document.createElement(c.tag) as HTMLElement & Record<string, unknown>;
  for (const [name, value] of Object.entries(props))
    el[name] = value === "$instrument" ? instrument : value === "$bad" ? c.bad.definition : value;
  el.setAttribute("name", key);
  if (slot.id === "outside") el.setAttribute("form", "form");
  el.id = key;
  slot.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

const params = new URLSearchParams(location.search);
const keys = (params.get("element") ?? "").split(",").filter(Boolean);
const state = (params.get("state") ?? "empty") as StateName;
// `?state-instrument=src-404`: one element in another state than the others (fault isolation).
const stateOf = (key: string) => (params.get(`state-${key}`) ?? state) as StateName;
// `?outside=1`: the elements sit outside the <form> and join it with the form= attribute.
const outside = params.has("outside");
const slot = outside ? document.getElementById("outside")! : document.getElementById("slot")!;
const harness: Harness = { ready: Promise.resolve(), elements: [], missing: [] };
window.famwelHarness = harness;
harness.ready = (async () => {
  for (const key of keys) {
    const el = await mountOne(key, stateOf(key), slot);
    if (el) harness.elements.push(el);
    else harness.missing.push(key);
  }
  document.body.dataset.ready = "true";
})();
