// Types for the standalone scale, choice and text answer validators that scripts/build-validators.mjs writes beside this file.
import type { StandaloneValidator } from "../validator-types.js";
export declare const validateScaleAnswer: StandaloneValidator;
export declare const validateChoiceAnswer: StandaloneValidator;
export declare const validateTextAnswer: StandaloneValidator;
