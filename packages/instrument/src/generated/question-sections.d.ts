// Types for the standalone scale, choice and text section validators that scripts/build-validators.mjs writes beside this file.
import type { StandaloneValidator } from "../validator-types.js";
export declare const validateScaleSection: StandaloneValidator;
export declare const validateChoiceSection: StandaloneValidator;
export declare const validateTextSection: StandaloneValidator;
