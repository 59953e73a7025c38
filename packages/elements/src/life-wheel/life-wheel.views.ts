// The wheel's views besides the SVG itself: the editable table (what a screen reader user works in),
// the panel for the selected domain (note, name, remove), adding a domain with undo, and the child face.
import { html, nothing } from "lit";
import { localize, type WheelSection } from "@famwel/instrument/core";
import type { FamwelLifeWheel } from "./life-wheel.js";
import { uiString, type UiStrings } from "../shared/i18n.js";
import { named } from "../shared/named-text.js";
import { refocus } from "../shared/refocus.js";
import { renderNotice, renderProblems } from "../shared/problems-view.js";
import {
  formatNumber,
  setRating,
  snap,
  valueText,
  wheelDomains,
  type Layer,
  type WheelDomainView,
} from "./life-wheel.model.js";
import {
  addDomain,
  canAdd,
  maxDomains,
  newDomainId,
  removeDomain,
  renameDomain,
  restoreDomain,
  setNote,
} from "./life-wheel.model-edits.js";
import { addWheelViewStrings } from "./life-wheel.strings.js";
import { viewStyles as ownViewStyles } from "./life-wheel.views.styles.js";
import { controlStyles } from "../shared/controls.styles.js";
import { fieldStyles } from "../shared/fields.styles.js";
import { stackClass, stackStyles } from "../shared/table-stack.styles.js";

/** Adopted by the element when this chunk arrives: the shared controls, then the wheel's own. */
export const viewStyles = [fieldStyles, controlStyles, stackStyles, ownViewStyles];
export { pointerRate, pointerEnd } from "./life-wheel.pointer.js";
export { segmentOverlays } from "./life-wheel.overlays.js";
// Bundling, not API: with the class reachable from this chunk too, esbuild puts the element beside Lit
// in one shared chunk, so the initial load travels as one compressed file (a tiny entry aside) instead
// of two, ~400 bytes less gzip (one dictionary, not two). Rollup and Vite produce that shape anyway.
export { FamwelLifeWheel } from "./life-wheel.js";

addWheelViewStrings(); // this module loads once, lazily; its strings come with it

type Wheel = FamwelLifeWheel;

const mayRename = (s: WheelSection, d: WheelDomainView) =>
  d.custom ? Boolean(s.custom?.add || s.custom?.rename) : Boolean(s.custom?.rename);
const mayRemove = (s: WheelSection, d: WheelDomainView, count: number) =>
  count > (s.minDomains ?? 1) &&
  (d.custom ? Boolean(s.custom?.add || s.custom?.remove) : Boolean(s.custom?.remove));

/** A rating control: a select with every step read with its anchor (or a number field on long scales). */
function ratingControl(
  host: Wheel,
  section: WheelSection,
  d: WheelDomainView,
  layer: Layer,
  label: string,
) {
  const { scale } = section;
  const value = d[layer];
  const text = valueText(value, scale, host._locale, host._fallbacks);
  if (!host._editable) return html`${text}`;
  const set = (raw: string) => {
    const next = raw === "" ? undefined : snap(Number(raw), scale);
    host._edit(setRating(host.value, d.id, layer, next, host._now()));
  };
  const step = scale.step ?? 1;
  const count = Math.round((scale.max - scale.min) / step) + 1;
  if (count > 31)
    return html`<input
      type="number"
      aria-label=${label}
      min=${scale.min}
      max=${scale.max}
      step=${step}
      .value=${value === undefined ? "" : String(value)}
      @change=${(e: Event) => set((e.target as HTMLInputElement).value)}
    />`;
  return html`<select
    aria-label=${label}
    @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}
  >
    <option value="" ?selected=${value === undefined}>
      — ${valueText(undefined, scale, host._locale)}
    </option>
    ${Array.from({ length: count }, (_, k) => +(scale.min + k * step).toFixed(6)).map(
      (v) =>
        html`<option value=${v} ?selected=${v === value}>
          ${valueText(v, scale, host._locale, host._fallbacks)}
        </option>`,
    )}
  </select>`;
}

