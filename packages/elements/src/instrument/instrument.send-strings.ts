// What the runner tells the family when their finished answers could not be sent (the check of the
// response failed: its validator threw, its chunk did not load, or it found problems). In a module of
// its own that only the lazily loaded flow imports: the first load pays nothing for a rare message.
// Registered as defaults like every other string, so a host's registerLocale() still wins.
import { addDefaultStrings } from "../shared/i18n.js";

/** The two keys (declared in `UiStrings`; the language catalogs carry them too). */
export type SendKey = "runSendFailed" | "runSendKept";
const add = (locale: string, strings: Record<SendKey, string>) =>
  addDefaultStrings(locale, strings);

let added = false;

/** Adds the "could not be sent" strings once; called before the message is first shown. */
export function addSendStrings(): void {
  if (added) return;
  added = true;
  add("nb", {
    runSendFailed: "Svarene kunne ikke sendes",
    runSendKept:
      "Ingenting av det dere har svart er borte: svarene er her fortsatt. Prøv å sende dem igjen.",
  });
  add("nn", {
    runSendFailed: "Svara kunne ikkje sendast",
    runSendKept:
      "Ingenting av det de har svart er borte: svara er her framleis. Prøv å sende dei igjen.",
  });
  add("en", {
    runSendFailed: "Your answers could not be sent",
    runSendKept:
      "Nothing you have answered is lost: your answers are still here. Please try sending them again.",
  });
}
