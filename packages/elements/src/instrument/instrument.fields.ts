// One step's questions. Scale, choice and text sections are native controls (radio groups and
// checkboxes in fieldsets with legends, labelled text fields), so browsers, screen readers and
// autofill know them; wheel, network and reflection sections are the famwel elements, each loaded
// the first time a definition has one (instrument.children.ts).
import { html, nothing, type TemplateResult } from "lit";
import type {
  AnySection,
  ChoiceSection,
  InstrumentDefinition,
  LocalizedString,
  Response,
  Role,
  ScaleSection,
  SectionAnswer,
  TextSection,
} from "@famwel/instrument/core";
import { directionOf, type UiStrings } from "../shared/i18n.js";
import { itemValue, scalePoints, type ItemValue, type RunnerState } from "./instrument.model.js";

/** What the fields need from the element. */
export interface FieldHost {
  readonly _def: InstrumentDefinition | undefined;
  readonly _state: RunnerState;
  _t(key: keyof UiStrings, params?: Record<string, string | number>): string;
  /** Localised text and, when it fell back to another language, that language. */
  _text(text: LocalizedString | undefined): { text: string; lang: string | undefined };
  _setItem(section: string, item: string, value: ItemValue): void;
  _setSection(section: string, answer: SectionAnswer): void;
  /** The inline error of an item (or a whole section), if the last check found one. */
  _errorFor(section: string, item?: string): string | undefined;
  /** The response so far, for a reflection to show the wheel and map it is about. */
  _draft(): Response | undefined;
}

/** The id of a question's control in the runner's shadow root (error links point here). */
export const fieldId = (section: string, item?: string) =>
  item === undefined ? `q-${section}` : `q-${section}--${item}`;

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(" ") || nothing;

/** The direction of a text that fell back to another language (a bokmål label in an Arabic form),
 * beside its `lang`: it is laid out in its own, isolated from the text around it. */
export const dirOf = (lang: string | undefined) => (lang ? directionOf(lang) : nothing);
/** A heading's or term's text in its own language, isolated in a span: the heading keeps the
 * runner's alignment (a bokmål step title stands on the right in an Arabic runner, as the title
 * above it does) and the text its own order. */
export const named = (text: string | undefined, lang: string | undefined) =>
  html`<span lang=${lang ?? nothing} dir=${dirOf(lang)}>${text}</span>`;

/** Label (with its language when it fell back), required mark, description and inline error. */
function head(
  host: FieldHost,
  id: string,
  item: { label: LocalizedString; description?: LocalizedString; required?: boolean },
  error: string | undefined,
) {
  const label = host._text(item.label);
  const desc = item.description ? host._text(item.description) : undefined;
  return {
    label: html`<span lang=${label.lang ?? nothing} dir=${dirOf(label.lang)}>${label.text}</span>${
        item.required ? html` <span class="req">(${host._t("runRequiredMark")})</span>` : nothing
      }`,
    extra: html`${
      desc
        ? html`<p class="hint" id="${id}-hint" lang=${desc.lang ?? nothing} dir=${dirOf(desc.lang)}>
            ${desc.text}
          </p>`
        : nothing
    }${
      error
        ? html`<p class="field-error" id="${id}-error">
            <span class="sr-only">${host._t("runErrorTitle")}: </span>${error}
          </p>`
        : nothing
    }`,
    describedBy: describedBy(desc && `${id}-hint`, error && `${id}-error`),
  };
}

function scaleItems(host: FieldHost, s: ScaleSection) {
  const points = scalePoints(s.scale);
  return s.items.map((item) => {
    const id = fieldId(s.id, item.id);
    const error = host._errorFor(s.id, item.id);
    const h = head(host, id, item, error);
    const value = itemValue(host._state.answers, s.id, item.id);
    return html`<fieldset
      class="question ${error ? "invalid" : ""}"
      id=${id}
      aria-describedby=${h.describedBy}
    >
      <legend>${h.label}</legend>
      ${h.extra}
      <div class="options scale">
        ${points.map((v) => {
          const anchor = s.scale.anchors?.find((a) => a.value === v);
          const a = anchor ? host._text(anchor.label) : undefined;
          return html`<label class="option">
            <input
              type="radio"
              name=${id}
              .value=${String(v)}
              .checked=${value === v}
              ?required=${item.required ?? false}
              aria-invalid=${error ? "true" : nothing}
              @change=${() => host._setItem(s.id, item.id, v)}
            />
            <span class="point">${v}</span
            >${a ? html`<span class="anchor" lang=${a.lang ?? nothing} dir=${dirOf(a.lang)}>${a.text}</span>` : nothing}
          </label>`;
        })}
      </div>
    </fieldset>`;
  });
}

