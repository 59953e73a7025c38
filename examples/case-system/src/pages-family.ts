// The family's pages: the list of families, one family's page (its progress over time, its readings
// and the reflections about them), and the reading form with the wheel and the map.
import type { InstrumentDefinition, Problem, Response } from "@famwel/instrument";
import type { Family, FamilySummary } from "./db.js";
import { html, type Html } from "./html.js";
import {
  errorSummary,
  formatDate,
  formatTime,
  inBokmal,
  inputField,
  notice,
  page,
  scrollTable,
} from "./layout.js";

export function familiesPage(
  families: FamilySummary[],
  problems: readonly Problem[] = [],
  kept: Record<string, unknown> = {},
): string {
  const text = (k: string) => (typeof kept[k] === "string" ? (kept[k] as string) : "");
  /** A text field; after a refusal, marked invalid with its message beside it (its pointer is `/<id>`). */
  const field = (id: string, label: string, maxlength: number) => {
    const problem = problems.find((p) => p.pointer === `/${id}`);
    const message = problem && (problem.message.nb ?? problem.message.en);
    return html`<p>
      <label for="${id}">${label}</label>
      ${message ? html`<span class="field-error" id="${id}-error">${message}</span>` : ""}
      <input
        id="${id}"
        name="${id}"
        required
        maxlength="${maxlength}"
        value="${text(id)}"
        ${message ? html`aria-invalid="true" aria-describedby="${id}-error"` : ""}
      />
    </p>`;
  };
  const rows = families.map(
    (f) =>
      html`<tr>
        <th scope="row"><a href="/families/${f.id}">${f.name}</a></th>
        <td>${f.caseRef}</td>
        <td>${f.caseworker}</td>
        <td class="num">${f.readings}</td>
        <td>${f.latest ? formatDate(f.latest) : "–"}</td>
      </tr>`,
  );
  const main = html`<h1>Familier</h1>
    ${
      problems.length
        ? errorSummary(
            "Familien ble ikke opprettet",
            problems,
            inputField(["name", "caseRef", "caseworker"]),
          )
        : ""
    }
    ${
      families.length
        ? scrollTable(
            "families-caption",
            html`<table class="data">
              <caption id="families-caption">
                Familier med sak hos tjenesten
              </caption>
              <thead>
                <tr>
                  <th scope="col">Familie</th>
                  <th scope="col">Saksnummer</th>
                  <th scope="col">Kontaktperson</th>
                  <th scope="col">Kartlegginger</th>
                  <th scope="col">Siste kartlegging</th>
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>`,
          )
        : html`<p class="empty">
            Ingen familier ennå. Opprett en under, eller fyll databasen med tre oppdiktede familier:
            <code>pnpm --filter @famwel/example-case-system seed</code>.
          </p>`
    }
    <form method="post" action="/families" class="new-family">
      <h2>Ny familie</h2>
      ${field("name", "Navn på familien", 100)} ${field("caseRef", "Saksnummer", 30)}
      ${field("caseworker", "Kontaktperson", 100)}
      <p><button type="submit">Opprett familie</button></p>
    </form>`;
  return page({ title: "Familier", main, current: "families" });
}

/** How many areas a reading rated, and how many people and services its map holds. */
function readingFacts(r: Response): { rated: number; nodes: number } {
  const wheel = r.answers.wheel;
  const network = r.answers.network;
  return {
    rated:
      wheel?.type === "wheel"
        ? Object.values(wheel.domains).filter((d) => d?.current !== undefined && !d.removed).length
        : 0,
    nodes:
      network?.type === "network"
        ? Object.values(network.nodes).filter((n) => n && !n.removed).length
        : 0,
  };
}

export interface FamilyPageData {
  family: Family;
  readings: Response[];
  reflections: Response[];
  instrument: InstrumentDefinition;
  saved?: string;
}

