// Rules JSON Schema cannot express: unique ids, references that must exist, every string in the
// default locale, scale anchors on the scale. Runs only on schema-valid input, so the shapes are known.
import { checkReplaces } from "./crosscheck-replaces.js";
import { joinPointer } from "./pointer.js";
import type { AnySection, InstrumentDefinition, Problem, Scale, Role } from "./types.js";

/** Keys whose value is always a localised string map in an instrument definition. */
const LOCALIZED_KEYS = new Set([
  "title",
  "description",
  "publisher",
  "label",
  "childLabel",
  "notePrompt",
  "guidance",
  "keywords",
  "prompt",
]);
/** A slider with more positions than this cannot be used by keyboard or touch. */
export const MAX_SCALE_STEPS = 200;

type Push = (p: Problem) => void;

function duplicateIds(
  list: ReadonlyArray<{ id: string }> | undefined,
  base: string,
  what: [string, string],
  push: Push,
): void {
  const seen = new Map<string, number>();
  (list ?? []).forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      push({
        pointer: `${base}/${i}/id`,
        rule: "unique",
        message: {
          nb: `Id-en «${item.id}» er brukt før (${what[0]} nr. ${first}). Hver id må være unik.`,
          en: `The id "${item.id}" is already used (${what[1]} ${first}). Every id must be unique.`,
        },
      });
  });
}

export function checkScale(scale: Scale, base: string, push: Push): void {
  const step = scale.step ?? 1;
  if (scale.min >= scale.max) {
    push({
      pointer: `${base}/max`,
      rule: "scale",
      message: {
        nb: `max (${scale.max}) må være større enn min (${scale.min}).`,
        en: `max (${scale.max}) must be greater than min (${scale.min}).`,
      },
    });
    return;
  }
  const steps = (scale.max - scale.min) / step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9) {
    push({
      pointer: `${base}/step`,
      rule: "scale",
      message: {
        nb: `Steget ${step} går ikke opp i skalaen ${scale.min}–${scale.max}.`,
        en: `The step ${step} does not divide the scale ${scale.min}–${scale.max}.`,
      },
    });
  } else if (steps > MAX_SCALE_STEPS) {
    push({
      pointer: `${base}/step`,
      rule: "scale",
      message: {
        nb: `Skalaen har ${Math.round(steps)} trinn; høyst ${MAX_SCALE_STEPS} kan brukes med tastatur og berøring.`,
        en: `The scale has ${Math.round(steps)} steps; at most ${MAX_SCALE_STEPS} are usable by keyboard and touch.`,
      },
    });
  }
  const seen = new Set<number>();
  (scale.anchors ?? []).forEach((a, i) => {
    const at = `${base}/anchors/${i}/value`;
    const onStep =
      Math.abs((a.value - scale.min) / step - Math.round((a.value - scale.min) / step)) < 1e-9;
    if (a.value < scale.min || a.value > scale.max || !onStep)
      push({
        pointer: at,
        rule: "scale",
        message: {
          nb: `Ankeret ${a.value} ligger ikke på skalaen ${scale.min}–${scale.max} med steg ${step}.`,
          en: `The anchor ${a.value} is not on the scale ${scale.min}–${scale.max} with step ${step}.`,
        },
      });
    if (seen.has(a.value))
      push({
        pointer: at,
        rule: "unique",
        message: {
          nb: `Ankeret ${a.value} står to ganger.`,
          en: `The anchor ${a.value} appears twice.`,
        },
      });
    seen.add(a.value);
  });
}

