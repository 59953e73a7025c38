// Progress over time, with no DOM and no chart library: a series of famwel responses becomes one
// line per wheel domain (or per service, for a network's helpfulness), with a value or a reason
// for its absence at each reading, and the "distance travelled" from the first rating to the latest.
// The element, its table and the lazily loaded chart all draw from what this module returns.
import { localeChain, localize } from "@famwel/instrument/core";
import { lookOf, type Point } from "./progress-chart.looks.js";
import type { NetworkSection, Response, Scale, WheelSection } from "@famwel/instrument/core";

export type ChartSection = WheelSection | NetworkSection;
export type Layer = "current" | "desired";

/** Why a cell has no value: never rated there, removed by the family, or not on the map/wheel yet. */
export type Missing = "notRated" | "removed" | "absent";

export interface Reading {
  /** The response's id. */
  id: string;
  /** When the reading was last changed (`updated`): readings are ordered by it, then by `created`. */
  at: string;
  /** Where the response was in the array the host passed. */
  index: number;
}

export interface Series {
  /** The domain's (or node's) stable id, the same in every reading. */
  id: string;
  /** The latest of the family's own names for it, else the definition's (or catalog's) label. */
  label: string;
  /** The language of `label`; undefined for the family's own words. */
  lang: string | undefined;
  /** The family added it (a wheel domain of its own, or a node not from the catalog). */
  custom: boolean;
  /** One entry per reading: the rating, or why there is none. */
  points: Array<number | Missing>;
}

export interface Progress {
  readings: Reading[];
  series: Series[];
  scale: Scale;
}

export interface Distance {
  id: string;
  label: string;
  /** How many readings rated it. */
  rated: number;
  first?: number;
  latest?: number;
  /** latest − first; 0 when rated once. */
  change?: number;
}

/** More readings than this are refused: the chart and table would be unreadable long before. */
export const MAX_READINGS = 200;

/** An own property of a record from outside (never one of Object.prototype's). */
export const own = <T>(o: Record<string, T> | undefined, key: string): T | undefined =>
  o && Object.hasOwn(o, key) ? o[key] : undefined;

