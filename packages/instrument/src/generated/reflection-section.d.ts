// Types for the standalone reflection-section validator that scripts/build-validators.mjs writes beside this file.
import type { StandaloneValidator } from "../validator-types.js";
export declare const validateReflectionSection: StandaloneValidator;
