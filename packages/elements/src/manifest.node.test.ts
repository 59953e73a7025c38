// custom-elements.json is the API contract (Storybook controls, React wrappers, editors read it).
// It is generated from the classes' JSDoc; these tests keep it current and complete.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const pkgDir = fileURLToPath(new URL("..", import.meta.url));
const committedPath = path.join(pkgDir, "custom-elements.json");
const cem = createRequire(import.meta.url).resolve("@custom-elements-manifest/analyzer/cem.js");
const REGENERATE = "run `pnpm --filter @famwel/elements analyze` and commit custom-elements.json";

interface Documented {
  name: string;
  description?: string;
  summary?: string;
}
interface Declaration extends Documented {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  slots?: Documented[];
  attributes?: Documented[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

let tmp: string;
let fresh: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "famwel-cem-"));
  // The CLI joins --outdir onto its cwd, so it must be relative.
  execFileSync(
    process.execPath,
    [
      cem,
      "analyze",
      "--config",
      "custom-elements-manifest.config.mjs",
      "--outdir",
      path.relative(pkgDir, tmp),
      "--quiet",
    ],
    { cwd: pkgDir, stdio: ["ignore", "ignore", "pipe"] },
  );
  fresh = readFileSync(path.join(tmp, "custom-elements.json"), "utf8");
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const elementsOf = (m: Manifest) =>
  m.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((d) => d.customElement)
      .map((d) => ({ ...d, module: mod.path })),
  );

describe("custom-elements.json", () => {
  it("is up to date with the source", () => {
    expect(existsSync(committedPath), `custom-elements.json is missing: ${REGENERATE}`).toBe(true);
    // Compare parsed first for a readable diff, then byte for byte.
    const committed = readFileSync(committedPath, "utf8");
    expect(JSON.parse(committed), `custom-elements.json is stale: ${REGENERATE}`).toEqual(
      JSON.parse(fresh),
    );
    expect(committed, `custom-elements.json is stale: ${REGENERATE}`).toBe(fresh);
  });

  // `pnpm test` builds first, and the build regenerates the file; in CI a stale *committed* file
  // therefore shows up as a change against git's HEAD.
  const inGit = (() => {
    try {
      execFileSync("git", ["rev-parse", "--is-inside-work-tree"], { cwd: pkgDir, stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  it.runIf(Boolean(process.env.CI) && inGit)("as committed, matches the source (CI)", () => {
    const diff = execFileSync("git", ["diff", "--stat", "HEAD", "--", "custom-elements.json"], {
      cwd: pkgDir,
      encoding: "utf8",
    });
    expect(diff, `the committed custom-elements.json is stale: ${REGENERATE}`).toBe("");
  });

  it("declares every element that src/define registers, and nothing else", () => {
    const manifest = JSON.parse(fresh) as Manifest;
    const defineDir = path.join(pkgDir, "src/define");
    const defined = existsSync(defineDir)
      ? readdirSync(defineDir)
          .filter((f) => /^famwel-[a-z0-9-]+\.ts$/.test(f))
          .map((f) => f.replace(/\.ts$/, ""))
          .sort()
      : [];
    expect(
      elementsOf(manifest)
        .map((e) => e.tagName)
        .sort(),
    ).toEqual(defined);
  });

  it("documents every element: famwel- tag, summary, parts, events, CSS properties, slots", () => {
    const manifest = JSON.parse(fresh) as Manifest;
    const problems: string[] = [];
    for (const el of elementsOf(manifest)) {
      const where = `${el.tagName ?? el.name} (${el.module})`;
      if (!/^famwel-[a-z0-9]+(-[a-z0-9]+)*$/.test(el.tagName ?? ""))
        problems.push(`${where}: tag name must be famwel-<kebab>`);
      if (!/^Famwel[A-Z][A-Za-z0-9]*$/.test(el.name))
        problems.push(`${where}: class name must be Famwel<Pascal>`);
      if (!el.summary?.trim()) problems.push(`${where}: no @summary`);
      if (!el.description?.trim()) problems.push(`${where}: no class description`);
      if (!el.cssParts?.length)
        problems.push(`${where}: no @csspart (stable parts are part of the API)`);
      for (const [kind, list] of [
        ["event", el.events],
        ["csspart", el.cssParts],
        ["cssproperty", el.cssProperties],
        ["slot", el.slots],
      ] as const) {
        for (const item of list ?? []) {
          // Events the analyzer finds in code but no @fires documents come without a description.
          if (!item.description?.trim())
            problems.push(
              `${where}: @${kind === "event" ? "fires" : kind} ${item.name || "(default)"} has no description`,
            );
        }
      }
      for (const e of el.events ?? []) {
        if (!/^(change|input|famwel-[a-z]+(-[a-z]+)*)$/.test(e.name))
          problems.push(
            `${where}: event "${e.name}" must be native (change, input) or famwel-<noun>-<verb>`,
          );
      }
      for (const p of el.cssProperties ?? []) {
        if (!p.name.startsWith("--famwel-"))
          problems.push(`${where}: CSS property ${p.name} must start with --famwel-`);
      }
    }
    expect(problems).toEqual([]);
  });
});
