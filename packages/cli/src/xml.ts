// A small, strict XML 1.0 reader for the translators' files (XLIFF). It accepts well-formed XML only
// and says where the first mistake is, so that a translation is never merged from a file a CAT tool
// or a hand edit has broken: an element left open, a character XML forbids (also as a reference such
// as &#0;), or an entity XML does not have (&nbsp; is HTML's). No DOCTYPE (XLIFF needs none, and a
// DTD could define entities) and no namespaces: elements keep their names as written.

export interface XmlElement {
  type: "element";
  name: string;
  attributes: Map<string, string>;
  children: XmlNode[];
  /** Offset of the `<` of the start tag. */
  offset: number;
}

export interface XmlText {
  type: "text";
  text: string;
  offset: number;
}

export type XmlNode = XmlElement | XmlText;

export type XmlResult =
  { ok: true; root: XmlElement } | { ok: false; offset: number; message: string };

class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

// Names (XML 1.0, fifth edition, productions 4 and 4a).
const NAME_START =
  "A-Z_a-z:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D" +
  "\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
const NAME = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- the spec's ranges, as escapes: the joiners and combining marks stand alone here
  `[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`,
  "uy",
);
const SPACE = /[ \t\r\n]+/y;
// Characters XML 1.0 does not allow anywhere (production 2): C0 controls other than tab, line feed and
// carriage return, U+FFFE and U+FFFF, and surrogates that are not part of a pair.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const DECLARATION =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])([A-Za-z][A-Za-z0-9._-]*)\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\4)?[ \t\r\n]*\?>/y;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;

