// The synchronous SHA-256 of a definition (@noble/hashes), for where WebCrypto is missing (plain
// http) or refuses: a chunk of its own, since secure pages, nearly all, never need it.
export { instrumentHash } from "@famwel/instrument";
