// Types for the standalone instrument validator that scripts/build-validators.mjs writes beside this file.
import type { StandaloneValidator } from "../validator-types.js";
export declare const validateInstrument: StandaloneValidator;
