// Rating by keyboard: the WAI-ARIA slider keys on a segment. Loaded with the views just after the
// first render, as rating by pointer is (life-wheel.pointer.ts): the first load shows the wheel and
// reads it out, and leaves its bytes to the budget of that first render.
import type { FamwelLifeWheel } from "./life-wheel.js";
import type { WheelDomainView } from "./life-wheel.model.js";
import { keyStep, setRating } from "./life-wheel.model-edits.js";
import { directionOf } from "../shared/i18n.js";

export function keyRate(
  host: FamwelLifeWheel,
  event: KeyboardEvent,
  domains: WheelDomainView[],
): void {
  const section = host._section;
  const d = domains[Number((event.target as SVGElement).dataset.index)];
  if (!section || !d || !host._editable) return;
  const next = keyStep(d[host.layer], event.key, section.scale, directionOf(host._locale));
  if (next === undefined) return;
  event.preventDefault();
  if (next !== d[host.layer])
    host._edit(setRating(host.value, d.id, host.layer, next, host._now()));
}
