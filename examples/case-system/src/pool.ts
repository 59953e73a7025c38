// The manager's view is built on the server from what employees chose to share, and only that leaves
// the server: the manager's browser never receives an answer that was not shared, a name, a family,
// a time or a response id. The minimum group is enforced here too (a prompt with fewer distinct
// sharing reflections sends nothing), so it does not depend on the element doing the same.
import type { ReflectionSection, Response } from "@famwel/instrument";

/** A response reduced to its consented answers, in the shape `famwel-reflection` pools. */
export interface PooledResponse {
  id: string;
  instrument: { id: string };
  role: Response["role"];
  answers: Record<
    string,
    { type: "reflection"; prompts: Record<string, { text: string; share: true }> }
  >;
}

export interface Pool {
  responses: PooledResponse[];
  /** Per shareable prompt: how many reflections shared an answer to it. */
  counts: Record<string, number>;
}

export function poolForManager(
  reflections: readonly Response[],
  instrumentId: string,
  section: ReflectionSection,
  minGroup: number,
): Pool {
  const shareable = new Set(section.prompts.filter((p) => p.shareable).map((p) => p.id));
  const counts: Record<string, number> = Object.fromEntries([...shareable].map((id) => [id, 0]));
  const kept: { role: Response["role"]; prompts: Record<string, string> }[] = [];
  for (const r of reflections) {
    if (r.instrument.id !== instrumentId) continue;
    const answer = r.answers[section.id];
    if (answer?.type !== "reflection") continue;
    const prompts: Record<string, string> = {};
    for (const [id, a] of Object.entries(answer.prompts)) {
      const text = a?.text.trim();
      if (!shareable.has(id) || a?.share !== true || !text) continue;
      prompts[id] = text;
      counts[id] = (counts[id] ?? 0) + 1;
    }
    kept.push({ role: r.role, prompts });
  }
  const responses = kept
    .map((k) => {
      const prompts: PooledResponse["answers"][string]["prompts"] = {};
      for (const [id, text] of Object.entries(k.prompts))
        if ((counts[id] ?? 0) >= minGroup) prompts[id] = { text, share: true };
      return { role: k.role, prompts };
    })
    .filter((k) => Object.keys(k.prompts).length > 0)
    // Sorted by content, so neither the order of storage nor of writing reaches the browser.
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
    .map((k, i): PooledResponse => ({
      id: `shared-${i + 1}`,
      instrument: { id: instrumentId },
      role: k.role,
      answers: { [section.id]: { type: "reflection", prompts: k.prompts } },
    }));
  return { responses, counts };
}
