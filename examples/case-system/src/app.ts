// The HTTP side: Fastify routes for the pages and the three posts (a family, a reading, a
// reflection), and the security headers on every response, static files and errors included.
import fastifyFormbody from "@fastify/formbody";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import { parseInstrument, type InstrumentDefinition, type Problem } from "@famwel/instrument";
import { family as familyJson, reflection as reflectionJson } from "@famwel/instruments";
import * as store from "./db.js";
import type { Db } from "./db.js";
import { html } from "./html.js";
import { page } from "./layout.js";
import { familiesPage, familyPage, readingFormPage } from "./pages-family.js";
import { employeeReflectionPage, managerPage } from "./pages-reflection.js";
import { poolForManager } from "./pool.js";
import { assembleResponse } from "./responses.js";

/**
 * The policy of issue 6: scripts and styles only from files on this origin, no inline code, no
 * eval, and Trusted Types enforced with one allowed policy, `lit-html`: the one Lit creates for its
 * template HTML. The famwel elements need nothing more (no inline style, no eval, no other policy).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html",
].join("; ");

const SECURITY_HEADERS = {
  "content-security-policy": CSP,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

export interface AppOptions {
  db: Db;
  /** dist/public: the stylesheet and the bundled page scripts. */
  publicDir: string;
  /** Manager view: the fewest sharing reflections before a prompt's answers are shown. */
  minGroup?: number;
  now?: () => Date;
}

function mustParse(definition: InstrumentDefinition): InstrumentDefinition {
  const result = parseInstrument(definition);
  if (!result.ok) throw new Error(`Bundled instrument ${definition.id} is invalid`);
  return result.value;
}

type Fields = Record<string, unknown>;
type Params = { id: string };

