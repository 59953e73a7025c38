// Every state of the reflection, driven by the bundled reflection, wheel and network instruments.
// Controls come from custom-elements.json; the a11y addon fails any story with an axe violation, and
// `pnpm test` runs each story (and its play function) in Chromium.
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { expect, userEvent } from "storybook/test";
import type {
  InstrumentDefinition,
  ReflectionAnswer,
  ReflectionSection,
  Response,
} from "@famwel/instrument";
import reflectionJson from "@famwel/instruments/definitions/reflection.json" with { type: "json" };
import familyWheelJson from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };
import serviceNetworkJson from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import "../define/famwel-reflection.js";
import type { FamwelReflection } from "./reflection.js";

const reflection = reflectionJson as unknown as InstrumentDefinition;
const refl = reflection.sections[0] as ReflectionSection;
const at = "2026-10-01T10:00:00Z";
const hash = `sha256:${"c".repeat(64)}`;

/** The family's wheel and map and the employee's reflection about them, in one instrument. */
const familyAndReflection: InstrumentDefinition = {
  ...reflection,
  id: "example.family-and-reflection",
  sections: [
    (familyWheelJson as unknown as InstrumentDefinition).sections[0],
    (serviceNetworkJson as unknown as InstrumentDefinition).sections[0],
    {
      ...refl,
      about: ["wheel", "network"],
      prompts: refl.prompts.filter((p) =>
        p.roles.includes("employee"),
      ) as ReflectionSection["prompts"],
    },
  ],
};
const familyReading: Response = {
  id: "reading-2026-10",
  instrument: { id: familyAndReflection.id, version: "1.0.0", hash },
  role: "family",
  locale: "nb",
  status: "completed",
  created: at,
  updated: at,
  answers: {
    wheel: {
      type: "wheel",
      domains: {
        housing: { current: 3, desired: 8, note: "For trangt, barna deler rom.", at },
        economy: { current: 2, desired: 6, at },
        health: { current: 6, at },
        "family-life": { current: 7, desired: 9, at },
        children: { current: 5, desired: 8, at },
      },
    },
    network: {
      type: "network",
      nodes: {
        school: {
          catalog: "school",
          kind: "service",
          sector: "school",
          ring: "close",
          helpfulness: 4,
          at,
        },
        "nav-office": {
          catalog: "nav-office",
          kind: "service",
          sector: "welfare",
          ring: "distant",
          helpfulness: 1,
          at,
        },
        grandparents: {
          catalog: "grandparents",
          kind: "person",
          sector: "family",
          ring: "close",
          helpfulness: 4,
          at,
        },
      },
    },
  },
};

const familyAnswer: ReflectionAnswer = {
  type: "reflection",
  prompts: {
    "family-what-helps": {
      text: "Mormor henter i barnehagen to dager i uka. Helsesykepleieren på skolen hører på oss.",
      share: true,
      at,
    },
    "family-must-happen": {
      text: "En større leilighet, og at NAV og barnevernet snakker sammen.",
      share: false,
      at,
    },
  },
};

/** What many families shared; `share` null: they never chose. */
const familyShared = (i: number, text: string, share: boolean | null = true): Response => ({
  id: `family-${i}`,
  instrument: { id: reflection.id, version: reflection.version, hash },
  role: "family",
  locale: "nb",
  status: "completed",
  created: at,
  updated: at,
  answers: {
    reflection: {
      type: "reflection",
      prompts: { "family-what-helps": { text, ...(share === null ? {} : { share }), at } },
    },
  },
});
const texts = [
  "Fotballtreningen, der ingen spør om noe.",
  "At læreren ringer når noe går bra også.",
  "Naboen som kjører oss til legen.",
  "Mormor og morfar.",
  "Et fast møte hver måned med samme folk.",
  "Helsesykepleieren.",
];

interface Args {
  instrument?: InstrumentDefinition;
  definition?: unknown;
  role: string;
  value?: ReflectionAnswer;
  readonly?: boolean;
  aboutResponse?: Response;
  responses?: Response[];
  minGroup?: number;
}

const meta: Meta<Args> = {
  title: "Elements/Reflection",
  component: "famwel-reflection",
  args: { instrument: reflection, role: "family", readonly: false, minGroup: 5 },
  render: (args, { globals }) =>
    html`<famwel-reflection
      .instrument=${args.definition ? undefined : args.instrument}
      .definition=${args.definition}
      .role=${args.role}
      .value=${args.value}
      .aboutResponse=${args.aboutResponse}
      .responses=${args.responses}
      min-group=${args.minGroup ?? 5}
      ?readonly=${args.readonly}
      locale=${String(globals.locale ?? "nb")}
      name="reflection"
    ></famwel-reflection>`,
};
export default meta;
type Story = StoryObj<Args>;

const elementOf = (canvas: HTMLElement) =>
  canvas.querySelector<FamwelReflection>("famwel-reflection")!;

export const Family: Story = {
  play: async ({ canvasElement }) => {
    const el = elementOf(canvasElement);
    await el.updateComplete;
    const field = el.shadowRoot!.querySelector("textarea")!;
    await userEvent.type(field, "Mormor");
    await expect(el.value.prompts["family-what-helps"]?.text).toBe("Mormor");
    await expect(el.value.prompts["family-what-helps"]).not.toHaveProperty("share");
  },
};

export const FamilyAnswered: Story = { args: { value: familyAnswer } };

export const ReadOnly: Story = { args: { value: familyAnswer, readonly: true } };

export const EmployeeWithAbout: Story = {
  args: { instrument: familyAndReflection, role: "employee", aboutResponse: familyReading },
  play: async ({ canvasElement }) => {
    const el = elementOf(canvasElement);
    await el.updateComplete;
    const wheel = el.shadowRoot!.querySelector("famwel-life-wheel")!;
    await wheel.updateComplete;
    await expect(wheel).toHaveAttribute("readonly");
  },
};

export const ManagerTooFewShared: Story = {
  args: {
    role: "manager",
    responses: [
      ...texts.slice(0, 4).map((t, i) => familyShared(i, t)),
      familyShared(7, "Ikke delt", false),
      familyShared(8, "Ikke valgt", null),
    ],
  },
  play: async ({ canvasElement }) => {
    const el = elementOf(canvasElement);
    await el.updateComplete;
    const shared = el.shadowRoot!.querySelector("[part=shared]")!;
    await expect(shared.querySelectorAll("li")).toHaveLength(0);
  },
};

export const ManagerEnoughShared: Story = {
  args: {
    role: "manager",
    responses: [...texts.map((t, i) => familyShared(i, t)), familyShared(7, "Ikke delt", false)],
  },
  play: async ({ canvasElement }) => {
    const el = elementOf(canvasElement);
    await el.updateComplete;
    const items = el.shadowRoot!.querySelectorAll("[part=shared] li");
    await expect(items).toHaveLength(texts.length);
  },
};

export const RightToLeft: Story = { args: { value: familyAnswer }, globals: { locale: "ar" } };

export const BadDefinition: Story = {
  args: {
    definition: {
      type: "reflection",
      id: "r",
      title: { nb: "Refleksjon" },
      prompts: [{ id: "bad id!", roles: ["family"], label: { nb: "Hva hjelper?" } }],
    },
  },
  play: async ({ canvasElement }) => {
    const el = elementOf(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector("[role=alert]")).toHaveTextContent("/prompts/0/id");
  },
};
