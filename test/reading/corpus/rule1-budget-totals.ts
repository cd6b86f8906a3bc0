// Rule 1 on the budget sheet: total rows in other words or none, SUM formulas, 비목 parent rows
// carrying the sum of their 세목, a sheet total that does not reconcile, and a real line that
// happens to equal the sum of the lines above it (arithmetic alone must not drop it).

import {
  BASE_GRANTS,
  BASE_LINES,
  BASE_PAYMENTS,
  TWO_LEVEL_LINES,
  TWO_LEVEL_PAYMENTS,
  ledgerSheet,
  sum,
  truthOf,
  withBaseGrantsAndLedger,
  type Built,
} from "./base";
import { SheetBuilder, makeCase } from "./sheet-builder";
import type { CellValue, CorpusCase, RowDecision, TruthLine } from "./types";

const BASE_TOTAL = sum(BASE_LINES.map((l) => l.budget));
const baseTruth = { lines: BASE_LINES, grants: BASE_GRANTS, payments: truthOf(BASE_PAYMENTS) };

interface LastRow {
  /** The total row's cells, A..D; `amount` goes in C. */
  readonly label: readonly [CellValue, CellValue];
  readonly amount: number;
  readonly formula: boolean;
  /** Merge A:B of the total row (a label spanning 구분 and 사업명, as centers format it). */
  readonly mergeLabel?: boolean;
  /** Lines the SUM leaves out at the bottom (a range that stops short); its cached amount is what it sums. */
  readonly shortBy?: number;
}

/** The standard budget with a last row of the case's choosing instead of "합계". */
function budgetWithLastRow(last: LastRow): Built & { totalCell: string } {
  const b = new SheetBuilder("예산");
  b.row(["2024년 용산구사회적경제 통합지원센터 예산", null, null, null]);
  b.row([null, null, null, "(단위: 원)"]);
  const header = b.row(["구분", "사업명", "예산액", "산출근거"]);
  const first = b.nextRow;
  for (const l of BASE_LINES) b.row([l.category, l.name, l.budget, null]);
  const lastData = b.nextRow - 1;
  const row = b.row([last.label[0], last.label[1], last.amount, null], last.formula ? { 2: b.sum(2, first, lastData - (last.shortBy ?? 0)) } : undefined);
  if (last.mergeLabel) b.merge(`A${row}:B${row}`);
  const totalCell = `C${row}`;
  return {
    totalCell,
    sheet: b.build(),
    reading: {
      sheet: "예산",
      role: "budget",
      headerRows: [header],
      columns: { category: "A", budgetLine: "B", amount: "C" },
      rows: [{ kind: "total", cell: totalCell }],
    },
  };
}

function totalCase(id: string, title: string, last: LastRow, extraNotes: CorpusCase["notes"] = []): CorpusCase {
  const budget = budgetWithLastRow(last);
  return makeCase({ id, rule: 1, title, ...withBaseGrantsAndLedger(budget), truth: baseTruth, notes: extraNotes });
}

/**
 * 비목 parent rows in the one name column, each followed by its 세목 (indented with spaces, as
 * typed), and an unlabelled grand total: no word says which rows are sums, only arithmetic. No
 * category column: the parents name the categories.
 */
function parentsBudget(): Built {
  const b = new SheetBuilder("예산");
  b.row(["2024년 예산 (비목별)", null, null]);
  const header = b.row(["항목", "예산액", "산출근거"]);
  const rows: RowDecision[] = [];
  for (const [category, lines] of groupsOf(TWO_LEVEL_LINES)) {
    rows.push({ kind: "parent", cell: `B${b.row([category, sum(lines.map((l) => l.budget)), null])}` });
    for (const l of lines) b.row([`  ${l.name}`, l.budget, null]);
  }
  rows.push({ kind: "total", cell: `B${b.row([null, sum(TWO_LEVEL_LINES.map((l) => l.budget)), null])}` });
  return {
    sheet: b.build(),
    reading: { sheet: "예산", role: "budget", headerRows: [header], columns: { budgetLine: "A", amount: "B" }, rows },
  };
}

/** The same budget as today's words catch it: 구분 carries the 비목, a '소계' row after each group, then '합계'. */
function subtotalWordBudget(): Built {
  const b = new SheetBuilder("예산");
  b.row(["2024년 예산 (비목별)", null, null]);
  const header = b.row(["구분", "사업명", "예산액"]);
  const rows: RowDecision[] = [];
  for (const [category, lines] of groupsOf(TWO_LEVEL_LINES)) {
    lines.forEach((l, i) => b.row([i === 0 ? category : null, l.name, l.budget]));
    rows.push({ kind: "subtotal", cell: `C${b.row([null, "소계", sum(lines.map((l) => l.budget))])}` });
  }
  rows.push({ kind: "total", cell: `C${b.row(["합계", null, sum(TWO_LEVEL_LINES.map((l) => l.budget))])}` });
  return {
    sheet: b.build(),
    reading: { sheet: "예산", role: "budget", headerRows: [header], columns: { category: "A", budgetLine: "B", amount: "C" }, rows },
  };
}

function groupsOf(lines: readonly TruthLine[]): Map<string, TruthLine[]> {
  const groups = new Map<string, TruthLine[]>();
  for (const l of lines) groups.set(l.category, [...(groups.get(l.category) ?? []), l]);
  return groups;
}

