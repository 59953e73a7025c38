// The line chart itself: chart.js 4, tree-shaken to a line chart on category × linear scales with
// legend and tooltip (never "chart.js/auto"). The element loads this module with import() after its
// first paint, so a page that shows the table, or only the wheel, never downloads chart.js.
// Lines differ by colour, point shape and dash, so they can be told apart in greyscale, in forced
// colours and by people who do not see colour; animation is off when the user asks for less motion.
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type PointStyle,
} from "chart.js";
import type { ChartInput } from "./progress-chart.model.js";

export type { ChartInput, ChartSeries } from "./progress-chart.model.js";

type LineChart = Chart<"line", Array<number | null>, string>;

// Colours with at least 3:1 contrast against a light (first) or dark (second) surface.
const LIGHT = [
  "#1e5aa8",
  "#b3470b",
  "#1b7a3d",
  "#8e2c8e",
  "#a3202c",
  "#0b6e74",
  "#6b5200",
  "#4a4a4a",
];
const DARK = [
  "#8ab8f0",
  "#ffa463",
  "#6fd08c",
  "#e59be5",
  "#ff8a8a",
  "#5fd3d9",
  "#e3c35a",
  "#cfcfcf",
];
const POINTS: PointStyle[] = [
  "circle",
  "rect",
  "triangle",
  "rectRot",
  "star",
  "crossRot",
  "rectRounded",
];
const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 4, 2, 4]];

let registered = false;

/** The red, green and blue of a computed CSS colour ("rgb(26, 26, 26)"). */
function rgb(color: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

/** The chart's configuration for `input`, with colours and font read from the canvas's CSS. */
function configure(canvas: HTMLCanvasElement, input: ChartInput) {
  const css = getComputedStyle(canvas);
  const text = css.color;
  // In forced colours every line takes the system text colour; shape and dash still tell them apart.
  const forced = matchMedia("(forced-colors: active)").matches;
  const [r, g, b] = rgb(text);
  // Light text means a dark surface. Grid lines are the text colour, faint.
  const palette = 0.2126 * r + 0.7152 * g + 0.0722 * b > 128 ? DARK : LIGHT;
  const grid = (alpha: number) => `rgba(${r}, ${g}, ${b}, ${alpha})`;
  const font = { family: css.fontFamily, size: 13 };
  const datasets = input.series.map((s): ChartDataset<"line", Array<number | null>> => {
    const color = forced ? text : palette[s.style % palette.length]!;
    return {
      label: s.label,
      data: s.values,
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2,
      borderDash: DASHES[s.style % DASHES.length]!,
      pointStyle: POINTS[s.style % POINTS.length]!,
      pointRadius: 5,
      pointHoverRadius: 7,
      spanGaps: true,
    };
  });
  const { min, max, step } = input;
  const config: ChartConfiguration<"line", Array<number | null>, string> = {
    type: "line",
    data: { labels: input.labels, datasets },
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
          reverse: input.rtl, // time runs the way the text does
          ticks: { color: text, font },
          grid: { color: grid(0.15) },
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
          grid: { color: grid(0.3) },
        },
      },
      plugins: {
        // The element's filter is the one place to choose lines; a click on the legend does nothing.
        legend: {
          rtl: input.rtl,
          onClick: () => undefined,
          labels: { color: text, font, usePointStyle: true, boxWidth: 10, boxHeight: 10 },
        },
        tooltip: { rtl: input.rtl },
      },
    },
  };
  return config;
}

export interface ChartHandle {
  /** Redraws with new data, labels, language or direction. */
  update(input: ChartInput): void;
  destroy(): void;
  readonly chart: LineChart;
}

/** Draws the progress lines on `canvas`. */
export function drawChart(canvas: HTMLCanvasElement, input: ChartInput): ChartHandle {
  if (!registered) {
    Chart.register(
      LineController,
      LineElement,
      PointElement,
      LinearScale,
      CategoryScale,
      Legend,
      Tooltip,
    );
    registered = true;
  }
  const chart: LineChart = new Chart(canvas, configure(canvas, input));
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
