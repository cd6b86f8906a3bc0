// The center's small 2024 book that most cases vary: six budget lines in three categories, three
// grants, fifteen payments (two after the as-of date 2024-05-24), and the plain layouts today's
// core reads right. Each case changes one thing, so a wrong figure points at that one thing.
//
// Base figures as of 2024-05-24: budget 100,000,000; grants 50,000,000; executed 32,827,010;
// 33% of the budget, 66% of the grants.

import { SheetBuilder, dateCell } from "./sheet-builder";
import type { CellValue, CorpusSheet, IsoDate, RowDecision, SheetReading, TruthGrant, TruthLine, TruthPayment } from "./types";

export const AS_OF = "2024-05-24";

export const BASE_LINES: readonly TruthLine[] = [
  { category: "운영", name: "인건비", budget: 60_000_000 },
  { category: "운영", name: "운영비", budget: 15_000_000 },
  { category: "교육사업", name: "강사료", budget: 12_000_000 },
  { category: "교육사업", name: "교재비", budget: 3_000_000 },
  { category: "장터사업", name: "부스임차", budget: 8_000_000 },
  { category: "장터사업", name: "홍보물", budget: 2_000_000 },
];

export interface GrantRow extends TruthGrant {
  readonly note: string;
}

export const BASE_GRANTS: readonly GrantRow[] = [
  { date: "2024-01-19", amount: 25_000_000, note: "1차 교부" },
  { date: "2024-04-12", amount: 25_000_000, note: "2차 교부" },
  { date: "2024-07-12", amount: 25_000_000, note: "3차 교부" },
];

/** A ledger row as written: the truth's date, line and amount, and the words around them. */
export interface Payment extends TruthPayment {
  readonly memo: string;
  readonly payee: string;
  readonly voucher: string;
}

const p = (date: IsoDate, line: string, memo: string, payee: string, amount: number, voucher: string): Payment => ({
  date,
  line,
  memo,
  payee,
  amount,
  voucher,
});

/** In date order, as ledgers are kept. */
export const BASE_PAYMENTS: readonly Payment[] = [
  p("2024-01-05", "운영비", "1월 사무실 관리비", "용산구시설관리공단", 1_234_560, "V-001"),
  p("2024-01-25", "인건비", "1월 급여", "직원 급여계좌", 5_000_000, "V-002"),
  p("2024-02-21", "강사료", "협동조합 총회 교육 강사료", "강사 개인", 1_500_000, "V-003"),
  p("2024-02-23", "인건비", "2월 급여", "직원 급여계좌", 5_000_000, "V-004"),
  p("2024-03-04", "교재비", "창업 아카데미 교재 인쇄", "용산인쇄", 450_000, "V-005"),
  p("2024-03-12", "운영비", "사무용품 구입", "오피스디포 용산점", 87_450, "V-006"),
  p("2024-03-25", "인건비", "3월 급여", "직원 급여계좌", 5_000_000, "V-007"),
  p("2024-04-17", "강사료", "재무회계 교육 강사료", "강사 개인", 1_200_000, "V-008"),
  p("2024-04-20", "부스임차", "꽃장 부스 및 천막 임차", "(주)이벤트세상", 1_650_000, "V-009"),
  p("2024-04-22", "홍보물", "꽃장 현수막 제작", "용산인쇄", 385_000, "V-010"),
  p("2024-04-25", "인건비", "4월 급여", "직원 급여계좌", 5_000_000, "V-011"),
  p("2024-05-13", "부스임차", "봄마실 장터 부스 임차", "(주)이벤트세상", 1_320_000, "V-012"),
  p("2024-05-24", "인건비", "5월 급여", "직원 급여계좌", 5_000_000, "V-013"),
  p("2024-05-27", "홍보물", "봄마실 홍보물 제작", "용산인쇄", 297_000, "V-014"),
  p("2024-06-25", "인건비", "6월 급여", "직원 급여계좌", 5_000_000, "V-015"),
];

/** The truth of payments: date, line and signed amount only (what the expected figures use). */
export function truthOf(payments: readonly TruthPayment[]): TruthPayment[] {
  return payments.map(({ date, line, amount }) => ({ date, line, amount }));
}

// ---------------------------------------------------------------------------------------------
// Two-level budget (비목 → 세목) used by the hierarchical and export cases: 세목 is the line.

export const TWO_LEVEL_LINES: readonly TruthLine[] = [
  { category: "인건비", name: "급여", budget: 52_000_000 },
  { category: "인건비", name: "4대보험", budget: 8_000_000 },
  { category: "운영비", name: "관리비", budget: 9_000_000 },
  { category: "운영비", name: "사무용품비", budget: 6_000_000 },
  { category: "사업비", name: "강사료", budget: 12_000_000 },
  { category: "사업비", name: "교재비", budget: 3_000_000 },
  { category: "사업비", name: "임차료", budget: 8_000_000 },
  { category: "사업비", name: "홍보물", budget: 2_000_000 },
];