function noteControl(host: Wheel, section: WheelSection, d: WheelDomainView) {
  const prompt = section.notePrompt
    ? localize(section.notePrompt, host._locale, host._fallbacks).text
    : host._t("note");
  const label = `${d.label}: ${prompt}`;
  if (!host._editable) return html`${d.note}`;
  return html`<textarea
    aria-label=${label}
    dir="auto"
    maxlength="2000"
    .value=${d.note}
    @input=${(e: Event) => host._edit(setNote(host.value, d.id, (e.target as HTMLTextAreaElement).value, host._now()), false)}
    @change=${() => host.dispatchEvent(new Event("change", { bubbles: true }))}
  ></textarea>`;
}

function renameControl(host: Wheel, d: WheelDomainView) {
  const save = (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem(
      "name",
    ) as HTMLInputElement;
    if (input.value.trim() && input.value.trim() !== d.label)
      host._edit(renameDomain(host.value, d.id, input.value, host._now()));
  };
  return html`<form class="row" @submit=${save}>
    <label
      >${host._t("newName", { label: d.label })}<input
        name="name"
        dir="auto"
        maxlength="200"
        .value=${d.label}
    /></label>
    <button type="submit">${host._t("rename")}</button>
  </form>`;
}

function removeButton(host: Wheel, d: WheelDomainView) {
  return html`<button type="button" @click=${() => removeWithUndo(host, d)}>
    ${host._t("remove", { label: d.label })}
  </button>`;
}

/** What rates domain `id` in the view shown: its segment, or the first field of its row. */
const ratingOf = (host: Wheel, id: string) => (root: ParentNode) => {
  const i = host._section ? host._domains(host._section).findIndex((d) => d.id === id) : -1;
  return root.querySelector(
    host.view === "table"
      ? `tbody tr:nth-child(${i + 1}) :is(select, input)`
      : `[data-index="${i}"]`,
  );
};

/**
 * Removes a domain and offers to undo it; the answer is kept, only marked removed. The button
 * pressed goes with the domain, so focus goes to Undo, which the status has just named.
 */
function removeWithUndo(host: Wheel, d: WheelDomainView): void {
  host._undo = { id: d.id, label: d.label };
  if (host._selected === d.id) host._selected = undefined;
  host._edit(
    removeDomain(host.value, d.id, host._now()),
    true,
    host._t("removed", { label: d.label }),
  );
  refocus(host, (r) => r.querySelector(".undo button"));
}

/** Brings the removed domain back, and focus to it: the Undo button pressed is gone. */
function restore(host: Wheel): void {
  const undo = host._undo;
  if (!undo) return;
  host._undo = undefined;
  host._edit(
    restoreDomain(host.value, undo.id, host._now()),
    true,
    host._t("restored", { label: undo.label }),
  );
  refocus(host, ratingOf(host, undo.id));
}

/** Below the picture or the table: the legend (wheel view) and the panel, one call from the element. */
export function renderBelow(host: Wheel, section: WheelSection, domains: WheelDomainView[]) {
  hearPanelKeys(host);
  const help =
    host.view === "wheel" && host._editable
      ? html`<p class="help">${host._t("wheelHelp")}</p>`
      : nothing;
  return html`${host.view === "wheel" ? renderLegend(host, section) : nothing}${help}${renderPanel(host, section, domains)}`;
}

const hearing = new WeakSet<Wheel>();

/**
 * Enter on a segment goes to its panel under the picture (description, note, name, remove), and Esc
 * there goes back to the segment. Tab from a segment goes on to the next one, and the panel follows
 * focus, so by Tab alone the keyboard reached only the last domain's panel. Heard on the shadow root,
 * once, from when the views arrive: the first load's key handler stays as it is.
 */
