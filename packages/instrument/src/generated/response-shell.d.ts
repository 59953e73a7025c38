// Types for the standalone response shell (a response, each answer checked only for its type) validator that scripts/build-validators.mjs writes beside this file.
import type { StandaloneValidator } from "../validator-types.js";
export declare const validateResponseShell: StandaloneValidator;
