// What <famwel-progress-chart> shows without chart.js, in its first paint: the filter (a checkbox
// per line), the data table (the real alternative to the picture: every value, and every missing
// value said in words) and the "distance travelled" list.
import { html, nothing } from "lit";
import type { UiStrings } from "../shared/i18n.js";
import {
  distance,
  formatChange,
  formatValue,
  type Missing,
  type Progress,
  type Series,
} from "./progress-chart.model.js";

/** What the views need from the element (kept narrow so they can be read and tested on their own). */
export interface TableHost {
  _locale: string;
  _t(key: keyof UiStrings, params?: Record<string, string | number>): string;
  _toggle(id: string, shown: boolean): void;
}

const missingKey: Record<Missing, keyof UiStrings> = {
  notRated: "notRated",
  removed: "progressRemoved",
  absent: "progressAbsent",
};

function name(host: TableHost, s: Series, wheel: boolean) {
  return html`<span lang=${s.lang ?? nothing}>${s.label}</span>${
      wheel && s.custom
        ? html` <span class="tag">(${host._t("progressAddedByFamily")})</span>`
        : nothing
    }`;
}

export function renderFilter(
  host: TableHost,
  p: Progress,
  hidden: ReadonlySet<string>,
  wheel: boolean,
) {
  return html`<fieldset part="filter" class="filter">
    <legend>${host._t(wheel ? "progressFilterDomains" : "progressFilterServices")}</legend>
    ${p.series.map(
      (s) =>
        html`<label
          ><input
            type="checkbox"
            .checked=${!hidden.has(s.id)}
            @change=${(e: Event) => host._toggle(s.id, (e.target as HTMLInputElement).checked)}
          />${name(host, s, wheel)}</label
        >`,
    )}
  </fieldset>`;
}

export function renderTable(
  host: TableHost,
  series: readonly Series[],
  dates: readonly string[],
  caption: string,
  wheel: boolean,
) {
  const cell = (v: number | Missing) =>
    typeof v === "number"
      ? html`<td>${formatValue(v, host._locale)}</td>`
      : html`<td class="missing">${host._t(missingKey[v])}</td>`;
  // A wide table scrolls on its own; the region is focusable so keyboard users can scroll it too.
  return html`<div class="scroll" part="table" role="region" tabindex="0" aria-labelledby="caption">
    <table>
      <caption id="caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${host._t(wheel ? "progressDomain" : "progressService")}</th>
          ${dates.map((d) => html`<th scope="col">${d}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${series.map(
          (s) =>
            html`<tr>
              <th scope="row">${name(host, s, wheel)}</th>
              ${s.points.map(cell)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function renderSummary(host: TableHost, series: readonly Series[], rtl: boolean) {
  const locale = host._locale;
  const item = (s: Series) => {
    const d = distance(s);
    if (d.first === undefined || d.latest === undefined || d.change === undefined)
      return host._t("progressNeverRated", { label: d.label });
    if (d.rated === 1)
      return host._t("progressRatedOnce", { label: d.label, value: formatValue(d.latest, locale) });
    const text = host._t("progressDistance", {
      label: d.label,
      first: formatValue(d.first, locale),
      latest: formatValue(d.latest, locale),
      change: formatChange(d.change, locale),
    });
    // The arrow points the way the text runs.
    return rtl ? text.replace("→", "←") : text;
  };
  return html`<div part="summary" class="summary">
    <p id="distance">${host._t("progressDistanceTitle")}</p>
    <ul aria-labelledby="distance">
      ${series.map((s) => html`<li>${item(s)}</li>`)}
    </ul>
  </div>`;
}