function checkStrings(
  value: unknown,
  pointer: string,
  def: InstrumentDefinition,
  push: Push,
  warn: Push,
): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkStrings(v, `${pointer}/${i}`, def, push, warn));
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    const at = pointer + joinPointer(key);
    if (
      LOCALIZED_KEYS.has(key) &&
      child !== null &&
      typeof child === "object" &&
      !Array.isArray(child)
    ) {
      const map = child as Record<string, string>;
      if (!Object.hasOwn(map, def.defaultLocale))
        push({
          pointer: at,
          rule: "defaultLocale",
          message: {
            nb: `Teksten mangler standardspråket «${def.defaultLocale}».`,
            en: `The text has no "${def.defaultLocale}" version (the default locale).`,
          },
        });
      for (const locale of Object.keys(map))
        if (!def.locales.includes(locale))
          warn({
            pointer: at + joinPointer(locale),
            rule: "locale",
            message: {
              nb: `Språket «${locale}» står ikke i locales og blir aldri vist.`,
              en: `The locale "${locale}" is not in locales and is never shown.`,
            },
          });
      for (const locale of def.locales)
        if (locale !== def.defaultLocale && !Object.hasOwn(map, locale))
          warn({
            pointer: at,
            rule: "translation",
            message: {
              nb: `Mangler oversettelse til «${locale}»; standardspråket vises i stedet.`,
              en: `No "${locale}" translation; the default locale is shown instead.`,
            },
          });
    } else checkStrings(child, at, def, push, warn);
  }
}

function checkRoles(
  roles: readonly Role[] | undefined,
  allowed: readonly Role[],
  pointer: string,
  push: Push,
): void {
  (roles ?? []).forEach((role, i) => {
    if (!allowed.includes(role))
      push({
        pointer: `${pointer}/${i}`,
        rule: "reference",
        message: {
          nb: `Rollen «${role}» er ikke blant rollene ${allowed.join(", ")}.`,
          en: `The role "${role}" is not one of the roles ${allowed.join(", ")}.`,
        },
      });
  });
}

export interface SectionContext {
  /** Roles of the instrument; a section's roles must be among them. */
  roles: readonly Role[];
  /** Types of the instrument's sections by id, for references such as a reflection's `about`. */
  sectionTypes: ReadonlyMap<string, string>;
}

