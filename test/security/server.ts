// A tiny static server for the security pages: 127.0.0.1 only, a free port, and on every page exactly
// the policy issue 8 names, nothing added. Also serves the portal example's built pages (with the
// portal's own policy) and echoes form posts back, so a real form submission can be compared byte
// for byte. No dependencies: node:http and node:fs.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";

export const STRICT_CSP =
  "default-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

export interface Mount {
  /** URL prefix, e.g. "/portal/". */
  prefix: string;
  dir: string;
  csp: string;
}

function inside(dir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const root = dir.endsWith(sep) ? dir : dir + sep;
  const file = normalize(join(root, decoded.endsWith("/") ? `${decoded}index.html` : decoded));
  return file.startsWith(root) ? file : undefined;
}

export function startServer(mounts: Mount[]): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    // Form posts come back as the raw body, so the test sees exactly what the browser sent.
    if (req.method === "POST" && pathname === "/echo") {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        res.writeHead(200, {
          "Content-Type": "text/plain; charset=utf-8",
          "Content-Security-Policy": STRICT_CSP,
          "X-Content-Type": String(req.headers["content-type"] ?? ""),
        });
        res.end(Buffer.concat(chunks));
      });
      return;
    }
    const mount = mounts.find((m) => pathname.startsWith(m.prefix));
    const file = mount && inside(mount.dir, pathname.slice(mount.prefix.length - 1));
    const fail = () => {
      res.writeHead(404, { "Content-Type": "text/plain", "Content-Security-Policy": STRICT_CSP });
      res.end("Not found\n");
    };
    if (!mount || !file) return fail();
    stat(file)
      .then((info) => {
        if (!info.isFile()) return fail();
        res.writeHead(200, {
          "Content-Type": types[extname(file)] ?? "application/octet-stream",
          "Content-Security-Policy": mount.csp,
          "Cache-Control": "no-store",
          "X-Content-Type-Options": "nosniff",
        });
        createReadStream(file).pipe(res);
      })
      .catch(fail);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, server });
    }),
  );
}
