// The three synthetic families the seed stores: ratings per domain as a start and a change per
// reading, who is in their map and how helpful, and what their employees wrote. Invented people and
// invented words; any likeness to a real family is chance.
import type { Family } from "./db.js";

export const DOMAINS = [
  "housing",
  "economy",
  "health",
  "family-life",
  "children",
  "everyday",
  "network",
  "leisure",
  "safety",
  "services",
] as const;

export interface NodeSeed {
  catalog: string;
  kind: "person" | "service";
  sector: string;
  ring: string;
  position: number;
  /** Helpfulness 0–4 in each of the four readings; null: not in the map yet. */
  help: (number | null)[];
}

export interface FamilySeed extends Family {
  /** Ratings 0–10 per domain (in DOMAINS order) in the first reading, and the change per reading. */
  start: number[];
  step: number[];
  desired: number[];
  custom?: { id: string; label: string; values: number[] };
  nodes: NodeSeed[];
  /** Pairs of nodes (by catalog id) and how well they cooperate 0–3 in each reading. */
  links: [string, string, number[]][];
  reflections: Reflect[];
}

export interface Reflect {
  reading: number;
  texts: Partial<Record<string, string>>;
  share: string[];
}

export const DATES = ["2026-02-10", "2026-04-14", "2026-07-01", "2026-10-06"];

