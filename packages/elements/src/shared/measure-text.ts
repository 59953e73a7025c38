// Text widths for laying out SVG labels, which SVG cannot wrap by itself. One canvas and one cache per
// CSS font, so a change of font size (narrow screens use a smaller one) never reuses old widths.
const measurers = new Map<string, (text: string) => number>();

/** A cached width-in-px function for `font` (a CSS font shorthand such as `13px system-ui`). */
export function textMeasurer(font: string, sizePx: number): (text: string) => number {
  let measure = measurers.get(font);
  if (!measure) {
    const ctx = document.createElement("canvas").getContext("2d");
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
    measurers.set(font, measure);
  }
  return measure;
}
