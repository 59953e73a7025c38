// Scenario data, built in Node from the bundled instrument definitions and injected into each page
// before its scripts run (so neither contender pays for parsing it as part of its bundle).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoDir } from "./build.mjs";

const definitions = join(repoDir, "packages/instruments/definitions");
const read = (name) => JSON.parse(readFileSync(join(definitions, `${name}.json`), "utf8"));
export const AT = "2026-03-01T09:15:00.000Z";

/** The family wheel's section with `n` domains (its 10, then copies with numbered labels). */
export function wheelSection(n) {
  const base = read("family-wheel").sections.find((s) => s.type === "wheel");
  const domains = Array.from({ length: n }, (_, i) => {
    const d = base.domains[i % base.domains.length];
    if (i < base.domains.length) return d;
    const k = ` ${Math.floor(i / base.domains.length) + 1}`;
    return {
      ...d,
      id: `${d.id}-${i}`,
      label: Object.fromEntries(Object.entries(d.label).map(([l, t]) => [l, t + k])),
    };
  });
  return { ...base, domains, minDomains: Math.min(3, n), maxDomains: Math.max(12, n) };
}

/** Ratings for every domain (the first at 0, so keyboard rating can go up ten and down ten). */
export const wheelRatings = (n) =>
  Array.from({ length: n }, (_, i) => (i === 0 ? 0 : (i * 3) % 11));

export function wheelScenario(n) {
  const definition = wheelSection(n);
  const ratings = wheelRatings(n);
  const value = {
    type: "wheel",
    domains: Object.fromEntries(
      definition.domains.map((d, i) => [d.id, { current: ratings[i], at: AT }]),
    ),
  };
  return { definition, value, at: AT };
}

/** The same content for SurveyJS: the domains' bokmål names, the scale and its end labels. */
export function surveyScenario(n) {
  const s = wheelSection(n);
  const anchors = s.scale.anchors ?? [];
  return {
    labels: s.domains.map((d) => d.label.nb),
    values: wheelRatings(n),
    scale: {
      min: s.scale.min,
      max: s.scale.max,
      minText: anchors[0]?.label.nb ?? "",
      maxText: anchors.at(-1)?.label.nb ?? "",
    },
  };
}

/** The service map with `n` nodes named from its catalog, spread over sectors and rings. */
export function mapScenario(n) {
  const definition = read("service-network").sections.find((s) => s.type === "network");
  const sectors = definition.sectors.map((s) => s.id);
  const rings = definition.rings.map((r) => r.id);
  const nodes = {};
  for (let i = 0; i < n; i++) {
    const c = definition.catalog[i % definition.catalog.length];
    nodes[`n${i}`] = {
      label: i < definition.catalog.length ? c.label.nb : `${c.label.nb} ${i}`,
      kind: "service",
      sector: sectors[i % sectors.length],
      ring: rings[Math.floor(i / sectors.length) % rings.length],
      position: ((i * 0.618) % 0.9) + 0.05,
      helpfulness: i % 5,
      at: AT,
    };
  }
  return { definition, value: { type: "network", nodes }, at: AT };
}

/** The map scenario of `n` nodes as the map's pure layout takes it (width, font and measure aside). */
export function mapLayoutInput(n) {
  const { definition, value } = mapScenario(n);
  return {
    sectors: definition.sectors.map((s) => s.id),
    rings: definition.rings.map((r) => r.id),
    nodes: Object.entries(value.nodes).map(([id, v]) => ({
      id,
      label: v.label,
      sector: v.sector,
      ring: v.ring,
      position: v.position,
    })),
    sectorNames: definition.sectors.map((s) => s.label.nb),
  };
}

export const familyInstrument = () => read("family");

/** `n` readings of the family wheel, a month apart, for the progress chart. */
export function chartScenario(n, hash) {
  const instrument = read("family-wheel");
  const wheel = instrument.sections.find((s) => s.type === "wheel");
  const responses = Array.from({ length: n }, (_, k) => {
    const at = new Date(Date.UTC(2020, k, 1)).toISOString();
    return {
      id: `r${k}`,
      instrument: { id: instrument.id, version: instrument.version, hash },
      role: "family",
      locale: "nb",
      status: "completed",
      created: at,
      updated: at,
      answers: {
        [wheel.id]: {
          type: "wheel",
          domains: Object.fromEntries(
            wheel.domains.map((d, i) => [d.id, { current: (i + k * 3) % 11, at }]),
          ),
        },
      },
    };
  });
  return { instrument, responses };
}

/** A complete family response (wheel and 20 map nodes) for the validator throughput in Node. */
export function familyResponse(hash) {
  const instrument = familyInstrument();
  const wheel = wheelScenario(10);
  const map = mapScenario(20);
  return {
    id: "r1",
    instrument: { id: instrument.id, version: instrument.version, hash },
    role: "family",
    locale: "nb",
    status: "completed",
    created: AT,
    updated: AT,
    answers: { wheel: wheel.value, network: map.value },
  };
}