export const FAMILIES: FamilySeed[] = [
  {
    id: "f-nordli",
    name: "Familien Nordli",
    caseRef: "2026/0142",
    caseworker: "Kari Lund",
    created: "2026-01-20T09:00:00.000Z",
    start: [2, 1, 5, 4, 5, 3, 3, 2, 6, 3],
    step: [1, 1, 0, 1, 0.5, 1, 0.5, 1, 0.5, 1.5],
    desired: [8, 6, 8, 8, 9, 7, 6, 6, 9, 7],
    nodes: [
      {
        catalog: "grandparents",
        kind: "person",
        sector: "family",
        ring: "close",
        position: 0.4,
        help: [3, 3, 4, 4],
      },
      {
        catalog: "school",
        kind: "service",
        sector: "school",
        ring: "middle",
        position: 0.5,
        help: [1, 2, 2, 3],
      },
      {
        catalog: "nav-office",
        kind: "service",
        sector: "welfare",
        ring: "distant",
        position: 0.3,
        help: [0, 1, 2, 3],
      },
      {
        catalog: "child-welfare",
        kind: "service",
        sector: "welfare",
        ring: "middle",
        position: 0.7,
        help: [2, 2, 3, 3],
      },
      {
        catalog: "housing-office",
        kind: "service",
        sector: "welfare",
        ring: "distant",
        position: 0.8,
        help: [null, 1, 3, 3],
      },
    ],
    links: [
      ["school", "child-welfare", [1, 1, 2, 3]],
      ["nav-office", "child-welfare", [0, 1, 2, 2]],
    ],
    reflections: [
      {
        reading: 2,
        share: ["employee-practice", "employee-other-services", "employee-do-differently"],
        texts: {
          "employee-good-life":
            "Et trygt sted å bo og en hverdag der pengene strekker til ut måneden.",
          "employee-surprised": "Hvor mye besteforeldrene bærer i hverdagen.",
          "employee-practice":
            "Jeg har spurt mer om hva som virker, og mindre om hva som er vanskelig.",
          "employee-other-services":
            "NAV og skolen visste ikke om hverandre før vi satte oss sammen.",
          "employee-do-differently":
            "Avtale ett felles møte med NAV og skolen i stedet for tre hver for seg.",
        },
      },
      {
        reading: 3,
        share: ["employee-practice", "employee-do-differently"],
        texts: {
          "employee-good-life": "At barna kan invitere venner hjem.",
          "employee-practice":
            "Vi bruker hjulet i starten av hvert møte; familien leder samtalen mer.",
          "employee-do-differently": "Følge opp boligsøknaden tettere, med en fast dato for svar.",
        },
      },
    ],
  },
  {
    id: "f-haugen",
    name: "Familien Haugen",
    caseRef: "2026/0217",
    caseworker: "Jonas Berg",
    created: "2026-02-01T09:00:00.000Z",
    start: [6, 4, 3, 5, 4, 5, 6, 4, 7, 4],
    step: [0, 0.5, 1, 0.5, 1, 0.5, 0, 1, 0, 1],
    desired: [7, 7, 8, 8, 8, 8, 7, 7, 9, 8],
    nodes: [
      {
        catalog: "friends",
        kind: "person",
        sector: "family",
        ring: "close",
        position: 0.6,
        help: [3, 3, 3, 4],
      },
      {
        catalog: "bup",
        kind: "service",
        sector: "health",
        ring: "middle",
        position: 0.4,
        help: [1, 2, 3, 3],
      },
      {
        catalog: "school-health",
        kind: "service",
        sector: "health",
        ring: "middle",
        position: 0.7,
        help: [2, 2, 2, 3],
      },
      {
        catalog: "school",
        kind: "service",
        sector: "school",
        ring: "middle",
        position: 0.3,
        help: [2, 2, 3, 3],
      },
      {
        catalog: "coordinating-unit",
        kind: "service",
        sector: "welfare",
        ring: "middle",
        position: 0.5,
        help: [null, null, 3, 4],
      },
    ],
    links: [
      ["bup", "school", [0, 1, 2, 3]],
      ["school-health", "school", [2, 2, 3, 3]],
    ],
    reflections: [
      {
        reading: 2,
        share: ["employee-practice", "employee-do-differently"],
        texts: {
          "employee-good-life": "Ro hjemme og at eldstemann kommer seg på skolen hver dag.",
          "employee-practice": "Jeg lar familien velge hvilket område vi snakker om først.",
          "employee-do-differently":
            "Få BUP og skolen til å snakke sammen før neste ansvarsgruppemøte.",
        },
      },
      {
        reading: 3,
        share: ["employee-practice", "employee-other-services", "employee-do-differently"],
        texts: {
          "employee-good-life": "At mor får sove og at helgene blir gode.",
          "employee-surprised": "At koordinerende enhet gjorde så stor forskjell så raskt.",
          "employee-practice": "Kortere møter, tydelige avtaler, og familien får referatet først.",
          "employee-other-services": "Skolehelsetjenesten og BUP deler nå samme plan.",
          "employee-do-differently": "Spørre barna selv, med ansiktsskalaen, ikke bare foreldrene.",
        },
      },
    ],
  },
  {
    id: "f-aziz",
    name: "Familien Aziz",
    caseRef: "2026/0305",
    caseworker: "Kari Lund",
    created: "2026-02-15T09:00:00.000Z",
    start: [3, 2, 6, 7, 6, 4, 1, 3, 7, 2],
    step: [1, 0.5, 0, 0, 0.5, 1, 1.5, 1, 0, 1.5],
    desired: [8, 7, 8, 9, 9, 8, 7, 7, 9, 8],
    custom: { id: "c-language", label: "Norskopplæring", values: [3, 4, 6, 7] },
    nodes: [
      {
        catalog: "refugee-service",
        kind: "service",
        sector: "welfare",
        ring: "close",
        position: 0.5,
        help: [3, 3, 3, 3],
      },
      {
        catalog: "adult-education",
        kind: "service",
        sector: "school",
        ring: "middle",
        position: 0.6,
        help: [2, 3, 3, 4],
      },
      {
        catalog: "health-clinic",
        kind: "service",
        sector: "health",
        ring: "middle",
        position: 0.5,
        help: [3, 3, 3, 3],
      },
      {
        catalog: "neighbours",
        kind: "person",
        sector: "family",
        ring: "middle",
        position: 0.3,
        help: [null, 2, 3, 3],
      },
      {
        catalog: "youth-club",
        kind: "service",
        sector: "leisure",
        ring: "distant",
        position: 0.5,
        help: [null, null, 2, 3],
      },
    ],
    links: [
      ["refugee-service", "adult-education", [2, 2, 3, 3]],
      ["refugee-service", "health-clinic", [1, 2, 2, 2]],
    ],
    reflections: [
      {
        reading: 2,
        share: ["employee-practice", "employee-do-differently"],
        texts: {
          "employee-good-life": "Venner for barna og jobb for far.",
          "employee-practice": "Tolk på alle møter, også de korte.",
          "employee-do-differently": "Bruke familiens egne ord for områdene i hjulet, ikke våre.",
        },
      },
      {
        reading: 3,
        share: ["employee-other-services", "employee-do-differently"],
        texts: {
          "employee-good-life": "At de kjenner noen i nabolaget å spørre om hjelp.",
          "employee-other-services": "Flyktningtjenesten og voksenopplæringen samarbeider godt.",
          "employee-do-differently": "Koble familien til fritidsklubben tidligere.",
        },
      },
    ],
  },
];
