// Types for the standalone validators that scripts/build-validators.mjs writes to validators.js.
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  propertyName?: string;
}
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
export declare const validateInstrument: StandaloneValidator;
export declare const validateResponse: StandaloneValidator;
export declare const validateWheelSection: StandaloneValidator;
export declare const validateNetworkSection: StandaloneValidator;
export declare const validateReflectionSection: StandaloneValidator;
