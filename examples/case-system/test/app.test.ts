// The server without a browser (Fastify's inject): an empty database works, every response carries
// the policy (pages, errors, redirects), and posts that are not what the forms send are refused.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp, CSP } from "../src/app.js";
import { openDb, type Db } from "../src/db.js";
import { wholeResponse } from "./whole-response.js";

let app: FastifyInstance;
let db: Db;
const form = { "content-type": "application/x-www-form-urlencoded" };

beforeAll(async () => {
  db = openDb(":memory:"); // empty: no seed
  app = await buildApp({ db, publicDir: mkdtempSync(join(tmpdir(), "famwel-public-")) });
});
afterAll(async () => {
  await app.close();
  db.close();
});

describe("the case system's server", () => {
  it("starts on an empty database and says how to add families", async () => {
    const res = await app.inject({ url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Ingen familier ennå");
    expect(res.headers["content-security-policy"]).toBe(CSP);
  });

  it("creates a family from the plain form, and refuses an empty one keeping what was typed", async () => {
    const bad = await app.inject({
      method: "POST",
      url: "/families",
      headers: form,
      payload: "name=%3Cb%3EOla%3C%2Fb%3E&caseRef=&caseworker=Kari",
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Fyll ut «Saksnummer»");
    expect(bad.body).toContain('value="&lt;b&gt;Ola&lt;/b&gt;"'); // kept, and escaped
    // The summary links to the field, and the field says it is the one at fault.
    expect(bad.body).toMatch(/<a href="#caseRef"[^>]*>Fyll ut «Saksnummer»/);
    expect(bad.body).toMatch(/<input\s+id="caseRef"[^>]*aria-invalid="true"/);
    expect(bad.body).not.toMatch(/<input\s+id="name"[^>]*aria-invalid/);
    const spaces = await app.inject({
      method: "POST",
      url: "/families",
      headers: form,
      payload: "name=+++&caseRef=1&caseworker=Kari",
    });
    expect(spaces.statusCode).toBe(422);
    expect(spaces.body).toMatch(/<a href="#name"[^>]*>Fyll ut «Navn på familien»/);
    expect(spaces.body).toMatch(/<input\s+id="name"[^>]*aria-invalid="true"/);
    const ok = await app.inject({
      method: "POST",
      url: "/families",
      headers: form,
      payload: "name=Familien+Test&caseRef=2026%2F9&caseworker=Kari",
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers["content-security-policy"]).toBe(CSP);
    const page = await app.inject({ url: String(ok.headers.location) });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<h1>Familien Test</h1>");
    expect(page.body).toContain("Ingen kartlegginger ennå.");
  });

  it("answers unknown pages and families with 404 under the same policy", async () => {
    for (const url of ["/nothing-here", "/families/nobody", "/families/nobody/readings/new"]) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(404);
      expect(res.headers["content-security-policy"]).toBe(CSP);
    }
  });

  it("refuses a reading that is not JSON, and one for a family that does not exist", async () => {
    const families = db.prepare("SELECT id FROM families").all() as { id: string }[];
    const id = families[0]!.id;
    const bad = await app.inject({
      method: "POST",
      url: `/families/${id}/readings`,
      headers: form,
      payload: "wheel=%7Bnot+json&network=",
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Svaret er ikke gyldig JSON.");
    expect(bad.body).toContain("<code>/answers/wheel</code>");
    const none = await app.inject({
      method: "POST",
      url: "/families/nobody/readings",
      headers: form,
      payload: "",
    });
    expect(none.statusCode).toBe(404);
    expect((db.prepare("SELECT COUNT(*) AS n FROM readings").get() as { n: number }).n).toBe(0);
  });

  it("refuses a whole-instrument reading that rates nothing, as the plain form does", async () => {
    const families = db.prepare("SELECT id FROM families").all() as { id: string }[];
    const id = families[0]!.id;
    const at = "2026-11-23T10:00:00.000Z";
    const response = wholeResponse({}, at);
    const res = await app.inject({
      method: "POST",
      url: `/families/${id}/readings/full`,
      headers: form,
      payload: new URLSearchParams({ response }).toString(),
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Vurder minst ett område i hjulet");
    expect(res.body).toContain("<code>/answers/wheel</code>");
    expect((db.prepare("SELECT COUNT(*) AS n FROM readings").get() as { n: number }).n).toBe(0);
  });
});
