// Which elements the security suite loads, and in which states: plain data, read by the browser
// harness (pages/harness.ts builds each page from it) and by the Node tests (one test per page).
// Adding an element is one entry here; adding a state is one line in an element's `states`.
// Property values: "$instrument" stands for the element's bundled definition, loaded by the harness.

export type StateName =
  | "empty"
  | "rated"
  | "readonly"
  | "compare"
  | "list"
  | "error"
  | "rtl"
  | "prototype-ids"
  | "required"
  | "src"
  | "src-404";

/** How to operate an element by keyboard: focus a control in its shadow root, press keys. */
export interface Operation {
  focus: string;
  /** Text typed first (Playwright `keyboard.type`), if any. */
  type?: string;
  keys: string[];
}

export interface ElementCase {
  key: string;
  tag: string;
  /** File in packages/elements/dist/define/ that registers the tag. */
  define: string;
  /** File in packages/instruments/definitions/. */
  instrument: string;
  /** The properties each state sets on the element. */
  states: Partial<Record<StateName, Record<string, unknown>>>;
  /** A keyboard edit that must change `value` (in editable states) and leave it alone when read-only. */
  operate?: Partial<Record<StateName, Operation>>;
  /** A definition the element must refuse, and the JSON pointer its error must name. */
  bad: { definition: unknown; pointer: string };
  /** Text the element's alert must contain in a state other than "error" (default: no alert). */
  alerts?: Partial<Record<StateName, string>>;
  /** Where the answer is read, when not the element's own `value`: a selector in its shadow root. */
  answerIn?: string;
}

const at = "2026-10-01T10:00:00.000Z";

export const wheelRated = {
  type: "wheel",
  domains: {
    housing: { current: 4, desired: 8, note: "For trangt, barna deler rom.", at },
    economy: { current: 2, desired: 6, at },
    health: { current: 6, at },
    "c-grandma": { custom: true, label: "Mormor i Steinkjer", current: 9, at },
  },
  order: ["c-grandma"],
};

export const mapRated = {
  type: "network",
  nodes: {
    "child-welfare": {
      catalog: "child-welfare",
      kind: "service",
      sector: "welfare",
      ring: "middle",
      position: 0.3,
      helpfulness: 3,
      important: true,
      at,
    },
    school: {
      catalog: "school",
      kind: "service",
      sector: "school",
      ring: "close",
      position: 0.5,
      important: true,
      at,
    },
    "p-neighbourxx": {
      label: "Naboen Kari",
      kind: "person",
      sector: "family",
      ring: "middle",
      position: 0.2,
      note: "Henter i barnehagen",
      at,
    },
  },
  links: [{ a: "school", b: "child-welfare", cooperation: 3, at }],
  coordinator: { node: "child-welfare", at },
};

/** Ids that name Object.prototype members: valid ids, and a trap for `answers[id]` lookups. */
export const prototypeIds = ["constructor", "toString", "valueOf", "hasOwnProperty"];

const wheelSlider: Operation = { focus: "[role=slider]", keys: ["End"] };

export const ELEMENTS: ElementCase[] = [
  {
    key: "wheel",
    tag: "famwel-life-wheel",
    define: "famwel-life-wheel.js",
    instrument: "family-wheel.json",
    states: {
      empty: { instrument: "$instrument" },
      rated: { instrument: "$instrument", value: wheelRated },
      readonly: { instrument: "$instrument", value: wheelRated, readonly: true },
      compare: {
        instrument: "$instrument",
        value: wheelRated,
        compare: [
          {
            label: "Forrige gang",
            value: { type: "wheel", domains: { housing: { current: 2, at } } },
          },
        ],
      },
      list: { instrument: "$instrument", value: wheelRated, view: "table" },
      error: { definition: "$bad" },
      rtl: { instrument: "$instrument", value: wheelRated, locale: "ar" },
      // Every domain must be rated before the form submits.
      required: {
        definition: {
          type: "wheel",
          id: "w",
          title: { nb: "Hjul" },
          scale: { min: 0, max: 10 },
          required: true,
          domains: [
            { id: "home", label: { nb: "Bolig" } },
            { id: "money", label: { nb: "Økonomi" } },
          ],
        },
      },
      "prototype-ids": {
        definition: {
          type: "wheel",
          id: "w",
          title: { nb: "Hjul" },
          scale: { min: 0, max: 10 },
          domains: prototypeIds.map((id) => ({ id, label: { nb: id } })),
        },
      },
    },
    operate: {
      required: wheelSlider,
      empty: wheelSlider,
      rated: wheelSlider,
      readonly: wheelSlider,
      compare: wheelSlider,
      rtl: wheelSlider,
      list: { focus: "table select", keys: ["ArrowDown"] },
      "prototype-ids": wheelSlider,
    },
    bad: {
      definition: {
        type: "wheel",
        id: "w",
        title: { nb: "Hjul" },
        scale: { min: 0, max: 10 },
        domains: [{ id: "bad id!", label: { nb: "X" } }],
      },
      pointer: "/domains/0/id",
    },
  },
  {
    key: "map",
    tag: "famwel-service-map",
    define: "famwel-service-map.js",
    instrument: "service-network.json",
    states: {
      empty: { instrument: "$instrument" },
      rated: { instrument: "$instrument", value: mapRated },
      readonly: { instrument: "$instrument", value: mapRated, readonly: true },
      compare: {
        instrument: "$instrument",
        value: mapRated,
        compare: {
          label: "Forrige gang",
          value: {
            type: "network",
            nodes: { school: { ...mapRated.nodes.school, ring: "distant" } },
            links: [],
          },
        },
      },
      list: { instrument: "$instrument", value: mapRated, view: "list" },
      error: { definition: "$bad" },
      rtl: { instrument: "$instrument", value: mapRated, locale: "ar" },
    },
    operate: {
      empty: { focus: ".add input[name=label]", type: "Mormor", keys: ["Enter"] },
      rated: { focus: ".node", keys: ["Shift+ArrowUp"] },
      readonly: { focus: ".node", keys: ["Shift+ArrowUp"] },
      compare: { focus: ".node", keys: ["Shift+ArrowUp"] },
      rtl: { focus: ".node", keys: ["Shift+ArrowUp"] },
      list: { focus: "table select", keys: ["ArrowDown"] },
    },
    bad: {
      definition: {
        type: "network",
        id: "n",
        title: { nb: "Kart" },
        rings: [],
        sectors: [],
      },
      pointer: "/rings",
    },
  },
];

