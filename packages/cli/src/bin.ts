#!/usr/bin/env node
// The `famwel` executable. Everything else lives in main.ts, which tests call directly.
import { main } from "./main.js";

// `famwel validate … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
