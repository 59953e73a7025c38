// Finding services in the catalog as the family types: in their language, forgiving of case and
// accents, strict about Norwegian letters. Re-exported by service-map.model.ts.
import { localeChain, localize } from "@famwel/instrument/core";
import type { NetworkSection, NodeAnswer } from "@famwel/instrument/core";

// ---- the catalog ---------------------------------------------------------------------------

export interface CatalogHit {
  id: string;
  label: string;
  lang: string;
  sector: string;
  kind: NodeAnswer["kind"];
  description?: string;
}

/**
 * Folds case and accents so "skole" finds "Skolen" and "moske" finds "moské". Æ, ø and å are letters of
 * their own in Norwegian, not accented a and o: å survives decomposition, æ and ø never decompose.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/a\u030a/g, "\u00e5")
    .replace(/\p{M}/gu, "");
}

// 0: a word starts with the query; 1: the query is inside a word; -1: not found.
function matchKind(text: string, query: string): number {
  let best = -1;
  for (let i = text.indexOf(query); i >= 0; i = text.indexOf(query, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!)) return 0;
    best = 1;
  }
  return best;
}

function collator(locale: string): Intl.Collator {
  try {
    // The locale's chain: Chromium has no nynorsk collation, and the root one sorts "Å" with "A".
    return new Intl.Collator(localeChain(locale));
  } catch {
    return new Intl.Collator("en"); // an unknown locale tag must not break searching
  }
}

/**
 * The catalog entries matching what the family types, in the label, description or search words.
 * Word starts rank before matches inside a word, the name before the other texts, then by name.
 */
export function catalogSearch(
  section: NetworkSection,
  query: string,
  locale: string,
  fallbacks: readonly string[],
  excludeIds: ReadonlySet<string>,
): CatalogHit[] {
  const q = foldText(query.trim());
  const scored: Array<{ hit: CatalogHit; score: number; sector: number }> = [];
  for (const c of section.catalog ?? []) {
    if (excludeIds.has(c.id)) continue;
    const label = localize(c.label, locale, fallbacks);
    const description = c.description ? localize(c.description, locale, fallbacks).text : "";
    const keywords = c.keywords ? localize(c.keywords, locale, fallbacks).text : "";
    let score = 0;
    if (q) {
      const rankIn = (text: string, inName: boolean) => {
        const k = matchKind(foldText(text), q);
        return k < 0 ? Infinity : k * 2 + (inName ? 0 : 1);
      };
      score = Math.min(
        rankIn(label.text, true),
        rankIn(description, false),
        rankIn(keywords, false),
      );
      if (score === Infinity) continue;
    }
    const hit: CatalogHit = {
      id: c.id,
      label: label.text,
      lang: label.locale,
      sector: c.sector,
      kind: c.kind ?? "service",
      ...(description ? { description } : {}),
    };
    scored.push({ hit, score, sector: sectorRank(section, c.sector) });
  }
  const byName = collator(locale);
  return scored
    .sort(
      (x, y) =>
        x.score - y.score ||
        (q ? 0 : x.sector - y.sector) ||
        byName.compare(x.hit.label, y.hit.label) ||
        (x.hit.id < y.hit.id ? -1 : 1),
    )
    .map((s) => s.hit);
}

function sectorRank(section: NetworkSection, id: string): number {
  const i = section.sectors.findIndex((s) => s.id === id);
  return i < 0 ? section.sectors.length : i;
}
