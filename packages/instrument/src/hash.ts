// A content hash of a definition that is the same whatever the key order or whitespace of the file,
// and the same in Node and every browser (synchronous SHA-256 from @noble/hashes, audited and tiny,
// so responses can be stamped without awaiting WebCrypto).
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { canonicalJson } from "./canonical-json.js";

export { canonicalJson };

/**
 * `sha256:<hex>` of the canonical JSON of a definition. The `$schema` key is left out: it is a path
 * that differs between where a file is kept, not part of the instrument.
 */
export function instrumentHash(definition: object): string {
  const { $schema: _ignored, ...rest } = definition as Record<string, unknown>;
  return "sha256:" + bytesToHex(sha256(utf8ToBytes(canonicalJson(rest))));
}
