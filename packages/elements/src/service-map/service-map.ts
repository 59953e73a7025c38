import { html, svg, nothing, type PropertyDeclarations, type PropertyValues } from "lit";
import {
  localize,
  type LocalizedString,
  type NetworkAnswer,
  type NetworkSection,
  type Problem,
} from "@famwel/instrument/core";
import { FamwelSectionElement } from "../shared/section-element.js";
import { directionOf, uiString } from "../shared/i18n.js";
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

// SVG's text-anchor follows the text direction; the layout works in physical left/right ("middle"
// stays "middle").
const flipAnchor: Record<string, string> = { start: "end", end: "start" };

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
export class FamwelServiceMap extends FamwelSectionElement<
  NetworkSection,
  NetworkAnswer,
  typeof import("./service-map.views.js")
> {
  static override styles = [tokenStyles, styles];
  static override properties: PropertyDeclarations = {
    compare: { attribute: false },
    _linkFrom: { state: true },
    _query: { state: true },
  };

  /** `map` or `list`. Both edit the same answer. */
  declare view: "map" | "list";
  /** Another reading, shown as what changed since. */
  declare compare: MapComparison | undefined;
  /** The node a link is being drawn from (keyboard `L`). */
  declare _linkFrom: string | undefined;
  /** What the family typed in the catalog search. */
  declare _query: string;
  /** A pointer drag in progress (see service-map.pointer.ts); `live` is the answer it last made. */
  _drag: { id: string; pointerId: number; moved: boolean; live?: NetworkAnswer } | undefined;

  constructor() {
    super();
    addMapStrings();
    this.view = "map"; // `compare` starts undefined: no reading to compare with
    this._query = "";
  }

  protected _type() {
    return "network" as const;
  }
  protected _empty(): NetworkAnswer {
    return emptyNetworkAnswer();
  }
  protected _accepts(value: unknown): value is NetworkAnswer {
    return (
      (value as NetworkAnswer | undefined)?.type === "network" &&
      Boolean((value as NetworkAnswer).nodes)
    );
  }
  protected _check(candidate: unknown, base: string): Promise<Problem[]> {
    // While the check's chunk is on its way, a task of its own loads the labels' font for the
    // canvas (2–3 ms at its first measurement), which the first layout would otherwise wait for.
    setTimeout(() => this._measure("M"));
    // One chunk: the check brings the validator, the cross-checks and the layout's warm-up.
    return import("./service-map.check.js").then((c) => c.checkMap(this, candidate, base));
  }
  protected _loadViews() {
    return import("./service-map.views.js");
  }
  protected _invalid(section: NetworkSection): [ValidityStateFlags, string] | undefined {
    return mapValidity(section, this._answer).tooMany
      ? [{ rangeOverflow: true }, this._t("tooManyNodes", { max: section.maxNodes ?? 60 })]
      : undefined;
  }

  get _fontSize(): number {
    return this._width < 420 ? 12 : 13;
  }

  /** Text widths in the label font (one cached measurer per font). */
  get _measure(): (text: string) => number {
    // The font last read (section-element.ts: before the first render, then by the resize
    // observer), read from the page itself only before that: getComputedStyle restyles whatever a
    // render has just changed, on every render.
    const font = this._font || getComputedStyle(this).fontFamily;
    return textMeasurer(`${this._fontSize}px ${font}`, this._fontSize);
  }

  /** The answer's nodes as drawn, in this language (render passes the one it already looked up). */
  _nodes(section: NetworkSection, locale = this._locale): MapNodeView[] {
    return mapNodes(section, this._answer, locale, this._fallbacks);
  }

  _layout(section: NetworkSection, nodes: MapNodeView[]): MapLayout {
    const font = this._fontSize;
    return layoutMap({
      sectors: section.sectors.map((s) => s.id),
      rings: section.rings.map((r) => r.id),
      nodes,
      width: this._width,
      fontSize: font,
      measure: this._measure,
      dir: directionOf(this._locale),
      sectorNames: section.sectors.map((s) => this._text(s.label)),
    });
  }

  // While a node is dragged, only its own picture follows the pointer (service-map.pointer.ts): the
  // answer each move makes is not rendered, and the map is laid out once, when the node is let go.
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return !(changed.size === 1 && changed.has("_answer") && this._answer === this._drag?.live);
  }

  protected override render() {
    const locale = this._locale;
    const dir = directionOf(locale);
    const section = this._section;
    const views = this._views;
    const nodes = section ? this._nodes(section, locale) : [];
    const title = section ? this._text(section.title) : "";
    // No whitespace between the parts: it would be text nodes between blocks, showing nothing.
    // Where a part is undefined (the views not here yet, no section), it renders nothing, as
    // Lit's `nothing` does in a child position.
    // prettier-ignore
    return html`<div dir=${dir} lang=${locale}>${
      views?.renderTop(this, section, title)
    }${
      section && (this.view === "list" ? views?.renderList(this, section, nodes) : this._renderMap(section, nodes, title, locale))
    }${
      section && views?.renderPanel(this, section, nodes)
    }<div class="sr-only" role="status">${this._announce}</div></div>`;
  }

  private _renderMap(section: NetworkSection, nodes: MapNodeView[], title: string, locale: string) {
    const L = this._layout(section, nodes);
    const at = new Map(L.nodes.map((n) => [n.id, n]));
    const views = this._views;
    const pointer = (e: PointerEvent) => views?.pointer(this, e, L);
    const size = this._fontSize;
    const lineHeight = size * LINE_HEIGHT_EM;
    // A <text> a line, not a <tspan> a line in a <text> a label: one template instance a line.
    // Each label in its own language's direction: a bokmål name that an Arabic map falls back to
    // keeps its full stop (and a line that ends in «barnevern)» its parenthesis) on the right.
    // SVG text has no dir attribute; `direction` is its presentation attribute, and text-anchor
    // follows it.
    const text = (l: MapLabel, c: string, lang?: string) => {
      const d = directionOf(lang ?? locale);
      return l.lines.map(
        (t, k) =>
          svg`<text class=${c} font-size=${size} x=${l.x} y=${l.y + k * lineHeight} text-anchor=${(d === "rtl" && flipAnchor[l.anchor]) || l.anchor} direction=${d} lang=${lang ?? nothing}>${t}</text>`,
      );
    };
    // Each ring's and sector's name once per render, not twice per node (each lookup of the
    // language walks up the page for a lang attribute).
    const named = (xs: NetworkSection["rings"]) =>
      new Map(xs.map((x) => [x.id, localize(x.label, locale, this._fallbacks).text]));
    const rings = named(section.rings);
    const sectors = named(section.sectors);
    const focusId = nodes.some((n) => n.id === this._selected) ? this._selected : nodes[0]?.id;
    const outer = L.ringRadii[L.ringRadii.length - 1] ?? L.hub;
    // The family's name shrinks to fit its disc on narrow screens (down to 9 px).
    const family = uiString(locale, "family");
    const hubFont = Math.max(
      9,
      Math.min(size, (size * L.hub * 1.7) / (this._measure(family) || 1)),
    );
    // No whitespace between the tags, in the start tag's attributes neither (prettier would lay them
    // out one a line): none of it shows, and in the content each run would be a text node.
    // prettier-ignore
    return html`<svg part="map" role="group" aria-label=${uiString(locale, "mapLabel", { title })} viewBox="0 ${L.top} ${L.width} ${L.height}" width=${L.width} height=${L.height} @pointerdown=${pointer} @pointermove=${pointer} @pointerup=${pointer} @pointercancel=${pointer}>${
      L.ringRadii.map((r) => svg`<ellipse class="ring" cx=${L.cx} cy=${L.cy} rx=${r} ry=${r * L.stretch}></ellipse>`)
    }${
      L.sectorAngles.map((a) => svg`<line class="spoke" x1=${L.cx + L.hub * Math.sin(a)} y1=${L.cy - L.hub * L.stretch * Math.cos(a)} x2=${L.cx + outer * Math.sin(a)} y2=${L.cy - outer * L.stretch * Math.cos(a)}></line>`)
    }<circle class="hub" cx=${L.cx} cy=${L.cy} r=${L.hub}></circle><text class="hub-label" x=${L.cx} y=${L.cy} text-anchor="middle" dominant-baseline="central" font-size=${hubFont}>${family}</text><g aria-hidden="true">${
      views?.renderLinks(this, section, at, nodes)
    }</g>${nodes.map((n) => {
        const p = at.get(n.id);
        if (!p) return; // renders nothing
        const name =
          uiString(locale, "mapNodeDesc", {
            label: n.label,
            ring: rings.get(n.ring) ?? "",
            sector: sectors.get(n.sector) ?? "",
          }) +
          (n.coordinator ? uiString(locale, "listSep") + uiString(locale, "coordinatorShort") : "");
        // One shape for every kind, a service's square or a person's circle (a square rounded by
        // its radius), and no whitespace between the tags: no child part and no text nodes, four
        // DOM nodes fewer per node than a template that picks a <rect> or a <circle>.
        return svg`<g class="node ${n.id === this._selected ? "selected" : ""} ${n.important ? "important" : ""} ${n.coordinator ? "coordinator" : ""}" role="button" data-id=${n.id} tabindex=${n.id === focusId ? 0 : -1} aria-label=${name} aria-pressed=${String(n.id === this._selected)} @keydown=${(e: KeyboardEvent) => views?.nodeKey(this, e, nodes, n)} @focus=${() => (this._selected = n.id)}><rect class="shape" x=${p.x - p.r} y=${p.y - p.r} width=${p.r * 2} height=${p.r * 2} rx=${n.kind === "service" ? 4 : p.r} stroke-dasharray=${n.kind === "group" ? "4 2" : nothing}></rect><circle class="focus" cx=${p.x} cy=${p.y} r=${p.r + 4}></circle></g>`;
      })}<g aria-hidden="true">${L.sectorLabels.flatMap((l) => text(l, "sector-label"))}${nodes.flatMap((n) => {
        // Labels sit outside the buttons: a truncated label must not become part of the node's name.
        const p = at.get(n.id);
        if (!p) return [];
        // A numbered circle's name is in the key below the map (see service-map.layout.ts).
        // The selected node's name and number move with it while it is dragged.
        const s = n.id === this._selected ? " selected" : "";
        const label = text(p.label, "label" + s, n.lang);
        if (p.key)
          label.push(
            svg`<text class=${"key" + s} x=${p.x} y=${p.y} text-anchor="middle" dominant-baseline="central" font-size=${size - 2}>${p.key}</text>`,
          );
        return label;
      })}</g></svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "famwel-service-map": FamwelServiceMap;
  }
}
