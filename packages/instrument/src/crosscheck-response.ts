// Checks a schema-valid response for internal consistency and, when the definition is known, against
// it: answers name sections and items that exist, values lie on their scales, texts fit their limits.
import { instant } from "./instant.js";
import { joinPointer } from "./pointer.js";
import type { InstrumentDefinition, Problem, Response, Scale } from "./types.js";

type Push = (p: Problem) => void;

function onScale(value: number, scale: Scale): boolean {
  const step = scale.step ?? 1;
  const k = (value - scale.min) / step;
  return value >= scale.min && value <= scale.max && Math.abs(k - Math.round(k)) < 1e-9;
}

function scaleProblem(pointer: string, value: number, scale: Scale): Problem {
  return {
    pointer,
    rule: "scale",
    message: {
      nb: `${value} ligger ikke på skalaen ${scale.min}–${scale.max} (steg ${scale.step ?? 1}).`,
      en: `${value} is not on the scale ${scale.min}–${scale.max} (step ${scale.step ?? 1}).`,
    },
  };
}

function unknown(pointer: string, what: [string, string], id: string): Problem {
  return {
    pointer,
    rule: "reference",
    message: { nb: `Ukjent ${what[0]} «${id}».`, en: `Unknown ${what[1]} "${id}".` },
  };
}

/** Consistency within the response alone. */
function checkSelf(response: Response, push: Push): void {
  if (instant(response.updated) < instant(response.created))
    push({
      pointer: "/updated",
      rule: "order",
      message: { nb: "updated er før created.", en: "updated is before created." },
    });
  for (const [sid, answer] of Object.entries(response.answers)) {
    if (!answer) continue;
    const base = joinPointer("answers", sid);
    if (answer.type === "wheel") {
      for (const [did, d] of Object.entries(answer.domains))
        if (d?.custom && !d.label)
          push({
            pointer: `${base}${joinPointer("domains", did)}/label`,
            rule: "required",
            message: {
              nb: "Et domene familien har lagt til, må ha et navn (label).",
              en: "A domain the family added needs a name (label).",
            },
          });
      (answer.order ?? []).forEach((id, i) => {
        if (!Object.hasOwn(answer.domains, id))
          push(unknown(`${base}/order/${i}`, ["domene", "domain"], id));
      });
    }
    if (answer.type === "network") {
      const pairs = new Set<string>();
      for (const [nid, node] of Object.entries(answer.nodes))
        if (node && !node.catalog && !node.label)
          push({
            pointer: `${base}${joinPointer("nodes", nid)}/label`,
            rule: "required",
            message: {
              nb: "En tjeneste eller person familien har lagt til, må ha et navn (label).",
              en: "A service or person the family added needs a name (label).",
            },
          });
      (answer.links ?? []).forEach((link, i) => {
        for (const end of ["a", "b"] as const)
          if (!Object.hasOwn(answer.nodes, link[end]))
            push(unknown(`${base}/links/${i}/${end}`, ["node", "node"], link[end]));
        if (link.a === link.b)
          push({
            pointer: `${base}/links/${i}/b`,
            rule: "reference",
            message: {
              nb: "En kobling må gå mellom to ulike noder.",
              en: "A link must join two different nodes.",
            },
          });
        const key = [link.a, link.b].sort().join("\u0000");
        if (pairs.has(key))
          push({
            pointer: `${base}/links/${i}`,
            rule: "unique",
            message: { nb: "Dette paret er koblet før.", en: "This pair is already linked." },
          });
        pairs.add(key);
      });
      if (answer.coordinator && !Object.hasOwn(answer.nodes, answer.coordinator.node))
        push(unknown(`${base}/coordinator/node`, ["node", "node"], answer.coordinator.node));
    }
  }
}

