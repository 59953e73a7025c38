// `node dist/main.js [--db file] [--seed-if-empty]`: opens (or creates) the database and serves the
// case system on 127.0.0.1 only. PORT picks the port (default 5173; 0 picks a free one); see
// paths.ts for where the database is.
import process from "node:process";
import { fileURLToPath } from "node:url";
import { buildApp } from "./app.js";
import { openDb } from "./db.js";
import { dbPathFrom } from "./paths.js";
import { seed } from "./seed-data.js";

const file = dbPathFrom(process.argv, process.env);
const db = openDb(file);
// `pnpm start` passes --seed-if-empty so a first start shows three families; without the flag an
// empty database stays empty (and the front page says how to add families).
if (process.argv.includes("--seed-if-empty")) {
  const { n } = db.prepare("SELECT COUNT(*) AS n FROM families").get() as { n: number };
  if (n === 0) seed(db);
}
const app = await buildApp({
  db,
  publicDir: fileURLToPath(new URL("./public/", import.meta.url)),
});
const address = await app.listen({ host: "127.0.0.1", port: Number(process.env.PORT ?? 5173) });
console.log(`famwel case system: ${address.replace(/\/?$/, "/")}`);
console.log(`database: ${file}`);

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    void app.close().then(() => {
      db.close();
      process.exit(0);
    });
  });
