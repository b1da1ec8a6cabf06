/*
 * A fingerprint of plain data that does not depend on key order, used to check
 * that shards being merged ran the same scenario.
 */
import { createHash } from "node:crypto";

/**
 * Serialises plain data with object keys sorted, so equal data always gives the
 * same text. Numbers that JSON cannot hold (NaN, ±Infinity) and `undefined`
 * get distinct tokens instead of collapsing to `null`.
 *
 * @throws TypeError on functions, symbols, bigints and cyclic structures
 * @internal
 */
export function stableStringify(value: unknown): string {
  const seen = new Set<object>();
  const out = (v: unknown): string => {
    if (v === null) return "null";
    switch (typeof v) {
      case "number":
        return Number.isFinite(v) ? JSON.stringify(v) : `#${String(v)}`;
      case "string":
        return JSON.stringify(v);
      case "boolean":
        return v ? "true" : "false";
      case "undefined":
        return "#undefined";
      case "object": {
        if (seen.has(v)) throw new TypeError(`stableStringify: value contains a cycle`);
        seen.add(v);
        let text: string;
        if (Array.isArray(v)) {
          text = `[${v.map(out).join(",")}]`;
        } else {
          const rec = v as Record<string, unknown>;
          const keys = Object.keys(rec)
            .filter((k) => rec[k] !== undefined)
            .sort();
          text = `{${keys.map((k) => `${JSON.stringify(k)}:${out(rec[k])}`).join(",")}}`;
        }
        seen.delete(v);
        return text;
      }
      default:
        throw new TypeError(`stableStringify: cannot serialise a ${typeof v}; scenarios must be plain data`);
    }
  };
  return out(value);
}

/** SHA-256 (hex) of {@link stableStringify}`(value)`: equal plain data, equal hash, whatever the key order. @internal */
export function stableHash(value: unknown): string {
  return createHash("sha256").update(stableStringify(value)).digest("hex");
}
