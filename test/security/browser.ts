// Chromium (Debian's, through Playwright, as in the portal test) with a recorder on every page: CSP
// violations, requests, console errors, uncaught errors and every write to cookies, Storage and
// IndexedDB. The recorder is an init script, so it runs before the page's own code and is not
// subject to the page's policy. It reads cookies and Storage to prove nothing was written there.
/* eslint-disable no-restricted-globals, no-restricted-properties */
import { chromium, type Browser, type Page } from "playwright";
import { chromiumArgs, chromiumExecutablePath } from "../../vitest.chromium.js";

export interface PageLog {
  requests: string[];
  consoleErrors: string[];
}

export interface InPageLog {
  violations: string[];
  storage: string[];
  xss: number;
}

declare global {
  interface Window {
    __famwelLog: InPageLog;
    __xss: () => void;
  }
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
}

function record() {
  const log: InPageLog = { violations: [], storage: [], xss: 0 };
  window.__famwelLog = log;
  window.__xss = () => void log.xss++;
  document.addEventListener("securitypolicyviolation", (e) =>
    log.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
  );
  for (const m of ["setItem", "removeItem", "clear"] as const) {
    const original = Storage.prototype[m] as (...a: unknown[]) => unknown;
    Storage.prototype[m] = function (this: Storage, ...args: unknown[]) {
      log.storage.push(`${this === localStorage ? "localStorage" : "sessionStorage"}.${m}`);
      return original.apply(this, args);
    } as never;
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie")!;
  Object.defineProperty(Document.prototype, "cookie", {
    configurable: true,
    get(this: Document) {
      return cookie.get!.call(this) as string;
    },
    set(this: Document, v: string) {
      log.storage.push("cookie");
      cookie.set!.call(this, v);
    },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: [string, number?]) {
    log.storage.push(`indexedDB.open(${args[0]})`);
    return open.apply(this, args);
  };
}

export async function open(
  browser: Browser,
  url: string,
  ready = "body[data-ready=true]",
): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage();
  const log: PageLog = { requests: [], consoleErrors: [] };
  page.on("request", (r) => log.requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && log.consoleErrors.push(m.text()));
  page.on("pageerror", (e) => log.consoleErrors.push(e.message));
  await page.addInitScript(record);
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 20_000 }).catch(() => undefined);
  return { page, log };
}

export function inPageLog(page: Page): Promise<InPageLog> {
  return page.evaluate(() => window.__famwelLog);
}

/** Whatever the page left behind in cookies, Web Storage, IndexedDB and Cache Storage. */
export function leftovers(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found: string[] = [];
    if (document.cookie) found.push(`cookie: ${document.cookie}`);
    if (localStorage.length) found.push(`localStorage: ${localStorage.length} keys`);
    if (sessionStorage.length) found.push(`sessionStorage: ${sessionStorage.length} keys`);
    for (const db of await indexedDB.databases()) found.push(`indexedDB: ${db.name}`);
    if ("caches" in self) for (const c of await caches.keys()) found.push(`cache: ${c}`);
    return found;
  });
}
