// fast-check arbitraries for VALID instrument definitions and for valid responses to a given one.
// Written from the schema and the documented cross-field rules (not from the implementation): unique
// ids at every level, references that exist, scales whose step divides them, anchors on the scale,
// every human string in the default locale. Generation is imperative (fc.gen) because so much depends
// on what was drawn before.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import type { InstrumentDefinition, Response } from "../src/index.js";

export const LOCALES = ["nb", "nn", "en", "se", "ar"] as const;
export const ROLES = ["family", "child", "employee", "manager"] as const;
const SECTION_TYPES = ["wheel", "network", "reflection", "scale", "choice", "text"] as const;

type G = fc.GeneratorValue;
type Json = Record<string, unknown>;

/** Ids as authors write them, and the odd ones the pattern allows (digits only, 64 characters, dots). */
export const idArb = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,3}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/) },
);

/** The schema's rule for a localized text: one character that is not a space, zero-width or control. */
const visible = new RegExp(
  (
    JSON.parse(readFileSync(new URL("../schema/instrument.v1.json", import.meta.url), "utf8")) as {
      $defs: { label: { additionalProperties: { pattern: string } } };
    }
  ).$defs.label.additionalProperties.pattern,
  "u",
);

/** Human text: any Unicode code points (astral included), 1 to 20 of them, one of them visible. */
const textArb = fc
  .string({ unit: "binary", minLength: 1, maxLength: 20 })
  .filter((text) => visible.test(text));
const versionArb = fc.stringMatching(
  /^(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})(-[0-9A-Za-z.-]{1,8})?$/,
);
const percent = fc.integer({ min: 0, max: 99 });

// Building an arbitrary costs far more than drawing from one, so every draw below uses one built once.
const nat = fc.nat({ max: 1_000_000 });
const idLists = new Map<string, fc.Arbitrary<string[]>>();

/** `min` to `max` distinct ids. */
function ids(g: G, min: number, max: number): string[] {
  const key = `${min}-${max}`;
  let arb = idLists.get(key);
  if (!arb) idLists.set(key, (arb = fc.uniqueArray(idArb, { minLength: min, maxLength: max })));
  return g(() => arb);
}

function int(g: G, min: number, max: number): number {
  return min + (g(() => nat) % (max - min + 1));
}

function pick<T>(g: G, from: readonly T[]): T {
  return from[int(g, 0, from.length - 1)]!;
}

/** Some of `from`, at least `min`, in a random order. */
function some<T>(g: G, from: readonly T[], min = 0): T[] {
  const keyed = from.map((x) => [g(() => nat), x] as const).sort((a, b) => a[0] - b[0]);
  const n = int(g, Math.min(min, from.length), from.length);
  return keyed.slice(0, n).map(([, x]) => x);
}

interface Ctx {
  locales: string[];
  defaultLocale: string;
}

const localizedArbs = new Map<string, fc.Arbitrary<Record<string, string>>>();

/** A localised map: always the default locale, plus any of the others. */
function localized(g: G, ctx: Ctx): Record<string, string> {
  const key = `${ctx.defaultLocale} ${ctx.locales.join(" ")}`;
  let arb = localizedArbs.get(key);
  if (!arb) {
    arb = fc.record(Object.fromEntries(ctx.locales.map((l) => [l, textArb])), {
      requiredKeys: [ctx.defaultLocale],
    });
    localizedArbs.set(key, arb);
  }
  return g(() => arb);
}

function maybe(g: G, chance = 0.5): boolean {
  return g(() => percent) < chance * 100;
}

function option(g: G, ctx: Ctx, id: string): Json {
  return { id, label: localized(g, ctx) };
}

/** A scale whose step divides it into at most 200 steps, with anchors on it. */
function scale(g: G, ctx: Ctx): Json {
  const min = int(g, -100, 99);
  const max = int(g, min + 1, Math.min(100, min + 200));
  const range = max - min;
  const steps = [
    ...Array.from({ length: Math.min(range, 100) }, (_, i) => i + 1).filter((s) => range % s === 0),
    0.5,
    0.25,
  ].filter((s) => range / s <= 200);
  const step = pick<number | undefined>(g, [undefined, ...steps]);
  const count = range / (step ?? 1);
  const out: Json = { min, max };
  if (step !== undefined) out.step = step;
  if (maybe(g)) {
    const at = [...new Set(Array.from({ length: int(g, 1, 5) }, () => int(g, 0, count)))];
    out.anchors = at.map((i) => ({ value: min + i * (step ?? 1), label: localized(g, ctx) }));
  }
  return out;
}

