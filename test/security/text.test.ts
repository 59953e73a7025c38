// Issue 8, item 2: no code in text. A corpus of XSS payloads and awkward strings goes into every
// localised string of each element's bundled definition (found by walking it) and into every
// free-text answer (notes, the family's own domain names, own people in the map; typed by keyboard
// too). Checked: rendered as text (no element made from it, no on* attribute, no handler run: the
// payloads call a global counter), no CSP violation, and each answer round-trips byte for byte through
// FormData, a real multipart form submission and parseResponse. Figures print at the end.
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { instrumentHash, parseResponse } from "../../packages/instrument/src/index.js";
import { ELEMENTS } from "./cases.js";
import { inPageLog, launch, open } from "./browser.js";

const base = inject("securityUrl");
const missing = inject("securityMissing");
let browser: Browser;
const figures = { strings: 0, fields: 0, answers: 0, failures: 0 };

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  console.log(
    `no code in text: ${CORPUS.length} corpus strings, ${figures.fields} definition fields and ` +
      `${figures.answers} free-text answers tried, ${figures.failures} failures`,
  );
});

/** Each payload calls window.__xss() if it ever runs. All fit a 200-character label. */
export const CORPUS = [
  "<script>__xss()</script>",
  "<img src=x onerror=__xss()>",
  '"><svg onload=__xss()>',
  "'><iframe src=javascript:__xss()></iframe>",
  '<a href="javascript:__xss()">lenke</a>',
  // eslint-disable-next-line no-script-url -- a hostile string that must stay text
  "javascript:__xss()",
  "<b onmouseover=__xss()>fet</b>",
  "<style>*{display:none}</style>",
  "<!-- kommentar --><math><mi xlink:href=javascript:__xss()>",
  "${__xss()}{{__xss()}}<%= __xss() %>",
  "&lt;img src=x onerror=__xss()&gt; &amp; &#60;",
  "\u202eevil.exe\u202c og \u2066isolert\u2069",
  "null\u200b\u200c\u200d\ufeffbredde",
  "Zalgo: Z\u0351\u036b\u0343a\u0310\u0300l\u0342g\u0344o\u0301\u0300",
  "Familie 👨‍👩‍👧‍👦 🏳️‍🌈 🇳🇴",
  "Donaudampfschifffahrtsgesellschaftskapitänskajütentürschlüsselanhänger".repeat(2),
  "x".repeat(190),
  "مرحبا بالعائلة، كيف حالكم؟",
  "שלום משפחה",
  "Æøå ÆØÅ ǅ ß ﬁ",
  "line\nbreak\ttab\r\nwindows",
  "\\u0000 \\\" '",
  "__proto__",
  "constructor",
];

type Json = Record<string, unknown>;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

/** Replaces every string of every localised map (every human string) with corpus entries. */
function poison(value: unknown, next: () => string): unknown {
  if (Array.isArray(value)) return value.map((v) => poison(v, next));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const localised =
    entries.length > 0 && entries.every(([k, v]) => LOCALE.test(k) && typeof v === "string");
  if (localised) {
    figures.fields += entries.length;
    return Object.fromEntries(entries.map(([k]) => [k, next()]));
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, poison(v, next)]));
}

/** Tags and attributes in the element's whole tree (shadow roots included) a payload could create. */
function scan(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const bad = new Set([
      "SCRIPT",
      "IMG",
      "IFRAME",
      "A",
      "B",
      "MATH",
      "MI",
      "STYLE",
      "OBJECT",
      "EMBED",
    ]);
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll("*")) {
        if (bad.has(el.tagName.toUpperCase()) && el.getRootNode() !== document)
          found.push(el.tagName);
        // Handlers anywhere; javascript: only where a browser would follow it (text may say it).
        for (const a of el.getAttributeNames())
          if (
            a.startsWith("on") ||
            (/^(href|src|xlink:href|action|formaction|data)$/.test(a) &&
              /javascript:/i.test(el.getAttribute(a) ?? ""))
          )
            found.push(`${el.tagName}[${a}]`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return { found, xss: window.__famwelLog.xss };
  });
}

/** Text the element shows (text nodes and accessible names), for checking payloads appear as text. */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll("*")) {
        const label = el.getAttribute("aria-label");
        if (label) parts.push(label);
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
          parts.push(el.value);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
      parts.push((root as Element | ShadowRoot).textContent ?? "");
    };
    walk(window.famwelHarness.elements[0]!.shadowRoot!);
    return parts.join("\n");
  });
}

const present = ELEMENTS.filter((c) => !missing.includes(c.key) && c.states.empty);

