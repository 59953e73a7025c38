// `pnpm --filter @famwel/example-case-system seed [-- --db file]`: fills the database with the three
// synthetic families of seed-data.ts (their earlier seed is replaced; other families are kept).
import process from "node:process";
import { openDb } from "./db.js";
import { dbPathFrom } from "./paths.js";
import { seed } from "./seed-data.js";

const file = dbPathFrom(process.argv, process.env);
const db = openDb(file);
const counts = seed(db);
db.close();
console.log(
  `seeded ${file}: ${counts.families} families, ${counts.readings} readings, ${counts.reflections} reflections`,
);
