// Loads the JSON-Schema-Test-Suite-style fixtures in test/fixtures/{instrument,response}/*.json.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** An error or warning a fixture expects to be among those reported. */
export interface Expected {
  pointer: string;
  rule: string;
}

export interface FixtureTest {
  description: string;
  data: unknown;
  valid: boolean;
  errors?: Expected[];
  warnings?: Expected[];
}

export interface FixtureGroup {
  description: string;
  schema: "instrument" | "response";
  /** For response groups: the definition the responses answer, passed as parseResponse(data, { instrument }). */
  instrument?: unknown;
  tests: FixtureTest[];
}

export interface FixtureFile {
  /** e.g. "instrument/wheel.json" */
  name: string;
  kind: "instrument" | "response";
  groups: FixtureGroup[];
}

const root = fileURLToPath(new URL("./fixtures/", import.meta.url));

export function loadFixtures(): FixtureFile[] {
  const files: FixtureFile[] = [];
  for (const kind of ["instrument", "response"] as const) {
    for (const file of readdirSync(root + kind)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      const groups = JSON.parse(readFileSync(`${root}${kind}/${file}`, "utf8")) as FixtureGroup[];
      files.push({ name: `${kind}/${file}`, kind, groups });
    }
  }
  return files;
}

/** Every fixture datum with the schema it is for, e.g. to run it through other validators. */
export function allFixtureData(): Array<{
  name: string;
  schema: "instrument" | "response";
  data: unknown;
}> {
  return loadFixtures().flatMap((file) =>
    file.groups.flatMap((group) => [
      ...(group.instrument === undefined
        ? []
        : [
            {
              name: `${file.name} › ${group.description} › (definition)`,
              schema: "instrument" as const,
              data: group.instrument,
            },
          ]),
      ...group.tests.map((test) => ({
        name: `${file.name} › ${group.description} › ${test.description}`,
        schema: group.schema,
        data: test.data,
      })),
    ]),
  );
}
