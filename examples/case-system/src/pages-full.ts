// The whole family instrument in one runner: <famwel-instrument> takes the family through every
// section (wheel, their own words, map, what they want to say, how answering was) with Back, Next, a
// summary and Submit. On submit the page script puts the response in a hidden field and posts the
// form; the server validates it like any other reading. After a refusal the runner resumes the
// posted response, so nothing typed is lost.
import type { InstrumentDefinition, Problem } from "@famwel/instrument";
import type { Family } from "./db.js";
import { html } from "./html.js";
import { answerField, errorSummary, inBokmal, page, type FieldOf } from "./layout.js";
import { sectionsFor } from "./responses.js";

export interface FullReadingData {
  family: Family;
  instrument: InstrumentDefinition;
  /** The response posted before a refusal, to resume. */
  posted?: unknown;
  problems: readonly Problem[];
}

/**
 * Where a problem is in the runner: the wheel, the map and the rest are inside its shadow root, one
 * step at a time, so an error summary link goes to the runner and says which step. The page script
 * (client/full.ts) has the runner show that step and focus the answer (`showAnswer`).
 */
function stepOf(d: FullReadingData): FieldOf {
  const steps = sectionsFor(d.instrument, "family");
  return (pointer) => {
    const section = answerField(pointer)?.id;
    const step = section === undefined ? -1 : steps.indexOf(section);
    if (step < 0) return undefined;
    const name = inBokmal(d.instrument, d.instrument.sections.find((s) => s.id === section)?.title);
    return { id: "runner", where: `Steg ${step + 1}${name ? `, «${name}»` : ""}` };
  };
}

export function fullReadingPage(d: FullReadingData): string {
  const main = html`<p class="breadcrumb">
      <a href="/families/${d.family.id}">${d.family.name}</a>
    </p>
    <h1>Hele kartleggingen</h1>
    ${d.problems.length ? errorSummary("Kartleggingen ble ikke lagret", d.problems, stepOf(d)) : ""}
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