function hearPanelKeys(host: Wheel): void {
  if (hearing.has(host)) return;
  hearing.add(host);
  host.renderRoot.addEventListener("keydown", (e) => {
    const { key, target } = e as KeyboardEvent;
    const id = host._selected;
    if (!(target instanceof Element) || !id || host.view !== "wheel") return;
    if (key === "Enter" && target.matches(".segment")) {
      e.preventDefault();
      refocus(host, (r) => r.querySelector(".panel :is(textarea, input, button)"));
    } else if (key === "Escape" && target.closest(".panel")) refocus(host, ratingOf(host, id));
  });
}

/** Under the picture: what each fill and outline means, with a sample of its line style. */
function renderLegend(host: Wheel, section: WheelSection) {
  const sample = (cls: string) =>
    html`<svg width="28" height="12" aria-hidden="true">
      <path class=${cls} d="M2 6H26"></path>
    </svg>`;
  const items = [
    html`<li>${sample("fill legend-fill")}${host._t("current")}</li>`,
    section.desired ? html`<li>${sample("desired")}${host._t("desired")}</li>` : nothing,
    ...host.compare
      .slice(0, 4)
      .map((c, k) => html`<li>${sample(`cmp cmp-${k}`)}${compareLabel(host, c)}</li>`),
  ];
  if (!section.desired && host.compare.length === 0) return nothing;
  return html`<ul class="legend" part="legend" aria-label=${host._t("legend")}>
    ${items}
  </ul>`;
}

function compareLabel(host: Wheel, c: Wheel["compare"][number]): string {
  return typeof c.label === "string"
    ? c.label
    : localize(c.label, host._locale, host._fallbacks).text;
}

/** Above the picture: the error for a bad definition, then the view switch, rating layer and picture download. */
export function renderTop(host: Wheel, section: WheelSection | undefined, title: string) {
  // The language once: each host._t walks up the page for a lang attribute, and this runs on every
  // rating.
  const locale = host._locale;
  const t = (key: keyof UiStrings) => uiString(locale, key);
  const error = renderProblems(host._problems, locale, t("badDefinition"));
  if (!section) return error;
  const pressed = <K extends "view" | "layer">(key: K, value: Wheel[K], label: keyof UiStrings) =>
    html`<button
      type="button"
      aria-pressed=${host[key] === value}
      @click=${() => (host[key] = value)}
    >
      ${t(label)}
    </button>`;
  return html`${error}${renderNotice(host, locale)}
    <div class="toolbar" part="toolbar">
      <fieldset>
        <legend>${t("view")}</legend>
        ${pressed("view", "wheel", "viewWheel")}${pressed("view", "table", "viewTable")}
      </fieldset>
      ${
        section.desired && host._editable
          ? html`<fieldset>
              <legend>${t("layer")}</legend>
              ${pressed("layer", "current", "layerCurrent")}${pressed("layer", "desired", "layerDesired")}
            </fieldset>`
          : nothing
      }
      <button
        type="button"
        @click=${() => void import("./life-wheel.export.js").then((x) => x.exportSvg(host, title))}
      >
        ${t("exportPicture")}
      </button>
    </div>`;
}

