// The map's views besides the picture: toolbar, the list (the full, editable equivalent of the map,
// and what a screen reader user works in), the selected node's ratings and links, adding from the
// catalog or in the family's own words, gaps in cooperation, the comparison, and keyboard edits.
import { html, nothing, type ElementPart } from "lit";
import { Directive, directive } from "lit/directive.js";
import type { NetworkSection, Scale } from "@famwel/instrument/core";
import type { FamwelServiceMap } from "./service-map.js";
import { renderNotice, renderProblems } from "../shared/problems-view.js";
import { directionOf, type UiStrings } from "../shared/i18n.js";
import { cooperationGaps, findLink, mapLinks } from "./service-map.model-links.js";
import { mapNodes, type MapNodeView } from "./service-map.model.js";
import { stepRing, stepSector } from "./service-map.model-place.js";
import { compareNetworks, nodeValueText } from "./service-map.model-compare.js";
import { catalogSearch } from "./service-map.model-search.js";
import {
  addCustom,
  addFromCatalog,
  moveNode,
  rateNode,
  removeLink,
  removeNode,
  restoreNode,
  setCoordinator,
  setLink,
} from "./service-map.model-edits.js";
import { addMapViewStrings } from "./service-map.views-strings.js";
import { viewStyles as ownViewStyles } from "./service-map.views.styles.js";
import { controlStyles } from "../shared/controls.styles.js";

/** Adopted by the element when this chunk arrives: the shared controls, then the map's own. */
export const viewStyles = [controlStyles, ownViewStyles];
export { pointerDown, pointerMove, pointerUp } from "./service-map.pointer.js";
export { renderLinks } from "./service-map.links.js";
// Bundling, not API: with the class reachable from this chunk too, esbuild puts the element beside Lit
// in one shared chunk, so the initial load travels as one compressed file instead of two (~340 bytes
// less gzip), as the wheel does.
export { FamwelServiceMap } from "./service-map.js";

addMapViewStrings(); // this module loads once, lazily; its strings come with it

type Map = FamwelServiceMap;

/** Who helps whom, as stored and as named in the UI. */
const DIRECTIONS: Array<[string, keyof UiStrings]> = [
  ["to-family", "dirToFamily"],
  ["from-family", "dirFromFamily"],
  ["both", "dirBoth"],
  ["none", "dirNone"],
];

const steps = (s: Scale) =>
  Array.from(
    { length: Math.round((s.max - s.min) / (s.step ?? 1)) + 1 },
    (_, k) => +(s.min + k * (s.step ?? 1)).toFixed(6),
  );

/**
 * Sets a select's value on every render, whatever it shows. Lit's own `live` does the same, but its
 * helpers keep Lit's internals in the map's first load (74 bytes gzip over that budget).
 */
const shows = directive(
  class extends Directive {
    render(_value: string) {
      return nothing;
    }
    override update(part: ElementPart, [value]: [string]) {
      (part.element as HTMLSelectElement).value = value;
      return nothing;
    }
  },
);

function select(
  label: string,
  value: string,
  options: Array<[string, string]>,
  onChange: (v: string) => void,
  disabled: boolean,
) {
  // `?selected` picks the option on the first render (the select has no options yet when its own
  // bindings are set). After the family has used a select, its options no longer follow `selected`,
  // and the same <select> may stand for another node (the panel switched node, a move re-sorted the
  // list): `shows` sets the value it shows on every render.
  return html`<select
    ${shows(value)}
    aria-label=${label}
    ?disabled=${disabled}
    @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
  >
    ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
  </select>`;
}

/** Announces a node's new place after a move by keyboard, list or pointer. */
export function announceMove(host: Map, section: NetworkSection, id: string): string {
  const n = mapNodes(section, host.value, host._locale, host._fallbacks).find((x) => x.id === id);
  if (!n) return "";
  const ring = host._text(section.rings.find((r) => r.id === n.ring)?.label);
  const sector = host._text(section.sectors.find((s) => s.id === n.sector)?.label);
  return host._t("moved", { label: n.label, ring, sector });
}

/**
 * Focuses what `find` picks once the update has rendered. The map's node buttons and the list's rows
 * are not keyed by node id: after a move re-sorts them, or a removal, the element that had focus
 * stands for another node, and the family's next key would edit that one. Call it after the edit,
 * so that it waits for the update the edit asked for.
 */
