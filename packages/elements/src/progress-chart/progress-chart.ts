import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from "lit";
import {
  localize,
  type InstrumentDefinition,
  type LocalizedString,
  type Problem,
  type Response,
} from "@famwel/instrument/core";
import { fireError } from "../shared/events.js";
import { directionOf, onLocalesChanged, uiString, type UiStrings } from "../shared/i18n.js";
import { renderProblems } from "../shared/problems-view.js";
import { tokenStyles } from "../shared/tokens.styles.js";
import { fieldStyles } from "../shared/fields.styles.js";
import { styles } from "./progress-chart.styles.js";
import { addProgressChartStrings } from "./progress-chart.strings.js";
import { renderFilter, renderSummary, renderTable } from "./progress-chart.table.js";
import { ChartController } from "./progress-chart.controller.js";
import { checkChartSection, findSection } from "./progress-chart.section.js";
import { checkResponses } from "./progress-chart.check.js";
import {
  afterTitle,
  chartInput,
  progress,
  readingLabels,
  visibleSeries,
  type ChartInput,
  type ChartSection,
  type Layer,
  type Progress,
} from "./progress-chart.model.js";

/**
 * How each domain of a family's life-quality wheel changed over a series of readings (or how
 * helpful each service on the network map was): a line chart, a data table with every value, a
 * filter, and the distance travelled from the first rating to the latest. The table, filter and
 * summary come first; the chart (chart.js) is fetched after them, so no other element pays for it.
 *
 * @summary Progress over readings: line chart, data table, domain filter and distance travelled.
 * @fires famwel-error - The definition or the responses cannot be used; `event.problems` lists JSON pointers (`/responses/<index>/…` for responses) and messages.
 * @csspart filter - The checkboxes that choose which lines are shown.
 * @csspart chart - The box around the chart's canvas.
 * @csspart table - The scrollable data table.
 * @csspart summary - The distance-travelled list.
 * @csspart error - The message shown for a bad definition or bad responses.
 * @cssproperty --famwel-progress-chart-height - Height of the chart (default 18rem).
 * @cssproperty --famwel-progress-color-1 - Colour of the first line (and the 9th, 17th…); `--famwel-progress-color-2` to `-8` colour the next seven.
 * @cssproperty --famwel-color-accent - Checkbox colour (falls back to --ds-color-accent-base-default).
 * @cssproperty --famwel-color-focus - Focus ring (falls back to --ds-color-focus-outer).
 * @cssproperty --famwel-font-family - Font of the element and the chart (falls back to --ds-font-family).
 */
export class FamwelProgressChart extends LitElement {
  static override styles = [tokenStyles, fieldStyles, styles];
  static override properties: PropertyDeclarations = {
    definition: { attribute: false },
    instrument: { attribute: false },
    section: { reflect: true },
    responses: { attribute: false },
    history: { attribute: false },
    locale: { reflect: true },
    layer: { reflect: true },
    _section: { state: true },
    _problems: { state: true },
    _hidden: { state: true },
  };

  /** A wheel or network section of an instrument definition. */
  declare definition: ChartSection | undefined;
  /** A whole instrument; the chart shows the section named by `section` (else its first wheel, else its first network). */
  declare instrument: InstrumentDefinition | undefined;
  /** Id of a wheel or network section in `instrument`; responses' answers are read under this id. */
  declare section: string;
  /** The readings, famwel responses in any order: shown in order of `updated`, then `created`; one per response id (its latest). */
  declare responses: readonly Response[];
  /** Earlier versions of `instrument`. Readings made with one of them are carried forward
   * (migrateResponse, step by step through the versions), so a renamed, split or merged domain stays
   * one line; readings of a version not given are read as they are. */
  declare history: readonly InstrumentDefinition[];
  /** UI and instrument language, e.g. nb, nn, en; defaults to the nearest `lang` on the page. */
  declare locale: string;
  /** Which wheel rating to follow: `current` (how it is) or `desired` (how the family wants it). */
  declare layer: Layer;
  /** The last good section; a bad definition later is reported and this one stays in use. */
  declare _section: ChartSection | undefined;
  declare _problems: Problem[];
  /** Ids the user filtered out (so new domains show up by default). */
  declare _hidden: ReadonlySet<string>;

  /** The last good responses. */
  private _good: readonly Response[] = [];
  private _responseProblems: Problem[] = [];
  private _progress: Progress | undefined;
  /** The good responses carried forward to the current version, once the migration has loaded. */
  private _carried: readonly Response[] | undefined;
  private _carrying: Promise<unknown> = Promise.resolve();
  private _carryToken = 0;
  private _token = 0;
  private _checking: Promise<unknown> = Promise.resolve();
  private _unsubscribe: (() => void) | undefined;
  private _chart = new ChartController(this, () => this._chartInput());

  constructor() {
    super();
    addProgressChartStrings();
    this.section = "";
    this.responses = [];
    this.history = [];
    this.locale = "";
    this.layer = "current";
    this._problems = [];
    this._hidden = new Set();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._unsubscribe = onLocalesChanged(() => this.requestUpdate());
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribe?.();
  }