function subRoles(g: G, roles: readonly string[]): string[] {
  return some(g, roles, 1);
}

function section(
  g: G,
  ctx: Ctx,
  type: string,
  id: string,
  roles: string[],
  aboutable: string[],
): Json {
  const s: Json = { type, id, title: localized(g, ctx) };
  if (maybe(g, 0.3)) s.description = localized(g, ctx);
  const ownRoles = maybe(g, 0.3) ? subRoles(g, roles) : undefined;
  if (ownRoles) s.roles = ownRoles;
  switch (type) {
    case "wheel": {
      const domainIds = ids(g, 0, 6);
      s.scale = scale(g, ctx);
      s.domains = domainIds.map((d) => ({
        id: d,
        label: localized(g, ctx),
        ...(maybe(g, 0.2) ? { childLabel: localized(g, ctx) } : {}),
        ...(maybe(g, 0.2) ? { description: localized(g, ctx) } : {}),
      }));
      const add = domainIds.length === 0 || maybe(g, 0.3);
      if (add || maybe(g, 0.2)) s.custom = { add, rename: maybe(g), remove: maybe(g) };
      if (maybe(g, 0.3)) {
        const lo = int(g, 1, Math.max(1, domainIds.length));
        s.minDomains = lo;
        s.maxDomains = int(g, Math.max(lo, domainIds.length), 24);
      }
      if (maybe(g, 0.3)) s.variant = pick(g, ["standard", "faces"]);
      if (maybe(g, 0.3)) s.desired = maybe(g);
      if (maybe(g, 0.3)) {
        s.notes = true;
        s.notePrompt = localized(g, ctx);
      }
      if (maybe(g, 0.2)) s.required = maybe(g);
      break;
    }
    case "network": {
      const sectors = ids(g, 1, 4);
      s.sectors = sectors.map((x) => option(g, ctx, x));
      s.rings = ids(g, 1, 3).map((x) => option(g, ctx, x));
      if (maybe(g)) {
        s.catalog = ids(g, 0, 5).map((x) => ({
          id: x,
          label: localized(g, ctx),
          sector: pick(g, sectors),
          ...(maybe(g, 0.3) ? { kind: pick(g, ["service", "person", "group"]) } : {}),
          ...(maybe(g, 0.2) ? { keywords: localized(g, ctx) } : {}),
        }));
      }
      if (maybe(g)) s.allowCustom = maybe(g);
      if (maybe(g, 0.2)) s.maxNodes = int(g, 1, 120);
      if (maybe(g)) {
        const rate: Json = {};
        if (maybe(g)) rate.helpfulness = scale(g, ctx);
        if (maybe(g)) rate.frequency = { options: ids(g, 2, 4).map((x) => option(g, ctx, x)) };
        if (maybe(g)) rate.direction = maybe(g);
        if (maybe(g)) rate.important = maybe(g);
        s.rate = rate;
      }
      if (maybe(g, 0.3))
        s.cooperation = {
          scale: scale(g, ctx),
          ...(maybe(g) ? { prompt: localized(g, ctx) } : {}),
        };
      if (maybe(g, 0.3)) s.coordinator = { label: localized(g, ctx) };
      break;
    }
    case "reflection": {
      if (aboutable.length > 0 && maybe(g)) s.about = some(g, aboutable);
      const allowed = ownRoles ?? roles;
      s.prompts = ids(g, 1, 4).map((x) => ({
        id: x,
        roles: subRoles(g, allowed),
        label: localized(g, ctx),
        ...(maybe(g, 0.3) ? { guidance: localized(g, ctx) } : {}),
        ...(maybe(g, 0.3) ? { maxLength: int(g, 1, 20000) } : {}),
        ...(maybe(g, 0.3) ? { shareable: maybe(g) } : {}),
        ...(maybe(g, 0.2) ? { required: maybe(g) } : {}),
      }));
      break;
    }
    case "scale":
      s.scale = scale(g, ctx);
      s.items = ids(g, 1, 4).map((x) => ({
        id: x,
        label: localized(g, ctx),
        ...(maybe(g, 0.2) ? { required: true } : {}),
      }));
      if (maybe(g, 0.3)) s.variant = pick(g, ["standard", "faces"]);
      break;
    case "choice":
      s.items = ids(g, 1, 3).map((x) => ({
        id: x,
        label: localized(g, ctx),
        options: ids(g, 2, 4).map((o) => option(g, ctx, o)),
        ...(maybe(g) ? { multiple: maybe(g) } : {}),
      }));
      break;
    case "text":
      s.items = ids(g, 1, 3).map((x) => ({
        id: x,
        label: localized(g, ctx),
        ...(maybe(g, 0.3) ? { maxLength: int(g, 1, 20000) } : {}),
        ...(maybe(g, 0.3) ? { multiline: maybe(g) } : {}),
      }));
      break;
  }
  return s;
}

