// The debounce behind `famwel-draft`: one pending save, restarted by every edit, so a host hears about
// a burst of typing once, a moment after it ends. A plain function timer (no string timers: CSP).
export class DraftTimer {
  private _id: ReturnType<typeof setTimeout> | undefined;
  constructor(private readonly _save: () => void) {}

  /** (Re)starts the wait; `delay` below zero counts as zero. */
  schedule(delay: number): void {
    this.cancel();
    this._id = setTimeout(
      () => {
        this._id = undefined;
        this._save();
      },
      Math.max(0, Number.isFinite(delay) ? delay : 1000),
    );
  }
  /** Drops a pending save (after submit: the completed response replaces the draft). */
  cancel(): void {
    if (this._id !== undefined) clearTimeout(this._id);
    this._id = undefined;
  }
  /** Saves now if a save is pending (the runner is leaving the page). */
  flush(): void {
    if (this._id === undefined) return;
    this.cancel();
    this._save();
  }
}