/** Cross-field checks of one section; `base` is its pointer (e.g. `/sections/2`, or `` for a lone section). */
function checkSection(
  section: AnySection,
  base: string,
  ctx: SectionContext,
  push: Push,
  warn: Push,
): void {
  checkRoles(section.roles, ctx.roles, `${base}/roles`, push);
  const sectionRoles = section.roles ?? ctx.roles;
  switch (section.type) {
    case "wheel": {
      duplicateIds(section.domains, `${base}/domains`, ["domene", "domain"], push);
      checkScale(section.scale, `${base}/scale`, push);
      const min = section.minDomains ?? 1;
      const max = section.maxDomains ?? 24;
      if (min > max)
        push({
          pointer: `${base}/minDomains`,
          rule: "range",
          message: {
            nb: `minDomains (${min}) er større enn maxDomains (${max}).`,
            en: `minDomains (${min}) is greater than maxDomains (${max}).`,
          },
        });
      if (section.domains.length > max)
        push({
          pointer: `${base}/domains`,
          rule: "range",
          message: {
            nb: `Hjulet har ${section.domains.length} domener, men maxDomains er ${max}.`,
            en: `The wheel has ${section.domains.length} domains but maxDomains is ${max}.`,
          },
        });
      if (section.domains.length < min && !section.custom?.add)
        push({
          pointer: `${base}/domains`,
          rule: "range",
          message: {
            nb: `Hjulet har ${section.domains.length} domener, men minst ${min} trengs og familien kan ikke legge til egne.`,
            en: `The wheel has ${section.domains.length} domains, at least ${min} are needed and the family cannot add its own.`,
          },
        });
      if (section.notePrompt && !section.notes)
        warn({
          pointer: `${base}/notePrompt`,
          rule: "unused",
          message: {
            nb: "notePrompt brukes ikke når notes er false.",
            en: "notePrompt is not used while notes is false.",
          },
        });
      break;
    }
    case "network": {
      duplicateIds(section.sectors, `${base}/sectors`, ["sektor", "sector"], push);
      duplicateIds(section.rings, `${base}/rings`, ["ring", "ring"], push);
      duplicateIds(section.catalog, `${base}/catalog`, ["katalogoppføring", "catalog entry"], push);
      duplicateIds(
        section.rate?.frequency?.options,
        `${base}/rate/frequency/options`,
        ["valg", "option"],
        push,
      );
      const sectors = new Set(section.sectors.map((s) => s.id));
      (section.catalog ?? []).forEach((entry, ci) => {
        if (!sectors.has(entry.sector))
          push({
            pointer: `${base}/catalog/${ci}/sector`,
            rule: "reference",
            message: {
              nb: `Sektoren «${entry.sector}» finnes ikke i sectors.`,
              en: `The sector "${entry.sector}" is not in sectors.`,
            },
          });
      });
      if (section.rate?.helpfulness)
        checkScale(section.rate.helpfulness, `${base}/rate/helpfulness`, push);
      if (section.cooperation)
        checkScale(section.cooperation.scale, `${base}/cooperation/scale`, push);
      break;
    }
    case "reflection": {
      duplicateIds(section.prompts, `${base}/prompts`, ["spørsmål", "prompt"], push);
      section.prompts.forEach((p, pi) =>
        checkRoles(p.roles, sectionRoles, `${base}/prompts/${pi}/roles`, push),
      );
      (section.about ?? []).forEach((id, ai) => {
        const type = ctx.sectionTypes.get(id);
        if (type !== "wheel" && type !== "network")
          push({
            pointer: `${base}/about/${ai}`,
            rule: "reference",
            message: {
              nb: `«${id}» er ingen hjul- eller nettverksseksjon i dette instrumentet.`,
              en: `"${id}" is not a wheel or network section of this instrument.`,
            },
          });
      });
      break;
    }
    case "scale":
      duplicateIds(section.items, `${base}/items`, ["spørsmål", "item"], push);
      checkScale(section.scale, `${base}/scale`, push);
      break;
    case "choice":
      duplicateIds(section.items, `${base}/items`, ["spørsmål", "item"], push);
      section.items.forEach((item, ii) =>
        duplicateIds(item.options, `${base}/items/${ii}/options`, ["valg", "option"], push),
      );
      break;
    case "text":
      duplicateIds(section.items, `${base}/items`, ["spørsmål", "item"], push);
      break;
  }
}

/**
 * Cross-field checks for a section given alone (an element's `.definition`), for schema-valid input.
 * Without the instrument, role and cross-section references cannot be checked and are skipped.
 */
export function crossCheckSection(section: AnySection): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const ctx: SectionContext = {
    roles: ["family", "child", "employee", "manager"],
    sectionTypes: new Map([
      ["wheel", "wheel"],
      ["network", "network"],
    ]),
  };
  checkSection(
    section,
    "",
    ctx,
    (p) => errors.push(p),
    (p) => warnings.push(p),
  );
  return { errors, warnings };
}

/** Cross-field checks for a schema-valid definition. Errors block use; warnings do not. */
export function crossCheckInstrument(def: InstrumentDefinition): {
  errors: Problem[];
  warnings: Problem[];
} {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const push: Push = (p) => errors.push(p);
  const warn: Push = (p) => warnings.push(p);

  if (!def.locales.includes(def.defaultLocale))
    push({
      pointer: "/defaultLocale",
      rule: "reference",
      message: {
        nb: `Standardspråket «${def.defaultLocale}» må stå i locales.`,
        en: `The default locale "${def.defaultLocale}" must be listed in locales.`,
      },
    });
  duplicateIds(def.sections, "/sections", ["seksjon", "section"], push);

  const ctx: SectionContext = {
    roles: def.roles,
    sectionTypes: new Map(def.sections.map((s) => [s.id, s.type])),
  };
  def.sections.forEach((section, si) => checkSection(section, `/sections/${si}`, ctx, push, warn));
  checkStrings(def, "", def, push, warn);
  checkReplaces(def, warn);
  return { errors, warnings };
}
