// The manager view, pure: what families and employees shared with consent, pooled per prompt so
// that no one can be picked out. Only answers to shareable prompts whose respondent chose to share
// (`share: true`, never a default) are used; a prompt shows nothing until at least `minGroup`
// distinct responses contributed; no id, name, time, language or order of arrival reaches the view.
import type { LocalizedString, ReflectionSection } from "@famwel/instrument/core";
import { DEFAULT_MIN_GROUP } from "./reflection.model.js";

export { DEFAULT_MIN_GROUP };

export type SharedPrompt =
  | { id: string; label: LocalizedString; status: "shown"; answers: string[] }
  | { id: string; label: LocalizedString; status: "too-few"; min: number };

export interface SharedOptions {
  /** Smallest number of distinct responses per prompt; invalid values mean the default. */
  minGroup?: number;
  /** Only responses to this instrument are pooled, when given. */
  instrumentId?: string;
  /** Orders the answers; by default by code point, which says nothing about who wrote what. */
  compare?: (a: string, b: string) => number;
}

/** `min-group` as given by a host: a whole number of at least 1, else the default. */
export function minGroupOf(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1
    ? value
    : DEFAULT_MIN_GROUP;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The shareable prompts of `section` with the answers shared to them. `responses` come from a host
 * and are read defensively: anything malformed is skipped, never shown.
 */
export function sharedReflections(
  section: ReflectionSection,
  responses: readonly unknown[],
  options: SharedOptions = {},
): SharedPrompt[] {
  const min = minGroupOf(options.minGroup);
  const compare = options.compare ?? ((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0));
  // One reading per response id: a response handed over twice (a draft and its final) counts once,
  // and its latest version wins. Two different versions with the same time are a conflict nobody can
  // settle, so that response is left out: the result never depends on the order of `responses`.
  const latest = new Map<
    string,
    { updated: string; versions: Map<string, Record<string, unknown>> }
  >();
  for (const r of responses) {
    if (!isObject(r) || typeof r.id !== "string" || r.id === "") continue;
    if (options.instrumentId !== undefined) {
      const inst = r.instrument;
      if (!isObject(inst) || inst.id !== options.instrumentId) continue;
    }
    const updated = typeof r.updated === "string" ? r.updated : "";
    const seen = latest.get(r.id);
    if (!seen || updated > seen.updated)
      latest.set(r.id, { updated, versions: new Map([[JSON.stringify(r), r]]) });
    else if (updated === seen.updated) seen.versions.set(JSON.stringify(r), r);
  }
  const readings = [...latest.values()]
    .filter((l) => l.versions.size === 1)
    .map((l) => [...l.versions.values()][0]!);
  return section.prompts
    .filter((p) => p.shareable === true)
    .map((p): SharedPrompt => {
      const answers: string[] = [];
      for (const r of readings) {
        // A prompt only pools answers from the roles it asks.
        if (typeof r.role === "string" && !(p.roles as string[]).includes(r.role)) continue;
        const sectionAnswer = isObject(r.answers) ? r.answers[section.id] : undefined;
        if (!isObject(sectionAnswer) || sectionAnswer.type !== "reflection") continue;
        const prompts = sectionAnswer.prompts;
        const a = isObject(prompts) && Object.hasOwn(prompts, p.id) ? prompts[p.id] : undefined;
        if (!isObject(a) || a.share !== true || typeof a.text !== "string") continue;
        const text = a.text.trim();
        if (text) answers.push(text);
      }
      return answers.length < min
        ? { id: p.id, label: p.label, status: "too-few", min }
        : { id: p.id, label: p.label, status: "shown", answers: answers.sort(compare) };
    });
}
