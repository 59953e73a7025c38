// The page shell every response shares: one stylesheet, at most one page script (a file, never
// inline), and the server's data for that script as a JSON island. Nothing here runs in the browser.
import {
  localize,
  type InstrumentDefinition,
  type LocalizedString,
  type Problem,
} from "@famwel/instrument";
import { html, jsonIsland, type Html } from "./html.js";

export interface PageOptions {
  title: string;
  main: Html;
  /** The page script in dist/public/js, e.g. "reading" for /js/reading.js. */
  script?: string;
  /** Data for the page script, read from `<script type="application/json" id="page-data">`. */
  data?: unknown;
  /** Which navigation link is the current page. */
  current?: "families" | "manager";
}

export const SITE = "Familietjenesten Eksempelby";

export function page(o: PageOptions): string {
  const link = (href: string, key: PageOptions["current"], text: string) =>
    html`<a href="${href}" aria-current="${o.current === key ? "page" : "false"}">${text}</a>`;
  const doc = html`<!doctype html>
    <html lang="nb">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${o.title} – ${SITE}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/styles.css" />
        ${o.script ? html`<script type="module" src="/js/${o.script}.js"></script>` : ""}
      </head>
      <body>
        <a class="skip" href="#main">Hopp til innholdet</a>
        <header class="site-header">
          <p class="brand">${SITE} <span class="tag">eksempel – oppdiktede data</span></p>
          <nav aria-label="Hovedmeny">
            ${link("/", "families", "Familier")} ${link("/manager", "manager", "Ledelse")}
          </nav>
        </header>
        <main id="main" tabindex="-1">${o.main}</main>
        <footer class="site-footer">
          <p>
            Et referanse-saksbehandlingssystem for famwel. Alle familier og saker er oppdiktet.
            Siden kjører under en streng innholdssikkerhetspolicy med Trusted Types.
          </p>
        </footer>
        ${o.data === undefined ? "" : jsonIsland("page-data", o.data)}
      </body>
    </html>`;
  return `${doc.value}\n`;
}

/**
 * Where an error summary link leads: the id of an element on the page, and, when the message alone
 * does not say where that is (a step of the runner), a few words that do.
 */
export interface FieldLink {
  id: string;
  where?: string;
}
export type FieldOf = (pointer: string) => FieldLink | undefined;

/** The reading and reflection forms: `/answers/<section>` is the element with the section's id. */
export const answerField: FieldOf = (pointer) => {
  const id = /^\/answers\/([^/]+)/.exec(pointer)?.[1];
  return id === undefined ? undefined : { id };
};

/** A plain form: `/<name>` is the input with that id, when the form has one. */
export const inputField =
  (ids: readonly string[]): FieldOf =>
  (pointer) => {
    const id = pointer.slice(1);
    return pointer.startsWith("/") && ids.includes(id) ? { id } : undefined;
  };

/**
 * The error summary at the top of a refused form (the GOV.UK / Designsystemet pattern): a heading,
 * what to do, and one link per problem to the field it is about, with the JSON pointer for support.
 * It takes focus on load (`autofocus` on a tabindex=-1 element: no script), so a screen reader reads
 * it first. A link to a famwel element is followed by the page script (`client/error-links.ts`):
 * a custom element does not take focus by fragment.
 */
export function errorSummary(
  heading: string,
  problems: readonly Problem[],
  fieldOf: FieldOf = answerField,
): Html {
  return html`<div
    class="error-summary"
    role="alert"
    tabindex="-1"
    autofocus
    aria-labelledby="error-summary-title"
  >
    <h2 id="error-summary-title">${heading}</h2>
    <p>Rett opp det som står under, og send på nytt. Det du fylte ut, er tatt vare på.</p>
    <ul>
      ${problems.map((p) => {
        const field = fieldOf(p.pointer);
        const text = p.message.nb ?? p.message.en;
        return html`<li>
          ${
            field
              ? html`<a href="#${field.id}" data-pointer="${p.pointer}"
                  >${field.where ? `${field.where}: ` : ""}${text}</a
                >`
              : text
          }
          <span class="pointer">(<code>${p.pointer || "/"}</code>)</span>
        </li>`;
      })}
    </ul>
  </div>`;
}

/**
 * A data table in a region of its own, which scrolls sideways when the table is wider than the
 * screen (WCAG 1.4.10 lets a data table scroll; the page around it does not): named by
 * `labelledBy`, and focusable so that it can be scrolled by keyboard.
 */
export function scrollTable(labelledBy: string, table: Html): Html {
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${labelledBy}">
    ${table}
  </div>`;
}

/** A short confirmation after a redirect (Post/Redirect/Get), announced politely. */
export function notice(text: string | undefined): Html {
  return text ? html`<p class="notice" role="status">${text}</p>` : html``;
}

/** A definition's text as these pages show it: in bokmål, else in the definition's own language. */
export function inBokmal(
  definition: InstrumentDefinition,
  text: LocalizedString | undefined,
): string {
  return localize(text, "nb", [definition.defaultLocale]).text;
}

/** A date and time as people in Norway write it, in Oslo time. */
export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat("nb-NO", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Oslo",
  }).format(new Date(iso));
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeZone: "Europe/Oslo" }).format(
    new Date(iso),
  );
}
