// The reflection's own strings in bokmål, nynorsk and English. Registered as defaults, so a host's
// registerLocale() still wins and other languages fall back key by key (nn → nb → en).
import { addDefaultStrings } from "../shared/i18n.js";

let added = false;

/** Adds the reflection's strings once; called by the element's constructor. */
export function addReflectionStrings(): void {
  if (added) return;
  added = true;
  addDefaultStrings("nb", {
    reflQuoted: "«{label}»",
    reflRequired: "må fylles ut",
    reflOptional: "valgfritt",
    reflCount: "{count} av {max} tegn",
    reflNearLimit: "{left} tegn igjen.",
    reflAtLimit: "Du har nådd grensen på {max} tegn.",
    reflOverLimit: "Svaret er {over} tegn for langt.",
    reflMissing: "Svar på: {list}.",
    reflTooLong: "Svaret er for langt: {list}.",
    reflShareLegend: "Kan dette svaret deles videre, uten navnet ditt?",
    reflShareYes: "Ja, del det videre uten navn",
    reflShareNo: "Nei, hold det mellom oss",
    reflShareUnset: "Du har ikke valgt ennå. Svaret deles bare hvis du velger ja.",
    reflShared: "Delt videre uten navn",
    reflNotShared: "Ikke delt",
    reflNotAnswered: "Ikke besvart",
    reflNoPrompts: "Det er ingen spørsmål til deg i denne delen.",
    reflAbout: "Dette handler refleksjonen om",
    reflAboutMissing: "«{title}» er ikke fylt ut.",
    reflAboutOther: "Besvarelsen hører til et annet skjema og kan ikke vises her.",
    reflSharedHeading: "Delt med samtykke",
    reflSharedIntro:
      "Bare svar som er delt med samtykke, uten navn og sortert alfabetisk, slik at ingen kan kjennes igjen.",
    reflTooFew: "For få har delt ennå: minst {min} trengs.",
    reflNoShareable: "Ingen av spørsmålene i denne delen kan deles.",
    reflBadDefinition: "Refleksjonen kan ikke vises fordi definisjonen har feil:",
  });
  addDefaultStrings("nn", {
    reflQuoted: "«{label}»",
    reflRequired: "må fyllast ut",
    reflOptional: "valfritt",
    reflCount: "{count} av {max} teikn",
    reflNearLimit: "{left} teikn att.",
    reflAtLimit: "Du har nådd grensa på {max} teikn.",
    reflOverLimit: "Svaret er {over} teikn for langt.",
    reflMissing: "Svar på: {list}.",
    reflTooLong: "Svaret er for langt: {list}.",
    reflShareLegend: "Kan dette svaret delast vidare, utan namnet ditt?",
    reflShareYes: "Ja, del det vidare utan namn",
    reflShareNo: "Nei, hald det mellom oss",
    reflShareUnset: "Du har ikkje valt enno. Svaret blir berre delt om du vel ja.",
    reflShared: "Delt vidare utan namn",
    reflNotShared: "Ikkje delt",
    reflNotAnswered: "Ikkje svara på",
    reflNoPrompts: "Det er ingen spørsmål til deg i denne delen.",
    reflAbout: "Dette handlar refleksjonen om",
    reflAboutMissing: "«{title}» er ikkje fylt ut.",
    reflAboutOther: "Svaret høyrer til eit anna skjema og kan ikkje visast her.",
    reflSharedHeading: "Delt med samtykke",
    reflSharedIntro:
      "Berre svar som er delte med samtykke, utan namn og sorterte alfabetisk, slik at ingen kan kjennast att.",
    reflTooFew: "For få har delt enno: minst {min} trengst.",
    reflNoShareable: "Ingen av spørsmåla i denne delen kan delast.",
    reflBadDefinition: "Refleksjonen kan ikkje visast fordi definisjonen har feil:",
  });
  addDefaultStrings("en", {
    reflQuoted: "“{label}”",
    reflRequired: "required",
    reflOptional: "optional",
    reflCount: "{count} of {max} characters",
    reflNearLimit: "{left} characters left.",
    reflAtLimit: "You have reached the limit of {max} characters.",
    reflOverLimit: "The answer is {over} characters too long.",
    reflMissing: "Answer: {list}.",
    reflTooLong: "The answer is too long: {list}.",
    reflShareLegend: "May this answer be shared onward, without your name?",
    reflShareYes: "Yes, share it without my name",
    reflShareNo: "No, keep it between us",
    reflShareUnset: "You have not chosen yet. The answer is only shared if you choose yes.",
    reflShared: "Shared onward without a name",
    reflNotShared: "Not shared",
    reflNotAnswered: "Not answered",
    reflNoPrompts: "There are no questions for you in this part.",
    reflAbout: "What this reflection is about",
    reflAboutMissing: "“{title}” has not been filled in.",
    reflAboutOther: "The response belongs to another form and cannot be shown here.",
    reflSharedHeading: "Shared with consent",
    reflSharedIntro:
      "Only answers shared with consent, without names and in alphabetical order, so that no one can be recognised.",
    reflTooFew: "Too few have shared yet: at least {min} are needed.",
    reflNoShareable: "None of the questions in this part can be shared.",
    reflBadDefinition: "The reflection cannot be shown because its definition has errors:",
  });
}
