// Where nodes go, with no DOM: a free position for a new or moved node, the ring a node lands in,
// and the steps keyboard users take between rings and sectors. Only editing needs these, so they
// live apart from service-map.model.ts and load with the editing views, not with the first paint.
import type { NetworkAnswer, NetworkSection, NodeAnswer } from "@famwel/instrument/core";
import { nodeEntry } from "./service-map.model.js";

/** A new answer with one existing node changed and stamped; `undefined` fields are removed. */
export function updateNode(
  answer: NetworkAnswer,
  id: string,
  change: Partial<NodeAnswer>,
  now: string,
): NetworkAnswer {
  const old = nodeEntry(answer, id);
  if (!old) return answer; // a node needs a kind and a place, which only the adding transitions give
  const next: NodeAnswer = { ...old, ...change, at: now };
  for (const key of Object.keys(change) as Array<keyof NodeAnswer>)
    if (change[key] === undefined) delete next[key];
  return { ...answer, nodes: { ...answer.nodes, [id]: next } };
}

/** Nodes the family removed and may bring back. */
export function removedNodes(answer: NetworkAnswer): string[] {
  return Object.keys(answer.nodes).filter((id) => answer.nodes[id]?.removed);
}

// ---- positions -------------------------------------------------------------------------------

// Removed nodes keep their place reserved, so that restoring one never lands on a newer node.
function takenPositions(answer: NetworkAnswer, sector: string, ring: string, except?: string) {
  const taken: number[] = [];
  for (const [id, n] of Object.entries(answer.nodes))
    if (n && id !== except && n.sector === sector && n.ring === ring && n.position !== undefined)
      taken.push(n.position);
  return taken.sort((a, b) => a - b);
}

/** Where a new node goes: the middle of the widest free stretch, so no node already placed moves. */
export function nextPosition(
  answer: NetworkAnswer,
  sector: string,
  ring: string,
  except?: string,
): number {
  const edges = [0, ...takenPositions(answer, sector, ring, except), 1];
  let best = 0;
  for (let i = 1; i < edges.length - 1; i++)
    if (edges[i + 1]! - edges[i]! > edges[best + 1]! - edges[best]!) best = i;
  return (edges[best]! + edges[best + 1]!) / 2;
}

const MAX_POSITION = 0.999999;

/** A place the family asked for (a drag): kept unless it is taken, then nudged towards the next node. */
export function freePosition(
  answer: NetworkAnswer,
  sector: string,
  ring: string,
  wanted: number,
  except?: string,
): number {
  if (!Number.isFinite(wanted)) return nextPosition(answer, sector, ring, except);
  const p = Math.min(MAX_POSITION, Math.max(0, wanted));
  const taken = takenPositions(answer, sector, ring, except);
  if (!taken.includes(p)) return p;
  return (p + (taken.find((t) => t > p) ?? 1)) / 2;
}

/** The ring a node lands in when the family has not said how close it is: the middle one. */
export function defaultRing(section: NetworkSection): string {
  return section.rings[Math.floor(section.rings.length / 2)]!.id;
}

// ---- keyboard --------------------------------------------------------------------------------

/** One ring closer (-1) or further (+1); the centre and the edge stop rather than wrap. */
export function stepRing(section: NetworkSection, ringId: string, delta: -1 | 1): string {
  const i = section.rings.findIndex((r) => r.id === ringId);
  if (i < 0) return defaultRing(section);
  return section.rings[Math.min(section.rings.length - 1, Math.max(0, i + delta))]!.id;
}

/** The next sector round the circle, wrapping, as arrow keys go round a wheel. */
export function stepSector(section: NetworkSection, sectorId: string, delta: number): string {
  const n = section.sectors.length;
  const i = section.sectors.findIndex((s) => s.id === sectorId);
  if (i < 0) return section.sectors[0].id;
  return section.sectors[(((i + delta) % n) + n) % n]!.id;
}