const refocus = (host: Map, find: (root: ParentNode) => Element | null | undefined) =>
  void host.updateComplete.then(() => (find(host.renderRoot) as HTMLElement | null)?.focus());
const focusSelected = (host: Map) => refocus(host, (r) => r.querySelector(".node.selected"));

function remove(host: Map, n: MapNodeView): void {
  host._undo = { id: n.id, label: n.label };
  if (host._selected === n.id) host._selected = undefined;
  host._edit(
    removeNode(host.value, n.id, host._now()),
    true,
    host._t("removed", { label: n.label }),
  );
}

/** The controls for one node: place, ratings the definition asks for, coordinator, remove. */
function nodeControls(host: Map, section: NetworkSection, n: MapNodeView) {
  const off = !host._editable;
  const set = <F extends Parameters<typeof rateNode>[2]>(
    field: F,
    v: Parameters<typeof rateNode<F>>[3],
  ) => host._edit(rateNode(host.value, n.id, field, v, host._now()));
  const move = (change: { ring?: string; sector?: string }) => {
    const next = moveNode(host.value, n.id, change, host._now());
    host._edit(next, true, "");
    host._announce = announceMove(host, section, n.id);
    // A select the family is on (arrow keys change a closed select) stays theirs: the same select in
    // the moved node's row, wherever the new order puts it.
    if (host.view === "list" && host.shadowRoot?.activeElement instanceof HTMLSelectElement) {
      const row = mapNodes(section, next, host._locale, host._fallbacks).findIndex(
        (x) => x.id === n.id,
      );
      refocus(
        host,
        (r) =>
          r.querySelectorAll("[part=list] .controls")[row]?.querySelectorAll("select")[
            change.ring ? 0 : 1
          ],
      );
    }
  };
  const rate = section.rate ?? {};
  const none: [string, string] = ["", "—"];
  const L = (k: keyof UiStrings) => `${n.label}: ${host._t(k)}`;
  // A labelled select for field k (the label's text, and the select's own name with the node's).
  const field = (
    k: keyof UiStrings,
    value: string,
    options: Array<[string, string]>,
    onChange: (v: string) => void,
  ) => html`<label>${host._t(k)} ${select(L(k), value, options, onChange, off)}</label>`;
  return html`
    ${field(
      "ring",
      n.ring,
      section.rings.map((r) => [r.id, host._text(r.label)]),
      (v) => move({ ring: v }),
    )}
    ${field(
      "sector",
      n.sector,
      section.sectors.map((s) => [s.id, host._text(s.label)]),
      (v) => move({ sector: v }),
    )}
    ${
      rate.helpfulness
        ? field(
            "helpfulness",
            n.helpfulness === undefined ? "" : String(n.helpfulness),
            [
              none,
              ...steps(rate.helpfulness).map((v): [string, string] => [
                String(v),
                nodeValueText(v, rate.helpfulness!, host._locale, host._fallbacks),
              ]),
            ],
            (v) => set("helpfulness", v === "" ? undefined : Number(v)),
          )
        : nothing
    }
    ${
      rate.frequency
        ? field(
            "frequency",
            n.frequency ?? "",
            [
              none,
              ...rate.frequency.options.map((o): [string, string] => [o.id, host._text(o.label)]),
            ],
            (v) => set("frequency", v || undefined),
          )
        : nothing
    }
    ${
      rate.direction
        ? field(
            "direction",
            n.direction ?? "",
            [none, ...DIRECTIONS.map(([v, k]): [string, string] => [v, host._t(k)])],
            (v) => set("direction", (v || undefined) as MapNodeView["direction"]),
          )
        : nothing
    }
    ${
      rate.important
        ? html`<label class="check"
            ><input
              type="checkbox"
              aria-label=${L("important")}
              .checked=${n.important}
              ?disabled=${off}
              @change=${(e: Event) => set("important", (e.target as HTMLInputElement).checked)}
            />
            ${host._t("important")}</label
          >`
        : nothing
    }
    ${
      section.coordinator
        ? html`<label class="check"
            ><input
              type="checkbox"
              aria-label=${`${n.label}: ${host._text(section.coordinator.label)}`}
              .checked=${n.coordinator}
              ?disabled=${off}
              @change=${(e: Event) => host._edit(setCoordinator(host.value, (e.target as HTMLInputElement).checked ? n.id : undefined, host._now()))}
            />
            ${host._text(section.coordinator.label)}</label
          >`
        : nothing
    }
    ${
      rate.note
        ? html`<label
            >${host._t("note")}
            <textarea
              aria-label=${L("note")}
              maxlength="2000"
              .value=${n.note}
              ?disabled=${off}
              @change=${(e: Event) => set("note", (e.target as HTMLTextAreaElement).value)}
            ></textarea>
          </label>`
        : nothing
    }
    ${host._editable ? html`<button type="button" @click=${() => (remove(host, n), refocus(host, (r) => r.querySelector(".undo button")))}>${host._t("remove", { label: n.label })}</button>` : nothing}
  `;
}

