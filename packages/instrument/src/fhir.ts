// An instrument definition as a FHIR R4 Questionnaire, so case systems that speak FHIR can store and
// show it. linkIds are built from our stable ids and never from positions: `section`, `section/item`,
// `section/domain/current`. Family-added domains, network nodes and links are repeating groups whose
// linkIds use `:` (`wheel:added`, `map:node`), which our ids cannot contain, so they never collide with
// an author's id. Sliders and radio buttons use the SDC itemControl extension; every other language
// of a text rides on `_text` with the FHIR translation extension.
import { localize } from "./localize.js";
import {
  EXT,
  ITEM_CONTROL_SYSTEM,
  codeSystem,
  displayText,
  isFhirId,
  questionnaireUrl,
  translations,
  type FhirCoding,
  type FhirExtension,
} from "./fhir-common.js";
import type { AnySection, InstrumentDefinition, LocalizedString, Option, Scale } from "./types.js";

export interface FhirQuestionnaireItem {
  linkId: string;
  text?: string;
  _text?: { extension: FhirExtension[] };
  type: "group" | "display" | "boolean" | "decimal" | "integer" | "string" | "text" | "choice";
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  answerOption?: Array<{ valueCoding: FhirCoding }>;
  extension?: FhirExtension[];
  item?: FhirQuestionnaireItem[];
}

export interface FhirQuestionnaire {
  resourceType: "Questionnaire";
  id?: string;
  url: string;
  identifier: Array<{ system: string; value: string }>;
  version: string;
  title: string;
  _title?: { extension: FhirExtension[] };
  status: "active";
  language: string;
  description?: string;
  /** A reading is about a child (Patient) or a family (Group). */
  subjectType: string[];
  item: FhirQuestionnaireItem[];
}

/** The values a wheel domain answer, a network node and a link are written as (fhir-response.ts too). */
export const DOMAIN_FIELDS = ["current", "desired", "note", "label", "custom", "removed"] as const;
export const NODE_FIELDS = [
  "catalog",
  "label",
  "kind",
  "sector",
  "ring",
  "position",
  "helpfulness",
  "frequency",
  "direction",
  "important",
  "note",
  "removed",
] as const;
export const LINK_FIELDS = ["a", "b", "cooperation", "note"] as const;
export const KINDS = ["service", "person", "group"] as const;
export const DIRECTIONS = ["to-family", "from-family", "both", "none"] as const;

type Item = FhirQuestionnaireItem;

interface Ctx {
  def: InstrumentDefinition;
}

function texts(ctx: Ctx, map: LocalizedString | undefined): Pick<Item, "text" | "_text"> {
  if (!map) return {};
  const text = displayText(localize(map, ctx.def.defaultLocale).text);
  const other = translations(map, ctx.def.defaultLocale);
  return other ? { text, _text: other } : { text };
}

function control(code: string): FhirExtension {
  return {
    url: EXT.itemControl,
    valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code }] },
  };
}

/** A number on a scale: integer or decimal by the scale's step, shown as an SDC slider. */
function scaleItem(linkId: string, text: Partial<Item>, scale: Scale, required = false): Item {
  const step = scale.step ?? 1;
  const integer = Number.isInteger(step);
  const bound = (url: string, v: number): FhirExtension =>
    integer ? { url, valueInteger: v } : { url, valueDecimal: v };
  const extension = [
    control("slider"),
    bound(EXT.minValue, scale.min),
    bound(EXT.maxValue, scale.max),
    ...(integer ? [{ url: EXT.sliderStep, valueInteger: step }] : []),
  ];
  return {
    linkId,
    ...text,
    type: integer ? "integer" : "decimal",
    ...(required ? { required } : {}),
    extension,
  };
}

function coding(ctx: Ctx, system: string, option: Option): { valueCoding: FhirCoding } {
  const label = texts(ctx, option.label);
  return {
    valueCoding: {
      system,
      code: option.id,
      ...(label.text ? { display: label.text } : {}),
      ...(label._text ? { _display: label._text } : {}),
    },
  };
}

function choice(
  ctx: Ctx,
  linkId: string,
  system: string,
  options: readonly Option[],
  extra: Partial<Item> = {},
  code = "radio-button",
): Item {
  return {
    linkId,
    type: "choice",
    answerOption: options.map((o) => coding(ctx, system, o)),
    extension: [control(code)],
    ...extra,
  };
}

const plain = (linkId: string, type: Item["type"], extra: Partial<Item> = {}): Item => ({
  linkId,
  type,
  ...extra,
});
const codes = (list: readonly string[]): Option[] => list.map((id) => ({ id, label: { en: id } }));

