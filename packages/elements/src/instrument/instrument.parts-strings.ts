// What the runner's steps, summary and navigation say, in bokmål, nynorsk and English. With the
// lazily loaded parts that draw them (instrument.parts.ts), not in the runner's first load: the
// shell shows only its loading line or a bad definition's errors before the parts arrive (its two
// strings are in instrument.strings.ts). Registered as defaults, so a host's registerLocale() still
// wins and other languages fall back key by key (nn → nb → en).
import { addDefaultStrings } from "../shared/i18n.js";

let added = false;

/** Adds the strings of the runner's parts once; called before the parts first draw. */
export function addPartStrings(): void {
  if (added) return;
  added = true;
  addDefaultStrings("nb", {
    runLanguage: "Språk",
    runStepOf: "Steg {step} av {total}",
    runSteps: "Stegene i skjemaet",
    runSummary: "Se over svarene",
    runSummaryIntro: "Se over svarene før dere sender dem. Ingenting er sendt ennå.",
    runNext: "Neste",
    runBack: "Tilbake",
    runToSummary: "Se over svarene",
    runSubmit: "Send inn svarene",
    runChange: "Endre",
    runNotAnswered: "Ikke besvart",
    runErrorTitle: "Noe mangler før dere kan gå videre",
    runRequired: "Svar på «{label}».",
    runUnrated: "Vurder alle områdene i «{label}». Mangler: {list}.",
    runTooFew: "«{label}» trenger minst {min} områder.",
    runRequiredMark: "må fylles ut",
    runChars: "{count} av {max} tegn",
    runSubmitted: "Takk! Svarene er sendt.",
    runOtherVersion:
      "Disse svarene ble gitt i versjon {version} av skjemaet, ikke i {current}. De vises bare for lesing.",
    runWheelDesired: "ønsker {desired}",
    runOnMap: "på kartet",
    runShared: "kan deles",
    runNote: "Notat: {note}",
    runDraftSaved: "Utkastet er lagret.",
    runValueOfMax: "{value} av {max}",
  });
  addDefaultStrings("nn", {
    runLanguage: "Språk",
    runStepOf: "Steg {step} av {total}",
    runSteps: "Stega i skjemaet",
    runSummary: "Sjå over svara",
    runSummaryIntro: "Sjå over svara før de sender dei. Ingenting er sendt enno.",
    runNext: "Neste",
    runBack: "Tilbake",
    runToSummary: "Sjå over svara",
    runSubmit: "Send inn svara",
    runChange: "Endre",
    runNotAnswered: "Ikkje svart på",
    runErrorTitle: "Noko manglar før de kan gå vidare",
    runRequired: "Svar på «{label}».",
    runUnrated: "Vurder alle områda i «{label}». Manglar: {list}.",
    runTooFew: "«{label}» treng minst {min} område.",
    runRequiredMark: "må fyllast ut",
    runChars: "{count} av {max} teikn",
    runSubmitted: "Takk! Svara er sende.",
    runOtherVersion:
      "Desse svara vart gitt i versjon {version} av skjemaet, ikkje i {current}. Dei blir berre viste for lesing.",
    runWheelDesired: "ønskjer {desired}",
    runOnMap: "på kartet",
    runShared: "kan delast",
    runNote: "Notat: {note}",
    runDraftSaved: "Utkastet er lagra.",
    runValueOfMax: "{value} av {max}",
  });
  addDefaultStrings("en", {
    runLanguage: "Language",
    runStepOf: "Step {step} of {total}",
    runSteps: "Steps in this form",
    runSummary: "Check your answers",
    runSummaryIntro: "Check your answers before you send them. Nothing has been sent yet.",
    runNext: "Next",
    runBack: "Back",
    runToSummary: "Check your answers",
    runSubmit: "Send your answers",
    runChange: "Change",
    runNotAnswered: "Not answered",
    runErrorTitle: "There is a problem",
    runRequired: "Answer “{label}”.",
    runUnrated: "Rate every area in “{label}”. Missing: {list}.",
    runTooFew: "“{label}” needs at least {min} areas.",
    runRequiredMark: "required",
    runChars: "{count} of {max} characters",
    runSubmitted: "Thank you! Your answers have been sent.",
    runOtherVersion:
      "These answers were given in version {version} of the form, not {current}. They are shown read-only.",
    runWheelDesired: "wants {desired}",
    runOnMap: "on the map",
    runShared: "may be shared",
    runNote: "Note: {note}",
    runDraftSaved: "Draft saved.",
    runValueOfMax: "{value} of {max}",
  });
}
