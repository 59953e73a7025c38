// A whole-instrument response as the runner posts it: the family's required reflection answered,
// and whatever `answers` a test adds (a wheel, or none). Shared by the route and validation tests.
import { instrumentHash } from "@famwel/instrument";
import { family } from "@famwel/instruments";

export function wholeResponse(answers: Record<string, unknown>, at: string): string {
  return JSON.stringify({
    id: "from-the-browser",
    instrument: { id: family.id, version: family.version, hash: instrumentHash(family) },
    role: "family",
    locale: "nb",
    status: "completed",
    created: at,
    updated: at,
    answers: {
      reflection: {
        type: "reflection",
        prompts: { "family-what-helps": { text: "Naboene.", at } },
      },
      ...answers,
    },
  });
}