export function buildInstrument(g: G): InstrumentDefinition {
  const locales: string[] = some(g, LOCALES, 1);
  const ctx: Ctx = { locales, defaultLocale: pick(g, locales) };
  const roles: string[] = subRoles(g, ROLES);
  const sectionIds = ids(g, 1, 5);
  const types: string[] = sectionIds.map(() => pick(g, [...SECTION_TYPES]));
  const aboutable = sectionIds.filter((_, i) => types[i] === "wheel" || types[i] === "network");
  const def: Json = {
    id: g(() => idArb),
    version: g(() => versionArb),
    title: localized(g, ctx),
    locales,
    defaultLocale: ctx.defaultLocale,
    roles,
    sections: sectionIds.map((id, i) => section(g, ctx, types[i]!, id, roles, aboutable)),
  };
  if (maybe(g, 0.3)) def.description = localized(g, ctx);
  if (maybe(g, 0.3)) def.publisher = localized(g, ctx);
  return def as unknown as InstrumentDefinition;
}

/** Valid instrument definitions. */
export const instrumentArb: fc.Arbitrary<InstrumentDefinition> = fc
  .gen()
  .map((g) => buildInstrument(g));

// ------------------------------------------------------------------ responses

interface ScaleDef {
  min: number;
  max: number;
  step?: number;
}

function onScale(g: G, s: ScaleDef): number {
  const step = s.step ?? 1;
  return s.min + step * int(g, 0, Math.round((s.max - s.min) / step));
}

const answerTextArb = fc.string({ unit: "binary", maxLength: 60 });
const nameArb = fc.string({ unit: "binary", minLength: 1, maxLength: 30 });
const unit = fc.double({ min: 0, max: 1, noNaN: true });

/** A string of at most `max` code points (the unit maxLength counts in). */
function answerText(g: G, max: number): string {
  const text = g(() => answerTextArb);
  return [...text].slice(0, max).join("");
}

const MS_2020 = Date.UTC(2020, 0, 1);
const MS_2040 = Date.UTC(2040, 0, 1);

