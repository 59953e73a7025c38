// What the runner does, apart from showing it: loading the definition (and a response or stored
// draft to resume), reacting to edits, and moving between steps with the required checks, the error
// summary and submit. Functions of the element, kept here so the element file stays a readable
// list of inputs, lifecycle and render.
import type {
  InstrumentDefinition,
  Problem,
  Response,
  SectionAnswer,
} from "@famwel/instrument/core";
import { fireError } from "../shared/events.js";
import type { FamwelInstrument } from "./instrument.js";
import { missingAll, missingIn, type Missing } from "./instrument.model-required.js";
import { assembleResponse } from "./instrument.model-response.js";
import { fieldId } from "./instrument.fields.js";
import { loadChild, loadChildren, loadFirstChild } from "./instrument.children.js";
import { roleIn, visibleSections, type Answers } from "./instrument.model.js";
import { focusField } from "./instrument.focus.js";
import { FamwelSubmitEvent } from "./instrument.events.js";
import type { Loaded } from "./instrument.loader.js";
import { addSendStrings } from "./instrument.send-strings.js";

type Loader = NonNullable<FamwelInstrument["_loader"]>;

/**
 * The `response` each runner put back, and its answers right after. A definition set again later (a
 * copy, a newer version) puts that response back again only while nothing was answered since:
 * otherwise it would overwrite every answer given after the resume with the older ones.
 */
const putBack = new WeakMap<FamwelInstrument, { response: unknown; answers: Answers }>();
const answeredSince = (el: FamwelInstrument) => {
  const r = putBack.get(el);
  return r !== undefined && r.response === el.response && r.answers !== el._state.answers;
};

/**
 * Loads and checks the definition, in steps that each leave the main thread free in between (on a
 * slow tablet each is tens of milliseconds, together over a hundred): parse and check, hash (off the
 * main thread where WebCrypto is), then take it into use and render. The parsers and the element
 * of the first section (the wheel, map or reflection) are already on their way (the element starts
 * them when it gets the definition). A newer definition or `src` arriving meanwhile wins: every step
 * checks the token.
 */
