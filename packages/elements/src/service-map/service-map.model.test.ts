import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { InstrumentDefinition, NetworkAnswer, NetworkSection } from "@famwel/instrument";
import serviceNetwork from "@famwel/instruments/definitions/service-network.json" with { type: "json" };
import * as core from "./service-map.model.js";
import * as place from "./service-map.model-place.js";
import * as edits from "./service-map.model-edits.js";
import * as compare from "./service-map.model-compare.js";
import * as search from "./service-map.model-search.js";
import * as links from "./service-map.model-links.js";

const m = { ...core, ...place, ...edits, ...compare, ...search, ...links };

const net = (serviceNetwork as unknown as InstrumentDefinition).sections.find(
  (s): s is NetworkSection => s.type === "network",
)!;

const small: NetworkSection = {
  type: "network",
  id: "net",
  title: { nb: "Rundt oss", en: "Around us" },
  sectors: [
    { id: "family", label: { nb: "Familie", en: "Family" } },
    { id: "school", label: { nb: "Skole", en: "School" } },
    { id: "health", label: { nb: "Helse", en: "Health" } },
  ],
  rings: [
    { id: "inner", label: { nb: "Nær" } },
    { id: "mid", label: { nb: "Midt" } },
    { id: "outer", label: { nb: "Fjern" } },
  ],
  catalog: [
    { id: "gran", label: { nb: "Bestemor" }, sector: "family", kind: "person" },
    { id: "sch", label: { nb: "Skolen", en: "School" }, sector: "school" },
    { id: "gp", label: { nb: "Fastlegen", en: "GP" }, sector: "health" },
    { id: "bup", label: { nb: "BUP" }, sector: "health" },
  ],
  allowCustom: true,
  maxNodes: 3,
  cooperation: { scale: { min: 0, max: 3 } },
};
const T = "2026-11-23T10:00:00.000Z";
const T2 = "2026-11-24T10:00:00.000Z";
const T3 = "2026-11-25T10:00:00.000Z";

const ids = (a: NetworkAnswer, section = net) => m.mapNodes(section, a, "nb").map((n) => n.id);
const addAll = (section: NetworkSection, catalogIds: string[], ring?: string) =>
  catalogIds.reduce((a, id) => m.addFromCatalog(a, section, id, T, ring), m.emptyNetworkAnswer());

