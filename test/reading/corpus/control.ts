// Controls: shapes today's core reads right and every change must keep right. The base book in
// the standard layout, and the bundled sample (the seed's golden figures: 192,500,000원,
// 96,250,000원, 66,460,585원 as of 2024-05-24, 35% and 69%).

import { sampleWorkbookGrid } from "../../../src/sample";
import { BASE_GRANTS, BASE_LINES, BASE_PAYMENTS, budgetSheet, grantsSheet, ledgerSheet, truthOf } from "./base";
import { isoOfSerial, makeCase } from "./sheet-builder";
import type { CellValue, CorpusCase, CorpusSheet, SheetReading, TruthGrant, TruthLine, TruthPayment } from "./types";

/** The seed minutes' figures, from the minutes themselves (not from any code). */
export const GOLDEN = {
  budget: 192_500_000,
  grants: 96_250_000,
  executed: 66_460_585,
  asOf: "2024-05-24",
  ratioToBudget: "35%",
  ratioToGrants: "69%",
} as const;

function isoOf(v: CellValue): string {
  if (typeof v !== "object" || v === null || v.kind !== "date") throw new Error(`sample: not a date cell: ${JSON.stringify(v)}`);
  return isoOfSerial(v.serial);
}

/** Rows between the header (found by its first cell) and the 합계 row, with their 1-based sheet rows. */
function body(s: CorpusSheet, firstHeader: string, totalCol: number): { header: number; rows: { row: number; cells: readonly CellValue[] }[]; total: number } {
  const h = s.values.findIndex((r) => r[0] === firstHeader);
  const t = s.values.findIndex((r, i) => i > h && r[totalCol] === "합계");
  if (h < 0 || t < 0) throw new Error(`sample: layout of '${s.name}' changed`);
  return { header: h + 1, rows: s.values.slice(h + 1, t).map((cells, i) => ({ row: h + 2 + i, cells })), total: t + 1 };
}

/**
 * The sample workbook with its truth read at the positions the sample is known to use (budget
 * A:C, grants A:B, ledger B:F with the 합계 label in C). The golden totals check the positions.
 */
function sampleCase(): CorpusCase {
  const sheets = sampleWorkbookGrid().sheets as readonly CorpusSheet[];
  const get = (n: string) => sheets.find((s) => s.name === n)!;
  const bu = body(get("예산"), "구분", 0);
  const gr = body(get("교부내역"), "교부일자", 0);
  const le = body(get("집행내역"), "번호", 2);
  const lines: TruthLine[] = bu.rows.map(({ cells }) => ({ category: String(cells[0]), name: String(cells[1]), budget: cells[2] as number }));
  const grants: TruthGrant[] = gr.rows.map(({ cells }) => ({ date: isoOf(cells[0]!), amount: cells[1] as number }));
  const payments: TruthPayment[] = le.rows.map(({ cells }) => ({ date: isoOf(cells[1]!), line: String(cells[2]), amount: cells[5] as number }));
  const readings: SheetReading[] = [
    { sheet: "예산", role: "budget", headerRows: [bu.header], columns: { category: "A", budgetLine: "B", amount: "C" }, rows: [{ kind: "total", cell: `C${bu.total}` }] },
    { sheet: "교부내역", role: "grants", headerRows: [gr.header], columns: { date: "A", amount: "B", note: "C" }, rows: [{ kind: "total", cell: `B${gr.total}` }] },
    {
      sheet: "집행내역",
      role: "ledger",
      headerRows: [le.header],
      columns: { date: "B", budgetLine: "C", description: "D", payee: "E", amount: "F", voucher: "G" },
      rows: [{ kind: "total", cell: `F${le.total}` }],
    },
  ];
  return makeCase({
    id: "control-sample",
    rule: "control",
    title: "the bundled sample workbook (the seed's golden figures)",
    sheets,
    readings,
    asOf: GOLDEN.asOf,
    truth: { lines, grants, payments },
  });
}

export function controlCases(): CorpusCase[] {
  const bu = budgetSheet(BASE_LINES);
  const g = grantsSheet();
  const l = ledgerSheet();
  return [
    makeCase({
      id: "control-base",
      rule: "control",
      title: "the base book in the standard layout every other case varies",
      sheets: [bu.sheet, g.sheet, l.sheet],
      readings: [bu.reading, g.reading, l.reading],
      truth: { lines: BASE_LINES, grants: BASE_GRANTS, payments: truthOf(BASE_PAYMENTS) },
    }),
    sampleCase(),
  ];
}
