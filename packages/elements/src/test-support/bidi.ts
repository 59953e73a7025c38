// Where a text's characters are drawn, to check bidirectional layout without a screenshot. A
// bokmål «Hva hjelper?» laid out left to right has its «?» right of its «H»; inside a right-to-left
// paragraph that does not isolate it, the «?» (or a full stop, or a parenthesis a line break left
// without its pair) goes to the left end.

/** The horizontal centre (px) of each end character of `el`'s text, first and last. */
function ends(el: Element): [number, number] {
  const mid = (r: DOMRect) => r.x + r.width / 2;
  if (el instanceof SVGTextContentElement)
    return [mid(el.getExtentOfChar(0)), mid(el.getExtentOfChar(el.getNumberOfChars() - 1))];
  const texts: Text[] = [];
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  while (walk.nextNode())
    if ((walk.currentNode as Text).data.trim()) texts.push(walk.currentNode as Text);
  const first = texts[0]!;
  const last = texts.at(-1)!;
  const at = (t: Text, i: number) => {
    const range = document.createRange();
    range.setStart(t, i);
    range.setEnd(t, i + 1);
    return mid(range.getBoundingClientRect());
  };
  return [at(first, first.data.search(/\S/)), at(last, last.data.trimEnd().length - 1)];
}

/** Whether the last character of `el`'s text is drawn right of the first (left-to-right order). */
export function drawnLeftToRight(el: Element): boolean {
  const [first, last] = ends(el);
  return last > first;
}

/** The horizontal centre (px) of the first character of the first occurrence of `part` in `el`'s
 * text (each text node searched on its own). */
export function xOf(el: Element, part: string): number {
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const t = walk.currentNode as Text;
    const i = t.data.indexOf(part);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(t, i);
    range.setEnd(t, i + 1);
    const r = range.getBoundingClientRect();
    return r.x + r.width / 2;
  }
  throw new Error(`"${part}" is not in the text of <${el.localName}>`);
}