describe("service map model: nodes", () => {
  it("starts empty", () => {
    expect(m.emptyNetworkAnswer()).toEqual({ type: "network", nodes: {}, links: [] });
  });

  it("adds a catalog service under its catalog id, in its sector and the middle ring", () => {
    const a = m.addFromCatalog(m.emptyNetworkAnswer(), net, "child-welfare", T);
    expect(a.nodes["child-welfare"]).toEqual({
      catalog: "child-welfare",
      kind: "service",
      sector: "welfare",
      ring: "middle",
      position: 0.5,
      at: T,
    });
    expect(m.mapNodes(net, a, "nn")[0]).toMatchObject({
      id: "child-welfare",
      label: "Barnevernstenesta",
      lang: "nn",
      custom: false,
      important: false,
      note: "",
      coordinator: false,
    });
    expect(m.mapNodes(net, a, "en")[0]!.label).toBe("Child welfare service");
    expect(m.mapNodes(net, a, "se")[0]).toMatchObject({ label: "Barnevernstjenesten", lang: "nb" });
    expect(m.addFromCatalog(a, net, "child-welfare", T2)).toBe(a); // already on the map
    expect(m.addFromCatalog(a, net, "no-such-service", T2)).toBe(a);
    expect(m.addFromCatalog(a, net, "grandparents", T, "close").nodes.grandparents).toMatchObject({
      kind: "person",
      sector: "family",
      ring: "close",
    });
  });

  it("gives the same service the same id in every reading", () => {
    const first = m.addFromCatalog(m.emptyNetworkAnswer(), net, "gp", T);
    const later = m.addFromCatalog(m.carryNetworkForward(first, T2), net, "school", T2);
    const fresh = m.addFromCatalog(m.emptyNetworkAnswer(), net, "gp", T3);
    expect(ids(later)).toEqual(["school", "gp"]);
    expect(Object.keys(fresh.nodes)).toEqual(["gp"]);
    expect(m.compareNetworks(net, first, fresh).added).toEqual([]);
  });

  it("orders nodes by the definition's sectors, then rings inside out, then position", () => {
    let a = addAll(net, ["police", "gp", "grandparents", "friends"]);
    a = m.addFromCatalog(a, net, "school", T, "distant");
    a = m.addFromCatalog(a, net, "kindergarten", T, "close");
    // friends went into the wider free stretch before grandparents (0.25 < 0.5)
    expect(ids(a)).toEqual(["friends", "grandparents", "kindergarten", "school", "gp", "police"]);
    expect(a.nodes.grandparents!.position).toBe(0.5);
    expect(a.nodes.friends!.position).toBe(0.25);
  });

  it("adds the family's own people with new stable ids, trims names and refuses empty ones", () => {
    const before = m.emptyNetworkAnswer();
    const a = m.addCustom(
      before,
      { label: "  Naboen Kari ", kind: "person", sector: "family", ring: "close" },
      T,
    );
    const [id] = Object.keys(a.nodes);
    expect(id).toMatch(/^p-[0-9a-z]{10}$/);
    expect(m.mapNodes(net, a, "nb")[0]).toMatchObject({
      label: "Naboen Kari",
      lang: undefined,
      custom: true,
      catalog: undefined,
      kind: "person",
      ring: "close",
    });
    const empty = { label: "  ", kind: "person", sector: "family", ring: "close" } as const;
    expect(m.addCustom(before, empty, T)).toBe(before);
    expect(m.addCustom(a, { ...empty, label: "Kari igjen" }, T, id)).toBe(a); // never overwrites
    expect(
      m.addCustom(a, { ...empty, label: "x".repeat(300) }, T, "p-long").nodes["p-long"]!.label,
    ).toHaveLength(200);
  });

  it("renames the family's own nodes but keeps the catalog's names", () => {
    let a = m.addCustom(
      m.addFromCatalog(m.emptyNetworkAnswer(), net, "gp", T),
      { label: "Kari", kind: "person", sector: "family", ring: "close" },
      T,
      "p-kari",
    );
    a = m.renameNode(a, "p-kari", " Tante Kari ", T2);
    expect(a.nodes["p-kari"]).toMatchObject({ label: "Tante Kari", at: T2 });
    expect(m.renameNode(a, "p-kari", "   ", T3)).toBe(a);
    expect(m.renameNode(a, "gp", "Doktoren", T3)).toBe(a);
    expect(m.mapNodes(net, a, "nb").map((n) => n.label)).toEqual(["Tante Kari", "Fastlegen"]);
  });

  it("rates, notes and stamps one node, clearing a field with undefined or an empty string", () => {
    let a = addAll(net, ["gp", "school"]);
    const school = a.nodes.school;
    a = m.rateNode(a, "gp", "helpfulness", 3, T2);
    a = m.rateNode(a, "gp", "frequency", "monthly", T2);
    a = m.rateNode(a, "gp", "direction", "to-family", T2);
    a = m.rateNode(a, "gp", "important", true, T2);
    a = m.rateNode(a, "gp", "note", "Henviste oss til BUP", T3);
    expect(a.nodes.gp).toMatchObject({
      helpfulness: 3,
      frequency: "monthly",
      direction: "to-family",
      important: true,
      note: "Henviste oss til BUP",
      at: T3,
    });
    expect(a.nodes.school).toBe(school);
    expect(m.mapNodes(net, a, "nb").find((n) => n.id === "gp")).toMatchObject({
      helpfulness: 3,
      important: true,
      note: "Henviste oss til BUP",
    });
    const cleared = m.rateNode(
      m.rateNode(a, "gp", "note", "", T3),
      "gp",
      "helpfulness",
      undefined,
      T3,
    );
    expect(cleared.nodes.gp).not.toHaveProperty("note");
    expect(cleared.nodes.gp).not.toHaveProperty("helpfulness");
    expect(cleared.nodes.gp!.frequency).toBe("monthly");
    expect(m.rateNode(a, "constructor", "helpfulness", 2, T3)).toBe(a); // ids come from outside
    expect(m.nodeValueText(3, net.rate!.helpfulness!, "nb")).toBe("3 av 4, Hjelper godt");
    expect(m.nodeValueText(undefined, net.rate!.helpfulness!, "en")).toBe("not rated");
  });

  it("moves a node to another ring or sector without moving anyone else", () => {
    let a = addAll(net, ["gp", "dental", "hospital"]);
    const before = structuredClone(a.nodes);
    a = m.moveNode(a, "gp", { ring: "close" }, T2);
    expect(a.nodes.gp).toMatchObject({ sector: "health", ring: "close", position: 0.5, at: T2 });
    a = m.moveNode(a, "dental", { ring: "close" }, T2);
    expect(a.nodes.dental!.position).toBe(0.25);
    expect(a.nodes.hospital).toEqual(before.hospital);
    a = m.moveNode(a, "hospital", { sector: "other" }, T2);
    expect(a.nodes.hospital).toMatchObject({ sector: "other", ring: "middle", position: 0.5 });
    // a place asked for by dragging is kept, unless another node sits exactly there
    expect(m.moveNode(a, "dental", { position: 0.8 }, T3).nodes.dental!.position).toBe(0.8);
    expect(m.moveNode(a, "dental", { position: 0.5 }, T3).nodes.dental!.position).toBe(0.75);
    expect(m.moveNode(a, "dental", { position: 7 }, T3).nodes.dental!.position).toBeLessThan(1);
    expect(m.moveNode(a, "gp", { ring: "close" }, T3)).toBe(a);
  });

  it("removes a node keeping every rating and its place, and restores it exactly", () => {
    let a = addAll(net, ["gp", "school", "bup"]);
    a = m.rateNode(a, "gp", "helpfulness", 4, T);
    a = m.rateNode(a, "gp", "note", "Alltid tid til oss", T);
    a = m.setLink(a, "gp", "bup", 2, T);
    a = m.setCoordinator(a, "gp", T);
    const removed = m.removeNode(a, "gp", T2);
    expect(ids(removed)).toEqual(["school", "bup"]);
    expect(m.removedNodes(removed)).toEqual(["gp"]);
    expect(removed.nodes.gp).toMatchObject({ helpfulness: 4, removed: true, at: T2 });
    expect(removed.coordinator).toBeUndefined(); // a removed node cannot coordinate
    expect(removed.links).toHaveLength(1); // kept, but not shown
    expect(m.mapLinks(net, removed, "nb")).toEqual([]);
    // nobody new takes the removed node's place while it is away
    const other = m.addFromCatalog(removed, net, "dental", T2);
    expect([a.nodes.bup!.position, a.nodes.gp!.position]).toEqual([0.25, 0.5]);
    expect(other.nodes.dental!.position).toBe(0.75);
    const back = m.restoreNode(other, "gp", T3);
    const { at: _a, ...was } = a.nodes.gp!;
    expect(back.nodes.gp).toEqual({ ...was, at: T3 });
    expect(m.mapLinks(net, back, "nb")).toHaveLength(1);
    // picking it from the catalog again also brings it back, ratings and all
    expect(m.addFromCatalog(removed, net, "gp", T3, "close").nodes.gp).toEqual({ ...was, at: T3 });
    expect(m.restoreNode(a, "gp", T3)).toBe(a);
  });

  it("keeps one coordinator, and only a node on the map", () => {
    let a = addAll(net, ["gp", "child-welfare"]);
    a = m.setCoordinator(a, "child-welfare", T);
    expect(a.coordinator).toEqual({ node: "child-welfare", at: T });
    a = m.setCoordinator(a, "gp", T2);
    expect(
      m
        .mapNodes(net, a, "nb")
        .filter((n) => n.coordinator)
        .map((n) => n.id),
    ).toEqual(["gp"]);
    expect(m.setCoordinator(a, "toString", T3)).toBe(a);
    expect(
      m.setCoordinator(m.removeNode(a, "child-welfare", T3), "child-welfare", T3).coordinator,
    ).toEqual({ node: "gp", at: T2 });
    expect(m.setCoordinator(a, undefined, T3)).not.toHaveProperty("coordinator");
  });

  it("warns when the map holds more than maxNodes", () => {
    const three = addAll(small, ["gran", "sch", "gp"]);
    expect(m.mapValidity(small, three)).toEqual({ tooMany: false });
    expect(m.mapValidity(small, m.addFromCatalog(three, small, "bup", T))).toEqual({
      tooMany: true,
    });
    expect(
      m.mapValidity(small, m.removeNode(m.addFromCatalog(three, small, "bup", T), "gp", T)),
    ).toEqual({ tooMany: false });
    const { maxNodes: _, ...defaulted } = small;
    expect(m.mapValidity(defaulted, three).tooMany).toBe(false);
  });
});

