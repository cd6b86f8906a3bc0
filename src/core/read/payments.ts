// What a ledger row's words say about its money (issue 8, rules 4–6): a status that says the
// payment did not happen (반려, 집행취소: left out, one note with their count and sum) or that
// the add-in does not know (counted, one warning naming the values); a refund (반납, 환급 in the
// type column or the 적요) written positive, counted negative with a note; a row whose type says
// spending and whose 적요 says refund, counted as written with a warning; and in a bank layout, a
// deposit with a budget line is a refund, one without (the grant itself, interest) no spending.

import type { Issue } from "../issues/issue";
import { depositIsNotSpending, memoSaysRefund, paymentStatusOf, rowTypeOf } from "../parse/payment";
import type { RowDecision } from "./decisions";

/** Per ledger sheet: what its rows' words decided, summed for the notes given once per sheet. */
export interface LedgerMoney {
  readonly sheet: string;
  readonly cancelled: { count: number; sum: number };
  readonly unknown: { readonly values: Set<string>; count: number; firstCell: string | null };
  readonly deposits: { count: number; sum: number; firstCell: string | null };
  /** Some row of a bank layout has a deposit (입금): the amount is 출금 − 입금. */
  depositSeen: boolean;
}

export function ledgerMoney(sheet: string): LedgerMoney {
  return { sheet, cancelled: { count: 0, sum: 0 }, unknown: { values: new Set(), count: 0, firstCell: null }, deposits: { count: 0, sum: 0, firstCell: null }, depositSeen: false };
}

/**
 * A status cell: true when the payment did not happen (the row is left out, counted for the
 * note); an unknown status is remembered for the warning and the row counts.
 */
export function statusVoids(money: LedgerMoney, status: string, cell: string, row: number, amount: number | null, decisions: RowDecision[]): boolean {
  const s = paymentStatusOf(status);
  if (s === "void") {
    money.cancelled.count++;
    money.cancelled.sum += amount ?? 0;
    decisions.push({ kind: "cancelled", row, cell, evidence: "status", label: status });
    return true;
  }
  if (s === "unknown") {
    if (money.unknown.values.size < 20) money.unknown.values.add(status.trim());
    money.unknown.count++;
    money.unknown.firstCell ??= cell;
  }
  return false;
}

/**
 * A bank layout's deposit without a withdrawal that is no spending: no budget line, or words that
 * say grant, interest or balance brought forward. Left out, summed for one note.
 */
export function depositSkipped(money: LedgerMoney, deposit: number, line: string, words: string, cell: string, row: number, decisions: RowDecision[]): boolean {
  if (line !== "" && !depositIsNotSpending(words)) return false;
  money.deposits.count++;
  money.deposits.sum += deposit;
  money.deposits.firstCell ??= cell;
  decisions.push({ kind: "deposit", row, cell, evidence: "bank", ...(words ? { label: words } : {}) });
  return true;
}

/** A bank layout's deposit with a budget line: a refund, counted as the negative of the deposit. */
export function depositRefund(money: LedgerMoney, deposit: number, words: string, cell: string, row: number, decisions: RowDecision[], issues: Issue[]): number {
  decisions.push({ kind: "refund", row, cell, evidence: "bank", ...(words ? { label: words } : {}) });
  issues.push({ severity: "info", code: "refund-counted", sheet: money.sheet, cell, value: String(deposit), params: { amount: -deposit, evidence: "bank" } });
  return -deposit;
}

/**
 * The amount a data row counts with, from its type (구분) and 적요: a refund written positive
 * counts negative (a note); a type that says spending beside a 적요 that says refund counts as
 * written (a warning: the sign cannot be told); a negative amount without a refund type is the
 * refund warning it always was.
 */
export function signedAmount(money: LedgerMoney, amount: number, type: string, memo: string, letter: string, row: number, decisions: RowDecision[], issues: Issue[]): number {
  const memoRefund = memoSaysRefund(memo);
  // The common row: no type, no refund words, not negative.
  if (type === "" && !memoRefund && amount >= 0) return amount;
  const t = rowTypeOf(type);
  const cell = `${letter}${row}`;
  const sheet = money.sheet;
  if (t === "refund" || (t === "other" && memoRefund && amount > 0)) {
    const evidence = t === "refund" ? "type" : "memo";
    const signed = amount > 0 ? -amount : amount;
    decisions.push({ kind: "refund", row, cell, evidence, label: t === "refund" ? type : memo });
    issues.push({ severity: "info", code: "refund-counted", sheet, cell, value: String(amount), params: { amount: signed, evidence } });
    return signed;
  }
  if (t === "spending" && memoRefund && amount !== 0) {
    decisions.push({ kind: "sign-unclear", row, cell, evidence: "memo", label: memo });
    issues.push({ severity: "warning", code: "refund-sign-unclear", sheet, cell, value: String(amount), params: { type, memo } });
  }
  if (amount < 0) {
    decisions.push({ kind: "refund", row, cell, evidence: memoRefund ? "memo" : "sign" });
    issues.push({ severity: "warning", code: "negative-amount", sheet, cell, value: String(amount), params: { role: "ledger" } });
  }
  return amount;
}

/** The notes given once per ledger sheet, after its rows. */
export function moneyNotes(money: LedgerMoney, statusHeader: string | null, depositHeader: string | null, issues: Issue[]): void {
  const sheet = money.sheet;
  if (money.cancelled.count > 0 && statusHeader)
    issues.push({ severity: "info", code: "payment-status-excluded", sheet, cell: statusHeader, params: { count: money.cancelled.count, sum: money.cancelled.sum } });
  if (money.unknown.count > 0)
    issues.push({
      severity: "warning",
      code: "payment-status-unknown",
      sheet,
      cell: money.unknown.firstCell!,
      params: { values: [...money.unknown.values].join(", "), count: money.unknown.count },
    });
  if (money.depositSeen && depositHeader) issues.push({ severity: "info", code: "amount-bank-net", sheet, cell: depositHeader, params: {} });
  if (money.deposits.count > 0)
    issues.push({ severity: "info", code: "bank-deposit-skipped", sheet, cell: money.deposits.firstCell!, params: { count: money.deposits.count, sum: money.deposits.sum } });
}
