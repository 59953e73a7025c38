import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { ReflectionAnswer, ReflectionSection, Role } from "@famwel/instrument";
import * as m from "./reflection.model.js";
import { DEFAULT_MIN_GROUP, minGroupOf, sharedReflections } from "./reflection.model-shared.js";

const section: ReflectionSection = {
  type: "reflection",
  id: "refl",
  title: { nb: "Refleksjon", en: "Reflection" },
  prompts: [
    {
      id: "helps",
      roles: ["family"],
      label: { nb: "Hva hjelper?", nn: "Kva hjelper?", en: "What helps?" },
      guidance: { nb: "Tenk konkret.", en: "Be concrete." },
      maxLength: 100,
      required: true,
      shareable: true,
    },
    { id: "private", roles: ["family"], label: { nb: "Noe privat?" } },
    {
      id: "practice",
      roles: ["employee", "manager"],
      label: { nb: "Din praksis?", en: "Your practice?" },
      shareable: true,
    },
  ],
};
const T = "2026-11-23T10:00:00.000Z";
const T2 = "2026-11-24T10:00:00.000Z";

describe("reflection model", () => {
  it("shows only the prompts of the role, in the definition's order and language, with fallback marked", () => {
    const empty = m.emptyReflectionAnswer();
    expect(
      m.promptsFor(section, empty, "family", "nn").map((p) => [p.id, p.label, p.lang]),
    ).toEqual([
      ["helps", "Kva hjelper?", undefined],
      ["private", "Noe privat?", "nb"],
    ]);
    expect(m.promptsFor(section, empty, "family", "nn")[0]).toMatchObject({
      guidance: "Tenk konkret.",
      guidanceLang: "nb",
    });
    expect(m.promptsFor(section, empty, "manager", "en").map((p) => p.id)).toEqual(["practice"]);
    expect(m.promptsFor(section, empty, "child", "en")).toEqual([]);
    // No role: a preview of every prompt.
    expect(m.promptsFor(section, empty, "", "en")).toHaveLength(3);
    const [helps] = m.promptsFor(section, empty, "family", "en");
    expect(helps).toMatchObject({
      guidance: "Be concrete.",
      max: 100,
      required: true,
      shareable: true,
    });
    expect(m.promptsFor(section, empty, "family", "en")[1]).toMatchObject({
      max: m.DEFAULT_MAX_LENGTH,
      required: false,
      shareable: false,
    });
  });

  it("types an answer with its time, and removes it when emptied without a consent choice", () => {
    const a = m.setText(m.emptyReflectionAnswer(), "helps", "Mormor", T);
    expect(a.prompts.helps).toEqual({ text: "Mormor", at: T });
    expect(m.setText(a, "helps", "Mormor", T2)).toBe(a); // no change, same object
    expect(m.setText(a, "helps", "", T2).prompts).toEqual({});
    const kept = m.setShare(a, section.prompts[0], false, T2);
    expect(m.setText(kept, "helps", "", T2).prompts.helps).toEqual({
      text: "",
      share: false,
      at: T2,
    });
  });

  it("records consent only when chosen, never shares a prompt that is not shareable, and keeps the text", () => {
    const a = m.setText(m.emptyReflectionAnswer(), "helps", "Skolen", T);
    expect(a.prompts.helps?.share).toBeUndefined(); // nothing shared by default
    expect(m.promptsFor(section, a, "family", "nb")[0]!.share).toBeUndefined();
    const shared = m.setShare(a, section.prompts[0], true, T2);
    expect(shared.prompts.helps).toEqual({ text: "Skolen", share: true, at: T2 });
    const withdrawn = m.setShare(shared, section.prompts[0], false, T2);
    expect(withdrawn.prompts.helps).toEqual({ text: "Skolen", share: false, at: T2 });
    expect(m.setShare(a, section.prompts[1]!, true, T2).prompts.private?.share).toBe(false);
    // Consent can be chosen before writing.
    expect(
      m.setShare(m.emptyReflectionAnswer(), section.prompts[0], true, T).prompts.helps,
    ).toEqual({
      text: "",
      share: true,
      at: T,
    });
  });

  it("never drops another role's answer when a role types", () => {
    let a: ReflectionAnswer = m.setText(m.emptyReflectionAnswer(), "practice", "Møter", T);
    a = m.setText(a, "helps", "Venner", T2);
    expect(Object.keys(a.prompts).sort()).toEqual(["helps", "practice"]);
  });

  it("notes the response it is about, once", () => {
    const a = m.withAbout(m.emptyReflectionAnswer(), "r-1");
    expect(a.about).toEqual({ response: "r-1" });
    expect(m.withAbout(a, "r-1")).toBe(a);
    expect(m.withAbout(a, undefined)).toBe(a);
  });

  it("names the missing required prompts and the over-long answers", () => {
    const views = (a: ReflectionAnswer) => m.promptsFor(section, a, "family", "en");
    expect(m.reflectionValidity(views(m.emptyReflectionAnswer()))).toEqual({
      missing: ["What helps?"],
      tooLong: [],
      at: "helps",
    });
    const blank = m.setText(m.emptyReflectionAnswer(), "helps", "   ", T);
    expect(m.reflectionValidity(views(blank)).missing).toEqual(["What helps?"]);
    const long = m.setText(m.emptyReflectionAnswer(), "helps", "x".repeat(101), T);
    expect(m.reflectionValidity(views(long))).toEqual({
      missing: [],
      tooLong: ["What helps?"],
      at: "helps",
    });
    expect(m.reflectionValidity(m.promptsFor(section, long, "employee", "en"))).toEqual({
      missing: [],
      tooLong: [],
    });
  });

  it("counts against the limit and announces only on entering the band near it, the limit and beyond", () => {
    expect(m.nearBand(3000)).toBe(300);
    expect(m.nearBand(50)).toBe(10);
    expect(m.countLevel(0, 100)).toBe("ok");
    expect(m.countLevel(89, 100)).toBe("ok");
    expect(m.countLevel(90, 100)).toBe("near");
    expect(m.countLevel(100, 100)).toBe("at");
    expect(m.countLevel(101, 100)).toBe("over");
    expect(m.countAnnouncement(88, 89, 100)).toBeUndefined();
    expect(m.countAnnouncement(89, 90, 100)).toEqual({ level: "near", left: 10 });
    expect(m.countAnnouncement(90, 91, 100)).toBeUndefined(); // not every keystroke
    expect(m.countAnnouncement(99, 100, 100)).toEqual({ level: "at", left: 0 });
    expect(m.countAnnouncement(100, 99, 100)).toEqual({ level: "near", left: 1 });
    expect(m.countAnnouncement(95, 20, 100)).toBeUndefined();
  });

  it("announces at most once per band crossed, whatever the typing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.array(fc.integer({ min: 0, max: 5000 })),
        (max, lengths) => {
          let prev = 0;
          let announced = 0;
          let changes = 0;
          for (const len of lengths.map((l) => Math.min(l, max))) {
            const a = m.countAnnouncement(prev, len, max);
            if (m.countLevel(prev, max) !== m.countLevel(len, max)) changes++;
            if (a) {
              announced++;
              expect(a.left).toBe(max - len);
              expect(a.level).toBe(m.countLevel(len, max));
            }
            prev = len;
          }
          expect(announced).toBeLessThanOrEqual(changes);
        },
      ),
    );
  });
});

