// Loads and checks the definition the host hands the runner: an object, or a same-origin URL the
// host names in `src`. A chunk of its own, because it brings the parser and the instrument's
// precompiled validator; a page that never shows a runner never pays for them. What only a response
// needs (resuming one, migrating answers, the check before submit) is in instrument.loader-response.ts,
// which the runner fetches once the first step is drawn: the family sees the first question sooner.
//
// `src` is the only network request the library ever makes, and only when the host sets it: same
// origin as the page (no credentials leave for another site, no definition arrives from one), no
// cache surprises for a definition that was just edited, and a size cap read as the bytes arrive.
import {
  canonicalJson,
  instrumentHash,
  isParsed,
  MAX_INSTRUMENT_BYTES,
  parseInstrument,
  type InstrumentDefinition,
  type Problem,
} from "@famwel/instrument";

export type Loaded<T> = { ok: true; value: T } | { ok: false; errors: Problem[] };

const problem = (rule: string, nb: string, en: string): Problem => ({
  pointer: "",
  rule,
  message: { nb, en },
});

/** A definition, checked. Objects from parseInstrument are not checked again. */
export function parseDefinition(input: unknown): Loaded<InstrumentDefinition> {
  if (isParsed(input)) return { ok: true, value: input as InstrumentDefinition };
  const parsed = parseInstrument(input);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, errors: parsed.errors };
}

/**
 * The same `sha256:<hex>` as instrumentHash, computed by WebCrypto where there is one (secure
 * contexts): the digest of ~80 KB then runs off the main thread instead of blocking it for tens of
 * milliseconds on a slow tablet. Elsewhere (plain http) the synchronous hash.
 */
export async function hashDefinition(definition: InstrumentDefinition): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return instrumentHash(definition);
  const { $schema: _ignored, ...rest } = definition as unknown as Record<string, unknown>;
  const text = canonicalJson(rest);
  try {
    const digest = new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(text)));
    return "sha256:" + Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  } catch {
    return instrumentHash(definition);
  }
}

/** A definition, checked, with its content hash. Objects from parseInstrument are not checked again. */
export function loadObject(
  input: unknown,
): Loaded<{ definition: InstrumentDefinition; hash: string }> {
  const parsed = parseDefinition(input);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { definition: parsed.value, hash: instrumentHash(parsed.value) } };
}

/** Reads at most `max` bytes of a body; undefined when it is longer. */
async function readCapped(res: globalThis.Response, max: number): Promise<string | undefined> {
  const length = Number(res.headers.get("content-length") ?? "0");
  if (length > max) return undefined;
  const reader = res.body?.getReader();
  if (!reader) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

export interface FetchOptions {
  /** What `src` is resolved against (document.baseURI). */
  base: string;
  /** The page's own origin: the only one a definition may come from. */
  origin: string;
  signal?: AbortSignal;
  /** Largest definition accepted, in bytes. */
  maxBytes?: number;
}

/** Fetches a definition from the page's own origin and checks it. Never throws. */
export async function loadSrc(
  src: string,
  options: FetchOptions,
): Promise<Loaded<{ definition: InstrumentDefinition; hash: string }>> {
  const text = await fetchDefinition(src, options);
  return text.ok ? loadObject(text.value) : text;
}

/** Fetches the text of a definition from the page's own origin, unchecked. Never throws. */
export async function fetchDefinition(
  src: string,
  { base, origin, signal, maxBytes = MAX_INSTRUMENT_BYTES }: FetchOptions,
): Promise<Loaded<string>> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return {
      ok: false,
      errors: [
        problem("src", `«${src}» er ikke en gyldig adresse.`, `"${src}" is not a valid URL.`),
      ],
    };
  }
  if (url.origin !== origin)
    return {
      ok: false,
      errors: [
        problem(
          "origin",
          `Skjemaet må hentes fra samme nettsted som siden (${origin}), ikke fra ${url.origin}.`,
          `The form must come from the page's own site (${origin}), not from ${url.origin}.`,
        ),
      ],
    };
  try {
    const res = await fetch(url, {
      credentials: "same-origin",
      cache: "no-cache",
      // A redirect to another site is refused by the browser too.
      mode: "same-origin",
      signal,
    });
    if (!res.ok)
      return {
        ok: false,
        errors: [
          problem(
            "fetch",
            `Kunne ikke hente skjemaet (${res.status} ${res.statusText}).`,
            `Could not fetch the form (${res.status} ${res.statusText}).`,
          ),
        ],
      };
    const text = await readCapped(res, maxBytes);
    if (text === undefined)
      return {
        ok: false,
        errors: [
          problem(
            "maxBytes",
            `Skjemaet er for stort: høyst ${maxBytes} byte er tillatt.`,
            `The form is too large: at most ${maxBytes} bytes allowed.`,
          ),
        ],
      };
    return { ok: true, value: text };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        problem(
          "fetch",
          `Kunne ikke hente skjemaet (${detail}).`,
          `Could not fetch the form (${detail}).`,
        ),
      ],
    };
  }
}
