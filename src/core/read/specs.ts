// What the reader looks for, per data sheet role: the sheet names, and each column's field, kind,
// whether it is required and the headers it is known by. The template (plan/template.ts) takes
// its columns from here too, so what it writes is always what is read.

import type { SheetRole } from "../model";

export type DataRole = Exclude<SheetRole, "meeting">;
/** status: a program's (완료, 예정, …); payment-status: a ledger row's (정상, 반려, …). */
export type FieldKind = "text" | "date" | "amount" | "quarter" | "status" | "payment-status";

export interface FieldSpec {
  readonly field: string;
  readonly headers: readonly string[];
  readonly required: boolean;
  readonly kind: FieldKind;
  /**
   * Headers that mean this field only when no column has one of `headers`: 비목 is the budget line
   * of a budget kept by 비목 alone, and the category of one kept by 비목 and 세목.
   */
  readonly fallback?: readonly string[];
}

export interface RoleSpec {
  readonly role: DataRole;
  readonly aliases: readonly string[];
  /** A missing required sheet is an error; a missing optional one (programs) a warning. */
  readonly required: boolean;
  readonly fields: readonly FieldSpec[];
}

const f = (field: string, kind: FieldKind, required: boolean, headers: string[], fallback?: string[]): FieldSpec => ({
  field,
  kind,
  required,
  headers,
  ...(fallback ? { fallback } : {}),
});

export const ROLE_SPECS: readonly RoleSpec[] = [
  {
    role: "budget",
    aliases: ["예산", "예산총괄", "예산현황", "Budget"],
    required: true,
    fields: [
      // A two-level budget (issue 8, rule 7): 비목 is the category, 세목 the line.
      f("category", "text", false, ["구분", "분야", "영역", "Category", "비목", "비목명"]),
      f("budgetLine", "text", true, ["사업명", "예산과목", "세부사업", "항목", "Budget line", "Program", "세목", "세목명", "보조세목"], ["비목", "비목명"]),
      // Revisions (변경예산, 1회 추경, …), quarter splits and the other amount columns are told
      // apart in read/amount-columns.ts; these are the plain names of the annual budget.
      f("amount", "amount", true, ["예산액", "예산", "편성액", "연간예산", "Budget", "Amount", "본예산", "당초예산", "기정예산"]),
    ],
  },
  {
    role: "grants",
    aliases: ["교부", "교부내역", "교부현황", "Grants"],
    required: true,
    fields: [
      f("date", "date", true, ["교부일자", "교부일", "일자", "Date"]),
      f("amount", "amount", true, ["교부액", "교부금액", "금액", "Amount"]),
      f("note", "text", false, ["비고", "Note"]),
    ],
  },
  {
    role: "ledger",
    aliases: ["집행내역", "집행", "지출내역", "지출", "Ledger", "Disbursements"],
    required: true,
    fields: [
      // 거래일자/거래일시: the date column of Korean bank exports pasted as a ledger.
      f("date", "date", true, ["집행일자", "집행일", "지출일자", "일자", "날짜", "거래일", "Date", "거래일자", "거래일시", "집행일시", "결제일자", "지급일자"]),
      // The subsidy systems' exports name the line 보조세목, 세목명 (issue 8, rule 7).
      f("budgetLine", "text", true, ["사업명", "예산과목", "세부사업", "과목", "항목", "Budget line", "Program", "세목", "세목명", "보조세목", "보조세목명"], ["비목", "비목명"]),
      f("description", "text", false, ["적요", "내용", "내역", "Description", "Memo", "집행목적", "집행용도", "용도", "사용내역", "지출내용"]),
      f("payee", "text", false, ["거래처", "지급처", "업체명", "Vendor", "Payee", "거래처명", "지급처명", "상호", "가맹점명"]),
      // What was paid out; 합계 over 금액 + 부가세, 출금 − 입금 and the like: read/amount-columns.ts.
      f("amount", "amount", true, ["금액", "집행액", "지출액", "집행금액", "출금액", "Amount", "합계", "합계금액", "출금"]),
      f("voucher", "text", false, ["증빙번호", "전표번호", "증빙", "Voucher", "Ref"]),
      // A payment's status in a subsidy-system export: 반려, 집행취소 … rows are left out.
      f("status", "payment-status", false, ["집행상태", "상태", "처리상태", "승인상태", "진행상태", "결재상태", "지급상태", "Status"]),
      // A row's type: 지출, or a refund (반납, 환급, 환수, 여입, 입금) counted as a negative.
      f("kind", "text", false, ["구분", "유형", "거래구분", "입출구분", "입출금구분", "집행구분", "지출구분", "Type"]),
    ],
  },
  {
    role: "programs",
    aliases: ["사업", "사업현황", "사업계획", "추진사업", "Programs"],
    required: false,
    fields: [
      f("category", "text", false, ["구분", "분야", "영역", "Category"]),
      f("name", "text", true, ["사업명", "사업", "Program"]),
      f("quarter", "quarter", false, ["계획분기", "추진분기", "분기", "Planned quarter", "Quarter"]),
      f("date", "date", false, ["실행일자", "추진일자", "일자", "Date"]),
      f("status", "status", false, ["상태", "진행상황", "추진현황", "Status"]),
      f("note", "text", false, ["비고", "진행내용", "Note"]),
    ],
  },
];
