// Rule 1 in the ledger and the grants: monthly subtotal rows (labelled, 월계/누계 as a cash book
// keeps them, unlabelled, a SUBTOTAL formula), grant subtotals, and the converse: real payments
// whose 적요 ends in 합계, 계 or 총계 are data (a date, a line and an amount make a row).

import {
  BASE_GRANTS,
  BASE_LINES,
  BASE_PAYMENTS,
  budgetSheet,
  compose,
  ledgerSheet,
  paymentCells,
  sum,
  truthOf,
  withBaseBudgetAndGrants,
  type Built,
  type GrantRow,
} from "./base";
import { SheetBuilder, dateCell, makeCase } from "./sheet-builder";
import type { CellValue, CorpusCase, RowDecision } from "./types";

const baseTruth = { lines: BASE_LINES, grants: BASE_GRANTS, payments: truthOf(BASE_PAYMENTS) };
const LEDGER_COLUMNS = { date: "A", budgetLine: "B", description: "C", payee: "D", amount: "E", voucher: "F" } as const;

type Label = (month: number) => string | null;

/**
 * The base ledger with rows after each month: `monthly` (a month's sum) and, when given,
 * `running` (the sum of every payment so far). The label goes in 적요 (column C); null leaves
 * the row with only its amount. `formula` writes each subtotal as a SUM/SUBTOTAL of its rows.
 */
function ledgerWithSubtotals(monthly: Label, running: Label | null, formula: "SUM" | "SUBTOTAL" | null): Built {
  const b = new SheetBuilder("집행내역");
  b.row(["2024년 집행내역", null, null, null, null, null]);
  const header = b.row(["집행일자", "사업명", "적요", "거래처", "금액", "증빙번호"]);
  const rows: RowDecision[] = [];
  const months = [...new Set(BASE_PAYMENTS.map((x) => Number(x.date.slice(5, 7))))];
  let runningSum = 0;
  for (const m of months) {
    const inMonth = BASE_PAYMENTS.filter((x) => Number(x.date.slice(5, 7)) === m);
    const from = b.nextRow;
    for (const x of inMonth) b.row(paymentCells(x));
    const to = b.nextRow - 1;
    const monthSum = sum(inMonth.map((x) => x.amount));
    runningSum += monthSum;
    const f = formula ? { 4: b.sum(4, from, to, formula) } : undefined;
    rows.push({ kind: "subtotal", cell: `E${b.row(subtotalCells(monthly(m), monthSum), f)}` });
    if (running) rows.push({ kind: "subtotal", cell: `E${b.row(subtotalCells(running(m), runningSum))}` });
  }
  return { sheet: b.build(), reading: { sheet: "집행내역", role: "ledger", headerRows: [header], columns: LEDGER_COLUMNS, rows } };
}

function subtotalCells(label: string | null, amount: number): CellValue[] {
  return [null, null, label, null, amount, null];
}

function ledgerCase(id: string, title: string, ledger: Built): CorpusCase {
  return makeCase({ id, rule: 1, title, ...withBaseBudgetAndGrants(ledger), truth: baseTruth });
}

/** The base ledger and one SUBTOTAL(9, …) row at the foot, without a label. */
function ledgerWithFormulaFoot(): Built {
  const b = new SheetBuilder("집행내역");
  b.row(["2024년 집행내역", null, null, null, null, null]);
  const header = b.row(["집행일자", "사업명", "적요", "거래처", "금액", "증빙번호"]);
  const from = b.nextRow;
  for (const x of BASE_PAYMENTS) b.row(paymentCells(x));
  const foot = b.row(subtotalCells(null, sum(BASE_PAYMENTS.map((x) => x.amount))), { 4: b.sum(4, from, b.nextRow - 1, "SUBTOTAL") });
  return {
    sheet: b.build(),
    reading: { sheet: "집행내역", role: "ledger", headerRows: [header], columns: LEDGER_COLUMNS, rows: [{ kind: "total", cell: `E${foot}` }] },
  };
}

