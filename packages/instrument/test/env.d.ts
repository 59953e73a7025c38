// The tests run in Node (vitest, environment "node") and use node:fs, node:url and node:crypto.
/// <reference types="node" />
