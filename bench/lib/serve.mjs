// A tiny static server for bench/dist on 127.0.0.1 (a free port), no dependencies. It runs in a
// worker thread of its own: in the driver's thread, a response waited whenever Playwright was busy
// with the browser, and that wait fell on whichever contender loads in more than one request.
import { execFileSync } from "node:child_process";
import { createReadStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { createServer } from "node:http";
import { createSecureServer } from "node:http2";
import { setPriority, tmpdir } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { extname, join, normalize, sep } from "node:path";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/**
 * A throwaway self-signed certificate for 127.0.0.1 (OpenSSL's command line), so that the bench can
 * serve over HTTP/2, which browsers speak over TLS only; undefined where there is no `openssl`.
 */
export function selfSignedCert() {
  const dir = mkdtempSync(join(tmpdir(), "famwel-bench-tls-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return {
      key: readFileSync(join(dir, "key.pem"), "utf8"),
      cert: readFileSync(join(dir, "cert.pem"), "utf8"),
    };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves `root` from a worker thread; resolves to { url, close }. `gzip`: compressed as a web server
 * would send it (level 6, to clients that accept it), for the runs over a throttled connection,
 * where bytes on the wire are what counts. `tls` ({ key, cert }): HTTP/2 over TLS, as most sites
 * serve now (every request on one connection), instead of HTTP/1.1 (six connections per host).
 */
export function serve(root, { gzip = false, tls } = {}) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { root, gzip, tls } });
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", (url) =>
      resolve({ url, close: () => worker.terminate().then(() => undefined) }),
    );
  });
}

if (!isMainThread && workerData?.root) {
  try {
    setPriority(10); // this thread: the page's browser comes first (see yieldCpuToBrowser in run.mjs)
  } catch {
    /* equal priority then */
  }
  void serveHere(workerData.root, workerData).then(({ url }) => parentPort.postMessage(url));
}

/** Serves `root` in this thread; resolves to { url, close }. */
export function serveHere(root, { gzip = false, tls } = {}) {
  const base = root.endsWith(sep) ? root : root + sep;
  const zipped = new Map(); // file → its gzip, made once
  const handle = async (req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = normalize(join(base, decodeURIComponent(pathname)));
    const target = file.endsWith(sep) ? join(file, "index.html") : file;
    if (!target.startsWith(base)) return res.writeHead(404).end();
    try {
      const info = await stat(target);
      if (!info.isFile()) throw new Error("not a file");
      const headers = {
        "Content-Type": types[extname(target)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
        // Cross-origin isolated, a page reads performance.now() to 5 µs instead of 100 µs, which
        // showed a map drag frame of about 0.2 ms as 0.20 at 40 and 80 nodes alike (every run).
        // Every resource here is same-origin, so each still loads.
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Embedder-Policy": "require-corp",
      };
      if (gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        let body = zipped.get(target);
        if (!body) zipped.set(target, (body = gzipSync(await readFile(target), { level: 6 })));
        res.writeHead(200, {
          ...headers,
          "Content-Encoding": "gzip",
          "Content-Length": body.length,
        });
        return res.end(body);
      }
      res.writeHead(200, { ...headers, "Content-Length": info.size });
      createReadStream(target).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  };
  const server = tls
    ? createSecureServer({ ...tls, allowHTTP1: true }, handle)
    : createServer(handle);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `${tls ? "https" : "http"}://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((r) => server.close(r)),
      }),
    ),
  );
}