/** Checks against the definition the response claims to answer. */
function checkAgainst(response: Response, def: InstrumentDefinition, push: Push, warn: Push): void {
  if (response.instrument.id !== def.id)
    push({
      pointer: "/instrument/id",
      rule: "reference",
      message: {
        nb: `Svaret gjelder instrumentet «${response.instrument.id}», ikke «${def.id}».`,
        en: `The response is for instrument "${response.instrument.id}", not "${def.id}".`,
      },
    });
  if (response.instrument.version !== def.version)
    push({
      pointer: "/instrument/version",
      rule: "version",
      message: {
        nb: `Svaret gjelder versjon ${response.instrument.version}, men definisjonen er versjon ${def.version}.`,
        en: `The response is for version ${response.instrument.version}, but the definition is version ${def.version}.`,
      },
    });
  if (!def.roles.includes(response.role)) push(unknown("/role", ["rolle", "role"], response.role));
  if (!def.locales.includes(response.locale))
    warn({
      pointer: "/locale",
      rule: "locale",
      message: {
        nb: `Språket «${response.locale}» er ikke blant instrumentets språk.`,
        en: `The locale "${response.locale}" is not one of the instrument's locales.`,
      },
    });
  const sections = new Map(def.sections.map((s) => [s.id, s]));
  for (const [sid, answer] of Object.entries(response.answers)) {
    if (!answer) continue;
    const base = joinPointer("answers", sid);
    const section = sections.get(sid);
    if (!section) {
      push(unknown(base, ["seksjon", "section"], sid));
      continue;
    }
    if (section.type !== answer.type) {
      push({
        pointer: `${base}/type`,
        rule: "reference",
        message: {
          nb: `Seksjonen «${sid}» er av typen ${section.type}, ikke ${answer.type}.`,
          en: `The section "${sid}" is of type ${section.type}, not ${answer.type}.`,
        },
      });
      continue;
    }
    if (section.type === "wheel" && answer.type === "wheel") {
      const known = new Set(section.domains.map((d) => d.id));
      for (const [did, d] of Object.entries(answer.domains)) {
        if (!d) continue;
        const at = base + joinPointer("domains", did);
        if (!known.has(did) && !d.custom) push(unknown(at, ["domene", "domain"], did));
        if (d.current !== undefined && !onScale(d.current, section.scale))
          push(scaleProblem(`${at}/current`, d.current, section.scale));
        if (d.desired !== undefined && !onScale(d.desired, section.scale))
          push(scaleProblem(`${at}/desired`, d.desired, section.scale));
      }
    } else if (section.type === "network" && answer.type === "network") {
      const catalog = new Set((section.catalog ?? []).map((c) => c.id));
      const sectors = new Set(section.sectors.map((s) => s.id));
      const rings = new Set(section.rings.map((r) => r.id));
      const freq = new Set((section.rate?.frequency?.options ?? []).map((o) => o.id));
      for (const [nid, node] of Object.entries(answer.nodes)) {
        if (!node) continue;
        const at = base + joinPointer("nodes", nid);
        if (node.catalog !== undefined && !catalog.has(node.catalog))
          push(unknown(`${at}/catalog`, ["katalogoppføring", "catalog entry"], node.catalog));
        if (!sectors.has(node.sector))
          push(unknown(`${at}/sector`, ["sektor", "sector"], node.sector));
        if (!rings.has(node.ring)) push(unknown(`${at}/ring`, ["ring", "ring"], node.ring));
        if (node.frequency !== undefined && !freq.has(node.frequency))
          push(unknown(`${at}/frequency`, ["valg", "option"], node.frequency));
        const help = section.rate?.helpfulness;
        if (node.helpfulness !== undefined && help && !onScale(node.helpfulness, help))
          push(scaleProblem(`${at}/helpfulness`, node.helpfulness, help));
      }
      const coop = section.cooperation?.scale;
      (answer.links ?? []).forEach((link, i) => {
        if (link.cooperation !== undefined && coop && !onScale(link.cooperation, coop))
          push(scaleProblem(`${base}/links/${i}/cooperation`, link.cooperation, coop));
      });
    } else if (section.type === "reflection" && answer.type === "reflection") {
      const prompts = new Map(section.prompts.map((p) => [p.id, p]));
      for (const [pid, a] of Object.entries(answer.prompts)) {
        if (!a) continue;
        const at = base + joinPointer("prompts", pid);
        const prompt = prompts.get(pid);
        if (!prompt) {
          push(unknown(at, ["spørsmål", "prompt"], pid));
          continue;
        }
        const max = prompt.maxLength ?? 2000;
        if ([...a.text].length > max)
          push({
            pointer: `${at}/text`,
            rule: "maxLength",
            message: {
              nb: `Svaret er for langt: høyst ${max} tegn.`,
              en: `The answer is too long: at most ${max} characters.`,
            },
          });
        if (a.share && !prompt.shareable)
          push({
            pointer: `${at}/share`,
            rule: "consent",
            message: {
              nb: "Dette svaret kan ikke deles videre.",
              en: "This answer cannot be shared onward.",
            },
          });
      }
    } else if (section.type === "scale" && answer.type === "scale") {
      const items = new Set(section.items.map((i) => i.id));
      for (const [iid, a] of Object.entries(answer.items)) {
        if (!a) continue;
        const at = base + joinPointer("items", iid);
        if (!items.has(iid)) push(unknown(at, ["spørsmål", "item"], iid));
        else if (!onScale(a.value, section.scale))
          push(scaleProblem(`${at}/value`, a.value, section.scale));
      }
    } else if (section.type === "choice" && answer.type === "choice") {
      const items = new Map(section.items.map((i) => [i.id, i]));
      for (const [iid, a] of Object.entries(answer.items)) {
        if (!a) continue;
        const at = base + joinPointer("items", iid);
        const item = items.get(iid);
        if (!item) {
          push(unknown(at, ["spørsmål", "item"], iid));
          continue;
        }
        const values = Array.isArray(a.value) ? a.value : [a.value];
        if (Array.isArray(a.value) && !item.multiple)
          push({
            pointer: `${at}/value`,
            rule: "type",
            message: {
              nb: "Bare ett valg er tillatt her.",
              en: "Only one choice is allowed here.",
            },
          });
        const options = new Set(item.options.map((o) => o.id));
        values.forEach((v, vi) => {
          if (!options.has(v))
            push(
              unknown(
                Array.isArray(a.value) ? `${at}/value/${vi}` : `${at}/value`,
                ["valg", "option"],
                v,
              ),
            );
        });
      }
    } else if (section.type === "text" && answer.type === "text") {
      const items = new Map(section.items.map((i) => [i.id, i]));
      for (const [iid, a] of Object.entries(answer.items)) {
        if (!a) continue;
        const at = base + joinPointer("items", iid);
        const item = items.get(iid);
        if (!item) push(unknown(at, ["spørsmål", "item"], iid));
        else if ([...a.value].length > (item.maxLength ?? 2000))
          push({
            pointer: `${at}/value`,
            rule: "maxLength",
            message: {
              nb: `Svaret er for langt: høyst ${item.maxLength ?? 2000} tegn.`,
              en: `The answer is too long: at most ${item.maxLength ?? 2000} characters.`,
            },
          });
      }
    }
  }
}

export function crossCheckResponse(
  response: Response,
  def?: InstrumentDefinition,
): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  checkSelf(response, (p) => errors.push(p));
  if (def)
    checkAgainst(
      response,
      def,
      (p) => errors.push(p),
      (p) => warnings.push(p),
    );
  return { errors, warnings };
}
