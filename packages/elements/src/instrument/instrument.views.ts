// The runner's frame around each step: title and language switcher, progress, the error summary,
// Back/Next, the summary page with "Change" links, and the thank-you after submit. The error summary
// follows GOV.UK and Designsystemet: a focused box at the top with a heading and one link per
// problem, each moving focus to its field; the same message also stands at the field.
import { html, nothing } from "lit";
import type { AnySection, InstrumentDefinition } from "@famwel/instrument/core";
import { directionOf, type UiStrings } from "../shared/i18n.js";
import type { SummarySection } from "./instrument.summary.js";
import type { RunnerState } from "./instrument.model.js";
import type { Missing } from "./instrument.model-required.js";
import { dirOf, fieldId, named } from "./instrument.fields.js";

export interface ViewHost {
  readonly _def: InstrumentDefinition | undefined;
  readonly _state: RunnerState;
  _t(key: keyof UiStrings, params?: Record<string, string | number>): string;
  _text(text: InstrumentDefinition["title"] | undefined): {
    text: string;
    lang: string | undefined;
  };
  _setLocale(locale: string): void;
  _next(): void;
  _back(): void;
  _change(step: number): void;
  _submit(): void;
  _focusError(error: Missing): void;
  readonly _frozen?: string | undefined;
  readonly _sendFailed?: number | undefined;
}

/** Names browsers' language data lacks or gets wrong for the languages of Norway, and English: the
 * runner's own languages never wait for Intl.DisplayNames, whose first use loads locale data and
 * costs tens of milliseconds on the main thread. */
const NATIVE = new Map(
  Object.entries({
    nb: "Norsk bokmål",
    nn: "Norsk nynorsk",
    no: "Norsk",
    en: "English",
    se: "Davvisámegiella",
    smj: "Julevsámegiella",
    sma: "Åarjelsaemien gïele",
    fkv: "Kvääni",
  }),
);

/** A language's name in that language ("Norsk bokmål", "English", "Davvisámegiella"), looked up once. */
export function nativeName(locale: string): string {
  let name = NATIVE.get(locale);
  if (name !== undefined) return name;
  name = locale;
  try {
    const n = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
    name = n.charAt(0).toLocaleUpperCase(locale) + n.slice(1);
  } catch {
    /* not a language tag Intl knows: the code itself */
  }
  NATIVE.set(locale, name);
  return name;
}

export function renderHeader(host: ViewHost, def: InstrumentDefinition) {
  const title = host._text(def.title);
  const locale = host._state.locale;
  return html`<header part="header">
    <h2>${named(title.text, title.lang)}</h2>
    ${
      def.locales.length > 1
        ? html`<div
            class="languages"
            role="group"
            aria-label=${host._t("runLanguage")}
            part="languages"
          >
            ${def.locales.map(
              (l) =>
                html`<button
                  type="button"
                  lang=${l}
                  dir=${directionOf(l)}
                  aria-pressed=${l === locale ? "true" : "false"}
                  @click=${() => host._setLocale(l)}
                >
                  ${nativeName(l)}
                </button>`,
            )}
          </div>`
        : nothing
    }
  </header>`;
}

/** "Step 2 of 4" and the ordered list of steps, the current one marked with aria-current. */
export function renderProgress(host: ViewHost, sections: readonly AnySection[]) {
  const { step } = host._state;
  const onSummary = step >= sections.length;
  // The review ends the list unnumbered (.review, instrument.parts.styles.ts): it is where the
  // steps lead, not one more step to answer, so the numbers stop at the label's total ("Steg 1 av
  // 5" above 1–5) and its name says what it is. Still an item of the list, current on the summary
  // page like a step.
  return html`<nav part="progress" aria-labelledby="progress-label">
    <p id="progress-label" class="progress-label">
      ${onSummary ? host._t("runSummary") : host._t("runStepOf", { step: step + 1, total: sections.length })}
    </p>
    <ol class="steps" aria-label=${host._t("runSteps")}>
      ${sections.map((s, i) => {
        const t = host._text(s.title);
        return html`<li
          class=${i < step ? "done" : i === step ? "current" : ""}
          aria-current=${i === step ? "step" : nothing}
        >
          <span lang=${t.lang ?? nothing} dir=${dirOf(t.lang)}>${t.text}</span>
        </li>`;
      })}
      <li class="review ${onSummary ? "current" : ""}" aria-current=${onSummary ? "step" : nothing}>
        ${host._t("runSummary")}
      </li>
    </ol>
  </nav>`;
}

