// Rule 4: several columns could be the amount. Spending is what was paid out: 합계 / 계 /
// 집행금액 over 금액·공급가액 + 부가세 or 보조금 + 자부담; 출금 − 입금 in a bank layout.

import { BASE_GRANTS, BASE_LINES, BASE_PAYMENTS, truthOf, withBaseBudgetAndGrants, type Built, type Payment } from "./base";
import { subsidyPart } from "./rule3-headers";
import { SheetBuilder, dateCell, letters, makeCase } from "./sheet-builder";
import type { CellValue, CorpusCase, RowDecision } from "./types";

const baseTruth = { lines: BASE_LINES, grants: BASE_GRANTS, payments: truthOf(BASE_PAYMENTS) };

/** Payments with VAT (printing, supplies, rentals); salaries and lecture fees carry none. */
const WITH_VAT = new Set(["V-005", "V-006", "V-009", "V-010", "V-012", "V-014"]);

/** A VAT-inclusive total split as a tax invoice does: supply = total ÷ 1.1 rounded, VAT the rest. */
export function vatSplit(x: Payment): { supply: number; vat: number } {
  if (!WITH_VAT.has(x.voucher)) return { supply: x.amount, vat: 0 };
  const supply = Math.round(x.amount / 1.1);
  return { supply, vat: x.amount - supply };
}

/**
 * 집행일자 | 사업명 | 적요 | 거래처 | <a> | <b> | <total> | 증빙번호, where total = a + b is a
 * per-row formula (=E3+F3): a sum across the row, not of the column, so it marks no total row.
 */
function threeAmountLedger(headers: readonly [string, string, string], split: (x: Payment) => [number, number]): Built {
  const b = new SheetBuilder("집행내역");
  b.row(["2024년 집행내역", null, null, null, null, null, null, null]);
  const header = b.row(["집행일자", "사업명", "적요", "거래처", ...headers, "증빙번호"]);
  for (const x of BASE_PAYMENTS) {
    const [a, c] = split(x);
    const r = b.nextRow;
    b.row([dateCell(x.date), x.line, x.memo, x.payee, a, c, x.amount, x.voucher], { 6: `=E${r}+F${r}` });
  }
  return {
    sheet: b.build(),
    reading: {
      sheet: "집행내역",
      role: "ledger",
      headerRows: [header],
      columns: { date: "A", budgetLine: "B", description: "C", payee: "D", amount: "G", voucher: "H" },
      rows: [],
    },
  };
}

function threeAmountCase(id: string, title: string, headers: readonly [string, string, string], split: (x: Payment) => [number, number]): CorpusCase {
  return makeCase({
    id,
    rule: 4,
    title,
    ...withBaseBudgetAndGrants(threeAmountLedger(headers, split)),
    truth: baseTruth,
    notes: [{ code: "amount-column-chosen", severity: "info", scope: "column", sheet: "집행내역", cell: "G2", params: { column: headers[2] } }],
  });
}

/** Two refunds paid back into the account, as 입금 rows with their budget line. */
const REFUNDS: readonly Payment[] = [
  { date: "2024-04-30", line: "강사료", memo: "강사료 과지급분 반환", payee: "강사 개인", amount: -300_000, voucher: "R-001" },
  { date: "2024-05-20", line: "부스임차", memo: "부스 임차료 일부 환불", payee: "(주)이벤트세상", amount: -200_000, voucher: "R-002" },
];

const byDate = (a: Payment, b: Payment) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

interface BankSpec {
  readonly id: string;
  readonly title: string;
  /** Column headers in sheet order; the roles name which is which. */
  readonly headers: readonly string[];
  readonly date: number;
  readonly memo: number;
  readonly line: number;
  readonly deposit: number;
  readonly withdrawal: number;
  readonly balance: number;
}

/**
 * A bank statement pasted as the ledger, with a 사업명 column the accountant added: 거래일시 as
 * text with the time, 입금 and 출금 in separate columns, and a running 잔액. Refunds are 입금.
 */
function bankCase(spec: BankSpec): CorpusCase {
  const entries = [...BASE_PAYMENTS, ...REFUNDS].sort(byDate);
  const b = new SheetBuilder("집행내역");
  const width = spec.headers.length;
  b.row(["보조금 전용계좌 거래내역", ...Array<CellValue>(width - 1).fill(null)]);
  const header = b.row([...spec.headers]);
  let balance = 50_000_000;
  const rows: RowDecision[] = [];
  for (const x of entries) {
    const cells = Array<CellValue>(width).fill(null);
    balance -= x.amount;
    cells[spec.date] = `${x.date} 10:00:00`;
    cells[spec.memo] = x.memo;
    cells[spec.line] = x.line;
    if (x.amount < 0) cells[spec.deposit] = -x.amount;
    else cells[spec.withdrawal] = x.amount;
    cells[spec.balance] = balance;
    const r = b.row(cells);
    if (x.amount < 0) rows.push({ kind: "refund", cell: `${letters(spec.deposit)}${r}` });
  }
  const ledger: Built = {
    sheet: b.build(),
    reading: {
      sheet: "집행내역",
      role: "ledger",
      headerRows: [header],
      columns: { date: letters(spec.date), description: letters(spec.memo), budgetLine: letters(spec.line), amount: letters(spec.withdrawal) },
      amountMinus: letters(spec.deposit),
      rows,
    },
  };
  return makeCase({
    id: spec.id,
    rule: 4,
    title: spec.title,
    ...withBaseBudgetAndGrants(ledger),
    truth: { lines: BASE_LINES, grants: BASE_GRANTS, payments: truthOf(entries) },
    notes: [{ code: "amount-bank-net", severity: "info", scope: "column", sheet: "집행내역", cell: `${letters(spec.deposit)}${header}` }],
  });
}

export function amountCases(): CorpusCase[] {
  return [
    threeAmountCase("amt-geumaek-bugase-hapgye", "금액 | 부가세 | 합계: the amount paid is 합계", ["금액", "부가세", "합계"], (x) => {
      const v = vatSplit(x);
      return [v.supply, v.vat];
    }),
    threeAmountCase("amt-gonggeupgaaek-bugase-hapgyegeumaek", "공급가액 | 부가세 | 합계금액", ["공급가액", "부가세", "합계금액"], (x) => {
      const v = vatSplit(x);
      return [v.supply, v.vat];
    }),
    threeAmountCase("amt-bojo-jabudam-gye", "보조금 | 자부담 | 계 in a one-row header", ["보조금", "자부담", "계"], (x) => {
      const s = subsidyPart(x.amount);
      return [s, x.amount - s];
    }),
    bankCase({
      id: "amt-bank-ipgeum-chulgeum",
      title: "bank layout '입금 | 출금 | 잔액': spending is 출금 − 입금 (two refunds came in)",
      headers: ["거래일시", "적요", "사업명", "입금", "출금", "잔액"],
      date: 0,
      memo: 1,
      line: 2,
      deposit: 3,
      withdrawal: 4,
      balance: 5,
    }),
    bankCase({
      id: "amt-bank-chulgeumaek-ipgeumaek",
      title: "bank layout '출금액 | 입금액 | 거래후잔액', 사업명 added at the right",
      headers: ["거래일시", "적요", "출금액", "입금액", "거래후잔액", "사업명"],
      date: 0,
      memo: 1,
      withdrawal: 2,
      deposit: 3,
      balance: 4,
      line: 5,
    }),
  ];
}
