// <famwel-life-wheel> as define/ registers it: a plain definition's check is a lazy chunk.
import "../../packages/elements/dist/define/famwel-life-wheel.js";
import { run } from "./harness.mjs";
import { wheelAdapter } from "./wheel-adapter.mjs";

run(wheelAdapter);
