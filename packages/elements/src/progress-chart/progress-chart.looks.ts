// How each line looks, shared by the chart and the legend in the filter so that they always agree:
// a point shape and a dash pattern per line (so lines differ by more than colour), and one of eight
// colours, which come from CSS (.s0 … .s7 in progress-chart.styles.ts) so hosts can theme them.
// The three cycle with co-prime lengths (7 shapes, 5 dashes, 8 colours): lines next to each other
// differ in all three, and among the first 35 no two share more than one of them, so no two lines
// look alike but for their marker (with 4 dashes, line 9 was line 1's colour and dash again).
// No chart.js here: the filter's legend is part of the first paint.

/** chart.js point styles, in the order lines get them. */
export const POINTS = [
  "circle",
  "rect",
  "triangle",
  "rectRot",
  "star",
  "crossRot",
  "rectRounded",
] as const;
export type Point = (typeof POINTS)[number];

/** Dash patterns (canvas setLineDash / SVG stroke-dasharray), in the order lines get them: solid,
 * dashed, dotted, dash-dot, dash-dot-dot (its dashes shorter than dash-dot's, so the two differ by
 * more than a dot). Five, so that the dashes and the eight colours cycle apart. */
export const DASHES: readonly (readonly number[])[] = [
  [],
  [8, 4],
  [2, 3],
  [12, 4, 2, 4],
  [7, 3, 2, 3, 2, 3],
];

/** How many colours there are (--famwel-progress-color-1 … -8). */
export const COLORS = 8;

export interface Look {
  point: Point;
  dash: readonly number[];
  /** 0 … COLORS − 1: the swatch class `s<color>`. */
  color: number;
}

/** The look of the line at `style` (its position among all lines). Shape and dash pairs (all that
 * is left in forced colours) repeat only after 35 lines, colour and dash pairs after 40. */
export function lookOf(style: number): Look {
  return {
    point: POINTS[style % POINTS.length]!,
    dash: DASHES[style % DASHES.length]!,
    color: style % COLORS,
  };
}