export function load(el: FamwelInstrument): void {
  const token = ++el._token;
  const input = el.instrument;
  const src = el.src;
  if (!input && !src) return;
  const stale = () => token !== el._token;
  el._loading = (async () => {
    const parser = await el._loadParser();
    let raw: unknown = input;
    if (!input) {
      // The text's parser travels while the text does (loadTextParser).
      parser.loadTextParser().catch(() => undefined);
      const text = await parser.fetchDefinition(src, {
        base: document.baseURI,
        origin: location.origin,
      });
      if (stale()) return;
      if (!text.ok) return el._fail(text.errors);
      raw = text.value;
    }
    await el._yield();
    if (stale()) return;
    // A text, or a page without WebCrypto, needs a chunk more (instrument.loader.ts); one that does
    // not arrive is reported like a bad definition, not left as a form that never shows.
    let parsed: Awaited<ReturnType<typeof parser.parseDefinition>>;
    try {
      parsed = await parser.parseDefinition(raw);
    } catch (error) {
      return stale() ? undefined : el._fail([notLoaded(error)]);
    }
    if (stale()) return;
    if (!parsed.ok) return el._fail(parsed.errors);
    const definition = parsed.value;
    const types = definition.sections.map((s) => s.type);
    el._children = loadFirstChild(types);
    await el._yield();
    if (stale()) return;
    let hash: string;
    try {
      hash = await parser.hashDefinition(definition);
    } catch (error) {
      return stale() ? undefined : el._fail([notLoaded(error)]);
    }
    await el._yield(); // WebCrypto answers in a task of its own; the synchronous fallback does not
    if (stale()) return;
    // A response to resume, or answers to carry over to this definition, need the response's half
    // of the parsers first; a fresh start draws its first step without waiting for it.
    const response = el.response;
    let loader = el._loader;
    if (!loader && (response || Object.keys(el._state.answers).length))
      try {
        loader = await el._loadLoader();
      } catch (error) {
        // Without it the answers could be neither put back nor carried over: the definition waits.
        return stale() ? undefined : el._fail([unchecked(error)]);
      }
    if (stale()) return;
    // A response to resume is checked in a task of its own too, before it is applied.
    const resumed = response ? loader!.loadResponse(response, definition) : undefined;
    if (resumed) await el._yield();
    // The shown step's element (the wheel, map or reflection), on its way since the definition
    // arrived: defined before the step is drawn, it renders in the task after, not after a frame
    // of the step without it (the runner's wheel was there 86.5 -> 78.2 ms after its creation,
    // and 229 -> 201 ms with the CPU throttled 4x; bench page, A/B of 20 and 10 runs).
    // One that fails to load is the step's to report, as before.
    const shown = visibleSections(definition, roleIn(definition, el._state.role))[el._state.step];
    await loadChild(shown?.type ?? "").catch(() => undefined);
    if (stale()) return;
    // From here to the render, one task: the answers are read for migration and the new definition
    // takes over with nothing in between, so an edit made meanwhile is carried over too.
    const keep = answeredSince(el); // read before the migration changes the answers
    commit(el, definition, hash, loader);
    if (el.response) {
      if (keep) {
        // Answered since that response was put back: those answers stay.
      } else if (resumed && el.response === response) {
        apply(el, resumed);
        putBack.set(el, { response, answers: el._state.answers });
      } else await resume(el, el.response);
    } else if (el.storage && !Object.keys(el._state.answers).length) {
      // A store that throws (storage blocked) has no draft to offer: start empty.
      const store = el.storage;
      const draft = await Promise.resolve()
        .then(() => store.loadDraft(definition.id))
        .catch(() => undefined);
      if (draft && !stale()) await resume(el, draft);
    }
    // The response's half, for submit and for a response the host sets later, arrives while the
    // family reads the first step: asked for once that step is drawn (then it cannot delay it).
    // A chunk that fails here is asked for again when needed.
    // So are the other steps' elements (the map and the reflection, 11 KB gzip). Asked for beside
    // the first, their requests and evaluation fell between its arrival and its first render, and
    // over slow 4G their bytes shared the line with its views (that step was complete 65 ms later).
    // From here on updateComplete waits for them too.
    void el.updateComplete
      .then(() => el._yield())
      .then(() => {
        // (Its failure is updateComplete's to report, not an unhandled rejection meanwhile.)
        if (!stale()) (el._children = loadChildren(types)).catch(() => undefined);
        return el._loadLoader();
      })
      .catch(() => undefined);
  })();
}

/** The new definition takes over; a newer version of the same instrument carries the answers over
 * its renames and merges. */
function commit(
  el: FamwelInstrument,
  definition: InstrumentDefinition,
  hash: string,
  loader: Loader | undefined, // there whenever there are answers to carry over (see load)
) {
  const before = el._def;
  const from =
    before && Object.keys(el._state.answers).length
      ? assembleResponse(before, el._state, {
          hash: el._hash,
          status: "in-progress",
          now: el._now(),
        })
      : undefined;
  const moved = from && loader?.migrate(from, before!, definition);
  el._problems = [];
  el._def = definition;
  el._hash = hash;
  el._apply({ type: "definition" });
  if (moved)
    el._apply({
      type: "migrate",
      answers: moved.answers as Answers,
      orphans: moved.orphans,
      seen: from.answers as Answers,
    });
}

/** Puts a response (the host's, or a stored draft) back, once the response's parsers are there. */
export async function resume(el: FamwelInstrument, response: unknown): Promise<void> {
  const def = el._def;
  if (!def) return;
  let loader = el._loader;
  if (!loader)
    try {
      loader = await el._loadLoader();
    } catch (error) {
      return el._fail([unchecked(error)]); // the host hears why the response was not put back
    }
  if (el._def !== def) return; // another definition arrived meanwhile: its load resumes it
  apply(el, loader.loadResponse(response, def));
  putBack.set(el, { response, answers: el._state.answers });
}

/** Puts a checked response's answers back (or reports why it could not be used). */
function apply(el: FamwelInstrument, r: Loaded<Response>): void {
  const def = el._def!;
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
  el._sendFailed = 0; // the message belongs beside the Send button the family is leaving
  el._apply({ type: "back" });
  el._focus = "step";
}

