// The order in which the runner asks for the elements its sections need: the first section's element
// alone, the others once it has arrived. The element modules are stand-ins here (they define custom
// elements, which Node has not): each records when it is asked for, and the wheel's waits for a gate.
import { describe, expect, it, vi } from "vitest";

const probe = vi.hoisted(() => {
  const asked: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return { asked, gate, open: () => open() };
});
vi.mock("../define/famwel-life-wheel.js", async () => {
  probe.asked.push("wheel");
  await probe.gate;
  return {};
});
vi.mock("../define/famwel-service-map.js", () => {
  probe.asked.push("network");
  return {};
});
vi.mock("../define/famwel-reflection.js", () => {
  probe.asked.push("reflection");
  return {};
});

const { loadChildren, loadFirstChild, preloadChildren } = await import("./instrument.children.js");
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

// First in the file: a stand-in runs once, when its module is first asked for.
describe("preloadChildren and loadFirstChild", () => {
  it("ask for the first section's element only (the runner asks for the rest once its first step is drawn)", async () => {
    // Read before the check: whatever is not a definition loads nothing.
    preloadChildren(null);
    preloadChildren({ sections: 5 });
    preloadChildren({ sections: [{ type: "text" }, { type: "reflection" }, { type: "network" }] });
    await turns();
    expect(probe.asked).toEqual(["reflection"]);
    await loadFirstChild(["scale", "reflection", "network"]);
    expect(probe.asked).toEqual(["reflection"]);
    await expect(loadFirstChild(["text", "scale"])).resolves.toBeUndefined();
  });
});

describe("loadChildren", () => {
  it("asks for the first section's element alone, then the others once, when it has arrived", async () => {
    probe.asked.length = 0; // the reflection's module ran above, so it is not asked for again
    // A native section first (nothing to load), the wheel twice: each element is asked for once.
    const all = loadChildren(["text", "wheel", "network", "wheel", "reflection", "choice"]);
    await turns();
    expect(probe.asked).toEqual(["wheel"]);
    probe.open();
    await all;
    expect(probe.asked).toEqual(["wheel", "network"]);
  });

  it("resolves at once for a definition with no element of ours", async () => {
    await expect(loadChildren(["text", "scale", "choice"])).resolves.toBeDefined();
  });
});
