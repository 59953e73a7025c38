// The wheel's adapter, shared by wheel.mjs (define/) and wheel-checked.mjs (define-checked/): a
// <famwel-life-wheel> with a wheel section of N domains (plain JSON, or parsed by the host); keys
// rate the first domain up and down.
import { markParsed } from "../../packages/instrument/dist/parsed.js";

export const wheelAdapter = {
  firstSelector: "[role=slider]",
  mount(host, d) {
    const el = document.createElement("famwel-life-wheel");
    // `parsed`: the host validated the definition at its boundary (parseInstrument, or on its
    // server), so the element skips its lazy check; marking stands in for that earlier parse.
    el.definition = d.parsed ? markParsed({ sections: [d.definition] }).sections[0] : d.definition;
    el.value = d.value;
    host.append(el);
    let rated = 0; // `change` follows each edit by the user, never a programmatic one
    el.addEventListener("change", () => rated++);
    const ids = d.definition.domains.map((x) => x.id);
    return {
      rendered: () => el.updateComplete,
      change(i) {
        const v = el.value;
        const id = ids[i % ids.length];
        el.value = { ...v, domains: { ...v.domains, [id]: { current: i % 11, at: d.at } } };
      },
      async focusRating() {
        // From the scale's minimum, as SurveyJS's first question: ten up, ten down, 20 ratings.
        const v = el.value;
        el.value = { ...v, domains: { ...v.domains, [ids[0]]: { current: 0, at: d.at } } };
        await el.updateComplete;
        el.shadowRoot.querySelector("[role=slider]").focus();
        return [...Array(10).fill("ArrowUp"), ...Array(10).fill("ArrowDown")];
      },
      rated: () => rated,
    };
  },
};
