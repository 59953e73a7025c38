// The wheel's state, with no DOM: the domains as the family sees them, their ratings read out and
// set, and what stops an answer from being complete. Answers are plain JSON in the response format
// of @famwel/instrument; every transition (here and in life-wheel.model-edits.ts) returns a new
// answer and stamps the changed domain with `at`. Removing only marks a domain, so an answer is
// never lost and undo is exact.
import { localeChain, localize } from "@famwel/instrument/core";
import type { DomainAnswer, Scale, WheelAnswer, WheelSection } from "@famwel/instrument/core";
import { uiString } from "../shared/i18n.js";

export type Layer = "current" | "desired";

export interface WheelDomainView {
  id: string;
  label: string;
  /** The language the label is in (for `lang`); the family's own words carry none. */
  lang: string | undefined;
  custom: boolean;
  renamed: boolean;
  current: number | undefined;
  desired: number | undefined;
  note: string;
}

export function emptyWheelAnswer(): WheelAnswer {
  return { type: "wheel", domains: {} };
}

/** The stored answer of one domain, if any (own keys only: ids come from outside). */
export function domainEntry(answer: WheelAnswer, id: string): DomainAnswer | undefined {
  return Object.hasOwn(answer.domains, id) ? answer.domains[id] : undefined;
}

/** The domains the family sees, in order: the definition's, then its own in the order added. */
export function wheelDomains(
  section: WheelSection,
  answer: WheelAnswer,
  locale: string,
  fallbacks: readonly string[] = [],
): WheelDomainView[] {
  const faces = section.variant === "faces";
  const view = (
    id: string,
    defined?: WheelSection["domains"][number],
  ): WheelDomainView | undefined => {
    const a = domainEntry(answer, id);
    if (a?.removed) return undefined;
    const text = defined
      ? localize((faces && defined.childLabel) || defined.label, locale, fallbacks)
      : undefined;
    const own = a?.label;
    return {
      id,
      label: own ?? text?.text ?? id,
      lang: own ? undefined : text?.locale,
      custom: !defined,
      renamed: Boolean(defined && own),
      current: a?.current,
      desired: a?.desired,
      note: a?.note ?? "",
    };
  };
  const out: WheelDomainView[] = [];
  const known = new Set<string>();
  for (const d of section.domains) {
    known.add(d.id);
    const v = view(d.id, d);
    if (v) out.push(v);
  }
  const customIds = [...(answer.order ?? []), ...Object.keys(answer.domains)];
  for (const id of new Set(customIds)) {
    if (known.has(id) || !domainEntry(answer, id)?.custom) continue;
    const v = view(id);
    if (v) out.push(v);
  }
  return out;
}

/** A new answer with one domain's rating on one layer set (or removed, for `undefined`) and stamped. */
export function setRating(
  answer: WheelAnswer,
  id: string,
  layer: Layer,
  value: number | undefined,
  now: string,
): WheelAnswer {
  // As updateDomain (life-wheel.model-edits.ts) would, without its generality in the first load.
  const next: DomainAnswer = { ...domainEntry(answer, id), [layer]: value, at: now };
  if (value === undefined) delete next[layer];
  return { ...answer, domains: { ...answer.domains, [id]: next } };
}

// ---- the scale -------------------------------------------------------------------------------

export function snap(value: number, scale: Scale): number {
  const step = scale.step ?? 1;
  const k = Math.round((Math.min(scale.max, Math.max(scale.min, value)) - scale.min) / step);
  return Math.min(scale.max, +(scale.min + k * step).toFixed(6));
}

/** The WAI-ARIA slider keys; `undefined` when the key is not the slider's. Left/right follow the text direction. */
export function keyStep(
  value: number | undefined,
  key: string,
  scale: Scale,
  dir: "ltr" | "rtl" = "ltr",
): number | undefined {
  const step = scale.step ?? 1;
  const big = step * Math.max(1, Math.round((scale.max - scale.min) / step / 5));
  const flip = dir === "rtl" ? -1 : 1;
  const delta: Record<string, number> = {
    ArrowUp: step,
    ArrowRight: step * flip,
    ArrowDown: -step,
    ArrowLeft: -step * flip,
    PageUp: big,
    PageDown: -big,
  };
  if (key === "Home") return scale.min;
  if (key === "End") return scale.max;
  const d = delta[key];
  if (d === undefined) return undefined;
  return value === undefined ? scale.min : snap(value + d, scale);
}

/** Reads a value with its anchor: "6 av 10, ganske bra", or "6 av 10, mellom «Greit» og «Veldig bra»". */
export function valueText(
  value: number | undefined,
  scale: Scale,
  locale: string,
  fallbacks: readonly string[] = [],
): string {
  if (value === undefined) return uiString(locale, "notRated");
  const base = uiString(locale, "valueOfMax", {
    value: formatNumber(value, locale),
    max: formatNumber(scale.max, locale),
  });
  const sep = uiString(locale, "listSep");
  const anchors = [...(scale.anchors ?? [])].sort((a, b) => a.value - b.value);
  const exact = anchors.find((a) => a.value === value);
  if (exact) return `${base}${sep}${localize(exact.label, locale, fallbacks).text}`;
  const low = anchors.filter((a) => a.value < value).pop();
  const high = anchors.find((a) => a.value > value);
  if (!low || !high) return base;
  return `${base}${sep}${uiString(locale, "between", { low: localize(low.label, locale, fallbacks).text, high: localize(high.label, locale, fallbacks).text })}`;
}

// Small whole numbers in our own languages are written as plain digits, which is what
// Intl.NumberFormat gives for them: the first formatter in a page loads the locale's number data,
// which the bench measured at 29–44 ms of a 12-domain wheel's first render. Other numbers and
// languages (e.g. Arabic digits, the minus sign, decimal commas) go through Intl, one formatter
// per locale, given the locale's chain: Chromium has no number data for nynorsk or Sami, and Intl
// would fall back to American English ("4.5"), not to bokmål ("4,5").
const plainDigits = /^(nb|nn|no|en|se|smj|sma)\b/;
const formats = new Map<string, Intl.NumberFormat | undefined>();

export function formatNumber(value: number, locale: string): string {
  if (
    Number.isInteger(value) &&
    value >= 0 &&
    value < 1000 &&
    !Object.is(value, -0) &&
    plainDigits.test(locale)
  )
    return String(value);
  if (!formats.has(locale)) {
    let format: Intl.NumberFormat | undefined;
    try {
      format = new Intl.NumberFormat(localeChain(locale), { maximumFractionDigits: 2 });
    } catch {
      /* an unknown locale tag must not break rendering: plain digits */
    }
    formats.set(locale, format);
  }
  return formats.get(locale)?.format(value) ?? String(value);
}

export interface WheelValidity {
  missing: string[];
  tooFew: boolean;
}

/** What stops the answer from being complete: unrated domains (when required) and too few domains. */
export function wheelValidity(
  section: WheelSection,
  domains: readonly WheelDomainView[],
): WheelValidity {
  return {
    missing: section.required
      ? domains.filter((d) => d.current === undefined).map((d) => d.label)
      : [],
    tooFew: domains.length < (section.minDomains ?? 1),
  };
}

// Adding, renaming, removing and carrying domains forward are in life-wheel.model-edits.ts, a file of
// their own so that a page that shows and rates the wheel does not load them before the views need them.