/** A link's cooperation rating, with the definition's scale read with its anchors. */
function linkControl(host: Map, section: NetworkSection, a: string, b: string, label: string) {
  const scale = section.cooperation?.scale;
  const current = findLink(host.value, a, b)?.cooperation;
  if (!scale) return nothing;
  return select(
    label,
    current === undefined ? "" : String(current),
    [
      ["", "—"],
      ...steps(scale).map((v): [string, string] => [
        String(v),
        nodeValueText(v, scale, host._locale, host._fallbacks),
      ]),
    ],
    (v) => host._edit(setLink(host.value, a, b, v === "" ? undefined : Number(v), host._now())),
    !host._editable,
  );
}

export function renderTop(host: Map, section: NetworkSection | undefined, title: string) {
  const error = renderProblems(host._problems, host._locale, host._t("mapBadDefinition"));
  if (!section) return error;
  const pressed = (value: "map" | "list", label: keyof UiStrings) =>
    html`<button
      type="button"
      aria-pressed=${host.view === value}
      @click=${() => (host.view = value)}
    >
      ${host._t(label)}
    </button>`;
  return html`${error}${renderNotice(host, host._locale)}
    <div class="toolbar" part="toolbar">
      <fieldset>
        <legend>${host._t("view")}</legend>
        ${pressed("map", "viewMap")}${pressed("list", "viewList")}
      </fieldset>
      <button
        type="button"
        @click=${() => void import("../life-wheel/life-wheel.export.js").then((x) => x.exportSvg(host, title))}
      >
        ${host._t("mapExportPicture")}
      </button>
    </div>
    ${host.view === "map" && host._editable ? html`<p class="help">${host._t("mapHelp")}</p>` : nothing}`;
}

