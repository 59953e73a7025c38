// Text widths for laying out SVG labels, which SVG cannot wrap by itself. One canvas and one cache per
// CSS font, so a change of font size (narrow screens use a smaller one) never reuses old widths.
const measurers = new Map<string, (text: string) => number>();

/**
 * A cached width-in-px function for `font` (a CSS font shorthand such as `13px system-ui`); for
 * `font` "", an estimate that needs no canvas (the first canvas measurement loads the font).
 */
export function textMeasurer(font: string, sizePx: number): (text: string) => number {
  const key = font || `${sizePx}`;
  let measure = measurers.get(key);
  if (!measure) {
    const ctx = font ? document.createElement("canvas").getContext("2d") : null;
    if (ctx) ctx.font = font;
    const cache = new Map<string, number>();
    measure = (text) => {
      let width = cache.get(text);
      if (width === undefined) {
        // Without a canvas (some locked-down hosts), a wide estimate errs towards more wrapping.
        width = ctx ? ctx.measureText(text).width : Array.from(text).length * sizePx * 0.62;
        cache.set(text, width);
      }
      return width;
    };
    measurers.set(key, measure);
  }
  return measure;
}