export function renderErrorSummary(
  host: ViewHost,
  errors: readonly Missing[],
  message: (m: Missing) => string,
) {
  if (!errors.length) return nothing;
  return html`<div
    class="error-summary"
    part="error-summary"
    tabindex="-1"
    aria-labelledby="error-title"
  >
    <h3 id="error-title">${host._t("runErrorTitle")}</h3>
    <ul>
      ${errors.map(
        (m) =>
          html`<li>
            <a
              href="#${m.item !== undefined && isNative(host, m.section) ? fieldId(m.section, m.item) : fieldId(m.section)}"
              @click=${(e: Event) => {
                e.preventDefault();
                host._focusError(m);
              }}
              >${message(m)}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

function isNative(host: ViewHost, section: string): boolean {
  const type = host._def?.sections.find((s) => s.id === section)?.type;
  return type === "scale" || type === "choice" || type === "text";
}

export function renderNav(host: ViewHost, steps: number) {
  const { step } = host._state;
  const onSummary = step >= steps;
  return html`<div class="nav" part="nav">
    ${
      step > 0
        ? html`<button type="button" class="secondary" @click=${() => host._back()}>
            ${host._t("runBack")}
          </button>`
        : nothing
    }
    ${
      onSummary
        ? host._frozen
          ? nothing
          : html`<button
              type="button"
              class="primary"
              aria-describedby=${host._sendFailed ? "send-error" : nothing}
              @click=${() => host._submit()}
            >
              ${host._t("runSubmit")}
            </button>`
        : html`<button type="button" class="primary" @click=${() => host._next()}>
            ${step === steps - 1 || host._state.returnToSummary ? host._t("runToSummary") : host._t("runNext")}
          </button>`
    }
  </div>`;
}

/**
 * Beside Send, after a try whose check failed: the answers were not sent, nothing is lost, try
 * again. An alert, announced without moving focus, so Enter on Send (still focused) tries again at
 * once. A second failure must be announced too, not left standing silently: the two identical
 * templates below alternate by try, and Lit puts a new element in place whenever the template
 * changes (as keyed() would, without another directive module in the chunk).
 */
export function renderSendError(host: ViewHost): unknown {
  const tries = host._sendFailed;
  if (!tries) return nothing;
  const text = html`<p><strong>${host._t("runSendFailed")}</strong></p>
    <p>${host._t("runSendKept")}</p>`;
  return tries % 2
    ? html`<div class="send-error" part="send-error" id="send-error" role="alert">${text}</div>`
    : html`<div class="send-error" part="send-error" id="send-error" role="alert">${text}</div>`;
}

/** Every answer per section, with a "Change" link back to its step. */
export function renderSummary(host: ViewHost, summary: readonly SummarySection[]) {
  return html`<section class="summary" part="summary" aria-labelledby="step-title">
    <h3 id="step-title" tabindex="-1">${host._t("runSummary")}</h3>
    <p>${host._t("runSummaryIntro")}</p>
    ${summary.map(
      (s) =>
        html`<div class="summary-section">
          <div class="summary-head">
            <h4 id="sum-${s.id}">${named(s.title, s.lang)}</h4>
            <button type="button" class="link" @click=${() => host._change(s.step)}>
              ${host._t("runChange")}<span class="sr-only" lang=${s.lang ?? nothing}>
                ${s.title}</span
              >
            </button>
          </div>
          <dl>
            ${
              s.rows.length
                ? s.rows.map(
                    (r) =>
                      html`<div class="row">
                        <dt>${named(r.label, r.lang)}</dt>
                        <dd class=${r.value ? "" : "empty"}>
                          <span class="value">${r.value || host._t("runNotAnswered")}</span>
                        </dd>
                      </div>`,
                  )
                : html`<div class="row">
                    <dt class="sr-only">${s.title}</dt>
                    <dd class="empty">${host._t("runNotAnswered")}</dd>
                  </div>`
            }
          </dl>
        </div>`,
    )}
  </section>`;
}

export function renderDone(host: ViewHost) {
  return html`<div class="done" part="done" role="status">
    <h3 id="step-title" tabindex="-1">${host._t("runSubmitted")}</h3>
  </div>`;
}