export function renderTable(host: Wheel, section: WheelSection, domains: WheelDomainView[]) {
  const title = localize(section.title, host._locale, host._fallbacks);
  const others = host.compare.map((c) => ({
    label:
      typeof c.label === "string" ? c.label : localize(c.label, host._locale, host._fallbacks).text,
    domains: wheelDomains(section, c.value, host._locale, host._fallbacks),
  }));
  const actions =
    host._editable && (section.custom?.rename || section.custom?.remove || section.custom?.add);
  const columns =
    2 + others.length + [section.desired, section.notes, actions].filter(Boolean).length;
  const [now, desired, note] = [host._t("current"), host._t("desired"), host._t("note")];
  const stack = stackClass(host._width, columns);
  return html`<table part="table" class=${stack}>
    <caption>
      ${named(title.text, title.locale)}
    </caption>
    <thead class=${stack && "sr-only"}>
      <tr>
        <th scope="col">${host._t("domain")}</th>
        <th scope="col">${now}</th>
        ${section.desired ? html`<th scope="col">${desired}</th>` : nothing}
        ${others.map((o) => html`<th scope="col">${host._t("compareWith")} ${o.label}</th>`)}
        ${section.notes ? html`<th scope="col">${note}</th>` : nothing}
        ${actions ? html`<th scope="col">${host._t("actions")}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${domains.map(
        (d) =>
          html`<tr>
            <th scope="row">${named(d.label, d.lang)}</th>
            <td data-col=${now}>
              ${ratingControl(host, section, d, "current", `${d.label}: ${now}`)}
            </td>
            ${section.desired ? html`<td data-col=${desired}>${ratingControl(host, section, d, "desired", `${d.label}: ${desired}`)}</td>` : nothing}
            ${others.map((o) => {
              const v = o.domains.find((x) => x.id === d.id)?.current;
              const diff = v !== undefined && d.current !== undefined ? d.current - v : undefined;
              return html`<td data-col="${host._t("compareWith")} ${o.label}">
                ${valueText(v, section.scale, host._locale, host._fallbacks)}${diff ? html` (${diff > 0 ? "+" : "−"}${formatNumber(Math.abs(diff), host._locale)})` : nothing}
              </td>`;
            })}
            ${section.notes ? html`<td data-col=${note}>${noteControl(host, section, d)}</td>` : nothing}
            ${actions ? html`<td>${mayRename(section, d) ? renameControl(host, d) : nothing}${mayRemove(section, d, domains.length) ? removeButton(host, d) : nothing}</td>` : nothing}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Below the picture: the selected domain's details (wheel view), adding a domain and undoing a removal (both views). */
function renderPanel(host: Wheel, section: WheelSection, domains: WheelDomainView[]) {
  const selected = host.view === "wheel" ? domains.find((d) => d.id === host._selected) : undefined;
  const addable = host._editable && canAdd(section, domains.length);
  const add = (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem(
      "label",
    ) as HTMLInputElement;
    const label = input.value.trim();
    if (!label) return;
    const id = newDomainId();
    host._edit(addDomain(host.value, label, host._now(), id), true, host._t("added", { label }));
    input.value = "";
    // The field stays for the next name; at the wheel's last domain it goes, and focus goes to
    // the domain just added.
    refocus(host, (r) => r.querySelector(".add input") ?? ratingOf(host, id)(r));
  };
  // The domain's description, from the definition: only the panel shows it, so it is looked up
  // here rather than for every domain in the first render.
  const description =
    selected && host._text(section.domains.find((d) => d.id === selected.id)?.description);
  return html`
    ${
      selected
        ? html`<section part="panel" class="panel" aria-label=${selected.label}>
            <h3>${named(selected.label, selected.lang)}</h3>
            ${description ? html`<p>${description}</p>` : nothing}
            ${section.notes ? html`<label>${localize(section.notePrompt ?? {}, host._locale, host._fallbacks).text || host._t("note")} ${noteControl(host, section, selected)}</label>` : nothing}
            ${host._editable && mayRename(section, selected) ? renameControl(host, selected) : nothing}
            ${host._editable && mayRemove(section, selected, domains.length) ? removeButton(host, selected) : nothing}
          </section>`
        : nothing
    }
    ${
      addable
        ? html`<form class="row add" @submit=${add}>
            <label
              >${host._t("newDomainName")}<input name="label" dir="auto" maxlength="200" required
            /></label>
            <button type="submit">${host._t("addDomain")}</button>
          </form>`
        : host._editable && section.custom?.add
          ? html`<p class="row add">${host._t("maxDomains", { max: maxDomains(section) })}</p>`
          : nothing
    }
    ${
      host._undo && host._editable
        ? html`<p class="row undo">
            ${host._t("removed", { label: host._undo.label })}
            <button type="button" @click=${() => restore(host)}>${host._t("undo")}</button>
          </p>`
        : nothing
    }
  `;
}
