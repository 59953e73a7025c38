// What the progress chart cannot use in the responses a host passed, as problems with JSON pointers
// (the element shows them and fires famwel-error). Pure, like the model it checks for.
import type { Problem } from "@famwel/instrument/core";
import { MAX_READINGS, own, scaleOf, type ChartSection } from "./progress-chart.model.js";

const esc = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const problem = (pointer: string, rule: string, nb: string, en: string): Problem => ({
  pointer,
  rule,
  message: { nb, en },
});

/**
 * What the chart cannot use in `responses`, with pointers `/responses/<index>/…` into the array
 * the host passed. Only what the chart reads is checked; a response without an answer to this
 * section is fine (it is not a reading of it).
 */
export function checkResponses(responses: unknown, section: ChartSection): Problem[] {
  if (!Array.isArray(responses))
    return [
      problem("/responses", "type", "Svarene må være en liste.", "Responses must be an array."),
    ];
  if (responses.length > MAX_READINGS)
    return [
      problem(
        "/responses",
        "maxItems",
        `Høyst ${MAX_READINGS} svar kan vises.`,
        `At most ${MAX_READINGS} responses can be shown.`,
      ),
    ];
  const scale = scaleOf(section);
  const out: Problem[] = [];
  const num = (v: unknown, at: string) => {
    if (v === undefined) return;
    if (typeof v !== "number" || !Number.isFinite(v))
      out.push(problem(at, "type", "Må være et tall.", "Must be a number."));
    else if (scale && (v < scale.min || v > scale.max))
      out.push(
        problem(
          at,
          "range",
          `${v} er utenfor skalaen (${scale.min}–${scale.max}).`,
          `${v} is outside the scale (${scale.min}–${scale.max}).`,
        ),
      );
  };
  const str = (v: unknown, at: string) => {
    if (v !== undefined && typeof v !== "string")
      out.push(problem(at, "type", "Må være tekst.", "Must be a string."));
  };
  responses.forEach((r: unknown, i) => {
    const base = `/responses/${i}`;
    if (!isObject(r)) {
      out.push(
        problem(base, "type", "Et svar må være et objekt.", "A response must be an object."),
      );
      return;
    }
    str(r.id, `${base}/id`);
    for (const key of ["created", "updated"])
      if (typeof r[key] !== "string" || Number.isNaN(Date.parse(r[key])))
        out.push(
          problem(
            `${base}/${key}`,
            "format",
            "Må være et tidspunkt, f.eks. 2026-11-23T10:15:00Z.",
            "Must be a date-time, e.g. 2026-11-23T10:15:00Z.",
          ),
        );
    if (!isObject(r.answers)) {
      out.push(problem(`${base}/answers`, "type", "Mangler svar (answers).", "Missing answers."));
      return;
    }
    const a = own(r.answers, section.id);
    const at = `${base}/answers/${esc(section.id)}`;
    if (a === undefined) return;
    if (!isObject(a) || a.type !== section.type) {
      out.push(
        problem(
          `${at}/type`,
          "const",
          `Svaret på «${section.id}» må ha typen ${section.type}.`,
          `The answer to "${section.id}" must be of type ${section.type}.`,
        ),
      );
      return;
    }
    const key = section.type === "wheel" ? "domains" : "nodes";
    const items = a[key];
    if (!isObject(items)) {
      out.push(problem(`${at}/${key}`, "type", "Må være et objekt.", "Must be an object."));
      return;
    }
    for (const [id, item] of Object.entries(items)) {
      const p = `${at}/${key}/${esc(id)}`;
      if (!isObject(item)) {
        out.push(problem(p, "type", "Må være et objekt.", "Must be an object."));
        continue;
      }
      if (section.type === "wheel") {
        num(item.current, `${p}/current`);
        num(item.desired, `${p}/desired`);
      } else {
        num(item.helpfulness, `${p}/helpfulness`);
        str(item.catalog, `${p}/catalog`);
      }
      str(item.label, `${p}/label`);
    }
    if (
      a.order !== undefined &&
      !(Array.isArray(a.order) && a.order.every((x) => typeof x === "string"))
    )
      out.push(
        problem(`${at}/order`, "type", "Må være en liste med id-er.", "Must be a list of ids."),
      );
  });
  return out;
}
