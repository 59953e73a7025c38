import { LitElement, html, svg, nothing, type PropertyValues } from "lit";
import {
  isParsed,
  localize,
  type InstrumentDefinition,
  type LocalizedString,
  type NetworkAnswer,
  type NetworkSection,
  type Problem,
} from "@famwel/instrument/core";
import { fireError } from "../shared/events.js";
import { FormAssociated } from "../shared/form-associated.js";
import { directionOf, onLocalesChanged, uiString, type UiStrings } from "../shared/i18n.js";
import { textMeasurer } from "../shared/measure-text.js";
import { styles } from "./service-map.styles.js";
import { tokenStyles } from "../shared/tokens.styles.js";
import { addMapStrings } from "./service-map.strings.js";
import { LINE_HEIGHT_EM, layoutMap, type MapLabel, type MapLayout } from "./service-map.layout.js";
import {
  emptyNetworkAnswer,
  mapNodes,
  mapValidity,
  type MapNodeView,
} from "./service-map.model.js";

// SVG's text-anchor follows the text direction; the layout works in physical left/right.
const flipAnchor = { start: "end", end: "start", middle: "middle" } as const;

/** Another reading shown as a difference: last time, or the worker's view beside the family's. */
export interface MapComparison {
  label: string | LocalizedString;
  value: NetworkAnswer;
}

/**
 * The service-network map: the family at the centre, the services and people around it placed by
 * closeness (rings) and sector, how helpful each is, and whether the services work together.
 *
 * @summary Service-network map with pointer, touch, keyboard and list editing; form-associated.
 * @fires input - While a node is dragged. Read `value`.
 * @fires change - After each committed edit by the user (never on programmatic changes). Read `value`.
 * @fires famwel-error - The definition is invalid; `event.problems` lists JSON pointers and messages.
 * @csspart map - The SVG map.
 * @csspart list - The list view.
 * @csspart toolbar - The view switch, search and picture download.
 * @csspart panel - The selected node's ratings, links and remove controls.
 * @csspart error - The message shown for a bad definition.
 * @cssproperty --famwel-color-accent - The family disc and the coordinator (falls back to --ds-color-accent-base-default).
 * @cssproperty --famwel-color-warning - Missing cooperation between two important services.
 * @cssproperty --famwel-color-focus - Focus ring (falls back to --ds-color-focus-outer).
 * @cssproperty --famwel-font-family - Font (falls back to --ds-font-family).
 */
