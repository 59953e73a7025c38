// Smoke test of the built Vue example in a real Chromium (see ../../app-smoke.ts, shared with
// the other framework example): it renders, a rating typed by keyboard reaches Vue's reactive state, and the
// page logs no error and violates no policy.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeAppSmoke } from "../../app-smoke.js";

describeAppSmoke({
  exampleDir: join(dirname(fileURLToPath(import.meta.url)), ".."),
  framework: "Vue",
  pkg: "@famwel/example-vue",
  state: "Vue's reactive state",
});