export function renderList(host: Map, section: NetworkSection, nodes: MapNodeView[]) {
  const links = mapLinks(section, host.value, host._locale, host._fallbacks);
  return html`<div part="list">
    <table>
      <caption>
        ${host._t("people")}
      </caption>
      <thead>
        <tr>
          <th scope="col">${host._t("ownName")}</th>
          <th scope="col">${host._t("kind")}</th>
          <th scope="col">${host._t("actions")}</th>
        </tr>
      </thead>
      <tbody>
        ${
          nodes.length === 0
            ? html`<tr>
                <td colspan="3">${host._t("noNodes")}</td>
              </tr>`
            : nothing
        }
        ${nodes.map(
          (n) =>
            html`<tr>
              <th scope="row" lang=${n.lang ?? nothing}>${n.label}</th>
              <td>
                ${host._t(n.kind === "person" ? "kindPerson" : n.kind === "group" ? "kindGroup" : "kindService")}
              </td>
              <td class="controls">${nodeControls(host, section, n)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      section.cooperation && links.length
        ? html`<table>
            <caption>
              ${host._t("links")}
            </caption>
            <tbody>
              ${links.map(
                (l) =>
                  html`<tr>
                    <th scope="row">${l.aLabel} – ${l.bLabel}</th>
                    <td>
                      ${linkControl(host, section, l.a, l.b, `${l.aLabel} – ${l.bLabel}: ${host._t("cooperation")}`)}
                    </td>
                    <td>
                      ${host._editable ? html`<button type="button" @click=${() => host._edit(removeLink(host.value, l.a, l.b, host._now()), true, host._t("unlinked", { a: l.aLabel, b: l.bLabel }))}>${host._t("remove", { label: `${l.aLabel} – ${l.bLabel}` })}</button>` : nothing}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : nothing
    }
  </div>`;
}

/** Under the picture: the selected node, adding people and services, gaps, the comparison and undo. */
export function renderPanel(host: Map, section: NetworkSection, nodes: MapNodeView[]) {
  const selected = host.view === "map" ? nodes.find((n) => n.id === host._selected) : undefined;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const gaps = cooperationGaps(section, host.value);
  const services = nodes.filter((n) => n.kind === "service");
  return html`
    ${
      selected
        ? html`<section part="panel" class="panel" aria-label=${selected.label}>
            <h3 lang=${selected.lang ?? nothing}>${selected.label}</h3>
            <div class="controls">${nodeControls(host, section, selected)}</div>
            ${
              section.cooperation && selected.kind === "service"
                ? html`<h4>${host._t("links")}</h4>
                    <ul class="links">
                      ${services.filter((o) => o.id !== selected.id).map((o) => html`<li>${o.label}: ${linkControl(host, section, selected.id, o.id, `${selected.label} – ${o.label}: ${host._t("cooperation")}`)}</li>`)}
                    </ul>`
                : nothing
            }
          </section>`
        : nothing
    }
    ${host._editable ? renderAdd(host, section, nodes) : nothing}
    ${
      gaps.length
        ? html`<section class="gaps">
            <h4>${host._t("gaps")}</h4>
            <ul>
              ${gaps.map(([a, b]) => html`<li>${host._t("gapText", { a: byId.get(a)?.label ?? a, b: byId.get(b)?.label ?? b })}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${host.compare ? renderCompare(host, section) : nothing}
    ${
      host._undo && host._editable
        ? html`<p class="row undo">
            ${host._t("removed", { label: host._undo.label })}
            <button
              type="button"
              @click=${() => {
                const undo = host._undo!;
                host._undo = undefined;
                host._edit(
                  restoreNode(host.value, undo.id, host._now()),
                  true,
                  host._t("restored", { label: undo.label }),
                );
              }}
            >
              ${host._t("undo")}
            </button>
          </p>`
        : nothing
    }
  `;
}

function renderAdd(host: Map, section: NetworkSection, nodes: MapNodeView[]) {
  const taken = new Set(nodes.map((n) => n.id));
  const query = host._query;
  const hits = query
    ? catalogSearch(section, query, host._locale, host._fallbacks, taken).slice(0, 8)
    : [];
  const addOwn = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const field = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    const label = field("label").trim();
    if (!label) return;
    const kind = field("kind") as MapNodeView["kind"];
    host._edit(
      addCustom(
        host.value,
        { label, kind, sector: field("sector"), ring: field("ring") },
        host._now(),
      ),
      true,
      host._t("added", { label }),
    );
    form.reset();
  };
  return html`<section class="add">
    ${
      section.catalog?.length
        ? html`<label
              >${host._t("searchCatalog")}
              <input
                type="search"
                .value=${query}
                @input=${(e: Event) => (host._query = (e.target as HTMLInputElement).value)}
            /></label>
            ${
              query
                ? html`<ul class="hits">
                    ${hits.length === 0 ? html`<li>${host._t("noMatches")}</li>` : nothing}${hits.map((h) => html`<li><button type="button" lang=${h.lang ?? nothing} @click=${() => host._edit(addFromCatalog(host.value, section, h.id, host._now()), true, host._t("added", { label: h.label }))}>${host._t("add")}: ${h.label}</button></li>`)}
                  </ul>`
                : nothing
            }`
        : nothing
    }
    ${
      section.allowCustom
        ? html`<form class="row" @submit=${addOwn}>
            <label>${host._t("ownName")} <input name="label" maxlength="200" required /></label>
            <label
              >${host._t("kind")}
              <select name="kind">
                <option value="person">${host._t("kindPerson")}</option>
                <option value="service">${host._t("kindService")}</option>
                <option value="group">${host._t("kindGroup")}</option>
              </select></label
            >
            <label
              >${host._t("sector")}
              <select name="sector">
                ${section.sectors.map((s) => html`<option value=${s.id}>${host._text(s.label)}</option>`)}
              </select></label
            >
            <label
              >${host._t("ring")}
              <select name="ring">
                ${section.rings.map((r, i) => html`<option value=${r.id} ?selected=${i === Math.floor((section.rings.length - 1) / 2)}>${host._text(r.label)}</option>`)}
              </select></label
            >
            <button type="submit">${host._t("addOwn")}</button>
          </form>`
        : nothing
    }
  </section>`;
}

/** What changed since the compared reading, by name: never a single averaged score. */
function renderCompare(host: Map, section: NetworkSection) {
  const other = host.compare!;
  const diff = compareNetworks(section, other.value, host.value);
  const names = new Map(
    [
      ...mapNodes(section, other.value, host._locale, host._fallbacks),
      ...mapNodes(section, host.value, host._locale, host._fallbacks),
    ].map((n) => [n.id, n.label]),
  );
  const label = typeof other.label === "string" ? other.label : host._text(other.label);
  // Rating changes read as "School: How much do they help? 2 → 4", each value with its anchor.
  const directions = Object.fromEntries(DIRECTIONS);
  const show = (field: string, value: string | number | boolean | undefined): string => {
    const scale = field === "helpfulness" ? section.rate?.helpfulness : undefined;
    if (value === undefined || value === false) return "—";
    if (value === true) return "✓";
    if (scale && typeof value === "number")
      return nodeValueText(value, scale, host._locale, host._fallbacks);
    if (field === "frequency")
      return (
        host._text(section.rate?.frequency?.options.find((o) => o.id === value)?.label) ||
        String(value)
      );
    if (field === "direction" && typeof value === "string" && directions[value])
      return host._t(directions[value]);
    return String(value);
  };
  const rerated = diff.rerated
    .filter((r) => r.field !== "note")
    .map(
      (r) =>
        `${names.get(r.id) ?? r.id}: ${host._t(r.field as keyof UiStrings)} ${show(r.field, r.from)} → ${show(r.field, r.to)}`,
    );
  const row = (key: keyof UiStrings, ids: string[]) =>
    ids.length
      ? html`<dt>${host._t(key)}</dt>
          <dd>${ids.map((id) => names.get(id) ?? id).join(host._t("listSep"))}</dd>`
      : nothing;
  return html`<section class="compare">
    <h4>${host._t("compareWith")} ${label}</h4>
    <dl>
      ${row("compareAdded", diff.added)}${row("compareRemoved", diff.removed)}${row("compareCloser", diff.closer)}${row("compareFurther", diff.further)}
      ${
        rerated.length
          ? html`<dt>${host._t("compareRerated")}</dt>
              <dd>
                <ul>
                  ${rerated.map((r) => html`<li>${r}</li>`)}
                </ul>
              </dd>`
          : nothing
      }
    </dl>
  </section>`;
}

/** Arrow keys move between nodes in reading order (roving focus); with Shift, and other keys, they edit. */
export function nodeKey(
  host: Map,
  event: KeyboardEvent,
  nodes: MapNodeView[],
  n: MapNodeView,
): void {
  const rtl = directionOf(host._locale) === "rtl";
  const i = nodes.indexOf(n);
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
  if (target >= 0 && target < nodes.length) {
    event.preventDefault();
    host._selected = nodes[target]!.id;
    focusSelected(host);
    return;
  }
  const section = host._section;
  if (!section || !host._editable) return;
  let change: { ring?: string; sector?: string } | undefined;
  if (event.shiftKey && event.key === "ArrowUp") change = { ring: stepRing(section, n.ring, -1) };
  else if (event.shiftKey && event.key === "ArrowDown")
    change = { ring: stepRing(section, n.ring, 1) };
  else if (event.shiftKey && (event.key === "ArrowLeft" || event.key === "ArrowRight"))
    change = {
      sector: stepSector(section, n.sector, (event.key === "ArrowRight") !== rtl ? 1 : -1),
    };
  if (change) {
    event.preventDefault();
    host._edit(moveNode(host.value, n.id, change, host._now()));
    host._announce = announceMove(host, section, n.id);
    host._selected = n.id;
    focusSelected(host);
    return;
  }
  if (event.key === "Delete" || event.key === "Backspace") {
    event.preventDefault();
    remove(host, n);
    // The next node (the one before, after the last) is where the family is now: selected, focused.
    host._selected = (nodes[i + 1] ?? nodes[i - 1])?.id;
    focusSelected(host);
  } else if (event.key.toLowerCase() === "l" && section.cooperation) {
    event.preventDefault();
    const from = host._linkFrom;
    if (!from || from === n.id) {
      host._linkFrom = n.id;
      host._announce = host._t("linkWith") + ": " + n.label + " …";
      return;
    }
    host._linkFrom = undefined;
    const a = mapNodes(section, host.value, host._locale, host._fallbacks).find(
      (x) => x.id === from,
    );
    host._edit(
      setLink(host.value, from, n.id, findLink(host.value, from, n.id)?.cooperation, host._now()),
      true,
      host._t("linked", { a: a?.label ?? from, b: n.label }),
    );
  }
}
