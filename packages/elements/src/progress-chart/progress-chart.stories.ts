// Every state of the progress chart, on the bundled family wheel and service-network instruments.
// Controls come from custom-elements.json; the a11y addon fails any story with an axe violation.
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { expect, waitFor } from "storybook/test";
import type { InstrumentDefinition, NodeAnswer, Response, WheelAnswer } from "@famwel/instrument";
import familyWheelJson from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };
import serviceNetworkJson from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import "../define/famwel-progress-chart.js";
import type { FamwelProgressChart } from "./progress-chart.js";

const familyWheel = familyWheelJson as unknown as InstrumentDefinition;
const serviceNetwork = serviceNetworkJson as unknown as InstrumentDefinition;
const at = "2026-01-01T00:00:00Z";

function reading(date: string, answers: Response["answers"]): Response {
  const t = `${date}T12:00:00Z`;
  return {
    id: `r-${date}`,
    instrument: { id: "famwel.family-wheel", version: "1.0.0", hash: `sha256:${"0".repeat(64)}` },
    role: "family",
    locale: "nb",
    status: "completed",
    created: t,
    updated: t,
    answers,
  };
}
const ratings = (values: Record<string, number>, extra: WheelAnswer["domains"] = {}) => ({
  wheel: {
    type: "wheel" as const,
    domains: {
      ...Object.fromEntries(Object.entries(values).map(([id, current]) => [id, { current, at }])),
      ...extra,
    },
  },
});

const twoReadings = [
  reading("2026-09-01", ratings({ housing: 3, economy: 2, health: 6, "family-life": 5 })),
  reading("2026-11-20", ratings({ housing: 5, economy: 5, health: 6, "family-life": 7 })),
];

// Ten readings a month apart: slow, uneven progress, as it usually is.
const tenReadings = Array.from({ length: 10 }, (_, k) =>
  reading(
    `2026-${String(k + 1).padStart(2, "0")}-15`,
    ratings({
      housing: Math.min(10, 2 + Math.floor(k * 0.7)),
      economy: [2, 2, 3, 2, 3, 4, 4, 5, 5, 6][k]!,
      health: [6, 5, 5, 6, 6, 7, 6, 7, 7, 7][k]!,
      children: Math.min(10, 4 + Math.floor(k / 2)),
    }),
  ),
);

// The family added "Mormor" in January, renamed it in March and removed "Hunden" in May.
const withOwnDomain = [
  reading(
    "2026-01-12",
    ratings(
      { economy: 2, health: 5 },
      {
        "c-gran": { custom: true, label: "Mormor", current: 6, at },
        "c-dog": { custom: true, label: "Hunden", current: 8, at },
      },
    ),
  ),
  reading(
    "2026-03-09",
    ratings(
      { economy: 3, health: 6 },
      {
        "c-gran": { custom: true, label: "Mormor i Steinkjer", current: 8, at },
        "c-dog": { custom: true, label: "Hunden", current: 7, at },
      },
    ),
  ),
  reading(
    "2026-05-04",
    ratings(
      { economy: 5, health: 6 },
      {
        "c-gran": { custom: true, label: "Mormor i Steinkjer", current: 9, at },
        "c-dog": { custom: true, label: "Hunden", removed: true, at },
      },
    ),
  ),
];

const node = (n: Partial<NodeAnswer>): NodeAnswer => ({
  kind: "service",
  sector: "welfare",
  ring: "middle",
  at,
  ...n,
});
const networkReadings = [
  reading("2026-02-01", {
    network: {
      type: "network",
      nodes: {
        n1: node({ catalog: "child-welfare", helpfulness: 1 }),
        n2: node({ catalog: "school", sector: "school", helpfulness: 2 }),
        n3: node({ catalog: "gp", sector: "health", helpfulness: 3 }),
      },
    },
  }),
  reading("2026-06-01", {
    network: {
      type: "network",
      nodes: {
        n1: node({ catalog: "child-welfare", helpfulness: 3 }),
        n2: node({ catalog: "school", sector: "school", helpfulness: 3 }),
        n3: node({ catalog: "gp", sector: "health", helpfulness: 3 }),
        n4: node({ label: "Fotballaget", sector: "leisure", kind: "group", helpfulness: 4 }),
      },
    },
  }),
];

interface Args {
  instrument?: InstrumentDefinition;
  definition?: unknown;
  responses: Response[];
  layer?: "current" | "desired";
}

const meta: Meta<Args> = {
  title: "Elements/Progress chart",
  component: "famwel-progress-chart",
  args: { instrument: familyWheel, responses: twoReadings, layer: "current" },
  render: (args, { globals }) =>
    html`<famwel-progress-chart
      .instrument=${args.definition ? undefined : args.instrument}
      .definition=${args.definition}
      .responses=${args.responses}
      layer=${args.layer ?? "current"}
      locale=${String(globals.locale ?? "nb")}
    ></famwel-progress-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

const chartOf = (canvas: HTMLElement) =>
  canvas.querySelector<FamwelProgressChart>("famwel-progress-chart")!;

export const TwoReadings: Story = {
  play: async ({ canvasElement }) => {
    const el = chartOf(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll("thead th")).toHaveLength(3);
    await waitFor(() => expect(el.shadowRoot!.querySelector("canvas")).toBeTruthy());
  },
};

export const TenReadings: Story = { args: { responses: tenReadings } };

export const FamilyAddedDomain: Story = {
  args: { responses: withOwnDomain },
  play: async ({ canvasElement }) => {
    const el = chartOf(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector("tbody")).toHaveTextContent("Mormor i Steinkjer");
  },
};

export const Desired: Story = {
  args: {
    responses: [
      reading("2026-01-10", ratings({}, { economy: { current: 2, desired: 6, at } })),
      reading("2026-04-10", ratings({}, { economy: { current: 4, desired: 7, at } })),
    ],
    layer: "desired",
  },
};

export const NetworkHelpfulness: Story = {
  args: { instrument: serviceNetwork, responses: networkReadings },
};

export const NoReadings: Story = { args: { responses: [] } };

export const RightToLeft: Story = { args: { responses: tenReadings }, globals: { locale: "ar" } };

export const BadResponses: Story = {
  args: {
    responses: [twoReadings[0]!, { ...twoReadings[1]!, answers: ratings({ economy: 12 }) }],
  },
  play: async ({ canvasElement }) => {
    const el = chartOf(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector("[role=alert]")).toHaveTextContent(
      "/responses/1/answers/wheel/domains/economy/current",
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
    const el = chartOf(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector("[role=alert]")).toHaveTextContent("/domains/0/id");
  },
};
