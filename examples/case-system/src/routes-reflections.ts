// Reflections: an employee's about a family's latest reading, and the manager's page with the pooled,
// consented answers of employees and a reflection of the manager's own.
import type { Problem } from "@famwel/instrument";
import type { Ctx, Fields, Params } from "./app.js";
import * as store from "./db.js";
import { employeeReflectionPage, managerPage } from "./pages-reflection.js";
import { poolForManager } from "./pool.js";
import { assembleResponse } from "./responses.js";

export function reflectionRoutes(ctx: Ctx): void {
  const { app, db, family, reflection, reflectionSection, minGroup, send, notFound } = ctx;
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
      now: ctx.now,
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
      now: ctx.now,
    });
    if (!result.response) return send(reply, manager(result.kept, result.problems), 422);
    store.insertReflection(db, { response: result.response, familyId: null, readingId: null });
    return reply.redirect("/manager?saved=reflection", 303);
  });
}
