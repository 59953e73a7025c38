// Which required answers are missing in a step: the rules of each section type, checked on the
// runner's own answers (not on the child elements), so the check is the same in Node and in the
// browser, and the same whether or not a step has been shown yet.
import type { AnySection, Role, WheelAnswer } from "@famwel/instrument/core";
import { itemValue, promptsFor, type Answers } from "./instrument.model.js";

/** One missing answer. `item` is the question, prompt or (for the wheel) first unrated domain. */
export interface Missing {
  section: string;
  /** Item, prompt or domain id; absent when the whole section is at fault. */
  item?: string;
  kind: "required" | "unrated" | "tooFew";
  /** For `unrated`: every unrated domain id, in the wheel's order. */
  domains?: string[];
}

const blank = (v: unknown) =>
  v === undefined || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && !v.length);

/** The domains a wheel answer keeps: the definition's (unless removed) and the family's own. */
function wheelDomainIds(
  section: Extract<AnySection, { type: "wheel" }>,
  a: WheelAnswer | undefined,
) {
  const own = (id: string) => (a && Object.hasOwn(a.domains, id) ? a.domains[id] : undefined);
  const defined = section.domains.map((d) => d.id).filter((id) => !own(id)?.removed);
  const added = (a?.order ?? Object.keys(a?.domains ?? {})).filter((id) => {
    const d = own(id);
    return d?.custom && !d.removed && !section.domains.some((x) => x.id === id);
  });
  return [...defined, ...added];
}

/** What is missing in one section for `role`. */
export function missingIn(section: AnySection, answers: Answers, role: Role): Missing[] {
  const stored = Object.hasOwn(answers, section.id) ? answers[section.id] : undefined;
  const answer = stored?.type === section.type ? stored : undefined;
  switch (section.type) {
    case "wheel": {
      const a = answer as WheelAnswer | undefined;
      const ids = wheelDomainIds(section, a);
      const out: Missing[] = [];
      if (section.required) {
        const unrated = ids.filter((id) => a?.domains[id]?.current === undefined);
        if (unrated.length)
          out.push({ section: section.id, item: unrated[0], kind: "unrated", domains: unrated });
      }
      if (ids.length < (section.minDomains ?? 1)) out.push({ section: section.id, kind: "tooFew" });
      return out;
    }
    case "reflection": {
      const prompts = answer?.type === "reflection" ? answer.prompts : {};
      return promptsFor(section, role)
        .filter(
          (p) =>
            p.required && blank(Object.hasOwn(prompts, p.id) ? prompts[p.id]?.text : undefined),
        )
        .map((p) => ({ section: section.id, item: p.id, kind: "required" as const }));
    }
    case "scale":
    case "choice":
    case "text":
      return (section.items as { id: string; required?: boolean }[])
        .filter((i) => i.required && blank(itemValue(answers, section.id, i.id)))
        .map((i) => ({ section: section.id, item: i.id, kind: "required" as const }));
    case "network":
      return [];
  }
}

/** Every missing answer across `sections`, in order. */
export function missingAll(
  sections: readonly AnySection[],
  answers: Answers,
  role: Role,
): Missing[] {
  return sections.flatMap((s) => missingIn(s, answers, role));
}
