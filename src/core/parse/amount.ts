// Amounts in won as accountants type them: 1,200,000 / 1,200,000원 / ₩1,200,000 / １２３，４５６ /
// (50,000) and -50,000 for refunds. Won has no minor unit, so a fraction is a problem, not rounding.

import { isDateCell, isErrorCell, type CellValue } from "../grid";
import { won, type Won } from "../money";
import { err, ok, type Result } from "../result";
import { toHalfWidth } from "./text";

export type AmountProblem = "amount-missing" | "not-an-amount" | "fractional-won" | "formula-error" | "amount-too-large";

/** 1조 원. Far above any line of a center's budget; bigger is a pasted account number or a typo. */
export const MAX_AMOUNT = 1_000_000_000_000;

/**
 * Formula results such as =SUM(...) of whole won can carry binary noise (66460585.00000001);
 * Excel shows them as whole won, so they count as whole. Anything further off is a real fraction.
 */
const NOISE = 1e-6;
/** A number scaled from 천원 or 백만원 carries noise relative to its size (123.456789 × 10⁶). */
const RELATIVE_NOISE = 1e-13;

function fromNumber(n: number): Result<Won, AmountProblem> {
  if (!Number.isFinite(n)) return err("not-an-amount");
  const r = Math.round(n);
  // Whole numbers (nearly every cell) skip the noise test.
  if (r !== n && Math.abs(n - r) > Math.max(NOISE, Math.abs(n) * RELATIVE_NOISE)) return err("fractional-won");
  if (Math.abs(r) > MAX_AMOUNT) return err("amount-too-large");
  return ok(won(r === 0 ? 0 : r)); // no -0
}

// Digits with correct thousands grouping, or none; an optional decimal part (".00" is whole won).
const NUMBER_TEXT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;

/**
 * Text → won, the number read in units of `factor` won (천원: 1000), so "7.5" 백만원 is 7,500,000.
 * "-" alone is an accountant's zero. Empty text is a missing amount.
 */
function tryParseAmountTextScaled(text: string, factor: number): Result<Won, AmountProblem> {
  let s = toHalfWidth(text).trim();
  if (s === "") return err("amount-missing");
  if (s === "-") return ok(won(0));
  if (s.length > 64) return err("not-an-amount"); // 1조 with separators and marks is ~25 characters
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-") || s.startsWith("+")) {
    if (s[0] === "-") negative = !negative;
    s = s.slice(1).trim();
  }
  // Currency marks: ₩ (U+20A9), full-width ￦ (U+FFE6), and "\" which Korean fonts draw as ₩.
  if (s.startsWith("₩") || s.startsWith("￦") || s.startsWith("\\")) s = s.slice(1).trim();
  if (s.endsWith("원")) s = s.slice(0, -1).trim();
  if (s.startsWith("-") && !negative) {
    // "₩-50,000"
    negative = true;
    s = s.slice(1).trim();
  }
  if (s.indexOf(" ") >= 0) s = s.replace(/ +/g, "");
  if (!NUMBER_TEXT.test(s)) return err("not-an-amount");
  const n = Number(s.replace(/,/g, ""));
  return fromNumber((negative ? -n : n) * factor);
}

/**
 * A cell of an amount column → won. Never throws, whatever the cell holds. `factor` is the
 * sheet's unit in won ("(단위: 천원)": 1000): the cell's number times the factor must be whole won.
 */
export function tryParseAmount(v: CellValue, factor = 1): Result<Won, AmountProblem> {
  if (v === null || v === undefined) return err("amount-missing");
  if (typeof v === "number") return fromNumber(factor === 1 ? v : v * factor);
  if (typeof v === "string") return tryParseAmountTextScaled(v, factor);
  if (isErrorCell(v)) return err("formula-error");
  if (isDateCell(v)) return err("not-an-amount");
  return err("not-an-amount");
}
