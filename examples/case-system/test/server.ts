// Starts the built case system on a free port with a fresh temporary database (seeded by the
// server's own --seed-if-empty), for the browser test. Builds first when dist/ is missing.
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const exampleDir = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface Running {
  url: string;
  dbFile: string;
  stop: () => void;
}

export async function startCaseSystem(): Promise<Running> {
  if (!existsSync(join(exampleDir, "dist", "main.js")))
    execSync("node scripts/build.mjs", { cwd: exampleDir, stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "famwel-case-system-"));
  const dbFile = join(dir, "test.sqlite");
  let child: ChildProcess | undefined;
  const url = await new Promise<string>((resolve, reject) => {
    const c = spawn(process.execPath, ["dist/main.js", "--db", dbFile, "--seed-if-empty"], {
      cwd: exampleDir,
      env: { ...process.env, PORT: "0", FAMWEL_DB: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = c;
    let out = "";
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${out}`)), 20_000);
    c.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    c.stderr.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    c.on("exit", (code) => reject(new Error(`the server exited with ${code}: ${out}`)));
  });
  return {
    url,
    dbFile,
    stop: () => {
      child?.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
