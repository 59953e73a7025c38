// The runner's state as plain data: which step is showing, the answers keyed by section id (and,
// inside each section answer, by item id), the language and role, and when the reading started.
// The DOM and the child elements are views of this; a re-render, a language switch, a new role or a
// reloaded definition never touches `answers` — only the user's own edits do. No DOM here.
import type {
  AnySection,
  InstrumentDefinition,
  Response,
  Role,
  ScaleSection,
  SectionAnswer,
} from "@famwel/instrument/core";

/** Answers keyed by section id. Sections the current definition or role does not show are kept. */
export type Answers = Readonly<Record<string, SectionAnswer>>;

export interface RunnerState {
  readonly answers: Answers;
  /** 0 … steps−1 for the sections, `steps` for the summary page. */
  readonly step: number;
  readonly locale: string;
  readonly role: Role;
  /** Id of the response (the reading). */
  readonly id: string;
  /** When the reading started (the first edit, or the resumed response's `created`). */
  readonly created?: string;
  /** When the last answer changed. */
  readonly updated?: string;
  /** Answers an earlier migration could not carry (a resumed response's `orphans`): passed on untouched. */
  readonly orphans?: Response["orphans"];
  /** Set by a "Change" link on the summary: Next then returns to the summary. */
  readonly returnToSummary?: boolean;
}

/** What a native control reports: a rating, one or more options, or text. `undefined` clears it. */
export type ItemValue = number | string | readonly string[] | undefined;

export type RunnerAction =
  | { type: "next" }
  | { type: "back" }
  | { type: "goto"; step: number; returnToSummary?: boolean }
  | { type: "locale"; locale: string }
  | { type: "role"; role: Role }
  | { type: "item"; section: string; item: string; value: ItemValue; at: string }
  | { type: "section"; section: string; answer: SectionAnswer; at: string }
  | { type: "definition" }
  | {
      /** A newer version's migration of the answers (`migrateResponse`): merged over what is kept. */
      type: "migrate";
      answers: Answers;
      orphans?: Response["orphans"];
      /** The answers the migration was given: those it carried (or orphaned) are not kept twice. */
      seen?: Answers;
    }
  | {
      type: "resume";
      answers: Answers;
      id?: string;
      created?: string;
      updated?: string;
      orphans?: Response["orphans"];
    };

export function initialState(id: string, role: Role, locale: string): RunnerState {
  return { answers: {}, step: 0, id, role, locale };
}

/** The prompts of a reflection section that `role` answers. */
export function promptsFor(section: AnySection, role: Role) {
  return section.type === "reflection" ? section.prompts.filter((p) => p.roles.includes(role)) : [];
}

/** The sections `role` sees, in order: one step each. A reflection with no prompt for the role is skipped. */
export function visibleSections(def: InstrumentDefinition | undefined, role: Role): AnySection[] {
  if (!def) return [];
  return def.sections.filter(
    (s) =>
      (!s.roles || s.roles.includes(role)) &&
      (s.type !== "reflection" || promptsFor(s, role).length > 0),
  );
}

/** `role` when the definition is for it, else the definition's first role (a response must name one of them). */
export function roleIn(def: InstrumentDefinition | undefined, role: Role): Role {
  return !def || def.roles.includes(role) ? role : def.roles[0];
}

const clamp = (step: number, steps: number) =>
  Math.max(0, Math.min(Number.isFinite(step) ? Math.trunc(step) : 0, steps));

/** Applies one action. Pure; the definition only bounds the step. */
export function reduce(
  def: InstrumentDefinition | undefined,
  state: RunnerState,
  action: RunnerAction,
): RunnerState {
  const steps = visibleSections(def, state.role).length;
  switch (action.type) {
    case "next":
      return {
        ...state,
        step: state.returnToSummary ? steps : clamp(state.step + 1, steps),
        returnToSummary: false,
      };
    case "back":
      return { ...state, step: clamp(state.step - 1, steps), returnToSummary: false };
    case "goto":
      return {
        ...state,
        step: clamp(action.step, steps),
        returnToSummary: action.returnToSummary ?? false,
      };
    case "locale":
      return { ...state, locale: action.locale };
    case "role": {
      const role = roleIn(def, action.role);
      return { ...state, role, step: clamp(state.step, visibleSections(def, role).length) };
    }
    case "definition": {
      const role = roleIn(def, state.role);
      return { ...state, role, step: clamp(state.step, visibleSections(def, role).length) };
    }
    case "item":
      return edited(
        state,
        action.section,
        setItem(state.answers[action.section], def, action),
        action.at,
      );
    case "section":
      return edited(state, action.section, action.answer, action.at);
    case "migrate":
      return {
        ...state,
        answers: mergeAnswers(state.answers, action.answers, action.seen),
        orphans: action.orphans,
      };
    case "resume":
      return {
        ...state,
        answers: { ...state.answers, ...action.answers },
        id: action.id ?? state.id,
        created: action.created ?? state.created,
        updated: action.updated ?? state.updated,
        orphans: action.orphans ?? state.orphans,
      };
  }
}

