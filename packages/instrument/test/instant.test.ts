// Timestamps compared as instants: what the order check of a response and the merge rule of a
// migration ("the answer given last wins") rely on, leap seconds included.
import { describe, expect, it } from "vitest";
import { instant } from "../src/instant.js";

describe("instant", () => {
  it("orders a leap second after the second before it and before the next minute", () => {
    const inOrder = [
      "2016-12-31T23:59:59Z",
      "2016-12-31T23:59:59.5Z",
      "2016-12-31T23:59:59.999Z",
      "2016-12-31T23:59:60Z",
      "2016-12-31T23:59:60.1Z",
      "2016-12-31T23:59:60.25Z",
      "2016-12-31T23:59:60.9999Z",
      "2017-01-01T00:00:00Z",
    ].map(instant);
    for (let i = 1; i < inOrder.length; i++) expect(inOrder[i]).toBeGreaterThan(inOrder[i - 1]!);
  });

  it("reads a leap second in another offset as the same instant", () => {
    expect(instant("2017-01-01T00:59:60.5+01:00")).toBe(instant("2016-12-31T23:59:60.5Z"));
    expect(instant("2016-12-31T18:59:60-05:00")).toBe(instant("2016-12-31T23:59:60Z"));
  });

  it("reads lower case and a space instead of T as RFC 3339 allows", () => {
    expect(instant("2026-03-01 10:00:00z")).toBe(Date.parse("2026-03-01T10:00:00Z"));
    expect(instant("2016-12-31t23:59:60.5z")).toBe(instant("2016-12-31T23:59:60.5Z"));
  });

  it("compares offsets as instants, not as text", () => {
    expect(instant("2026-03-01T10:00:00+02:00")).toBeLessThan(instant("2026-03-01T09:00:00Z"));
    expect(instant("2026-03-01T09:00:00.5Z")).toBeGreaterThan(instant("2026-03-01T09:00:00Z"));
  });

  it("puts what is not a date-time before every real timestamp", () => {
    for (const bad of [
      "",
      "yesterday",
      undefined,
      42,
      "+002026-03-01T10:00:00Z", // Date.parse reads six-digit years; RFC 3339 has four
      "2026-03-01T10:00:00", // no offset: local time, a different instant on every machine
    ])
      expect(instant(bad)).toBe(-Infinity);
  });
});
