// Builds the response the host receives from the runner's answers. The runner keeps every answer it
// was given or saw (a newer definition may have dropped an item, a role change may hide a section);
// the response carries only what the current definition and role can hold, so it always passes
// parseResponse and its cross-check. Nothing is thrown away from the state itself.
import type {
  AnySection,
  InstrumentDefinition,
  NetworkAnswer,
  ReflectionAnswer,
  Response,
  Role,
  Scale,
  SectionAnswer,
  WheelAnswer,
} from "@famwel/instrument/core";
import { promptsFor, visibleSections, type Answers, type RunnerState } from "./instrument.model.js";

const own = <T>(o: Readonly<Record<string, T | undefined>>, k: string): T | undefined =>
  Object.hasOwn(o, k) ? o[k] : undefined;

function onScale(v: unknown, scale: Scale | undefined): v is number {
  if (typeof v !== "number" || !scale) return false;
  const k = (v - scale.min) / (scale.step ?? 1);
  return v >= scale.min && v <= scale.max && Math.abs(k - Math.round(k)) < 1e-9;
}

/** At most `max` characters (code points, as the cross-check counts them). */
const fit = (text: string, max: number) => {
  const cps = [...text];
  return cps.length > max ? cps.slice(0, max).join("") : text;
};

function wheel(section: Extract<AnySection, { type: "wheel" }>, a: WheelAnswer): WheelAnswer {
  const known = new Set(section.domains.map((d) => d.id));
  const domains: WheelAnswer["domains"] = {};
  for (const [id, d] of Object.entries(a.domains)) {
    if (!d || (!known.has(id) && !(d.custom && d.label))) continue;
    const next = { ...d };
    if (next.current !== undefined && !onScale(next.current, section.scale)) delete next.current;
    if (next.desired !== undefined && !onScale(next.desired, section.scale)) delete next.desired;
    domains[id] = next;
  }
  const order = a.order?.filter((id) => Object.hasOwn(domains, id));
  return { type: "wheel", domains, ...(order?.length ? { order } : {}) };
}

function network(
  section: Extract<AnySection, { type: "network" }>,
  a: NetworkAnswer,
): NetworkAnswer {
  const catalog = new Set((section.catalog ?? []).map((c) => c.id));
  const sectors = new Set(section.sectors.map((s) => s.id));
  const rings = new Set(section.rings.map((r) => r.id));
  const freq = new Set((section.rate?.frequency?.options ?? []).map((o) => o.id));
  const nodes: NetworkAnswer["nodes"] = {};
  for (const [id, n] of Object.entries(a.nodes)) {
    if (!n || !sectors.has(n.sector) || !rings.has(n.ring)) continue;
    if (n.catalog !== undefined ? !catalog.has(n.catalog) : !n.label) continue;
    const next = { ...n };
    if (next.frequency !== undefined && !freq.has(next.frequency)) delete next.frequency;
    if (next.helpfulness !== undefined && !onScale(next.helpfulness, section.rate?.helpfulness))
      delete next.helpfulness;
    nodes[id] = next;
  }
  const pairs = new Set<string>();
  const links = (a.links ?? []).flatMap((l) => {
    const key = [l.a, l.b].sort().join("\u0000");
    if (l.a === l.b || !nodes[l.a] || !nodes[l.b] || pairs.has(key)) return [];
    pairs.add(key);
    const next = { ...l };
    if (next.cooperation !== undefined && !onScale(next.cooperation, section.cooperation?.scale))
      delete next.cooperation;
    return [next];
  });
  const coordinator = a.coordinator && nodes[a.coordinator.node] ? a.coordinator : undefined;
  return {
    type: "network",
    nodes,
    ...(links.length ? { links } : {}),
    ...(coordinator ? { coordinator } : {}),
  };
}

function reflection(
  section: Extract<AnySection, { type: "reflection" }>,
  a: ReflectionAnswer,
  role: Role | undefined,
): ReflectionAnswer {
  const prompts: ReflectionAnswer["prompts"] = {};
  // A respondent answers their own role's prompts only.
  for (const p of role ? promptsFor(section, role) : section.prompts) {
    const r = own(a.prompts, p.id);
    if (!r) continue;
    const next = { ...r, text: fit(r.text, p.maxLength ?? 2000) };
    // Consent only where the definition allows sharing at all.
    if (!p.shareable) delete next.share;
    prompts[p.id] = next;
  }
  return { ...a, prompts };
}

