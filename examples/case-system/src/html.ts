// A tiny tagged template for server-rendered HTML that escapes every interpolated value. Text from
// families, employees and the database is hostile until proven otherwise, so escaping is the default
// and the only way to insert markup is another `html` template (a `Html` value), never a string.

/** Markup that is already safe: produced by `html` (or `jsonIsland`), never from a plain string. */
export class Html {
  /** Private by convention: only this module constructs it from trusted pieces. */
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => entities[c]!);
}

/** A value interpolated into `html`: arrays are concatenated, nullish and false render nothing. */
export type Interpolation = Html | string | number | boolean | null | undefined | Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/**
 * `html\`<p>${name}</p>\`` escapes `name`; nested `html` results and arrays of them are inserted as
 * markup. Attribute values must be quoted in the template (`title="${x}"`): escaping `"` and `'`
 * keeps a value inside its quotes, but an unquoted attribute could still be split by a space.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/**
 * Server data for a page script, as `<script type="application/json">`. The browser never runs it
 * (so `script-src 'self'` does not apply), but its text must not close the element early: `<`, `>`
 * and `&` become \u escapes, as do U+2028/U+2029, so no value can write `</script>` or `<!--`.
 */
export function jsonIsland(id: string, data: unknown): Html {
  const json = JSON.stringify(data ?? null).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return new Html(`<script type="application/json" id="${escapeHtml(id)}">${json}</script>`);
}
