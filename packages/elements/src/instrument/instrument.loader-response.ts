// What the runner needs only for a response: resuming one the host (or a stored draft) hands it,
// carrying answers over to a newer version of the definition, and checking the finished response as
// the host will before it is submitted. A chunk of its own, apart from the definition's parser
// (instrument.loader.ts): the response validator is the larger half, and the first step does not
// need it. The runner asks for it once the first step is drawn, or at once when it resumes a response.
import {
  migrateResponse,
  parseResponse,
  type InstrumentDefinition,
  type Problem,
  type Response,
} from "@famwel/instrument";
import type { Loaded } from "./instrument.loader.js";

/** A response to resume: schema-valid and consistent, and for this instrument (any version). */
export function loadResponse(input: unknown, definition: InstrumentDefinition): Loaded<Response> {
  const parsed = parseResponse(input);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  if (parsed.value.instrument.id !== definition.id)
    return {
      ok: false,
      errors: [
        {
          pointer: "/instrument/id",
          rule: "reference",
          message: {
            nb: `Svaret gjelder instrumentet «${parsed.value.instrument.id}», ikke «${definition.id}».`,
            en: `The response is for instrument "${parsed.value.instrument.id}", not "${definition.id}".`,
          },
        },
      ],
    };
  return { ok: true, value: parsed.value };
}

/** Checks a response the runner built against its definition, as the host will. */
export function checkResponse(response: Response, definition: InstrumentDefinition): Problem[] {
  const parsed = parseResponse(response, { instrument: definition });
  return parsed.ok ? [] : parsed.errors;
}

/**
 * The answers given to `from`, carried to `to` (a newer version of the same instrument) by the
 * `replaces` the new definition declares; what no longer fits comes back as orphans. Undefined when
 * there is nothing to carry or the migration refuses (then the answers stay as they were).
 */
export function migrate(
  response: Response,
  from: InstrumentDefinition,
  to: InstrumentDefinition,
): Response | undefined {
  if (from.id !== to.id || from.version === to.version) return undefined;
  const moved = migrateResponse(response, from, to);
  return moved.ok ? moved.value : undefined;
}
