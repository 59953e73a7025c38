// The wheel model's editing transitions: the family rates (by key, pointer or in the table), adds,
// renames and removes domains, and a later reading carries the family's own domains forward; and the
// child variant's faces. Only the views chunk needs them, so they load with it, just after the first
// render: the first load shows the wheel and reads it out (life-wheel.model.ts).
import type { DomainAnswer, Scale, WheelAnswer, WheelSection } from "@famwel/instrument/core";
import { domainEntry, type Layer } from "./life-wheel.model.js";

/** A new answer with one domain changed and stamped; `undefined` fields are removed. */
export function updateDomain(
  answer: WheelAnswer,
  id: string,
  change: Partial<DomainAnswer>,
  now: string,
): WheelAnswer {
  const next: DomainAnswer = { ...domainEntry(answer, id), ...change, at: now };
  for (const key of Object.keys(change) as Array<keyof DomainAnswer>)
    if (change[key] === undefined) delete next[key];
  return { ...answer, domains: { ...answer.domains, [id]: next } };
}

export function setRating(
  answer: WheelAnswer,
  id: string,
  layer: Layer,
  value: number | undefined,
  now: string,
): WheelAnswer {
  return updateDomain(answer, id, { [layer]: value }, now);
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

/** Which of five faces (0 saddest … 4 happiest) shows a value on the child face scale. */
export function faceFor(value: number, scale: Scale): number {
  return Math.round(((value - scale.min) / (scale.max - scale.min)) * 4);
}

// ---- adding, renaming and removing -------------------------------------------------------------

/** Domains the family removed and may bring back (newest last). */
export function removedDomains(answer: WheelAnswer): string[] {
  return Object.keys(answer.domains).filter((id) => answer.domains[id]?.removed);
}

export function setNote(answer: WheelAnswer, id: string, note: string, now: string): WheelAnswer {
  return updateDomain(answer, id, { note: note === "" ? undefined : note }, now);
}

export function renameDomain(
  answer: WheelAnswer,
  id: string,
  label: string,
  now: string,
): WheelAnswer {
  const trimmed = label.trim();
  if (!trimmed && domainEntry(answer, id)?.custom) return answer; // a family's own domain keeps a name
  return updateDomain(answer, id, { label: trimmed || undefined }, now);
}

export function addDomain(
  answer: WheelAnswer,
  label: string,
  now: string,
  id: string = newDomainId(),
): WheelAnswer {
  const trimmed = label.trim();
  if (!trimmed) return answer;
  const next = updateDomain(answer, id, { label: trimmed, custom: true }, now);
  return { ...next, order: [...(answer.order ?? []).filter((o) => o !== id), id] };
}

export function removeDomain(answer: WheelAnswer, id: string, now: string): WheelAnswer {
  return updateDomain(answer, id, { removed: true }, now);
}

export function restoreDomain(answer: WheelAnswer, id: string, now: string): WheelAnswer {
  return updateDomain(answer, id, { removed: undefined }, now);
}

/** Starts a later reading: the family's own domains, names and removals carry over with their ids; ratings do not. */
export function carryForward(previous: WheelAnswer, now: string): WheelAnswer {
  const domains: WheelAnswer["domains"] = {};
  for (const [id, a] of Object.entries(previous.domains)) {
    if (!a || !(a.custom || a.label || a.removed)) continue;
    domains[id] = {
      ...(a.custom ? { custom: true } : {}),
      ...(a.label ? { label: a.label } : {}),
      ...(a.removed ? { removed: true } : {}),
      at: now,
    };
  }
  return { type: "wheel", domains, ...(previous.order ? { order: [...previous.order] } : {}) };
}

/** A stable, unguessable id for a domain the family adds (`c-` and 10 base-36 characters). */
export function newDomainId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return "c-" + Array.from(bytes, (b) => (b % 36).toString(36)).join("");
}

export function canAdd(section: WheelSection, visible: number): boolean {
  return Boolean(section.custom?.add) && visible < (section.maxDomains ?? 24);
}

export function canRemove(section: WheelSection, visible: number): boolean {
  return Boolean(section.custom?.remove) && visible > (section.minDomains ?? 1);
}