const reflectionAnswer = {
  type: "reflection",
  prompts: {
    "family-what-helps": { text: "Mormor henter i barnehagen to dager i uka.", share: true, at },
  },
};

const reading = (date: string, housing: number, economy: number) => ({
  id: `r-${date}`,
  instrument: { id: "famwel.family-wheel", version: "1.0.0", hash: `sha256:${"0".repeat(64)}` },
  role: "family",
  locale: "nb",
  status: "completed",
  created: `${date}T12:00:00Z`,
  updated: `${date}T12:00:00Z`,
  answers: {
    wheel: {
      type: "wheel",
      domains: { housing: { current: housing, at }, economy: { current: economy, at } },
    },
  },
});

const typeInTextarea: Operation = { focus: "textarea", type: "Hei", keys: [] };

ELEMENTS.push(
  {
    key: "reflection",
    tag: "famwel-reflection",
    define: "famwel-reflection.js",
    instrument: "reflection.json",
    states: {
      empty: { instrument: "$instrument", role: "family" },
      rated: { instrument: "$instrument", role: "family", value: reflectionAnswer },
      readonly: {
        instrument: "$instrument",
        role: "family",
        value: reflectionAnswer,
        readonly: true,
      },
      error: { definition: "$bad" },
      rtl: { instrument: "$instrument", role: "family", value: reflectionAnswer, locale: "ar" },
    },
    operate: {
      empty: typeInTextarea,
      rated: typeInTextarea,
      rtl: typeInTextarea, // read-only shows the answers as text: nothing to type into
    },
    bad: {
      definition: {
        type: "reflection",
        id: "r",
        title: { nb: "Refleksjon" },
        prompts: [{ id: "bad id!", roles: ["family"], label: { nb: "Hva hjelper?" } }],
      },
      pointer: "/prompts/0/id",
    },
  },
  {
    key: "progress-chart",
    tag: "famwel-progress-chart",
    define: "famwel-progress-chart.js",
    instrument: "family-wheel.json",
    states: {
      empty: { instrument: "$instrument", responses: [] },
      rated: {
        instrument: "$instrument",
        responses: [reading("2026-09-01", 3, 2), reading("2026-11-20", 5, 5)],
      },
      error: { definition: "$bad" },
      rtl: {
        instrument: "$instrument",
        responses: [reading("2026-09-01", 3, 2), reading("2026-11-20", 5, 5)],
        locale: "ar",
      },
    },
    bad: {
      definition: {
        type: "wheel",
        id: "w",
        title: { nb: "Hjul" },
        scale: { min: 0, max: 10 },
        domains: [{ id: "bad id!", label: { nb: "X" } }],
      },
      pointer: "/domains/0/id",
    },
  },
  {
    key: "instrument",
    tag: "famwel-instrument",
    define: "famwel-instrument.js",
    instrument: "family.json",
    answerIn: "famwel-life-wheel",
    states: {
      empty: { instrument: "$instrument", role: "family" },
      // Same-origin loading by URL, and a definition that is not there (issue 8, item 6).
      src: { src: "/defs/family.json", role: "family" },
      "src-404": { src: "/defs/no-such-instrument.json", role: "family" },
      error: { instrument: "$bad", role: "family" },
      rtl: { instrument: "$instrument", role: "family", locale: "ar" },
    },
    operate: {
      empty: wheelSlider,
      src: wheelSlider,
      rtl: wheelSlider,
    },
    alerts: { "src-404": "404" },
    bad: {
      definition: {
        id: "x",
        version: "1.0.0",
        title: { nb: "X" },
        locales: ["nb"],
        defaultLocale: "nb",
        roles: ["family"],
        sections: [{ type: "zzz", id: "s" }],
      },
      pointer: "/sections/0/type",
    },
  },
);

/** Every page of the harness: one per element and state. */
export const PAGES = ELEMENTS.flatMap((c) =>
  (Object.keys(c.states) as StateName[]).map((state) => ({ element: c.key, state })),
);
