// Friendly names for the types generated from the schemas (src/generated/*-types.ts).
import type {
  FamwelInstrumentDefinitionV1,
  Label,
  Section1,
} from "./generated/instrument-types.js";
import type { FamwelResponseV1, SectionAnswer1 } from "./generated/response-types.js";

export type {
  WheelSection,
  NetworkSection,
  ReflectionSection,
  ScaleSection,
  ChoiceSection,
  TextSection,
  Scale,
  Domain,
  Option,
  CatalogEntry,
  Prompt,
  Role,
} from "./generated/instrument-types.js";
export type {
  WheelAnswer,
  DomainAnswer,
  NetworkAnswer,
  NodeAnswer,
  LinkAnswer,
  ReflectionAnswer,
  PromptAnswer,
  ScaleAnswer,
  ChoiceAnswer,
  TextAnswer,
} from "./generated/response-types.js";

export type InstrumentDefinition = FamwelInstrumentDefinitionV1;
export type Response = FamwelResponseV1;
export type AnySection = Section1;
export type SectionAnswer = SectionAnswer1;
export type SectionType = AnySection["type"];
/** A human string in several languages: `{ nb: "Bolig", nn: "Bustad", en: "Home" }`. */
export type LocalizedString = Label;

/** One problem found in an instrument or response. */
export interface Problem {
  /** JSON Pointer (RFC 6901) to the value at fault, e.g. `/sections/0/domains/3/id`. */
  pointer: string;
  /** Plain-language message in bokmål and English. */
  message: { nb: string; en: string };
  /** What kind of rule was broken: a JSON Schema keyword, or one of ours (`unique`, `reference`, …). */
  rule: string;
  /** 1-based line and column in the input text, when the input was text. */
  line?: number;
  column?: number;
}

export type ParseResult<T> =
  | { ok: true; value: T; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };
