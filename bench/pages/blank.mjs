// The blank page: the harness alone, for the heap and node baselines. As the control, it also runs
// one fixed piece of work (`work` steps of lib/spin.mjs, about 20 ms on a quiet machine) in its
// start-up task, where an element would draw: how often that task goes over 50 ms says how much
// the machine, not the code, stretches tasks while the bench runs.
import { spin } from "../lib/spin.mjs";
import { run } from "./harness.mjs";

run({
  mount(host, d) {
    if (d.work) window.__spun = spin(d.work);
    return { rendered: async () => {} };
  },
});
