// The demo's front page: the bundled family wheel inside a plain HTML form, in bokmål, nynorsk or
// English. Submitting shows what the form would post (the answer as JSON under the field name
// "wheel"); nothing leaves the page.
import "@famwel/elements/define/famwel-life-wheel";
import "@famwel/elements/define/famwel-service-map";
import { familyWheel, serviceNetwork } from "@famwel/instruments";

type Lang = "nb" | "nn" | "en";
const strings: Record<Lang, Record<string, string>> = {
  nb: {
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

const wheel = document.querySelector("famwel-life-wheel")!;
const map = document.querySelector("famwel-service-map")!;
const form = document.querySelector<HTMLFormElement>("#wheel-form")!;
const posted = document.querySelector<HTMLPreElement>("#posted")!;
const status = document.querySelector<HTMLParagraphElement>("#posted-status")!;
let lang: Lang = "nb";

// The element checks its section itself (loading the small precompiled validator on demand) and
// shows an error of its own if the definition is bad; the page lives on.
wheel.instrument = familyWheel;
map.instrument = serviceNetwork;

function applyLanguage(next: Lang): void {
  lang = next;
  const t = strings[lang];
  document.documentElement.lang = lang;
  document.title = t.pageTitle!;
  for (const el of document.querySelectorAll<HTMLElement>("[data-i18n]"))
    el.textContent = t[el.dataset.i18n!] ?? "";
  for (const el of document.querySelectorAll<HTMLElement>("[data-i18n-label]"))
    el.setAttribute("aria-label", t[el.dataset.i18nLabel!] ?? "");
  wheel.locale = lang; // the answers stay: only the words change
  map.locale = lang;
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="lang"]'))
  radio.addEventListener("change", () => radio.checked && applyLanguage(radio.value as Lang));

form.addEventListener("submit", (event) => {
  event.preventDefault(); // a demo: show the posted value instead of sending it anywhere
  const t = strings[lang];
  if (!form.checkValidity()) {
    status.textContent = t.invalid! + wheel.validationMessage;
    posted.textContent = "";
    return;
  }
  const data = new FormData(form);
  status.textContent = t.ok!;
  const fields = Object.fromEntries(
    ["wheel", "network"].map((name) => [
      name,
      JSON.parse(String(data.get(name) ?? "null")) as unknown,
    ]),
  );
  posted.textContent = JSON.stringify(fields, null, 2);
});
form.addEventListener("reset", () => {
  posted.textContent = "";
  status.textContent = "";
});
