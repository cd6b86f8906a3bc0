// The bench's yardstick: ExcelJS's own load of a workbook, in its own process. Prints the load's
// milliseconds (reading the file included) on stdout. Used by scripts/bench.ts only.
"use strict";
const { readFileSync } = require("node:fs");
const { performance } = require("node:perf_hooks");
const ExcelJS = require("exceljs");

(async () => {
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(process.argv[2]));
  process.stdout.write(`${(performance.now() - t0).toFixed(1)}\n`);
})();
