import { LitElement, html, svg, nothing, type PropertyValues } from "lit";
import {
  isParsed,
  localize,
  type InstrumentDefinition,
  type LocalizedString,
  type Problem,
  type WheelAnswer,
  type WheelSection,
} from "@famwel/instrument/core";
import { fireError } from "../shared/events.js";
import { FormAssociated } from "../shared/form-associated.js";
import { textMeasurer } from "../shared/measure-text.js";
import { directionOf, onLocalesChanged, uiString, type UiStrings } from "../shared/i18n.js";
import { styles } from "./life-wheel.styles.js";
import { tokenStyles } from "../shared/tokens.styles.js";
import {
  layoutWheel,
  sectorPath,
  segmentAngle,
  valueRadius,
  type WheelLayout,
} from "./life-wheel.layout.js";
import {
  emptyWheelAnswer,
  keyStep,
  setRating,
  valueText,
  wheelDomains,
  wheelValidity,
  type Layer,
  type WheelDomainView,
} from "./life-wheel.model.js";

// SVG's text-anchor follows the text direction; the layout works in physical left/right.
const flipAnchor = { start: "end", end: "start", middle: "middle" } as const;

/** Another reading drawn as an outline: last time, or the worker's view beside the family's. */
export interface WheelComparison {
  label: string | LocalizedString;
  value: WheelAnswer;
}

/**
 * The life-quality wheel: a family rates, in its own words, how each part of everyday life is now
 * and how they want it, on a wheel or in an equivalent editable table.
 *
 * @summary Life-quality wheel with pointer, touch, keyboard and table editing; form-associated.
 * @fires input - While a rating is dragged. Read `value`.
 * @fires change - After each committed edit by the user (never on programmatic changes). Read `value`.
 * @fires famwel-error - The definition is invalid; `event.problems` lists JSON pointers and messages.
 * @csspart wheel - The SVG wheel.
 * @csspart table - The table view.
 * @csspart toolbar - The view switch, rating layer and picture download.
 * @csspart panel - The selected domain's note, name and remove controls.
 * @csspart error - The message shown for a bad definition.
 * @cssproperty --famwel-color-accent - Fill of the current rating (falls back to --ds-color-accent-base-default).
 * @cssproperty --famwel-wheel-desired - Outline of the desired rating.
 * @cssproperty --famwel-color-focus - Focus ring (falls back to --ds-color-focus-outer).
 * @cssproperty --famwel-font-family - Font (falls back to --ds-font-family).
 */
export class FamwelLifeWheel extends FormAssociated(LitElement) {
  static override styles = [tokenStyles, styles];
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override properties = {
    definition: { attribute: false },
    instrument: { attribute: false },
    section: { reflect: true },
    value: { attribute: false },
    locale: { reflect: true },
    readonly: { type: Boolean, reflect: true },
    name: { reflect: true },
    view: { reflect: true },
    compare: { attribute: false },
    layer: { state: true },
    _answer: { state: true },
    _width: { state: true },
    _problems: { state: true },
    _selected: { state: true },
    _undo: { state: true },
    _announce: { state: true },
  };

  /** A wheel section of an instrument definition. */
  declare definition: WheelSection | undefined;
  /** A whole instrument; the wheel shows the section named by `section` (or its first wheel). */
  declare instrument: InstrumentDefinition | undefined;
  /** Id of the wheel section in `instrument`. */
  declare section: string;
  /** UI and instrument language, e.g. nb, nn, en; defaults to the nearest `lang` on the page. */
  declare locale: string;
  /** Shows the answers without letting anyone change them. */
  declare readonly: boolean;
  /** Form field name: the answer posts with the form as JSON. */
  declare name: string;
  /** `wheel` or `table`. Both edit the same answer. */
  declare view: "wheel" | "table";
  /** Other readings drawn as outlines, with a legend and table columns. */
  declare compare: WheelComparison[];
  declare layer: Layer;
  declare _answer: WheelAnswer;
  declare _width: number;
  declare _problems: Problem[];
  declare _selected: string | undefined;
  declare _undo: { id: string; label: string } | undefined;
  declare _announce: string;

  _section: WheelSection | undefined;
  private _initial: WheelAnswer = emptyWheelAnswer();
  /** A pointer drag in progress (see life-wheel.pointer.ts). */
  _drag: { id: string; pointerId: number; before: number | undefined } | undefined;
  // Re-lay out when the host's width changes; a frame later, so the resize never loops within one frame.
  private _resize = new ResizeObserver((entries) => {
    const w = Math.round(entries[0]?.contentRect.width ?? 0);
    if (w > 0 && w !== this._width) requestAnimationFrame(() => (this._width = w));
  });
  private _unsubscribe: (() => void) | undefined;
  private _token = 0;
  /** The table, panel and add/undo views: a chunk of their own, fetched right after the first render. */
  private _views: typeof import("./life-wheel.views.js") | undefined;
  private _viewsLoading: Promise<void> | undefined;
  private _checking: Promise<Problem[]> = Promise.resolve([]);

