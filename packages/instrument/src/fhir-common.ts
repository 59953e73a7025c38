// Shared pieces of the FHIR R4 mapping (fhir.ts, fhir-response.ts): the minimal FHIR shapes we write,
// extension URLs, and the encodings that keep every famwel value valid FHIR *and* recoverable exactly.
// FHIR `string` must match ^[ \r\n\t\S]+$ (no empty string, no other whitespace such as U+00A0), and
// `dateTime` is stricter than RFC 3339; values that do not fit travel in a form that does, never lossy.

/** A FHIR element extension (only the value types we use). */
export interface FhirExtension {
  url: string;
  extension?: FhirExtension[];
  valueString?: string;
  valueCode?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDecimal?: number;
  valueDateTime?: string;
  valueCodeableConcept?: { coding: FhirCoding[]; text?: string };
}

export interface FhirCoding {
  system?: string;
  code: string;
  display?: string;
  _display?: { extension: FhirExtension[] };
}

export interface FhirAttachment {
  contentType: string;
  data: string;
}

/** The answer value types our QuestionnaireResponses use. */
export interface FhirAnswer {
  valueString?: string;
  valueDecimal?: number;
  valueInteger?: number;
  valueBoolean?: boolean;
  valueCoding?: FhirCoding;
  valueAttachment?: FhirAttachment;
}

/** Where our own extensions and code systems live. */
export const FAMWEL_FHIR = "https://famwel.org/fhir";
export const EXT = {
  at: `${FAMWEL_FHIR}/StructureDefinition/answered-at`,
  created: `${FAMWEL_FHIR}/StructureDefinition/created`,
  updated: `${FAMWEL_FHIR}/StructureDefinition/updated`,
  hash: `${FAMWEL_FHIR}/StructureDefinition/instrument-hash`,
  role: `${FAMWEL_FHIR}/StructureDefinition/respondent-role`,
  locale: `${FAMWEL_FHIR}/StructureDefinition/locale`,
  sectionType: `${FAMWEL_FHIR}/StructureDefinition/section-type`,
  /** A JSON value we keep verbatim (wheel order, reflection `about`, orphans, empty lists). */
  json: `${FAMWEL_FHIR}/StructureDefinition/json`,
  share: `${FAMWEL_FHIR}/StructureDefinition/share-consent`,
  multiple: `${FAMWEL_FHIR}/StructureDefinition/multiple-answer`,
  translation: "http://hl7.org/fhir/StructureDefinition/translation",
  itemControl: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
  minValue: "http://hl7.org/fhir/StructureDefinition/minValue",
  maxValue: "http://hl7.org/fhir/StructureDefinition/maxValue",
  sliderStep: "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue",
  maxDecimalPlaces: "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces",
} as const;
export const ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";
/** The canonical URL of an instrument as a Questionnaire; QuestionnaireResponse.questionnaire adds `|version`. */
export const questionnaireUrl = (id: string): string => `${FAMWEL_FHIR}/Questionnaire/${id}`;
/** Code system of the options of one list in one section (sectors, rings, an item's options…). */
export const codeSystem = (instrument: string, section: string, list: string): string =>
  `${FAMWEL_FHIR}/CodeSystem/${instrument}/${section}/${list}`;

const FHIR_STRING = /^[ \r\n\t\S]+$/u;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const FHIR_DATETIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

/** True when FHIR accepts `s` as an `id`. Ours also allow `_`, so not every famwel id is one. */
export const isFhirId = (s: string): boolean => FHIR_ID.test(s);

/** Display text made valid as a FHIR string: other whitespace becomes a space. For labels only. */
export function displayText(s: string): string {
  const out = s.replace(/[^ \r\n\t\S]/gu, " ");
  return out.length > 0 ? out : "-";
}

// Base64 of UTF-8, without Buffer or btoa's Latin-1 limits: runs the same in browsers and Node.
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : "=";
    out += i + 2 < bytes.length ? B64[n & 63]! : "=";
  }
  return out;
}
export function fromBase64Utf8(data: string): string {
  const clean = data.replace(/[\s=]/g, "");
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const c of clean) {
    const v = B64.indexOf(c);
    if (v < 0) throw new Error("not base64");
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 255);
    }
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
}

const TEXT_PLAIN = "text/plain; charset=utf-8";
/** A text answer: valueString when FHIR allows it, else UTF-8 in a text/plain attachment (empty text too). */
export function textAnswer(text: string): FhirAnswer {
  return FHIR_STRING.test(text)
    ? { valueString: text }
    : { valueAttachment: { contentType: TEXT_PLAIN, data: base64Utf8(text) } };
}
export function readText(answer: FhirAnswer | undefined): string | undefined {
  if (!answer) return undefined;
  if (typeof answer.valueString === "string") return answer.valueString;
  if (answer.valueAttachment && typeof answer.valueAttachment.data === "string")
    return fromBase64Utf8(answer.valueAttachment.data);
  return undefined;
}

/** A timestamp as an extension: valueDateTime when FHIR's pattern fits, else valueString (e.g. `t`, `z`). */
export function timeExtension(url: string, timestamp: string): FhirExtension {
  return FHIR_DATETIME.test(timestamp)
    ? { url, valueDateTime: timestamp }
    : { url, valueString: timestamp };
}
export const isFhirDateTime = (s: string): boolean => FHIR_DATETIME.test(s);

export function jsonExtension(name: string, value: unknown): FhirExtension {
  return {
    url: EXT.json,
    extension: [
      { url: "name", valueCode: name },
      { url: "value", valueString: JSON.stringify(value) },
    ],
  };
}

/** Finds the first extension with `url` (and, for EXT.json, the given name). */
export function findExtension(
  list: readonly FhirExtension[] | undefined,
  url: string,
  name?: string,
): FhirExtension | undefined {
  return (list ?? []).find(
    (e) =>
      e.url === url &&
      (name === undefined || e.extension?.some((x) => x.url === "name" && x.valueCode === name)),
  );
}
export function readJsonExtension(
  list: readonly FhirExtension[] | undefined,
  name: string,
): unknown {
  const ext = findExtension(list, EXT.json, name);
  const raw = ext?.extension?.find((x) => x.url === "value")?.valueString;
  return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
}
export function readTime(ext: FhirExtension | undefined): string | undefined {
  return ext?.valueDateTime ?? ext?.valueString;
}

/** `_text`-style element carrying the other locales of a localised string (FHIR translation extension). */
export function translations(
  map: Readonly<Record<string, string | undefined>> | undefined,
  defaultLocale: string,
): { extension: FhirExtension[] } | undefined {
  if (!map) return undefined;
  const extension = Object.entries(map)
    .filter((e): e is [string, string] => e[0] !== defaultLocale && !!e[1])
    .map(([locale, text]) => ({
      url: EXT.translation,
      extension: [
        { url: "lang", valueCode: locale },
        { url: "content", valueString: displayText(text) },
      ],
    }));
  return extension.length > 0 ? { extension } : undefined;
}
