// Where validation happens: the server turns posted form fields into a famwel response and checks it
// with the same validators the elements and the CLI use (`parseResponse` with the definition: the
// precompiled JSON Schema validator, then the cross-checks against the definition: sections, domains,
// catalog entries, scales, lengths, consent). Nothing the browser sends is trusted: a tampered field
// is refused here with the JSON pointer of what is wrong, whatever the page script did or did not do.
import { randomUUID } from "node:crypto";
import {
  instrumentHash,
  parseResponse,
  type InstrumentDefinition,
  type Problem,
  type Response,
  type Role,
} from "@famwel/instrument";

export interface Assembled {
  /** The valid response, ready to store; absent when there are problems. */
  response?: Response;
  problems: Problem[];
  /** The posted answers as far as they could be read, to put back into the form after a refusal. */
  kept: Record<string, unknown>;
}

export interface AssembleOptions {
  definition: InstrumentDefinition;
  role: Role;
  /** Which sections the form posts, by section id (the form field names). */
  sections: readonly string[];
  locale?: string;
  /** Stamps the response; tests and the seed pass fixed values. */
  now?: () => Date;
  newId?: () => string;
  /** The reading a reflection is about, when it must be one of these ids. */
  aboutOneOf?: readonly string[];
}

const problem = (pointer: string, rule: string, nb: string, en: string): Problem => ({
  pointer,
  rule,
  message: { nb, en },
});

/** Reads each section's field as JSON; a missing or unreadable field is a problem at its answer. */
function readFields(fields: Record<string, unknown>, sections: readonly string[]) {
  const answers: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const id of sections) {
    const raw = fields[id];
    const at = `/answers/${id}`;
    if (typeof raw !== "string" || raw.trim() === "") {
      problems.push(
        problem(at, "required", "Svaret mangler i skjemaet.", "The answer is missing."),
      );
      continue;
    }
    try {
      answers[id] = JSON.parse(raw) as unknown;
    } catch {
      problems.push(problem(at, "syntax", "Svaret er ikke gyldig JSON.", "Not valid JSON."));
    }
  }
  return { answers, problems };
}

/**
 * The sections `role` answers in `definition`, as `<famwel-instrument>` shows them (one step each):
 * those for the role, and a reflection only when it has a prompt for the role.
 */
export function sectionsFor(definition: InstrumentDefinition, role: Role): string[] {
  return definition.sections
    .filter(
      (s) =>
        (!s.roles || s.roles.includes(role)) &&
        (s.type !== "reflection" || s.prompts.some((p) => p.roles.includes(role))),
    )
    .map((s) => s.id);
}

/**
 * What a submitted response must have beyond being valid, for each section the submission answers
 * (`sections`), whether or not its answer is there: a reading rates at least one area, and a
 * reflection answers the prompts its role must answer. (A draft may be incomplete; a stored reading
 * may not. The elements say the same in the browser through form validity, but that is advice.)
 * Both ways in, the plain form and the whole instrument, are held to these rules here.
 */
export function completenessProblems(
  response: Response,
  definition: InstrumentDefinition,
  sections: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  for (const sid of sections) {
    const section = definition.sections.find((s) => s.id === sid);
    const answer = Object.hasOwn(response.answers, sid) ? response.answers[sid] : undefined;
    if (section?.type === "wheel") {
      // Rated means rated as it is now: that is what the family page counts, the progress chart
      // draws and an employee reflects on. A desired level alone is not a reading (the message
      // says so, or a family who set only "Slik vil vi ha det" is told they rated nothing).
      const wheel = answer?.type === "wheel" ? answer : undefined;
      const rated = Object.values(wheel?.domains ?? {}).some(
        (d) => d?.current !== undefined && !d.removed,
      );
      if (!rated)
        problems.push(
          problem(
            wheel ? `/answers/${sid}/domains` : `/answers/${sid}`,
            "required",
            "Vurder minst ett område i hjulet slik det er nå.",
            "Rate at least one area of the wheel as it is now.",
          ),
        );
    }
    if (section?.type === "reflection") {
      const prompts = answer?.type === "reflection" ? answer.prompts : {};
      for (const p of section.prompts) {
        if (!p.required || !(p.roles as string[]).includes(response.role)) continue;
        if (!prompts[p.id]?.text.trim())
          problems.push(
            problem(
              `/answers/${sid}/prompts/${p.id}/text`,
              "required",
              `Svar på «${p.label.nb ?? p.id}».`,
              `Answer "${p.label.en ?? p.id}".`,
            ),
          );
      }
    }
  }
  return problems;
}