export class FamwelServiceMap extends FormAssociated(LitElement) {
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
    _answer: { state: true },
    _width: { state: true },
    _problems: { state: true },
    _selected: { state: true },
    _linkFrom: { state: true },
    _undo: { state: true },
    _announce: { state: true },
    _query: { state: true },
  };

  /** A network section of an instrument definition. */
  declare definition: NetworkSection | undefined;
  /** A whole instrument; the map shows the section named by `section` (or its first network). */
  declare instrument: InstrumentDefinition | undefined;
  /** Id of the network section in `instrument`. */
  declare section: string;
  /** UI and instrument language, e.g. nb, nn, en; defaults to the nearest `lang` on the page. */
  declare locale: string;
  /** Shows the map without letting anyone change it. */
  declare readonly: boolean;
  /** Form field name: the answer posts with the form as JSON. */
  declare name: string;
  /** `map` or `list`. Both edit the same answer. */
  declare view: "map" | "list";
  /** Another reading, shown as what changed since. */
  declare compare: MapComparison | undefined;
  declare _answer: NetworkAnswer;
  declare _width: number;
  declare _problems: Problem[];
  declare _selected: string | undefined;
  /** The node a link is being drawn from (keyboard `L`, or the panel's link action). */
  declare _linkFrom: string | undefined;
  declare _undo: { id: string; label: string } | undefined;
  declare _announce: string;
  /** What the family typed in the catalog search. */
  declare _query: string;

  _section: NetworkSection | undefined;
  /** A pointer drag in progress (see service-map.pointer.ts). */
  _drag: { id: string; pointerId: number; moved: boolean } | undefined;
  private _initial: NetworkAnswer = emptyNetworkAnswer();
  // Re-lay out when the host's width changes; a frame later, so the resize never loops within one frame.
  private _resize = new ResizeObserver((entries) => {
    const w = Math.round(entries[0]?.contentRect.width ?? 0);
    if (w > 0 && w !== this._width) requestAnimationFrame(() => (this._width = w));
  });
  private _unsubscribe: (() => void) | undefined;
  private _token = 0;
  /** Toolbar, list, panel, search, links, compare and dragging: fetched right after the first render. */
  _views: typeof import("./service-map.views.js") | undefined;
  private _viewsLoading: Promise<void> | undefined;
  private _checking: Promise<Problem[]> = Promise.resolve([]);

  constructor() {
    super();
    addMapStrings();
    this.section = "";
    this.locale = "";
    this.readonly = false;
    this.name = "";
    this.view = "map";
    this.compare = undefined;
    this._answer = emptyNetworkAnswer();
    this._width = 480;
    this._problems = [];
    this._announce = "";
    this._query = "";
  }

  /** The family's answer in the response format (`{ type: "network", nodes, links, coordinator }`). Treat it as immutable. */
  get value(): NetworkAnswer {
    return this._answer;
  }
  set value(value: NetworkAnswer | undefined) {
    const next = value && value.type === "network" && value.nodes ? value : emptyNetworkAnswer();
    this._initial = next;
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
  _now(): string {
    return new Date().toISOString();
  }
  _text(text: LocalizedString | undefined): string {
    return localize(text, this._locale, this._fallbacks).text;
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
          (s as NetworkSection)?.type === "network" &&
          (!this.section || (s as NetworkSection).id === this.section),
      );
      candidate = sections[index];
      base = `/sections/${index}`;
    }
    if (!this.definition && !this.instrument) return;
    const token = ++this._token;
    this._checking = isParsed(candidate)
      ? Promise.resolve([])
      : import("../shared/check-network.js").then((c) =>
          c.checkNetwork(candidate, base, this.section),
        );
    void this._checking.then((problems) => {
      if (token !== this._token) return; // a newer definition arrived meanwhile
      this._problems = problems;
      if (problems.length > 0) fireError(this, problems);
      else this._section = candidate as NetworkSection;
    });
  }

  protected override firstUpdated(): void {
    this._viewsLoading = import("./service-map.views.js").then((views) => {
      const sheets = views.viewStyles.map((c) => c.styleSheet!).filter(Boolean);
      if (this.shadowRoot)
        this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, ...sheets];
      this._views = views;
      this.requestUpdate();
    });
  }

  /** Resolves after the definition has been checked, the views have arrived and all is rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this._checking;
    await this._viewsLoading;
    return (await super.getUpdateComplete()) && first;
  }

  private _syncForm(): void {
    this._internals.setFormValue(JSON.stringify(this._answer));
    const section = this._section;
    if (!section || !this._editable || !mapValidity(section, this._answer).tooMany)
      return this._internals.setValidity({});
    this._internals.setValidity(
      { rangeOverflow: true },
      this._t("tooManyNodes", { max: section.maxNodes ?? 60 }),
    );
  }

  formResetCallback(): void {
    this._answer = this._initial;
  }
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== "string") return;
    try {
      this.value = JSON.parse(state) as NetworkAnswer;
    } catch {
      /* a corrupt restored state is ignored; the host's value stands */
    }
  }

  /** Applies a user edit: updates the answer, then tells the host (`input`, and `change` when committed). */
  _edit(next: NetworkAnswer, commit = true, announce = ""): void {
    if (!this._editable || next === this._answer) return;
    this._answer = next;
    if (announce) this._announce = announce;
    this.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    if (commit) this.dispatchEvent(new Event("change", { bubbles: true }));
  }

  get _fontSize(): number {
    return this._width < 420 ? 12 : 13;
  }

  _layout(section: NetworkSection, nodes: MapNodeView[]): MapLayout {
    const font = this._fontSize;
    return layoutMap({
      sectors: section.sectors.map((s) => s.id),
      rings: section.rings.map((r) => r.id),
      nodes,
      width: this._width,
      fontSize: font,
      measure: textMeasurer(`${font}px ${getComputedStyle(this).fontFamily}`, font),
      dir: directionOf(this._locale),
      sectorNames: section.sectors.map((s) => this._text(s.label)),
    });
  }

  /** Arrow keys move between nodes in reading order; every other key is an edit, handled by the views. */
  private _key(event: KeyboardEvent, nodes: MapNodeView[], node: MapNodeView): void {
    const i = nodes.indexOf(node);
    const rtl = directionOf(this._locale) === "rtl";
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
    };
    const target =
      event.key === "Home"
        ? 0
        : event.key === "End"
          ? nodes.length - 1
          : !event.shiftKey && step[event.key]
            ? i + step[event.key]!
            : -1;
    if (target < 0 || target >= nodes.length) {
      this._views?.nodeKey(this, event, node);
      return;
    }
    event.preventDefault();
    this._selected = nodes[target]!.id;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<SVGGElement>(".node.selected")?.focus(),
    );
  }

  protected override render() {
    const locale = this._locale;
    const dir = directionOf(locale);
    const section = this._section;
    const views = this._views;
    const nodes = section ? mapNodes(section, this._answer, locale, this._fallbacks) : [];
    const title = section ? this._text(section.title) : "";
    return html`<div dir=${dir} lang=${locale}>
      ${views?.renderTop(this, section, title) ?? nothing}
      ${!section ? nothing : this.view === "list" ? (views?.renderList(this, section, nodes) ?? nothing) : this._renderMap(section, nodes, title)}
      ${section ? (views?.renderPanel(this, section, nodes) ?? nothing) : nothing}
      <div class="sr-only" role="status">${this._announce}</div>
    </div>`;
  }

  private _renderMap(section: NetworkSection, nodes: MapNodeView[], title: string) {
    const L = this._layout(section, nodes);
    const at = new Map(L.nodes.map((n) => [n.id, n]));
    const views = this._views;
    const lineHeight = this._fontSize * LINE_HEIGHT_EM;
    const text = (l: MapLabel, c: string, lang?: string) =>
      svg`<text class=${c} font-size=${this._fontSize} x=${l.x} y=${l.y} text-anchor=${directionOf(this._locale) === "rtl" ? flipAnchor[l.anchor] : l.anchor} lang=${lang ?? nothing}>${l.lines.map((t, k) => svg`<tspan x=${l.x} dy=${k === 0 ? 0 : lineHeight}>${t}</tspan>`)}</text>`;
    const focusId = nodes.some((n) => n.id === this._selected) ? this._selected : nodes[0]?.id;
    const outer = L.ringRadii[L.ringRadii.length - 1] ?? L.hub;
    // The family's name shrinks to fit its disc on narrow screens (down to 9 px).
    const family = this._t("family");
    const measure = textMeasurer(
      `${this._fontSize}px ${getComputedStyle(this).fontFamily}`,
      this._fontSize,
    );
    const hubFont = Math.max(
      9,
      Math.min(this._fontSize, (this._fontSize * L.hub * 1.7) / Math.max(1, measure(family))),
    );
    return html`<svg
      part="map"
      role="group"
      aria-label=${this._t("mapLabel", { title })}
      viewBox="0 ${L.top} ${L.width} ${L.height}"
      width=${L.width}
      height=${L.height}
      @pointerdown=${(e: PointerEvent) => views?.pointerDown(this, e, L)}
      @pointermove=${(e: PointerEvent) => views?.pointerMove(this, e, L)}
      @pointerup=${(e: PointerEvent) => views?.pointerUp(this, e, L)}
      @pointercancel=${(e: PointerEvent) => views?.pointerUp(this, e, L)}
    >
      ${L.ringRadii.map((r) => svg`<ellipse class="ring" cx=${L.cx} cy=${L.cy} rx=${r} ry=${r * L.stretch}></ellipse>`)}
      ${L.sectorAngles.map((a) => svg`<line class="spoke" x1=${L.cx + L.hub * Math.sin(a)} y1=${L.cy - L.hub * L.stretch * Math.cos(a)} x2=${L.cx + outer * Math.sin(a)} y2=${L.cy - outer * L.stretch * Math.cos(a)}></line>`)}
      <circle class="hub" cx=${L.cx} cy=${L.cy} r=${L.hub}></circle>
      <text
        class="hub-label"
        x=${L.cx}
        y=${L.cy}
        text-anchor="middle"
        dominant-baseline="middle"
        font-size=${hubFont}
      >
        ${family}
      </text>
      <g aria-hidden="true">${views?.renderLinks(this, section, at) ?? nothing}</g>
      ${nodes.map((n) => {
        const p = at.get(n.id);
        if (!p) return nothing;
        const ring = this._text(section.rings.find((r) => r.id === n.ring)?.label);
        const sector = this._text(section.sectors.find((s) => s.id === n.sector)?.label);
        const name =
          this._t("mapNodeDesc", { label: n.label, ring, sector }) +
          (n.coordinator ? `, ${this._t("coordinatorShort")}` : "");
        const shape =
          n.kind === "service"
            ? svg`<rect class="shape" x=${p.x - p.r} y=${p.y - p.r} width=${p.r * 2} height=${p.r * 2} rx="4"></rect>`
            : svg`<circle class="shape" cx=${p.x} cy=${p.y} r=${p.r} stroke-dasharray=${n.kind === "group" ? "4 2" : nothing}></circle>`;
        return svg`<g class="node ${n.id === this._selected ? "selected" : ""} ${n.important ? "important" : ""} ${n.coordinator ? "coordinator" : ""}"
            role="button" data-id=${n.id} tabindex=${n.id === focusId ? 0 : -1} aria-label=${name}
            aria-pressed=${n.id === this._selected ? "true" : "false"}
            @keydown=${(e: KeyboardEvent) => this._key(e, nodes, n)} @focus=${() => (this._selected = n.id)}>
          ${shape}
          <circle class="focus" cx=${p.x} cy=${p.y} r=${p.r + 4}></circle>
        </g>`;
      })}
      <g aria-hidden="true">
        ${L.sectorLabels.map((l) => text(l, "sector-label"))}
        ${nodes.map((n) => {
          // Labels sit outside the buttons: a truncated label must not become part of the node's name.
          const p = at.get(n.id);
          return p ? text(p.label, "label", n.lang) : nothing;
        })}
      </g>
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "famwel-service-map": FamwelServiceMap;
  }
}
