// What the runner does, apart from showing it: loading the definition (and a response or stored
// draft to resume), reacting to edits, and moving between steps with the required checks, the error
// summary and submit. Functions of the element, kept here so the element file stays a readable
// list of inputs, lifecycle and render.
import type { SectionAnswer } from "@famwel/instrument/core";
import { fireError } from "../shared/events.js";
import type { FamwelInstrument } from "./instrument.js";
import { missingAll, missingIn, type Missing } from "./instrument.model-required.js";
import { assembleResponse } from "./instrument.model-response.js";
import { fieldId, loadChild } from "./instrument.fields.js";
import type { Answers } from "./instrument.model.js";
import { focusField } from "./instrument.focus.js";
import { FamwelSubmitEvent } from "./instrument.events.js";

/** Loads and checks the definition (lazily: the parsers are a chunk of their own). */
export function load(el: FamwelInstrument): void {
  const token = ++el._token;
  const input = el.instrument;
  const src = el.src;
  if (!input && !src) return;
  el._loading = import("./instrument.loader.js").then(async (loader) => {
    el._loader = loader;
    const result = input
      ? loader.loadObject(input)
      : await loader.loadSrc(src, { base: document.baseURI, origin: location.origin });
    if (token !== el._token) return; // a newer definition arrived meanwhile
    if (!result.ok) {
      el._problems = result.errors;
      fireError(el, result.errors);
      return;
    }
    const { definition, hash } = result.value;
    // A newer version of the same instrument: carry the answers over its renames and merges.
    const before = el._def;
    const moved =
      before && Object.keys(el._state.answers).length
        ? loader.migrate(
            assembleResponse(before, el._state, {
              hash: el._hash,
              status: "in-progress",
              now: el._now(),
            }),
            before,
            definition,
          )
        : undefined;
    el._problems = [];
    el._def = definition;
    el._hash = hash;
    el._apply({ type: "definition" });
    if (moved)
      el._apply({ type: "migrate", answers: moved.answers as Answers, orphans: moved.orphans });
    el._children = Promise.all(definition.sections.map((s) => loadChild(s.type)));
    if (el.response) resume(el, el.response);
    else if (el.storage && !Object.keys(el._state.answers).length) {
      const draft = await el.storage.loadDraft(definition.id);
      if (draft && token === el._token) resume(el, draft);
    }
  });
}

export function resume(el: FamwelInstrument, response: unknown): void {
  const def = el._def;
  if (!def || !el._loader) return;
  const r = el._loader.loadResponse(response, def);
  if (!r.ok) {
    fireError(el, r.errors);
    return;
  }
  const v = r.value;
  // Another version's answers may not mean the same here; without its definition they are shown
  // as they are, read-only, rather than fitted and submitted as if made with this one.
  el._frozen = v.instrument.version === def.version ? undefined : v.instrument.version;
  el._apply({
    type: "resume",
    answers: v.answers as Record<string, SectionAnswer>,
    id: v.id,
    created: v.created,
    updated: v.updated,
    orphans: v.orphans,
  });
  if (!el.respondentRole && !el.role) el._apply({ type: "role", role: v.role });
  // Continue in the language the respondent was using, unless the host chose one (as the switcher does).
  if (!el.locale && def.locales.includes(v.locale)) el.locale = v.locale;
}

export function edited(el: FamwelInstrument): void {
  // A message goes once its field is answered; the rest stay until the next check.
  if (el._errors.length) {
    const still = missingAll(el._sections, el._state.answers, el._state.role);
    el._errors = el._errors.filter((e) =>
      still.some((m) => m.section === e.section && m.item === e.item && m.kind === e.kind),
    );
  }
  el._draftTimer.schedule(el.draftDelay);
}

export function next(el: FamwelInstrument): void {
  const section = el._sections[el._state.step];
  const missing =
    section && !el._frozen ? missingIn(section, el._state.answers, el._state.role) : [];
  if (missing.length) return showErrors(el, missing);
  el._errors = [];
  el._apply({ type: "next" });
  el._focus = "step";
}

export function back(el: FamwelInstrument): void {
  el._errors = [];
  el._apply({ type: "back" });
  el._focus = "step";
}

export function change(el: FamwelInstrument, step: number): void {
  el._errors = [];
  el._apply({ type: "goto", step, returnToSummary: true });
  el._focus = "step";
}

export function submit(el: FamwelInstrument): void {
  const def = el._def;
  if (!def || !el._loader) return;
  const missing = missingAll(el._sections, el._state.answers, el._state.role);
  if (missing.length) return showErrors(el, missing);
  const response = assembleResponse(def, el._state, {
    hash: el._hash,
    status: "completed",
    now: el._now(),
  });
  const problems = el._loader.checkResponse(response, def);
  if (problems.length) return fireError(el, problems);
  el._draftTimer.cancel();
  el._done = true;
  el._focus = "done";
  el.dispatchEvent(new FamwelSubmitEvent(response));
  if (el.storage?.clearDraft)
    void Promise.resolve(el.storage.clearDraft(def.id)).catch(() => undefined);
}

function showErrors(el: FamwelInstrument, missing: Missing[]): void {
  el._errors = missing;
  el._focus = "errors";
}

/** An error summary link: to the field's step if need be, then focus on the field itself. */
export async function focusError(el: FamwelInstrument, m: Missing): Promise<void> {
  const step = el._sections.findIndex((s) => s.id === m.section);
  if (step >= 0 && step !== el._state.step)
    el._apply({
      type: "goto",
      step,
      returnToSummary: el._state.step >= el._sections.length,
    });
  await el.updateComplete;
  await focusField(el.renderRoot as ShadowRoot, m, fieldId(m.section, m.item), fieldId(m.section));
}