function buildResponse(g: G, def: InstrumentDefinition, hash: string): Response {
  const created = int(g, MS_2020, MS_2040);
  const updated = created + int(g, 0, 1000 * 60 * 60 * 24 * 365);
  const at = () => new Date(int(g, created, updated)).toISOString();
  const answers: Record<string, unknown> = {};
  for (const section of some(g, def.sections)) {
    switch (section.type) {
      case "wheel": {
        const domains: Record<string, unknown> = {};
        const rate = (): Json => ({
          ...(maybe(g) ? { current: onScale(g, section.scale) } : {}),
          ...(maybe(g, 0.3) ? { desired: onScale(g, section.scale) } : {}),
          ...(maybe(g, 0.2) ? { note: answerText(g, 2000) } : {}),
          at: at(),
        });
        for (const d of some(g, section.domains)) domains[d.id] = rate();
        const known = new Set(section.domains.map((d) => d.id));
        if (section.custom?.add) {
          const added = ids(g, 0, 3).filter((x) => !known.has(x));
          for (const id of added)
            domains[id] = { ...rate(), custom: true, label: g(() => nameArb) };
        }
        const own = Object.keys(domains).filter((id) => !known.has(id));
        answers[section.id] = {
          type: "wheel",
          domains,
          ...(own.length > 0 && maybe(g, 0.5) ? { order: some(g, own, own.length) } : {}),
        };
        break;
      }
      case "network": {
        const nodes: Record<string, Json> = {};
        const sectors = section.sectors.map((s) => s.id);
        const rings = section.rings.map((r) => r.id);
        const nodeIds: string[] = ids(g, 0, 6);
        for (const id of nodeIds) {
          const entry =
            section.catalog && section.catalog.length > 0 && maybe(g, 0.6)
              ? pick(g, section.catalog)
              : undefined;
          const node: Json = entry
            ? { catalog: entry.id, kind: entry.kind ?? "service", sector: entry.sector }
            : {
                label: g(() => nameArb),
                kind: pick(g, ["service", "person", "group"]),
                sector: pick(g, sectors),
              };
          node.ring = pick(g, rings);
          node.at = at();
          if (maybe(g)) node.position = g(() => unit);
          if (section.rate?.helpfulness && maybe(g))
            node.helpfulness = onScale(g, section.rate.helpfulness);
          if (section.rate?.frequency && maybe(g))
            node.frequency = pick(
              g,
              section.rate.frequency.options.map((o) => o.id),
            );
          if (maybe(g, 0.3)) node.direction = pick(g, ["to-family", "from-family", "both", "none"]);
          nodes[id] = node;
        }
        const pairs = nodeIds.flatMap((a, i) => nodeIds.slice(i + 1).map((b) => [a, b] as const));
        const links = some(g, pairs).map(([a, b]) => ({
          ...(maybe(g) ? { a, b } : { a: b, b: a }),
          at: at(),
          ...(section.cooperation && maybe(g)
            ? { cooperation: onScale(g, section.cooperation.scale) }
            : {}),
        }));
        const answer: Json = { type: "network", nodes };
        if (links.length > 0 || maybe(g)) answer.links = links;
        if (nodeIds.length > 0 && maybe(g, 0.3))
          answer.coordinator = { node: pick(g, nodeIds), at: at() };
        answers[section.id] = answer;
        break;
      }
      case "reflection": {
        const prompts: Record<string, unknown> = {};
        for (const p of some(g, section.prompts))
          prompts[p.id] = {
            text: answerText(g, p.maxLength ?? 2000),
            at: at(),
            ...(p.shareable && maybe(g) ? { share: true } : maybe(g, 0.2) ? { share: false } : {}),
          };
        answers[section.id] = { type: "reflection", prompts };
        break;
      }
      case "scale": {
        const items: Record<string, unknown> = {};
        for (const item of some(g, section.items))
          items[item.id] = { value: onScale(g, section.scale), at: at() };
        answers[section.id] = { type: "scale", items };
        break;
      }
      case "choice": {
        const items: Record<string, unknown> = {};
        for (const item of some(g, section.items)) {
          const options = item.options.map((o) => o.id);
          items[item.id] = { value: item.multiple ? some(g, options) : pick(g, options), at: at() };
        }
        answers[section.id] = { type: "choice", items };
        break;
      }
      case "text": {
        const items: Record<string, unknown> = {};
        for (const item of some(g, section.items))
          items[item.id] = { value: answerText(g, item.maxLength ?? 2000), at: at() };
        answers[section.id] = { type: "text", items };
        break;
      }
    }
  }
  return {
    id: g(() => idArb),
    instrument: { id: def.id, version: def.version, hash },
    role: pick(g, def.roles),
    locale: pick(g, def.locales),
    status: pick(g, ["in-progress", "completed", "amended"]),
    created: new Date(created).toISOString(),
    updated: new Date(updated).toISOString(),
    answers,
  } as Response;
}

/** Valid responses to `def` (`hash` is stamped as is; pass instrumentHash(def)). */
export function responseArb(def: InstrumentDefinition, hash: string): fc.Arbitrary<Response> {
  return fc.gen().map((g) => buildResponse(g, def, hash));
}
