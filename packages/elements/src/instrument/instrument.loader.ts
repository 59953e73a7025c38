// Loads and checks the definition the host hands the runner: an object, or a same-origin URL the
// host names in `src`. A chunk of its own, because it brings the parser and the instrument's
// precompiled validator; a page that never shows a runner never pays for them. What only a response
// needs (resuming one, migrating answers, the check before submit) is in instrument.loader-response.ts,
// which the runner fetches once the first step is drawn: the family sees the first question sooner.
//
// A definition handed over as an object (the common case) is checked without the JSON text parser
// and the synchronous SHA-256 (8 KB gzip): those come in chunks of their own, only for a text
// (`src`, or a string) and for plain http without WebCrypto.
//
// `src` is the only network request the library ever makes, and only when the host sets it: same
// origin as the page (no credentials leave for another site, no definition arrives from one), no
// cache surprises for a definition that was just edited, and a size cap read as the bytes arrive.
import {
  canonicalJson,
  MAX_INSTRUMENT_BYTES,
  parseInstrumentObject,
} from "@famwel/instrument/parse-object";
import { isParsed } from "@famwel/instrument/core";
import type { InstrumentDefinition, Problem } from "@famwel/instrument";

export type Loaded<T> = { ok: true; value: T } | { ok: false; errors: Problem[] };

const problem = (rule: string, nb: string, en: string): Problem => ({
  pointer: "",
  rule,
  message: { nb, en },
});

/** The parser of JSON text (parseInstrument, with jsonc-parser to say where a problem is). The
 * runner asks for it as soon as it knows it will get text, so it arrives beside the text. */
export const loadTextParser = () => import("./instrument.loader-text.js");

/**
 * A definition, checked: an object at once, in this task; JSON text once its parser has arrived.
 * Objects from parseInstrument are not checked again.
 */
export async function parseDefinition(input: unknown): Promise<Loaded<InstrumentDefinition>> {
  if (isParsed(input)) return { ok: true, value: input as InstrumentDefinition };
  const parsed =
    typeof input === "string"
      ? (await loadTextParser()).parseInstrument(input)
      : parseInstrumentObject(input);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, errors: parsed.errors };
}

/**
 * The same `sha256:<hex>` as instrumentHash, computed by WebCrypto where there is one (secure
 * contexts): the digest of ~80 KB then runs off the main thread instead of blocking it for tens of
 * milliseconds on a slow tablet. Elsewhere (plain http) the synchronous hash.
 */
export async function hashDefinition(definition: InstrumentDefinition): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  const sync = async () => (await import("./instrument.loader-hash.js")).instrumentHash(definition);
  if (!subtle) return sync();
  const { $schema: _ignored, ...rest } = definition as unknown as Record<string, unknown>;
  const text = canonicalJson(rest);
  try {
    const digest = new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(text)));
    return "sha256:" + Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  } catch {
    return sync();
  }
}

/** A definition, checked, with its content hash. Objects from parseInstrument are not checked again. */
export async function loadObject(
  input: unknown,
): Promise<Loaded<{ definition: InstrumentDefinition; hash: string }>> {
  const parsed = await parseDefinition(input);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: { definition: parsed.value, hash: await hashDefinition(parsed.value) },
  };
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
