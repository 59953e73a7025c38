// The selected node's controls in the map's views: its place, the ratings the definition asks for,
// the coordinator, its links' cooperation and removal, and the keys that move between nodes and
// edit them. Part of the views chunk (see service-map.views.ts).
import { html, nothing, type ElementPart } from "lit";
import { Directive, directive } from "lit/directive.js";
import type { NetworkSection, Scale } from "@famwel/instrument/core";
import type { FamwelServiceMap } from "./service-map.js";
import { directionOf, onLocalesChanged, type UiStrings } from "../shared/i18n.js";
import { findLink } from "./service-map.model-links.js";
import { mapNodes, type MapNodeView } from "./service-map.model.js";
import { stepRing, stepSector } from "./service-map.model-place.js";
import { nodeValueText } from "./service-map.model-compare.js";
import { refocus } from "../shared/refocus.js";
import {
  moveNode,
  rateNode,
  removeNode,
  setCoordinator,
  setLink,
} from "./service-map.model-edits.js";

type Map = FamwelServiceMap;

/** Who helps whom, as stored and as named in the UI. */
export const DIRECTIONS: Array<[string, keyof UiStrings]> = [
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

// The option lists made, by scale and language. A selected service's panel has a cooperation select
// for every other service, all on the same scale: made once, not once per link (40 services: 39
// lists of every step read with its anchors, on every key that moved the node). New strings from
// registerLocale start afresh: the elements it tells re-render a microtask later, after this.
let made = new WeakMap<Scale, [string, Array<[string, string]>]>();
onLocalesChanged(() => (made = new WeakMap()));

/** "—", then every step of `scale` read with its anchors. */
function scaleOptions(host: Map, scale: Scale): Array<[string, string]> {
  const key = [host._locale, ...host._fallbacks].join();
  let m = made.get(scale);
  if (m?.[0] !== key) {
    const options = steps(scale).map((v): [string, string] => [
      String(v),
      nodeValueText(v, scale, host._locale, host._fallbacks),
    ]);
    made.set(scale, (m = [key, [["", "—"], ...options]]));
  }
  return m[1];
}

/**
 * Makes a select show `value` on every render, whatever it showed. Lit's own `live` does the same,
 * but its helpers keep Lit's internals in the map's first load (74 bytes gzip over that budget).
 */
const shows = directive(
  class extends Directive {
    render(_value: string) {
      return nothing;
    }
    override update(part: ElementPart, [value]: [string]) {
      // Only when it differs: setting a select's value walks its options and restyles it, and a
      // service's panel has a select per link, all rendered again on every key.
      const select = part.element as HTMLSelectElement;
      if (select.value !== value) select.value = value;
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

// The map's node buttons and the list's rows are not keyed by node id: after a move re-sorts them,
// or a removal, the element that had focus stands for another node, and the family's next key would
// edit that one. So edits say where focus goes (refocus).
const focusSelected = (host: Map) => refocus(host, (r) => r.querySelector(".node.selected"));

/** The selects of node `id`'s row in the list as drawn now (rows follow the nodes' reading order). */
function rowSelects(host: Map, section: NetworkSection, id: string, root: ParentNode) {
  const row = mapNodes(section, host.value, host._locale, host._fallbacks).findIndex(
    (x) => x.id === id,
  );
  return root.querySelectorAll("[part=list] .controls")[row]?.querySelectorAll("select") ?? [];
}

/** Focus on node `id` once drawn: its button on the map, selected, or its row's first field in the list. */
export function focusNode(host: Map, section: NetworkSection, id: string): void {
  if (host.view === "map") {
    host._selected = id;
    return focusSelected(host);
  }
  refocus(host, (r) => rowSelects(host, section, id, r)[0]);
}

export function remove(host: Map, n: MapNodeView): void {
  host._undo = { id: n.id, label: n.label };
  if (host._selected === n.id) host._selected = undefined;
  host._edit(
    removeNode(host.value, n.id, host._now()),
    true,
    host._t("removed", { label: n.label }),
  );
}

/** The controls for one node: place, ratings the definition asks for, coordinator, remove. */
export function nodeControls(host: Map, section: NetworkSection, n: MapNodeView) {
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
    if (host.view === "list" && host.shadowRoot?.activeElement instanceof HTMLSelectElement)
      refocus(host, (r) => rowSelects(host, section, n.id, r)[change.ring ? 0 : 1]);
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
            scaleOptions(host, rate.helpfulness),
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
              dir="auto"
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
export function linkControl(
  host: Map,
  section: NetworkSection,
  a: string,
  b: string,
  label: string,
) {
  const scale = section.cooperation?.scale;
  const current = findLink(host.value, a, b)?.cooperation;
  if (!scale) return nothing;
  return select(
    label,
    current === undefined ? "" : String(current),
    scaleOptions(host, scale),
    (v) => host._edit(setLink(host.value, a, b, v === "" ? undefined : Number(v), host._now())),
    !host._editable,
  );
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
    // With none left, Undo is.
    host._selected = (nodes[i + 1] ?? nodes[i - 1])?.id;
    if (host._selected) focusSelected(host);
    else refocus(host, (r) => r.querySelector(".undo button"));
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
