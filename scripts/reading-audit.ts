// Prints the reading audit: for every corpus workbook, the expected ratios, what the core gives on
// the grid and after an .xlsx round trip, the verdict (right / silently wrong / wrong but warned /
// refused), whether a warning or error points at the cause, whether every expected note is there,
// and the first difference. Run: npx tsx scripts/reading-audit.ts [--md]

import { analyzeForAudit, readXlsxForAudit, type AuditResult } from "../test/reading/adapter";
import { checkFigures, checkNotes, verdictOf, warnedAtCause } from "../test/reading/audit";
import { CORPUS } from "../test/reading/corpus";
import { corpusWorkbookToXlsx } from "../test/reading/xlsx-fixture";

const ratios = (r: AuditResult) => (r.figures ? `${r.figures.display.ratioToBudget} / ${r.figures.display.ratioToGrants}` : "(none)");

async function main(): Promise<void> {
  const md = process.argv.includes("--md");
  const rows: string[][] = [];
  const tally = new Map<string, number>();
  for (const c of CORPUS) {
    const grid = analyzeForAudit(c.workbook, c.asOf);
    const xlsx = analyzeForAudit(await readXlsxForAudit(await corpusWorkbookToXlsx(c.workbook)), c.asOf);
    const v = verdictOf(c, grid);
    const warned = warnedAtCause(c, grid);
    // "silently wrong": wrong figures, exit 0, and no warning at the cause.
    const label = v === "wrong" && !warned ? "silently wrong" : v;
    tally.set(label, (tally.get(label) ?? 0) + 1);
    rows.push([
      c.id,
      String(c.rule),
      `${c.expected.display.ratioToBudget} / ${c.expected.display.ratioToGrants}`,
      ratios(grid),
      label,
      verdictOf(c, xlsx),
      warned ? "yes" : "no",
      checkNotes(c, grid).ok ? "yes" : "no",
      checkFigures(c, grid).why,
    ]);
  }
  const head = ["case", "rule", "expected ①/②", "today ①/②", "today (grid)", "after .xlsx", "warned at cause", "notes", "first difference"];
  if (md) {
    console.log(`| ${head.join(" | ")} |\n|${head.map(() => "---").join("|")}|`);
    for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  } else {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => r.map((x, i) => (i === r.length - 1 ? x : x.padEnd(widths[i]!))).join("  ");
    console.log(line(head));
    for (const r of rows) console.log(line(r));
  }
  console.log(`\n${CORPUS.length} workbooks: ${[...tally].map(([k, n]) => `${n} ${k}`).join(", ")}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
