// Words the catalogs share: the workbook's parts (sheet roles and column fields) in both languages,
// so issue params carry stable keys ("ledger", "amount") and each catalog says them its way; money
// as text; and Korean particles that follow the word before them.

import { formatAmount } from "../display";
import type { Locale } from "../locale";

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

/**
 * The task pane's controls that hints send the user to. The pane labels its controls with these
 * same words (taskpane/i18n.ts imports them), so a hint never names a button that is not there.
 */
export const paneControls = {
  /** The button that adds the template's missing sheets (the meeting sheet included). */
  createSheets: { ko: "빠진 시트 만들기", en: "Create missing sheets" },
  /** The section with the fiscal year, report quarter and as-of date. */
  period: { ko: "보고 기간", en: "Reporting period" },
  /** Its button that clears the pane's period back to the meeting sheet and the defaults. */
  resetPeriod: { ko: "회의정보 값으로 되돌리기", en: "Use the meeting sheet's values" },
  /** The button that reads the workbook again. */
  recheck: { ko: "다시 검사", en: "Check again" },
  /** The button that puts back what the last fixes changed. */
  undo: { ko: "실행 취소", en: "Undo" },
  /** The button that carries the previous minutes' plans and decisions into the meeting sheet. */
  carry: { ko: "전차 회의록에서 가져오기", en: "Import from previous minutes" },
  /** The section that shows and changes how each sheet was read (columns, total rows). */
  reading: { ko: "읽기 방식", en: "How the workbook was read" },
} as const;

/** A pane control as a hint names it, quoted: '다시 검사', 'Check again'. */
export function paneName(key: keyof typeof paneControls, locale: Locale): string {
  return `'${paneControls[key][locale]}'`;
}

/**
 * Two headers of the sheet a header-not-found issue is about, as an example for its hint: the
 * pair of the first role whose pair is among the headers looked for (a budget sheet gets
 * '사업명', '예산액', not the ledger's '집행일자', '금액'); else the first two looked for.
 */
const HEADER_EXAMPLES: readonly (readonly [string, string])[] = [
  ["사업명", "예산액"],
  ["교부일자", "교부액"],
  ["집행일자", "금액"],
  ["사업명", "상태"],
];

export function headerExample(headers: string): string {
  const looked = headers.split(",").map((h) => h.trim()).filter((h) => h !== "");
  const pair = HEADER_EXAMPLES.find(([a, b]) => looked.includes(a) && looked.includes(b)) ?? looked.slice(0, 2);
  return pair.map((h) => `'${h}'`).join(", ");
}

/** The label for a role or field key; an unknown key is shown as is rather than as "undefined". */
export function label(table: typeof roleLabels, key: string | number | undefined, locale: Locale): string {
  const k = String(key ?? "");
  return table[k]?.[locale] ?? k;
}

/** 1234567 → "1,234,567" (formatAmount); text params pass through. */
export function amountText(v: string | number | undefined): string {
  if (typeof v !== "number" || !Number.isFinite(v)) return String(v ?? "");
  return formatAmount(v);
}

/** "-300000" → -300000 for amountText; anything else stays text. */
export function numeric(v: string | number | undefined): string | number {
  if (typeof v === "string" && /^-?\d+$/.test(v)) return Number(v);
  return v ?? "";
}

// Korean particles depend on whether the word before them ends in a consonant (받침).
// Digits are read as Sino-Korean numbers (0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in one).
const DIGIT_BATCHIM = [true, true, false, true, false, false, true, true, true, false];

/** true: ends in a consonant; false: in a vowel; null: cannot tell (Latin letters, symbols). */
function endsInConsonant(word: string): { batchim: boolean; rieul: boolean } | null {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) {
      const jong = (c - 0xac00) % 28;
      return { batchim: jong !== 0, rieul: jong === 8 };
    }
    if (c >= 48 && c <= 57) return { batchim: DIGIT_BATCHIM[c - 48]!, rieul: c === 49 || c === 55 || c === 56 };
    if (c === 41 || c === 39 || c === 34 || c === 93 || c === 32 || c === 46 || c === 37 || c === 63 || c === 33) continue; // ) ' " ] space . % ? !
    return null;
  }
  return null;
}

/**
 * `word` followed by the right particle: josa("사업명", "이", "가") → "사업명이"; when it cannot
 * tell (e.g. Latin text), both forms as Korean writing does: "V-002이(가)".
 */
export function josa(word: string | number | undefined, withConsonant: string, withVowel: string): string {
  const w = String(word ?? "");
  // Text pasted from a Mac arrives decomposed (NFD): its last syllable is jamo, not a 가-힣 block.
  const e = endsInConsonant(w.normalize("NFC"));
  if (e === null) return `${w}${withConsonant}(${withVowel})`;
  // (으)로: words ending in ㄹ take 로 as vowels do.
  if (withConsonant === "으로") return `${w}${e.batchim && !e.rieul ? "으로" : "로"}`;
  return `${w}${e.batchim ? withConsonant : withVowel}`;
}

/** The row of an A1 cell ("C12" → "12"), for hints that name a row. */
export function rowOf(cell: string): string {
  return /\d+$/.exec(cell)?.[0] ?? "";
}

/** "1분기 집행 7행 17,766,010원, 2분기 집행 8행 20,061,000원" from the comma-separated lists of a note. */
export function sheetList(sheets: string, rows: string, sums: string, locale: Locale): string {
  const r = rows.split(", ");
  const m = sums.split(", ");
  return sheets
    .split(", ")
    .map((sheet, i) => (locale === "ko" ? `'${sheet}' ${r[i] ?? ""}행 ${amountText(numeric(m[i]))}원` : `'${sheet}' ${r[i] ?? ""} rows, ${amountText(numeric(m[i]))} won`))
    .join(", ");
}