/** The part of one section answer the section can hold, or undefined when nothing is left. */
export function fitAnswer(
  section: AnySection,
  a: SectionAnswer | undefined,
  role?: Role,
): SectionAnswer | undefined {
  if (!a || a.type !== section.type) return undefined;
  let out: SectionAnswer;
  if (section.type === "wheel" && a.type === "wheel") out = wheel(section, a);
  else if (section.type === "network" && a.type === "network") out = network(section, a);
  else if (section.type === "reflection" && a.type === "reflection")
    out = reflection(section, a, role);
  else if (section.type === "scale" && a.type === "scale") {
    const items: typeof a.items = {};
    for (const i of section.items) {
      const v = own(a.items, i.id);
      if (v && onScale(v.value, section.scale)) items[i.id] = v;
    }
    out = { type: "scale", items };
  } else if (section.type === "choice" && a.type === "choice") {
    const items: typeof a.items = {};
    for (const i of section.items) {
      const v = own(a.items, i.id);
      if (!v) continue;
      const ok = new Set(i.options.map((o) => o.id));
      const picked = (Array.isArray(v.value) ? v.value : [v.value]).filter((x) => ok.has(x));
      if (i.multiple && picked.length) items[i.id] = { value: [...new Set(picked)], at: v.at };
      else if (!i.multiple && picked.length === 1) items[i.id] = { value: picked[0]!, at: v.at };
    }
    out = { type: "choice", items };
  } else if (section.type === "text" && a.type === "text") {
    const items: typeof a.items = {};
    for (const i of section.items) {
      const v = own(a.items, i.id);
      if (v) items[i.id] = { value: fit(v.value, i.maxLength ?? 2000), at: v.at };
    }
    out = { type: "text", items };
  } else return undefined;
  const content =
    out.type === "wheel"
      ? out.domains
      : out.type === "network"
        ? out.nodes
        : out.type === "reflection"
          ? out.prompts
          : out.items;
  return Object.keys(content).length ? out : undefined;
}

/** Answers for the sections `role` sees, fitted to the definition. */
export function responseAnswers(
  def: InstrumentDefinition,
  answers: Answers,
  role: RunnerState["role"],
): Response["answers"] {
  const out: Response["answers"] = {};
  for (const s of visibleSections(def, role)) {
    const a = fitAnswer(s, own(answers, s.id), role);
    if (a) out[s.id] = a;
  }
  return out;
}

export interface AssembleOptions {
  /** `instrumentHash(definition)`. */
  hash: string;
  status: Response["status"];
  /** The time now: `created` when nothing was answered yet, and `updated` of a completed response. */
  now: string;
}

/** The response for the host: a draft (`in-progress`) or the submitted reading (`completed`). */
export function assembleResponse(
  def: InstrumentDefinition,
  state: RunnerState,
  { hash, status, now }: AssembleOptions,
): Response {
  const created = state.created ?? now;
  const last = status === "completed" ? now : (state.updated ?? now);
  return {
    id: state.id,
    instrument: { id: def.id, version: def.version, hash },
    role: state.role,
    locale: state.locale,
    status,
    created,
    // Compared as instants: a resumed response may write "…00Z" where we write "…00.000Z".
    updated: Date.parse(last) < Date.parse(created) ? created : last,
    answers: withoutSelfReference(responseAnswers(def, state.answers, state.role), state.id),
    ...(state.orphans?.length ? { orphans: state.orphans } : {}),
  };
}

/** A reflection written inside this very reading is about it already; a pointer to itself says nothing. */
function withoutSelfReference(answers: Response["answers"], id: string): Response["answers"] {
  for (const [sid, a] of Object.entries(answers))
    if (a?.type === "reflection" && a.about?.response === id) {
      const { about: _self, ...rest } = a;
      answers[sid] = rest;
    }
  return answers;
}
