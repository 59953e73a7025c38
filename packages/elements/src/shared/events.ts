// Typed events of the famwel elements. Native names (`input`, `change`) are plain Events fired on
// user edits only; everything else is a `famwel-<noun>-<verb>` class that bubbles out of shadow roots.
import type { Problem } from "@famwel/instrument/core";

/** A definition could not be used. The element shows the problems and keeps its last good state. */
export class FamwelErrorEvent extends Event {
  static readonly type = "famwel-error";
  constructor(readonly problems: readonly Problem[]) {
    super(FamwelErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    "famwel-error": FamwelErrorEvent;
  }
}

/** Reports problems with a definition from `target`. A function rather than an inline `dispatchEvent`,
 * so the manifest analyzer reads the event's name from the class, not from the argument. */
export function fireError(target: EventTarget, problems: readonly Problem[]): void {
  target.dispatchEvent(new FamwelErrorEvent(problems));
}
