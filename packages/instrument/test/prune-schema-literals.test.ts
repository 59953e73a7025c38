// The build's pruning of Ajv's schema literals (scripts/prune-schema-literals.mjs), on small code
// shaped like Ajv's: what the code reads stays, the rest goes, and a literal used whole is left.
import { describe, expect, it } from "vitest";
import { pruneSchemaLiterals } from "../scripts/prune-schema-literals.mjs";

const literal = (code: string, name: string) =>
  JSON.parse(new RegExp(`const ${name} = (.*?);(?:const|function|$)`).exec(code)![1]!) as unknown;

describe("pruneSchemaLiterals", () => {
  const root = {
    type: "object",
    properties: {
      id: { $ref: "#/$defs/id" },
      kind: { enum: ["a", "b"] },
      "x}y": { type: "string" },
    },
    $defs: { id: { type: "string", pattern: "^[a-z]+$", description: 'a "quoted" } brace' } },
  };

  it("keeps names only where the code only asks whether a key is a property", () => {
    const code = `const schema1 = ${JSON.stringify(root)};function v(d){for(const k in d){if(!(func1.call(schema1.properties, k))){}}}`;
    expect(literal(pruneSchemaLiterals(code), "schema1")).toEqual({
      properties: { id: 0, kind: 0, "x}y": 0 },
    });
  });

  it("keeps a deeper read whole beside a name-only lookup of its parent", () => {
    const code = `const schema1 = ${JSON.stringify(root)};function v(d){func1.call(schema1.properties, k);const e={params:{allowedValues: schema1.properties.kind.enum}};}`;
    expect(literal(pruneSchemaLiterals(code), "schema1")).toEqual({
      properties: { id: 0, kind: { enum: ["a", "b"] }, "x}y": 0 },
    });
  });

  it("keeps a part read as a value whole, and leaves a literal used whole alone", () => {
    const asValue = `const schema1 = ${JSON.stringify(root)};function v(d){return schema1.$defs;}`;
    expect(literal(pruneSchemaLiterals(asValue), "schema1")).toEqual({ $defs: root.$defs });
    const whole = `const schema1 = ${JSON.stringify(root)};v.schema = schema1;`;
    expect(pruneSchemaLiterals(whole)).toBe(whole);
  });

  it("tells schema1 from schema12, and fails loudly on a read the schema does not have", () => {
    const code = `const schema1 = ${JSON.stringify(root)};const schema12 = {"a":1};function v(){schema12.a;schema1.properties.kind.enum;}`;
    const out = pruneSchemaLiterals(code);
    expect(literal(out, "schema1")).toEqual({ properties: { kind: { enum: ["a", "b"] } } });
    expect(literal(out, "schema12")).toEqual({ a: 1 });
    expect(() =>
      pruneSchemaLiterals(`const schema1 = ${JSON.stringify(root)};schema1.nothing.here;`),
    ).toThrow(/schema1\.nothing\.here is read but not in the schema/);
  });
});
