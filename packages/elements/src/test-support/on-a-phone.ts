// A Storybook decorator: the story in a column as wide as a phone (360 px), its width set through
// the CSSOM (no style attribute: the stories keep to the strict CSP the elements keep to).
import { render } from "lit";

export const onAPhone = (story: () => unknown): HTMLElement => {
  const column = document.createElement("div");
  column.style.width = "360px";
  render(story(), column);
  return column;
};
