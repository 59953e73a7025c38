// Types for the standalone wheel-answer validator that scripts/build-validators.mjs writes beside this file.
import type { StandaloneValidator } from "../validator-types.js";
export declare const validateWheelAnswer: StandaloneValidator;
