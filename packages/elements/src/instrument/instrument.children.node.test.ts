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

const { loadChildren } = await import("./instrument.children.js");
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

describe("loadChildren", () => {
  it("asks for the first section's element alone, then the others once, when it has arrived", async () => {
    // A native section first (nothing to load), the wheel twice: each element is asked for once.
    const all = loadChildren(["text", "wheel", "network", "wheel", "reflection", "choice"]);
    await turns();
    expect(probe.asked).toEqual(["wheel"]);
    probe.open();
    await all;
    expect(probe.asked).toEqual(["wheel", "network", "reflection"]);
  });

  it("resolves at once for a definition with no element of ours", async () => {
    await expect(loadChildren(["text", "scale", "choice"])).resolves.toBeDefined();
  });
});
