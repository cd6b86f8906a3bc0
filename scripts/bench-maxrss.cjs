// Preloaded by scripts/bench.ts (node --require) into a measured command: at exit, writes the
// process's peak resident memory (KiB, process.resourceUsage) to the file named by BENCH_MAXRSS_FILE.
"use strict";
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.BENCH_MAXRSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
