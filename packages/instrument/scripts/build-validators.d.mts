// Types for what scripts/build-validators.mjs exports to the tests.
import type { Ajv2020, Options } from "ajv/dist/2020.js";

/** Ajv options shared by the precompiled validators and the runtime-compiled ones in tests. */
export declare const ajvOptions: Options;
/** An Ajv instance with both schemas added, as "instrument" and "response". */
export declare function createAjv(): Ajv2020;
/** The contents of src/generated/instrument-types.ts and response-types.ts. */
export declare function generateTypes(): Promise<{ instrument: string; response: string }>;
/** The schema without what only editors read (descriptions, defaults, titles, comments, examples). */
export declare function stripAnnotations<T>(schema: T): T;
/** Standalone code with each error added by one helper instead of six lines; throws on any other form. */
export declare function addErrorHelper(code: string): string;
/** Standalone code whose calls pass the instance path alone, and join errors by one helper; throws
 * if parentData or rootData is still read. */
export declare function dropParentData(code: string): string;
/** The one parameter Ajv gives an error of each of these keywords (type → "type", …). */
export declare const ERROR_PARAM: Record<string, string>;
/** Standalone code with each one-parameter error built by one helper instead of a literal; leaves
 * every other error as it was. */
export declare function compactErrors(code: string): string;
