// The map's views besides the picture: toolbar, the list (the full, editable equivalent of the map,
// and what a screen reader user works in), the selected node's ratings and links, adding from the
// catalog or in the family's own words, gaps in cooperation, the comparison, and keyboard edits.
import { html, nothing } from "lit";
// The add/compare and node-control parts first: the chunk's modules in this order compress best.
import { renderAdd, renderCompare } from "./service-map.views-add.js";
import { focusNode, linkControl, nodeControls } from "./service-map.views-node.js";
import type { NetworkSection } from "@famwel/instrument/core";
import type { FamwelServiceMap } from "./service-map.js";
import { renderNotice, renderProblems } from "../shared/problems-view.js";
import { uiString, type UiStrings } from "../shared/i18n.js";
import { named } from "../shared/named-text.js";
import { refocus } from "../shared/refocus.js";
import { cooperationGaps, mapLinks } from "./service-map.model-links.js";
import type { MapNodeView } from "./service-map.model.js";
import { removeLink, restoreNode } from "./service-map.model-edits.js";
import { addMapViewStrings } from "./service-map.views-strings.js";
import { viewStyles as ownViewStyles } from "./service-map.views.styles.js";
import { controlStyles } from "../shared/controls.styles.js";
import { fieldStyles } from "../shared/fields.styles.js";
import { stackClass, stackStyles } from "../shared/table-stack.styles.js";

/** Adopted by the element when this chunk arrives: the shared controls, then the map's own. */
export const viewStyles = [fieldStyles, controlStyles, stackStyles, ownViewStyles];
export { pointer } from "./service-map.pointer.js";
export { renderLinks } from "./service-map.links.js";
export { announceMove, nodeKey } from "./service-map.views-node.js";
// Bundling, not API: with the class reachable from this chunk too, esbuild puts the element beside Lit
// in one shared chunk, so the initial load travels as one compressed file instead of two (~340 bytes
// less gzip), as the wheel does.
export { FamwelServiceMap } from "./service-map.js";

addMapViewStrings(); // this module loads once, lazily; its strings come with it

type Map = FamwelServiceMap;

export function renderTop(host: Map, section: NetworkSection | undefined, title: string) {
  // The language once, as in the wheel's views: each host._t walks up the page for a lang attribute.
  const locale = host._locale;
  const t = (key: keyof UiStrings) => uiString(locale, key);
  const error = renderProblems(host._problems, locale, t("mapBadDefinition"));
  if (!section) return error;
  const pressed = (value: "map" | "list", label: keyof UiStrings) =>
    html`<button
      type="button"
      aria-pressed=${host.view === value}
      @click=${() => (host.view = value)}
    >
      ${t(label)}
    </button>`;
  return html`${error}${renderNotice(host, locale)}
    <div class="toolbar" part="toolbar">
      <fieldset>
        <legend>${t("view")}</legend>
        ${pressed("map", "viewMap")}${pressed("list", "viewList")}
      </fieldset>
      <button
        type="button"
        @click=${() => void import("../life-wheel/life-wheel.export.js").then((x) => x.exportSvg(host, title))}
      >
        ${t("mapExportPicture")}
      </button>
    </div>
    ${host.view === "map" && host._editable ? html`<p class="help">${t("mapHelp")}</p>` : nothing}`;
}

export function renderList(host: Map, section: NetworkSection, nodes: MapNodeView[]) {
  const links = mapLinks(section, host.value, host._locale, host._fallbacks);
  // The controls' cell holds a row of labelled selects: it counts as three columns.
  const stack = stackClass(host._width, 5);
  return html`<div part="list">
    <table class=${stack}>
      <caption>
        ${host._t("people")}
      </caption>
      <thead class=${stack && "sr-only"}>
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
              <th scope="row">${named(n.label, n.lang)}</th>
              <td data-col=${host._t("kind")}>
                ${host._t(n.kind === "person" ? "kindPerson" : n.kind === "group" ? "kindGroup" : "kindService")}
              </td>
              <td><div class="controls">${nodeControls(host, section, n)}</div></td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      section.cooperation && links.length
        ? html`<table class=${stack}>
            <caption>
              ${host._t("links")}
            </caption>
            <tbody>
              ${links.map(
                (l, k) =>
                  html`<tr>
                    <th scope="row">${l.aLabel} – ${l.bLabel}</th>
                    <td>
                      ${linkControl(host, section, l.a, l.b, `${l.aLabel} – ${l.bLabel}: ${host._t("cooperation")}`)}
                    </td>
                    <td>
                      ${host._editable ? html`<button type="button" @click=${() => unlink(host, l, k)}>${host._t("remove", { label: `${l.aLabel} – ${l.bLabel}` })}</button>` : nothing}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : nothing
    }
  </div>`;
}

/**
 * Removes a link from the list. Its row's button would stand for the next link, and a second
 * Enter would remove that one unheard: focus goes to the next link's rating instead (the one
 * before, after the last), or with no link left to the field that adds people and services.
 */
function unlink(host: Map, l: ReturnType<typeof mapLinks>[number], k: number): void {
  host._edit(
    removeLink(host.value, l.a, l.b, host._now()),
    true,
    host._t("unlinked", { a: l.aLabel, b: l.bLabel }),
  );
  refocus(host, (r) => {
    const rates = r.querySelectorAll("[part=list] table + table select");
    return rates[k] ?? rates[k - 1] ?? r.querySelector(".add input");
  });
}

/** Under the picture: the selected node, adding people and services, gaps, the comparison and undo. */
export function renderPanel(host: Map, section: NetworkSection, nodes: MapNodeView[]) {
  const selected = host.view === "map" ? nodes.find((n) => n.id === host._selected) : undefined;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const gaps = cooperationGaps(section, host.value);
  const services = nodes.filter((n) => n.kind === "service");
  const cooperation = host._t("cooperation"); // once, not once per link
  return html`
    ${
      selected
        ? html`<section part="panel" class="panel" aria-label=${selected.label}>
            <h3>${named(selected.label, selected.lang)}</h3>
            <div class="controls">${nodeControls(host, section, selected)}</div>
            ${
              section.cooperation && selected.kind === "service"
                ? html`<h4>${host._t("links")}</h4>
                    <ul class="links">
                      ${services.filter((o) => o.id !== selected.id).map((o) => html`<li>${o.label}: ${linkControl(host, section, selected.id, o.id, `${selected.label} – ${o.label}: ${cooperation}`)}</li>`)}
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
                focusNode(host, section, undo.id); // Undo goes: focus goes to what it brought back
              }}
            >
              ${host._t("undo")}
            </button>
          </p>`
        : nothing
    }
  `;
}
