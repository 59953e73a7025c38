// A response as a FHIR R4 QuestionnaireResponse, without loss: every answer, note, label, flag and
// timestamp of the wheel and the network map can be read back equal (fhir-response-read.ts; fhir.test.ts
// checks it on generated responses). Values FHIR cannot hold as they are travel in a form it can: text
// FHIR's string pattern refuses as a text/plain attachment, timestamps FHIR's dateTime refuses as
// strings, small structures without an item of their own (wheel order, reflection `about`, orphans, an
// empty link list) as JSON in a famwel extension.
import { DOMAIN_FIELDS, LINK_FIELDS, NODE_FIELDS } from "./fhir.js";
import {
  EXT,
  codeSystem,
  isFhirDateTime,
  isFhirId,
  jsonExtension,
  questionnaireUrl,
  textAnswer,
  timeExtension,
  type FhirExtension,
} from "./fhir-common.js";
import {
  RESPONSE_SYSTEM,
  fieldItems,
  numberAnswer,
  type FhirQuestionnaireResponse,
  type FhirResponseItem,
  type Obj,
} from "./fhir-fields.js";
import type { InstrumentDefinition, Response, SectionAnswer } from "./types.js";

export type { FhirQuestionnaireResponse, FhirResponseItem } from "./fhir-fields.js";

const at = (timestamp: string): FhirExtension[] => [timeExtension(EXT.at, timestamp)];

function sectionItem(
  sid: string,
  answer: SectionAnswer,
  def: InstrumentDefinition | undefined,
): FhirResponseItem {
  const items: FhirResponseItem[] = [];
  const extension: FhirExtension[] = [{ url: EXT.sectionType, valueCode: answer.type }];
  const sys = (list: string) => codeSystem(def?.id ?? "unknown", sid, list);
  switch (answer.type) {
    case "wheel": {
      const section = def?.sections.find((s) => s.id === sid);
      const known = new Set(section?.type === "wheel" ? section.domains.map((d) => d.id) : []);
      for (const [did, d] of Object.entries(answer.domains)) {
        if (!d) continue;
        const own = !known.has(did);
        const base = own ? `${sid}:added` : `${sid}/${did}`;
        items.push({
          linkId: base,
          extension: at(d.at),
          item: [
            ...(own ? [{ linkId: `${base}/id`, answer: [{ valueString: did }] }] : []),
            ...fieldItems(d as unknown as Obj, DOMAIN_FIELDS, base, sys),
          ],
        });
      }
      if (answer.order) extension.push(jsonExtension("order", answer.order));
      break;
    }
    case "network": {
      for (const [nid, n] of Object.entries(answer.nodes)) {
        if (!n) continue;
        const base = `${sid}:node`;
        items.push({
          linkId: base,
          extension: at(n.at),
          item: [
            { linkId: `${base}/id`, answer: [{ valueString: nid }] },
            ...fieldItems(n as unknown as Obj, NODE_FIELDS, base, sys),
          ],
        });
      }
      for (const l of answer.links ?? [])
        items.push({
          linkId: `${sid}:link`,
          extension: at(l.at),
          item: fieldItems(l as unknown as Obj, LINK_FIELDS, `${sid}:link`, sys),
        });
      if (answer.links?.length === 0) extension.push(jsonExtension("links", []));
      if (answer.coordinator)
        items.push({
          linkId: `${sid}:coordinator`,
          extension: at(answer.coordinator.at),
          item: [
            {
              linkId: `${sid}:coordinator/node`,
              answer: [{ valueString: answer.coordinator.node }],
            },
          ],
        });
      break;
    }
    case "reflection":
      for (const [pid, p] of Object.entries(answer.prompts)) {
        if (!p) continue;
        const ext = at(p.at);
        if (p.share !== undefined) ext.push({ url: EXT.share, valueBoolean: p.share });
        items.push({ linkId: `${sid}/${pid}`, extension: ext, answer: [textAnswer(p.text)] });
      }
      if (answer.about) extension.push(jsonExtension("about", answer.about));
      break;
    case "scale":
      for (const [iid, a] of Object.entries(answer.items))
        if (a)
          items.push({
            linkId: `${sid}/${iid}`,
            extension: at(a.at),
            answer: [numberAnswer(a.value)],
          });
      break;
    case "choice":
      for (const [iid, a] of Object.entries(answer.items)) {
        if (!a) continue;
        const values = Array.isArray(a.value) ? a.value : [a.value];
        const ext = at(a.at);
        if (Array.isArray(a.value)) ext.push({ url: EXT.multiple, valueBoolean: true });
        const item: FhirResponseItem = { linkId: `${sid}/${iid}`, extension: ext };
        if (values.length > 0)
          item.answer = values.map((code) => ({ valueCoding: { system: sys(iid), code } }));
        items.push(item);
      }
      break;
    case "text":
      for (const [iid, a] of Object.entries(answer.items))
        if (a)
          items.push({
            linkId: `${sid}/${iid}`,
            extension: at(a.at),
            answer: [textAnswer(a.value)],
          });
      break;
  }
  return { linkId: sid, extension, ...(items.length > 0 ? { item: items } : {}) };
}

/**
 * A response as a FHIR R4 QuestionnaireResponse to `toFhirQuestionnaire(definition)`. The definition
 * tells the domains it defines (linkId `wheel/home`) from those the family added (`wheel:added`).
 */
export function toFhirQuestionnaireResponse(
  response: Response,
  definition?: InstrumentDefinition,
): FhirQuestionnaireResponse {
  const extension: FhirExtension[] = [
    { url: EXT.hash, valueString: response.instrument.hash },
    { url: EXT.role, valueCode: response.role },
    timeExtension(EXT.created, response.created),
    timeExtension(EXT.updated, response.updated),
  ];
  if (response.orphans) extension.push(jsonExtension("orphans", response.orphans));
  return {
    resourceType: "QuestionnaireResponse",
    ...(isFhirId(response.id) ? { id: response.id } : {}),
    identifier: { system: RESPONSE_SYSTEM, value: response.id },
    questionnaire: `${questionnaireUrl(response.instrument.id)}|${response.instrument.version}`,
    status: response.status,
    ...(isFhirDateTime(response.updated) ? { authored: response.updated } : {}),
    language: response.locale,
    extension,
    item: Object.entries(response.answers).flatMap(([sid, a]) =>
      a ? [sectionItem(sid, a, definition)] : [],
    ),
  };
}
