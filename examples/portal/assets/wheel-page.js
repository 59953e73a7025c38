// @ts-check
/* global HTMLFormElement, HTMLPreElement, HTMLParagraphElement, HTMLButtonElement, HTMLInputElement */
// The script of both wheel pages (index.html, plain theme; designsystemet.html, Designsystemet).
// A plain ES module the browser loads as it is: no bundler, no build step. famwel.js, loaded just
// before it, has defined the elements; this script gives them their instrument definitions
// (fetched from this site: connect-src 'self'), switches the language of the page and the
// elements, and shows what the plain HTML <form> would post. Nothing leaves the page.
import { colorSchemeSwitch } from "./color-scheme.js";

/** @typedef {"nb" | "nn" | "en"} Lang */
/** @type {Record<Lang, Record<string, string>>} */
const strings = {
  nb: {
    pageTitleDesignsystemet: "famwel – livshjulet i Designsystemet",
    navDesignsystemet: "Livshjulet i Designsystemet",
    dark: "Mørkt tema",
    mapTitle: "Hvem er rundt dere?",
    mapIntro:
      "Vis hvilke tjenester og personer som er rundt familien, hvor nære de er, hvor mye de hjelper, og om tjenestene samarbeider.",
    pageTitle: "famwel – livshjulet",
    nav: "Sider",
    navWheel: "Livshjulet",
    navValidate: "Sjekk en definisjon",
    language: "Språk",
    title: "Hva er et godt liv for familien deres?",
    intro:
      "Vurder hvert område slik det er nå, og slik dere vil ha det. Bruk musa, fingeren eller piltastene, eller bytt til tabellen. Dere kan gi områdene egne navn og legge til egne.",
    submit: "Se hva skjemaet sender",
    reset: "Tilbakestill",
    posted: "Dette sender skjemaet",
    footer:
      "Eksempelside for famwel. Ingenting sendes eller lagres: svaret vises bare her på siden.",
    invalid: "Skjemaet er ikke klart: ",
    ok: "Skjemaet er gyldig. Feltene «wheel» og «network» inneholder:",
  },
  nn: {
    pageTitleDesignsystemet: "famwel – livshjulet i Designsystemet",
    navDesignsystemet: "Livshjulet i Designsystemet",
    dark: "Mørkt tema",
    mapTitle: "Kven er rundt dykk?",
    mapIntro:
      "Vis kva tenester og personar som er rundt familien, kor nære dei er, kor mykje dei hjelper, og om tenestene samarbeider.",
    pageTitle: "famwel – livshjulet",
    nav: "Sider",
    navWheel: "Livshjulet",
    navValidate: "Sjekk ein definisjon",
    language: "Språk",
    title: "Kva er eit godt liv for familien dykkar?",
    intro:
      "Vurder kvart område slik det er no, og slik de vil ha det. Bruk musa, fingeren eller piltastane, eller byt til tabellen. De kan gi områda eigne namn og leggje til eigne.",
    submit: "Sjå kva skjemaet sender",
    reset: "Tilbakestill",
    posted: "Dette sender skjemaet",
    footer:
      "Eksempelside for famwel. Ingenting blir sendt eller lagra: svaret blir berre vist her på sida.",
    invalid: "Skjemaet er ikkje klart: ",
    ok: "Skjemaet er gyldig. Felta «wheel» og «network» inneheld:",
  },
  en: {
    pageTitleDesignsystemet: "famwel – the life wheel in Designsystemet",
    navDesignsystemet: "The life wheel in Designsystemet",
    dark: "Dark theme",
    mapTitle: "Who is around you?",
    mapIntro:
      "Show which services and people are around the family, how close they are, how much they help, and whether the services work together.",
    pageTitle: "famwel – the life wheel",
    nav: "Pages",
    navWheel: "The life wheel",
    navValidate: "Check a definition",
    language: "Language",
    title: "What is a good life for your family?",
    intro:
      "Rate each area as it is now, and as you want it to be. Use the mouse, a finger or the arrow keys, or switch to the table. You can rename the areas in your own words and add your own.",
    submit: "See what the form sends",
    reset: "Reset",
    posted: "What the form sends",
    footer:
      "Example page for famwel. Nothing is sent or stored: the answer is only shown here on the page.",
    invalid: "The form is not ready: ",
    ok: "The form is valid. The fields “wheel” and “network” hold:",
  },
};

/**
 * An instrument definition from assets/instruments/. The element checks the section it shows
 * (with the precompiled validators in famwel.js) and shows an error of its own if it is bad.
 * @param {string} name
 */
async function definition(name) {
  const response = await fetch(new URL(`./instruments/${name}.json`, import.meta.url));
  if (!response.ok) throw new Error(`${name}.json: HTTP ${response.status}`);
  return /** @type {import("@famwel/instrument").InstrumentDefinition} */ (await response.json());
}

/**
 * @param {string} what
 * @returns {never}
 */
function missing(what) {
  throw new Error(`${what} is missing from the page`);
}

/**
 * @template {Element} T
 * @param {string} selector
 * @param {{ new (): T }} type
 * @returns {T}
 */
function find(selector, type) {
  const node = document.querySelector(selector);
  if (!(node instanceof type)) throw new Error(`${selector} is missing from the page`);
  return node;
}

const wheel = document.querySelector("famwel-life-wheel") ?? missing("famwel-life-wheel");
const map = document.querySelector("famwel-service-map") ?? missing("famwel-service-map");
const form = find("#wheel-form", HTMLFormElement);
const posted = find("#posted", HTMLPreElement);
const status = find("#posted-status", HTMLParagraphElement);
/** @type {Lang} */
let lang = "nb";

colorSchemeSwitch(find("#color-scheme", HTMLButtonElement));

/** @param {Lang} next */
function applyLanguage(next) {
  lang = next;
  const t = strings[lang];
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-i18n]"))
    if (node instanceof HTMLElement) node.textContent = t[node.dataset.i18n ?? ""] ?? "";
  for (const node of document.querySelectorAll("[data-i18n-label]"))
    if (node instanceof HTMLElement)
      node.setAttribute("aria-label", t[node.dataset.i18nLabel ?? ""] ?? "");
  wheel.locale = lang; // the answers stay: only the words change
  map.locale = lang;
}

for (const radio of document.querySelectorAll('input[name="lang"]'))
  if (radio instanceof HTMLInputElement)
    radio.addEventListener("change", () => {
      if (radio.checked && (radio.value === "nb" || radio.value === "nn" || radio.value === "en"))
        applyLanguage(radio.value);
    });

form.addEventListener("submit", (event) => {
  event.preventDefault(); // a demo: show the posted value instead of sending it anywhere
  const t = strings[lang];
  if (!form.checkValidity()) {
    status.textContent = `${t.invalid}${wheel.validationMessage || map.validationMessage}`;
    posted.textContent = "";
    return;
  }
  // The elements are form-associated: each posts its answer as JSON under its name.
  const data = new FormData(form);
  status.textContent = t.ok ?? "";
  const fields = Object.fromEntries(
    ["wheel", "network"].map((name) => [name, JSON.parse(String(data.get(name) ?? "null"))]),
  );
  posted.textContent = JSON.stringify(fields, null, 2);
});
form.addEventListener("reset", () => {
  posted.textContent = "";
  status.textContent = "";
});

const [familyWheel, serviceNetwork] = await Promise.all([
  definition("family-wheel"),
  definition("service-network"),
]);
wheel.instrument = familyWheel;
map.instrument = serviceNetwork;
