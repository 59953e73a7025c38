import { afterEach, describe, expect, it, vi } from "vitest";
import smallJson from "./fixtures/small.json" with { type: "json" };
import { instrumentHash } from "@famwel/instrument";
import { hashDefinition, loadObject, loadSrc, parseDefinition } from "./instrument.loader.js";
import { loadResponse } from "./instrument.loader-response.js";

const page = { base: "https://kommune.example/skjema/", origin: "https://kommune.example" };
const text = JSON.stringify(smallJson);

/** A fetch that answers every request with `body` (streamed in 1 KB pieces) and `headers`. */
function serve(body: string, init: ResponseInit = {}) {
  const bytes = new TextEncoder().encode(body);
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < bytes.length; i += 1024) c.enqueue(bytes.slice(i, i + 1024));
      c.close();
    },
  });
  return vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response(stream, init));
}

afterEach(() => vi.restoreAllMocks());

describe("runner loader", () => {
  it("resolves `src` against the base, fetches it same-origin without cache, and checks it", async () => {
    const fetch = serve(text);
    const r = await loadSrc("small.json", page);
    expect(r.ok && r.value.definition.id).toBe("test.small");
    expect(r.ok && r.value.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url instanceof URL ? url.href : url).toBe("https://kommune.example/skjema/small.json");
    expect(init).toMatchObject({
      credentials: "same-origin",
      cache: "no-cache",
      mode: "same-origin",
    });
  });

  it("refuses another origin, another scheme and a bad URL before any request", async () => {
    const fetch = serve(text);
    for (const src of [
      "https://evil.example/x.json",
      "//evil.example/x.json",
      "data:application/json,{}",
      "http://kommune.example/x.json",
    ]) {
      const r = await loadSrc(src, page);
      expect(r.ok ? [] : r.errors.map((e) => e.rule), src).toEqual(["origin"]);
    }
    const bad = await loadSrc("http://[::1", page);
    expect(bad.ok ? [] : bad.errors.map((e) => e.rule)).toEqual(["src"]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("stops reading at the size cap, whether or not the server says how long it is", async () => {
    serve(text + " ".repeat(5000));
    const streamed = await loadSrc("small.json", { ...page, maxBytes: 4096 });
    expect(streamed.ok ? [] : streamed.errors.map((e) => e.rule)).toEqual(["maxBytes"]);
    vi.restoreAllMocks();
    serve(text, { headers: { "content-length": "99999999" } });
    const declared = await loadSrc("small.json", page);
    expect(declared.ok ? [] : declared.errors.map((e) => e.rule)).toEqual(["maxBytes"]);
  });

  it("reports an HTTP error, a network failure and a bad definition with where it is wrong", async () => {
    serve("nope", { status: 404, statusText: "Not Found" });
    const missing = await loadSrc("small.json", page);
    expect(missing.ok ? "" : missing.errors[0]!.message.en).toContain("404");
    vi.restoreAllMocks();
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("Failed to fetch"));
    const offline = await loadSrc("small.json", page);
    expect(offline.ok ? "" : offline.errors[0]!.message.en).toContain("Failed to fetch");
    vi.restoreAllMocks();
    const twice = text.replace('"id":"now"', '"id":"who"'); // the first section takes the second's id
    serve(twice);
    const dup = await loadSrc("small.json", page);
    expect(dup.ok ? [] : dup.errors.map((e) => e.pointer)).toContain("/sections/1/id");
    // Text is checked by the text's parser (a chunk of its own), which says where in the text: the
    // served text is one line, and the problem is at the second "who".
    const at = dup.ok ? undefined : dup.errors.find((e) => e.pointer === "/sections/1/id");
    const second = twice.indexOf('"who"', twice.indexOf('"who"') + 1);
    expect(second).toBeGreaterThan(0);
    expect(at && [at.line, at.column]).toEqual([1, second + 1]);
  });

  it("accepts a response to resume only for the same instrument", async () => {
    const def = await loadObject(smallJson);
    if (!def.ok) throw new Error("fixture");
    const response = {
      id: "r",
      instrument: { id: "other.form", version: "1.0.0", hash: "sha256:" + "0".repeat(64) },
      role: "family",
      locale: "nb",
      status: "in-progress",
      created: "2026-11-23T10:00:00Z",
      updated: "2026-11-23T10:00:00Z",
      answers: {},
    };
    const other = loadResponse(response, def.value.definition);
    expect(other.ok ? [] : other.errors.map((e) => e.pointer)).toEqual(["/instrument/id"]);
    const same = loadResponse(
      { ...response, instrument: { ...response.instrument, id: "test.small" } },
      def.value.definition,
    );
    expect(same.ok).toBe(true);
  });

  it("checks an object without the text's parser, with the same problems parseInstrument gives", async () => {
    const bad = structuredClone(smallJson) as { sections: { id: string }[] };
    bad.sections[1]!.id = bad.sections[0]!.id;
    const r = await parseDefinition(bad);
    expect(r.ok ? [] : r.errors.map((e) => e.pointer)).toContain("/sections/1/id");
    // An object has no text to point into: no line, as parseInstrument gives for an object.
    expect(r.ok ? "" : r.errors.map((e) => e.line)).toEqual(
      r.ok ? "" : r.errors.map(() => undefined),
    );
    // A string is JSON text, parsed, not taken as a value that fails the schema.
    const text = await parseDefinition(JSON.stringify(smallJson));
    expect(text.ok && text.value.id).toBe("test.small");
  });

  it("hashes as instrumentHash does, with WebCrypto and, where there is none, without it", async () => {
    const def = await loadObject(smallJson);
    if (!def.ok) throw new Error("fixture");
    const expected = instrumentHash(def.value.definition);
    expect(def.value.hash).toBe(expected);
    vi.stubGlobal("crypto", {}); // plain http: no crypto.subtle, so the synchronous chunk
    try {
      expect(await hashDefinition(def.value.definition)).toBe(expected);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
