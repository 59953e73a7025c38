// The demo portal: paste an instrument definition or a response, see its problems with line, column
// and JSON Pointer, and jump to each one. Everything that comes from the pasted text is rendered with
// textContent (it is hostile input); the page runs under a strict CSP with Trusted Types enforced.
// scripts/build.mjs bundles this file with esbuild into assets/validate.js (the parsers are not in
// the elements' famwel.js); the page loads that one file.
import { parseInstrument, parseResponse, type ParseResult, type Problem } from "@famwel/instrument";
import { colorSchemeSwitch } from "../assets/color-scheme.js";

type Lang = "nb" | "en";

const strings = {
  nb: {
    nav: "Sider",
    navWheel: "Livshjulet",
    navDesignsystemet: "Livshjulet i Designsystemet",
    navValidate: "Sjekk en definisjon",
    dark: "Mørkt tema",
    pageTitle: "famwel – sjekk en instrumentdefinisjon",
    language: "Språk",
    title: "Sjekk en instrumentdefinisjon",
    intro:
      "Lim inn en instrumentdefinisjon eller et svar i JSON. Problemene vises under teksten, med linje, kolonne og JSON-peker. Ingenting sendes noe sted: alt skjer i nettleseren din.",
    label: "Instrumentdefinisjon eller svar (JSON)",
    hint: "Sjekkes mens du skriver. Velg et problem i listen for å gå til stedet i teksten.",
    validate: "Sjekk",
    exampleValid: "Sett inn et eksempel",
    exampleInvalid: "Sett inn et eksempel med feil",
    result: "Resultat",
    footer:
      "Eksempelside for famwel. Den kjører under en streng innholdssikkerhetspolicy (CSP) med Trusted Types, uten skript eller stiler i selve siden, og viser all tekst fra JSON-en som ren tekst.",
    empty: "Lim inn JSON i tekstfeltet for å sjekke det.",
    validInstrument: "Gyldig instrumentdefinisjon.",
    validResponse: "Gyldig svar (sjekket mot skjemaet for svar).",
    invalid: "Ikke gyldig:",
    errors: (n: number) => `${n} feil`,
    warnings: (n: number) => `${n} ${n === 1 ? "advarsel" : "advarsler"}`,
    noWarnings: "Ingen advarsler.",
    error: "Feil",
    warning: "Advarsel",
    at: (line: number, column: number) => `Linje ${line}, kolonne ${column}`,
    noPosition: "Hele dokumentet",
    kind: "Kan ikke se om dette er en instrumentdefinisjon (den har «sections») eller et svar (det har «answers»).",
  },
  en: {
    nav: "Pages",
    navWheel: "The life wheel",
    navDesignsystemet: "The life wheel in Designsystemet",
    navValidate: "Check a definition",
    dark: "Dark theme",
    pageTitle: "famwel – check an instrument definition",
    language: "Language",
    title: "Check an instrument definition",
    intro:
      "Paste an instrument definition or a response as JSON. Its problems are listed below the text, with line, column and JSON Pointer. Nothing is sent anywhere: it all happens in your browser.",
    label: "Instrument definition or response (JSON)",
    hint: "Checked as you type. Choose a problem in the list to go to its place in the text.",
    validate: "Check",
    exampleValid: "Insert an example",
    exampleInvalid: "Insert an example with mistakes",
    result: "Result",
    footer:
      "Example page for famwel. It runs under a strict Content Security Policy with Trusted Types, with no scripts or styles in the page itself, and shows all text from the JSON as plain text.",
    empty: "Paste JSON into the text field to check it.",
    validInstrument: "Valid instrument definition.",
    validResponse: "Valid response (checked against the response schema).",
    invalid: "Not valid:",
    errors: (n: number) => `${n} ${n === 1 ? "error" : "errors"}`,
    warnings: (n: number) => `${n} ${n === 1 ? "warning" : "warnings"}`,
    noWarnings: "No warnings.",
    error: "Error",
    warning: "Warning",
    at: (line: number, column: number) => `Line ${line}, column ${column}`,
    noPosition: "Whole document",
    kind: 'Cannot tell whether this is an instrument definition (it has "sections") or a response (it has "answers").',
  },
} satisfies Record<Lang, Record<string, unknown>>;

