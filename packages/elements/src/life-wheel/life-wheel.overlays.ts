// What is drawn over a segment besides the family's own rating: other readings as outlines in
// distinct dash patterns (never averaged away), and the child variant's face. Loaded with the views.
import { nothing, svg } from "lit";
import type { Scale, WheelSection } from "@famwel/instrument/core";
import type { FamwelLifeWheel } from "./life-wheel.js";
import { polar, valueRadius, type WheelLayout } from "./life-wheel.layout.js";
import { wheelDomains, type WheelDomainView } from "./life-wheel.model.js";
import { faceFor } from "./life-wheel.model-edits.js";

/** An arc at radius r between two angles (the outline of a compared value). */
export function arcPath(cx: number, cy: number, r: number, a0: number, a1: number): string {
  const f = (n: number) => n.toFixed(2);
  const [x0, y0] = polar(cx, cy, r, a0);
  const [x1, y1] = polar(cx, cy, r, a1);
  return `M${f(x0)} ${f(y0)}A${f(r)} ${f(r)} 0 0 1 ${f(x1)} ${f(y1)}`;
}

/** A face for the child variant: the mouth curves from sad (lowest) to happy (highest). */
function renderFace(L: WheelLayout, r: number, angle: number, value: number, scale: Scale) {
  const [x, y] = polar(L.cx, L.cy, Math.max(r, L.hub + 10), angle);
  const curve = (faceFor(value, scale) - 2) * 2.5; // -5 … 5
  return svg`<g class="face" aria-hidden="true">
    <circle cx=${x} cy=${y} r="10"></circle>
    <circle cx=${x - 3.5} cy=${y - 2.5} r="1.2"></circle><circle cx=${x + 3.5} cy=${y - 2.5} r="1.2"></circle>
    <path d="M${x - 5} ${y + 3} Q${x} ${y + 3 + curve} ${x + 5} ${y + 3}" fill="none"></path>
  </g>`;
}

/** Per render: a function drawing one segment's compared outlines (up to four) and face. */
export function segmentOverlays(host: FamwelLifeWheel, section: WheelSection, L: WheelLayout) {
  const { scale } = section;
  const r = (v: number) => valueRadius(v, scale, L.hub, L.radius);
  const others = host.compare
    .slice(0, 4)
    .map((c) => wheelDomains(section, c.value, host._locale, host._fallbacks));
  return (d: WheelDomainView, a0: number, a1: number) =>
    svg`${others.map((o, k) => {
      const v = o.find((x) => x.id === d.id)?.current;
      return v === undefined
        ? nothing
        : svg`<path class="cmp cmp-${k}" d=${arcPath(L.cx, L.cy, r(v), a0, a1)}></path>`;
    })}${section.variant === "faces" && d.current !== undefined ? renderFace(L, r(d.current), (a0 + a1) / 2, d.current, scale) : nothing}`;
}
