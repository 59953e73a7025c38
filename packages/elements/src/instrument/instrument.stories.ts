// The runner on the bundled instruments: the family's whole reading, an employee's reflection,
// a resumed draft, a missing answer, and a definition that cannot be shown. Controls come from
// custom-elements.json; the a11y addon fails any story with an axe violation, and `pnpm test` runs
// each story (and its play function) in Chromium. Submit and draft events show in the Actions panel.
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { expect } from "storybook/test";
import type { InstrumentDefinition, Response, Role } from "@famwel/instrument";
import familyJson from "@famwel/instruments/definitions/family.json" with { type: "json" };
import reflectionJson from "@famwel/instruments/definitions/reflection.json" with { type: "json" };
import "../define/famwel-instrument.js";
import type { FamwelInstrument } from "./instrument.js";

const family = familyJson as unknown as InstrumentDefinition;
const reflection = reflectionJson as unknown as InstrumentDefinition;
const at = "2026-10-01T10:00:00Z";

const draft: Response = {
  id: "reading-2026-10",
  instrument: { id: family.id, version: family.version, hash: "sha256:" + "0".repeat(64) },
  role: "family",
  locale: "nb",
  status: "in-progress",
  created: at,
  updated: at,
  answers: {
    wheel: {
      type: "wheel",
      domains: {
        housing: { current: 4, desired: 8, note: "For trangt, barna deler rom.", at },
        economy: { current: 2, desired: 6, at },
        health: { current: 6, at },
      },
    },
    about: {
      type: "text",
      items: { "good-life": { value: "At vi har tid til hverandre, og at barna har venner.", at } },
    },
  },
};

interface Args {
  instrument: unknown;
  role: Role;
  response?: Response;
  draftDelay: number;
}

const meta: Meta<Args> = {
  title: "Elements/Instrument runner",
  component: "famwel-instrument",
  args: { instrument: family, role: "family", draftDelay: 1000 },
  render: (args, { globals }) =>
    html`<famwel-instrument
      .instrument=${args.instrument}
      .role=${args.role}
      .response=${args.response}
      draft-delay=${args.draftDelay}
      locale=${String(globals.locale ?? "nb")}
    ></famwel-instrument>`,
};
export default meta;
type Story = StoryObj<Args>;

const runnerOf = (canvas: HTMLElement) =>
  canvas.querySelector<FamwelInstrument>("famwel-instrument")!;

/** The family's reading: wheel, a few words, the map, what they want to say, and two questions. */
export const Family: Story = {
  play: async ({ canvasElement }) => {
    const el = runnerOf(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[aria-current="step"]')).toBeTruthy();
    await expect(el.shadowRoot!.querySelector("famwel-life-wheel")).toBeTruthy();
  },
};

/** An employee reflects on what the family said, then places things on a 0–10 scale. */
export const Employee: Story = {
  args: { instrument: reflection, role: "employee" },
  play: async ({ canvasElement }) => {
    const el = runnerOf(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector("famwel-reflection")).toBeTruthy();
  },
};

/** A draft the host kept, resumed: the answers are back in their sections. */
export const Resume: Story = {
  args: { response: draft },
  play: async ({ canvasElement }) => {
    const el = runnerOf(canvasElement);
    await el.updateComplete;
    const wheel = el.shadowRoot!.querySelector("famwel-life-wheel")!;
    await expect(wheel.value.domains.housing?.current).toBe(4);
  },
};

/** Next with a required answer missing: the error summary, focused, and the message at the field. */
export const MissingAnswer: Story = {
  args: { response: { ...draft, answers: {} } },
  play: async ({ canvasElement }) => {
    const el = runnerOf(canvasElement);
    await el.updateComplete;
    const next = () =>
      [...el.shadowRoot!.querySelectorAll("button")].find((b) => b.textContent?.trim() === "Neste");
    for (let i = 0; i < 4; i++) {
      next()?.click();
      await el.updateComplete;
    }
    await expect(el.shadowRoot!.querySelector(".error-summary")).toBeTruthy();
  },
};

/** A definition with a broken reference: the runner names the JSON path; the page lives on. */
export const BadDefinition: Story = {
  args: {
    instrument: { ...family, sections: [{ ...family.sections[0], id: "bad id!" }] },
  },
  play: async ({ canvasElement }) => {
    const el = runnerOf(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector("[role=alert]")).toHaveTextContent("/sections/0/id");
  },
};
