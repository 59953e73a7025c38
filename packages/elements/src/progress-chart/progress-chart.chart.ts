// The line chart itself: chart.js 4, tree-shaken to a line chart on category × linear scales with a
// tooltip (never "chart.js/auto"). The element loads this module with import() after its first
// paint, so a page that shows the table, or only the wheel, never downloads chart.js. The legend is
// HTML, in the element's filter (real text that zooms and reflows), so chart.js's is not loaded.
// Lines differ by colour, point shape and dash (chosen in progress-chart.looks.ts), so they can be
// told apart in greyscale, in forced colours and without colour vision. No animation under reduced
// motion.
import {
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
} from "chart.js";
import type { ReactiveElement } from "lit";
import type { ChartInput } from "./progress-chart.model.js";

// A page can switch its own colour scheme (`color-scheme` on its root, a theme toggle), which no
// media query reports, and the canvas's colours are read once per drawing. The canvas's CSS colour
// follows the scheme; a transition on it is the one event that says it changed. Adopted with this
// chunk, so the first load does not carry it; a constructed sheet, as Lit's own (strict CSP).
const colourSheet = new CSSStyleSheet();
colourSheet.replaceSync("canvas{transition:color 1ms}");

export type { ChartInput, ChartSeries } from "./progress-chart.model.js";

type Values = Array<number | null>;
type LineChart = Chart<"line", Values, string>;

/** The red, green and blue of a computed CSS colour ("rgb(26, 26, 26)"). */
function rgb(color: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

/** The chart's configuration for `input`; text colour and font are read from the canvas's CSS. */
function configure(canvas: HTMLCanvasElement, input: ChartInput) {
  const css = getComputedStyle(canvas);
  const text = css.color;
  const [r, g, b] = rgb(text);
  const faint = (alpha: number) => `rgba(${r}, ${g}, ${b}, ${alpha})`;
  const font = { family: css.fontFamily, size: 13 };
  // Right to left, time runs leftwards: the readings go in latest first. Not the x scale's
  // `reverse`: chart.js (4.x, Scale._calculatePadding) then measures the room for the first and
  // last dates from the wrong ends, finds none needed, and the edge dates are cut off.
  const inOrder = <T>(items: readonly T[]): T[] => (input.rtl ? [...items].reverse() : [...items]);
  const datasets = input.series.map((s): ChartDataset<"line", Values> => {
    // The colour of the line's swatch in the legend (themable CSS, forced colours included).
    const color = input.colors?.[s.style] ?? text;
    return {
      label: s.label,
      data: inOrder(s.values),
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2,
      borderDash: [...s.dash],
      pointStyle: s.point,
      pointRadius: 5,
      pointHoverRadius: 7,
      spanGaps: true, // a line runs on past a reading where the domain was not rated
      // chart.js clips a line to the plot, with room for its points only on a side whose scale has
      // no fixed min or max; ours has both, so a point at the top or bottom of the scale lost half
      // of itself. The values never leave the scale, and the layout leaves room for the points.
      clip: false,
    };
  });
  const { min, max, step } = input;
  const config: ChartConfiguration<"line", Values, string> = {
    type: "line",
    data: { labels: inOrder(input.labels), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: matchMedia("(prefers-reduced-motion: reduce)").matches ? false : { duration: 400 },
      interaction: { mode: "index", intersect: false },
      color: text,
      font,
      scales: {
        x: {
          type: "category",
          ticks: { color: text, font },
          grid: { color: faint(0.15) },
        },
        y: {
          type: "linear",
          min,
          max,
          position: input.rtl ? "right" : "left",
          ticks: {
            color: text,
            font,
            ...(step !== undefined && (max - min) / step <= 20 ? { stepSize: step } : {}),
          },
          grid: { color: faint(0.3) },
        },
      },
      plugins: { tooltip: { rtl: input.rtl, usePointStyle: true } },
    },
  };
  return config;
}

export interface ChartHandle {
  /** Redraws with new data, labels, language, direction or colours. */
  update(input: ChartInput): void;
  destroy(): void;
  readonly chart: LineChart;
}

let registered = false;

/** Draws the progress lines on `canvas`. */
export function drawChart(canvas: HTMLCanvasElement, input: ChartInput): ChartHandle {
  if (!registered) {
    Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);
    registered = true;
  }
  const chart: LineChart = new Chart(canvas, configure(canvas, input));
  const root = canvas.getRootNode() as ShadowRoot;
  if (!root.adoptedStyleSheets.includes(colourSheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, colourSheet];
    // Once a root, whichever canvas the chart is drawn on later: the element reads its lines'
    // colours again and, if they changed, has the chart redrawn.
    root.addEventListener("transitionend", (e) => {
      if (e.target instanceof HTMLCanvasElement) (root.host as ReactiveElement).requestUpdate();
    });
  }
  return {
    chart,
    update(next) {
      const { data, options } = configure(canvas, next);
      chart.data = data;
      chart.options = options ?? {};
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
