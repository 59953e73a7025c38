// <famwel-service-map> with N nodes; keys move the first node between rings (Shift+arrows, an edit
// each); drag frames move a node around the middle ring with pointer events.
/* global PointerEvent */
import "../../packages/elements/dist/define/famwel-service-map.js";
import { run } from "./harness.mjs";

run({
  firstSelector: ".node",
  mount(host, d) {
    const el = document.createElement("famwel-service-map");
    el.definition = d.definition;
    el.value = d.value;
    host.append(el);
    let rated = 0; // `change` follows each edit by the user, never a programmatic one
    el.addEventListener("change", () => rated++);
    const ids = Object.keys(d.value.nodes);
    let drag;
    const pointer = (type, target, x, y) =>
      target.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          composed: true,
          cancelable: true,
          pointerId: 7,
          isPrimary: true,
          button: 0,
          buttons: type === "pointerup" ? 0 : 1,
          clientX: x,
          clientY: y,
        }),
      );
    return {
      rendered: () => el.updateComplete,
      change(i) {
        const v = el.value;
        const id = ids[i % ids.length];
        el.value = {
          ...v,
          nodes: { ...v.nodes, [id]: { ...v.nodes[id], position: ((i * 0.37) % 0.9) + 0.05 } },
        };
      },
      focusRating() {
        el.shadowRoot.querySelector(".node[tabindex='0']").focus();
        return Array.from({ length: 20 }, (_, i) => (i % 2 ? "Shift+ArrowUp" : "Shift+ArrowDown"));
      },
      rated: () => rated,
      // One drag frame: a pointermove that moves the dragged node by ~4° around the map's centre,
      // then the render it causes. The first call presses the pointer on a node.
      async drag(i) {
        if (!drag) {
          const svg = el.shadowRoot.querySelector("svg");
          const node = el.shadowRoot.querySelector(".node");
          const box = svg.getBoundingClientRect();
          const n = node.getBoundingClientRect();
          const cx = box.left + box.width / 2;
          const cy = box.top + box.height / 2;
          const x = n.left + n.width / 2;
          const y = n.top + n.height / 2;
          drag = { svg, cx, cy, r: Math.hypot(x - cx, y - cy), a: Math.atan2(y - cy, x - cx) };
          pointer("pointerdown", node, x, y);
        }
        const a = drag.a + ((i + 1) * 4 * Math.PI) / 180;
        pointer(
          "pointermove",
          drag.svg,
          drag.cx + drag.r * Math.cos(a),
          drag.cy + drag.r * Math.sin(a),
        );
        await el.updateComplete;
      },
    };
  },
});
