// What a municipal developer gets from `npm install`: each public package packed as the registry
// would get it (pnpm pack turns workspace:* into versions), then checked from the outside with
// publint (package.json against the files) and "are the types wrong" (types resolve for ESM
// consumers in Node and bundlers), plus our own rules: nothing but what a user needs in the
// tarball, types first in every exports condition, the custom-elements manifest and editor data
// shipped, the self-hosted bundle free of eval. And a release dry run: `changeset version` on a
// copy of the workspace writes a changelog for every package. Nothing here touches the network.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { publint } from "publint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const PACKAGES = ["instrument", "instruments", "elements", "cli", "react"].filter((p) =>
  existsSync(path.join(root, "packages", p, "dist")),
);
const tmp = mkdtempSync(path.join(tmpdir(), "famwel-pack-"));
const tarballs = new Map<string, { file: string; entries: string[] }>();

interface Manifest {
  name: string;
  exports?: Record<string, unknown>;
  files?: string[];
}
const manifest = (p: string) =>
  JSON.parse(readFileSync(path.join(root, "packages", p, "package.json"), "utf8")) as Manifest;

beforeAll(async () => {
  await Promise.all(
    PACKAGES.map(async (p) => {
      const dest = path.join(tmp, p);
      const { stdout } = await run("pnpm", ["pack", "--pack-destination", dest], {
        cwd: path.join(root, "packages", p),
      });
      const file = stdout.trim().split("\n").at(-1)!.trim();
      const list = await run("tar", ["-tzf", file]);
      tarballs.set(p, { file, entries: list.stdout.trim().split("\n") });
    }),
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.each(PACKAGES)("@famwel/%s as published", (p) => {
  it("holds only what a user needs: no sources, tests, stories, test support or build caches", () => {
    const { entries } = tarballs.get(p)!;
    const stray = entries.filter((e) =>
      /\/(src|test|test-support|__screenshots__)\/|\.test\.|\.stories\.|tsbuildinfo|\.map$/.test(
        e.replace(/^package\/dist\//, "package/"),
      ),
    );
    expect(stray).toEqual([]);
    expect(entries).toContain("package/package.json");
    expect(entries.some((e) => /^package\/README\.md$/i.test(e))).toBe(true);
    expect(entries.some((e) => /^package\/LICEN[CS]E/i.test(e))).toBe(true);
  });

  it("puts types first in every exports condition, and every export exists in the tarball", () => {
    const { entries } = tarballs.get(p)!;
    for (const [subpath, target] of Object.entries(manifest(p).exports ?? {})) {
      const targets = typeof target === "string" ? [target] : Object.values(target as object);
      if (typeof target === "object" && target)
        expect(Object.keys(target)[0], subpath).toBe("types");
      for (const t of targets as string[]) {
        // "./definitions/*.json" maps a pattern: at least one file must match it
        const [head, tail = ""] = `package/${t.replace(/^\.\//, "")}`.split("*");
        const found = entries.some((e) => e.startsWith(head!) && e.endsWith(tail));
        expect(found, `${subpath} → ${t}`).toBe(true);
      }
    }
  });

  it("passes publint (strict)", async () => {
    const { messages } = await publint({
      pkgDir: path.join(root, "packages", p),
      strict: true,
      pack: "pnpm",
    });
    expect(messages.map((m) => `${m.type} ${m.code} ${m.path.join(".")}`)).toEqual([]);
  });

  it("has types that resolve for ESM consumers (are the types wrong, esm-only profile)", async () => {
    const attw = path.join(root, "node_modules/.bin/attw");
    const result = await run(attw, [tarballs.get(p)!.file, "--profile", "esm-only", "-f", "json"], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((e: { stdout: string }) => e);
    // The JSON lists every problem; the esm-only profile ignores CommonJS and node10 resolution
    // (our packages are ES modules only), so the same filter applies here.
    type Problem = { kind: string; entrypoint?: string; resolutionKind?: string };
    const report = JSON.parse(result.stdout) as {
      problems?: Record<string, Problem[]> | Problem[];
    };
    const all = Object.values(report.problems ?? {}).flat() as Problem[];
    const esm = all.filter((x) => !["node10", "node16-cjs"].includes(x.resolutionKind ?? ""));
    expect(esm.map((x) => `${x.kind} ${x.entrypoint ?? ""} ${x.resolutionKind ?? ""}`)).toEqual([]);
  });
});

describe("@famwel/elements extras", () => {
  const dist = path.join(root, "packages/elements/dist");
  it("ships the manifest and VS Code data naming every element", () => {
    const cem = JSON.parse(
      readFileSync(path.join(root, "packages/elements/custom-elements.json"), "utf8"),
    ) as {
      modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
    };
    const tags = cem.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => d.tagName!)
      .sort();
    expect(tags.length).toBeGreaterThanOrEqual(2);
    const html = JSON.parse(
      readFileSync(path.join(dist, "vscode.html-custom-data.json"), "utf8"),
    ) as {
      tags: { name: string; attributes: unknown[] }[];
    };
    expect(html.tags.map((t) => t.name)).toEqual(tags);
    const defines = readdirSync(path.join(dist, "define")).filter((f) => f.endsWith(".js"));
    expect(defines.map((f) => f.replace(/\.js$/, "")).sort()).toEqual(tags);
    const entries = tarballs.get("elements")?.entries ?? [];
    for (const f of ["custom-elements.json", "dist/vscode.html-custom-data.json", "dist/famwel.js"])
      expect(entries).toContain(`package/${f}`);
  });

  it("self-hosted bundle: one ES module that defines every element, with no eval or new Function", () => {
    const code = readFileSync(path.join(dist, "famwel.js"), "utf8");
    expect(code).not.toMatch(/\beval\(|new Function\(|\bimport\(["'`]/);
    for (const f of readdirSync(path.join(dist, "define")).filter((x) => x.endsWith(".js")))
      expect(code).toContain(f.replace(/\.js$/, ""));
  });
});

describe("release dry run", () => {
  it("changeset version writes a changelog entry for every public package from the pending changesets", async () => {
    const copy = mkdtempSync(path.join(tmpdir(), "famwel-release-"));
    try {
      for (const f of ["package.json", "pnpm-workspace.yaml", ".changeset"])
        cpSync(path.join(root, f), path.join(copy, f), { recursive: true });
      for (const dir of ["packages", "examples"])
        for (const p of readdirSync(path.join(root, dir)))
          if (existsSync(path.join(root, dir, p, "package.json")))
            cpSync(
              path.join(root, dir, p, "package.json"),
              path.join(copy, dir, p, "package.json"),
            );
      const pending = readdirSync(path.join(copy, ".changeset")).filter(
        (f) => f.endsWith(".md") && f !== "README.md",
      );
      const changeset = path.join(root, "node_modules/.bin/changeset");
      await run(changeset, ["version"], { cwd: copy });
      if (pending.length === 0) return; // nothing to release: version is a no-op
      const released = readdirSync(path.join(copy, "packages")).filter((p) =>
        existsSync(path.join(copy, "packages", p, "CHANGELOG.md")),
      );
      expect(released.length).toBeGreaterThan(0);
      const versions = released.map(
        (p) =>
          (
            JSON.parse(readFileSync(path.join(copy, "packages", p, "package.json"), "utf8")) as {
              version: string;
            }
          ).version,
      );
      // the fixed group moves together
      expect(new Set(versions).size).toBe(1);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
