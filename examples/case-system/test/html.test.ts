// The escaping template every page is built with: hostile text from families, employees and the
// database must come out as text, in element content and in quoted attributes alike.
import { describe, expect, it } from "vitest";
import { escapeHtml, html, jsonIsland } from "../src/html.js";

describe("html", () => {
  it("escapes interpolated text in content and attributes", () => {
    const name = `<img src=x onerror="alert(1)">'&\``;
    const out = html`<p title="${name}">${name}</p>`.value;
    expect(out).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;&#96;">' +
        "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;&#96;</p>",
    );
    expect(out).not.toContain("<img");
  });

  it("inserts nested templates and arrays as markup, and nothing for null, undefined and false", () => {
    const items = ["a<b", "c"].map((t) => html`<li>${t}</li>`);
    // prettier-ignore
    const out = html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value;
    expect(out).toBe("<ul><li>a&lt;b</li><li>c</li></ul>0");
  });

  it("never treats a plain string as markup", () => {
    const looksSafe = "<b>bold</b>";
    expect(html`${looksSafe}`.value).toBe("&lt;b&gt;bold&lt;/b&gt;");
    expect(escapeHtml("plain text")).toBe("plain text");
  });
});

describe("jsonIsland", () => {
  it("cannot be closed early by the data it carries", () => {
    const data = { text: "</script><script>alert(1)</script><!--", sep: "\u2028" };
    const out = jsonIsland("page-data", data).value;
    expect(out.match(/<\/script>/g)).toHaveLength(1); // only its own end tag
    expect(out).not.toContain("<!--");
    const json = out.slice(out.indexOf(">") + 1, out.lastIndexOf("</script>"));
    expect(JSON.parse(json)).toEqual(data); // and the page script reads the data back unchanged
  });
});
