// The map's layout over a seeded corpus, for changes to the layout: does a faster version lay out
// the same maps, and if not, what do families see instead? Pure Node, no browser.
//
//   node bench/layout-corpus.mjs A.js [B.js] [--max-nodes N] [--max-width W]
//
// --max-nodes and --max-width keep only the maps with at most N nodes or W px: e.g. the few nodes a
// family puts on a phone's map, which the crowded maps of the whole corpus outnumber.
//
// A and B are builds of packages/elements/dist/service-map/service-map.layout.js (copy the dist
// folder aside before changing the code: the module imports ../life-wheel/life-wheel.layout.js).
// For each it prints how many nodes got their name beside them, how many of those names were cut
// ("…"), how many became numbered circles, how many went to the tray, how far nodes sit from the
// spot their position asks for, and what share of the names' letters the map shows (a cut name
// counts the letters before its "…"); with two, how many of the maps came out byte for byte the
// same, and how many the same to a millionth of a pixel (a change of arithmetic, such as a square
// root for Math.hypot, moves a coordinate in its last bit and nothing a family could see).
import { performance } from "node:perf_hooks";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { mapLayoutInput } from "./lib/data.mjs";

/** A fixed linear congruential generator: the same corpus on every machine. */
const random = (seed) => () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const words = [
  "Barnevernet",
  "NAV",
  "Helsestasjon",
  "Skole",
  "Barnehage",
  "BUP",
  "Fastlege",
  "PPT",
  "Bestemor",
  "Onkel Per",
  "Fotballtrener",
  "Psykisk helsetjeneste for barn og unge",
  "Familiens hus",
  "Kirkens bymisjon",
  "Boligkontoret",
  "Tannlege",
  "Logoped",
  "Ergoterapeut",
  "Utekontakten",
  "Venner fra klassen",
];

/** 540 maps: the bench's (5–160 nodes at 360/720/1024 px) and 522 random ones, LTR and RTL. */
export function corpus() {
  const out = [];
  for (const n of [5, 20, 40, 80, 120, 160])
    for (const width of [360, 720, 1024]) {
      out.push({ ...mapLayoutInput(n), width, fontSize: 14, dir: "ltr" });
    }
  const r = random(42);
  for (let k = 0; k < 522; k++) {
    const ns = 3 + Math.floor(r() * 6);
    const nr = 2 + Math.floor(r() * 3);
    const sectors = Array.from({ length: ns }, (_, i) => `s${i}`);
    const rings = Array.from({ length: nr }, (_, i) => `r${i}`);
    const n = 1 + Math.floor(r() ** 1.5 * 160);
    const nodes = Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      label: words[Math.floor(r() * words.length)] + (r() < 0.3 ? ` ${i}` : ""),
      sector: sectors[Math.floor(r() * ns)],
      ring: rings[Math.floor(r() ** 0.7 * nr)],
      position: r(),
    }));
    out.push({
      sectors,
      rings,
      nodes,
      width: [360, 390, 540, 720, 1024][k % 5],
      fontSize: [12, 14, 18][k % 3],
      dir: k % 4 === 3 ? "rtl" : "ltr",
      sectorNames: sectors.map((s) => `Sektor ${s}`),
    });
  }
  return out;
}

/** A text measure with wide letters counted wider, so names do not all cut at the same length. */
const measureFor = (font) => (s) =>
  s.length * font * 0.55 + (s.match(/[mwMW]/g)?.length ?? 0) * font * 0.2;

const countLetters = (s) => s.replace(/\s/g, "").length;

/** What families would see, summed over the corpus, and each map's layout as JSON. */
function survey(layoutMap, maps) {
  const sum = { named: 0, cut: 0, numbered: 0, tray: 0, displacement: 0, letters: 0, ms: 0 };
  let letters = 0;
  const layouts = [];
  let placed = 0;
  for (const input of maps) {
    const start = performance.now();
    const L = layoutMap({ ...input, measure: measureFor(input.fontSize) });
    sum.ms += performance.now() - start;
    layouts.push(JSON.stringify(L));
    L.nodes.forEach((m, k) => {
      if (m.overflow) return void sum.tray++;
      if (m.key !== undefined) sum.numbered++;
      else {
        sum.named++;
        if (m.label.lines.at(-1).endsWith("…")) sum.cut++;
        // Fewer letters on the map at the same count of names: labels cut shorter.
        sum.letters += countLetters(m.label.lines.map((l) => l.replace(/[-…]$/, "")).join(""));
      }
      // How far along its ring the node sits from the angle its position asks for (px).
      const src = input.nodes[k];
      const dx = m.x - L.cx;
      const dy = (m.y - L.cy) / L.stretch;
      let a = Math.atan2(dx, -dy) * (input.dir === "rtl" ? -1 : 1);
      if (a < 0) a += 2 * Math.PI;
      const n = input.sectors.length;
      const want = ((input.sectors.indexOf(src.sector) + src.position) * 2 * Math.PI) / n;
      const off = Math.abs(a - want);
      sum.displacement += Math.min(off, 2 * Math.PI - off) * Math.hypot(dx, dy);
      placed++;
      letters += countLetters(input.nodes[k].label);
    });
  }
  sum.displacement = +(sum.displacement / placed).toFixed(2);
  // Percent of the letters of the names of the nodes on the map (numbered circles' included).
  sum.letters = +((100 * sum.letters) / letters).toFixed(2);
  sum.ms = Math.round(sum.ms);
  return { sum, layouts };
}

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at < 0 ? Infinity : Number(args.splice(at, 2)[1]);
};
const [maxNodes, maxWidth] = [option("--max-nodes"), option("--max-width")];
const files = args;
if (!files.length) {
  console.error("usage: node bench/layout-corpus.mjs A/service-map/service-map.layout.js [B/…]");
  process.exit(2);
}
const maps = corpus().filter((m) => m.nodes.length <= maxNodes && m.width <= maxWidth);
const results = [];
for (const file of files) {
  const { layoutMap } = await import(pathToFileURL(file).href);
  const { sum, layouts } = survey(layoutMap, maps);
  results.push(layouts);
  console.log(file, sum);
}
if (results.length === 2) {
  const same = results[0].filter((l, i) => l === results[1][i]).length;
  console.log(`${same} of ${maps.length} maps laid out byte for byte the same`);
  const round = (json) =>
    JSON.stringify(JSON.parse(json), (_, v) => (typeof v === "number" ? Math.round(v * 1e6) : v));
  const near = results[0].filter((l, i) => round(l) === round(results[1][i])).length;
  console.log(`${near} of ${maps.length} the same to a millionth of a pixel`);
}
