// Proves the `storybook` Vitest project: this story renders in Chromium, its play function runs,
// and the a11y addon fails the test on any axe violation (parameters.a11y.test = "error").
// Hidden from the Storybook sidebar ("!dev"); still run as a test.
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { expect, userEvent } from "storybook/test";
import "./fixture-element.js";

interface FixtureArgs {
  label: string;
  broken: boolean;
}

const meta: Meta<FixtureArgs> = {
  title: "Test support/Fixture",
  tags: ["!dev", "!autodocs"],
  parameters: { a11y: { test: "error" } },
  args: { label: "Press me", broken: false },
  render: ({ label, broken }, { globals }) =>
    html`<famwel-test-fixture
      .label=${`${label} (${String(globals.locale)})`}
      ?broken=${broken}
    ></famwel-test-fixture>`,
};
export default meta;

type Story = StoryObj<FixtureArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector("famwel-test-fixture")!;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector("button")!;
    await expect(button).toHaveAccessibleName("Press me (nb)");
    await userEvent.click(button);
    await expect(el.shadowRoot!.querySelector("output")).toHaveTextContent("1");
    await expect(el.closest("[lang]")).toHaveAttribute("lang", "nb");
  },
};

export const RightToLeft: Story = {
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("[dir]")).toHaveAttribute("dir", "rtl");
  },
};
