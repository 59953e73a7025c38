// The service map's editing transitions: the family adds, places, rates, renames and removes people and
// services, links services and names a coordinator. Each returns a new answer; what it did not touch
// (other nodes' places above all) stays exactly as it was.
import type {
  LinkAnswer,
  NetworkAnswer,
  NetworkSection,
  NodeAnswer,
} from "@famwel/instrument/core";
import type { RatedField } from "./service-map.model-compare.js";
import { catalogEntry, nodeEntry, type NodeKind } from "./service-map.model.js";
import { defaultRing, freePosition, nextPosition, updateNode } from "./service-map.model-place.js";

/** The response schema's caps: an answer beyond them would no longer validate. */
const MAX_STORED_NODES = 200;
const MAX_LINKS = 2000;
const MAX_LABEL = 200;

// The schema counts code points, so a name is cut between characters, never inside an emoji.
const cleanLabel = (label: string) => [...label.trim()].slice(0, MAX_LABEL).join("");

function insertNode(answer: NetworkAnswer, id: string, node: NodeAnswer): NetworkAnswer {
  if (nodeEntry(answer, id) || Object.keys(answer.nodes).length >= MAX_STORED_NODES) return answer;
  return { ...answer, nodes: { ...answer.nodes, [id]: node } };
}

/**
 * Puts a catalog service on the map. Its id is the catalog id, so the same service is the same node in
 * every reading; adding one the family removed brings it back with its ratings and place.
 */
export function addFromCatalog(
  answer: NetworkAnswer,
  section: NetworkSection,
  catalogId: string,
  now: string,
  ring: string = defaultRing(section),
): NetworkAnswer {
  const old = nodeEntry(answer, catalogId);
  if (old) return old.removed ? restoreNode(answer, catalogId, now) : answer;
  const entry = catalogEntry(section, catalogId);
  if (!entry) return answer;
  return insertNode(answer, catalogId, {
    catalog: catalogId,
    kind: entry.kind ?? "service",
    sector: entry.sector,
    ring,
    position: nextPosition(answer, entry.sector, ring),
    at: now,
  });
}

/** Puts the family's own person or service on the map, under a new stable id. */
export function addCustom(
  answer: NetworkAnswer,
  node: { label: string; kind: NodeKind; sector: string; ring: string },
  now: string,
  id: string = newNodeId(),
): NetworkAnswer {
  const label = cleanLabel(node.label);
  if (!label) return answer;
  const { kind, sector, ring } = node;
  const position = nextPosition(answer, sector, ring);
  return insertNode(answer, id, { label, kind, sector, ring, position, at: now });
}

/**
 * Moves a node to another sector or ring, or along its sector. A node that changes sector or ring
 * without a place asked for goes into the widest free stretch there; nothing else moves.
 */
export function moveNode(
  answer: NetworkAnswer,
  id: string,
  to: { sector?: string; ring?: string; position?: number },
  now: string,
): NetworkAnswer {
  const old = nodeEntry(answer, id);
  if (!old) return answer;
  const sector = to.sector ?? old.sector;
  const ring = to.ring ?? old.ring;
  const stays = sector === old.sector && ring === old.ring;
  if (stays && (to.position === undefined || to.position === old.position)) return answer;
  const position =
    to.position !== undefined
      ? freePosition(answer, sector, ring, to.position, id)
      : nextPosition(answer, sector, ring, id);
  return updateNode(answer, id, { sector, ring, position }, now);
}

/** Sets or (with `undefined` or "") clears one thing the family said about a node. */
export function rateNode<F extends RatedField>(
  answer: NetworkAnswer,
  id: string,
  field: F,
  value: NodeAnswer[F] | "",
  now: string,
): NetworkAnswer {
  return updateNode(answer, id, { [field]: value === "" ? undefined : value }, now);
}

/** Renames the family's own node; a catalog service keeps the catalog's name, in every language. */
export function renameNode(
  answer: NetworkAnswer,
  id: string,
  label: string,
  now: string,
): NetworkAnswer {
  const node = nodeEntry(answer, id);
  const name = cleanLabel(label);
  if (!node || node.catalog !== undefined || !name || name === node.label) return answer;
  return updateNode(answer, id, { label: name }, now);
}

