// parseResponse: the front door for responses, beside parseInstrument's (parse.ts) and sharing its
// steps. A module of its own so that a bundle that only parses definitions (the runner until it
// submits) does not carry the response validator and its cross-checks, and the other way round.
import { validateResponse } from "./generated/response-validator.js";
import { crossCheckResponse } from "./crosscheck-response.js";
import { MAX_RESPONSE_BYTES } from "./limits.js";
import { internal, run } from "./parse.js";
import type { InstrumentDefinition, ParseResult, Response } from "./types.js";

export interface ParseResponseOptions {
  /** The definition the response answers; when given, answers are checked against it too. */
  instrument?: InstrumentDefinition;
}

/** Parses and checks a response given as JSON text or as an object; never throws. */
export function parseResponse(
  input: unknown,
  options: ParseResponseOptions = {},
): ParseResult<Response> {
  try {
    return run<Response>(input, {
      validate: validateResponse,
      maxBytes: MAX_RESPONSE_BYTES,
      cross: (r) => crossCheckResponse(r, options.instrument),
    });
  } catch (error) {
    return { ok: false, errors: [internal(error)], warnings: [] };
  }
}
