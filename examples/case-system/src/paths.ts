// Where the database lives: --db, then FAMWEL_DB, then data/case-system.sqlite in this example
// (resolved from dist/, where the built server runs; data/ is gitignored).
import { fileURLToPath } from "node:url";

export function dbPathFrom(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const i = argv.indexOf("--db");
  const fromArg = i >= 0 ? argv[i + 1] : undefined;
  return (
    fromArg ||
    env.FAMWEL_DB ||
    fileURLToPath(new URL("../data/case-system.sqlite", import.meta.url))
  );
}
