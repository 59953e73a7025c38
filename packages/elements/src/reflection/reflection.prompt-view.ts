// One prompt, as the first render shows it: the label with its required/optional mark, guidance,
// a native textarea (its count and guidance tied to it by aria-describedby), and for a shareable
// prompt the consent choice. Neither consent radio is checked until the respondent picks one:
// nothing is shared by default, and the choice is recorded either way. Bound as properties: the
// model always holds what the user typed, so setting the same value back never moves the caret.
import { html, nothing } from "lit";
import type { FamwelReflection } from "./reflection.js";
import { directionOf } from "../shared/i18n.js";
import { countLevel, isInvalid, type PromptView } from "./reflection.model.js";

/** A text that fell back to another language (bokmål in an Arabic form) in that one's direction. */
const dirOf = (lang: string | undefined) => (lang ? directionOf(lang) : nothing);

export function renderPrompt(host: FamwelReflection, p: PromptView) {
  const id = `p-${p.id}`;
  const mark = html`<span class="mark"
    >(${host._t(p.required ? "reflRequired" : "reflOptional")})</span
  >`;
  const label = html`<span lang=${p.lang ?? nothing} dir=${dirOf(p.lang)}>${p.label}</span>`;
  const guidance = p.guidance
    ? // prettier-ignore
      html`<p class="guidance" id="${id}-guide" lang=${p.guidanceLang ?? nothing} dir=${dirOf(p.guidanceLang)}>${p.guidance}</p>`
    : nothing;
  if (host.readonly)
    return html`<div class="prompt" part="prompt">
      <p class="label">${label}</p>
      ${guidance}
      <p class="answer ${p.text ? "" : "empty"}">${p.text || host._t("reflNotAnswered")}</p>
      ${
        p.shareable
          ? html`<p class="consent-state">
              ${host._t(p.share === true ? "reflShared" : "reflNotShared")}
            </p>`
          : nothing
      }
    </div>`;
  const level = countLevel(p.text.length, p.max);
  const count =
    level === "over"
      ? host._t("reflOverLimit", { over: p.text.length - p.max })
      : host._t("reflCount", { count: p.text.length, max: p.max });
  const disabled = !host._editable;
  // Once found invalid, each prompt that holds the answer back says so under its label, tied to its
  // field: inside the runner, the runner's own message stands above the first prompt only.
  const invalid = host._marked && isInvalid(p);
  const problem = invalid
    ? html`<p class="invalid" id="${id}-invalid">
        ${host._t(p.text.trim() ? "reflTooLong" : "reflMissing", { list: host._t("reflQuoted", { label: p.label }) })}
      </p>`
    : nothing;
  return html`<div class="prompt" part="prompt">
    <label for="${id}-text">${label} ${mark}</label>
    ${guidance}${problem}
    <textarea
      id="${id}-text"
      dir="auto"
      maxlength=${p.max}
      rows="4"
      aria-required=${p.required ? "true" : "false"}
      aria-invalid=${invalid ? "true" : nothing}
      aria-describedby="${invalid ? `${id}-invalid ` : ""}${p.guidance ? `${id}-guide ` : ""}${id}-count"
      ?disabled=${disabled}
      .value=${p.text}
      @input=${(e: Event) => {
        e.stopPropagation(); // the host hears one `input`, ours, with the answer already updated
        host._typed(p, (e.target as HTMLTextAreaElement).value);
      }}
      @change=${() => host.dispatchEvent(new Event("change", { bubbles: true }))}
    ></textarea>
    <p class="count ${level}" part="count" id="${id}-count">${count}</p>
    ${p.shareable ? consent(host, p, id, disabled) : nothing}
  </div>`;
}

function consent(host: FamwelReflection, p: PromptView, id: string, disabled: boolean) {
  const radio = (share: boolean, text: string) =>
    html`<label class="choice">
      <input
        type="radio"
        name="${id}-share"
        value=${share ? "share" : "keep"}
        .checked=${p.share === share}
        ?disabled=${disabled}
        @input=${(e: Event) => e.stopPropagation()}
        @change=${() => host._consent(p, share)}
      />
      ${text}
    </label>`;
  return html`<fieldset
    class="consent"
    part="consent"
    aria-describedby=${p.share === undefined ? `${id}-unset` : nothing}
  >
    <legend>${host._t("reflShareLegend")}</legend>
    ${radio(true, host._t("reflShareYes"))} ${radio(false, host._t("reflShareNo"))}
    ${
      p.share === undefined
        ? html`<p class="hint" id="${id}-unset">${host._t("reflShareUnset")}</p>`
        : nothing
    }
  </fieldset>`;
}