  constructor() {
    super();
    this.section = "";
    this.locale = "";
    this.readonly = false;
    this.name = "";
    this.view = "wheel";
    this.compare = [];
    this.layer = "current";
    this._answer = emptyWheelAnswer();
    this._width = 480;
    this._problems = [];
    this._announce = "";
  }

  /** The family's answer in the response format (`{ type: "wheel", domains, order }`). Treat it as immutable. */
  get value(): WheelAnswer {
    return this._answer;
  }
  set value(value: WheelAnswer | undefined) {
    const next = value && value.type === "wheel" && value.domains ? value : emptyWheelAnswer();
    this._initial = next; // what a form reset returns to
    this._answer = next;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._resize.observe(this);
    this._unsubscribe = onLocalesChanged(() => this.requestUpdate());
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize.disconnect();
    this._unsubscribe?.();
  }

  get _locale(): string {
    return this.locale || this.closest("[lang]")?.getAttribute("lang") || "nb";
  }
  get _fallbacks(): string[] {
    return this.instrument ? [this.instrument.defaultLocale] : [];
  }
  _t(key: keyof UiStrings, params?: Record<string, string | number>): string {
    return uiString(this._locale, key, params);
  }
  get _editable(): boolean {
    return !this.readonly && !this._disabled && this._section !== undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("definition") || changed.has("instrument") || changed.has("section"))
      this._resolve();
    this._syncForm();
  }

  /** Validates the incoming definition; a bad one is reported and the last good one stays in use. */
  private _resolve(): void {
    let candidate: unknown = this.definition;
    let base = "";
    if (this.instrument && !this.definition) {
      const sections: unknown[] = Array.isArray(this.instrument.sections)
        ? this.instrument.sections
        : [];
      const index = sections.findIndex(
        (s) =>
          (s as WheelSection)?.type === "wheel" &&
          (!this.section || (s as WheelSection).id === this.section),
      );
      candidate = sections[index];
      base = `/sections/${index}`;
    }
    if (!this.definition && !this.instrument) return;
    const token = ++this._token;
    // A definition from parseInstrument is known good; anything else is checked by a lazily loaded module.
    this._checking = isParsed(candidate)
      ? Promise.resolve([])
      : import("../shared/check-wheel.js").then((c) => c.checkWheel(candidate, base, this.section));
    void this._checking.then((problems) => {
      if (token !== this._token) return; // a newer definition arrived meanwhile
      this._problems = problems;
      if (problems.length > 0) fireError(this, problems);
      else this._section = candidate as WheelSection;
    });
  }

  protected override firstUpdated(): void {
    this._viewsLoading = import("./life-wheel.views.js").then((views) => {
      const sheets = views.viewStyles.map((c) => c.styleSheet!).filter(Boolean);
      if (this.shadowRoot)
        this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, ...sheets];
      this._views = views;
      this.requestUpdate();
    });
  }

  /** Resolves after the definition has been checked, the views have arrived and all is rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete(); // runs willUpdate, which may start a check
    await this._checking;
    await this._viewsLoading;
    return (await super.getUpdateComplete()) && first; // the render the check's result asked for
  }

  private _syncForm(): void {
    this._internals.setFormValue(JSON.stringify(this._answer));
    const section = this._section;
    if (!section || !this._editable) return this._internals.setValidity({});
    const v = wheelValidity(
      section,
      wheelDomains(section, this._answer, this._locale, this._fallbacks),
    );
    // The anchor must be HTML (the sliders are SVG); without one, focus goes to the host, which delegates it.
    const anchor = this.renderRoot.querySelector?.("select") ?? undefined;
    if (v.missing.length)
      this._internals.setValidity(
        { valueMissing: true },
        this._t("missingRatings", { list: v.missing.join(", ") }),
        anchor,
      );
    else if (v.tooFew)
      this._internals.setValidity(
        { rangeUnderflow: true },
        this._t("tooFewDomains", { min: section.minDomains ?? 1 }),
        anchor,
      );
    else this._internals.setValidity({});
  }

  formResetCallback(): void {
    this._answer = this._initial;
  }
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== "string") return;
    try {
      this.value = JSON.parse(state) as WheelAnswer;
    } catch {
      /* a corrupt restored state is ignored; the host's value stands */
    }
  }

  /** Applies a user edit: updates the answer, then tells the host (`input`, and `change` when committed). */
  _edit(next: WheelAnswer, commit = true, announce = ""): void {
    if (!this._editable || next === this._answer) return;
    this._answer = next;
    if (announce) this._announce = announce;
    this.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    if (commit) this.dispatchEvent(new Event("change", { bubbles: true }));
  }
  _now(): string {
    return new Date().toISOString();
  }

  get _fontSize(): number {
    return this._width < 420 ? 13 : 14;
  }

  private _layout(domains: WheelDomainView[]): WheelLayout {
    return layoutWheel(
      domains.map((d) => d.label),
      this._width,
      this._fontSize,
      textMeasurer(`${this._fontSize}px ${getComputedStyle(this).fontFamily}`, this._fontSize),
      directionOf(this._locale),
    );
  }

  private _key(event: KeyboardEvent, d: WheelDomainView): void {
    const section = this._section;
    if (!section || !this._editable) return;
    const next = keyStep(d[this.layer], event.key, section.scale, directionOf(this._locale));
    if (next === undefined) return;
    event.preventDefault();
    if (next !== d[this.layer])
      this._edit(setRating(this._answer, d.id, this.layer, next, this._now()));
  }

  protected override render() {
    const locale = this._locale;
    const dir = directionOf(locale);
    const section = this._section;
    const views = this._views; // toolbar, error, table and panel: they arrive just after the first render
    const domains = section ? wheelDomains(section, this._answer, locale, this._fallbacks) : [];
    const title = section ? localize(section.title, locale, this._fallbacks).text : "";
    return html`<div dir=${dir} lang=${locale}>
      ${views?.renderTop(this, section, title) ?? nothing}
      ${!section ? nothing : this.view === "table" ? (views?.renderTable(this, section, domains) ?? nothing) : this._renderWheel(section, domains, title, dir)}
      ${section && this.view === "wheel" ? (views?.renderLegend(this, section) ?? nothing) : nothing}
      ${section ? (views?.renderPanel(this, section, domains) ?? nothing) : nothing}
      <div class="sr-only" role="status">${this._announce}</div>
    </div>`;
  }

  private _renderWheel(
    section: WheelSection,
    domains: WheelDomainView[],
    title: string,
    dir: "ltr" | "rtl",
  ) {
    const n = domains.length;
    if (n === 0) return nothing;
    const L = this._layout(domains);
    const { scale } = section;
    const r = (v: number) => valueRadius(v, scale, L.hub, L.radius);
    const step = scale.step ?? 1;
    const rings =
      (scale.max - scale.min) / step <= 20
        ? Array.from({ length: Math.round((scale.max - scale.min) / step) }, (_, k) =>
            r(scale.min + (k + 1) * step),
          )
        : [];
    // Compared readings, faces and pointer dragging come with the views chunk, just after first paint.
    const views = this._views;
    const overlay = views?.segmentOverlays(this, section, L);
    const lineHeight = this._fontSize * 1.25;
    return html`<svg
      part="wheel"
      role="group"
      aria-label=${title}
      viewBox="0 ${L.top} ${L.width} ${L.height}"
      width=${L.width}
      height=${L.height}
      @pointerdown=${(e: PointerEvent) => views?.pointerRate(this, e, domains, L, "down")}
      @pointermove=${(e: PointerEvent) => views?.pointerRate(this, e, domains, L, "move")}
      @pointerup=${(e: PointerEvent) => views?.pointerEnd(this, e)}
      @pointercancel=${(e: PointerEvent) => views?.pointerEnd(this, e)}
    >
      ${rings.map((radius) => svg`<circle class="ring" cx=${L.cx} cy=${L.cy} r=${radius}></circle>`)}
      ${domains.map((d, i) => {
        const a0 = segmentAngle(i, n, dir);
        const a1 = a0 + (2 * Math.PI) / n;
        return svg`<g class="segment ${this._selected === d.id ? "selected" : ""}" role="slider" data-index=${i}
            tabindex=${this._editable ? 0 : -1} aria-label=${d.label} aria-valuemin=${scale.min} aria-valuemax=${scale.max}
            aria-valuenow=${d[this.layer] ?? nothing} aria-valuetext=${valueText(d[this.layer], scale, this._locale, this._fallbacks)}
            aria-readonly=${this._editable ? "false" : "true"}
            @keydown=${(e: KeyboardEvent) => this._key(e, d)} @focus=${() => (this._selected = d.id)}>
          <path class="sector" d=${sectorPath(L.cx, L.cy, L.hub, L.radius, a0, a1)}></path>
          ${d.current === undefined ? nothing : svg`<path class="fill" d=${sectorPath(L.cx, L.cy, L.hub, r(d.current), a0, a1)}></path>`}
          ${d.desired === undefined ? nothing : svg`<path class="desired" d=${sectorPath(L.cx, L.cy, L.hub, r(d.desired), a0, a1)}></path>`}
          ${overlay?.(d, a0, a1) ?? nothing}
          <path class="focus" d=${sectorPath(L.cx, L.cy, L.hub, L.radius, a0, a1)}></path>
        </g>`;
      })}
      <g aria-hidden="true">
        ${domains.map((d, i) => {
          const b = L.labels[i]!;
          return svg`<text class="label" font-size=${this._fontSize} x=${b.x} y=${b.y} text-anchor=${dir === "rtl" ? flipAnchor[b.anchor] : b.anchor} lang=${d.lang ?? nothing} dominant-baseline="text-before-edge">${b.lines.map((line, k) => svg`<tspan x=${b.x} dy=${k === 0 ? 0 : lineHeight}>${line}</tspan>`)}</text>`;
        })}
      </g>
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "famwel-life-wheel": FamwelLifeWheel;
  }
}
