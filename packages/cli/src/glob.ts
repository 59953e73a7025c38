// A small glob expander, because Node 20 has no fs.glob and the CLI takes no third-party dependencies.
//
// Supported, as in POSIX shells and most glob libraries:
//   *    any run of characters within one path segment, not including "/"
//   ?    exactly one character, not "/"
//   **   as a whole segment: zero or more directories
// Nothing else is special: "[", "]", "{", "}" and "!" match themselves. Names that start with "." are
// matched only by a pattern segment that starts with "." too (so "**" does not walk into .git), and
// "**" does not walk into node_modules either (name it in the pattern to look there).
// Symbolic links are followed when they are named or matched, but "**" does not descend into linked
// directories, so a link cycle cannot make it loop. Results are files only, sorted, without duplicates,
// and spelled the way the pattern was written ("instruments/**/*.json" gives "instruments/a/b.json").
import { readdirSync, statSync, type Dirent } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";

/** True when the argument contains a wildcard and so must be expanded rather than read as a name. */
export function hasMagic(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** Turns one pattern segment ("*.v?.json") into an anchored regular expression. */
export function segmentRegExp(segment: string): RegExp {
  let source = "";
  for (const ch of segment) {
    if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else source += ch.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "u");
}

function matchesSegment(name: string, segment: string, re: RegExp): boolean {
  if (name.startsWith(".") && !segment.startsWith(".")) return false;
  return re.test(name);
}

/** Directories "**" does not enter: hidden ones and installed packages. */
function skipped(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

function kindOf(path: string): "file" | "dir" | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? "file" : s.isDirectory() ? "dir" : undefined;
  } catch {
    return undefined;
  }
}

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // unreadable or vanished directories simply match nothing
  }
}

/** Joins a displayed path the way the user wrote it: "" + "a" = "a", "/" + "a" = "/a". */
function displayJoin(base: string, name: string): string {
  if (base === "") return name;
  return base.endsWith("/") ? base + name : `${base}/${name}`;
}

/**
 * Expands a glob pattern relative to `cwd`. Returns matching files (never directories), sorted.
 * A pattern without wildcards returns itself when it names an existing file, else nothing.
 */
export function expandGlob(pattern: string, cwd: string = process.cwd()): string[] {
  const normalized = process.platform === "win32" ? pattern.replace(/\\/g, "/") : pattern;
  const absolute = isAbsolute(normalized);
  const parts = normalized.split("/");
  // "/a/*.json" splits into ["", "a", "*.json"]; keep the root as the displayed base.
  let displayBase = "";
  if (absolute) {
    displayBase = parts[0] === "" ? "/" : `${parts[0]}/`; // "/" or a Windows drive "C:/"
    parts.shift();
  }
  const segments = parts.filter((s, i) => s !== "" && !(s === "." && i > 0)); // "a//b", "a/./b"
  const found = new Set<string>();
  const seenDirs = new Set<string>(); // (real directory, segment index) pairs already walked

  const walk = (fsDir: string, shown: string, index: number): void => {
    const key = `${index}\u0000${fsDir}`;
    if (seenDirs.has(key)) return;
    seenDirs.add(key);
    const segment = segments[index];
    if (segment === undefined) return;
    const last = index === segments.length - 1;

    if (segment === "**") {
      if (last) {
        // A trailing "**" means every file below.
        walkAll(fsDir, shown);
        return;
      }
      walk(fsDir, shown, index + 1); // zero directories
      for (const entry of list(fsDir)) {
        if (!entry.isDirectory() || skipped(entry.name)) continue; // not links, dot-dirs, node_modules
        walk(join(fsDir, entry.name), displayJoin(shown, entry.name), index);
      }
      return;
    }

    if (!hasMagic(segment)) {
      const fsPath = join(fsDir, segment);
      const kind = kindOf(fsPath);
      if (last) {
        if (kind === "file") found.add(displayJoin(shown, segment));
      } else if (kind === "dir") walk(fsPath, displayJoin(shown, segment), index + 1);
      return;
    }

    const re = segmentRegExp(segment);
    for (const entry of list(fsDir)) {
      if (!matchesSegment(entry.name, segment, re)) continue;
      const fsPath = join(fsDir, entry.name);
      const kind = entry.isSymbolicLink()
        ? kindOf(fsPath)
        : entry.isFile()
          ? "file"
          : entry.isDirectory()
            ? "dir"
            : undefined;
      if (last) {
        if (kind === "file") found.add(displayJoin(shown, entry.name));
      } else if (kind === "dir") walk(fsPath, displayJoin(shown, entry.name), index + 1);
    }
  };

  const walkAll = (fsDir: string, shown: string): void => {
    for (const entry of list(fsDir)) {
      if (entry.name.startsWith(".") || (entry.isDirectory() && skipped(entry.name))) continue;
      const fsPath = join(fsDir, entry.name);
      if (entry.isDirectory()) walkAll(fsPath, displayJoin(shown, entry.name));
      else if (entry.isFile() || (entry.isSymbolicLink() && kindOf(fsPath) === "file"))
        found.add(displayJoin(shown, entry.name));
    }
  };

  const start = absolute ? resolve(displayBase) : resolve(cwd);
  if (segments.length > 0) walk(start, displayBase, 0);
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
