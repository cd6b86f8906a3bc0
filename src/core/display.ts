// How figures are shown in reports, the task pane and the CLI. Ratios are kept unrounded in the
// figures; rounding happens only here, half-up, to a whole percent by default ("35%").

import type { IsoDate } from "./model";
import type { Won } from "./money";

/** 192500000 → "192,500,000"; -50000 → "-50,000". */
export function formatAmount(w: Won | number): string {
  if (!Number.isFinite(w)) return "-";
  const neg = w < 0;
  const digits = String(Math.abs(Math.trunc(w)));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return neg ? `-${out}` : out;
}

/** 192500000 → "192,500,000원". */
export function formatWon(w: Won | number): string {
  return `${formatAmount(w)}원`;
}

function percentText(scaled: bigint, decimals: 0 | 1, negative: boolean): string {
  const sign = negative && scaled !== 0n ? "-" : "";
  if (decimals === 0) return `${sign}${scaled}%`;
  return `${sign}${scaled / 10n}.${scaled % 10n}%`;
}

/**
 * numerator ÷ denominator as a percent, rounded half-up (away from zero) with exact integer
 * arithmetic: 66,460,585 ÷ 192,500,000 = 34.5250…% → "35%"; ÷ 96,250,000 = 69.0499…% → "69%".
 * A zero denominator gives "-".
 */
export function formatRatioOf(numerator: Won | number, denominator: Won | number, decimals: 0 | 1 = 0): string {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) return "-";
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const n = BigInt(Math.abs(numerator));
  const d = BigInt(Math.abs(denominator));
  const scale = decimals === 1 ? 1000n : 100n;
  // floor((n·scale)/d + 1/2) = floor((2·n·scale + d) / (2·d))
  const scaled = (2n * n * scale + d) / (2n * d);
  return percentText(scaled, decimals, negative);
}

/**
 * An unrounded ratio (0.345… for 34.5…%) as a percent, half-up. For ratios already held as numbers;
 * the figures' own display strings come from formatRatioOf on the integer amounts. Null → "-".
 */
export function formatRatio(r: number | null, decimals: 0 | 1 = 0): string {
  if (r === null || !Number.isFinite(r)) return "-";
  const scale = decimals === 1 ? 1000 : 100;
  // Snap binary noise (0.345 * 100 = 34.49999…) to 9 decimals before rounding half-up.
  const x = Math.round(Math.abs(r) * scale * 1e9) / 1e9;
  return percentText(BigInt(Math.floor(x + 0.5)), decimals, r < 0);
}

/** "2024-05-24" → "2024년 5월 24일". */
export function formatKoreanDate(iso: IsoDate): string {
  return `${Number(iso.slice(0, 4))}년 ${formatKoreanMonthDay(iso)}`;
}

/** "2024-05-24" → "5월 24일". */
export function formatKoreanMonthDay(iso: IsoDate): string {
  return `${Number(iso.slice(5, 7))}월 ${Number(iso.slice(8, 10))}일`;
}

/** "2024년 2분기", or "2분기" when the year is not known. */
export function quarterText(year: number | undefined, quarter: number): string {
  return `${year !== undefined ? `${year}년 ` : ""}${quarter}분기`;
}

/** The cumulative report period in words: "1~2분기" ("Q1–Q2"), just "1분기" ("Q1") in the first quarter. */
export function formatPeriod(quarter: number, locale: "ko" | "en" = "ko"): string {
  if (locale === "en") return quarter === 1 ? "Q1" : `Q1–Q${quarter}`;
  return quarter === 1 ? "1분기" : `1~${quarter}분기`;
}

/**
 * How a report names the budget it used: "2024년 총 예산", or "2024년 총 예산(변경)" when the
 * budget sheet has revisions and the figures use each line's latest (issue 8, rule 2).
 */
export function totalBudgetLabel(year: number, revised: boolean): string {
  return `${year}년 총 예산${revised ? "(변경)" : ""}`;
}
