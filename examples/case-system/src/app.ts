// The HTTP side: the Fastify app, the security headers on every response (static files and errors
// included), the families list and a family's page. Readings and reflections have their own modules.
import { randomUUID } from "node:crypto";
import fastifyFormbody from "@fastify/formbody";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import {
  parseInstrument,
  type InstrumentDefinition,
  type Problem,
  type ReflectionSection,
} from "@famwel/instrument";
import { family as familyJson, reflection as reflectionJson } from "@famwel/instruments";
import * as store from "./db.js";
import type { Db } from "./db.js";
import { html } from "./html.js";
import { page } from "./layout.js";
import { familiesPage, familyPage } from "./pages-family.js";
import { readingRoutes } from "./routes-readings.js";
import { reflectionRoutes } from "./routes-reflections.js";

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

export type Fields = Record<string, unknown>;
export type Params = { id: string };

/** What the route modules share: the app, the database, the parsed instruments and two replies. */
export interface Ctx {
  app: FastifyInstance;
  db: Db;
  family: InstrumentDefinition;
  reflection: InstrumentDefinition;
  reflectionSection: ReflectionSection;
  minGroup: number;
  now: (() => Date) | undefined;
  send: (reply: FastifyReply, body: string, status?: number) => FastifyReply;
  notFound: (reply: FastifyReply) => FastifyReply;
}

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
    const id = `f-${randomUUID().slice(0, 8)}`;
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

  const ctx: Ctx = {
    app,
    db,
    family,
    reflection,
    reflectionSection,
    minGroup,
    now: o.now,
    send,
    notFound,
  };
  readingRoutes(ctx);
  reflectionRoutes(ctx);

  return app;
}
