// Every state of the wheel, driven by the bundled family and child instruments. Controls come from
// custom-elements.json; the a11y addon fails any story with an axe violation, and `pnpm test` runs
// each story (and its play function) in Chromium.
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { onAPhone } from "../test-support/on-a-phone.js";
import { expect, userEvent } from "storybook/test";
import type { InstrumentDefinition, WheelAnswer } from "@famwel/instrument";
import familyWheelJson from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };
import childWheelJson from "@famwel/instruments/definitions/child-wheel.json" with { type: "json" };
import "../define/famwel-life-wheel.js";
import type { FamwelLifeWheel, WheelComparison } from "./life-wheel.js";
import { ar } from "../locales/ar.js";

const familyWheel = familyWheelJson as unknown as InstrumentDefinition;
const childWheel = childWheelJson as unknown as InstrumentDefinition;
const at = "2026-10-01T10:00:00Z";
const filled: WheelAnswer = {
  type: "wheel",
  domains: {
    housing: { current: 4, desired: 8, note: "For trangt, barna deler rom.", at },
    economy: { current: 2, desired: 6, at },
    health: { current: 6, desired: 7, at },
    "family-life": { current: 7, desired: 9, at },
    children: { current: 5, desired: 8, at },
    "c-grandma": { custom: true, label: "Mormor i Steinkjer", current: 9, at },
  },
  order: ["c-grandma"],
};
const lastTime: WheelAnswer = {
  type: "wheel",
  domains: {
    housing: { current: 2, at },
    economy: { current: 2, at },
    health: { current: 5, at },
    "family-life": { current: 4, at },
  },
};

interface Args {
  instrument: InstrumentDefinition;
  value?: WheelAnswer;
  compare?: WheelComparison[];
  readonly?: boolean;
  view?: "wheel" | "table";
  definition?: unknown;
}

const meta: Meta<Args> = {
  title: "Elements/Life wheel",
  component: "famwel-life-wheel",
  args: { instrument: familyWheel, readonly: false, view: "wheel" },
  render: (args, { globals }) =>
    html`<famwel-life-wheel
      .instrument=${args.definition ? undefined : args.instrument}
      .definition=${args.definition}
      .value=${args.value}
      .compare=${args.compare ?? []}
      ?readonly=${args.readonly}
      view=${args.view ?? "wheel"}
      locale=${String(globals.locale ?? "nb")}
      name="wheel"
    ></famwel-life-wheel>`,
};
export default meta;
type Story = StoryObj<Args>;

const wheelOf = (canvas: HTMLElement) =>
  canvas.querySelector<FamwelLifeWheel>("famwel-life-wheel")!;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = wheelOf(canvasElement);
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector<SVGGElement>("[role=slider]")!;
    first.focus();
    await userEvent.keyboard("{End}");
    await el.updateComplete;
    await expect(first).toHaveAttribute("aria-valuenow", "10");
  },
};

export const Filled: Story = { args: { value: filled } };

export const CompareWithLastTime: Story = {
  args: {
    value: filled,
    compare: [
      { label: { nb: "Forrige gang", nn: "Førre gong", en: "Last time" }, value: lastTime },
    ],
  },
};

export const Table: Story = { args: { value: filled, view: "table" } };

// The table on a phone (a 360 px column): each domain's ratings, note and name stack under their
// column's name, and nothing is wider than the column.
export const TableOnAPhone: Story = {
  args: { value: filled, view: "table" },
  decorators: [onAPhone],
  play: async ({ canvasElement }) => {
    const el = wheelOf(canvasElement);
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector("table")!;
    await expect(table).toHaveClass("stack");
    await expect(table.scrollWidth).toBeLessThanOrEqual(360);
  },
};

export const ReadOnly: Story = { args: { value: filled, readonly: true } };

export const Child: Story = {
  args: {
    instrument: childWheel,
    value: { type: "wheel", domains: { home: { current: 4, at }, school: { current: 2, at } } },
  },
};

// Arabic from its catalog, which .storybook/preview.ts registers as a host page would: every word
// of the toolbar in Arabic, right to left, with the notice of a translation not yet reviewed.
export const RightToLeft: Story = {
  args: { value: filled },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const el = wheelOf(canvasElement);
    await el.updateComplete;
    const root = el.shadowRoot!;
    await expect(root.querySelector("[dir]")).toHaveAttribute("dir", "rtl");
    const buttons = [...root.querySelectorAll("button")].map((b) => b.textContent.trim());
    await expect(buttons).toEqual(
      expect.arrayContaining([ar.strings.viewWheel, ar.strings.viewTable]),
    );
    await expect(root.querySelector("[part=notice]")).toHaveTextContent(
      ar.strings.unreviewedNotice,
    );
  },
};

export const BadDefinition: Story = {
  args: {
    definition: {
      type: "wheel",
      id: "w",
      title: { nb: "Hjul" },
      scale: { min: 0, max: 10 },
      domains: [{ id: "bad id!", label: { nb: "X" } }],
    },
  },
  play: async ({ canvasElement }) => {
    const el = wheelOf(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector("[role=alert]")).toHaveTextContent("/domains/0/id");
  },
};
