// <famwel-instrument> running the bundled family instrument (wheel, text, map, reflection, choice).
// Changes and keys go to the wheel inside it, the part the other contenders also show.
import "../../packages/elements/dist/define/famwel-instrument.js";
import { deepQuery, run } from "./harness.mjs";

run({
  firstSelector: "[role=slider]",
  mount(host, d) {
    const el = document.createElement("famwel-instrument");
    el.instrument = d.instrument;
    host.append(el);
    const wheel = () => deepQuery("famwel-life-wheel");
    return {
      async rendered() {
        await el.updateComplete;
        await wheel()?.updateComplete;
      },
      change(i) {
        const w = wheel();
        if (!w) return;
        const ids = w.definition?.domains?.map((x) => x.id) ?? ["housing"];
        const v = w.value;
        const id = ids[i % ids.length];
        w.value = { ...v, domains: { ...v.domains, [id]: { current: i % 11, at: d.at } } };
      },
      focusRating() {
        const slider = wheel()?.shadowRoot.querySelector("[role=slider]");
        if (!slider) return [];
        slider.focus();
        // The first ArrowUp sets the unrated domain to the scale's minimum.
        return [...Array(10).fill("ArrowUp"), ...Array(10).fill("ArrowDown")];
      },
    };
  },
});
