// Types for what scripts/prune-schema-literals.mjs exports to build-validators.mjs and the tests.
/** Ajv standalone code with each schema literal cut to what the code reads of it. */
export declare function pruneSchemaLiterals(code: string): string;
