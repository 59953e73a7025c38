// A network (service-map) answer as a plain node/link list and as GraphML, for network-analysis tools
// (Gephi, igraph, NetworkX, yEd). Labels are resolved from the definition in one locale so a reader of
// the file sees names, not catalog ids; the ids stay beside them. Links are undirected: they say that
// two services work together (or not), not who serves whom; `direction` on a node is about the family.
import { localize } from "./localize.js";
import type { NetworkAnswer, NetworkSection } from "./types.js";

export interface GraphNode {
  id: string;
  /** The family's own name, else the catalog entry's label, else the id. */
  label: string;
  catalog?: string;
  kind: "service" | "person" | "group";
  sector: string;
  sectorLabel?: string;
  ring: string;
  ringLabel?: string;
  /** 0 is the innermost ring. */
  ringIndex?: number;
  helpfulness?: number;
  frequency?: string;
  direction?: "to-family" | "from-family" | "both" | "none";
  important?: boolean;
  note?: string;
  removed?: boolean;
  coordinator: boolean;
  at: string;
}

export interface GraphLink {
  source: string;
  target: string;
  cooperation?: number;
  note?: string;
  at: string;
}

export interface NetworkGraph {
  nodes: GraphNode[];
  links: GraphLink[];
  /** The coordinating node's id (e.g. the BTI stafettholder). */
  coordinator?: string;
}

/** The answer as nodes and links (node order: the answer's; only defined fields are set). */
export function networkGraph(
  answer: NetworkAnswer,
  section?: NetworkSection,
  locale = "nb",
): NetworkGraph {
  const text = (map: Parameters<typeof localize>[0]) => localize(map, locale).text;
  const catalog = new Map((section?.catalog ?? []).map((c) => [c.id, c]));
  const sectors = new Map((section?.sectors ?? []).map((s) => [s.id, s]));
  const rings = section?.rings ?? [];
  const coordinator = answer.coordinator?.node;
  const nodes: GraphNode[] = [];
  for (const [id, n] of Object.entries(answer.nodes)) {
    if (!n) continue;
    const entry = n.catalog ? catalog.get(n.catalog) : undefined;
    const ringIndex = rings.findIndex((r) => r.id === n.ring);
    const node: GraphNode = {
      id,
      label: n.label ?? (entry ? text(entry.label) : (n.catalog ?? id)),
      kind: n.kind,
      sector: n.sector,
      ring: n.ring,
      coordinator: id === coordinator,
      at: n.at,
    };
    const sector = sectors.get(n.sector);
    if (n.catalog !== undefined) node.catalog = n.catalog;
    if (sector) node.sectorLabel = text(sector.label);
    if (ringIndex >= 0) {
      node.ringLabel = text(rings[ringIndex]!.label);
      node.ringIndex = ringIndex;
    }
    if (n.helpfulness !== undefined) node.helpfulness = n.helpfulness;
    if (n.frequency !== undefined) node.frequency = n.frequency;
    if (n.direction !== undefined) node.direction = n.direction;
    if (n.important !== undefined) node.important = n.important;
    if (n.note !== undefined) node.note = n.note;
    if (n.removed !== undefined) node.removed = n.removed;
    nodes.push(node);
  }
  const links = (answer.links ?? []).map((l) => {
    const link: GraphLink = { source: l.a, target: l.b, at: l.at };
    if (l.cooperation !== undefined) link.cooperation = l.cooperation;
    if (l.note !== undefined) link.note = l.note;
    return link;
  });
  return coordinator === undefined ? { nodes, links } : { nodes, links, coordinator };
}

/**
 * Text for XML 1.0: markup characters escaped, and characters XML cannot hold at all (most C0
 * controls, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD so the file always parses.
 */
export function xmlText(s: string): string {
  return s
    .replace(
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      "\ufffd",
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

type KeyType = "string" | "double" | "int" | "boolean";
const NODE_KEYS: ReadonlyArray<[keyof GraphNode, KeyType]> = [
  ["label", "string"],
  ["catalog", "string"],
  ["kind", "string"],
  ["sector", "string"],
  ["sectorLabel", "string"],
  ["ring", "string"],
  ["ringLabel", "string"],
  ["ringIndex", "int"],
  ["helpfulness", "double"],
  ["frequency", "string"],
  ["direction", "string"],
  ["important", "boolean"],
  ["note", "string"],
  ["removed", "boolean"],
  ["coordinator", "boolean"],
  ["at", "string"],
];
const LINK_KEYS: ReadonlyArray<[keyof GraphLink, KeyType]> = [
  ["cooperation", "double"],
  ["note", "string"],
  ["at", "string"],
];

function data(prefix: string, keys: ReadonlyArray<[string, KeyType]>, value: object): string {
  const v = value as Record<string, unknown>;
  return keys
    .filter(([k]) => v[k] !== undefined)
    .map(([k]) => `<data key="${prefix}${k}">${xmlText(String(v[k]))}</data>`)
    .join("");
}

/** The graph as a GraphML document (undirected; node and edge attributes declared as typed keys). */
export function toGraphML(graph: NetworkGraph, id = "network"): string {
  const keys = [
    ...NODE_KEYS.map(
      ([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`,
    ),
    ...LINK_KEYS.map(
      ([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`,
    ),
  ];
  const nodes = graph.nodes.map(
    (n) => `    <node id="${xmlText(n.id)}">${data("n_", NODE_KEYS, n)}</node>`,
  );
  const edges = graph.links.map(
    (l, i) =>
      `    <edge id="e${i}" source="${xmlText(l.source)}" target="${xmlText(l.target)}">${data("e_", LINK_KEYS, l)}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    `  <graph id="${xmlText(id)}" edgedefault="undirected">`,
    ...nodes,
    ...edges,
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}