type Key = {
  [K in keyof (typeof strings)["nb"]]: (typeof strings)["nb"][K] extends string ? K : never;
}[keyof (typeof strings)["nb"]];

const exampleInstrument = `{
  "id": "example.family-wheel",
  "version": "1.0.0",
  "title": { "nb": "Familiehjulet", "en": "The family wheel" },
  "locales": ["nb", "en"],
  "defaultLocale": "nb",
  "roles": ["family"],
  "sections": [
    {
      "type": "wheel",
      "id": "wheel",
      "title": { "nb": "Hvordan har dere det?", "en": "How are you doing?" },
      "scale": { "min": 0, "max": 10 },
      "domains": [
        { "id": "home", "label": { "nb": "Bolig", "en": "Home" } },
        { "id": "school", "label": { "nb": "Skole", "en": "School" } }
      ]
    }
  ]
}
`;

const exampleWithMistakes = exampleInstrument
  .replace('"max": 10', '"max": "ten"')
  .replace('"id": "home"', '"id": "Home Sweet"')
  .replace('"defaultLocale"', '"defaultLocal"');

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

const form = byId<HTMLFormElement>("form");
const source = byId<HTMLTextAreaElement>("source");
const summary = byId<HTMLParagraphElement>("summary");
const list = byId<HTMLOListElement>("problems");
colorSchemeSwitch(byId<HTMLButtonElement>("color-scheme"));

const initial = new URLSearchParams(location.search).get("lang");
let lang: Lang = initial === "en" ? "en" : "nb";
let last:
  | {
      errors: Problem[];
      warnings: Problem[];
      verdict: "empty" | "instrument" | "response" | "invalid";
    }
  | undefined;

/** An instrument has `sections`, a response `answers`; undefined when the text says neither. */
function detectKind(text: string): "instrument" | "response" | undefined {
  try {
    const data: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
    if (Object.hasOwn(data, "sections")) return "instrument";
    if (Object.hasOwn(data, "answers")) return "response";
  } catch {
    // Not JSON: the parser reports the syntax error with its position.
  }
  return undefined;
}

function check(text: string): NonNullable<typeof last> {
  if (text.trim() === "") return { errors: [], warnings: [], verdict: "empty" };
  const kind = detectKind(text);
  let result: ParseResult<unknown>;
  if (kind === "instrument") result = parseInstrument(text);
  else if (kind === "response") result = parseResponse(text);
  else {
    result = parseInstrument(text);
    const first = result.ok ? undefined : result.errors[0];
    if (!first || !["syntax", "maxBytes", "maxDepth", "internal"].includes(first.rule)) {
      const message = { nb: strings.nb.kind, en: strings.en.kind };
      return { errors: [{ pointer: "", rule: "kind", message }], warnings: [], verdict: "invalid" };
    }
  }
  if (!result.ok) return { errors: result.errors, warnings: result.warnings, verdict: "invalid" };
  return { errors: [], warnings: result.warnings, verdict: kind ?? "instrument" };
}

