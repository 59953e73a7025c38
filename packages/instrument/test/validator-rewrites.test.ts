// The build's rewrites of Ajv's standalone code (addErrorHelper, compactErrors and dropParentData in
// scripts/build-validators.mjs), on code printed the way esbuild prints Ajv's: the rewritten
// validator returns the same errors in the same order, and a form a rewrite does not know fails
// the build instead of being left half done. (The agreement tests check the real validators.)
import { runInThisContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { addErrorHelper, compactErrors, dropParentData } from "../scripts/build-validators.mjs";

// Two keywords failing on one value, then a nested validator's errors joined, as Ajv writes them.
const ajvShaped = `function validate1(data, { instancePath = "" } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!data) {
    const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const inner = [{ instancePath: "/0", keyword: "x" }];
    vErrors = vErrors === null ? inner : vErrors.concat(inner);
    errors = vErrors.length;
  }
  validate1.errors = vErrors;
  return errors === 0;
}
return validate1;
`;

// Node only (the browser code never evaluates text, no 'unsafe-eval'): runs both versions.
const compile = (code: string) =>
  runInThisContext(`(function () {\n${code}\n})`) as () => ((d: unknown) => boolean) & {
    errors: unknown;
  };

describe("addErrorHelper", () => {
  it("adds every error through one helper, with the same errors in the same order", () => {
    const rewritten = addErrorHelper(ajvShaped);
    expect(rewritten).not.toContain("vErrors.push(");
    expect(rewritten.match(/__addError\(vErrors, /g)).toHaveLength(2);
    const [before, after] = [compile(ajvShaped)(), compile(rewritten)()];
    for (const data of ["", "ok", 7, 0, [1], null]) {
      expect(after(data), JSON.stringify(data)).toBe(before(data));
      expect(after.errors, JSON.stringify(data)).toEqual(before.errors);
    }
  });

  it("fails the build on an error added in another way", () => {
    const other = ajvShaped.replace("vErrors.push(err1);", "vErrors.push(err1, err1);");
    expect(() => addErrorHelper(other)).toThrow(/does not know/);
  });

  it("leaves code that adds no error alone, without the helper", () => {
    const code = "function validate2(data) { validate2.errors = null; return true; }";
    expect(addErrorHelper(code)).toBe(code);
  });
});

// An outer validator calling an inner one for a property, and for itself (a discriminator's branch).
const calls = `function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "number") {
    vErrors = [{ instancePath, keyword: "type" }];
    errors++;
  }
  validate2.errors = vErrors;
  return errors === 0;
}
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && data.a !== void 0) {
    if (!validate2(data.a, { instancePath: instancePath + "/a", parentData: data, parentDataProperty: "a", rootData })) {
      vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
      errors = vErrors.length;
    }
  }
  if (data && data.b !== void 0) {
    if (!validate2(data.b, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
      errors = vErrors.length;
    }
  }
  validate1.errors = vErrors;
  return errors === 0;
}
return validate1;
`;

describe("dropParentData", () => {
  it("passes the instance path alone and joins errors by one helper, with the same errors", () => {
    const rewritten = dropParentData(calls);
    expect(rewritten).not.toMatch(/parentData|rootData|concat\(validate/);
    const [before, after] = [compile(calls)(), compile(rewritten)()];
    for (const data of [{}, { a: 1 }, { a: "x" }, { a: "x", b: "y" }, { b: "y" }, null]) {
      expect(after(data), JSON.stringify(data)).toBe(before(data));
      expect(after.errors, JSON.stringify(data)).toEqual(before.errors);
    }
  });

  it("fails the build when a validator still reads its parent or the root", () => {
    const reads = calls.replace("let errors = 0;", "let errors = 0;\n  if (parentData) errors++;");
    expect(() => dropParentData(reads)).toThrow(/still reads/);
  });
});

// Errors as addErrorHelper leaves them: keywords with one parameter (a literal, a name, a path), a
// key that fails propertyNames (propertyName), and two that must keep their literal: a keyword with
// two parameters, and a schemaPath that does not end in its keyword.
const literals = `const schema9 = { enum: ["a", "b"] };
function validate3(data, { instancePath = "" } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "object") {
    vErrors = __addError(vErrors, { instancePath, schemaPath: "#/$defs/x/type", keyword: "type", params: { type: "object" } });
    errors++;
  } else {
    if (data.id === undefined) {
      vErrors = __addError(vErrors, { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" } });
      errors++;
    }
    for (const key0 in data) {
      if (key0.length > 3) {
        vErrors = __addError(vErrors, { instancePath, schemaPath: "#/propertyNames/maxLength", keyword: "maxLength", params: { limit: 3 }, propertyName: key0 });
        vErrors = __addError(vErrors, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\\//g, "~1"), schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } });
        errors += 2;
      }
    }
    if (data.v !== undefined && !schema9.enum.includes(data.v)) {
      vErrors = __addError(vErrors, { instancePath: instancePath + "/v", schemaPath: "#/properties/v/enum", keyword: "enum", params: { allowedValues: schema9.enum } });
      errors++;
    }
    if (typeof data.n === "number" && data.n > 2e3) {
      vErrors = __addError(vErrors, { instancePath: instancePath + "/n", schemaPath: "#/properties/n/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e3 } });
      vErrors = __addError(vErrors, { instancePath: instancePath + "/n", schemaPath: "#/properties/n/then/type", keyword: "const", params: { allowedValue: "\\"q\\"" } });
      errors += 2;
    }
  }
  validate3.errors = vErrors;
  return errors === 0;
}
return validate3;
`;
// The helper addErrorHelper puts in front of such code.
const withAddError =
  "function __addError(list, error) {\n  if (list === null) return [error];\n  list.push(error);\n  return list;\n}\n";

describe("compactErrors", () => {
  it("builds each one-parameter error by one helper: the same objects, keys in the same order", () => {
    const before = withAddError + literals;
    const rewritten = compactErrors(before);
    expect(rewritten.match(/__error\(vErrors, /g)).toHaveLength(5);
    // Two parameters, and a schemaPath that does not end in its keyword: left as they were.
    expect(rewritten).toContain('keyword: "maximum", params: { comparison: "<=", limit: 2e3 } });');
    expect(rewritten).toContain('schemaPath: "#/properties/n/then/type", keyword: "const"');
    const [a, b] = [compile(before)(), compile(rewritten)()];
    for (const data of [7, {}, { id: 1 }, { id: 1, long: 2 }, { id: 1, v: "c" }, { n: 3e3 }]) {
      expect(b(data), JSON.stringify(data)).toBe(a(data));
      expect(JSON.stringify(b.errors), JSON.stringify(data)).toBe(JSON.stringify(a.errors));
    }
  });

  it("leaves code with no such error alone, without the helper", () => {
    const code = "function validate4(data) { validate4.errors = null; return true; }";
    expect(compactErrors(code)).toBe(code);
  });
});