describe("service map model: places", () => {
  it("puts a new node in the middle of the widest free stretch", () => {
    const at = (...positions: number[]): NetworkAnswer => ({
      type: "network",
      nodes: Object.fromEntries(
        positions.map((position, i) => [
          `n${i}`,
          { kind: "service" as const, sector: "health", ring: "mid", position, at: T },
        ]),
      ),
    });
    expect(m.nextPosition(at(), "health", "mid")).toBe(0.5);
    expect(m.nextPosition(at(0.5), "health", "mid")).toBe(0.25);
    expect(m.nextPosition(at(0.25, 0.5), "health", "mid")).toBe(0.75);
    expect(m.nextPosition(at(0.1, 0.9), "health", "mid")).toBe(0.5);
    expect(m.nextPosition(at(0.1, 0.9), "health", "inner")).toBe(0.5);
  });

  it("never moves a node the family did not touch; places stay in [0,1) and distinct", () => {
    const sectors = small.sectors.map((s) => s.id);
    const rings = small.rings.map((r) => r.id);
    const op = fc.oneof(
      fc.record({
        t: fc.constant("catalog" as const),
        id: fc.constantFrom("gran", "sch", "gp", "bup"),
        ring: fc.constantFrom(...rings),
      }),
      fc.record({
        t: fc.constant("custom" as const),
        sector: fc.constantFrom(...sectors),
        ring: fc.constantFrom(...rings),
      }),
      fc.record({
        t: fc.constant("move" as const),
        pick: fc.nat(),
        sector: fc.option(fc.constantFrom(...sectors), { nil: undefined }),
        ring: fc.option(fc.constantFrom(...rings), { nil: undefined }),
        position: fc.option(fc.double({ min: -1, max: 2, noNaN: true }), { nil: undefined }),
      }),
      fc.record({ t: fc.constantFrom("remove" as const, "restore" as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let a = m.emptyNetworkAnswer();
        ops.forEach((o, step) => {
          const existing = Object.keys(a.nodes);
          let touched: string | undefined;
          let next: NetworkAnswer;
          if (o.t === "catalog") {
            touched = o.id;
            next = m.addFromCatalog(a, small, o.id, T, o.ring);
          } else if (o.t === "custom") {
            touched = `p-${step}`;
            const node = { label: "Egen", kind: "person" as const, sector: o.sector, ring: o.ring };
            next = m.addCustom(a, node, T, touched);
          } else {
            if (existing.length === 0) return;
            touched = existing[o.pick % existing.length]!;
            next =
              o.t === "move"
                ? m.moveNode(a, touched, o, T)
                : o.t === "remove"
                  ? m.removeNode(a, touched, T)
                  : m.restoreNode(a, touched, T);
          }
          for (const id of existing) {
            if (id === touched) continue;
            const [p, n] = [a.nodes[id]!, next.nodes[id]!];
            expect([n.sector, n.ring, n.position]).toEqual([p.sector, p.ring, p.position]);
          }
          const cells = new Map<string, number[]>();
          for (const n of Object.values(next.nodes)) {
            expect(n!.position).toBeGreaterThanOrEqual(0);
            expect(n!.position).toBeLessThan(1);
            const key = `${n!.sector}/${n!.ring}`;
            cells.set(key, [...(cells.get(key) ?? []), n!.position!]);
          }
          for (const positions of cells.values())
            expect(new Set(positions).size).toBe(positions.length);
          a = next;
        });
      }),
    );
  });

  it("steps rings inwards and outwards without wrapping, and sectors round the circle", () => {
    expect(m.stepRing(net, "middle", -1)).toBe("close");
    expect(m.stepRing(net, "close", -1)).toBe("close");
    expect(m.stepRing(net, "middle", 1)).toBe("distant");
    expect(m.stepRing(net, "distant", 1)).toBe("distant");
    expect(m.stepSector(net, "family", 1)).toBe("school");
    expect(m.stepSector(net, "family", -1)).toBe("other");
    expect(m.stepSector(net, "other", 1)).toBe("family");
  });
});

describe("service map model: links and cooperation", () => {
  it("treats a link as an unordered pair: set either way round, one link", () => {
    let a = addAll(net, ["school", "bup", "gp"]);
    a = m.setLink(a, "school", "bup", 1, T);
    a = m.setLink(a, "bup", "school", 3, T2);
    expect(a.links).toEqual([{ a: "school", b: "bup", cooperation: 3, at: T2 }]);
    a = m.setLinkNote(a, "bup", "school", "Møtes i ansvarsgruppa", T2);
    expect(m.mapLinks(net, a, "nb")).toEqual([
      {
        a: "school",
        b: "bup",
        cooperation: 3,
        note: "Møtes i ansvarsgruppa",
        aLabel: "Skolen",
        bLabel: "BUP – psykisk helsevern for barn og unge",
      },
    ]);
    expect(m.setLink(a, "gp", "gp", 2, T3)).toBe(a);
    expect(m.setLink(a, "gp", "nobody", 2, T3)).toBe(a);
    expect(m.setLink(a, "bup", "school", undefined, T3).links![0]).not.toHaveProperty(
      "cooperation",
    );
    const gone = m.removeLink(a, "bup", "school", T3);
    expect(gone.links).toEqual([]);
    expect(m.removeLink(gone, "bup", "school", T3)).toBe(gone);
  });

  it("finds important services that do not work together, and clears a gap when they do", () => {
    let a = addAll(net, ["school", "bup", "child-welfare", "gp", "grandparents"]);
    for (const id of ["school", "bup", "child-welfare", "grandparents"])
      a = m.rateNode(a, id, "important", true, T);
    // gp is not important; grandparents are people, not services
    expect(m.cooperationGaps(net, a)).toEqual([
      ["school", "bup"],
      ["school", "child-welfare"],
      ["bup", "child-welfare"],
    ]);
    a = m.setLink(a, "child-welfare", "school", 3, T2);
    a = m.setLink(a, "bup", "school", 0, T2); // "do not know of each other" is still a gap
    expect(m.cooperationGaps(net, a)).toEqual([
      ["school", "bup"],
      ["bup", "child-welfare"],
    ]);
    a = m.setLink(a, "bup", "school", 2, T2);
    expect(m.cooperationGaps(net, m.removeNode(a, "child-welfare", T2))).toEqual([]);
    const { cooperation: _, ...noCooperation } = net;
    expect(m.cooperationGaps(noCooperation, a)).toEqual([]);
  });
});

describe("service map model: comparing readings", () => {
  it("shows who came, went, came closer, moved away, changed sector or was rated differently", () => {
    let first = addAll(net, ["school", "gp", "child-welfare", "friends"]);
    first = m.rateNode(first, "gp", "helpfulness", 2, T);
    first = m.rateNode(first, "school", "important", true, T);
    let second = m.carryNetworkForward(first, T2);
    // the next reading keeps who and where, and asks the ratings afresh
    expect(second.nodes.gp).toEqual({
      catalog: "gp",
      kind: "service",
      sector: "health",
      ring: "middle",
      position: 0.5,
      at: T2,
    });
    second = m.rateNode(second, "gp", "helpfulness", 4, T2);
    second = m.rateNode(second, "school", "important", true, T2);
    second = m.moveNode(second, "gp", { ring: "close" }, T2);
    second = m.moveNode(second, "friends", { ring: "distant" }, T2);
    second = m.moveNode(second, "child-welfare", { sector: "other" }, T2);
    second = m.removeNode(second, "school", T2);
    second = m.addFromCatalog(second, net, "bup", T2);
    expect(m.compareNetworks(net, first, second)).toEqual({
      added: ["bup"],
      removed: ["school"],
      closer: ["gp"],
      further: ["friends"],
      moved: ["child-welfare"],
      rerated: [{ id: "gp", field: "helpfulness", from: 2, to: 4 }],
    });
    expect(m.compareNetworks(net, first, first)).toEqual({
      added: [],
      removed: [],
      closer: [],
      further: [],
      moved: [],
      rerated: [],
    });
  });
});

describe("service map model: catalog search", () => {
  const search = (q: string, locale = "nb", exclude: string[] = []) =>
    m.catalogSearch(net, q, locale, [], new Set(exclude)).map((h) => h.id);

  it("finds services by the start of a word, whatever the case", () => {
    expect(search("bar").slice(0, 3).sort()).toEqual([
      "child-welfare",
      "child-welfare-emergency",
      "kindergarten",
    ]);
    const helse = m.catalogSearch(net, "helse", "nb", [], new Set());
    const clinic = helse.findIndex((h) => h.id === "health-clinic");
    expect(clinic).toBeGreaterThanOrEqual(0);
    for (const h of helse.slice(0, clinic + 1)) expect(h.label).toMatch(/(^|[^\p{L}])helse/iu);
    expect(search("HELSE")).toEqual(search("helse"));
    const nav = search("nav");
    expect(nav.slice(0, 4).sort()).toEqual([
      "nav-family-benefits",
      "nav-office",
      "nav-social-assistance",
      "nav-work",
    ]);
    expect(nav).toContain("legal-aid"); // "… saker med barnevernet, Nav, bolig …"
  });

  it("finds services by their search words, ranking name matches first", () => {
    const hits = m.catalogSearch(net, "helsesøster", "nb", [], new Set());
    expect(hits.map((h) => h.id).sort()).toEqual(["health-clinic", "school-health"]);
    expect(search("doctor", "en")).toContain("gp");
    const tolk = search("tolk");
    expect(tolk[0]).toBe("interpreter");
  });

  it("ranks a word start before a match inside a word", () => {
    const hits = search("tjenesten");
    // "PP-tjenesten" (a search word) starts a word; "Barnevernstjenesten" only holds it
    expect(hits.indexOf("ppt")).toBeGreaterThanOrEqual(0);
    expect(hits.indexOf("ppt")).toBeLessThan(hits.indexOf("child-welfare"));
    expect(hits).toContain("follow-up-service");
  });

  it("keeps æ, ø and å apart from a and o, but forgives other accents", () => {
    expect(search("rød")).toContain("red-cross");
    expect(search("rod")).not.toContain("red-cross");
    expect(search("hånd")).toContain("sports-club");
    expect(search("hand")).not.toContain("sports-club");
    expect(search("moske")).toContain("faith-community");
    expect(m.foldText("Ærlig Øy Ås Moské")).toBe("ærlig øy ås moske");
    for (const h of m.catalogSearch(net, "ø", "nb", [], new Set())) {
      const entry = net.catalog!.find((c) => c.id === h.id)!;
      const text = [entry.label.nb, entry.description?.nb, entry.keywords?.nb].join(" ");
      expect(text.toLowerCase()).toContain("ø");
    }
    expect(search("ø").length).toBeLessThan(search("o").length);
  });

  it("searches in the family's language: bokmål, nynorsk, English", () => {
    const [nn] = m.catalogSearch(net, "bustad", "nn", [], new Set());
    expect(nn).toMatchObject({
      id: "housing-office",
      label: "Bustadkontoret (kommunal bustadteneste)",
      lang: "nn",
      sector: "welfare",
      kind: "service",
    });
    expect(search("bustad", "nb")).not.toContain("housing-office");
    expect(search("grandma", "en")).toEqual(["grandparents"]);
  });

  it("leaves out services already on the map, and lists all by sector and name when empty", () => {
    expect(search("nav", "nb", ["nav-office"])).not.toContain("nav-office");
    const all = m.catalogSearch(net, "  ", "nb", [], new Set(["gp"]));
    expect(all).toHaveLength(net.catalog!.length - 1);
    expect(all.map((h) => h.id)).not.toContain("gp");
    const sectorOrder = net.sectors.map((s) => s.id);
    const idx = all.map((h) => sectorOrder.indexOf(h.sector));
    expect(idx).toEqual([...idx].sort((x, y) => x - y));
    expect(all.slice(0, 5).map((h) => h.label)).toEqual([
      "Annen familie og slekt",
      "Besteforeldre",
      "Forelder som bor et annet sted",
      "Naboer",
      "Venner",
    ]);
  });
});

describe("service map model: ids", () => {
  it("makes node ids that are valid, distinct and survive JSON", () => {
    const made = new Set(Array.from({ length: 500 }, () => m.newNodeId()));
    expect(made.size).toBe(500);
    for (const id of made) expect(id).toMatch(/^p-[0-9a-z]{10}$/);
  });
});