function choiceItems(host: FieldHost, s: ChoiceSection) {
  return s.items.map((item) => {
    const id = fieldId(s.id, item.id);
    const error = host._errorFor(s.id, item.id);
    const h = head(host, id, item, error);
    const value = itemValue(host._state.answers, s.id, item.id);
    const picked = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
    const change = (e: Event) => {
      const set = (e.currentTarget as HTMLElement).closest("fieldset")!;
      const checked = [...set.querySelectorAll<HTMLInputElement>("input:checked")].map(
        (i) => i.value,
      );
      host._setItem(s.id, item.id, item.multiple ? checked : checked[0]);
    };
    return html`<fieldset
      class="question ${error ? "invalid" : ""}"
      id=${id}
      aria-describedby=${h.describedBy}
    >
      <legend>${h.label}</legend>
      ${h.extra}
      <div class="options">
        ${item.options.map((o) => {
          const l = host._text(o.label);
          return html`<label class="option">
            <input
              type=${item.multiple ? "checkbox" : "radio"}
              name=${id}
              .value=${o.id}
              .checked=${picked.includes(o.id)}
              ?required=${!item.multiple && (item.required ?? false)}
              aria-invalid=${error ? "true" : nothing}
              @change=${change}
            />
            <span lang=${l.lang ?? nothing} dir=${dirOf(l.lang)}>${l.text}</span>
          </label>`;
        })}
      </div>
    </fieldset>`;
  });
}

function textItems(host: FieldHost, s: TextSection) {
  return s.items.map((item) => {
    const id = fieldId(s.id, item.id);
    const error = host._errorFor(s.id, item.id);
    const h = head(host, id, item, error);
    const value = itemValue(host._state.answers, s.id, item.id);
    const text = typeof value === "string" ? value : "";
    const max = item.maxLength ?? 2000;
    const input = (e: Event) =>
      host._setItem(s.id, item.id, (e.currentTarget as HTMLTextAreaElement).value);
    const described = [h.describedBy === nothing ? "" : h.describedBy, `${id}-count`]
      .join(" ")
      .trim();
    return html`<div class="question ${error ? "invalid" : ""}">
      <label for=${id}>${h.label}</label>
      ${h.extra}
      ${
        item.multiline === false
          ? html`<input
              type="text"
              id=${id}
              dir="auto"
              maxlength=${max}
              .value=${text}
              ?required=${item.required ?? false}
              aria-invalid=${error ? "true" : nothing}
              aria-describedby=${described}
              @input=${input}
            />`
          : html`<textarea
              id=${id}
              dir="auto"
              rows="4"
              maxlength=${max}
              .value=${text}
              ?required=${item.required ?? false}
              aria-invalid=${error ? "true" : nothing}
              aria-describedby=${described}
              @input=${input}
            ></textarea>`
      }
      <p class="count" id="${id}-count">${host._t("runChars", { count: [...text].length, max })}</p>
    </div>`;
  });
}

/** A wheel, map or reflection: the famwel element for the section, fed from and feeding the runner's state. */
function child(host: FieldHost, s: AnySection, role: Role, locale: string) {
  const def = host._def;
  const answer = Object.hasOwn(host._state.answers, s.id) ? host._state.answers[s.id] : undefined;
  const value = answer?.type === s.type ? answer : undefined;
  const error = host._errorFor(s.id);
  const edited = (e: Event) => {
    const v = (e.currentTarget as HTMLElement & { value?: SectionAnswer }).value;
    if (v && v.type === s.type) host._setSection(s.id, v);
  };
  const id = fieldId(s.id);
  const err = error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing;
  switch (s.type) {
    case "wheel":
      return html`${err}<famwel-life-wheel
          id=${id}
          class="child"
          .instrument=${def}
          section=${s.id}
          locale=${locale}
          .value=${value}
          @input=${edited}
          @change=${edited}
        ></famwel-life-wheel>`;
    case "network":
      return html`${err}<famwel-service-map
          id=${id}
          class="child"
          .instrument=${def}
          section=${s.id}
          locale=${locale}
          .value=${value}
          @input=${edited}
          @change=${edited}
        ></famwel-service-map>`;
    default:
      return html`${err}<famwel-reflection
          id=${id}
          class="child"
          .instrument=${def}
          section=${s.id}
          respondent-role=${role}
          locale=${locale}
          .value=${value}
          .aboutResponse=${host._draft()}
          @input=${edited}
          @change=${edited}
        ></famwel-reflection>`;
  }
}

/** The questions of one section. */
export function renderFields(host: FieldHost, s: AnySection): TemplateResult {
  const { role, locale } = host._state;
  switch (s.type) {
    case "scale":
      return html`${scaleItems(host, s)}`;
    case "choice":
      return html`${choiceItems(host, s)}`;
    case "text":
      return html`${textItems(host, s)}`;
    default:
      return html`${child(host, s, role, locale)}`;
  }
}