export function change(el: FamwelInstrument, step: number): void {
  el._errors = [];
  el._sendFailed = 0;
  el._apply({ type: "goto", step, returnToSummary: true });
  el._focus = "step";
}

export function submit(el: FamwelInstrument): void {
  const def = el._def;
  if (!def) return;
  const missing = missingAll(el._sections, el._state.answers, el._state.role);
  if (missing.length) return showErrors(el, missing);
  const loader = el._loader;
  if (loader) return send(el, def, loader);
  // The parsers' chunk is not there (it failed to load): ask for it again, so a retry can succeed.
  el._loadLoader().then(
    (l) => {
      el._loader = l;
      if (el._def === def && !el._done) send(el, def, l);
    },
    (error: unknown) => notSent(el, [unchecked(error)]),
  );
}

/** Checks the finished response as the host will, and hands it over; or says it could not. */
function send(el: FamwelInstrument, def: InstrumentDefinition, loader: Loader): void {
  let response: Response;
  let problems: Problem[];
  try {
    response = assembleResponse(def, el._state, {
      hash: el._hash,
      status: "completed",
      now: el._now(),
    });
    problems = loader.checkResponse(response, def);
  } catch (error) {
    problems = [unchecked(error)];
  }
  if (problems.length) return notSent(el, problems);
  el._sendFailed = 0;
  el._draftTimer.cancel();
  el._done = true;
  el._focus = "done";
  el.dispatchEvent(new FamwelSubmitEvent(response!));
  const store = el.storage;
  if (store?.clearDraft)
    void Promise.resolve()
      .then(() => store.clearDraft?.(def.id))
      .catch(() => undefined);
}

/**
 * The response could not be checked, so it was not sent. The host hears why (famwel-error); the
 * family, who only pressed "Send", is told beside the button that nothing is lost and that they can
 * try again. Each failed try counts, so the message is shown (and announced) anew every time.
 */
function notSent(el: FamwelInstrument, problems: Problem[]): void {
  addSendStrings();
  el._sendFailed = (el._sendFailed ?? 0) + 1;
  fireError(el, problems);
}

/** A problem for the host (famwel-error) and the page: what failed (in `nb` and `en`), and why. */
const failure =
  (nb: string, en: string) =>
  (error: unknown): Problem => {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      pointer: "",
      rule: "internal",
      message: { nb: `${nb} (${detail}).`, en: `${en} (${detail}).` },
    };
  };
/** A chunk the definition needs did not arrive. */
const notLoaded = failure("Skjemaet kunne ikke lastes", "The form could not be loaded");
/** The response's check threw, or its chunk did not arrive. */
const unchecked = failure("Svaret kunne ikke kontrolleres", "The response could not be checked");

function showErrors(el: FamwelInstrument, missing: Missing[]): void {
  el._errors = missing;
  el._sendFailed = 0; // what is missing is the reason now
  el._focus = "errors";
}

/**
 * A host's link to an answer, by the JSON pointer its server or parseResponse gave for it
 * ("/answers/wheel", "/answers/reflection/prompts/<id>/text"): to its step, then focus on it, as
 * the runner's own error summary does. False when no step of this role holds that section.
 */
export async function showAnswer(el: FamwelInstrument, pointer: string): Promise<boolean> {
  const [root, answers, section, , item] = pointer
    .split("/")
    .map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"));
  const s = el._sections.find((x) => x.id === section);
  if (root !== "" || answers !== "answers" || !s) return false;
  // A wheel without a domain named: its first domain not rated yet, as for "rate every area".
  const kind = s.type === "wheel" && item === undefined ? "unrated" : "required";
  await focusError(el, { section: s.id, item, kind });
  return true;
}

/** An error summary link: to the field's step if need be, then focus on the field itself. */
export async function focusError(el: FamwelInstrument, m: Missing): Promise<void> {
  const step = el._sections.findIndex((s) => s.id === m.section);
  if (step >= 0 && step !== el._state.step) {
    el._sendFailed = 0;
    el._apply({
      type: "goto",
      step,
      returnToSummary: el._state.step >= el._sections.length,
    });
  }
  await el.updateComplete;
  await focusField(el.renderRoot as ShadowRoot, m, fieldId(m.section, m.item), fieldId(m.section));
}