function section(ctx: Ctx, s: AnySection): Item {
  const sid = s.id;
  const group: Item = { linkId: sid, ...texts(ctx, s.title), type: "group", item: [] };
  const items = group.item!;
  switch (s.type) {
    case "wheel": {
      const fields = (base: string): Item[] => [
        scaleItem(`${base}/current`, {}, s.scale, s.required),
        ...(s.desired ? [scaleItem(`${base}/desired`, {}, s.scale)] : []),
        ...(s.notes ? [plain(`${base}/note`, "text", texts(ctx, s.notePrompt))] : []),
        ...(s.custom?.rename ? [plain(`${base}/label`, "string")] : []),
        ...(s.custom?.remove ? [plain(`${base}/removed`, "boolean")] : []),
      ];
      for (const d of s.domains)
        items.push({
          linkId: `${sid}/${d.id}`,
          ...texts(ctx, d.label),
          type: "group",
          item: fields(`${sid}/${d.id}`),
        });
      if (s.custom?.add)
        items.push({
          linkId: `${sid}:added`,
          type: "group",
          repeats: true,
          item: [
            plain(`${sid}:added/id`, "string", { readOnly: true }),
            plain(`${sid}:added/label`, "string", { required: true }),
            ...fields(`${sid}:added`).filter((i) => !i.linkId.endsWith("/label")),
          ],
        });
      break;
    }
    case "network": {
      const base = `${sid}:node`;
      const sys = (list: string) => codeSystem(ctx.def.id, sid, list);
      const rate = s.rate ?? {};
      const node: Item[] = [
        plain(`${base}/id`, "string", { readOnly: true }),
        ...(s.catalog?.length
          ? [choice(ctx, `${base}/catalog`, sys("catalog"), s.catalog, {}, "drop-down")]
          : []),
        plain(`${base}/label`, "string"),
        choice(ctx, `${base}/kind`, sys("kind"), codes(KINDS)),
        choice(ctx, `${base}/sector`, sys("sector"), s.sectors, { required: true }),
        choice(ctx, `${base}/ring`, sys("ring"), s.rings, { required: true }),
        plain(`${base}/position`, "decimal", { readOnly: true }),
        ...(rate.helpfulness ? [scaleItem(`${base}/helpfulness`, {}, rate.helpfulness)] : []),
        ...(rate.frequency
          ? [choice(ctx, `${base}/frequency`, sys("frequency"), rate.frequency.options)]
          : []),
        ...(rate.direction
          ? [choice(ctx, `${base}/direction`, sys("direction"), codes(DIRECTIONS))]
          : []),
        ...(rate.important ? [plain(`${base}/important`, "boolean")] : []),
        ...(rate.note ? [plain(`${base}/note`, "text")] : []),
        plain(`${base}/removed`, "boolean"),
      ];
      items.push({ linkId: base, type: "group", repeats: true, item: node });
      items.push({
        linkId: `${sid}:link`,
        ...texts(ctx, s.cooperation?.prompt),
        type: "group",
        repeats: true,
        item: [
          plain(`${sid}:link/a`, "string", { required: true }),
          plain(`${sid}:link/b`, "string", { required: true }),
          ...(s.cooperation ? [scaleItem(`${sid}:link/cooperation`, {}, s.cooperation.scale)] : []),
          plain(`${sid}:link/note`, "text"),
        ],
      });
      if (s.coordinator)
        items.push({
          linkId: `${sid}:coordinator`,
          ...texts(ctx, s.coordinator.label),
          type: "group",
          item: [plain(`${sid}:coordinator/node`, "string")],
        });
      break;
    }
    case "reflection":
      for (const p of s.prompts)
        items.push({
          linkId: `${sid}/${p.id}`,
          ...texts(ctx, p.label),
          type: "text",
          maxLength: p.maxLength ?? 2000,
          ...(p.required ? { required: true } : {}),
          ...(p.guidance
            ? { item: [plain(`${sid}/${p.id}/guidance`, "display", texts(ctx, p.guidance))] }
            : {}),
        });
      break;
    case "scale":
      for (const it of s.items)
        items.push(scaleItem(`${sid}/${it.id}`, texts(ctx, it.label), s.scale, it.required));
      break;
    case "choice":
      for (const it of s.items)
        items.push(
          choice(
            ctx,
            `${sid}/${it.id}`,
            codeSystem(ctx.def.id, sid, it.id),
            it.options,
            {
              ...texts(ctx, it.label),
              ...(it.required ? { required: true } : {}),
              ...(it.multiple ? { repeats: true } : {}),
            },
            it.multiple ? "check-box" : "radio-button",
          ),
        );
      break;
    case "text":
      for (const it of s.items)
        items.push({
          linkId: `${sid}/${it.id}`,
          ...texts(ctx, it.label),
          type: it.multiline === false ? "string" : "text",
          maxLength: it.maxLength ?? 2000,
          ...(it.required ? { required: true } : {}),
        });
      break;
  }
  if (items.length === 0) delete group.item;
  return group;
}

/** The definition as a FHIR R4 Questionnaire (pure; the definition is not changed). */
export function toFhirQuestionnaire(definition: InstrumentDefinition): FhirQuestionnaire {
  const ctx: Ctx = { def: definition };
  const title = texts(ctx, definition.title);
  const description = definition.description
    ? displayText(localize(definition.description, definition.defaultLocale).text)
    : undefined;
  return {
    resourceType: "Questionnaire",
    ...(isFhirId(definition.id) ? { id: definition.id } : {}),
    url: questionnaireUrl(definition.id),
    identifier: [{ system: `${questionnaireUrl("")}`.replace(/\/$/, ""), value: definition.id }],
    version: definition.version,
    title: title.text ?? definition.id,
    ...(title._text ? { _title: title._text } : {}),
    status: "active",
    language: definition.defaultLocale,
    ...(description ? { description } : {}),
    subjectType: ["Patient", "Group"],
    item: definition.sections.map((s) => section(ctx, s)),
  };
}
