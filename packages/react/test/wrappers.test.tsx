// The wrappers in React 19 in a real browser: they render their element, hand objects over as
// properties, turn element events into onX props, and follow the manifest.
import { act, createRef, useState } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import manifest from "@famwel/elements/custom-elements.json" with { type: "json" };
import { apiFromManifest } from "../scripts/api-from-manifest.mjs";
import * as api from "../src/generated/api.js";
import * as wrappers from "../src/index.js";
import {
  FamwelInstrument,
  FamwelLifeWheel,
  FamwelServiceMap,
  type FamwelLifeWheelElement,
  type FamwelLifeWheelProps,
} from "../src/index.js";

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Instrument = NonNullable<FamwelLifeWheelProps["instrument"]>;
type WheelValue = FamwelLifeWheelElement["value"];

const instrument = {
  id: "test.wheel",
  version: "1.0.0",
  title: { nb: "Hjulet", en: "The wheel" },
  locales: ["nb", "en"],
  defaultLocale: "nb",
  roles: ["family"],
  sections: [
    {
      type: "wheel",
      id: "wheel",
      title: { nb: "Livet vårt", en: "Our life" },
      scale: { min: 0, max: 10 },
      domains: [
        { id: "home", label: { nb: "Bolig", en: "Home" } },
        { id: "money", label: { nb: "Økonomi", en: "Money" } },
      ],
    },
  ],
} as unknown as Instrument;

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = host = undefined;
});

async function render(node: React.ReactNode): Promise<HTMLElement> {
  host = document.body.appendChild(document.createElement("div"));
  root = createRoot(host);
  await act(async () => root!.render(node));
  return host;
}

async function settled<E extends Element>(host: HTMLElement, selector: string): Promise<E> {
  const el = host.querySelector(selector) as (E & { updateComplete?: Promise<unknown> }) | null;
  if (!el) throw new Error(`${selector} did not render`);
  await el.updateComplete;
  return el;
}

const sliders = (el: Element) => [...el.shadowRoot!.querySelectorAll("[role=slider]")];

describe("@famwel/react", () => {
  it("has one wrapper per element in custom-elements.json, with its events as onX props", () => {
    const fromManifest = apiFromManifest(manifest);
    // Stale generated API: run `pnpm --filter @famwel/react generate`.
    expect({ ...api }).toEqual(fromManifest);
    const names = Object.keys(fromManifest);
    expect(names).toEqual(expect.arrayContaining(["FamwelLifeWheel", "FamwelInstrument"]));
    for (const name of names) {
      const wrapper = (wrappers as Record<string, unknown>)[name] as { displayName?: string };
      expect(wrapper?.displayName, name).toBe(name);
    }
    expect(api.FamwelInstrument.events).toEqual({
      onFamwelSubmit: "famwel-submit",
      onFamwelDraft: "famwel-draft",
      onFamwelError: "famwel-error",
    });
    expect(api.FamwelLifeWheel.events).toMatchObject({ onChange: "change", onInput: "input" });
  });

  it("renders the wheel with instrument, value and locale passed as properties", async () => {
    const value = {
      type: "wheel",
      domains: { money: { current: 7, at: "2026-11-23T10:00:00Z" } },
    } as WheelValue;
    const host = await render(
      <FamwelLifeWheel instrument={instrument} value={value} locale="en" className="host-class" />,
    );
    const el = await settled<FamwelLifeWheelElement>(host, "famwel-life-wheel");
    expect(el.instrument).toBe(instrument); // the same object, not a string attribute
    expect(el.value).toBe(value);
    expect(el.locale).toBe("en");
    expect(el.classList.contains("host-class")).toBe(true);
    expect(sliders(el).map((s) => s.getAttribute("aria-label"))).toEqual(["Home", "Money"]);
    expect(sliders(el)[1]!.getAttribute("aria-valuenow")).toBe("7");
  });

  it("calls onChange on a user edit, and not when the host sets the value", async () => {
    const seen: (number | undefined)[] = [];
    const onInput = vi.fn();
    function Host() {
      const [value, setValue] = useState<WheelValue | undefined>(undefined);
      return (
        <>
          <FamwelLifeWheel
            instrument={instrument}
            value={value}
            onInput={onInput}
            onChange={(event) => {
              const next = (event.target as FamwelLifeWheelElement).value;
              seen.push(next.domains.home?.current);
              setValue(next);
            }}
          />
          <output>{value?.domains.home?.current ?? "none"}</output>
        </>
      );
    }
    const host = await render(<Host />);
    const el = await settled<FamwelLifeWheelElement>(host, "famwel-life-wheel");
    (sliders(el)[0] as SVGElement).focus();
    await act(() => userEvent.keyboard("{End}{ArrowDown}"));
    expect(seen).toEqual([10, 9]); // once per edit; the value coming back from React fires nothing
    expect(host.querySelector("output")!.textContent).toBe("9");
    expect(onInput).toHaveBeenCalledTimes(2);
    expect(sliders(el)[0]!.getAttribute("aria-valuenow")).toBe("9");
  });

  it("forwards a ref to the element and stops calling a handler the host removes", async () => {
    const ref = createRef<FamwelLifeWheelElement>();
    const onChange = vi.fn();
    const host = await render(
      <FamwelLifeWheel ref={ref} instrument={instrument} onChange={onChange} />,
    );
    const el = await settled<FamwelLifeWheelElement>(host, "famwel-life-wheel");
    expect(ref.current).toBe(el);
    (sliders(el)[0] as SVGElement).focus();
    await act(() => userEvent.keyboard("{ArrowUp}"));
    expect(onChange).toHaveBeenCalledTimes(1);
    const before = el.value.domains.home!.current!;
    await act(async () => root!.render(<FamwelLifeWheel ref={ref} instrument={instrument} />));
    await act(() => userEvent.keyboard("{ArrowUp}"));
    expect(el.value.domains.home?.current).toBe(before + 1); // the edit happened, unheard
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("types famwel-error as the element's event, with the problems and their pointers", async () => {
    const problems: string[] = [];
    const broken = {
      ...instrument,
      sections: [{ type: "network", id: "map" }],
    } as unknown as Instrument;
    const host = await render(
      <FamwelServiceMap
        instrument={broken}
        onFamwelError={(event) => problems.push(...event.problems.map((p) => p.pointer))}
      />,
    );
    await settled(host, "famwel-service-map");
    await vi.waitFor(() => expect(problems.length).toBeGreaterThan(0));
    expect(problems).toContain("/sections/0/title");
  });

  it("runs an instrument, and follows the host's re-render", async () => {
    const host = await render(<FamwelInstrument instrument={instrument} locale="en" />);
    const runner = await settled<HTMLElement & { instrument: unknown }>(host, "famwel-instrument");
    expect(runner.instrument).toBe(instrument);
    expect(runner.shadowRoot!.textContent).toContain("Our life");
    await act(async () => root!.render(<FamwelInstrument instrument={instrument} locale="nb" />));
    expect(runner.getAttribute("locale")).toBe("nb");
  });
});
