// Rule 9: a unit written in a title row or a header ("(단위: 천원)", "(천원)", "단위: 백만원") scales
// that sheet's amounts to won, with a note; the ledger stays in won, as centers keep it.
// Rule 10: a workbook in the 1904 date system, its dates pasted as bare serial numbers.

import { BASE_GRANTS, BASE_LINES, BASE_PAYMENTS, budgetSheet, compose, ledgerSheet, paymentCells, sum, truthOf, withBaseGrantsAndLedger, type Built } from "./base";
import { DAYS_1900_TO_1904, SheetBuilder, dateCell, makeCase, serial1900 } from "./sheet-builder";
import type { CellValue, CorpusCase, TruthLine } from "./types";

const baseTruth = { lines: BASE_LINES, grants: BASE_GRANTS, payments: truthOf(BASE_PAYMENTS) };

interface UnitSpec {
  readonly title: string;
  /** The unit note row under the title, or null for none. */
  readonly unitRow: readonly CellValue[] | null;
  readonly amountHeader: string;
  readonly factor: number;
  readonly unitCell: string;
}

/** The standard budget written in units of `factor` won. */
function budgetInUnits(lines: readonly TruthLine[], spec: UnitSpec): Built {
  const b = new SheetBuilder("예산");
  b.row([spec.title, null, null, null]);
  if (spec.unitRow) b.row([...spec.unitRow]);
  const header = b.row(["구분", "사업명", spec.amountHeader, "산출근거"]);
  const first = b.nextRow;
  for (const l of lines) b.row([l.category, l.name, l.budget / spec.factor, null]);
  const total = b.row(["합계", null, sum(lines.map((l) => l.budget)) / spec.factor, null], { 2: b.sum(2, first, b.nextRow - 1) });
  return {
    sheet: b.build(),
    reading: {
      sheet: "예산",
      role: "budget",
      headerRows: [header],
      columns: { category: "A", budgetLine: "B", amount: "C" },
      unit: { factor: spec.factor, cell: spec.unitCell },
      rows: [{ kind: "total", cell: `C${total}` }],
    },
  };
}

function unitCase(id: string, title: string, budget: Built, lines: readonly TruthLine[], unitText: string): CorpusCase {
  const unit = budget.reading.unit!;
  return makeCase({
    id,
    rule: 9,
    title,
    ...withBaseGrantsAndLedger(budget),
    truth: { lines, grants: BASE_GRANTS, payments: truthOf(BASE_PAYMENTS) },
    notes: [{ code: "unit-scaled", severity: "info", scope: "cell", sheet: budget.reading.sheet, cell: unit.cell, params: { unit: unitText, factor: unit.factor } }],
  });
}

/** Grants in 천원 under a "(단위: 천원)" row; budget and ledger in won. */
function grantsInThousandsCase(): CorpusCase {
  const b = new SheetBuilder("교부내역");
  b.row(["2024년 보조금 교부내역", null, null]);
  b.row([null, null, "(단위: 천원)"]);
  const header = b.row(["교부일자", "교부액", "비고"]);
  for (const x of BASE_GRANTS) b.row([dateCell(x.date), x.amount / 1000, x.note]);
  const grants: Built = {
    sheet: b.build(),
    reading: {
      sheet: "교부내역",
      role: "grants",
      headerRows: [header],
      columns: { date: "A", amount: "B", note: "C" },
      unit: { factor: 1000, cell: "C2" },
      rows: [],
    },
  };
  return makeCase({
    id: "unit-cheonwon-grants",
    rule: 9,
    title: "grants sheet '(단위: 천원)', budget and ledger in won",
    ...compose([budgetSheet(BASE_LINES), grants, ledgerSheet()], [grants]),
    truth: baseTruth,
    notes: [{ code: "unit-scaled", severity: "info", scope: "cell", sheet: "교부내역", cell: "C2", params: { unit: "천원", factor: 1000 } }],
  });
}

/** Grants and ledger dated by bare 1904-system serials (a date column formatted General). */
function date1904Case(id: string, title: string, bare: boolean): CorpusCase {
  const date = (iso: string): CellValue => (bare ? serial1900(iso) - DAYS_1900_TO_1904 : dateCell(iso));
  const g = new SheetBuilder("교부내역");
  const gh = g.row(["교부일자", "교부액", "비고"]);
  for (const x of BASE_GRANTS) g.row([date(x.date), x.amount, x.note]);
  const l = new SheetBuilder("집행내역");
  const lh = l.row(["집행일자", "사업명", "적요", "거래처", "금액", "증빙번호"]);
  for (const x of BASE_PAYMENTS) l.row([date(x.date), ...paymentCells(x).slice(1)]);
  const grants: Built = { sheet: g.build(), reading: { sheet: "교부내역", role: "grants", headerRows: [gh], columns: { date: "A", amount: "B", note: "C" }, rows: [] } };
  const ledger: Built = {
    sheet: l.build(),
    reading: { sheet: "집행내역", role: "ledger", headerRows: [lh], columns: { date: "A", budgetLine: "B", description: "C", payee: "D", amount: "E", voucher: "F" }, rows: [] },
  };
  return makeCase({
    id,
    rule: 10,
    title,
    date1904: true,
    ...compose([budgetSheet(BASE_LINES), grants, ledger], [grants, ledger]),
    truth: baseTruth,
    notes: bare ? [{ code: "date-system-1904", severity: "info", scope: "workbook" }] : [],
  });
}

export function unitAndDateCases(): CorpusCase[] {
  // 백만원 with decimals, as such budgets are written: 7.5 and 2.5 백만원.
  const millions: TruthLine[] = BASE_LINES.map((l) =>
    l.name === "부스임차" ? { ...l, budget: 7_500_000 } : l.name === "홍보물" ? { ...l, budget: 2_500_000 } : l,
  );
  return [
    unitCase(
      "unit-cheonwon-title",
      "budget '(단위: 천원)' in the row under the title",
      budgetInUnits(BASE_LINES, { title: "2024년 예산", unitRow: [null, null, null, "(단위: 천원)"], amountHeader: "예산액", factor: 1000, unitCell: "D2" }),
      BASE_LINES,
      "천원",
    ),
    unitCase(
      "unit-cheonwon-header",
      "budget header '예산액(천원)'",
      budgetInUnits(BASE_LINES, { title: "2024년 예산", unitRow: null, amountHeader: "예산액(천원)", factor: 1000, unitCell: "C2" }),
      BASE_LINES,
      "천원",
    ),
    unitCase(
      "unit-baekmanwon-title",
      "budget title row '2024년 예산 (단위: 백만원)', amounts such as 7.5",
      budgetInUnits(millions, { title: "2024년 예산 (단위: 백만원)", unitRow: null, amountHeader: "예산액", factor: 1_000_000, unitCell: "A1" }),
      millions,
      "백만원",
    ),
    grantsInThousandsCase(),
    date1904Case("date1904-serial-numbers", "1904 date system; grant and ledger dates are bare serial numbers", true),
    date1904Case("date1904-date-cells", "1904 date system; dates are date cells (hosts convert them)", false),
  ];
}
