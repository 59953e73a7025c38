// The elements' font: the page's own, unless the host names one (--famwel-font-family, or
// Designsystemet's --ds-font-family). tokens.styles.ts says it with var() and no last fallback:
// with neither property set, font-family inherits from the page.
import { describe, expect, it } from "vitest";
import "../define/famwel-life-wheel.js";
import { mount } from "../test-support/mount.js";
import { twoDomainWheel } from "../test-support/sections.js";

const wheel = twoDomainWheel;

/** The font of a wheel's labels in a page region styled by `setup`. */
async function fontIn(setup: (box: HTMLElement) => void): Promise<string> {
  const box = document.createElement("div");
  box.style.fontFamily = "Georgia, serif";
  setup(box);
  document.body.append(box);
  const el = await mount("famwel-life-wheel", (e) => (e.definition = wheel), box);
  return getComputedStyle(el.shadowRoot!.querySelector("text.label")!).fontFamily;
}

describe("the elements' font", () => {
  it("is the page's, the host's --ds-font-family's, or --famwel-font-family's, which wins", async () => {
    expect(await fontIn(() => {})).toBe("Georgia, serif");
    expect(await fontIn((b) => b.style.setProperty("--ds-font-family", "Arial"))).toBe("Arial");
    const both = (b: HTMLElement) => {
      b.style.setProperty("--ds-font-family", "Arial");
      b.style.setProperty("--famwel-font-family", "Verdana");
    };
    expect(await fontIn(both)).toBe("Verdana");
  });
});
