// A host's object (not text) is copied before anything else looks at it. Validating the host's own
// object and copying it afterwards would read every property twice: a getter or a Proxy could show
// the validator a valid value and the copy a hostile one. Here each property is read exactly once,
// into fresh plain objects and arrays, and what is validated, frozen and returned is that copy.
// The same caps as for text apply during the walk, so a huge or cyclic object is refused early.
import { MAX_DEPTH, MAX_ENTRIES, limitProblem, widthProblem } from "./limits.js";
import { joinPointer } from "./pointer.js";
import type { Problem } from "./types.js";

/** Unwinds the walk when a cap is hit; never leaves this module. */
class Refused extends Error {
  constructor(readonly problem: Problem) {
    super(problem.rule);
  }
}

/**
 * The JSON data of a host value, as `JSON.parse(JSON.stringify(value))` would give it but reading
 * each property once and calling no `toJSON`: own enumerable string keys of objects, array entries
 * up to the length read once, `undefined`/functions/symbols left out of objects and `null` in arrays,
 * non-finite numbers as `null`. A `__proto__` key stays an own data property, as JSON.parse keeps it.
 * Returns a problem (maxDepth, maxEntries at the container's pointer, or maxBytes) instead when a cap
 * is hit; a BigInt throws, as it does in JSON.stringify.
 */
export function copyJson(
  input: unknown,
  maxBytes: number,
): { value: unknown } | { problem: Problem } {
  // A lower bound of the UTF-8 length of the copy's JSON text, so the walk stops as soon as the
  // copy is certain to be too large (the caller measures the copy exactly afterwards). An entry
  // left out counts one byte: else an object of nothing but undefined values would cost nothing.
  let bytes = 0;
  const path: Array<string | number> = [];
  const add = (n: number) => {
    bytes += n;
    if (bytes > maxBytes) throw new Refused(limitProblem("bytes", bytes, maxBytes));
  };
  const walk = (v: unknown, depth: number): unknown => {
    switch (typeof v) {
      case "string":
        add(v.length + 2); // at least one byte per UTF-16 unit, and the quotes
        return v;
      case "number":
        add(1);
        return Number.isFinite(v) ? v : null;
      case "boolean":
        add(4);
        return v;
      case "object":
        break;
      case "bigint":
        throw new TypeError("a BigInt is not JSON");
      default:
        return undefined; // undefined, a function or a symbol
    }
    if (v === null) {
      add(4);
      return null;
    }
    // Named where it goes too deep (for a cycle: where it first comes round too often).
    if (depth >= MAX_DEPTH)
      throw new Refused({
        ...limitProblem("depth", depth + 1, MAX_DEPTH),
        pointer: joinPointer(...path),
      });
    if (Array.isArray(v)) {
      const length = v.length; // read once: a Proxy may answer differently each time
      if (length > MAX_ENTRIES)
        throw new Refused(widthProblem(joinPointer(...path), length, MAX_ENTRIES));
      add(2);
      const out: unknown[] = [];
      for (let i = 0; i < length; i++) {
        path.push(i);
        const child = walk(v[i], depth + 1);
        path.pop();
        if (child === undefined) add(4);
        out.push(child === undefined ? null : child);
      }
      return out;
    }
    const keys = Object.keys(v); // own enumerable string keys, as JSON.stringify takes them
    if (keys.length > MAX_ENTRIES)
      throw new Refused(widthProblem(joinPointer(...path), keys.length, MAX_ENTRIES));
    add(2);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      path.push(key);
      const child = walk((v as Record<string, unknown>)[key], depth + 1);
      path.pop();
      if (child === undefined) {
        add(1);
        continue;
      }
      add(key.length + 3);
      // Assigning "__proto__" would set the copy's prototype; JSON.parse makes it an own key instead,
      // which the validator then reports like any other unknown key.
      if (key === "__proto__")
        Object.defineProperty(out, key, {
          value: child,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[key] = child;
    }
    return out;
  };
  try {
    return { value: walk(input, 0) };
  } catch (error) {
    if (error instanceof Refused) return { problem: error.problem };
    throw error;
  }
}
