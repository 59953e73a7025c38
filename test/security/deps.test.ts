// Issue 8, item 8: dependencies. `pnpm audit --prod` finds no high or critical advisory (skipped,
// saying why, only when the registry's audit endpoint cannot be reached or refuses the request); the
// Ajv that compiles the validators is 8.18 or newer; `$data` (which turns schema values into run-time
// data references) is never enabled: not in the build script's options, not in the schemas, not in the
// generated validator code.
import { execFile } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const instrument = join(repo, "packages", "instrument");
const figures: string[] = [];
afterAll(() => console.log(`dependencies: ${figures.join("; ")}`));

function atLeast(version: string, min: [number, number]): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major > min[0] || (major === min[0] && minor >= min[1]);
}

describe("dependencies", () => {
  it("compiles the validators with Ajv 8.18 or newer", () => {
    // The Ajv the build script imports, resolved from where it sits.
    const require = createRequire(join(instrument, "scripts", "build-validators.mjs"));
    const { version } = JSON.parse(readFileSync(require.resolve("ajv/package.json"), "utf8")) as {
      version: string;
    };
    figures.push(`ajv ${version}`);
    expect(atLeast(version, [8, 18]), `ajv ${version}`).toBe(true);
    expect(atLeast("8.17.9", [8, 18])).toBe(false); // the comparison itself can fail
  });

  it("never enables $data: build options, schemas and generated code", () => {
    const script = readFileSync(join(instrument, "scripts", "build-validators.mjs"), "utf8");
    expect(script).not.toMatch(/\$data/);
    const generated = join(instrument, "src", "generated");
    const files = [
      join(instrument, "schema", "instrument.v1.json"),
      join(instrument, "schema", "response.v1.json"),
      ...readdirSync(generated)
        .filter((f) => f.endsWith(".js"))
        .map((f) => join(generated, f)),
    ];
    for (const file of files) expect(readFileSync(file, "utf8"), file).not.toMatch(/\$data/);
    // The generated code has no run-time compiler either (it would need 'unsafe-eval').
    for (const file of files.filter((f) => f.endsWith(".js")))
      expect(readFileSync(file, "utf8"), file).not.toMatch(/new Function|\beval\(/);
    figures.push(`$data absent from ${files.length} files`);
  });

  it("pnpm audit --prod finds no high or critical advisory", async (ctx) => {
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(
        "pnpm",
        ["audit", "--prod", "--audit-level", "high", "--json"],
        { cwd: repo, timeout: 45_000, maxBuffer: 32 * 1024 * 1024 },
        (error, out) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out }),
      ),
    );
    let report: {
      error?: { code: string; message: string };
      metadata?: { vulnerabilities?: Record<string, number> };
      advisories?: Record<string, { severity: string; module_name: string; title: string }>;
    } = {};
    try {
      report = JSON.parse(stdout) as typeof report;
    } catch {
      report = { error: { code: "NO_JSON", message: stdout.slice(0, 200) } };
    }
    if (
      report.error &&
      /AUDIT_BAD_RESPONSE|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|NO_JSON/.test(
        report.error.code + report.error.message,
      )
    ) {
      figures.push(
        `pnpm audit not run: ${report.error.code} (${report.error.message.slice(0, 120)})`,
      );
      ctx.skip();
    }
    const serious = Object.values(report.advisories ?? {}).filter((a) =>
      ["high", "critical"].includes(a.severity),
    );
    figures.push(
      `pnpm audit: ${JSON.stringify(report.metadata?.vulnerabilities ?? {})}, ${serious.length} high or critical`,
    );
    expect(serious.map((a) => `${a.severity} ${a.module_name}: ${a.title}`)).toEqual([]);
    expect(code).toBe(0);
  });
});
