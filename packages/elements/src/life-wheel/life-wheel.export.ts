// "Download a picture": the family keeps its wheel as an SVG file. The shadow DOM's stylesheet does not
// travel with the SVG, so the computed colours and fonts are copied onto the clone as presentation
// attributes (not style=, which strict CSP pages forbid) before it is serialised.
const PROPS = [
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "font-family",
  "font-size",
  "fill-opacity",
  "stroke-opacity",
] as const;

export function wheelSvgText(source: SVGSVGElement, title: string): string {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  originals.forEach((el, i) => {
    const style = getComputedStyle(el);
    for (const prop of PROPS) copies[i]?.setAttribute(prop, style.getPropertyValue(prop));
    for (const attr of [
      "tabindex",
      "role",
      "aria-valuenow",
      "aria-valuemin",
      "aria-valuemax",
      "aria-readonly",
      "data-index",
      "part",
      "class",
    ])
      copies[i]?.removeAttribute(attr);
  });
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const titleEl = document.createElementNS("http://www.w3.org/2000/svg", "title");
  titleEl.textContent = title;
  clone.prepend(titleEl);
  return new XMLSerializer().serializeToString(clone);
}

export function exportSvg(host: HTMLElement, title: string): void {
  const source = host.shadowRoot?.querySelector("svg");
  if (!source) return;
  const url = URL.createObjectURL(
    new Blob([wheelSvgText(source, title)], { type: "image/svg+xml" }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = `${title.replace(/[^\p{L}\p{N} _-]+/gu, "").trim() || "wheel"}.svg`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
