// Smoke test of the built React example in a real Chromium (see ../../app-smoke.ts, shared with
// the other framework example): it renders, a rating typed by keyboard reaches React state, and the
// page logs no error and violates no policy.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeAppSmoke } from "../../app-smoke.js";

describeAppSmoke({
  exampleDir: join(dirname(fileURLToPath(import.meta.url)), ".."),
  framework: "React",
  pkg: "@famwel/example-react",
  state: "React state",
});
