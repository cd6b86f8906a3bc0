// What the reader looks for, per data sheet role: the sheet names, and each column's field, kind,
// whether it is required and the headers it is known by. The template (plan/template.ts) takes
// its columns from here too, so what it writes is always what is read.

import type { SheetRole } from "../model";

export type DataRole = Exclude<SheetRole, "meeting">;
export type FieldKind = "text" | "date" | "amount" | "quarter" | "status";

export interface FieldSpec {
  readonly field: string;
  readonly headers: readonly string[];
  readonly required: boolean;
  readonly kind: FieldKind;
}

export interface RoleSpec {
  readonly role: DataRole;
  readonly aliases: readonly string[];
  /** A missing required sheet is an error; a missing optional one (programs) a warning. */
  readonly required: boolean;
  readonly fields: readonly FieldSpec[];
}

const f = (field: string, kind: FieldKind, required: boolean, headers: string[]): FieldSpec => ({ field, kind, required, headers });

export const ROLE_SPECS: readonly RoleSpec[] = [
  {
    role: "budget",
    aliases: ["예산", "예산총괄", "예산현황", "Budget"],
    required: true,
    fields: [
      f("category", "text", false, ["구분", "분야", "영역", "Category"]),
      f("budgetLine", "text", true, ["사업명", "예산과목", "세부사업", "항목", "Budget line", "Program"]),
      f("amount", "amount", true, ["예산액", "예산", "편성액", "연간예산", "Budget", "Amount"]),
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
      f("date", "date", true, ["집행일자", "집행일", "지출일자", "일자", "날짜", "거래일", "Date", "거래일자", "거래일시"]),
      f("budgetLine", "text", true, ["사업명", "예산과목", "세부사업", "과목", "항목", "Budget line", "Program"]),
      f("description", "text", false, ["적요", "내용", "내역", "Description", "Memo"]),
      f("payee", "text", false, ["거래처", "지급처", "업체명", "Vendor", "Payee"]),
      f("amount", "amount", true, ["금액", "집행액", "지출액", "집행금액", "출금액", "Amount"]),
      f("voucher", "text", false, ["증빙번호", "전표번호", "증빙", "Voucher", "Ref"]),
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

/** How far down the used range the header row may be. */
export const HEADER_SEARCH_ROWS = 20;
