// <famwel-life-wheel> as define-checked/ registers it: the check is in the first load.
import "../../packages/elements/dist/define-checked/famwel-life-wheel.js";
import { run } from "./harness.mjs";
import { wheelAdapter } from "./wheel-adapter.mjs";

run(wheelAdapter);
