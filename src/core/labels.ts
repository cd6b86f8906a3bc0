// Words for the workbook's parts (sheet roles and column fields) in both languages, so issue
// params can carry stable keys ("ledger", "amount") and the catalog renders them per locale.

import type { Locale } from "./issues";

export const roleLabels: Readonly<Record<string, { readonly ko: string; readonly en: string }>> = {
  budget: { ko: "예산", en: "budget" },
  grants: { ko: "교부", en: "grants" },
  ledger: { ko: "집행내역", en: "ledger" },
  programs: { ko: "사업", en: "programs" },
  meeting: { ko: "회의", en: "meeting" },
};

export const fieldLabels: Readonly<Record<string, { readonly ko: string; readonly en: string }>> = {
  date: { ko: "일자", en: "date" },
  budgetLine: { ko: "사업명(예산과목)", en: "budget line" },
  description: { ko: "적요", en: "description" },
  payee: { ko: "거래처", en: "payee" },
  amount: { ko: "금액", en: "amount" },
  voucher: { ko: "증빙번호", en: "voucher" },
  category: { ko: "구분", en: "category" },
  note: { ko: "비고", en: "note" },
  name: { ko: "사업명", en: "program name" },
  quarter: { ko: "분기", en: "quarter" },
  status: { ko: "상태", en: "status" },
};

/** The label for a role or field key; an unknown key is shown as is rather than as "undefined". */
export function label(table: typeof roleLabels, key: string | number | undefined, locale: Locale): string {
  const k = String(key ?? "");
  return table[k]?.[locale] ?? k;
}

/** "집행내역 시트 D7 셀" / "sheet 집행내역, cell D7": where an issue is, for the start of a message. */
export function place(p: Readonly<Record<string, string | number>>, locale: Locale): string {
  const sheet = String(p["sheet"] ?? "");
  const cell = String(p["cell"] ?? "");
  if (locale === "ko") return cell ? `'${sheet}' 시트 ${cell} 셀` : `'${sheet}' 시트`;
  return cell ? `Sheet '${sheet}', cell ${cell}` : `Sheet '${sheet}'`;
}

/** 1234567 → "1,234,567"; text params pass through. */
export function amountText(v: string | number | undefined): string {
  if (typeof v !== "number" || !Number.isFinite(v)) return String(v ?? "");
  const neg = v < 0;
  const digits = String(Math.abs(Math.trunc(v)));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return (neg ? "-" : "") + out;
}

/** "-300000" → -300000 for amountText; anything else stays text. */
export function numeric(v: string | number | undefined): string | number {
  if (typeof v === "string" && /^-?\d+$/.test(v)) return Number(v);
  return v ?? "";
}
