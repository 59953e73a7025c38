// What arrives just after the first render: the error box for a bad definition, and beside the
// prompts the read-only wheel and map the reflection is about and, for a manager, what others
// shared. The wheel and map elements themselves load only when there is one to show.
import { html, nothing } from "lit";
import { localeChain, type ReflectionSection, type SectionAnswer } from "@famwel/instrument/core";
import type { FamwelReflection } from "./reflection.js";
import { renderNotice, renderProblems } from "../shared/problems-view.js";
import { minGroupOf, sharedReflections } from "./reflection.model-shared.js";
import { viewStyles as ownViewStyles } from "./reflection.views.styles.js";

export const viewStyles = [ownViewStyles];

const loaders: Record<string, () => Promise<unknown>> = {
  wheel: () => import("../define/famwel-life-wheel.js"),
  network: () => import("../define/famwel-service-map.js"),
};

/** Registers the elements for the given section types (each module loads once). */
export function loadAbout(types: readonly (string | undefined)[]): Promise<unknown> {
  const load = [...new Set(types)].map((t) => (t ? loaders[t] : undefined));
  return Promise.all(load.filter((l) => l !== undefined).map((l) => l()));
}

/** The error for a bad definition, and the note on an unreviewed translation if the host asked. */
export function renderError(host: FamwelReflection) {
  return html`${renderProblems(host._problems, host._locale, host._t("reflBadDefinition"))}${renderNotice(host, host._locale)}`;
}

/** The column beside the prompts, or undefined when there is nothing to put in it. */
export function renderAside(host: FamwelReflection, section: ReflectionSection) {
  const about = renderAbout(host, section);
  const shared = renderShared(host, section);
  return about || shared
    ? html`<div class="aside">${about ?? nothing}${shared ?? nothing}</div>`
    : undefined;
}

function renderAbout(host: FamwelReflection, section: ReflectionSection) {
  const response = host.aboutResponse;
  const instrument = host.aboutInstrument ?? host.instrument;
  if (!section.about?.length || !response || !instrument) return undefined;
  const body =
    response.instrument?.id !== instrument.id
      ? html`<p>${host._t("reflAboutOther")}</p>`
      : section.about.map((id) => {
          const s = instrument.sections.find((x) => x.id === id);
          if (!s || (s.type !== "wheel" && s.type !== "network")) return nothing;
          const title = host._text(s.title);
          const answer: SectionAnswer | undefined = response.answers?.[id];
          const shown =
            answer?.type !== s.type
              ? html`<p>${host._t("reflAboutMissing", { title })}</p>`
              : s.type === "wheel"
                ? html`<famwel-life-wheel
                    readonly
                    .instrument=${instrument}
                    section=${id}
                    .value=${answer}
                    locale=${host._locale}
                  ></famwel-life-wheel>`
                : html`<famwel-service-map
                    readonly
                    .instrument=${instrument}
                    section=${id}
                    .value=${answer}
                    locale=${host._locale}
                  ></famwel-service-map>`;
          return html`<section class="about-item" aria-labelledby="about-${id}">
            <h3 id="about-${id}">${title}</h3>
            ${shown}
          </section>`;
        });
  return html`<section class="about" part="about" aria-labelledby="about-h">
    <h2 id="about-h">${host._t("reflAbout")}</h2>
    ${body}
  </section>`;
}

function renderShared(host: FamwelReflection, section: ReflectionSection) {
  if (host._role !== "manager" || !Array.isArray(host.responses)) return undefined;
  const pooled = sharedReflections(section, host.responses, {
    minGroup: minGroupOf(host.minGroup),
    // Given a whole instrument, only its responses are pooled.
    instrumentId: host.instrument?.id,
    compare: new Intl.Collator(localeChain(host._locale)).compare, // nynorsk sorted as bokmål
  });
  return html`<section class="shared" part="shared" aria-labelledby="shared-h">
    <h2 id="shared-h">${host._t("reflSharedHeading")}</h2>
    <p>${host._t("reflSharedIntro")}</p>
    ${pooled.length === 0 ? html`<p>${host._t("reflNoShareable")}</p>` : nothing}
    ${pooled.map(
      (p) =>
        html`<section aria-labelledby="shared-${p.id}">
          <h3 id="shared-${p.id}">${host._text(p.label)}</h3>
          ${
            p.status === "shown"
              ? html`<ul class="shared-answers">
                  ${p.answers.map((a) => html`<li>${a}</li>`)}
                </ul>`
              : html`<p class="too-few">${host._t("reflTooFew", { min: p.min })}</p>`
          }
        </section>`,
    )}
  </section>`;
}
