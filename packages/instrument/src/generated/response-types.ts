/* Generated from schema/*.v1.json by scripts/build-validators.mjs. Do not edit. */
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string;
/**
 * An RFC 3339 date-time, e.g. 2026-11-23T10:15:00Z.
 *
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "timestamp".
 */
export type Timestamp = string;
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "sectionAnswer".
 */
export type SectionAnswer = {
  type: "wheel" | "network" | "reflection" | "scale" | "choice" | "text";
} & SectionAnswer1;
export type SectionAnswer1 = WheelAnswer | NetworkAnswer | ReflectionAnswer | ScaleAnswer | ChoiceAnswer | TextAnswer;
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "note".
 */
export type Note = string;

/**
 * One respondent's answers to one version of an instrument. Answers are keyed by section id, then by item id; each answer carries the time it was last changed.
 */
export interface FamwelResponseV1 {
  $schema?: string;
  /**
   * Stable id of this response (a reading).
   */
  id: string;
  /**
   * Which instrument, which version, and the hash of the exact definition answered.
   */
  instrument: {
    id: Id;
    version: string;
    hash: string;
  };
  role: "family" | "child" | "employee" | "manager";
  locale: string;
  status: "in-progress" | "completed" | "amended";
  created: Timestamp;
  updated: Timestamp;
  /**
   * Answers keyed by section id.
   */
  answers: {
    [k: string]: SectionAnswer | undefined;
  };
  /**
   * Answers migrateResponse could not carry into this version (their item was removed, merged into another answer, or no longer fits). Kept, never dropped: each is a section answer holding only the orphaned items, with the section id and the version it was given in.
   *
   * @maxItems 500
   */
  orphans?: Orphan[];
}
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "wheelAnswer".
 */
export interface WheelAnswer {
  type: "wheel";
  domains: {
    [k: string]: DomainAnswer | undefined;
  };
  /**
   * The order in which the family added its own domains; they are shown after the definition's domains.
   *
   * @maxItems 48
   */
  order?: Id[];
}
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "domainAnswer".
 */
export interface DomainAnswer {
  current?: number;
  desired?: number;
  note?: Note;
  /**
   * The family's own words: the name of a domain it added, or its new name for one it renamed.
   */
  label?: string;
  /**
   * The family added this domain.
   */
  custom?: boolean;
  /**
   * The family removed this domain; its answer is kept.
   */
  removed?: boolean;
  at: Timestamp;
}
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "networkAnswer".
 */
export interface NetworkAnswer {
  type: "network";
  nodes: {
    [k: string]: NodeAnswer | undefined;
  };
  /**
   * @maxItems 2000
   */
  links?: LinkAnswer[];
  coordinator?: {
    node: Id;
    at: Timestamp;
  };
}
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "nodeAnswer".
 */
export interface NodeAnswer {
  /**
   * The catalog entry this node was picked from; absent for the family's own.
   */
  catalog?: string;
  /**
   * The family's own name for the person or service.
   */
  label?: string;
  kind: "service" | "person" | "group";
  sector: Id;
  ring: Id;
  /**
   * Where in its sector the node sits (0 to 1), so the layout stays stable.
   */
  position?: number;
  helpfulness?: number;
  frequency?: Id;
  direction?: "to-family" | "from-family" | "both" | "none";
  important?: boolean;
  note?: Note;
  removed?: boolean;
  at: Timestamp;
}
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "linkAnswer".
 */
export interface LinkAnswer {
  a: Id;
  b: Id;
  cooperation?: number;
  note?: Note;
  at: Timestamp;
}
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "reflectionAnswer".
 */
export interface ReflectionAnswer {
  type: "reflection";
  /**
   * The response the reflection is about.
   */
  about?: {
    response?: Id;
  };
  prompts: {
    [k: string]: PromptAnswer | undefined;
  };
}
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "promptAnswer".
 */
export interface PromptAnswer {
  text: string;
  /**
   * The respondent explicitly consented to sharing this answer onward. Absent means not shared.
   */
  share?: boolean;
  at: Timestamp;
}
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "scaleAnswer".
 */
export interface ScaleAnswer {
  type: "scale";
  items: {
    [k: string]:
      | {
          value: number;
          at: Timestamp;
        }
      | undefined;
  };
}
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "choiceAnswer".
 */
export interface ChoiceAnswer {
  type: "choice";
  items: {
    [k: string]:
      | {
          value: Id | Id[];
          at: Timestamp;
        }
      | undefined;
  };
}
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "textAnswer".
 */
export interface TextAnswer {
  type: "text";
  items: {
    [k: string]:
      | {
          value: string;
          at: Timestamp;
        }
      | undefined;
  };
}
/**
 * This interface was referenced by `FamwelResponseV1`'s JSON-Schema
 * via the `definition` "orphan".
 */
export interface Orphan {
  /**
   * The section the orphaned items are keyed under: the ids of version `from` for removed and merged answers, the new version's ids for invalid ones (where they failed).
   */
  section: string;
  /**
   * The instrument version the answer was given in.
   */
  from: string;
  /**
   * removed: the item is gone; merged: another answer was carried into the merged item; invalid: the answer does not fit the new item (scale, options, length, consent).
   */
  reason: "removed" | "merged" | "invalid";
  answer: SectionAnswer;
}
