// Types for the standalone instrument shell (a definition, each section checked only for its type) validator that scripts/build-validators.mjs writes beside this file.
import type { StandaloneValidator } from "../validator-types.js";
export declare const validateInstrumentShell: StandaloneValidator;
