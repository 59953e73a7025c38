/* Generated from schema/*.v1.json by scripts/build-validators.mjs. Do not edit. */

/**
 * A language tag such as nb, nn, en, se, ar, uk or pl-PL.
 *
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "locale".
 */
export type Locale = string;
/**
 * A respondent role.
 *
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "role".
 */
export type Role = "family" | "child" | "employee" | "manager";
/**
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "section".
 */
export type Section = {
  type: "wheel" | "network" | "reflection" | "scale" | "choice" | "text";
} & Section1;
export type Section1 = WheelSection | NetworkSection | ReflectionSection | ScaleSection | ChoiceSection | TextSection;
/**
 * A stable identifier: letters, digits, dot, dash or underscore; starts with a letter or digit; at most 64 characters.
 *
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string;
/**
 * Ids this entry takes over from the previous version of the definition: one id for a rename, several for a merge; the same id in several entries is a split. migrateResponse carries answers to the old ids forward to this entry.
 *
 * @minItems 1
 * @maxItems 24
 *
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "replaces".
 */
export type Replaces = [Id, ...Id[]];
/**
 * @minItems 1
 * @maxItems 4
 *
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "roleList".
 */
export type RoleList = [Role, ...Role[]];
/**
 * Semantic version: MAJOR.MINOR.PATCH with an optional pre-release.
 *
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "semver".
 */
export type Semver = string;

/**
 * An instrument a municipality writes: which life domains, services and prompts a family, child, employee or manager answers, in which languages. Every human string is a map of locale to text.
 */
export interface FamwelInstrumentDefinitionV1 {
  /**
   * Path or URL of this schema, so editors can check the file while you write it.
   */
  $schema?: string;
  /**
   * Stable id of the instrument, e.g. "trondheim.family-wheel". Never change it between versions.
   */
  id: string;
  /**
   * Semantic version of this definition, e.g. "1.2.0". Raise the major version when answers can no longer be compared.
   */
  version: string;
  title: Label;
  description?: Text;
  publisher?: Label1;
  /**
   * The languages this instrument is offered in. Every string must have the default locale; others fall back to it.
   *
   * @minItems 1
   * @maxItems 32
   */
  locales: [Locale, ...Locale[]];
  /**
   * A language tag such as nb, nn, en, se, ar, uk or pl-PL.
   */
  defaultLocale: string;
  /**
   * Who answers this instrument.
   *
   * @minItems 1
   * @maxItems 4
   */
  roles: [Role, ...Role[]];
  /**
   * The sections, in the order they are shown.
   *
   * @minItems 1
   * @maxItems 30
   */
  sections: [Section, ...Section[]];
}
/**
 * A short text in several languages, e.g. { "nb": "Bolig", "nn": "Bustad", "en": "Home" }.
 *
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "label".
 */
export interface Label {
  /**
   * The text in one language. It must have a visible character: not only spaces, line breaks or zero-width characters.
   */
  [k: string]: string | undefined;
}
/**
 * A longer text in several languages (guidance, descriptions).
 *
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "text".
 */
export interface Text {
  /**
   * The text in one language. It must have a visible character: not only spaces, line breaks or zero-width characters.
   */
  [k: string]: string | undefined;
}
/**
 * A short text in several languages, e.g. { "nb": "Bolig", "nn": "Bustad", "en": "Home" }.
 */
export interface Label1 {
  /**
   * The text in one language. It must have a visible character: not only spaces, line breaks or zero-width characters.
   */
  [k: string]: string | undefined;
}
/**
 * The life-quality wheel: one segment per domain, rated now (and optionally where the family wants to be).
 *
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "wheelSection".
 */
export interface WheelSection {
  type: "wheel";
  id: Id;
  replaces?: Replaces;
  title: Label;
  description?: Text;
  roles?: RoleList;
  /**
   * "faces" shows a child face scale and the domains' childLabel.
   */
  variant?: "standard" | "faces";
  scale: Scale;
  /**
   * Also ask where the family wants to be (drawn as an outline).
   */
  desired?: boolean;
  /**
   * Offer a note per domain.
   */
  notes?: boolean;
  notePrompt?: Label2;
  /**
   * Every domain must be rated before the instrument can be completed.
   */
  required?: boolean;
  /**
   * @maxItems 24
   */
  domains: Domain[];
  /**
   * What the family may change in the list of domains.
   */
  custom?: {
    add?: boolean;
    rename?: boolean;
    remove?: boolean;
  };
  minDomains?: number;
  maxDomains?: number;
}
/**
 * A numeric rating scale with labelled anchor points.
 *
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "scale".
 */
export interface Scale {
  min: number;
  max: number;
  step?: number;
  /**
   * Labels for points on the scale, e.g. 0 = very hard, 10 = very good. Each must lie on the scale.
   *
   * @maxItems 21
   */
  anchors?: {
    value: number;
    label: Label;
  }[];
}
/**
 * A short text in several languages, e.g. { "nb": "Bolig", "nn": "Bustad", "en": "Home" }.
 */
export interface Label2 {
  /**
   * The text in one language. It must have a visible character: not only spaces, line breaks or zero-width characters.
   */
  [k: string]: string | undefined;
}
/**
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "domain".
 */
