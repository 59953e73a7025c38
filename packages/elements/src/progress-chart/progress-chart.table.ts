// What <famwel-progress-chart> shows without chart.js, in its first paint: the filter (a checkbox
// per line, with a sample of the line: it is the chart's legend), the data table (the real alternative to the picture: every value, and every missing
// value said in words) and the "distance travelled" list.
import { html, nothing, svg, type SVGTemplateResult } from "lit";
import { directionOf, type UiStrings } from "../shared/i18n.js";
import { lookOf, type Point } from "./progress-chart.looks.js";
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

// chart.js's point styles drawn in SVG, centred in a 48 × 14 sample of the line: wide enough that
// each dash pattern shows whole on both sides of the mark (in 36, dash-dot's dot hid under it).
const MARKS: Record<Point, SVGTemplateResult> = {
  circle: svg`<circle class="mark" cx="24" cy="7" r="4"></circle>`,
  rect: svg`<rect class="mark" x="20" y="3" width="8" height="8"></rect>`,
  triangle: svg`<polygon class="mark" points="24,2.5 28.5,11 19.5,11"></polygon>`,
  rectRot: svg`<polygon class="mark" points="24,1.5 29.5,7 24,12.5 18.5,7"></polygon>`,
  star: svg`<path class="mark open" d="M24 1.5v11M18.5 7h11M20 3l8 8M28 3l-8 8"></path>`,
  crossRot: svg`<path class="mark open" d="M20 3l8 8M28 3l-8 8"></path>`,
  rectRounded: svg`<rect class="mark" x="20" y="3" width="8" height="8" rx="2.5"></rect>`,
};

/** A sample of line number `style`: its colour, dash and point shape, as the chart draws it. */
function swatch(style: number) {
  const look = lookOf(style);
  return html`<svg class="swatch s${look.color}" viewBox="0 0 48 14" aria-hidden="true">
    <line x1="1" y1="7" x2="47" y2="7" stroke-dasharray=${look.dash.join(" ") || nothing}></line>
    ${MARKS[look.point]}
  </svg>`;
}

function name(host: TableHost, s: Series, wheel: boolean) {
  return html`<span lang=${s.lang ?? nothing} dir=${s.lang ? directionOf(s.lang) : nothing}
      >${s.label}</span
    >${
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
      (s, k) =>
        html`<label
          ><input
            type="checkbox"
            .checked=${!hidden.has(s.id)}
            @change=${(e: Event) => host._toggle(s.id, (e.target as HTMLInputElement).checked)}
          />${swatch(k)}${name(host, s, wheel)}</label
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
  // Its title stands above the region, not in a <caption>: the table opens scrolled to its newest
  // readings (progress-chart.styles.ts), and a caption, as wide as the table, would be out of view.
  // The table takes it as its name all the same.
  return html`<p class="caption" id="caption">${caption}</p>
    <div class="scroll" part="table" role="region" tabindex="0" aria-labelledby="caption">
      <table aria-labelledby="caption">
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
    // Right to left, a right-to-left mark after the name: a bokmål name in an Arabic summary set the
    // numbers after it left to right, so "3 ← 5 (+2)" read as a fall.
    const text = host._t("progressDistance", {
      label: d.label + (rtl ? "\u200f" : ""),
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
