// The whole family instrument in one runner: <famwel-instrument> takes the family through every
// section (wheel, their own words, map, what they want to say, how answering was) with Back, Next, a
// summary and Submit. On submit the page script puts the response in a hidden field and posts the
// form; the server validates it like any other reading. After a refusal the runner resumes the
// posted response, so nothing typed is lost.
import type { InstrumentDefinition, Problem } from "@famwel/instrument";
import type { Family } from "./db.js";
import { html } from "./html.js";
import { errorSummary, page } from "./layout.js";

export interface FullReadingData {
  family: Family;
  instrument: InstrumentDefinition;
  /** The response posted before a refusal, to resume. */
  posted?: unknown;
  problems: readonly Problem[];
}

export function fullReadingPage(d: FullReadingData): string {
  const main = html`<p class="breadcrumb">
      <a href="/families/${d.family.id}">${d.family.name}</a>
    </p>
    <h1>Hele kartleggingen</h1>
    ${d.problems.length ? errorSummary("Kartleggingen ble ikke lagret", d.problems) : ""}
    <p class="lead">
      Alt familien fyller ut, steg for steg. Dere kan gå fram og tilbake; ingenting sendes før dere
      sender på siste side.
    </p>
    <noscript><p class="error-summary">Skjemaet trenger JavaScript.</p></noscript>
    <famwel-instrument id="runner" respondent-role="family"></famwel-instrument>
    <form method="post" action="/families/${d.family.id}/readings/full" id="full-form" hidden>
      <input type="hidden" name="response" id="response-field" />
    </form>`;
  return page({
    title: `Hele kartleggingen – ${d.family.name}`,
    main,
    current: "families",
    script: "full",
    data: { instrument: d.instrument, response: d.posted },
  });
}
