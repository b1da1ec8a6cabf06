/*
 * Result files: JSON that reads back exactly, tidy CSV with RFC 4180 quoting,
 * and the scenario hash used to match shards.
 */
import { describe, expect, it } from "vitest";
import { fromJSON, runReplications, stableHash, stableStringify, toCSV, toJSON, toTidyCSV } from "../../src/experiment";
import { mm1Model } from "../../src/models";
import { uniformModel } from "./testModels";

describe("JSON", () => {
  it("round-trips a result exactly, NaN and shard info included", async () => {
    const r = await runReplications(mm1Model, { horizon: 300, warmup: 50 }, { replications: 4, rootSeed: 3, workers: 1, shard: { index: 1, count: 2 } });
    const back = fromJSON(toJSON(r));
    expect(back).toEqual(r);
    const u = await runReplications(uniformModel, { scale: 2 }, { replications: 3, rootSeed: "json", keepSeries: true });
    const text = toJSON(u);
    expect(text.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    expect(text).toContain('"nan": "NaN"');
    const uBack = fromJSON(text);
    expect(uBack).toEqual(u);
    expect(Number.isNaN(uBack.records[0]!["nan"])).toBe(true);
    expect(toJSON(uBack)).toBe(text); // stable
    expect(toJSON(u, { indent: 0 })).not.toContain("\n");
  });

  it("refuses other schema versions and malformed files", () => {
    expect(() => fromJSON('{"schemaVersion": 2}')).toThrow("fromJSON: unsupported schemaVersion 2; this version of caseflow reads schemaVersion 1");
    expect(() => fromJSON("{")).toThrow(SyntaxError);
    expect(() => fromJSON('{"schemaVersion":1,"model":"m","rootSeed":1,"scenario":{},"replications":[0],"records":[{"x":"a"}],"summary":{}}')).toThrow(
      'fromJSON: field records[0].x must be a number (or "NaN", "Infinity", "-Infinity"), got "a"',
    );
  });
});

describe("CSV", () => {
  it("writes replication,metric,value rows with RFC 4180 quoting", async () => {
    const r = await runReplications(uniformModel, { scale: 1 }, { replications: 2, rootSeed: 1 });
    const lines = toTidyCSV(r).split("\r\n");
    expect(lines[0]).toBe("replication,metric,value");
    expect(lines[1]).toBe(`0,u,${String(r.records[0]!["u"])}`);
    expect(lines[3]).toBe("0,nan,NaN");
    expect(lines[4]).toBe('0,"odd,""name""",0');
    expect(lines).toHaveLength(1 + 2 * 4 + 1); // header, 8 rows, empty after the final CRLF
    expect(lines[lines.length - 1]).toBe("");
  });

  it("quotes fields with commas, quotes and line breaks only", () => {
    expect(toCSV([{ a: "x,y", b: 'say "hi"', c: "two\nlines", d: 1.5, e: null, f: true }])).toBe(
      'a,b,c,d,e,f\r\n"x,y","say ""hi""","two\nlines",1.5,,true\r\n',
    );
  });
});

describe("stableHash", () => {
  it("ignores key order but not values", () => {
    expect(stableHash({ a: 1, b: { c: [1, 2], d: "x" } })).toBe(stableHash({ b: { d: "x", c: [1, 2] }, a: 1 }));
    expect(stableHash({ a: 1 })).not.toBe(stableHash({ a: 2 }));
    expect(stableStringify({ b: NaN, a: [Infinity, null] })).toBe('{"a":[#Infinity,null],"b":#NaN}');
  });
});