  get _locale(): string {
    return this.locale || this.closest("[lang]")?.getAttribute("lang") || "nb";
  }
  private get _fallbacks(): string[] {
    return this.instrument ? [this.instrument.defaultLocale] : [];
  }
  _t(key: keyof UiStrings, params?: Record<string, string | number>): string {
    return uiString(this._locale, key, params);
  }
  private _text(text: LocalizedString | undefined): string {
    return localize(text, this._locale, this._fallbacks).text;
  }
  _toggle(id: string, shown: boolean): void {
    const next = new Set(this._hidden);
    if (shown) next.delete(id);
    else next.add(id);
    this._hidden = next;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("definition") || changed.has("instrument") || changed.has("section"))
      this._resolve();
    const section = this._section;
    if (section && (changed.has("responses") || changed.has("_section"))) {
      const problems = checkResponses(this.responses, section);
      this._responseProblems = problems;
      if (problems.length > 0) fireError(this, problems);
      else this._good = this.responses;
    }
    if (changed.has("responses") || changed.has("history") || changed.has("instrument"))
      this._carryForward();
    this._progress = section
      ? progress(section, this._carried ?? this._good, {
          layer: this.layer === "desired" ? "desired" : "current",
          locale: this._locale,
          fallbacks: this._fallbacks,
        })
      : undefined;
  }

  /** Carries readings of earlier versions forward to the current one. The migration code (with the
   * response validator) loads only when a reading of another version is there to carry. */
  private _carryForward(): void {
    const current = this.instrument;
    const good = this._good;
    this._carried = undefined;
    const older = (r: Response) =>
      current && r.instrument.id === current.id && r.instrument.version !== current.version;
    if (!current || this.history.length === 0 || !good.some(older)) return;
    const history = this.history;
    const token = ++this._carryToken;
    this._carrying = import("./progress-chart.carry.js").then(({ carryForward }) => {
      if (token !== this._carryToken) return;
      this._carried = carryForward(good, current, history);
      this.requestUpdate();
    });
  }

  /** Finds and checks the section; a bad one is reported and the last good one stays in use. */
  private _resolve(): void {
    if (!this.definition && !this.instrument) return;
    const { candidate, base } = this.definition
      ? { candidate: this.definition as unknown, base: "" }
      : findSection(this.instrument!, this.section);
    const token = ++this._token;
    this._checking = checkChartSection(candidate, base, this.section).then((problems) => {
      if (token !== this._token) return; // a newer definition arrived meanwhile
      this._problems = problems;
      if (problems.length > 0) fireError(this, problems);
      // The checked copy (check-section.ts), not the host's object, which could change under us.
      else
        this._section = ((problems as { section?: ChartSection }).section ??
          candidate) as ChartSection;
    });
  }

  /** What the chart draws now, or undefined when there is nothing to draw. */
  private _chartInput(): ChartInput | undefined {
    const p = this._progress;
    const rtl = directionOf(this._locale) === "rtl";
    const input = p && chartInput(p, this._hidden, readingLabels(p.readings, this._locale), rtl);
    // Each line takes the colour of its swatch in the filter: one source, themable from CSS.
    const swatches = this.renderRoot.querySelectorAll(".swatch");
    return input && { ...input, colors: [...swatches].map((el) => getComputedStyle(el).color) };
  }

  /** Resolves once the definition is checked, chart.js has loaded and the chart is drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this._checking;
    await this._carrying;
    await super.getUpdateComplete();
    await this._chart.loading;
    return super.getUpdateComplete();
  }

  protected override render() {
    const locale = this._locale;
    const dir = directionOf(locale);
    const section = this._section;
    const p = this._progress;
    const errors = html`${renderProblems(this._problems, locale, this._t("progressBadDefinition"))}
    ${renderProblems(this._responseProblems, locale, this._t("progressBadResponses"))}`;
    if (!section || !p) return html`<div dir=${dir} lang=${locale}>${errors}</div>`;
    const wheel = section.type === "wheel";
    const title = this._text(section.title);
    const series = visibleSeries(p, this._hidden);
    const dates = readingLabels(p.readings, locale);
    const what = wheel
      ? this._t(this.layer === "desired" ? "progressLayerDesired" : "progressLayerCurrent")
      : this._t("progressHelpfulness");
    const nothingYet = p.readings.length === 0 || p.series.length === 0;
    const empty = nothingYet
      ? "progressNoReadings"
      : series.length === 0
        ? "progressNoneSelected"
        : undefined;
    return html`<div dir=${dir} lang=${locale}>
      ${errors} ${nothingYet ? nothing : renderFilter(this, p, this._hidden, wheel)}
      ${
        empty
          ? html`<p class="empty">${this._t(empty)}</p>`
          : html`<div part="chart" class="chart">
                <canvas
                  role="img"
                  aria-label=${afterTitle(
                    this._t("progressChartLabel", {
                      title,
                      lines: series.length,
                      readings: dates.length,
                      from: dates[0] ?? "",
                      to: dates.at(-1) ?? "",
                    }),
                    title,
                  )}
                ></canvas>
              </div>
              ${renderTable(
                this,
                series,
                dates,
                afterTitle(this._t("progressCaption", { title, what }), title),
                wheel,
              )}
              ${renderSummary(this, series, dir === "rtl")}`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "famwel-progress-chart": FamwelProgressChart;
  }
}
