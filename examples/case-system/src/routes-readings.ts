// A family's readings: the wheel and the map in a plain form (each element posts its answer under its
// name), and the whole family instrument run by <famwel-instrument>, whose response is posted in a
// hidden field. Both end in the same server-side validation, and a refusal keeps what was typed.
import type { Ctx, Fields, Params } from "./app.js";
import * as store from "./db.js";
import { fullReadingPage } from "./pages-full.js";
import { readingFormPage } from "./pages-family.js";
import { acceptResponse, assembleResponse } from "./responses.js";

export function readingRoutes(ctx: Ctx): void {
  const { app, db, family, send, notFound } = ctx;
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
      now: ctx.now,
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

  app.get<{ Params: Params }>("/families/:id/readings/full", (req, reply) => {
    const fam = store.getFamily(db, req.params.id);
    if (!fam) return notFound(reply);
    return send(reply, fullReadingPage({ family: fam, instrument: family, problems: [] }));
  });

  app.post<{ Params: Params; Body: Fields }>("/families/:id/readings/full", (req, reply) => {
    const fam = store.getFamily(db, req.params.id);
    if (!fam) return notFound(reply);
    const result = acceptResponse(req.body.response, {
      definition: family,
      role: "family",
      now: ctx.now,
    });
    if (!result.response) {
      const page = fullReadingPage({
        family: fam,
        instrument: family,
        posted: result.kept.response,
        problems: result.problems,
      });
      return send(reply, page, 422);
    }
    store.insertReading(db, fam.id, result.response);
    return reply.redirect(`/families/${fam.id}?saved=reading`, 303);
  });
}
