// Rule 2: revised budgets. Each line's budget is its latest revision with a value, else the
// earlier one. One revision: 인건비 60→70백만, 강사료 12→16백만, 홍보물 2→1백만 (total 100→113백만,
// 33% → 29% of the budget). Two revisions reach the same final figures in two steps.

import { BASE_GRANTS, BASE_LINES, BASE_PAYMENTS, truthOf, withBaseGrantsAndLedger, type Built } from "./base";
import { SheetBuilder, letters, makeCase } from "./sheet-builder";
import type { CellValue, CorpusCase, TruthLine } from "./types";

/** Per line: first and second revision (undefined: no change in that revision); the original is BASE_LINES. */
const REVISIONS: Readonly<Record<string, readonly [number | undefined, number | undefined]>> = {
  인건비: [70_000_000, undefined],
  강사료: [15_000_000, 16_000_000],
  홍보물: [undefined, 1_000_000],
};

/** The final budget of a line: its last revision, else its original. */
function latest(l: TruthLine): number {
  const [r1, r2] = REVISIONS[l.name] ?? [undefined, undefined];
  return r2 ?? r1 ?? l.budget;
}

const revisedLines = (): TruthLine[] => BASE_LINES.map((l) => ({ category: l.category, name: l.name, budget: latest(l), original: l.budget }));

/** One amount column: a budget (oldest first, as they appear) or a difference (증감), which is not a budget. */
interface AmountColumn {
  readonly header: string;
  readonly kind: "budget" | "diff";
}

interface RevisedSpec {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly AmountColumn[];
  /** A merged group header over the amount columns (two-row header). */
  readonly mergedOver?: string;
  /** Revision columns filled only for the lines that changed in that revision. */
  readonly blanks?: boolean;
}

const budget = (header: string): AmountColumn => ({ header, kind: "budget" });
const diff = (header: string): AmountColumn => ({ header, kind: "diff" });

/** What a line shows in each budget column (index 0 = original); null for a blank cell. */
function budgetCells(l: TruthLine, nBudget: number, blanks: boolean): (number | null)[] {
  const [r1, r2] = REVISIONS[l.name] ?? [undefined, undefined];
  // One revision column carries the final value of both steps.
  if (nBudget === 2) return [l.budget, blanks && latest(l) === l.budget ? null : latest(l)];
  if (blanks) return [l.budget, r1 ?? null, r2 ?? null];
  return [l.budget, r1 ?? l.budget, r2 ?? r1 ?? l.budget];
}

/** 구분 | 사업명 | amount columns… | 산출근거, and a 합계 row with a SUM under every amount column. */
function revisedBudget(spec: RevisedSpec): Built & { latestHeaderCell: string } {
  const n = spec.columns.length;
  const nBudget = spec.columns.filter((c) => c.kind === "budget").length;
  const headers = spec.columns.map((c) => c.header);
  const b = new SheetBuilder("예산");
  b.row(["2024년 예산 (변경)", ...Array<CellValue>(n + 2).fill(null)]);
  let headerRows: number[];
  if (spec.mergedOver) {
    const top = b.row(["구분", "사업명", spec.mergedOver, ...Array<CellValue>(n - 1).fill(null), "산출근거"]);
    const sub = b.row([null, null, ...headers, null]);
    b.merge(`A${top}:A${sub}`);
    b.merge(`B${top}:B${sub}`);
    b.merge(`C${top}:${letters(1 + n)}${top}`);
    b.merge(`${letters(2 + n)}${top}:${letters(2 + n)}${sub}`);
    headerRows = [top, sub];
  } else headerRows = [b.row(["구분", "사업명", ...headers, "산출근거"])];

  const first = b.nextRow;
  const totals = new Array<number>(n).fill(0);
  for (const l of BASE_LINES) {
    const values = budgetCells(l, nBudget, spec.blanks === true);
    let k = 0;
    const cells = spec.columns.map((c) => (c.kind === "budget" ? values[k++]! : latest(l) - l.budget));
    cells.forEach((v, i) => (totals[i]! += v ?? 0));
    b.row([l.category, l.name, ...cells, null]);
  }
  const formulas: Record<number, string> = {};
  for (let i = 0; i < n; i++) formulas[2 + i] = b.sum(2 + i, first, b.nextRow - 1);
  const totalRow = b.row(["합계", null, ...totals, null], formulas);

  const budgetColumns = spec.columns.flatMap((c, i) => (c.kind === "budget" ? [letters(2 + i)] : []));
  const latestCol = budgetColumns[budgetColumns.length - 1]!;
  return {
    latestHeaderCell: `${latestCol}${headerRows[headerRows.length - 1]}`,
    sheet: b.build(),
    reading: {
      sheet: "예산",
      role: "budget",
      headerRows,
      columns: { category: "A", budgetLine: "B", amount: latestCol },
      budgetColumns,
      rows: [{ kind: "total", cell: `${latestCol}${totalRow}` }],
    },
  };
}

function revisedCase(spec: RevisedSpec): CorpusCase {
  const sheet = revisedBudget(spec);
  const budgets = spec.columns.filter((c) => c.kind === "budget");
  return makeCase({
    id: spec.id,
    rule: 2,
    title: spec.title,
    ...withBaseGrantsAndLedger(sheet),
    truth: { lines: revisedLines(), grants: BASE_GRANTS, payments: truthOf(BASE_PAYMENTS) },
    notes: [
      {
        code: "budget-revision-used",
        severity: "info",
        scope: "column",
        sheet: "예산",
        cell: sheet.latestHeaderCell,
        params: { column: budgets[budgets.length - 1]!.header },
      },
    ],
  });
}

export function revisedCases(): CorpusCase[] {
  return [
    revisedCase({ id: "rev-yesanaek-byeongyeongyesanaek", title: "예산액 | 변경예산액", columns: [budget("예산액"), budget("변경예산액")] }),
    revisedCase({ id: "rev-yesan-1hoe-chugyeong", title: "예산 | 1회 추경", columns: [budget("예산"), budget("1회 추경")] }),
    revisedCase({
      id: "rev-bonyesan-1hoe-2hoe",
      title: "본예산 | 1회 추경 | 2회 추경, every line filled",
      columns: [budget("본예산"), budget("1회 추경"), budget("2회 추경")],
    }),
    revisedCase({ id: "rev-dangcho-byeongyeong", title: "당초 | 변경 | 증감 (증감 is not a budget)", columns: [budget("당초"), budget("변경"), diff("증감")] }),
    revisedCase({ id: "rev-gijeong-gyeongjeong", title: "기정 | 경정", columns: [budget("기정"), budget("경정")] }),
    revisedCase({ id: "rev-choejong-yesan", title: "예산액 | 증감액 | 최종예산", columns: [budget("예산액"), diff("증감액"), budget("최종예산")] }),
    revisedCase({ id: "rev-yesanaek-dangcho-byeongyeong", title: "예산액(당초) | 예산액(변경)", columns: [budget("예산액(당초)"), budget("예산액(변경)")] }),
    revisedCase({
      id: "rev-merged-yesanaek",
      title: "merged '예산액' over '본예산 | 변경예산' (two-row header)",
      columns: [budget("본예산"), budget("변경예산")],
      mergedOver: "예산액",
    }),
    revisedCase({
      id: "rev-blanks-unchanged",
      title: "예산액 | 1회 추경 | 2회 추경, blanks for unchanged lines: each line's latest with a value",
      columns: [budget("예산액"), budget("1회 추경"), budget("2회 추경")],
      blanks: true,
    }),
  ];
}
