// Every state of the service map, driven by the bundled service-network instrument. Controls come from
// custom-elements.json; the a11y addon fails any story with an axe violation, and `pnpm test` runs
// each story (and its play function) in Chromium.
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { onAPhone } from "../test-support/on-a-phone.js";
import { expect, userEvent } from "storybook/test";
import type { InstrumentDefinition, NetworkAnswer } from "@famwel/instrument";
import serviceNetworkJson from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import "../define/famwel-service-map.js";
import type { FamwelServiceMap, MapComparison } from "./service-map.js";
import { ar } from "../locales/ar.js";

const network = serviceNetworkJson as unknown as InstrumentDefinition;
const at = "2026-10-01T10:00:00Z";
const filled: NetworkAnswer = {
  type: "network",
  nodes: {
    "child-welfare": {
      catalog: "child-welfare",
      kind: "service",
      sector: "welfare",
      ring: "middle",
      position: 0.3,
      helpfulness: 3,
      important: true,
      at,
    },
    "nav-office": {
      catalog: "nav-office",
      kind: "service",
      sector: "welfare",
      ring: "distant",
      position: 0.7,
      helpfulness: 1,
      important: true,
      at,
    },
    school: {
      catalog: "school",
      kind: "service",
      sector: "school",
      ring: "close",
      position: 0.5,
      helpfulness: 4,
      important: true,
      at,
    },
    gp: { catalog: "gp", kind: "service", sector: "health", ring: "middle", position: 0.5, at },
    grandparents: {
      catalog: "grandparents",
      kind: "person",
      sector: "family",
      ring: "close",
      position: 0.5,
      helpfulness: 4,
      at,
    },
    "p-neighbourxx": {
      label: "Naboen Kari",
      kind: "person",
      sector: "family",
      ring: "middle",
      position: 0.2,
      at,
    },
    "sports-club": {
      catalog: "sports-club",
      kind: "group",
      sector: "leisure",
      ring: "distant",
      position: 0.5,
      at,
    },
  },
  links: [
    { a: "school", b: "child-welfare", cooperation: 3, at },
    { a: "child-welfare", b: "gp", cooperation: 1, at },
  ],
  coordinator: { node: "child-welfare", at },
};
const lastTime: NetworkAnswer = {
  type: "network",
  nodes: {
    "child-welfare": {
      catalog: "child-welfare",
      kind: "service",
      sector: "welfare",
      ring: "distant",
      position: 0.3,
      at,
    },
    police: {
      catalog: "police",
      kind: "service",
      sector: "other",
      ring: "middle",
      position: 0.5,
      at,
    },
  },
  links: [],
};

interface Args {
  instrument: InstrumentDefinition;
  value?: NetworkAnswer;
  compare?: MapComparison;
  readonly?: boolean;
  view?: "map" | "list";
  definition?: unknown;
}

const meta: Meta<Args> = {
  title: "Elements/Service map",
  component: "famwel-service-map",
  args: { instrument: network, readonly: false, view: "map" },
  render: (args, { globals }) =>
    html`<famwel-service-map
      .instrument=${args.definition ? undefined : args.instrument}
      .definition=${args.definition}
      .value=${args.value}
      .compare=${args.compare}
      ?readonly=${args.readonly}
      view=${args.view ?? "map"}
      locale=${String(globals.locale ?? "nb")}
      name="network"
    ></famwel-service-map>`,
};
export default meta;
type Story = StoryObj<Args>;

const mapOf = (canvas: HTMLElement) =>
  canvas.querySelector<FamwelServiceMap>("famwel-service-map")!;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = mapOf(canvasElement);
    await el.updateComplete;
    await userEvent.type(
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!,
      "helsestasjon",
    );
    await el.updateComplete;
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>(".hits button")!);
    await el.updateComplete;
    await expect(el.value.nodes["health-clinic"]).toBeTruthy();
  },
};

export const Filled: Story = { args: { value: filled } };

export const WithGaps: Story = {
  args: { value: { ...filled, links: filled.links!.filter((l) => l.b !== "child-welfare") } },
  play: async ({ canvasElement }) => {
    const el = mapOf(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll("line.gap").length).toBeGreaterThan(0);
  },
};

export const CompareWithLastTime: Story = {
  args: {
    value: filled,
    compare: { label: { nb: "Forrige gang", nn: "Førre gong", en: "Last time" }, value: lastTime },
  },
};

export const List: Story = { args: { value: filled, view: "list" } };

// The list on a phone (a 360 px column): each person or service stacks its ratings under its name.
export const ListOnAPhone: Story = {
  args: { value: filled, view: "list" },
  decorators: [onAPhone],
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<FamwelServiceMap>("famwel-service-map")!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector("table")).toHaveClass("stack");
    await expect(el.shadowRoot!.querySelector("[part=list]")!.scrollWidth).toBeLessThanOrEqual(360);
  },
};

export const ReadOnly: Story = { args: { value: filled, readonly: true } };

// Arabic from its catalog, which .storybook/preview.ts registers as a host page would: the family
// and the toolbar in Arabic, right to left, with the notice of a translation not yet reviewed.
export const RightToLeft: Story = {
  args: { value: filled },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const el = mapOf(canvasElement);
    await el.updateComplete;
    const root = el.shadowRoot!;
    await expect(root.querySelector("[dir]")).toHaveAttribute("dir", "rtl");
    await expect(root.querySelector(".hub-label")).toHaveTextContent(ar.strings.family);
    const buttons = [...root.querySelectorAll("button")].map((b) => b.textContent.trim());
    await expect(buttons).toEqual(
      expect.arrayContaining([ar.strings.viewMap, ar.strings.viewList]),
    );
    await expect(root.querySelector("[part=notice]")).toHaveTextContent(
      ar.strings.unreviewedNotice,
    );
  },
};

export const BadDefinition: Story = {
  args: {
    definition: {
      type: "network",
      id: "n",
      title: { nb: "Kart" },
      sectors: [],
      rings: [{ id: "r", label: { nb: "R" } }],
    },
  },
  play: async ({ canvasElement }) => {
    const el = mapOf(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector("[role=alert]")).toHaveTextContent("/sectors");
  },
};
