// How far apart two colours look: CIE76 ΔE in CIELAB (D65), from CSS colour strings as
// getComputedStyle gives them ("rgb(…)", "color(srgb … / 0.7)"). About 2 is just noticeable;
// lines a family must tell apart at a glance want 30 or more.

/** The sRGB channels 0–1 of a computed colour painted on white (a translucent fill as it shows on
 * a light page), through a canvas so that any CSS colour works. */
function srgb(css: string): [number, number, number] {
  const ctx = new OffscreenCanvas(1, 1).getContext("2d")!;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, 1, 1);
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r! / 255, g! / 255, b! / 255];
}

function lab(css: string): [number, number, number] {
  const lin = srgb(css).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const [r, g, b] = lin as [number, number, number];
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116));
  const [x, y, z] = xyz as [number, number, number];
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIE76 ΔE between two CSS colours, each as painted on white. */
export function colourDistance(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** WCAG contrast ratio (1–21) between two CSS colours, each as painted on white. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = srgb(css).map((c) =>
      c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
    ) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
