// Everything the runner needs once it has a definition to show: rendering of the steps, fields,
// summary and navigation, the step flow, response assembly and the draft event. Loaded as one lazy
// chunk when the runner connects, in parallel with the definition itself (which the runner must
// load and check before it can show anything), so a page that only shows a wheel or a map never
// pays for it and a page with the runner does not wait longer.
import { html, nothing, type LitElement } from "lit";
import type { FamwelInstrument } from "./instrument.js";
import { summarize } from "./instrument.summary.js";
import { dirOf, named, renderFields } from "./instrument.fields.js";
import {
  renderDone,
  renderErrorSummary,
  renderHeader,
  renderNav,
  renderProgress,
  renderSendError,
  renderSummary,
} from "./instrument.views.js";
import { errorMessage } from "./instrument.focus.js";
import { renderNotice } from "../shared/problems-view.js";
import { addPartStrings } from "./instrument.parts-strings.js";

export { assembleResponse } from "./instrument.model-response.js";
export { partStyles } from "./instrument.parts.styles.js";
export { errorMessage } from "./instrument.focus.js";
import { FamwelDraftEvent } from "./instrument.events.js";
import type { Response } from "@famwel/instrument/core";

/** Fires `famwel-draft` on the runner (a function here, so the manifest reads the event from the
 * class's @fires tag rather than misnaming it after this module's export). */
export function fireDraft(host: HTMLElement, draft: Response): void {
  host.dispatchEvent(new FamwelDraftEvent(draft));
}
export {
  back,
  change,
  edited,
  focusError,
  load,
  next,
  resume,
  showAnswer,
  submit,
} from "./instrument.flow.js";

/** The runner once its definition is there: header, progress, errors, the step or the summary. */
export function renderBody(host: FamwelInstrument) {
  addPartStrings(); // before anything the parts draw or say (once)
  const def = host._def!;
  const { locale, step, answers, role } = host._state;
  const sections = host._sections;
  const section = sections[step];
  const title = section && host._text(section.title);
  const desc = section?.description && host._text(section.description);
  const frozen = host._frozen
    ? html`<p class="notice" part="notice" role="status">
        ${host._t("runOtherVersion", { version: host._frozen, current: def.version })}
      </p>`
    : nothing;
  return html`${renderNotice(host, locale)}${renderHeader(host, def)}${frozen}
  ${
    host._done
      ? renderDone(host)
      : html`${renderProgress(host, sections)}
        ${renderErrorSummary(host, host._errors, (m) => errorMessage(host, m))}
        ${
          section
            ? html`<section class="step" aria-labelledby="step-title">
                <h3 id="step-title" tabindex="-1">${named(title?.text, title?.lang)}</h3>
                ${desc ? html`<p class="hint" lang=${desc.lang ?? nothing} dir=${dirOf(desc.lang)}>${desc.text}</p>` : nothing}
                ${
                  host._frozen
                    ? html`<fieldset disabled class="frozen">
                        ${renderFields(host, section)}
                      </fieldset>`
                    : renderFields(host, section)
                }
              </section>`
            : renderSummary(
                host,
                summarize(def, answers, role, locale, (k, p) => host._t(k, p)),
              )
        }
        ${section ? nothing : renderSendError(host)} ${renderNav(host, sections.length)}`
  }`;
}

/** The step's element whose completion each runner's nav waits for. */
const drawing = new WeakMap<FamwelInstrument, Element>();

/** After each update: focus where the flow asked for it, and the nav held still (see below). */
export function afterUpdate(host: FamwelInstrument): void {
  const root = host.shadowRoot!; // Lit's render root
  // A step's wheel, map or reflection draws a task after the step, what is rated first and its
  // legend, toolbar or table later (section-element.ts): each pushed Back and Next further down
  // (222, 677 and then 810 px from the top at 1000 px), under a pointer on its way to them. Until
  // the new element is complete the nav holds its final place unseen: `visibility`, so nothing
  // around it moves. One that fails to complete, or is not defined yet (its chunk did not
  // arrive), does not hold the nav back, and none holds it past a second: a request for its views
  // that hangs on a poor line must not keep a family from going on.
  const child = root.querySelector<LitElement>(".child");
  if (child && child !== drawing.get(host)) {
    drawing.set(host, child);
    const nav = root.querySelector(".nav")!;
    nav.classList.add("wait");
    const show = () => nav.classList.remove("wait");
    Promise.resolve(child.updateComplete).then(show, show);
    setTimeout(show, 1000);
  }
  // The runner's message for a missing answer stands above the element; the element marks the
  // prompt or field itself once it is told it is invalid, as a form's submit would tell it.
  if (child && root.getElementById(`${child.id}-error`))
    (child as LitElement & { checkValidity?(): boolean }).checkValidity?.();
  const target = host._focus;
  host._focus = undefined;
  const sel = target === "errors" ? ".error-summary" : target ? "#step-title" : undefined;
  if (sel) root.querySelector<HTMLElement>(sel)?.focus();
}