/** The base payments booked on 세목: salaries split into 급여 and 4대보험, 운영비 into its two 세목. */
export const TWO_LEVEL_PAYMENTS: readonly Payment[] = BASE_PAYMENTS.flatMap((x): Payment[] => {
  if (x.line === "인건비") {
    const month = x.memo.slice(0, x.memo.indexOf("월") + 1);
    return [
      { ...x, line: "급여", amount: 4_550_000 },
      { ...x, line: "4대보험", memo: `${month} 4대보험 기관부담금`, payee: "국민건강보험공단", amount: 450_000, voucher: `${x.voucher}-2` },
    ];
  }
  if (x.line === "운영비") return [{ ...x, line: x.memo.includes("관리비") ? "관리비" : "사무용품비" }];
  if (x.line === "부스임차") return [{ ...x, line: "임차료" }];
  return [x];
});

// ---------------------------------------------------------------------------------------------
// Standard layouts (the sample's shape): what today's core reads right.

export interface Built {
  readonly sheet: CorpusSheet;
  readonly reading: SheetReading;
}

/** 예산: a title, a unit note, 구분 | 사업명 | 예산액 | 산출근거, the lines and a 합계 row with a SUM. */
export function budgetSheet(lines: readonly TruthLine[], name = "예산"): Built {
  const b = new SheetBuilder(name);
  b.row(["2024년 용산구사회적경제 통합지원센터 예산", null, null, null]);
  b.row([null, null, null, "(단위: 원)"]);
  const header = b.row(["구분", "사업명", "예산액", "산출근거"]);
  const first = b.nextRow;
  for (const l of lines) b.row([l.category, l.name, l.budget, null]);
  const total = b.row(["합계", null, sum(lines.map((l) => l.budget)), null], { 2: b.sum(2, first, b.nextRow - 1) });
  return {
    sheet: b.build(),
    reading: {
      sheet: name,
      role: "budget",
      headerRows: [header],
      columns: { category: "A", budgetLine: "B", amount: "C" },
      rows: [{ kind: "total", cell: `C${total}` }],
    },
  };
}

/** 교부내역: 교부일자 | 교부액 | 비고, date cells, a 합계 row with a SUM. */
export function grantsSheet(grants: readonly GrantRow[] = BASE_GRANTS, name = "교부내역"): Built {
  const b = new SheetBuilder(name);
  b.row(["2024년 보조금 교부내역", null, null]);
  const header = b.row(["교부일자", "교부액", "비고"]);
  const first = b.nextRow;
  for (const g of grants) b.row([dateCell(g.date), g.amount, g.note]);
  const total = b.row(["합계", sum(grants.map((g) => g.amount)), null], { 1: b.sum(1, first, b.nextRow - 1) });
  return {
    sheet: b.build(),
    reading: {
      sheet: name,
      role: "grants",
      headerRows: [header],
      columns: { date: "A", amount: "B", note: "C" },
      rows: [{ kind: "total", cell: `B${total}` }],
    },
  };
}

/** 집행내역: 집행일자 | 사업명 | 적요 | 거래처 | 금액 | 증빙번호, date cells, no total row. */
export function ledgerSheet(payments: readonly Payment[] = BASE_PAYMENTS, name = "집행내역", rows: readonly RowDecision[] = []): Built {
  const b = new SheetBuilder(name);
  b.row([`2024년 ${name}`, null, null, null, null, null]);
  const header = b.row(["집행일자", "사업명", "적요", "거래처", "금액", "증빙번호"]);
  for (const x of payments) b.row(paymentCells(x));
  return {
    sheet: b.build(),
    reading: {
      sheet: name,
      role: "ledger",
      headerRows: [header],
      columns: { date: "A", budgetLine: "B", description: "C", payee: "D", amount: "E", voucher: "F" },
      rows,
    },
  };
}

export function paymentCells(x: Payment): CellValue[] {
  return [dateCell(x.date), x.line, x.memo, x.payee, x.amount, x.voucher];
}

export function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

/** Sheets in workbook order with their readings; `focus` names the ones the case varies. */
export function compose(parts: readonly Built[], focus: readonly Built[]): Composed {
  return { sheets: parts.map((p) => p.sheet), readings: parts.map((p) => p.reading), focus: focus.map((p) => p.sheet.name) };
}

/** The base grants beside a case's own budget, and the base ledger unless the case gives one: rules 1, 2, 3, 9. */
export function withBaseGrantsAndLedger(budget: Built, ledger: Built = ledgerSheet()): Composed {
  return compose([budget, grantsSheet(), ledger], [budget]);
}

/** Sheets, their expected readings, and the sheets the case varies. */
export interface Composed {
  readonly sheets: CorpusSheet[];
  readonly readings: SheetReading[];
  readonly focus: string[];
}

/** The base budget and grants beside a case's own ledger sheets: rules 1 (ledger), 3–8. */
export function withBaseBudgetAndGrants(...ledgers: readonly Built[]): Composed {
  return compose([budgetSheet(BASE_LINES), grantsSheet(), ...ledgers], ledgers);
}