// ---- the manager view ----

interface Gen {
  id: string;
  role: Role;
  instrument: string;
  updated: string;
  prompts: Record<string, { text: string; share?: boolean } | undefined>;
}
const toResponse = (g: Gen) => ({
  id: g.id,
  instrument: { id: g.instrument, version: "1.0.0", hash: `sha256:${"0".repeat(64)}` },
  role: g.role,
  locale: "nb",
  status: "completed",
  created: T,
  updated: g.updated,
  answers: {
    refl: {
      type: "reflection",
      prompts: Object.fromEntries(
        Object.entries(g.prompts).map(([k, v]) => [k, v && { ...v, at: T }]),
      ),
    },
  },
});
const response = (
  id: string,
  role: Role,
  prompts: Gen["prompts"],
  instrument = "famwel.reflection",
  updated = T,
) => toResponse({ id, role, instrument, updated, prompts });

describe("shared reflections (manager view)", () => {
  const five = ["e", "d", "c", "b", "a"].map((t, i) =>
    response(`r${i}`, "family", { helps: { text: `Svar ${t}`, share: true } }),
  );

  it("shows shared answers, sorted, without ids, once five distinct responses shared", () => {
    const out = sharedReflections(section, five);
    expect(out.map((p) => p.id)).toEqual(["helps", "practice"]); // shareable prompts only
    expect(out[0]).toEqual({
      id: "helps",
      label: section.prompts[0].label,
      status: "shown",
      answers: ["Svar a", "Svar b", "Svar c", "Svar d", "Svar e"],
    });
    expect(out[1]).toMatchObject({ id: "practice", status: "too-few", min: 5 });
    expect(JSON.stringify(out)).not.toMatch(/"r\d"/);
  });

  it("shows nothing when fewer than the minimum shared, counting a response handed twice once", () => {
    const four = five.slice(0, 4);
    expect(sharedReflections(section, four)[0]).toEqual({
      id: "helps",
      label: section.prompts[0].label,
      status: "too-few",
      min: 5,
    });
    const again = { ...five[0]!, updated: T2 };
    expect(sharedReflections(section, [...four, again])[0]!.status).toBe("too-few");
    expect(sharedReflections(section, four, { minGroup: 4 })[0]!.status).toBe("shown");
  });

  it("leaves out unshared, kept, empty, non-shareable, other-role, other-instrument and malformed answers", () => {
    const noisy = [
      ...five.slice(0, 4),
      response("x1", "family", { helps: { text: "not chosen" } }),
      response("x2", "family", { helps: { text: "kept", share: false } }),
      response("x3", "family", { helps: { text: "   ", share: true } }),
      response("x4", "family", { private: { text: "private", share: true } }),
      response("x5", "employee", { helps: { text: "wrong role", share: true } }),
      response("x6", "family", { helps: { text: "other", share: true } }, "other.instrument"),
      null,
      "junk",
      { id: 7, answers: {} },
      {
        id: "x8",
        role: "family",
        answers: { refl: { type: "reflection", prompts: { helps: "x" } } },
      },
    ];
    const out = sharedReflections(section, noisy, { instrumentId: "famwel.reflection" });
    expect(out[0]!.status).toBe("too-few");
    const low = sharedReflections(section, noisy, {
      instrumentId: "famwel.reflection",
      minGroup: 1,
    });
    expect(low[0]).toMatchObject({ answers: ["Svar b", "Svar c", "Svar d", "Svar e"] });
    expect(JSON.stringify(low)).not.toMatch(/private|kept|not chosen|wrong role|other/);
  });

  it("takes the latest version of a response handed twice, so a withdrawn consent holds", () => {
    const withdrawn = response(
      "r0",
      "family",
      { helps: { text: "Svar e", share: false } },
      undefined,
      T2,
    );
    const out = sharedReflections(section, [...five, withdrawn], { minGroup: 4 });
    expect(out[0]).toMatchObject({ answers: ["Svar a", "Svar b", "Svar c", "Svar d"] });
    // …whichever order they arrive in.
    const out2 = sharedReflections(section, [withdrawn, ...five], { minGroup: 4 });
    expect(out2).toEqual(out);
  });

  it("reads min-group as a whole number of at least 1, else the default", () => {
    expect(minGroupOf(3)).toBe(3);
    expect(minGroupOf(1)).toBe(1);
    for (const bad of [0, -2, 2.5, Number.NaN, "7", undefined])
      expect(minGroupOf(bad)).toBe(DEFAULT_MIN_GROUP);
  });

  // Random groups of responses: ids, roles, instrument, consent and text all vary.
  const genResponse = fc.record({
    id: fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `id-${i}`)),
    role: fc.constantFrom<Role>("family", "child", "employee", "manager"),
    instrument: fc.constantFrom("famwel.reflection", "other"),
    updated: fc.constantFrom(T, T2),
    prompts: fc.dictionary(
      fc.constantFrom("helps", "private", "practice", "unknown"),
      fc.option(
        fc.record(
          { text: fc.string({ maxLength: 8 }), share: fc.option(fc.boolean(), { nil: undefined }) },
          { requiredKeys: ["text"] },
        ),
        { nil: undefined },
      ),
    ),
  });
  // Unique texts so that where each shown text came from is known.
  const genGroup = fc.array(genResponse, { maxLength: 30 }).map((gs) =>
    gs.map((g, i) => ({
      ...g,
      prompts: Object.fromEntries(
        Object.entries(g.prompts).map(([k, v]) => [k, v && { ...v, text: `${v.text}#${i}:${k}` }]),
      ),
    })),
  );

  /** Which generated response and prompt a shown text came from (its unique suffix). */
  const origin = (text: string) => text.slice(text.lastIndexOf("#") + 1).split(":");

  it("property: never shows a prompt with fewer than min-group distinct responses", () => {
    fc.assert(
      fc.property(genGroup, fc.integer({ min: 1, max: 8 }), (group, minGroup) => {
        const out = sharedReflections(section, group.map(toResponse), { minGroup });
        for (const p of out) {
          if (p.status !== "shown") {
            expect(p).not.toHaveProperty("answers");
            continue;
          }
          expect(p.answers.length).toBeGreaterThanOrEqual(minGroup);
          // Each shown answer comes from a different response.
          const from = new Set(p.answers.map((t) => origin(t)[0]));
          const ids = new Set([...from].map((i) => group[Number(i)]!.id));
          expect(ids.size).toBe(p.answers.length);
        }
      }),
    );
  });

  it("property: never shows unshared text, text of a non-shareable prompt, ids, or anything order-dependent", () => {
    fc.assert(
      fc.property(genGroup, fc.integer({ min: 1, max: 4 }), (group, minGroup) => {
        const responses = group.map(toResponse);
        const out = sharedReflections(section, responses, { minGroup });
        const shown = out.flatMap((p) => (p.status === "shown" ? p.answers : []));
        for (const text of shown) {
          const [i, key] = origin(text);
          const g = group[Number(i)]!;
          expect(g.prompts[key!]?.share).toBe(true);
          expect(section.prompts.find((p) => p.id === key)?.shareable).toBe(true);
        }
        expect(shown.every((t) => !/^id-\d+$/.test(t))).toBe(true);
        expect(JSON.stringify(out)).not.toMatch(/"id-\d+"/);
        expect(sharedReflections(section, [...responses].reverse(), { minGroup })).toEqual(out);
      }),
    );
  });
});
