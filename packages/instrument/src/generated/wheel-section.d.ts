// Types for the standalone wheel-section validator that scripts/build-validators.mjs writes beside this file.
import type { StandaloneValidator } from "../validator-types.js";
export declare const validateWheelSection: StandaloneValidator;