function parentsCase(id: string, title: string, budget: Built): CorpusCase {
  return makeCase({
    id,
    rule: 1,
    title,
    ...withBaseGrantsAndLedger(budget, ledgerSheet(TWO_LEVEL_PAYMENTS)),
    truth: { lines: TWO_LEVEL_LINES, grants: BASE_GRANTS, payments: truthOf(TWO_LEVEL_PAYMENTS) },
  });
}

/**
 * An unlabelled last row =SUM(C4:C8) that stops one line short (홍보물 in C9 is left out): only the
 * formula says the row is a total (its 98,000,000 is the sum of no run right above it), and the
 * sheet's total does not reconcile with the lines.
 */
function shortSumCase(): CorpusCase {
  const last = BASE_LINES[BASE_LINES.length - 1]!;
  const budget = budgetWithLastRow({ label: [null, null], amount: BASE_TOTAL - last.budget, formula: true, shortBy: 1 });
  return makeCase({
    id: "budget-total-sum-misses-a-line",
    rule: 1,
    title: "unlabelled last row =SUM(C4:C8), one line short: the formula marks the total, and it does not reconcile",
    ...withBaseGrantsAndLedger(budget),
    truth: baseTruth,
    notes: [
      {
        code: "total-mismatch",
        severity: "warning",
        scope: "cell",
        sheet: "예산",
        cell: budget.totalCell,
        params: { found: BASE_TOTAL - last.budget, computed: BASE_TOTAL },
      },
    ],
  });
}

/** A real line (인건비 60,000,000) that equals the sum of the three lines above it; the ledger spends on it. */
function coincidentalSumCase(): CorpusCase {
  const lines: TruthLine[] = [
    { category: "사업", name: "교육", budget: 10_000_000 },
    { category: "사업", name: "장터", budget: 20_000_000 },
    { category: "사업", name: "홍보", budget: 30_000_000 },
    { category: "운영", name: "인건비", budget: 60_000_000 },
    { category: "운영", name: "운영비", budget: 15_000_000 },
  ];
  const rename: Record<string, string> = { 강사료: "교육", 교재비: "교육", 부스임차: "장터", 홍보물: "홍보" };
  const payments = BASE_PAYMENTS.map((x) => ({ ...x, line: rename[x.line] ?? x.line }));
  const b = new SheetBuilder("예산");
  const header = b.row(["구분", "사업명", "예산액"]);
  for (const l of lines) b.row([l.category, l.name, l.budget]);
  const budget: Built = {
    sheet: b.build(),
    reading: { sheet: "예산", role: "budget", headerRows: [header], columns: { category: "A", budgetLine: "B", amount: "C" }, rows: [] },
  };
  return makeCase({
    id: "budget-line-equal-to-sum-above",
    rule: 1,
    title: "a real line (인건비) equals the sum of the lines above it; the ledger spends on it: it stays a line",
    ...withBaseGrantsAndLedger(budget, ledgerSheet(payments)),
    truth: { lines, grants: BASE_GRANTS, payments: truthOf(payments) },
  });
}

export function budgetTotalCases(): CorpusCase[] {
  const mismatch = budgetWithLastRow({ label: ["합계", null], amount: BASE_TOTAL + 500_000, formula: false });
  return [
    totalCase("budget-total-chong-yesan-sum", "last row '총 예산' in the 사업명 column, =SUM over the lines", {
      label: [null, "총 예산"],
      amount: BASE_TOTAL,
      formula: true,
    }),
    totalCase("budget-total-chong-yesan-typed", "last row '총 예산' in the 사업명 column, typed (no formula)", {
      label: [null, "총 예산"],
      amount: BASE_TOTAL,
      formula: false,
    }),
    totalCase("budget-total-yesan-chongaek", "last row '예산 총액' merged over 구분:사업명, typed (no formula)", {
      label: ["예산 총액", null],
      amount: BASE_TOTAL,
      formula: false,
      mergeLabel: true,
    }),
    totalCase("budget-total-yesan-chongaek-sum", "last row '예산 총액' merged over 구분:사업명, =SUM", {
      label: ["예산 총액", null],
      amount: BASE_TOTAL,
      formula: true,
      mergeLabel: true,
    }),
    totalCase("budget-total-chonggye-sum", "last row '총계' merged over 구분:사업명, =SUM", {
      label: ["총계", null],
      amount: BASE_TOTAL,
      formula: true,
      mergeLabel: true,
    }),
    totalCase("budget-total-unlabelled", "last row has only the amount (no label, no formula)", {
      label: [null, null],
      amount: BASE_TOTAL,
      formula: false,
    }),
    totalCase("budget-total-unlabelled-sum", "last row has only =SUM(C4:C9): the formula alone marks it", {
      label: [null, null],
      amount: BASE_TOTAL,
      formula: true,
    }),
    makeCase({
      id: "budget-total-mismatch",
      rule: 1,
      title: "'합계' row says 100,500,000 but the lines sum to 100,000,000: warn with both and the cell",
      ...withBaseGrantsAndLedger(mismatch),
      truth: baseTruth,
      notes: [
        {
          code: "total-mismatch",
          severity: "warning",
          scope: "cell",
          sheet: "예산",
          cell: mismatch.totalCell,
          params: { found: BASE_TOTAL + 500_000, computed: BASE_TOTAL },
        },
      ],
    }),
    shortSumCase(),
    parentsCase("budget-parents-no-word", "비목 rows (인건비, 운영비, 사업비) carry the sum of their 세목 below; an unlabelled grand total", parentsBudget()),
    parentsCase("budget-parents-subtotal-word", "'소계' rows after each 비목's 세목, then '합계' (the words say so)", subtotalWordBudget()),
    coincidentalSumCase(),
  ];
}
