import { html, svg, nothing, type PropertyDeclarations, type PropertyValues } from "lit";
import type { LocalizedString, Problem, WheelAnswer, WheelSection } from "@famwel/instrument/core";
import { FamwelSectionElement } from "../shared/section-element.js";
import { textMeasurer } from "../shared/measure-text.js";
import { directionOf } from "../shared/i18n.js";
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

// SVG's text-anchor follows the text direction; the layout works in physical left/right ("middle"
// stays "middle").
const flipAnchor: Record<string, string> = { end: "start", start: "end" };

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
export class FamwelLifeWheel extends FamwelSectionElement<
  WheelSection,
  WheelAnswer,
  typeof import("./life-wheel.views.js")
> {
  static override styles = [tokenStyles, styles];
  static override properties: PropertyDeclarations = {
    compare: { attribute: false },
    layer: { state: true },
  };

  /** `wheel` or `table`. Both edit the same answer. */
  declare view: "wheel" | "table";
  /** Other readings drawn as outlines, with a legend and table columns. */
  declare compare: WheelComparison[];
  declare layer: Layer;
  /** A pointer drag in progress (see life-wheel.pointer.ts). */
  _drag: { id: string; pointerId: number; before: number | undefined } | undefined;
  // Results kept while what they were made from stays the same (by identity): a rating changes
  // neither the labels nor the geometry, so a change of value redoes only what it touches.
  private _memos = new Map<string, [unknown[], unknown]>();

  constructor() {
    super();
    this.view = "wheel";
    this.compare = [];
    this.layer = "current";
  }

  protected _type() {
    return "wheel" as const;
  }
  protected _empty(): WheelAnswer {
    return emptyWheelAnswer();
  }
  protected _accepts(value: unknown): value is WheelAnswer {
    return (
      (value as WheelAnswer | undefined)?.type === "wheel" &&
      Boolean((value as WheelAnswer).domains)
    );
  }
  protected _check(candidate: unknown, base: string): Promise<Problem[]> {
    // One chunk: the checker brings the validator and the cross-checks with it (check-wheel.ts).
    return import("../shared/check-wheel.js").then((c) =>
      c.checkWheel(candidate, base, this.section),
    );
  }
  protected _loadViews() {
    return import("./life-wheel.views.js");
  }
  protected _invalid(section: WheelSection): [ValidityStateFlags, string] | undefined {
    const v = wheelValidity(section, this._domains(section));
    if (v.missing.length)
      return [
        { valueMissing: true },
        this._t("missingRatings", { list: v.missing.join(this._t("listSep")) }),
      ];
    if (v.tooFew)
      return [{ rangeUnderflow: true }, this._t("tooFewDomains", { min: section.minDomains ?? 1 })];
    return undefined;
  }

  get _fontSize(): number {
    return this._width < 420 ? 13 : 14;
  }

  /**
   * Label widths in the labels' font once the views have come (after the first paint), estimated
   * before: the first canvas measurement loads the font, 2–20 ms that would otherwise fall in the
   * first render, or before it while a plain definition's check is on its way.
   */
  private get _measure() {
    return textMeasurer(
      this._font && this._views ? `${this._fontSize}px ${this._font}` : "",
      this._fontSize,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An update nothing asked for by name follows new strings (registerLocale): forget texts made.
    if (!changed.size) this._memos.clear();
    super.willUpdate(changed);
  }

  private _memo<T>(slot: string, deps: unknown[], make: () => T): T {
    const m = this._memos.get(slot);
    if (!m || deps.some((d, i) => d !== m[0][i])) this._memos.set(slot, [deps, make()]);
    return this._memos.get(slot)![1] as T;
  }

  /** The domains as shown, in order; willUpdate and render both ask. */
  _domains(section: WheelSection): WheelDomainView[] {
    return this._memo("D", [section, this._answer, this._locale, this.instrument], () =>
      wheelDomains(section, this._answer, this._locale, this._fallbacks),
    );
  }

  private _layout(domains: WheelDomainView[], dir: "ltr" | "rtl"): WheelLayout {
    const [width, size, labels] = [this._width, this._fontSize, domains.map((d) => d.label)];
    const measure = this._measure;
    return this._memo("L", [width, size, measure, dir, labels.length, ...labels], () =>
      layoutWheel(labels, width, size, measure, dir),
    );
  }

  /** The domain of the segment an event happened on. */
  private _at(event: Event, domains: WheelDomainView[]): WheelDomainView | undefined {
    return domains[Number((event.target as SVGElement).dataset.index)];
  }

  private _key(event: KeyboardEvent, domains: WheelDomainView[]): void {
    const section = this._section;
    const d = this._at(event, domains);
    if (!section || !d || !this._editable) return;
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
    const views = this._views; // toolbar, error, table, legend and panel: they arrive just after the first render
    const domains = section ? this._domains(section) : [];
    const title = section ? this._text(section.title) : "";
    // No whitespace between the parts: it would be text nodes between blocks, showing nothing.
    // Where a part is undefined (the views not here yet, no section), it renders nothing, as
    // Lit's `nothing` does in a child position.
    // prettier-ignore
    return html`<div dir=${dir} lang=${locale}>${
      views?.renderTop(this, section, title)
    }${
      section && (this.view === "table" ? views?.renderTable(this, section, domains) : this._renderWheel(section, domains, title, dir))
    }${
      section && views?.renderBelow(this, section, domains)
    }<div class="sr-only" role="status">${this._announce}</div></div>`;
  }

  private _renderWheel(
    section: WheelSection,
    domains: WheelDomainView[],
    title: string,
    dir: "ltr" | "rtl",
  ) {
    const n = domains.length;
    if (n === 0) return nothing;
    const L = this._layout(domains, dir);
    const { scale } = section;
    const r = (v: number) => valueRadius(v, scale, L.hub, L.radius);
    const step = scale.step ?? 1;
    // The rings as one path of circles (two arcs each), not a <circle> a ring: no template
    // instance for each, and 10 DOM nodes fewer on a 0–10 scale.
    const rings =
      (scale.max - scale.min) / step <= 20
        ? Array.from({ length: Math.round((scale.max - scale.min) / step) }, (_, k) => {
            const q = r(scale.min + (k + 1) * step);
            return `M${L.cx - q} ${L.cy}a${q} ${q} 0 1 0 ${2 * q} 0a${q} ${q} 0 1 0 ${-2 * q} 0`;
          }).join("")
        : "";
    // Compared readings, faces and pointer dragging come with the views chunk, just after first paint.
    const views = this._views;
    const overlay = views?.segmentOverlays(this, section, L);
    const lineHeight = this._fontSize * 1.25;
    const edit = this._editable;
    // No whitespace between the tags, in the start tag's attributes neither (prettier would lay them
    // out one a line): none of it shows, and in the content each run would be a text node.
    // prettier-ignore
    return html`<svg part="wheel" role="group" aria-label=${title} viewBox="0 ${L.top} ${L.width} ${L.height}" width=${L.width} height=${L.height} @pointerdown=${(e: PointerEvent) => views?.pointerRate(this, e, domains, L, "down")} @pointermove=${(e: PointerEvent) => views?.pointerRate(this, e, domains, L, "move")} @pointerup=${(e: PointerEvent) => views?.pointerEnd(this, e)} @pointercancel=${(e: PointerEvent) => views?.pointerEnd(this, e)} @keydown=${(e: KeyboardEvent) => this._key(e, domains)}><path class="ring" d=${rings}></path>${domains.map((d, i) => {
        const a0 = segmentAngle(i, n, dir);
        const a1 = a0 + (2 * Math.PI) / n;
        const path = (key: string, r1: number) =>
          this._memo(key + i, [L, r1], () => sectorPath(L.cx, L.cy, L.hub, r1, a0, a1));
        const outline = path("o", L.radius); // the sector and its focus ring
        const v = d[this.layer];
        // The fill and the outline of the wish are always there, without a `d` (drawing nothing)
        // while unrated, and no whitespace lies between the tags: a segment is its five elements
        // and the overlays' part, not also child parts and text nodes (84 DOM nodes fewer at 12).
        // Focus selects a segment, heard on the segment: a focus listener on the <svg> made Chromium
        // give the whole picture a tab stop of its own, before its first segment.
        return svg`<g class="segment ${this._selected === d.id ? "selected" : ""}" role="slider" data-index=${i} tabindex=${edit ? 0 : -1} aria-label=${d.label} aria-valuemin=${scale.min} aria-valuemax=${scale.max} aria-valuenow=${v ?? nothing} aria-valuetext=${this._memo("t" + i, [scale, v, this._locale, this.instrument], () => valueText(v, scale, this._locale, this._fallbacks))} aria-readonly=${!edit} @focus=${() => (this._selected = d.id)}><path class="sector" d=${outline}></path><path class="fill" d=${d.current === undefined ? nothing : path("f", r(d.current))}></path><path class="desired" d=${d.desired === undefined ? nothing : path("d", r(d.desired))}></path>${overlay?.(d, a0, a1)}<path class="focus" d=${outline}></path></g>`;
      })}<g aria-hidden="true" font-size=${this._fontSize}>${domains.flatMap((d, i) => {
        // A <text> a line, not a <tspan> a line in a <text> a label: one template instance a line
        // instead of one a label and one a line (the first render 0.7 ms sooner, 12 domains).
        const b = L.labels[i]!;
        // Each label in its own language's direction: a bokmål label that an Arabic wheel falls
        // back to keeps its full stop on the right. SVG text has no dir attribute; `direction`
        // is its presentation attribute, and text-anchor follows it.
        const td = d.lang ? directionOf(d.lang) : dir;
        return b.lines.map((line, k) => svg`<text class="label" x=${b.x} y=${b.y + k * lineHeight} text-anchor=${(td === "rtl" && flipAnchor[b.anchor]) || b.anchor} direction=${td} lang=${d.lang ?? nothing} dominant-baseline="text-before-edge">${line}</text>`);
      })}</g></svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "famwel-life-wheel": FamwelLifeWheel;
  }
}
