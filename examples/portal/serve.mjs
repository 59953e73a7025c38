// A tiny static server for dist/, for the portal's `start`: 127.0.0.1 only, port 5173 (PORT
// overrides; PORT=0 picks a free one), and the strict Content Security Policy the portal promises
// to work under on every response. No dependencies: node:http and node:fs.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import process from "node:process";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

// (process is imported: ESLint reads .mjs files outside scripts/ as browser code.)
const root = fileURLToPath(new URL("./dist/", import.meta.url));
const host = "127.0.0.1";
const port = Number(process.env.PORT ?? 5173);

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  // The one Trusted Types policy famwel needs: Lit's, for its templates.
  "trusted-types lit-html",
].join("; ");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

const headers = {
  "Content-Security-Policy": CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-cache",
};

/** Maps a URL path to a file inside dist/, or undefined when it would leave dist/. */
function resolvePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const file = normalize(join(root, decoded.endsWith("/") ? `${decoded}index.html` : decoded));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

function send(res, status, text) {
  res.writeHead(status, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}

const server = createServer(async (req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return send(res, 405, "Method not allowed\n");
  }
  const { pathname } = new URL(req.url ?? "/", "http://localhost");
  let file = resolvePath(pathname);
  if (!file) return send(res, 404, "Not found\n");
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, "index.html");
      info = await stat(file);
    }
    res.writeHead(200, {
      ...headers,
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      "Content-Length": info.size,
    });
    if (req.method === "HEAD") return res.end();
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  } catch {
    send(res, 404, "Not found\n");
  }
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  console.log(`famwel portal: http://${host}:${actual}/`);
});

for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => server.close(() => process.exit(0)));