function summaryText(r: NonNullable<typeof last>): string {
  const t = strings[lang];
  const warnings = r.warnings.length > 0 ? `${t.warnings(r.warnings.length)}.` : t.noWarnings;
  switch (r.verdict) {
    case "empty":
      return t.empty;
    case "instrument":
      return `${t.validInstrument} ${warnings}`;
    case "response":
      return `${t.validResponse} ${warnings}`;
    case "invalid":
      return `${t.invalid} ${t.errors(r.errors.length)}${r.warnings.length > 0 ? `, ${t.warnings(r.warnings.length)}` : ""}.`;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function problemItem(problem: Problem, severity: "error" | "warning"): HTMLLIElement {
  const t = strings[lang];
  const li = el("li", `problem ${severity}`);
  const hasPosition = problem.line !== undefined;
  const line = problem.line ?? 1;
  const column = problem.column ?? 1;
  // With a position, the whole entry is a button that takes you there; without one, plain text.
  const body = hasPosition ? el("button", "goto") : el("div", "goto");
  if (body instanceof HTMLButtonElement) {
    body.type = "button";
    body.dataset.line = String(line);
    body.dataset.column = String(column);
  }
  const where = el("span", "where");
  where.append(
    el("span", "visually-hidden", hasPosition ? `${t.at(line, column)}: ` : `${t.noPosition}: `),
  );
  const shown = el("span", "position", hasPosition ? `${line}:${column}` : "–");
  shown.setAttribute("aria-hidden", "true");
  where.append(shown);
  const label = el("span", "severity", `${severity === "error" ? t.error : t.warning}:`);
  const message = el("span", "message", problem.message[lang]);
  const pointer = el("code", "pointer", problem.pointer === "" ? "/" : problem.pointer);
  body.append(where, " ", label, " ", message, " ", pointer);
  li.append(body);
  return li;
}

function render(announce = false): void {
  if (!last) return;
  const text = summaryText(last);
  if (announce || summary.textContent !== text) {
    // Clearing first makes screen readers announce a result again even when it has not changed.
    summary.textContent = "";
    if (announce) requestAnimationFrame(() => (summary.textContent = text));
    else summary.textContent = text;
  }
  summary.dataset.verdict = last.verdict;
  source.setAttribute("aria-invalid", last.verdict === "invalid" ? "true" : "false");
  list.replaceChildren(
    ...last.errors.map((p) => problemItem(p, "error")),
    ...last.warnings.map((p) => problemItem(p, "warning")),
  );
  list.hidden = last.errors.length + last.warnings.length === 0;
}

function validateNow(announce = false): void {
  last = check(source.value);
  render(announce);
}

/** Puts the caret at a 1-based line and column of the textarea and focuses it. */
function goTo(line: number, column: number): void {
  const value = source.value;
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = value.indexOf("\n", offset);
    if (next === -1) break;
    offset = next + 1;
  }
  // The parser counts columns after a byte-order mark, which the textarea keeps.
  const bom = line === 1 && value.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineEnd = value.indexOf("\n", offset);
  const position = Math.min(offset + column - 1 + bom, lineEnd === -1 ? value.length : lineEnd);
  source.focus();
  source.setSelectionRange(position, position);
  // Scroll the line into view (browsers keep the caret visible only on some focus paths).
  const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 20;
  const top = (line - 1) * lineHeight;
  if (top < source.scrollTop || top > source.scrollTop + source.clientHeight - lineHeight)
    source.scrollTop = Math.max(0, top - source.clientHeight / 3);
}

function applyLanguage(next: Lang): void {
  lang = next;
  document.documentElement.lang = next;
  const t = strings[next];
  document.title = t.pageTitle;
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const key = node.dataset.i18n as Key;
    const value = t[key];
    if (typeof value === "string") node.textContent = value;
  }
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n-label]")) {
    const value = t[node.dataset.i18nLabel as Key];
    if (typeof value === "string") node.setAttribute("aria-label", value);
  }
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="lang"]'))
    radio.checked = radio.value === next;
  render();
}

let timer: ReturnType<typeof setTimeout> | undefined;
source.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => validateNow(), 300);
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  validateNow(true);
});

list.addEventListener("click", (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>("button.goto");
  if (!button) return;
  goTo(Number(button.dataset.line), Number(button.dataset.column));
});

for (const [id, text] of [
  ["example-valid", exampleInstrument],
  ["example-invalid", exampleWithMistakes],
] as const) {
  byId<HTMLButtonElement>(id).addEventListener("click", () => {
    source.value = text;
    validateNow(true);
  });
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="lang"]')) {
  radio.addEventListener("change", () => {
    if (radio.checked) applyLanguage(radio.value === "en" ? "en" : "nb");
  });
}

source.value = exampleInstrument;
validateNow();
applyLanguage(lang);