describe("no code in text", () => {
  it.each(present)("$key: corpus in every string of the definition renders as text", async (c) => {
    const definition = (await (await fetch(new URL(`/defs/${c.instrument}`, base))).json()) as Json;
    // The rated state where there is one: a chart with no readings shows no labels at all.
    const state = c.states.rated ? "rated" : "empty";
    const { page } = await open(
      browser,
      `${base}pages/harness.html?element=${c.key}&state=${state}`,
    );
    try {
      // Rotate so each corpus entry lands in different fields; the wheel view and the list view.
      for (let round = 0; round < 3; round++) {
        let i = round * 7;
        const hostile = poison(definition, () => CORPUS[i++ % CORPUS.length]!) as Json;
        hostile.id = definition.id; // ids and codes are not human strings
        for (const view of round === 1 ? ["table", "list"] : ["wheel", "map"]) {
          await page.evaluate(
            async ([def, v]) => {
              const el = window.famwelHarness.elements[0] as HTMLElement &
                Json & { updateComplete: Promise<unknown> };
              el.instrument = def;
              el.setAttribute("view", v as string);
              await el.updateComplete;
            },
            [hostile, view] as const,
          );
          const { found, xss } = await scan(page);
          expect(found).toEqual([]);
          expect(xss).toBe(0);
        }
        const text = await shownText(page);
        // A label shown to the family is there as literal text, markup and all.
        const shown = CORPUS.filter(
          (s) =>
            text.includes(
              s
                .replace(/[\r\n\t]+/g, " ")
                .trim()
                .slice(0, 20),
            ) || text.includes(s.slice(0, 20)),
        );
        expect(shown.length, "corpus strings visible as text").toBeGreaterThan(3);
      }
      figures.strings += CORPUS.length;
      expect((await inPageLog(page)).violations).toEqual([]);
    } catch (error) {
      figures.failures++;
      throw error;
    } finally {
      await page.close();
    }
  });

  it("free-text answers round-trip byte for byte: FormData, a real form post and parseResponse", async () => {
    for (const c of present.filter((p) => p.key === "wheel" || p.key === "map")) {
      const definition = (await (
        await fetch(new URL(`/defs/${c.instrument}`, base))
      ).json()) as Json & {
        sections: Json[];
      };
      const section = definition.sections.find(
        (s) => s.type === (c.key === "wheel" ? "wheel" : "network"),
      )!;
      const at = "2026-10-01T10:00:00.000Z";
      const value =
        c.key === "wheel"
          ? {
              type: "wheel",
              domains: Object.fromEntries(
                CORPUS.map((s, i) => [
                  `c-own${String(i).padStart(6, "0")}`,
                  {
                    custom: true,
                    label: s,
                    note: `${s} ${CORPUS[(i + 1) % CORPUS.length]}`,
                    current: i % 11,
                    at,
                  },
                ]),
              ),
              order: CORPUS.map((_, i) => `c-own${String(i).padStart(6, "0")}`),
            }
          : {
              type: "network",
              nodes: Object.fromEntries(
                CORPUS.map((s, i) => [
                  `p-own${String(i).padStart(7, "0")}`,
                  {
                    label: s,
                    note: s,
                    kind: "person",
                    sector: "family",
                    ring: "middle",
                    position: (i + 0.5) / CORPUS.length,
                    at,
                  },
                ]),
              ),
              links: [],
            };
      const { page } = await open(
        browser,
        `${base}pages/harness.html?element=${c.key}&state=empty`,
      );
      try {
        const posted = await page.evaluate(async (v) => {
          const el = window.famwelHarness.elements[0] as HTMLElement & {
            value: unknown;
            updateComplete: Promise<unknown>;
          };
          el.value = v;
          await el.updateComplete;
          return new FormData(document.getElementById("form") as HTMLFormElement).get(
            el.getAttribute("name")!,
          ) as string;
        }, value);
        expect(posted).toBe(JSON.stringify(value)); // byte for byte, key order and all
        const { found, xss } = await scan(page);
        expect(found).toEqual([]);
        expect(xss).toBe(0);

        // A real multipart submission to the echo endpoint: the part body is the same bytes.
        await Promise.all([page.waitForURL(/\/echo$/), page.locator("#send").click()]);
        // The echo page is the raw multipart body as text/plain: find our part by its name.
        const echoed = await page.evaluate(() => document.body.textContent ?? "");
        const part = new RegExp(`name="${c.key}"\\r?\\n\\r?\\n([^\\r\\n]*)\\r?\\n--`).exec(
          echoed,
        )?.[1];
        expect(part).toBe(JSON.stringify(value));

        // The response validator accepts it and gives every string back unchanged.
        const response = {
          id: "r1",
          instrument: {
            id: definition.id,
            version: definition.version,
            hash: instrumentHash(definition),
          },
          role: "family",
          locale: "nb",
          status: "completed",
          created: at,
          updated: at,
          answers: { [section.id as string]: JSON.parse(posted) as unknown },
        };
        const parsed = parseResponse(JSON.stringify(response), { instrument: definition as never });
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        if (parsed.ok) expect(parsed.value.answers[section.id as string]).toEqual(value);
        figures.answers += CORPUS.length * 2;
        expect((await inPageLog(page)).violations).toEqual([]);
      } catch (error) {
        figures.failures++;
        throw error;
      } finally {
        await page.close();
      }
    }
  });

  it("typed by keyboard: the map's own people keep every corpus string exactly", async () => {
    if (missing.includes("map")) return;
    const { page } = await open(browser, `${base}pages/harness.html?element=map&state=empty`);
    try {
      const input = page.locator("#map").locator(".add input[name=label]");
      const typed = CORPUS.filter((s) => !/[\r\n\t]/.test(s)).slice(0, 12);
      for (const s of typed) {
        await input.focus();
        await page.keyboard.insertText(s);
        await page.keyboard.press("Enter");
      }
      const labels = await page.evaluate(() => {
        const el = window.famwelHarness.elements[0] as HTMLElement & {
          value: { nodes: Record<string, { label?: string }> };
        };
        return Object.values(el.value.nodes).map((n) => n.label);
      });
      expect(labels).toEqual(typed.map((s) => s.trim()));
      figures.answers += typed.length;
      const { found, xss } = await scan(page);
      expect(found).toEqual([]);
      expect(xss).toBe(0);
    } catch (error) {
      figures.failures++;
      throw error;
    } finally {
      await page.close();
    }
  });
});