const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const { db } = o;
  const minGroup = o.minGroup ?? 5;
  const family = mustParse(familyJson);
  const reflection = mustParse(reflectionJson);
  const reflectionSection = reflection.sections.find((s) => s.type === "reflection");
  if (reflectionSection?.type !== "reflection") throw new Error("no reflection section");

  // Responses are up to 2 MiB (MAX_RESPONSE_BYTES); a form post of a big map is well under that.
  const app = Fastify({ logger: false, bodyLimit: 2 * 1024 * 1024 });
  await app.register(fastifyFormbody);
  await app.register(fastifyStatic, { root: o.publicDir, prefix: "/", index: false });

  app.addHook("onSend", async (_req, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });

  const send = (reply: FastifyReply, body: string, status = 200) =>
    reply
      .code(status)
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-store")
      .send(body);

  const notFound = (reply: FastifyReply) =>
    send(
      reply,
      page({
        title: "Fant ikke siden",
        main: html`<h1>Fant ikke siden</h1>
          <p><a href="/">Til forsiden</a></p>`,
      }),
      404,
    );

  app.setNotFoundHandler((_req, reply) => notFound(reply));
  app.setErrorHandler((error, _req, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) console.error(error);
    return send(
      reply,
      page({
        title: "Noe gikk galt",
        main: html`<h1>Noe gikk galt</h1>
          <p>${status < 500 ? "Forespørselen kunne ikke leses." : "Prøv igjen om litt."}</p>`,
      }),
      status,
    );
  });

  app.get("/", (_req, reply) => send(reply, familiesPage(store.listFamilies(db))));

  app.post<{ Body: Fields }>("/families", (req, reply) => {
    const f = {
      name: str(req.body.name),
      caseRef: str(req.body.caseRef),
      caseworker: str(req.body.caseworker),
    };
    const problems: Problem[] = [];
    const limits = { name: 100, caseRef: 30, caseworker: 100 } as const;
    for (const key of Object.keys(limits) as (keyof typeof limits)[]) {
      if (!f[key] || f[key].length > limits[key])
        problems.push({
          pointer: `/${key}`,
          rule: "required",
          message: {
            nb: `Fyll ut «${{ name: "Navn på familien", caseRef: "Saksnummer", caseworker: "Kontaktperson" }[key]}» (høyst ${limits[key]} tegn).`,
            en: `Fill in ${key} (at most ${limits[key]} characters).`,
          },
        });
    }
    if (problems.length) return send(reply, familiesPage(store.listFamilies(db), problems, f), 422);
    const id = `f-${Date.now().toString(36)}`;
    store.insertFamily(db, { id, ...f, created: (o.now?.() ?? new Date()).toISOString() });
    return reply.redirect(`/families/${id}`, 303);
  });

  app.get<{ Params: Params; Querystring: { saved?: string } }>("/families/:id", (req, reply) => {
    const fam = store.getFamily(db, req.params.id);
    if (!fam) return notFound(reply);
    const saved = { reading: "Kartleggingen er lagret.", reflection: "Refleksjonen er lagret." }[
      req.query.saved ?? ""
    ];
    return send(
      reply,
      familyPage({
        family: fam,
        readings: store.readingsOf(db, fam.id),
        reflections: store.reflectionsOf(db, fam.id),
        instrument: family,
        saved,
      }),
    );
  });

  app.get<{ Params: Params }>("/families/:id/readings/new", (req, reply) => {
    const fam = store.getFamily(db, req.params.id);
    if (!fam) return notFound(reply);
    const latest = store.readingsOf(db, fam.id).at(-1);
    return send(
      reply,
      readingFormPage({ family: fam, instrument: family, values: {}, latest, problems: [] }),
    );
  });

  app.post<{ Params: Params; Body: Fields }>("/families/:id/readings", (req, reply) => {
    const fam = store.getFamily(db, req.params.id);
    if (!fam) return notFound(reply);
    const result = assembleResponse(req.body, {
      definition: family,
      role: "family",
      sections: ["wheel", "network"],
      now: o.now,
    });
    if (!result.response) {
      const latest = store.readingsOf(db, fam.id).at(-1);
      const form = readingFormPage({
        family: fam,
        instrument: family,
        values: result.kept,
        latest,
        problems: result.problems,
      });
      return send(reply, form, 422);
    }
    store.insertReading(db, fam.id, result.response);
    return reply.redirect(`/families/${fam.id}?saved=reading`, 303);
  });

  const employeePage = (fam: store.Family, values: Fields, problems: Problem[]) =>
    employeeReflectionPage({
      family: fam,
      reflection,
      readingInstrument: family,
      latest: store.readingsOf(db, fam.id).at(-1),
      values,
      problems,
    });

  app.get<{ Params: Params }>("/families/:id/reflections/new", (req, reply) => {
    const fam = store.getFamily(db, req.params.id);
    return fam ? send(reply, employeePage(fam, {}, [])) : notFound(reply);
  });

  app.post<{ Params: Params; Body: Fields }>("/families/:id/reflections", (req, reply) => {
    const fam = store.getFamily(db, req.params.id);
    if (!fam) return notFound(reply);
    const readings = store.readingsOf(db, fam.id);
    const result = assembleResponse(req.body, {
      definition: reflection,
      role: "employee",
      sections: ["reflection"],
      aboutOneOf: readings.map((r) => r.id),
      now: o.now,
    });
    if (!result.response) return send(reply, employeePage(fam, result.kept, result.problems), 422);
    const answer = result.response.answers.reflection;
    const readingId = answer?.type === "reflection" ? (answer.about?.response ?? null) : null;
    store.insertReflection(db, { response: result.response, familyId: fam.id, readingId });
    return reply.redirect(`/families/${fam.id}?saved=reflection`, 303);
  });

  const manager = (values: Fields, problems: Problem[], saved?: string) => {
    const employees = store.reflectionsByRole(db, "employee");
    return managerPage({
      reflection,
      pool: poolForManager(employees, reflection.id, reflectionSection, minGroup),
      total: employees.length,
      minGroup,
      values,
      problems,
      saved,
    });
  };

  app.get<{ Querystring: { saved?: string } }>("/manager", (req, reply) =>
    send(
      reply,
      manager({}, [], req.query.saved === "reflection" ? "Refleksjonen er lagret." : undefined),
    ),
  );

  app.post<{ Body: Fields }>("/manager/reflections", (req, reply) => {
    const result = assembleResponse(req.body, {
      definition: reflection,
      role: "manager",
      sections: ["reflection"],
      now: o.now,
    });
    if (!result.response) return send(reply, manager(result.kept, result.problems), 422);
    store.insertReflection(db, { response: result.response, familyId: null, readingId: null });
    return reply.redirect("/manager?saved=reflection", 303);
  });

  return app;
}
