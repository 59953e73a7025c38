// The reflection's state, pure: which prompts a role answers, typing and consent as transitions on
// the answer (the response format of @famwel/instrument), validity, and the character count with
// the moments worth announcing. No DOM, so it is tested in Node.
import {
  localize,
  type Prompt,
  type PromptAnswer,
  type ReflectionAnswer,
  type ReflectionSection,
  type Role,
} from "@famwel/instrument/core";

export const ROLES: readonly Role[] = ["family", "child", "employee", "manager"];
/** The manager view's default smallest group whose shared answers may be shown. */
export const DEFAULT_MIN_GROUP = 5;
/** The schema's default limit for a prompt without `maxLength`. */
export const DEFAULT_MAX_LENGTH = 2000;

export function emptyReflectionAnswer(): ReflectionAnswer {
  return { type: "reflection", prompts: {} };
}

export function isRole(value: unknown): value is Role {
  return ROLES.includes(value as Role);
}

/** One prompt as the view shows it: texts in the reader's language, the answer so far. */
export interface PromptView {
  id: string;
  label: string;
  /** Language of the label when it fell back to another one (for `lang`). */
  lang: string | undefined;
  guidance: string | undefined;
  /** Language of the guidance when it fell back to another one. */
  guidanceLang: string | undefined;
  max: number;
  required: boolean;
  shareable: boolean;
  text: string;
  /** true: shared with consent; false: explicitly kept; undefined: not chosen (not shared). */
  share: boolean | undefined;
}

/**
 * The prompts for `role`, in the definition's order. Without a role every prompt is shown (a
 * preview for authors); answers to other roles' prompts stay in the answer, untouched.
 */
export function promptsFor(
  section: ReflectionSection,
  answer: ReflectionAnswer,
  role: string | null | undefined,
  locale: string,
  fallbacks: string[] = [],
): PromptView[] {
  return section.prompts
    .filter((p) => !role || (p.roles as string[]).includes(role))
    .map((p) => {
      const label = localize(p.label, locale, fallbacks);
      const a = answer.prompts[p.id];
      const guidance = p.guidance ? localize(p.guidance, locale, fallbacks) : undefined;
      return {
        id: p.id,
        label: label.text,
        lang: label.fallback ? label.locale : undefined,
        guidance: guidance?.text,
        guidanceLang: guidance?.fallback ? guidance.locale : undefined,
        max: maxLength(p),
        required: p.required === true,
        shareable: p.shareable === true,
        text: a?.text ?? "",
        share: p.shareable === true ? a?.share : undefined,
      };
    });
}

export function maxLength(p: Pick<Prompt, "maxLength">): number {
  return p.maxLength ?? DEFAULT_MAX_LENGTH;
}

/** Sets the text of one prompt. An empty text with no consent choice removes the prompt's answer. */
export function setText(
  answer: ReflectionAnswer,
  id: string,
  text: string,
  at: string,
): ReflectionAnswer {
  const before = answer.prompts[id];
  if ((before?.text ?? "") === text) return answer;
  const prompts = { ...answer.prompts };
  if (text === "" && before?.share === undefined) delete prompts[id];
  else prompts[id] = { ...before, text, at };
  return { ...answer, prompts };
}

/**
 * Records the respondent's consent choice for a shareable prompt: true shares the answer onward,
 * false keeps it. A prompt that is not shareable never records `share: true`.
 */
export function setShare(
  answer: ReflectionAnswer,
  prompt: Pick<Prompt, "id" | "shareable">,
  share: boolean,
  at: string,
): ReflectionAnswer {
  const before = answer.prompts[prompt.id];
  const next = prompt.shareable === true ? share : false;
  if (before?.share === next) return answer;
  const entry: PromptAnswer = { text: before?.text ?? "", share: next, at };
  return { ...answer, prompts: { ...answer.prompts, [prompt.id]: entry } };
}

/** Notes which response the reflection is about (the family's reading it was written beside). */
export function withAbout(
  answer: ReflectionAnswer,
  response: string | undefined,
): ReflectionAnswer {
  if (!response || answer.about?.response === response) return answer;
  return { ...answer, about: { response } };
}

export interface ReflectionValidity {
  /** Labels of required prompts without an answer. */
  missing: string[];
  /** Labels of prompts whose answer is longer than allowed (possible only for a value set by the host). */
  tooLong: string[];
  /** Id of the prompt to go to: the first missing one, else the first too long. */
  at?: string;
}

const missing = (v: PromptView) => v.required && v.text.trim() === "";
const tooLong = (v: PromptView) => v.text.length > v.max;

export function reflectionValidity(views: readonly PromptView[]): ReflectionValidity {
  return {
    missing: views.filter(missing).map((v) => v.label),
    tooLong: views.filter(tooLong).map((v) => v.label),
    at: (views.find(missing) ?? views.find(tooLong))?.id,
  };
}

/** Whether one prompt keeps the answer from being submitted: required and blank, or too long. */
export const isInvalid = (v: PromptView): boolean => missing(v) || tooLong(v);

export type CountLevel = "ok" | "near" | "at" | "over";

/** How many characters before the limit a count starts to matter: a tenth, and at least 10. */
export function nearBand(max: number): number {
  return Math.max(10, Math.ceil(max / 10));
}

/**
 * Where a text stands against its limit. Lengths are UTF-16 code units, what the textarea's own
 * `maxlength` counts; the schema counts code points, so a text within this count always validates.
 */
export function countLevel(length: number, max: number): CountLevel {
  if (length > max) return "over";
  if (length === max) return "at";
  return max - length <= nearBand(max) ? "near" : "ok";
}

/**
 * What to announce after an edit from `before` to `after` characters: only when the text enters the
 * band near the limit, reaches it or passes it, never on every keystroke.
 */
export function countAnnouncement(
  before: number,
  after: number,
  max: number,
): { level: Exclude<CountLevel, "ok">; left: number } | undefined {
  const from = countLevel(before, max);
  const to = countLevel(after, max);
  if (to === "ok" || to === from) return undefined;
  // Coming back from the limit into the band is worth a word; coming back from "over" to "at" too.
  return { level: to, left: max - after };
}