/** Responses in reading order (updated, then created, then id); the host's order never matters. */
export function orderResponses(responses: readonly Response[]): Array<[Response, number]> {
  const key = (r: Response) => JSON.stringify(r);
  return responses
    .map((r, i): [Response, number] => [r, i])
    .sort(
      ([a], [b]) =>
        Date.parse(a.updated) - Date.parse(b.updated) ||
        Date.parse(a.created) - Date.parse(b.created) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
        // Two copies of one reading: any fixed order will do, as long as it is not the input's.
        (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
    );
}

interface Entry {
  value: number | undefined;
  removed: boolean;
  label: string | undefined;
  custom: boolean;
  catalog: string | undefined;
}

/** What one reading says about each domain or node of this section, in the answer's own order. */
function entries(section: ChartSection, r: Response, layer: Layer): Map<string, Entry> | undefined {
  const answer = own(r.answers, section.id);
  const out = new Map<string, Entry>();
  if (section.type === "wheel" && answer?.type === "wheel") {
    const ids = [...(answer.order ?? []), ...Object.keys(answer.domains)];
    for (const id of ids) {
      const d = own(answer.domains, id);
      if (!d || out.has(id)) continue;
      out.set(id, {
        value: d[layer],
        removed: d.removed === true,
        label: d.label,
        custom: d.custom === true,
        catalog: undefined,
      });
    }
    return out;
  }
  if (section.type === "network" && answer?.type === "network") {
    for (const [id, n] of Object.entries(answer.nodes)) {
      if (!n) continue;
      out.set(id, {
        value: n.helpfulness,
        removed: n.removed === true,
        label: n.label,
        custom: n.catalog === undefined,
        catalog: n.catalog,
      });
    }
    return out;
  }
  return undefined; // this response did not answer the section: not a reading of it
}

/** The scale values are read on: the wheel's, or the network's helpfulness scale. */
export function scaleOf(section: ChartSection): Scale | undefined {
  return section.type === "wheel" ? section.scale : section.rate?.helpfulness;
}

/**
 * One series per domain (wheel: the definition's, then the family's own in the order they first
 * appeared, followed by id across readings) or per rated node (network), with a point per reading.
 */
export function progress(
  section: ChartSection,
  responses: readonly Response[],
  options: { layer?: Layer; locale: string; fallbacks?: readonly string[] },
): Progress {
  const { layer = "current", locale, fallbacks = [] } = options;
  const readings: Reading[] = [];
  const answers: Array<Map<string, Entry>> = [];
  const ordered = orderResponses(responses);
  // One reading per response id: an earlier version of it (a draft, before an amendment) gives way
  // to its latest, which sorts last.
  const latest = new Map(ordered.map(([r], k) => [r.id, k]));
  for (const [k, [r, index]] of ordered.entries()) {
    if (latest.get(r.id) !== k) continue;
    const e = entries(section, r, layer);
    if (!e) continue;
    readings.push({ id: r.id, at: r.updated, index });
    answers.push(e);
  }
  const ids: string[] = section.type === "wheel" ? section.domains.map((d) => d.id) : [];
  const defined = new Set(ids);
  for (const e of answers)
    for (const [id, entry] of e) {
      if (ids.includes(id)) continue;
      // A network node counts once it was rated; a wheel domain of the family's own once it was
      // there and not removed, or rated (a domain removed later keeps the readings where it had values).
      const kept =
        entry.value !== undefined || (section.type === "wheel" && entry.custom && !entry.removed);
      if (kept) ids.push(id);
    }
  const faces = section.type === "wheel" && section.variant === "faces";
  const series = ids.map((id): Series => {
    const latest = answers.findLast((e) => e.get(id)?.label !== undefined)?.get(id);
    const catalog = answers.findLast((e) => e.get(id)?.catalog !== undefined)?.get(id)?.catalog;
    const entry =
      section.type === "wheel"
        ? section.domains.find((d) => d.id === id)
        : section.catalog?.find((c) => c.id === catalog);
    // The family's own name wins on the wheel; on the map a catalog service keeps the catalog's name.
    const text = entry
      ? localize(
          (faces && "childLabel" in entry && entry.childLabel) || entry.label,
          locale,
          fallbacks,
        )
      : undefined;
    const ownWords = section.type === "wheel" || !text ? latest?.label : undefined;
    return {
      id,
      label: ownWords ?? text?.text ?? id,
      lang: ownWords ? undefined : text?.locale,
      custom: section.type === "wheel" ? !defined.has(id) : !entry,
      points: answers.map((e) => {
        const a = e.get(id);
        if (!a) return defined.has(id) ? "notRated" : "absent";
        if (a.removed) return "removed";
        return a.value ?? "notRated";
      }),
    };
  });
  return { readings, series, scale: scaleOf(section) ?? { min: 0, max: 10 } };
}

/** The series left after the filter: every series whose id is not hidden, in order. */
export function visibleSeries(p: Progress, hidden: ReadonlySet<string>): Series[] {
  return p.series.filter((s) => !hidden.has(s.id));
}

/** One line of the chart: not-rated points are gaps (null). */
export interface ChartSeries {
  id: string;
  label: string;
  values: Array<number | null>;
  /** Position in the full list of series: a line keeps its look when others are filtered out. */
  style: number;
  /** Its point shape and dash (progress-chart.looks.ts), handed over so chart.js's chunk stays one file. */
  point: Point;
  dash: readonly number[];
}

/** What the lazily loaded chart module draws. */
export interface ChartInput {
  /** One category per reading (its date). */
  labels: string[];
  series: ChartSeries[];
  min: number;
  max: number;
  step: number | undefined;
  rtl: boolean;
  /** Each line's colour by its `style`, as the element's CSS has it; the text colour when missing. */
  colors?: string[];
}

/** The chart's data for the lines left after the filter; undefined when there is nothing to draw. */
export function chartInput(
  p: Progress,
  hidden: ReadonlySet<string>,
  labels: string[],
  rtl: boolean,
): ChartInput | undefined {
  const series = visibleSeries(p, hidden);
  if (p.readings.length === 0 || series.length === 0) return undefined;
  return {
    labels,
    series: series.map((s) => ({
      id: s.id,
      label: s.label,
      values: s.points.map((v) => (typeof v === "number" ? v : null)),
      style: p.series.indexOf(s),
      point: lookOf(p.series.indexOf(s)).point,
      dash: lookOf(p.series.indexOf(s)).dash,
    })),
    min: p.scale.min,
    max: p.scale.max,
    step: p.scale.step,
    rtl,
  };
}

/** First and latest rated value of a series, and the change between them. */
export function distance(s: Series): Distance {
  const rated = s.points.filter((v): v is number => typeof v === "number");
  const out: Distance = { id: s.id, label: s.label, rated: rated.length };
  if (rated.length === 0) return out;
  const first = rated[0]!;
  const latest = rated[rated.length - 1]!;
  return { ...out, first, latest, change: +(latest - first).toFixed(6) };
}

/** Column headers: each reading's date in the locale; the time too where two share a date. */
export function readingLabels(readings: readonly Reading[], locale: string): string[] {
  const format = (at: string, withTime: boolean) => {
    const options: Intl.DateTimeFormatOptions = {
      dateStyle: "medium",
      timeStyle: withTime ? "short" : undefined,
    };
    try {
      return new Intl.DateTimeFormat(localeChain(locale), options).format(new Date(at));
    } catch {
      return at.slice(0, withTime ? 16 : 10); // an unknown locale tag must not break rendering
    }
  };
  const dates = readings.map((r) => format(r.at, false));
  const labels = dates.map((d, i) =>
    dates.indexOf(d) === dates.lastIndexOf(d) ? d : format(readings[i]!.at, true),
  );
  // Two readings in the same minute still get headers a reader can tell apart.
  return labels.map((l, i) =>
    labels.indexOf(l) === i ? l : `${l} (${labels.slice(0, i + 1).filter((x) => x === l).length})`,
  );
}

/**
 * `text`, formatted from a template that puts a colon after `{title}`, without that colon when the
 * title ends in punctuation of its own: "Hvem er rundt familien? hvor mye …", not "familien?: hvor".
 * Done on the formatted text, so it holds in every language, a host's own templates included.
 */
export const afterTitle = (text: string, title: string): string =>
  /[\p{Term}…]$/u.test(title)
    ? // A function, not a string, puts the title back: a "$&" in it stays as it is.
      text.replace(title, "\0").replace(/\0(\s*[:：])?/, () => title)
    : text;

/**
 * A number in the locale ("2,5" in Norwegian). Dates and numbers go through the locale's chain
 * (localeChain): a browser without the locale's own data (Chromium has none for nynorsk, Sami,
 * Tigrinya or Somali) then uses its neighbour's, bokmål for nynorsk and Sami, not American English.
 */
export function formatValue(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(localeChain(locale), { maximumFractionDigits: 2 }).format(value);
  } catch {
    return String(value);
  }
}

/** A change with its sign: "+3", "−2" (a real minus sign, read as "minus"), "±0". */
export function formatChange(change: number, locale: string): string {
  if (change === 0) return `±${formatValue(0, locale)}`;
  return `${change > 0 ? "+" : "\u2212"}${formatValue(Math.abs(change), locale)}`;
}
