// npm run render [-- <workbook.xlsx>] [--out <dir>]
// Generates the report (회의록 + 집행현황) for the sample workbook (or the given one) through the
// xlsx host, prints it to PDF with LibreOffice and rasterises the pages to PNG:
//   docs/images/minutes-page1.png, minutes-page2.png, …, summary-page1.png
// Skips with a message (exit 0) when LibreOffice (soffice) or pdftoppm is not installed.
//
// LibreOffice measures column widths in the workbook's default font (Calibri) and falls back to a
// wide font when Calibri is missing, which would print the sheet shrunk to ~70%. A private
// fontconfig file maps Calibri to a metric-compatible font (Carlito, else Liberation Sans Narrow)
// and 맑은 고딕 to Noto Sans CJK KR, so the pages look like Excel's print of the same file.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { WorkbookGrid } from "../src/core/grid";
import { analyze } from "../src/core/analyze";
import { renderIssue } from "../src/core/issues/render";
import { planReport } from "../src/core/report";
import { newWorkbook, readWorkbookGrid, saveXlsx, tryLoadXlsx, writePlan } from "../src/hosts/xlsx/xlsx-port";
import { sampleWorkbookGrid } from "../src/sample/index";

const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <match target="pattern">
    <test qual="any" name="family"><string>Calibri</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Carlito</string><string>Liberation Sans Narrow</string></edit>
  </match>
  <match target="pattern">
    <test qual="any" name="family"><string>맑은 고딕</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Sans CJK KR</string></edit>
  </match>
</fontconfig>
`;

function has(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: "ignore" });
  return r.error === undefined && r.status === 0;
}

async function loadGrid(path: string | undefined): Promise<WorkbookGrid> {
  if (path === undefined) return sampleWorkbookGrid();
  const loaded = await tryLoadXlsx(readFileSync(path));
  if (!loaded.ok) throw new Error(`cannot read ${path}: ${loaded.error.detail}`);
  return readWorkbookGrid(loaded.value);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf("--out");
  const outDir = resolve(outIndex >= 0 ? args[outIndex + 1] ?? "docs/images" : "docs/images");
  const input = args.find((a, i) => !a.startsWith("--") && (outIndex < 0 || i !== outIndex + 1));

  const grid = await loadGrid(input);
  const outcome = planReport(analyze(grid));
  if (!outcome.ok) {
    console.error("보고서를 만들 수 없습니다 (오류가 있습니다):");
    for (const i of outcome.issues.filter((x) => x.severity === "error")) console.error(`  ${i.sheet ?? ""} ${i.cell ?? ""} ${renderIssue(i, "ko").message}`);
    return 1;
  }

  const work = mkdtempSync(join(tmpdir(), "render-report-"));
  try {
    // One workbook per report sheet, holding only that sheet, so the PDF is just its pages.
    const files: { key: string; xlsx: string }[] = [];
    for (const [key, sheet] of [
      ["minutes", outcome.plan.sheets[0]!],
      ["summary", outcome.plan.sheets[1]!],
    ] as const) {
      const wb = newWorkbook();
      const written = writePlan(wb, { sheets: [sheet], replace: [] });
      if (!written.ok) throw new Error(`writing ${sheet.name}: ${written.error.detail}`);
      const xlsx = join(work, `${key}.xlsx`);
      writeFileSync(xlsx, await saveXlsx(wb));
      files.push({ key, xlsx });
    }
    console.log(`보고서 시트: ${outcome.minutesSheet}, ${outcome.summarySheet}`);

    if (!has("soffice", ["--version"])) {
      console.log("LibreOffice(soffice)가 없어 PNG 렌더링을 건너뜁니다. (apt-get install libreoffice-calc fonts-noto-cjk poppler-utils)");
      return 0;
    }
    if (!has("pdftoppm", ["-v"])) {
      console.log("pdftoppm(poppler-utils)이 없어 PNG 렌더링을 건너뜁니다.");
      return 0;
    }
    const fontsConf = join(work, "fonts.conf");
    writeFileSync(fontsConf, FONTS_CONF);
    const env = { ...process.env, FONTCONFIG_FILE: fontsConf };
    // A private LibreOffice profile: no clash with a running office or another render.
    const profile = `-env:UserInstallation=file://${join(work, "lo-profile")}`;
    const pdf = spawnSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", work, ...files.map((f) => f.xlsx)], {
      env,
      stdio: "inherit",
      timeout: 180_000,
    });
    if (pdf.status !== 0) throw new Error(`soffice failed (${pdf.status ?? pdf.signal})`);

    mkdirSync(outDir, { recursive: true });
    for (const { key } of files) {
      for (const old of readdirSync(outDir)) if (old.startsWith(`${key}-page`) && old.endsWith(".png")) rmSync(join(outDir, old));
      const prefix = join(work, key);
      const png = spawnSync("pdftoppm", ["-png", "-r", "80", `${prefix}.pdf`, prefix], { stdio: "inherit" });
      if (png.status !== 0) throw new Error(`pdftoppm failed for ${key}`);
      const pages = readdirSync(work)
        .filter((f) => f.startsWith(`${key}-`) && f.endsWith(".png"))
        .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]));
      pages.forEach((f, i) => {
        const target = join(outDir, `${key}-page${i + 1}.png`);
        renameSync(join(work, f), target);
        console.log(`  ${target}`);
      });
    }
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
