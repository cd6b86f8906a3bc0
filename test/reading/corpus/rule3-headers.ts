// Rule 3: two-row headers with a merged group header over sub-headers. 집행금액 → 보조금 | 자부담 | 계
// (the sub-header row says "계" and is no total row); 예산액 → 1분기 … 4분기 | 계 (a quarter is not
// the annual budget); and 집행액 → 1분기 … 4분기 beside a plain 예산액 (read right today).

import { BASE_GRANTS, BASE_LINES, BASE_PAYMENTS, sum, truthOf, withBaseBudgetAndGrants, withBaseGrantsAndLedger, type Built } from "./base";
import { SheetBuilder, dateCell, makeCase } from "./sheet-builder";
import type { CorpusCase, RowDecision } from "./types";

const baseTruth = { lines: BASE_LINES, grants: BASE_GRANTS, payments: truthOf(BASE_PAYMENTS) };

/** 80% from the subsidy (rounded to 10 won), the rest from the center's own funds (자부담). */
export function subsidyPart(amount: number): number {
  return Math.round((amount * 0.8) / 10) * 10;
}

/** Ledger: merged 집행금액 over 보조금 | 자부담 | 계; 계 is =E+F per row. */
function splitLedger(): Built {
  const b = new SheetBuilder("집행내역");
  b.row(["2024년 집행내역", null, null, null, null, null, null, null]);
  const top = b.row(["집행일자", "사업명", "적요", "거래처", "집행금액", null, null, "증빙번호"]);
  const sub = b.row([null, null, null, null, "보조금", "자부담", "계", null]);
  for (const c of ["A", "B", "C", "D", "H"]) b.merge(`${c}${top}:${c}${sub}`);
  b.merge(`E${top}:G${top}`);
  for (const x of BASE_PAYMENTS) {
    const r = b.nextRow;
    const s = subsidyPart(x.amount);
    b.row([dateCell(x.date), x.line, x.memo, x.payee, s, x.amount - s, x.amount, x.voucher], { 6: `=E${r}+F${r}` });
  }
  return {
    sheet: b.build(),
    reading: {
      sheet: "집행내역",
      role: "ledger",
      headerRows: [top, sub],
      columns: { date: "A", budgetLine: "B", description: "C", payee: "D", amount: "G", voucher: "H" },
      rows: [],
    },
  };
}

/** Each line's budget by quarter; the annual budget is their sum (the 계 column). */
const BY_QUARTER: Readonly<Record<string, readonly [number, number, number, number]>> = {
  인건비: [15_000_000, 15_000_000, 15_000_000, 15_000_000],
  운영비: [3_750_000, 3_750_000, 3_750_000, 3_750_000],
  강사료: [3_000_000, 3_000_000, 3_000_000, 3_000_000],
  교재비: [1_500_000, 1_500_000, 0, 0],
  부스임차: [0, 8_000_000, 0, 0],
  홍보물: [0, 1_000_000, 1_000_000, 0],
};

/** Budget: merged 예산액 over 1분기 | 2분기 | 3분기 | 4분기 | 계; 계 is =SUM of the quarters. */
function quarterBudget(): Built {
  const b = new SheetBuilder("예산");
  b.row(["2024년 분기별 예산", null, null, null, null, null, null, null]);
  const top = b.row(["구분", "사업명", "예산액", null, null, null, null, "산출근거"]);
  const sub = b.row([null, null, "1분기", "2분기", "3분기", "4분기", "계", null]);
  for (const c of ["A", "B", "H"]) b.merge(`${c}${top}:${c}${sub}`);
  b.merge(`C${top}:G${top}`);
  const first = b.nextRow;
  for (const l of BASE_LINES) {
    const q = BY_QUARTER[l.name]!;
    if (sum(q) !== l.budget) throw new Error(`quarters of ${l.name} do not sum to its budget`);
    const r = b.nextRow;
    b.row([l.category, l.name, ...q, l.budget, null], { 6: `=SUM(C${r}:F${r})` });
  }
  const last = b.nextRow - 1;
  const totals = [0, 1, 2, 3].map((i) => sum(BASE_LINES.map((l) => BY_QUARTER[l.name]![i]!)));
  const formulas: Record<number, string> = {};
  for (let c = 2; c <= 6; c++) formulas[c] = b.sum(c, first, last);
  const total = b.row(["합계", null, ...totals, sum(totals), null], formulas);
  return {
    sheet: b.build(),
    reading: {
      sheet: "예산",
      role: "budget",
      headerRows: [top, sub],
      columns: { category: "A", budgetLine: "B", amount: "G" },
      rows: [{ kind: "total", cell: `G${total}` } satisfies RowDecision],
    },
  };
}

