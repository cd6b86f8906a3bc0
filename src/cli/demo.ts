// `npm run demo`: builds the bundled sample workbook from source into out/sample-2024.xlsx, then
// runs the report on it for 2024 Q2 as of 2024-05-24, the seed's meeting. Overwrites only its own
// files in out/.
import { mkdir, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { buildWorkbookFromGrid, saveXlsx } from "../hosts/xlsx/xlsx-port";
import { sampleWorkbookGrid } from "../sample";
import { exitWhenDone, processIO } from "./process-io";
import { runCli } from "./run";

async function main(): Promise<number> {
  const outDir = path.resolve(__dirname, "../../out");
  await mkdir(outDir, { recursive: true });
  const input = path.join(outDir, "sample-2024.xlsx");
  const report = path.join(outDir, "sample-2024-보고서-2024-2분기.xlsx");

  await writeFile(input, await saveXlsx(buildWorkbookFromGrid(sampleWorkbookGrid())));
  process.stdout.write(`표본 통합문서를 만들었습니다: ${path.relative(process.cwd(), input)}\n\n`);

  const rel = (p: string) => path.relative(process.cwd(), p);
  const argv = ["report", rel(input), "--quarter", "2024Q2", "--as-of", "2024-05-24", "--out", rel(report), "--force"];
  process.stdout.write(`$ npm run cli -- ${argv.join(" ")}\n`);
  return runCli(argv, processIO(true));
}

exitWhenDone(main());
