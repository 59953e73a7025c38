// The inverse of fhir-response.ts: a famwel response from a QuestionnaireResponse we wrote (or one a
// system kept our linkIds and extensions in). Hostile input is expected: nothing here throws, and
// what comes out is checked by parseResponse like any other response.
import {
  EXT,
  findExtension,
  questionnaireUrl,
  readJsonExtension,
  readText,
  readTime,
} from "./fhir-common.js";
import {
  readFields,
  type FhirQuestionnaireResponse,
  type FhirResponseItem,
  type Obj,
} from "./fhir-fields.js";
import { parseResponse } from "./parse-response.js";
import type { InstrumentDefinition, ParseResult, Response } from "./types.js";

function readSection(group: FhirResponseItem, type: string): Obj {
  const sid = group.linkId;
  const children = group.item ?? [];
  const json = (name: string) => readJsonExtension(group.extension, name);
  const byId = (base: string): Array<[string, Obj]> =>
    children
      .filter((c) => c.linkId === base)
      .map((c) => {
        const { id, ...rest } = readFields(c, base);
        return [String(id), rest];
      });
  switch (type) {
    case "wheel": {
      const domains: Obj = {};
      for (const c of children) {
        if (c.linkId === `${sid}:added`) {
          const { id, ...rest } = readFields(c, c.linkId);
          domains[String(id)] = rest;
        } else domains[c.linkId.slice(sid.length + 1)] = readFields(c, c.linkId);
      }
      const order = json("order");
      return { type, domains, ...(order !== undefined ? { order } : {}) };
    }
    case "network": {
      const out: Obj = { type, nodes: Object.fromEntries(byId(`${sid}:node`)) };
      const links = children
        .filter((c) => c.linkId === `${sid}:link`)
        .map((c) => readFields(c, c.linkId));
      if (links.length > 0 || json("links") !== undefined) out.links = links;
      const coordinator = children.find((c) => c.linkId === `${sid}:coordinator`);
      if (coordinator) out.coordinator = readFields(coordinator, coordinator.linkId);
      return out;
    }
    case "reflection": {
      const prompts: Obj = {};
      for (const c of children) {
        const share = findExtension(c.extension, EXT.share)?.valueBoolean;
        prompts[c.linkId.slice(sid.length + 1)] = {
          text: readText(c.answer?.[0]),
          ...(share !== undefined ? { share } : {}),
          at: readTime(findExtension(c.extension, EXT.at)),
        };
      }
      const about = json("about");
      return { type, prompts, ...(about !== undefined ? { about } : {}) };
    }
    default: {
      const items: Obj = {};
      for (const c of children) {
        const answers = c.answer ?? [];
        const value =
          type === "scale"
            ? (answers[0]?.valueInteger ?? answers[0]?.valueDecimal)
            : type === "text"
              ? readText(answers[0])
              : findExtension(c.extension, EXT.multiple)?.valueBoolean
                ? answers.map((a) => a.valueCoding?.code)
                : answers[0]?.valueCoding?.code;
        items[c.linkId.slice(sid.length + 1)] = {
          value,
          at: readTime(findExtension(c.extension, EXT.at)),
        };
      }
      return { type, items };
    }
  }
}

function fhirProblem(pointer: string, en: string, nb: string) {
  return { pointer, rule: "fhir", message: { nb, en } };
}

/**
 * The famwel response in a QuestionnaireResponse written by toFhirQuestionnaireResponse (or a system
 * that kept its linkIds and extensions). Never throws: the result is checked with parseResponse, and
 * against `definition` when given.
 */
export function fromFhirQuestionnaireResponse(
  qr: unknown,
  definition?: InstrumentDefinition,
): ParseResult<Response> {
  try {
    const r = qr as FhirQuestionnaireResponse;
    if (r === null || typeof r !== "object" || r.resourceType !== "QuestionnaireResponse")
      return {
        ok: false,
        errors: [
          fhirProblem(
            "/resourceType",
            "Not a FHIR QuestionnaireResponse.",
            "Ikke en FHIR QuestionnaireResponse.",
          ),
        ],
        warnings: [],
      };
    const [url, version] = String(r.questionnaire ?? "").split("|");
    const prefix = questionnaireUrl("");
    const ext = Array.isArray(r.extension) ? r.extension : [];
    const answers: Obj = {};
    for (const group of Array.isArray(r.item) ? r.item : []) {
      const type =
        findExtension(group.extension, EXT.sectionType)?.valueCode ??
        definition?.sections.find((s) => s.id === group.linkId)?.type;
      if (type) answers[group.linkId] = readSection(group, type);
    }
    const orphans = readJsonExtension(ext, "orphans");
    const response: Obj = {
      id: r.identifier?.value ?? r.id,
      instrument: {
        id: url?.startsWith(prefix) ? url.slice(prefix.length) : url,
        version,
        hash: findExtension(ext, EXT.hash)?.valueString,
      },
      role: findExtension(ext, EXT.role)?.valueCode,
      locale: r.language,
      status: r.status,
      created: readTime(findExtension(ext, EXT.created)),
      updated: readTime(findExtension(ext, EXT.updated)) ?? r.authored,
      answers,
      ...(orphans !== undefined ? { orphans } : {}),
    };
    return parseResponse(response, definition ? { instrument: definition } : {});
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        fhirProblem(
          "",
          `Could not read the QuestionnaireResponse (${detail}).`,
          `Kunne ikke lese QuestionnaireResponse (${detail}).`,
        ),
      ],
      warnings: [],
    };
  }
}
