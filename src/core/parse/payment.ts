// The words of a ledger row that say what happened to the money: a payment's status as the
// subsidy systems export it (정상, 반려, 집행취소, …), a row's type (지출 or a refund: 반납, 환급,
// 환수, 여입, 입금) and the 적요 of a refund or of a grant paid into the account.

import { toHalfWidth } from "./text";

export type PaymentStatus = "paid" | "void" | "unknown";

const key = (text: string) => toHalfWidth(text).normalize("NFC").toLowerCase().replace(/[\s\-_.·()[\]]+/g, "");

// Keys without spaces or brackets. A status that says the payment happened (or is on its way):
// counted. One that says it did not: left out.
const PAID = new Set([
  "정상", "완료", "승인", "승인완료", "지급", "지급완료", "집행", "집행완료", "처리완료", "결재완료", "확정", "이체완료", "출금완료",
  "정산완료", "paid", "approved", "completed", "complete", "done", "ok", "normal",
]);
const VOID = new Set([
  "반려", "취소", "취소됨", "집행취소", "승인취소", "지급취소", "결재취소", "이체취소", "결제취소", "삭제", "삭제됨", "부결", "무효", "반송",
  "오류", "거절", "불승인", "미승인", "회수", "void", "voided", "cancelled", "canceled", "rejected", "deleted", "declined",
]);

/** A payment-status cell as text → paid, void or unknown. A blank status counts as paid. */
export function paymentStatusOf(text: string): PaymentStatus {
  // A note in brackets ("집행취소(중복)") says why, not what.
  const k = key(text.replace(/[(\[（［].*?[)\]）］]/g, ""));
  if (k === "" || PAID.has(k)) return "paid";
  if (VOID.has(k)) return "void";
  // "집행취소(중복)", "취소-재집행 예정": a void word first says it did not happen.
  for (const w of ["반려", "취소", "삭제", "부결", "무효"]) if (k.startsWith(w)) return "void";
  return "unknown";
}

/** Words that mark money coming back: a return (반납), refund (환급, 환불), recovery (환수), 여입. */
const REFUND_MEMO = /반납|환급|환수|여입|반환|환불/;
/**
 * In a type column 입금 (money in) is a refund too. Not in a 적요: there "강사료 입금" or "보증금
 * 입금" says the center paid into someone's account, and reading it as a refund would flip a
 * real payment's sign.
 */
const REFUND_TYPE = /반납|환급|환수|여입|반환|환불|입금/;
/** A type cell that says the row is spending. */
const SPENDING = new Set(["지출", "출금", "집행", "지급", "사용", "결제", "spending", "payment", "expense"]);

export type RowType = "refund" | "spending" | "other";

/** A type (구분) cell → refund, spending or other (a category such as 운영, which says nothing about the sign). */
export function rowTypeOf(text: string): RowType {
  const k = key(text);
  if (k === "") return "other";
  if (SPENDING.has(k)) return "spending";
  return REFUND_TYPE.test(k) ? "refund" : "other";
}

/** True when a 적요 says the row is money coming back (환수, 반납, 여입, …). */
export function memoSaysRefund(text: string): boolean {
  return text.length > 0 && text.length <= 200 && REFUND_MEMO.test(text);
}

/**
 * A deposit that is not a refund of spending: the grant itself paid into the account (교부,
 * 보조금 입금), interest (이자) or a balance brought forward (이월), or the center's own share
 * (자부담) paid in. These are not spending at all.
 */
const NOT_SPENDING_DEPOSIT = /교부|보조금|이자|이월|자부담|예치/;

export function depositIsNotSpending(text: string): boolean {
  return NOT_SPENDING_DEPOSIT.test(text);
}
