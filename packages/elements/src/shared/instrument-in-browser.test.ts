// @famwel/instrument promises the same results in browsers as in Node (its own tests run in Node).
// Here the hash and the parser run in Chromium, against digests computed outside JavaScript.
import { describe, expect, it } from "vitest";
import { canonicalJson, instrumentHash, parseInstrument } from "@famwel/instrument";
import familyWheel from "@famwel/instruments/definitions/family-wheel.json" with { type: "json" };

async function webCryptoHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return (
    "sha256:" + Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("")
  );
}

describe("@famwel/instrument in a browser", () => {
  it("hashes like sha256sum, whatever the key order, Norwegian letters and emoji included", () => {
    // printf '%s' '{"a":"Bustad og nærmiljø – ✓ 👪","b":[1.5,-2,true,null]}' | sha256sum
    const expected = "sha256:debf9ba38b41b91009eb80e5af6ec4a9711c713915436172e3c85d10229726b5";
    expect(instrumentHash({ b: [1.5, -2, true, null], a: "Bustad og nærmiljø – ✓ 👪" })).toBe(
      expected,
    );
    expect(
      instrumentHash({ a: "Bustad og nærmiljø – ✓ 👪", b: [1.5, -2, true, null], $schema: "x" }),
    ).toBe(expected);
  });

  it("agrees with WebCrypto on a real instrument, and parseInstrument accepts it", async () => {
    expect(instrumentHash(familyWheel)).toBe(
      await webCryptoHash(canonicalJson({ ...familyWheel, $schema: undefined })),
    );
    const parsed = parseInstrument(JSON.stringify(familyWheel, null, 2));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(instrumentHash(parsed.value)).toBe(instrumentHash(familyWheel));
  });

  it("reports errors with line and column in the browser too", () => {
    const result = parseInstrument('{\n  "id": "x",\n  "colour": 1\n}');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toContainEqual(
        expect.objectContaining({ pointer: "/colour", line: 3, column: 3 }),
      );
  });
});
