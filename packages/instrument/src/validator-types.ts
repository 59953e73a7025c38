// The shape of the precompiled standalone validators (src/generated/*.js, written by
// scripts/build-validators.mjs), which every generated module's hand-written .d.ts shares.
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
