// The wheel model's editing transitions besides rating: the family adds, renames and removes
// domains, and a later reading carries the family's own domains forward; and the child variant's
// faces. Only the views chunk needs them, so they load with it, just after the first render; the
// first load shows the wheel, reads it out and rates it by keyboard (life-wheel.model.ts).
import type { DomainAnswer, Scale, WheelAnswer, WheelSection } from "@famwel/instrument/core";
import { domainEntry } from "./life-wheel.model.js";

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

/** The most domains the wheel may show: the definition's limit, else the schema's. */
export const maxDomains = (section: WheelSection): number => section.maxDomains ?? 24;

export function canAdd(section: WheelSection, visible: number): boolean {
  return Boolean(section.custom?.add) && visible < maxDomains(section);
}

export function canRemove(section: WheelSection, visible: number): boolean {
  return Boolean(section.custom?.remove) && visible > (section.minDomains ?? 1);
}
