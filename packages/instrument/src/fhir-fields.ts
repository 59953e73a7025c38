// The QuestionnaireResponse shapes and the field-by-field encoding shared by the writer
// (fhir-response.ts) and the reader (fhir-response-read.ts): each field of a wheel domain, a network
// node or a link is one child item whose answer type follows from the field's kind.
import {
  EXT,
  FAMWEL_FHIR,
  findExtension,
  readText,
  readTime,
  textAnswer,
  type FhirAnswer,
  type FhirExtension,
} from "./fhir-common.js";
import type { Response } from "./types.js";

export interface FhirResponseItem {
  linkId: string;
  extension?: FhirExtension[];
  answer?: FhirAnswer[];
  item?: FhirResponseItem[];
}

export interface FhirQuestionnaireResponse {
  resourceType: "QuestionnaireResponse";
  id?: string;
  identifier: { system: string; value: string };
  questionnaire: string;
  status: Response["status"];
  authored?: string;
  language: string;
  extension: FhirExtension[];
  item: FhirResponseItem[];
}

export const RESPONSE_SYSTEM = `${FAMWEL_FHIR}/response`;
/** How each field of a domain, node or link is written. */
export const FIELD_KIND: Record<string, "number" | "text" | "bool" | "code" | "string"> = {
  current: "number",
  desired: "number",
  position: "number",
  helpfulness: "number",
  cooperation: "number",
  note: "text",
  label: "text",
  custom: "bool",
  removed: "bool",
  important: "bool",
  catalog: "code",
  kind: "code",
  sector: "code",
  ring: "code",
  frequency: "code",
  direction: "code",
  a: "string",
  b: "string",
  id: "string",
  node: "string",
};

export type Obj = Record<string, unknown>;

export function numberAnswer(v: number): FhirAnswer {
  return Number.isSafeInteger(v) ? { valueInteger: v } : { valueDecimal: v };
}

/** Child items for the fields of `value` that are present, in `fields` order. */
export function fieldItems(
  value: Obj,
  fields: readonly string[],
  base: string,
  system: (field: string) => string,
): FhirResponseItem[] {
  const out: FhirResponseItem[] = [];
  for (const f of fields) {
    const v = value[f];
    if (v === undefined) continue;
    const kind = FIELD_KIND[f];
    const answer: FhirAnswer =
      kind === "number"
        ? numberAnswer(v as number)
        : kind === "bool"
          ? { valueBoolean: v as boolean }
          : kind === "code"
            ? { valueCoding: { system: system(f), code: v as string } }
            : kind === "string"
              ? { valueString: v as string }
              : textAnswer(v as string);
    out.push({ linkId: `${base}/${f}`, answer: [answer] });
  }
  return out;
}

export function readField(field: string, answer: FhirAnswer | undefined): unknown {
  if (!answer) return undefined;
  switch (FIELD_KIND[field]) {
    case "number":
      return answer.valueInteger ?? answer.valueDecimal;
    case "bool":
      return answer.valueBoolean;
    case "code":
      return answer.valueCoding?.code;
    case "string":
      return answer.valueString;
    default:
      return readText(answer);
  }
}

/** The fields of a group's child items back into an object (`at` from the group's extension). */
export function readFields(group: FhirResponseItem, base: string): Obj {
  const out: Obj = {};
  for (const child of group.item ?? []) {
    if (!child.linkId.startsWith(`${base}/`)) continue;
    const field = child.linkId.slice(base.length + 1);
    const v = readField(field, child.answer?.[0]);
    if (v !== undefined) out[field] = v;
  }
  const at = readTime(findExtension(group.extension, EXT.at));
  if (at !== undefined) out.at = at;
  return out;
}
