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
    let rated = 0;
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
      async focusRating() {
        const w = wheel();
        const slider = w?.shadowRoot.querySelector("[role=slider]");
        if (!slider) return [];
        // From the scale's minimum, as the other contenders: ten up, ten down, 20 ratings.
        const [id] = w.definition?.domains?.map((x) => x.id) ?? ["housing"];
        w.value = { ...w.value, domains: { ...w.value.domains, [id]: { current: 0, at: d.at } } };
        await w.updateComplete;
        // The wheel's `change` (each edit by the user) does not leave the instrument's shadow root.
        w.addEventListener("change", () => rated++);
        slider.focus();
        return [...Array(10).fill("ArrowUp"), ...Array(10).fill("ArrowDown")];
      },
      rated: () => rated,
    };
  },
});
