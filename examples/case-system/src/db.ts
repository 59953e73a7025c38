// The case system's storage: one SQLite file (better-sqlite3, synchronous and in-process, so a
// request is one transaction with no pool to tune). A response is stored whole, as the JSON that
// passed parseResponse, beside the few columns the pages query by; the JSON stays the source of truth,
// so a later version of the schema can be migrated with migrateResponse without losing anything.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Response } from "@famwel/instrument";

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS families (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  case_ref   TEXT NOT NULL,
  caseworker TEXT NOT NULL,
  created    TEXT NOT NULL
);
-- A reading: one completed family response (the wheel and the map) at one point in time.
CREATE TABLE IF NOT EXISTS readings (
  id                 TEXT PRIMARY KEY,
  family_id          TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  instrument_id      TEXT NOT NULL,
  instrument_version TEXT NOT NULL,
  taken              TEXT NOT NULL,
  response           TEXT NOT NULL CHECK (json_valid(response))
);
CREATE INDEX IF NOT EXISTS readings_by_family ON readings (family_id, taken);
-- An employee's reflection about a family's reading, or a manager's own (no family).
CREATE TABLE IF NOT EXISTS reflections (
  id         TEXT PRIMARY KEY,
  family_id  TEXT REFERENCES families(id) ON DELETE CASCADE,
  reading_id TEXT REFERENCES readings(id) ON DELETE SET NULL,
  role       TEXT NOT NULL CHECK (role IN ('employee', 'manager')),
  written    TEXT NOT NULL,
  response   TEXT NOT NULL CHECK (json_valid(response))
);
CREATE INDEX IF NOT EXISTS reflections_by_role ON reflections (role, written);
`;

/** Opens (and on first use creates) the database file with its schema. */
export function openDb(file: string): Db {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL"); // readers never wait for the one writer
  db.pragma("foreign_keys = ON");
  db.exec(SCHEMA);
  return db;
}

export interface Family {
  id: string;
  name: string;
  caseRef: string;
  caseworker: string;
  created: string;
}

export interface FamilySummary extends Family {
  readings: number;
  latest: string | null;
}

export function listFamilies(db: Db): FamilySummary[] {
  return db
    .prepare(
      `SELECT f.id, f.name, f.case_ref AS caseRef, f.caseworker, f.created,
              COUNT(r.id) AS readings, MAX(r.taken) AS latest
         FROM families f LEFT JOIN readings r ON r.family_id = f.id
        GROUP BY f.id ORDER BY f.name`,
    )
    .all() as FamilySummary[];
}

export function getFamily(db: Db, id: string): Family | undefined {
  return db
    .prepare("SELECT id, name, case_ref AS caseRef, caseworker, created FROM families WHERE id = ?")
    .get(id) as Family | undefined;
}

export function insertFamily(db: Db, f: Family): void {
  db.prepare(
    "INSERT INTO families (id, name, case_ref, caseworker, created) VALUES (?, ?, ?, ?, ?)",
  ).run(f.id, f.name, f.caseRef, f.caseworker, f.created);
}

const parse = (rows: unknown[]): Response[] =>
  (rows as { response: string }[]).map((r) => JSON.parse(r.response) as Response);

/** A family's readings, oldest first. */
export function readingsOf(db: Db, familyId: string): Response[] {
  return parse(
    db
      .prepare("SELECT response FROM readings WHERE family_id = ? ORDER BY taken, id")
      .all(familyId),
  );
}

export function insertReading(db: Db, familyId: string, r: Response): void {
  db.prepare(
    `INSERT INTO readings (id, family_id, instrument_id, instrument_version, taken, response)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(r.id, familyId, r.instrument.id, r.instrument.version, r.updated, JSON.stringify(r));
}

export interface StoredReflection {
  response: Response;
  familyId: string | null;
  readingId: string | null;
}

export function insertReflection(db: Db, r: StoredReflection): void {
  db.prepare(
    `INSERT INTO reflections (id, family_id, reading_id, role, written, response)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    r.response.id,
    r.familyId,
    r.readingId,
    r.response.role,
    r.response.updated,
    JSON.stringify(r.response),
  );
}

/** A family's reflections (employees'), newest first. */
export function reflectionsOf(db: Db, familyId: string): Response[] {
  return parse(
    db
      .prepare("SELECT response FROM reflections WHERE family_id = ? ORDER BY written DESC, id")
      .all(familyId),
  );
}

/** Every reflection written in a role: what the manager's pooled view is made from. */
export function reflectionsByRole(db: Db, role: "employee" | "manager"): Response[] {
  return parse(db.prepare("SELECT response FROM reflections WHERE role = ? ORDER BY id").all(role));
}