function allowed(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** Line ends as every XML reader passes them on: CR LF and a lone CR become LF. */
const lineEnds = (s: string) => s.replace(/\r\n?/g, "\n");

/** Parses a whole document (without a byte-order mark); never throws. */
export function parseXml(text: string): XmlResult {
  try {
    return { ok: true, root: new Parser(text).document() };
  } catch (error) {
    if (error instanceof XmlError)
      return { ok: false, offset: error.offset, message: error.message };
    throw error;
  }
}

class Parser {
  private i = 0;

  constructor(private readonly s: string) {}

  private fail(message: string, at: number = this.i): never {
    throw new XmlError(message, at);
  }

  private at(prefix: string): boolean {
    return this.s.startsWith(prefix, this.i);
  }

  private space(): boolean {
    SPACE.lastIndex = this.i;
    if (!SPACE.test(this.s)) return false;
    this.i = SPACE.lastIndex;
    return true;
  }

  private name(what: string): string {
    NAME.lastIndex = this.i;
    const m = NAME.exec(this.s);
    if (!m) this.fail(`expected ${what}`);
    this.i = NAME.lastIndex;
    return m[0];
  }

  document(): XmlElement {
    const bad = FORBIDDEN.exec(this.s);
    if (bad)
      this.fail(`the character ${hex(bad[0].charCodeAt(0))} is not allowed in XML`, bad.index);
    if (this.at("<?xml") && /[ \t\r\n?]/.test(this.s[5] ?? "")) this.declaration();
    this.misc();
    if (this.at("<!DOCTYPE"))
      this.fail("a DOCTYPE is not accepted (XLIFF needs none, and it could define entities)");
    if (this.i >= this.s.length) this.fail("the file has no root element");
    if (!this.at("<") || this.at("<!")) this.fail("text before the root element");
    const root = this.element();
    this.misc();
    if (this.i < this.s.length)
      this.fail(
        this.at("<")
          ? "a second root element (an XML file has exactly one)"
          : "text after the root element",
      );
    return root;
  }

  private declaration(): void {
    DECLARATION.lastIndex = 0;
    const m = DECLARATION.exec(this.s);
    if (!m) this.fail('the XML declaration should read <?xml version="1.0" encoding="UTF-8"?>');
    const encoding = m[3];
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding))
      this.fail(`the file declares the encoding ${encoding}: save it as UTF-8`);
    this.i = DECLARATION.lastIndex;
  }

  /** Comments, processing instructions and white space outside the root element. */
  private misc(): void {
    for (;;) {
      this.space();
      if (this.at("<!--")) this.comment();
      else if (this.at("<?")) this.instruction();
      else return;
    }
  }

  private comment(): void {
    const start = this.i;
    const end = this.s.indexOf("--", start + 4);
    if (end < 0) this.fail("a comment is not closed (-->)", start);
    if (this.s[end + 2] !== ">") this.fail('"--" is not allowed inside a comment', end);
    this.i = end + 3;
  }

  private instruction(): void {
    const start = this.i;
    this.i += 2;
    const target = this.name("a processing instruction's name after <?");
    if (target.toLowerCase() === "xml")
      this.fail("the XML declaration (<?xml …?>) belongs at the very start of the file", start);
    const end = this.s.indexOf("?>", this.i);
    if (end < 0) this.fail("a processing instruction is not closed (?>)", start);
    this.i = end + 2;
  }

  /** `&…;` at this.i: the character it stands for. */
  private reference(): string {
    const start = this.i;
    if (this.at("&#")) {
      const m = /&#(?:x([0-9a-fA-F]{1,8})|([0-9]{1,9}));/y;
      m.lastIndex = start;
      const r = m.exec(this.s);
      if (!r) this.fail("a character reference should read &#123; or &#x7B;");
      const code = r[1] !== undefined ? parseInt(r[1], 16) : parseInt(r[2]!, 10);
      if (!allowed(code))
        this.fail(`${r[0]} stands for ${hex(code)}, a character XML does not allow`);
      this.i = m.lastIndex;
      return String.fromCodePoint(code);
    }
    this.i++;
    NAME.lastIndex = this.i;
    const name = NAME.exec(this.s)?.[0];
    if (name === undefined)
      this.fail('a "&" that starts no reference: write &amp; for the character itself', start);
    this.i += name.length;
    if (!this.at(";")) this.fail(`the reference &${name} has no closing ";"`, start);
    this.i++;
    const text = PREDEFINED[name];
    if (text === undefined || !Object.hasOwn(PREDEFINED, name))
      this.fail(
        `unknown entity &${name}; (XML has only &lt; &gt; &amp; &quot; &apos;): write the character itself or a numeric reference such as &#160;`,
        start,
      );
    return text;
  }

  /** A start tag at this.i (`<` included); `empty` for `<x/>`. */
  private startTag(): { element: XmlElement; empty: boolean } {
    const offset = this.i;
    this.i++;
    const name = this.name("an element name after <");
    const attributes = new Map<string, string>();
    for (;;) {
      const spaced = this.space();
      if (this.at("/>")) {
        this.i += 2;
        return {
          element: { type: "element", name, attributes, children: [], offset },
          empty: true,
        };
      }
      if (this.at(">")) {
        this.i++;
        return {
          element: { type: "element", name, attributes, children: [], offset },
          empty: false,
        };
      }
      if (this.i >= this.s.length) this.fail(`the start tag <${name}> is not closed (>)`, offset);
      if (!spaced) this.fail(`expected a space, ">" or "/>" in the start tag <${name}>`);
      const at = this.i;
      const attribute = this.name(`an attribute name, ">" or "/>" in the start tag <${name}>`);
      if (attributes.has(attribute)) this.fail(`the attribute ${attribute} is given twice`, at);
      this.space();
      if (!this.at("=")) this.fail(`expected "=" after the attribute ${attribute}`);
      this.i++;
      this.space();
      attributes.set(attribute, this.attributeValue(attribute));
    }
  }

  private attributeValue(attribute: string): string {
    const quote = this.s[this.i];
    if (quote !== '"' && quote !== "'") this.fail(`the value of ${attribute} must be in quotes`);
    const start = this.i;
    this.i++;
    let value = "";
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail(`the value of ${attribute} is not closed (${quote})`, start);
      if (c === quote) break;
      if (c === "<") this.fail(`"<" is not allowed in an attribute value: write &lt;`);
      if (c === "&") value += this.reference();
      else {
        let j = this.i;
        while (j < this.s.length && !"<&".includes(this.s[j]!) && this.s[j] !== quote) j++;
        // Attribute-value normalisation: each literal line end, tab or line feed is one space.
        value += lineEnds(this.s.slice(this.i, j)).replace(/[\t\n]/g, " ");
        this.i = j;
      }
    }
    this.i++;
    return value;
  }

  /** An element at this.i with all it contains, without recursion (the depth is the file's). */
  private element(): XmlElement {
    const first = this.startTag();
    if (first.empty) return first.element;
    const stack = [first.element];
    let text = "";
    let textAt = -1;
    const flush = (into: XmlElement) => {
      if (textAt >= 0) into.children.push({ type: "text", text, offset: textAt });
      text = "";
      textAt = -1;
    };
    const add = (s: string, at: number) => {
      if (textAt < 0) textAt = at;
      text += s;
    };
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const start = this.i;
      if (start >= this.s.length)
        this.fail(
          `<${top.name}> is not closed (no </${top.name}> before the end of the file)`,
          top.offset,
        );
      if (this.at("</")) {
        flush(top);
        this.i += 2;
        const name = this.name("an element name after </");
        this.space();
        if (!this.at(">")) this.fail(`expected ">" to end </${name}`);
        if (name !== top.name)
          this.fail(
            `</${name}> found where </${top.name}> should close the <${top.name}> opened earlier`,
            start,
          );
        this.i++;
        stack.pop();
      } else if (this.at("<!--")) this.comment();
      else if (this.at("<![CDATA[")) {
        const end = this.s.indexOf("]]>", start + 9);
        if (end < 0) this.fail("a CDATA section is not closed (]]>)");
        add(lineEnds(this.s.slice(start + 9, end)), start);
        this.i = end + 3;
      } else if (this.at("<?")) this.instruction();
      else if (this.at("<!")) this.fail("a declaration (<!…>) is not allowed inside an element");
      else if (this.at("<")) {
        flush(top);
        const child = this.startTag();
        top.children.push(child.element);
        if (!child.empty) stack.push(child.element);
      } else if (this.at("&")) add(this.reference(), start);
      else {
        let j = start;
        while (j < this.s.length && this.s[j] !== "<" && this.s[j] !== "&") j++;
        const run = this.s.slice(start, j);
        const cdataEnd = run.indexOf("]]>");
        if (cdataEnd >= 0)
          this.fail('"]]>" is not allowed in text: write ]]&gt;', start + cdataEnd);
        add(lineEnds(run), start);
        this.i = j;
      }
    }
    return first.element;
  }
}