export function familyPage(d: FamilyPageData): string {
  const { family, readings, reflections } = d;
  const readingRows = [...readings].reverse().map((r) => {
    const f = readingFacts(r);
    return html`<tr>
      <th scope="row">${formatTime(r.updated)}</th>
      <td class="num">${f.rated}</td>
      <td class="num">${f.nodes}</td>
    </tr>`;
  });
  const byId = new Map(readings.map((r) => [r.id, r]));
  const reflectionItems = reflections.map((r) => {
    const answer = r.answers.reflection;
    const prompts = answer?.type === "reflection" ? Object.values(answer.prompts) : [];
    const about = answer?.type === "reflection" ? answer.about?.response : undefined;
    const aboutReading = about ? byId.get(about) : undefined;
    return html`<li>
      ${formatTime(r.updated)}: ${prompts.filter((p) => p?.text.trim()).length} svar,
      ${prompts.filter((p) => p?.share).length} delt med
      ledelsen${aboutReading ? html`, om kartleggingen ${formatDate(aboutReading.updated)}` : ""}.
    </li>`;
  });
  const main = html`<h1>${family.name}</h1>
    ${notice(d.saved)}
    <dl class="facts">
      <dt>Saksnummer</dt>
      <dd>${family.caseRef}</dd>
      <dt>Kontaktperson</dt>
      <dd>${family.caseworker}</dd>
    </dl>
    <p class="actions">
      <a class="button" href="/families/${family.id}/readings/new">Ny kartlegging</a>
      <a class="button secondary" href="/families/${family.id}/readings/full"
        >Hele kartleggingen, steg for steg</a
      >
      ${
        readings.length
          ? html`<a class="button secondary" href="/families/${family.id}/reflections/new"
              >Skriv refleksjon (ansatt)</a
            >`
          : ""
      }
    </p>
    <section aria-labelledby="progress-h">
      <h2 id="progress-h">Utvikling over tid</h2>
      ${
        readings.length
          ? html`<famwel-progress-chart id="progress" section="wheel"></famwel-progress-chart>
              <noscript
                ><p>
                  Diagrammet trenger JavaScript; kartleggingene står i tabellen under.
                </p></noscript
              >`
          : html`<p class="empty">Ingen kartlegginger ennå.</p>`
      }
    </section>
    <section aria-labelledby="readings-h">
      <h2 id="readings-h">Kartlegginger</h2>
      ${
        readings.length
          ? scrollTable(
              "readings-h",
              html`<table class="data" id="readings">
                <thead>
                  <tr>
                    <th scope="col">Tidspunkt</th>
                    <th scope="col">Vurderte områder</th>
                    <th scope="col">Personer og tjenester i kartet</th>
                  </tr>
                </thead>
                <tbody>
                  ${readingRows}
                </tbody>
              </table>`,
            )
          : html`<p class="empty">Ingen ennå.</p>`
      }
    </section>
    <section aria-labelledby="reflections-h">
      <h2 id="reflections-h">Refleksjoner fra ansatte</h2>
      ${
        reflections.length
          ? html`<ul id="reflections">
              ${reflectionItems}
            </ul>`
          : html`<p class="empty">Ingen ennå.</p>`
      }
    </section>`;
  return page({
    title: family.name,
    main,
    current: "families",
    script: readings.length ? "family" : undefined,
    data: readings.length ? { instrument: d.instrument, readings } : undefined,
  });
}

export interface ReadingFormData {
  family: Family;
  instrument: InstrumentDefinition;
  /** The answers to put back into the elements (what was posted, after a refusal). */
  values: Record<string, unknown>;
  /** The latest reading, drawn as an outline to compare with. */
  latest?: Response;
  problems: readonly Problem[];
}

export function readingFormPage(d: ReadingFormData): string {
  // The outline the runner gives the same elements: the instrument's title (h2), then each
  // section's (h3). The elements' own headings start below that: the wheel's and the map's selected
  // area or person (h3), the map's comparison with the previous reading, links and gaps (h4).
  const part = (section: string, element: Html) => {
    const title = d.instrument.sections.find((s) => s.id === section)?.title;
    return html`<section aria-labelledby="${section}-h">
      <h3 id="${section}-h">${inBokmal(d.instrument, title)}</h3>
      ${element}
    </section>`;
  };
  const main = html`<p class="breadcrumb">
      <a href="/families/${d.family.id}">${d.family.name}</a>
    </p>
    <h1>Ny kartlegging</h1>
    ${d.problems.length ? errorSummary("Kartleggingen ble ikke lagret", d.problems) : ""}
    <p class="lead">
      Fyll ut sammen med familien. Vurder hvert område i hjulet slik det er nå og slik familien vil
      ha det, og vis hvem som er rundt familien i kartet. Ingenting lagres før dere trykker «Lagre
      kartleggingen».
    </p>
    <noscript
      ><p class="error-summary">Skjemaet trenger JavaScript for hjulet og kartet.</p></noscript
    >
    <form
      method="post"
      action="/families/${d.family.id}/readings"
      class="reading-form"
      aria-labelledby="instrument-h"
    >
      <h2 id="instrument-h">${inBokmal(d.instrument, d.instrument.title)}</h2>
      ${part("wheel", html`<famwel-life-wheel id="wheel" name="wheel" section="wheel"></famwel-life-wheel>`)}
      ${part("network", html`<famwel-service-map id="network" name="network" section="network"></famwel-service-map>`)}
      <p class="actions">
        <button type="submit" id="save">Lagre kartleggingen</button>
        <a href="/families/${d.family.id}">Avbryt</a>
      </p>
    </form>`;
  const latest = d.latest;
  return page({
    title: `Ny kartlegging – ${d.family.name}`,
    main,
    current: "families",
    script: "reading",
    data: {
      instrument: d.instrument,
      values: d.values,
      compare: latest && {
        label: `Forrige kartlegging, ${formatDate(latest.updated)}`,
        wheel: latest.answers.wheel,
        network: latest.answers.network,
      },
    },
  });
}
