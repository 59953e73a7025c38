import { html, render, type TemplateResult } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import { expectNoAxeViolations, formatTarget, runAxe } from "./axe.js";
import { fixtureTagName } from "./fixture-element.js";

const mounted: Element[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

/** A plain <div> with an open shadow root holding `inner` (no custom element involved). */
function shadowHost(inner: TemplateResult): HTMLElement {
  const host = document.createElement("div");
  render(inner, host.attachShadow({ mode: "open" }));
  document.body.append(host);
  mounted.push(host);
  return host;
}

function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
) {
  const el = Object.assign(document.createElement(tag), props);
  document.body.append(el);
  mounted.push(el);
  return el;
}

describe("expectNoAxeViolations", () => {
  it("fails on a nameless button inside a shadow root, naming rule, impact, target and help", async () => {
    const host = shadowHost(html`<button type="button"><span aria-hidden="true">★</span></button>`);
    const error = await expectNoAxeViolations(host).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error, "the helper must throw on an inaccessible fixture").toBeInstanceOf(Error);
    expect(error!.message).toMatch(/^axe-core found 1 accessibility violation in <div>:/);
    expect(error!.message).toContain("button-name [critical]");
    expect(error!.message).toContain("target: div >>> button");
    expect(error!.message).toMatch(
      /help: +https:\/\/dequeuniversity\.com\/rules\/axe\/[\d.]+\/button-name/,
    );
  });

  it("fails when given the shadow root itself", async () => {
    const host = shadowHost(html`<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />`);
    await expect(expectNoAxeViolations(host.shadowRoot!)).rejects.toThrow(/image-alt \[critical\]/);
  });

  it("fails on a Lit element rendered with a violation, and passes once it is fixed", async () => {
    const el = mount(fixtureTagName, { broken: true });
    await expect(expectNoAxeViolations(el)).rejects.toThrow(
      /button-name.*\n.*famwel-test-fixture >>> button/,
    );
    el.broken = false;
    await expectNoAxeViolations(el);
  });

  it("passes on an accessible shadow tree", async () => {
    await expectNoAxeViolations(shadowHost(html`<button type="button">Save</button>`));
  });

  it("runs WCAG 2.1 A/AA and best-practice rules, not only WCAG 2.0", async () => {
    // autocomplete-valid is WCAG 2.1 (1.3.5); a best-practice rule (heading order) comes along too.
    const host = shadowHost(
      html`<label>Email <input autocomplete="banana" /></label>
        <h1>Title</h1>
        <h3>Skipped a level</h3>`,
    );
    const ids = (await runAxe(host)).violations.map((v) => v.id).sort();
    expect(ids).toEqual(["autocomplete-valid", "heading-order"]);
  });

  it("can switch a rule off for one check", async () => {
    const host = shadowHost(
      html`<h1>Title</h1>
        <h3>Skipped a level</h3>`,
    );
    await expect(expectNoAxeViolations(host)).rejects.toThrow(/heading-order/);
    await expectNoAxeViolations(host, { disableRules: ["heading-order"] });
  });

  it("serialises concurrent checks (axe cannot run twice at once)", async () => {
    const a = shadowHost(html`<button type="button">A</button>`);
    const b = shadowHost(html`<button type="button">B</button>`);
    await Promise.all([
      expectNoAxeViolations(a),
      expectNoAxeViolations(b),
      expectNoAxeViolations(a),
    ]);
  });
});

describe("formatTarget", () => {
  it("joins shadow DOM steps with >>> and frames with |", () => {
    expect(formatTarget(["#plain"])).toBe("#plain");
    expect(formatTarget([["famwel-life-wheel", "svg > g"]])).toBe("famwel-life-wheel >>> svg > g");
    expect(formatTarget(["iframe", ["x-a", "button"]])).toBe("iframe | x-a >>> button");
  });
});
