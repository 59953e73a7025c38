// The reflection pages: an employee reflects on a family's latest reading; a manager reads what
// employees shared, pooled without names, and writes a reflection of their own.
import type { InstrumentDefinition, Problem, Response } from "@famwel/instrument";
import type { Family } from "./db.js";
import { html } from "./html.js";
import { errorSummary, formatDate, notice, page, scrollTable } from "./layout.js";
import type { Pool } from "./pool.js";

export interface EmployeeReflectionData {
  family: Family;
  reflection: InstrumentDefinition;
  readingInstrument: InstrumentDefinition;
  latest: Response | undefined;
  values: Record<string, unknown>;
  problems: readonly Problem[];
}

export function employeeReflectionPage(d: EmployeeReflectionData): string {
  const { family, latest } = d;
  const body = latest
    ? html`<div class="columns">
        <section class="about" aria-labelledby="about-h">
          <h2 id="about-h">Familiens kartlegging ${formatDate(latest.updated)}</h2>
          <famwel-life-wheel id="about-wheel" section="wheel" readonly></famwel-life-wheel>
          <famwel-service-map id="about-network" section="network" readonly></famwel-service-map>
        </section>
        <form method="post" action="/families/${family.id}/reflections" class="reflection-form">
          <famwel-reflection
            id="reflection"
            name="reflection"
            respondent-role="employee"
          ></famwel-reflection>
          <p class="actions">
            <button type="submit" id="save">Lagre refleksjonen</button>
            <a href="/families/${family.id}">Avbryt</a>
          </p>
        </form>
      </div>`
    : html`<p class="empty">
        Familien har ingen kartlegging ennå. Refleksjonen skrives om en kartlegging.
      </p>`;
  const main = html`<p class="breadcrumb"><a href="/families/${family.id}">${family.name}</a></p>
    <h1>Refleksjon om familiens kartlegging</h1>
    ${d.problems.length ? errorSummary("Refleksjonen ble ikke lagret", d.problems) : ""}
    <p class="lead">
      Du skriver som ansatt. Svar med egne ord på det familien har fortalt. Et svar deles med
      ledelsen bare hvis du velger det, og da uten navn og bare sammen med svar fra mange andre.
    </p>
    ${body}`;
  return page({
    title: `Refleksjon – ${family.name}`,
    main,
    current: "families",
    script: latest ? "reflection" : undefined,
    data: latest
      ? {
          instrument: d.reflection,
          aboutInstrument: d.readingInstrument,
          aboutResponse: latest,
          values: d.values,
        }
      : undefined,
  });
}

export interface ManagerPageData {
  reflection: InstrumentDefinition;
  pool: Pool;
  total: number;
  minGroup: number;
  values: Record<string, unknown>;
  problems: readonly Problem[];
  saved?: string;
}

export function managerPage(d: ManagerPageData): string {
  const section = d.reflection.sections.find((s) => s.type === "reflection");
  const counts =
    section?.type === "reflection"
      ? section.prompts
          .filter((p) => p.shareable && p.roles.includes("employee"))
          .map(
            (p) =>
              html`<tr>
                <th scope="row">${p.label.nb ?? p.id}</th>
                <td class="num">${d.pool.counts[p.id] ?? 0}</td>
                <td>
                  ${(d.pool.counts[p.id] ?? 0) >= d.minGroup ? "Vises" : "For få til å vises"}
                </td>
              </tr>`,
          )
      : [];
  const main = html`<h1>Ledelsens refleksjon</h1>
    ${notice(d.saved)}
    ${d.problems.length ? errorSummary("Refleksjonen ble ikke lagret", d.problems) : ""}
    <p class="lead">
      Her ser du det ansatte har valgt å dele fra ${d.total} refleksjoner, samlet uten navn, familie
      eller tidspunkt. Et spørsmål vises først når minst ${d.minGroup} ulike refleksjoner har delt
      svar på det, så ingen kan kjennes igjen.
    </p>
    ${scrollTable(
      "counts-caption",
      html`<table class="data" id="counts">
        <caption id="counts-caption">
          Delte svar per spørsmål
        </caption>
        <thead>
          <tr>
            <th scope="col">Spørsmål</th>
            <th scope="col">Delte svar</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          ${counts}
        </tbody>
      </table>`,
    )}
    <form method="post" action="/manager/reflections" class="reflection-form">
      <famwel-reflection
        id="reflection"
        name="reflection"
        respondent-role="manager"
        min-group="${d.minGroup}"
      ></famwel-reflection>
      <p class="actions"><button type="submit" id="save">Lagre refleksjonen</button></p>
    </form>`;
  return page({
    title: "Ledelsens refleksjon",
    main,
    current: "manager",
    script: "manager",
    data: { instrument: d.reflection, responses: d.pool.responses, values: d.values },
  });
}
