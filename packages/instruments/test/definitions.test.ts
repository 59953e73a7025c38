import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseInstrument, type InstrumentDefinition } from "@famwel/instrument";
import { allInstruments } from "../src/index.js";

const dir = join(import.meta.dirname, "..", "definitions");
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

// Every string must be in all three shipped languages: a warning is a missing translation here.
describe.each(files)("%s", (file) => {
  const text = readFileSync(join(dir, file), "utf8");
  const result = parseInstrument(text);

  it("validates with no errors and no missing translations", () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("is offered in bokmål, nynorsk and English with bokmål as the default", () => {
    const def = JSON.parse(text) as InstrumentDefinition;
    expect(def.locales).toEqual(expect.arrayContaining(["nb", "nn", "en"]));
    expect(def.defaultLocale).toBe("nb");
  });
});

describe("the package's exports", () => {
  it("exports every definition file, each valid", () => {
    expect(allInstruments.map((d) => d.id).sort()).toEqual(
      files
        .map((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { id: string }).id)
        .sort(),
    );
    for (const def of allInstruments) expect(parseInstrument(def).ok).toBe(true);
  });

  it("has a family wheel with 8–10 domains the family may change, and a catalog of Norwegian services", () => {
    const wheel = allInstruments
      .find((d) => d.id === "famwel.family-wheel")!
      .sections.find((s) => s.type === "wheel");
    expect(wheel?.type === "wheel" && wheel.domains.length).toBeGreaterThanOrEqual(8);
    expect(wheel?.type === "wheel" && wheel.custom).toEqual({
      add: true,
      rename: true,
      remove: true,
    });
    const network = allInstruments
      .find((d) => d.id === "famwel.service-network")!
      .sections.find((s) => s.type === "network");
    const ids = network?.type === "network" ? (network.catalog ?? []).map((c) => c.id) : [];
    for (const required of [
      "child-welfare",
      "nav-office",
      "school",
      "kindergarten",
      "health-clinic",
      "gp",
      "bup",
      "ppt",
      "family-counselling",
      "crisis-centre",
      "police",
    ])
      expect(ids, required).toContain(required);
  });
});
