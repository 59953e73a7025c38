// Keeps the chart in step with the element: fetches chart.js (progress-chart.chart.ts) the first time
// there is a line to draw, updates the same chart when what it shows changes, redraws when the user
// changes colour scheme, forced colours or motion settings, and destroys it when the element leaves
// the page (and draws it again if it comes back).
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ChartHandle } from "./progress-chart.chart.js";
import type { ChartInput } from "./progress-chart.model.js";

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

export class ChartController implements ReactiveController {
  /** Settles once chart.js has loaded and the chart is drawn (or the load failed). */
  loading: Promise<unknown> = Promise.resolve();
  private handle: ChartHandle | undefined;
  /** What is drawn now (JSON of its input), so an unchanged chart is not redrawn. */
  private drawn = "";
  private readonly media = [
    "prefers-color-scheme: dark",
    "forced-colors: active",
    "prefers-reduced-motion",
  ].map((q) => matchMedia(`(${q})`));
  private readonly redraw = () => {
    this.drawn = "";
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: Host,
    /** What to draw now; undefined when there is nothing to draw. */
    private readonly input: () => ChartInput | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const m of this.media) m.addEventListener("change", this.redraw);
    this.host.requestUpdate(); // back on the page: hostUpdated() draws the chart again
  }

  hostDisconnected(): void {
    for (const m of this.media) m.removeEventListener("change", this.redraw);
    this.destroy();
  }

  private destroy(): void {
    this.handle?.destroy();
    this.handle = undefined;
    this.drawn = "";
  }

  hostUpdated(): void {
    const canvas = this.host.renderRoot.querySelector("canvas");
    const input = this.input();
    // The canvas is gone (nothing to draw) or was replaced by a new one: that chart is done.
    if (this.handle && (!canvas || !input || this.handle.chart.canvas !== canvas)) this.destroy();
    const key = JSON.stringify(input ?? null);
    if (!canvas || !input || key === this.drawn) return;
    this.drawn = key;
    if (this.handle) return this.handle.update(input);
    this.loading = import("./progress-chart.chart.js")
      .then(({ drawChart }) => {
        // Things may have moved on while chart.js was loading: draw what is there now.
        const now = this.input();
        const c = this.host.renderRoot.querySelector("canvas");
        if (!this.host.isConnected || this.handle || !c || !now) return;
        this.handle = drawChart(c, now);
        this.drawn = JSON.stringify(now);
      })
      .catch(() => (this.drawn = "")); // the table and summary still tell everything
  }
}
