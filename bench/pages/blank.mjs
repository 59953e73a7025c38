// The blank page: the harness alone, for the heap and node baselines.
import { run } from "./harness.mjs";

run({ mount: () => ({ rendered: async () => {} }) });
