// Strings of <famwel-progress-chart>: the table, filter and summary are its first paint, so they
// load with the element (added on first construction; no side effect at import).
import { addDefaultStrings } from "../shared/i18n.js";

let added = false;

/** Adds the chart's bokmål, nynorsk and English strings, once; a host's registerLocale() still wins. */
export function addProgressChartStrings(): void {
  if (added) return;
  added = true;
  addDefaultStrings("nb", {
    progressBadDefinition: "Utviklingen kan ikke vises fordi definisjonen har feil:",
    progressBadResponses: "Utviklingen kan ikke vises fordi svarene har feil:",
    progressFilterDomains: "Vis områder",
    progressFilterServices: "Vis tjenester og personer",
    progressDomain: "Område",
    progressService: "Tjeneste eller person",
    progressCaption: "{title}: {what}, per gang",
    progressHelpfulness: "hvor mye hver hjelper",
    progressLayerCurrent: "slik det er",
    progressLayerDesired: "slik dere vil ha det",
    progressRemoved: "fjernet",
    progressAbsent: "ikke med",
    progressAddedByFamily: "lagt til av familien",
    progressDistanceTitle: "Hvor langt dere har kommet (første og siste vurdering)",
    progressDistance: "{label}: {first} → {latest} ({change})",
    progressRatedOnce: "{label}: {value} (vurdert bare én gang)",
    progressNeverRated: "{label}: ikke vurdert",
    progressChartLabel:
      "Linjediagram, {title}: {lines} linjer over {readings} ganger, fra {from} til {to}. Tallene står i tabellen under.",
    progressNoReadings: "Ingen vurderinger ennå.",
    progressNoneSelected: "Velg minst én linje for å se diagram og tabell.",
  });
  addDefaultStrings("nn", {
    progressBadDefinition: "Utviklinga kan ikkje visast fordi definisjonen har feil:",
    progressBadResponses: "Utviklinga kan ikkje visast fordi svara har feil:",
    progressFilterDomains: "Vis område",
    progressFilterServices: "Vis tenester og personar",
    progressService: "Teneste eller person",
    progressCaption: "{title}: {what}, per gong",
    progressHelpfulness: "kor mykje kvar hjelper",
    progressLayerDesired: "slik de vil ha det",
    progressRemoved: "fjerna",
    progressAbsent: "ikkje med",
    progressDistanceTitle: "Kor langt de har kome (første og siste vurdering)",
    progressRatedOnce: "{label}: {value} (vurdert berre éin gong)",
    progressNeverRated: "{label}: ikkje vurdert",
    progressChartLabel:
      "Linjediagram, {title}: {lines} linjer over {readings} gonger, frå {from} til {to}. Tala står i tabellen under.",
    progressNoReadings: "Ingen vurderingar enno.",
    progressNoneSelected: "Vel minst éi linje for å sjå diagram og tabell.",
  });
  addDefaultStrings("en", {
    progressBadDefinition: "Progress cannot be shown because the definition has errors:",
    progressBadResponses: "Progress cannot be shown because the responses have errors:",
    progressFilterDomains: "Show areas",
    progressFilterServices: "Show services and people",
    progressDomain: "Area",
    progressService: "Service or person",
    progressCaption: "{title}: {what}, each time",
    progressHelpfulness: "how much each one helps",
    progressLayerCurrent: "how it is",
    progressLayerDesired: "how you want it",
    progressRemoved: "removed",
    progressAbsent: "not included",
    progressAddedByFamily: "added by the family",
    progressDistanceTitle: "Distance travelled (first and latest rating)",
    progressDistance: "{label}: {first} → {latest} ({change})",
    progressRatedOnce: "{label}: {value} (rated only once)",
    progressNeverRated: "{label}: not rated",
    progressChartLabel:
      "Line chart, {title}: {lines} lines over {readings} readings, from {from} to {to}. The numbers are in the table below.",
    progressNoReadings: "No readings yet.",
    progressNoneSelected: "Choose at least one line to see the chart and table.",
  });
}
