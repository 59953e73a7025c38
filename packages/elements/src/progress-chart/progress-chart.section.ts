// Which section of an instrument the chart follows, and whether it can: a wheel, or a network that
// rates helpfulness. Sections a host hands over raw are checked by the shared, lazily loaded checkers.
import { isParsed, type InstrumentDefinition, type Problem } from "@famwel/instrument/core";
import type { ChartSection } from "./progress-chart.model.js";

const problem = (pointer: string, rule: string, nb: string, en: string): Problem[] => [
  { pointer, rule, message: { nb, en } },
];

/** The section named `id` (any type: a wrong one is reported), else the first wheel, else the first network. */
export function findSection(
  instrument: InstrumentDefinition,
  id: string,
): { candidate: unknown; base: string } {
  const sections: unknown[] = Array.isArray(instrument.sections) ? instrument.sections : [];
  const of = (type?: string) =>
    sections.findIndex((s) => {
      const { id: sid, type: t } = (s ?? {}) as Partial<ChartSection>;
      return id ? sid === id : t === type;
    });
  const index = id ? of() : of("wheel") >= 0 ? of("wheel") : of("network");
  return { candidate: sections[index], base: `/sections/${index}` };
}

/** The problems of a candidate section, pointers prefixed by `base`; empty when the chart can use it. */
export async function checkChartSection(
  candidate: unknown,
  base: string,
  name: string,
): Promise<Problem[]> {
  const type = (candidate as Partial<ChartSection> | undefined)?.type;
  if (type === "network") {
    const problems = isParsed(candidate)
      ? []
      : await import("../shared/check-network.js").then((c) =>
          c.checkNetwork(candidate, base, name),
        );
    if (problems.length || (candidate as { rate?: { helpfulness?: unknown } }).rate?.helpfulness)
      return problems;
    return problem(
      `${base}/rate/helpfulness`,
      "required",
      "Nettverket spør ikke hvor mye hver hjelper (rate.helpfulness), så det er ingenting å vise.",
      "The network does not ask how helpful each one is (rate.helpfulness): nothing to chart.",
    );
  }
  if (candidate !== undefined && type !== "wheel")
    return problem(
      `${base}/type`,
      "enum",
      `Diagrammet viser seksjoner av typen wheel eller network, ikke «${String(type)}».`,
      `The chart shows wheel or network sections, not "${String(type)}".`,
    );
  if (isParsed(candidate)) return [];
  return import("../shared/check-wheel.js").then((c) => c.checkWheel(candidate, base, name));
}
