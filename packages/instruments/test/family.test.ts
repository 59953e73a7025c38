import { describe, expect, it } from "vitest";
import { parseInstrument, type InstrumentDefinition } from "@famwel/instrument";
import { family, familyWheel, reflection, serviceNetwork } from "../src/index.js";

const section = (def: InstrumentDefinition, id: string) => def.sections.find((s) => s.id === id);

describe("the bundled family instrument", () => {
  it("is valid, in bokmål, nynorsk and English, for the family", () => {
    const result = parseInstrument(family);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(family.locales).toEqual(["nb", "nn", "en"]);
    expect(family.roles).toEqual(["family"]);
  });

  it("holds the family's wheel, the service-network map and the family's reflection prompts", () => {
    expect(family.sections.map((s) => s.type)).toEqual([
      "wheel",
      "text",
      "network",
      "reflection",
      "choice",
    ]);
    // The same domains and catalog as the stand-alone instruments, so readings compare across them.
    const wheel = section(family, "wheel");
    const ownWheel = section(familyWheel, "wheel");
    expect(wheel?.type === "wheel" && wheel.domains).toEqual(
      ownWheel?.type === "wheel" && ownWheel.domains,
    );
    const map = section(family, "network");
    const ownMap = section(serviceNetwork, "network");
    expect(map?.type === "network" && map.catalog).toEqual(
      ownMap?.type === "network" && ownMap.catalog,
    );
    // Only the family's prompts, and every one of them.
    const prompts = section(family, "reflection");
    const all = section(reflection, "reflection");
    expect(prompts?.type === "reflection" && prompts.prompts.map((p) => p.id)).toEqual(
      all?.type === "reflection" &&
        all.prompts.filter((p) => p.roles.includes("family")).map((p) => p.id),
    );
    expect(prompts?.type === "reflection" && prompts.about).toEqual(["wheel", "network"]);
  });

  it("asks at least one required question, so the runner's checks have something to check", () => {
    const required = family.sections.flatMap((s): { id: string }[] =>
      s.type === "reflection"
        ? s.prompts.filter((p) => p.required)
        : s.type === "choice" || s.type === "text" || s.type === "scale"
          ? (s.items as { id: string; required?: boolean }[]).filter((i) => i.required)
          : [],
    );
    expect(required.length).toBeGreaterThan(0);
  });
});