/** Budget: 예산액 (merged down) beside merged 집행액 over 1분기 … 4분기 and 집행률: only 예산액 is the budget. */
function budgetWithExecutionByQuarter(): Built {
  const b = new SheetBuilder("예산");
  b.row(["2024년 예산 및 분기별 집행 현황", null, null, null, null, null, null, null]);
  const top = b.row(["구분", "사업명", "예산액", "집행액", null, null, null, "집행률"]);
  const sub = b.row([null, null, null, "1분기", "2분기", "3분기", "4분기", null]);
  for (const c of ["A", "B", "C", "H"]) b.merge(`${c}${top}:${c}${sub}`);
  b.merge(`D${top}:G${top}`);
  const first = b.nextRow;
  for (const l of BASE_LINES) {
    // What the center typed in from its ledger up to the end of June.
    const q = [1, 2, 3, 4].map((k) =>
      sum(BASE_PAYMENTS.filter((x) => x.line === l.name && Math.ceil(Number(x.date.slice(5, 7)) / 3) === k).map((x) => x.amount)),
    );
    const r = b.nextRow;
    b.row([l.category, l.name, l.budget, ...q, Math.round((sum(q) / l.budget) * 1000) / 1000], { 7: `=SUM(D${r}:G${r})/C${r}` });
  }
  const total = b.row(["합계", null, sum(BASE_LINES.map((l) => l.budget)), null, null, null, null, null], { 2: b.sum(2, first, b.nextRow - 1) });
  return {
    sheet: b.build(),
    reading: {
      sheet: "예산",
      role: "budget",
      headerRows: [top, sub],
      columns: { category: "A", budgetLine: "B", amount: "C" },
      rows: [{ kind: "total", cell: `C${total}` }],
    },
  };
}

export function headerCases(): CorpusCase[] {
  return [
    makeCase({
      id: "hdr-jiphaenggeumaek-bojo-jabudam-gye",
      rule: 3,
      title: "ledger: merged '집행금액' over '보조금 | 자부담 | 계'; the sub-header row says '계'",
      ...withBaseBudgetAndGrants(splitLedger()),
      truth: baseTruth,
      notes: [{ code: "amount-column-chosen", severity: "info", scope: "column", sheet: "집행내역", cell: "G3", params: { column: "집행금액 계" } }],
    }),
    makeCase({
      id: "hdr-budget-by-quarter-merged",
      rule: 3,
      title: "budget: merged '예산액' over '1분기 … 4분기 | 계': the annual budget is 계, not 1분기",
      ...withBaseGrantsAndLedger(quarterBudget()),
      truth: baseTruth,
      notes: [{ code: "amount-column-chosen", severity: "info", scope: "column", sheet: "예산", cell: "G3", params: { column: "예산액 계" } }],
    }),
    makeCase({
      id: "hdr-budget-beside-execution-quarters",
      rule: 3,
      title: "budget: '예산액' beside merged '집행액' over '1분기 … 4분기' and '집행률'",
      ...withBaseGrantsAndLedger(budgetWithExecutionByQuarter()),
      truth: baseTruth,
    }),
  ];
}