export interface Domain {
  id: Id;
  replaces?: Replaces;
  label: Label;
  description?: Text;
  childLabel?: Label3;
}
/**
 * A short text in several languages, e.g. { "nb": "Bolig", "nn": "Bustad", "en": "Home" }.
 */
export interface Label3 {
  /**
   * The text in one language. It must have a visible character: not only spaces, line breaks or zero-width characters.
   */
  [k: string]: string | undefined;
}
/**
 * The service-network map: the services and people around the family, how close and helpful each is, and whether services work together.
 *
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "networkSection".
 */
export interface NetworkSection {
  type: "network";
  id: Id;
  replaces?: Replaces;
  title: Label;
  description?: Text;
  roles?: RoleList;
  /**
   * @minItems 1
   * @maxItems 12
   */
  sectors: [Option, ...Option[]];
  /**
   * Closeness rings, innermost first.
   *
   * @minItems 1
   * @maxItems 6
   */
  rings: [Option, ...Option[]];
  /**
   * @maxItems 500
   */
  catalog?: CatalogEntry[];
  /**
   * The family may add its own people and services.
   */
  allowCustom?: boolean;
  maxNodes?: number;
  /**
   * What is asked about each person or service.
   */
  rate?: {
    helpfulness?: Scale;
    frequency?: {
      /**
       * @minItems 2
       * @maxItems 12
       */
      options: [Option, Option, ...Option[]];
    };
    /**
     * Ask who helps whom (they help us, we help them, both).
     */
    direction?: boolean;
    /**
     * Ask whether the service is important to the family.
     */
    important?: boolean;
    note?: boolean;
  };
  /**
   * When present, pairs of services are rated for whether they work together.
   */
  cooperation?: {
    prompt?: Label;
    scale: Scale;
  };
  /**
   * When present, one node can be marked as coordinator (e.g. the BTI stafettholder).
   */
  coordinator?: {
    label: Label;
  };
}
/**
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "option".
 */
export interface Option {
  id: Id;
  replaces?: Replaces;
  label: Label;
}
/**
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "catalogEntry".
 */
export interface CatalogEntry {
  id: Id;
  replaces?: Replaces;
  label: Label;
  description?: Text;
  /**
   * A stable identifier: letters, digits, dot, dash or underscore; starts with a letter or digit; at most 64 characters.
   */
  sector: string;
  kind?: "service" | "person" | "group";
  keywords?: Text1;
}
/**
 * A longer text in several languages (guidance, descriptions).
 */
export interface Text1 {
  /**
   * The text in one language. It must have a visible character: not only spaces, line breaks or zero-width characters.
   */
  [k: string]: string | undefined;
}
/**
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "reflectionSection".
 */
export interface ReflectionSection {
  type: "reflection";
  id: Id;
  replaces?: Replaces;
  title: Label;
  description?: Text;
  roles?: RoleList;
  /**
   * Ids of sections (wheel, network) whose answers the reflection is about; shown read-only beside the prompts.
   *
   * @maxItems 10
   */
  about?: Id[];
  /**
   * @minItems 1
   * @maxItems 50
   */
  prompts: [Prompt, ...Prompt[]];
}
/**
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "prompt".
 */
export interface Prompt {
  id: Id;
  replaces?: Replaces;
  roles: RoleList;
  label: Text;
  guidance?: Text;
  maxLength?: number;
  required?: boolean;
  /**
   * The answer may be shared onward (e.g. with managers), only with the respondent's explicit consent.
   */
  shareable?: boolean;
}
/**
 * Rating questions sharing one scale (e.g. a Signs of Safety 0-10 scale or a session rating).
 *
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "scaleSection".
 */
export interface ScaleSection {
  type: "scale";
  id: Id;
  replaces?: Replaces;
  title: Label;
  description?: Text;
  roles?: RoleList;
  variant?: "standard" | "faces";
  scale: Scale;
  /**
   * @minItems 1
   * @maxItems 50
   */
  items: [ItemBase, ...ItemBase[]];
}
/**
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "itemBase".
 */
export interface ItemBase {
  id: Id;
  replaces?: Replaces;
  label: Text;
  description?: Text;
  required?: boolean;
}
/**
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "choiceSection".
 */
export interface ChoiceSection {
  type: "choice";
  id: Id;
  replaces?: Replaces;
  title: Label;
  description?: Text;
  roles?: RoleList;
  /**
   * @minItems 1
   * @maxItems 50
   */
  items: [ChoiceItem, ...ChoiceItem[]];
}
/**
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "choiceItem".
 */
export interface ChoiceItem {
  id: Id;
  replaces?: Replaces;
  label: Text;
  description?: Text;
  required?: boolean;
  multiple?: boolean;
  /**
   * @minItems 2
   * @maxItems 30
   */
  options: [Option, Option, ...Option[]];
}
/**
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "textSection".
 */
export interface TextSection {
  type: "text";
  id: Id;
  replaces?: Replaces;
  title: Label;
  description?: Text;
  roles?: RoleList;
  /**
   * @minItems 1
   * @maxItems 50
   */
  items: [TextItem, ...TextItem[]];
}
/**
 * This interface was referenced by `FamwelInstrumentDefinitionV1`'s JSON-Schema
 * via the `definition` "textItem".
 */
export interface TextItem {
  id: Id;
  replaces?: Replaces;
  label: Text;
  description?: Text;
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
}