/** The checks every submission passes before it is stored, however it was posted. */
function validate(
  candidate: unknown,
  options: AssembleOptions,
  kept: Record<string, unknown>,
): Assembled {
  const { definition } = options;
  const parsed = parseResponse(candidate, { instrument: definition });
  if (!parsed.ok) return { problems: parsed.errors, kept };
  const response = parsed.value;
  const problems = completenessProblems(response, definition, options.sections);
  // parseResponse checks the instrument's id and version; the hash says it was this exact text.
  if (response.instrument.hash !== instrumentHash(definition))
    problems.push(
      problem(
        "/instrument/hash",
        "reference",
        "Svaret er gitt til en annen utgave av skjemaet.",
        "The response answers another edition of the instrument.",
      ),
    );
  for (const [sid, answer] of Object.entries(response.answers)) {
    const about = answer?.type === "reflection" ? answer.about?.response : undefined;
    if (about !== undefined && options.aboutOneOf && !options.aboutOneOf.includes(about))
      problems.push(
        problem(
          `/answers/${sid}/about/response`,
          "reference",
          "Refleksjonen gjelder en kartlegging denne familien ikke har.",
          "The reflection is about a reading this family does not have.",
        ),
      );
  }
  return problems.length > 0 ? { problems, kept } : { response, problems: [], kept };
}

/** Builds the response from posted fields (one per section) and validates it; never throws. */
export function assembleResponse(
  fields: Record<string, unknown>,
  options: AssembleOptions,
): Assembled {
  const { definition, role, sections } = options;
  const read = readFields(fields, sections);
  if (read.problems.length > 0) return { problems: read.problems, kept: read.answers };
  const now = (options.now?.() ?? new Date()).toISOString();
  const candidate = {
    id: options.newId?.() ?? randomUUID(),
    instrument: {
      id: definition.id,
      version: definition.version,
      hash: instrumentHash(definition),
    },
    role,
    locale: options.locale ?? definition.defaultLocale,
    status: "completed",
    created: now,
    updated: now,
    answers: read.answers,
  };
  return validate(candidate, options, read.answers);
}

/**
 * Takes a whole response posted as JSON (what <famwel-instrument> submits) and validates it. The
 * server decides what is not the respondent's to say: a new id, the role, `completed`, the time it
 * arrived. The answers, their times and the instrument they claim to answer are checked as posted.
 */
export function acceptResponse(
  posted: unknown,
  options: Omit<AssembleOptions, "sections">,
): Assembled {
  let value: unknown;
  try {
    value = typeof posted === "string" ? (JSON.parse(posted) as unknown) : undefined;
  } catch {
    value = undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return {
      problems: [
        problem("", "syntax", "Skjemaet sendte ikke et svar.", "The form sent no response."),
      ],
      kept: {},
    };
  const now = (options.now?.() ?? new Date()).toISOString();
  const candidate = {
    ...value,
    id: options.newId?.() ?? randomUUID(),
    role: options.role,
    status: "completed",
    updated: now,
  };
  // Every section the role answers: a section left out is checked as one left empty.
  const sections = sectionsFor(options.definition, options.role);
  return validate(candidate, { ...options, sections }, { response: value });
}
