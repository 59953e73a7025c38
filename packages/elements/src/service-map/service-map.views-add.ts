// Adding to the map (from the catalog or in the family's own words) and the comparison with an
// earlier reading, in the map's views. Part of the views chunk (see service-map.views.ts).
import { html, nothing } from "lit";
import type { NetworkSection } from "@famwel/instrument/core";
import type { FamwelServiceMap } from "./service-map.js";
import { mapNodes, type MapNodeView } from "./service-map.model.js";
import { compareNetworks, nodeValueText } from "./service-map.model-compare.js";
import { catalogSearch } from "./service-map.model-search.js";
import { addCustom, addFromCatalog } from "./service-map.model-edits.js";
import { DIRECTIONS } from "./service-map.views-node.js";
import { directionOf, type UiStrings } from "../shared/i18n.js";
import { refocus } from "../shared/refocus.js";

type Map = FamwelServiceMap;

export function renderAdd(host: Map, section: NetworkSection, nodes: MapNodeView[]) {
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
  // «Legg til: » in the map's language, the name in its own: a bokmål name in an Arabic map keeps
  // its closing parenthesis on the right.
  // Focus goes back to the search field: the button pressed goes, or comes to stand for another
  // service, which a second Enter would add unheard.
  const pick = (h: (typeof hits)[number]) => {
    host._edit(
      addFromCatalog(host.value, section, h.id, host._now()),
      true,
      host._t("added", { label: h.label }),
    );
    refocus(host, (r) => r.querySelector(".add [type=search]"));
  };
  // prettier-ignore
  const hit = (h: (typeof hits)[number]) => html`<li><button type="button" @click=${() => pick(h)}>${host._t("add")}: <span lang=${h.lang ?? nothing} dir=${h.lang ? directionOf(h.lang) : nothing}>${h.label}</span></button></li>`;
  return html`<section class="add">
    ${
      section.catalog?.length
        ? html`<label
              >${host._t("searchCatalog")}
              <input
                type="search"
                dir="auto"
                .value=${query}
                @input=${(e: Event) => (host._query = (e.target as HTMLInputElement).value)}
            /></label>
            ${
              query
                ? html`<ul class="hits">
                    ${hits.length === 0 ? html`<li>${host._t("noMatches")}</li>` : nothing}${hits.map(hit)}
                  </ul>`
                : nothing
            }`
        : nothing
    }
    ${
      section.allowCustom
        ? html`<form class="row" @submit=${addOwn}>
            <label
              >${host._t("ownName")} <input name="label" dir="auto" maxlength="200" required
            /></label>
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
export function renderCompare(host: Map, section: NetworkSection) {
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
    // A rating not given is said in words ("— → 3 of 4" left a family to guess); an unset
    // choice or a flag not set stays a dash.
    if (value === undefined && scale) return host._t("notRated");
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