/** Grants with a half-year 계 after each half and 합계 at the end, labels in the date column. */
function grantsWithHalfYears(): Built {
  const b = new SheetBuilder("교부내역");
  b.row(["2024년 보조금 교부내역", null, null]);
  const header = b.row(["교부일자", "교부액", "비고"]);
  const rows: RowDecision[] = [];
  const half = (g: GrantRow) => (g.date <= "2024-06-30" ? "상반기" : "하반기");
  for (const h of ["상반기", "하반기"]) {
    const gs = BASE_GRANTS.filter((g) => half(g) === h);
    for (const g of gs) b.row([dateCell(g.date), g.amount, g.note]);
    rows.push({ kind: "subtotal", cell: `B${b.row([`${h} 계`, sum(gs.map((g) => g.amount)), null])}` });
  }
  rows.push({ kind: "total", cell: `B${b.row(["합계", sum(BASE_GRANTS.map((g) => g.amount)), null])}` });
  return { sheet: b.build(), reading: { sheet: "교부내역", role: "grants", headerRows: [header], columns: { date: "A", amount: "B", note: "C" }, rows } };
}

/** Grants ending in an unlabelled =SUM row (no date, no note). */
function grantsWithUnlabelledSum(): Built {
  const b = new SheetBuilder("교부내역");
  b.row(["2024년 보조금 교부내역", null, null]);
  const header = b.row(["교부일자", "교부액", "비고"]);
  const from = b.nextRow;
  for (const g of BASE_GRANTS) b.row([dateCell(g.date), g.amount, g.note]);
  const foot = b.row([null, sum(BASE_GRANTS.map((g) => g.amount)), null], { 1: b.sum(1, from, b.nextRow - 1) });
  return {
    sheet: b.build(),
    reading: { sheet: "교부내역", role: "grants", headerRows: [header], columns: { date: "A", amount: "B", note: "C" }, rows: [{ kind: "total", cell: `B${foot}` }] },
  };
}

function grantsCase(id: string, title: string, grants: Built): CorpusCase {
  return makeCase({ id, rule: 1, title, ...compose([budgetSheet(BASE_LINES), grants, ledgerSheet()], [grants]), truth: baseTruth });
}

/** Three real payments whose 적요 ends in a total word: a month's fees paid at once, and two more. */
function memoWordsCase(): CorpusCase {
  const memo: Record<string, string> = {
    "V-005": "교재 인쇄비 계",
    "V-008": "1~4월 강사료 합계",
    "V-012": "봄마실 장터 부스 임차료 총계",
  };
  const payments = BASE_PAYMENTS.map((x) => (memo[x.voucher] ? { ...x, memo: memo[x.voucher]! } : x));
  // Rows: the title is row 1, the header row 2, payments from row 3 in order.
  const rows: RowDecision[] = payments.flatMap((x, i) => (memo[x.voucher] ? [{ kind: "data" as const, cell: `C${i + 3}` }] : []));
  return makeCase({
    id: "ledger-memo-ends-in-total-word",
    rule: 1,
    title: "real payments whose 적요 ends in '합계', '계', '총계' (date, line and amount present): data",
    ...withBaseBudgetAndGrants(ledgerSheet(payments, "집행내역", rows)),
    truth: baseTruth,
  });
}

export function ledgerTotalCases(): CorpusCase[] {
  return [
    ledgerCase(
      "ledger-subtotals-labelled",
      "'1월 소계' … '6월 소계' after each month, in 적요 (the words say so)",
      ledgerWithSubtotals((m) => `${m}월 소계`, null, null),
    ),
    ledgerCase(
      "ledger-wolgye-nugye",
      "cash-book style: '월계' and '누계' rows after each month, in 적요",
      ledgerWithSubtotals(() => "월계", () => "누계", null),
    ),
    ledgerCase("ledger-subtotals-unlabelled", "an unlabelled month sum (amount only) after each month", ledgerWithSubtotals(() => null, null, null)),
    ledgerCase(
      "ledger-subtotals-unlabelled-sum",
      "unlabelled month sums written as =SUM over each month's rows",
      ledgerWithSubtotals(() => null, null, "SUM"),
    ),
    ledgerCase("ledger-foot-subtotal-formula", "one unlabelled =SUBTOTAL(9,E3:E17) row at the foot", ledgerWithFormulaFoot()),
    grantsCase("grants-subtotals-halfyear", "grants with '상반기 계', '하반기 계' and '합계' rows", grantsWithHalfYears()),
    grantsCase("grants-total-unlabelled-sum", "grants ending in an unlabelled =SUM row", grantsWithUnlabelledSum()),
    memoWordsCase(),
  ];
}
