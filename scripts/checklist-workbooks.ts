// The workbooks docs/real-excel-checklist.md uses, written as .xlsx files to open in a real Excel:
//   npx tsx scripts/checklist-workbooks.ts [folder, default out/checklist]
// 예제.xlsx: the bundled sample; 집행내역-50000행.xlsx: the sample with its ledger grown to 50,000
// rows (the same workbook the Office host's request sizes are measured on).

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildWorkbookFromGrid, saveXlsx } from "../src/hosts/xlsx/xlsx-port";
import { sampleWorkbookGrid } from "../src/sample";
import { grownSample } from "../test/fakes/office-paths";

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? "out/checklist");
  mkdirSync(dir, { recursive: true });
  for (const [name, grid] of [
    ["예제.xlsx", sampleWorkbookGrid()],
    ["집행내역-50000행.xlsx", grownSample(50_000)],
  ] as const) {
    const file = path.join(dir, name);
    writeFileSync(file, await saveXlsx(buildWorkbookFromGrid(grid)));
    console.log(file);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