/** Takes a node off the map, keeping everything said about it; a removed node cannot coordinate. */
export function removeNode(answer: NetworkAnswer, id: string, now: string): NetworkAnswer {
  const next = updateNode(answer, id, { removed: true }, now);
  if (next === answer || answer.coordinator?.node !== id) return next;
  const { coordinator: _, ...rest } = next;
  return rest;
}

/** Brings a removed node back with its place, ratings and links. It does not become coordinator again. */
export function restoreNode(answer: NetworkAnswer, id: string, now: string): NetworkAnswer {
  return nodeEntry(answer, id)?.removed
    ? updateNode(answer, id, { removed: undefined }, now)
    : answer;
}

const samePair = (l: LinkAnswer, a: string, b: string) =>
  (l.a === a && l.b === b) || (l.a === b && l.b === a);

/** Links two nodes (in either order) and rates how well they work together; `undefined` clears the rating. */
export function setLink(
  answer: NetworkAnswer,
  a: string,
  b: string,
  cooperation: number | undefined,
  now: string,
): NetworkAnswer {
  return changeLink(answer, a, b, { cooperation }, now);
}

export function setLinkNote(
  answer: NetworkAnswer,
  a: string,
  b: string,
  note: string,
  now: string,
): NetworkAnswer {
  return changeLink(answer, a, b, { note: note === "" ? undefined : note }, now);
}

function changeLink(
  answer: NetworkAnswer,
  a: string,
  b: string,
  change: Partial<LinkAnswer>,
  now: string,
): NetworkAnswer {
  if (a === b || !nodeEntry(answer, a) || !nodeEntry(answer, b)) return answer;
  const links = answer.links ?? [];
  const i = links.findIndex((l) => samePair(l, a, b));
  if (i < 0 && links.length >= MAX_LINKS) return answer;
  const next: LinkAnswer = { ...(links[i] ?? { a, b }), ...change, at: now };
  for (const key of Object.keys(change) as Array<keyof LinkAnswer>)
    if (change[key] === undefined) delete next[key];
  return { ...answer, links: i < 0 ? [...links, next] : links.with(i, next) };
}

/**
 * Deletes the link between two nodes. Unlike nodes, a link is really deleted: the response schema gives
 * links no `removed` mark, and a link holds nothing but the family's judgement of two nodes that stay
 * on record. Undo is the element's: it holds the previous answer and sets the link again from it.
 */
export function removeLink(
  answer: NetworkAnswer,
  a: string,
  b: string,
  _now: string, // nothing is left to stamp; kept so that every transition reads alike
): NetworkAnswer {
  const links = answer.links ?? [];
  const kept = links.filter((l) => !samePair(l, a, b));
  if (kept.length === links.length) return answer;
  return { ...answer, links: kept };
}

/** Names the one coordinator (e.g. the BTI stafettholder), or none with `undefined`. */
export function setCoordinator(
  answer: NetworkAnswer,
  id: string | undefined,
  now: string,
): NetworkAnswer {
  if (id === undefined) {
    if (!answer.coordinator) return answer;
    const { coordinator: _, ...rest } = answer;
    return rest;
  }
  const node = nodeEntry(answer, id);
  if (!node || node.removed || answer.coordinator?.node === id) return answer;
  return { ...answer, coordinator: { node: id, at: now } };
}

/**
 * Starts a later reading from this one: every node keeps its id, name and place (removed ones stay
 * removed), the coordinator stays; ratings and links are asked afresh, so a comparison shows change.
 */
export function carryNetworkForward(previous: NetworkAnswer, now: string): NetworkAnswer {
  const nodes: NetworkAnswer["nodes"] = {};
  for (const [id, n] of Object.entries(previous.nodes)) {
    if (!n) continue;
    const { catalog, label, kind, sector, ring, position, removed } = n;
    nodes[id] = { catalog, label, kind, sector, ring, position, removed, at: now };
    for (const key of Object.keys(nodes[id]) as Array<keyof NodeAnswer>)
      if (nodes[id][key] === undefined) delete nodes[id][key];
  }
  const coordinator = previous.coordinator?.node;
  return {
    type: "network",
    nodes,
    links: [],
    ...(coordinator && Object.hasOwn(nodes, coordinator) && !nodes[coordinator]?.removed
      ? { coordinator: { node: coordinator, at: now } }
      : {}),
  };
}

/** A stable, unguessable id for a node the family adds (`p-` and 10 base-36 characters). */
export function newNodeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return "p-" + Array.from(bytes, (b) => (b % 36).toString(36)).join("");
}
