// The summary page as data: every answer per section, in words, before the family submits. Pure, so
// Node tests check that no answer goes missing from it; the view only lays it out.
import {
  localize,
  type AnySection,
  type InstrumentDefinition,
  type LocalizedString,
  type Role,
  type Scale,
} from "@famwel/instrument/core";
import { itemValue, promptsFor, visibleSections, type Answers } from "./instrument.model.js";
import { fitAnswer } from "./instrument.model-response.js";

export interface SummaryRow {
  /** Item, prompt, domain or node id. */
  id: string;
  label: string;
  /** Language of the label when it fell back to another (for the `lang` attribute). */
  lang?: string;
  /** The answer in words; empty when not answered. */
  value: string;
}

export interface SummarySection {
  id: string;
  step: number;
  title: string;
  lang?: string;
  rows: SummaryRow[];
}

/** UI strings the summary needs (see instrument.parts-strings.ts). */
export type SummaryText = (
  key: "runValueOfMax" | "runWheelDesired" | "runOnMap" | "runShared" | "runNote" | "listSep",
  params?: Record<string, string | number>,
) => string;

export function summarize(
  def: InstrumentDefinition,
  answers: Answers,
  role: Role,
  locale: string,
  t: SummaryText,
): SummarySection[] {
  const text = (s: LocalizedString | undefined) => {
    const l = localize(s, locale, [def.defaultLocale]);
    return { text: l.text, lang: l.fallback ? l.locale : undefined };
  };
  const row = (id: string, label: LocalizedString | string, value: string): SummaryRow => {
    const l = typeof label === "string" ? { text: label, lang: undefined } : text(label);
    return { id, label: l.text, ...(l.lang ? { lang: l.lang } : {}), value };
  };
  const rated = (v: number, scale: Scale) => {
    const anchor = scale.anchors?.find((a) => a.value === v);
    const n = t("runValueOfMax", { value: v, max: scale.max });
    return anchor ? `${n} – ${text(anchor.label).text}` : n;
  };
  // A row's answers in words, in the language's list: "6 of 10 – Quite good, wants 8, Note: …".
  const words = (...parts: Array<string | false | undefined>) =>
    parts.filter(Boolean).join(t("listSep"));
  const noted = (note: string | undefined) => note?.trim() && t("runNote", { note });
  const rows = (s: AnySection): SummaryRow[] => {
    const a = fitAnswer(s, Object.hasOwn(answers, s.id) ? answers[s.id] : undefined, role);
    switch (s.type) {
      case "scale":
        return s.items.map((i) => {
          const v = itemValue(answers, s.id, i.id);
          return row(i.id, i.label, a && typeof v === "number" ? rated(v, s.scale) : "");
        });
      case "choice":
        return s.items.map((i) => {
          const v = itemValue(answers, s.id, i.id);
          const ids = typeof v === "string" ? [v] : Array.isArray(v) ? (v as string[]) : [];
          const picked = i.options.filter((o) => ids.includes(o.id)).map((o) => text(o.label).text);
          return row(i.id, i.label, picked.join(t("listSep")));
        });
      case "text":
        return s.items.map((i) => {
          const v = itemValue(answers, s.id, i.id);
          return row(i.id, i.label, typeof v === "string" ? v : "");
        });
      case "reflection": {
        const prompts = a?.type === "reflection" ? a.prompts : {};
        return promptsFor(s, role).map((p) => {
          const r = Object.hasOwn(prompts, p.id) ? prompts[p.id] : undefined;
          const shared = r?.share ? ` (${t("runShared")})` : "";
          return row(p.id, p.label, r?.text.trim() ? r.text + shared : "");
        });
      }
      case "wheel": {
        if (a?.type !== "wheel") return [];
        const defined = new Map(s.domains.map((d) => [d.id, d]));
        return (
          Object.entries(a.domains)
            .filter(([, d]) => d && !d.removed)
            .sort(([x], [y]) => order(s.domains, a.order, x) - order(s.domains, a.order, y))
            // Now, the wish and the note, whichever the family gave: a domain rated only as wished,
            // or only written about, is answered too.
            .map(([id, d]) => {
              const value = words(
                d!.current !== undefined && rated(d!.current, s.scale),
                d!.desired !== undefined && t("runWheelDesired", { desired: d!.desired }),
                noted(d!.note),
              );
              return row(id, d!.label ?? defined.get(id)?.label ?? id, value);
            })
        );
      }
      case "network": {
        if (a?.type !== "network") return [];
        const catalog = new Map((s.catalog ?? []).map((c) => [c.id, c.label]));
        const help = s.rate?.helpfulness;
        return Object.entries(a.nodes)
          .filter(([, n]) => n && !n.removed)
          .map(([id, n]) =>
            row(
              id,
              n!.label ?? (n!.catalog ? catalog.get(n!.catalog) : undefined) ?? id,
              words(
                n!.helpfulness !== undefined && help ? rated(n!.helpfulness, help) : t("runOnMap"),
                noted(n!.note),
              ),
            ),
          );
      }
    }
  };
  return visibleSections(def, role).map((s, step) => {
    const title = text(s.title);
    return {
      id: s.id,
      step,
      title: title.text,
      ...(title.lang ? { lang: title.lang } : {}),
      rows: rows(s),
    };
  });
}

/** Definition domains first, in their order, then the family's own in the order they were added. */
function order(
  domains: readonly { id: string }[],
  added: readonly string[] | undefined,
  id: string,
) {
  const i = domains.findIndex((d) => d.id === id);
  if (i >= 0) return i;
  const j = added?.indexOf(id) ?? -1;
  return domains.length + (j >= 0 ? j : 999);
}