function edited(
  state: RunnerState,
  section: string,
  answer: SectionAnswer | undefined,
  at: string,
): RunnerState {
  const answers = { ...state.answers };
  if (answer) answers[section] = answer;
  else delete answers[section];
  const when = at;
  return {
    ...state,
    answers,
    created: state.created ?? when,
    // Compared as instants: a resumed response may write "…00Z" where we write "…00.000Z".
    updated: state.updated && Date.parse(state.updated) > Date.parse(when) ? state.updated : when,
  };
}

type ItemAction = Extract<RunnerAction, { type: "item" }>;

/** Sets (or clears) one item of a scale, choice or text section. Blank text and no options clear. */
function setItem(
  current: SectionAnswer | undefined,
  def: InstrumentDefinition | undefined,
  { section: sid, item, value, at }: ItemAction,
): SectionAnswer | undefined {
  const section = def?.sections.find((s) => s.id === sid);
  const type = section?.type ?? current?.type;
  if (type !== "scale" && type !== "choice" && type !== "text") return current;
  const items: Record<string, unknown> =
    current && current.type === type ? { ...current.items } : {};
  const empty =
    value === undefined ||
    (typeof value === "string" && value.trim() === "" && type !== "choice") ||
    (Array.isArray(value) && value.length === 0);
  if (empty) delete items[item];
  else if (type === "scale" && typeof value === "number") items[item] = { value, at };
  else if (type === "choice" && typeof value !== "number")
    items[item] = { value: typeof value === "string" ? value : [...(value as string[])], at };
  else if (type === "text" && typeof value === "string") items[item] = { value, at };
  else return current;
  return { type, items } as SectionAnswer;
}

/** The value a native control shows for one item. */
export function itemValue(answers: Answers, section: string, item: string): ItemValue {
  const a = Object.hasOwn(answers, section) ? answers[section] : undefined;
  if (!a || !("items" in a) || !Object.hasOwn(a.items, item)) return undefined;
  return a.items[item]?.value;
}

/** The scale's points, min to max by step (the schema caps a scale at a few hundred points). */
export function scalePoints(scale: ScaleSection["scale"]): number[] {
  const step = scale.step ?? 1;
  const n = Math.floor((scale.max - scale.min) / step + 1e-9);
  return Array.from({ length: Math.max(0, n + 1) }, (_, k) => +(scale.min + k * step).toFixed(6));
}

/** Where a section answer keeps its entries by id. */
const keyOf = (a: SectionAnswer) =>
  a.type === "wheel"
    ? "domains"
    : a.type === "network"
      ? "nodes"
      : a.type === "reflection"
        ? "prompts"
        : "items";
const entriesOf = (a: SectionAnswer) =>
  (a as unknown as Record<string, Readonly<Record<string, unknown>>>)[keyOf(a)]!;

/** `a` without the entries `seen` has; undefined when none is left. */
function withoutSeen(a: SectionAnswer, seen: SectionAnswer | undefined): SectionAnswer | undefined {
  if (!seen || seen.type !== a.type) return a;
  const gone = entriesOf(seen);
  const rest = Object.entries(entriesOf(a)).filter(([id]) => !Object.hasOwn(gone, id));
  return rest.length ? { ...a, [keyOf(a)]: Object.fromEntries(rest) } : undefined;
}

/**
 * The migrated answers over the kept ones, item by item: a renamed item's answer arrives under its
 * new id, and answers the migration did not see (another role's prompts, a hidden section) stay.
 * What it did see (`seen`) it carried or kept as an orphan, so it is not kept again under the old
 * id: a later version that takes that id back would otherwise bring back an answer the family had
 * changed or cleared since. Lists without ids (links, the family's domain order) and the
 * coordinator come from the migration.
 */
export function mergeAnswers(kept: Answers, migrated: Answers, seen: Answers = {}): Answers {
  const out: Record<string, SectionAnswer> = {};
  for (const [sid, a] of Object.entries(kept)) {
    const rest = withoutSeen(a, Object.hasOwn(seen, sid) ? seen[sid] : undefined);
    if (rest) out[sid] = rest;
  }
  for (const [sid, next] of Object.entries(migrated)) {
    const old = Object.hasOwn(out, sid) ? out[sid] : undefined;
    if (!old || old.type !== next.type) out[sid] = next;
    else if (old.type === "wheel" && next.type === "wheel")
      out[sid] = { ...next, domains: { ...old.domains, ...next.domains } };
    else if (old.type === "network" && next.type === "network")
      out[sid] = { ...next, nodes: { ...old.nodes, ...next.nodes } };
    else if (old.type === "reflection" && next.type === "reflection")
      out[sid] = { ...next, prompts: { ...old.prompts, ...next.prompts } };
    else if ("items" in old && "items" in next)
      out[sid] = { ...next, items: { ...old.items, ...next.items } } as SectionAnswer;
    else out[sid] = next;
  }
  return out;
}
