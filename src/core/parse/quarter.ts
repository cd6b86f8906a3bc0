// Quarters as typed in program sheets: 2분기, Q2, 2Q, 2024-Q2, 2024년 2분기, 2/4분기, and lists or
// ranges (3, 4분기 / 1~2분기 / Q2-Q3), plus 상반기/하반기; and report quarters such as 2024Q2.

import { isErrorCell, type CellValue } from "../grid";
import type { Quarter } from "../model";
import { err, ok, type Result } from "../result";
import { toHalfWidth } from "./text";

export type QuarterProblem = "quarter-invalid" | "formula-error";

export interface QuarterSpec {
  /** A year given with the quarter ("2024-Q2"); absent when only quarters were written. */
  readonly year?: number;
  /** Ascending, without duplicates; empty for an empty cell. */
  readonly quarters: readonly Quarter[];
}

const YEAR_PREFIX = /^(\d{4})\s*(?:년도|년|fy)?\s*[-./]?\s*/i;
const YEAR_SUFFIX = /\s*[(\[]?\s*(\d{4})\s*(?:년도|년)?\s*[)\]]?$/;
const SLASH_FOUR = /([1-4])\s*\/\s*4\s*분기/g;
const ITEM = /^([1-4])(?:\s*(?:~|-|–|〜|～|to)\s*([1-4]))?$/i;
const SEPARATORS = /\s*(?:,|、|·|\/|;|\+|&|및|and)\s*/i;

function isQuarter(n: number): n is Quarter {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/** Text → quarters. */
export function tryParseQuarterText(text: string): Result<QuarterSpec, QuarterProblem> {
  let s = toHalfWidth(text).normalize("NFC").trim();
  if (s === "") return ok({ quarters: [] });
  // No quarter spec is longer; the cap also keeps the patterns below linear on pathological cells.
  if (s.length > 64) return err("quarter-invalid");
  let year: number | undefined;
  const pre = /^\d{4}/.test(s) ? YEAR_PREFIX.exec(s) : null;
  if (pre && pre[0].length < s.length) {
    year = Number(pre[1]);
    s = s.slice(pre[0].length);
  } else {
    const suf = YEAR_SUFFIX.exec(s);
    if (suf && suf.index > 0) {
      year = Number(suf[1]);
      s = s.slice(0, suf.index);
    }
  }
  s = s.replace(SLASH_FOUR, "$1분기").trim();
  if (s === "상반기") return ok(withYear(year, [1, 2]));
  if (s === "하반기") return ok(withYear(year, [3, 4]));
  if (/^(?:연중|연간|전체|통년|all\s*year|year-?round)$/i.test(s)) return ok(withYear(year, [1, 2, 3, 4]));
  // Drop the words around the numbers: 분기, Q (before or after a digit), "quarter".
  s = s.replace(/분기|quarters?|qtr/gi, " ").replace(/q\s*([1-4])/gi, "$1").replace(/([1-4])\s*q/gi, "$1").trim();
  if (s === "") return err("quarter-invalid");
  const found = new Set<Quarter>();
  for (const part of s.split(SEPARATORS)) {
    const m = ITEM.exec(part.trim());
    if (!m) return err("quarter-invalid");
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (!isQuarter(a) || !isQuarter(b) || b < a) return err("quarter-invalid");
    for (let q = a; q <= b; q++) found.add(q as Quarter);
  }
  return ok(withYear(year, [...found].sort((x, y) => x - y)));
}

function withYear(year: number | undefined, quarters: Quarter[]): QuarterSpec {
  return year === undefined ? { quarters } : { year, quarters };
}

/** A cell of a quarter column → quarters. Numbers 1–4 are quarters. Never throws. */
export function tryParseQuarters(v: CellValue): Result<QuarterSpec, QuarterProblem> {
  if (v === null || v === undefined) return ok({ quarters: [] });
  if (typeof v === "string") return tryParseQuarterText(v);
  if (typeof v === "number") return isQuarter(v) ? ok({ quarters: [v] }) : err("quarter-invalid");
  if (isErrorCell(v)) return err("formula-error");
  return err("quarter-invalid");
}

/** A report quarter with its year: "2024Q2", "2024-Q2", "2024 Q2", "2024년 2분기", "Q2 2024". */
export function tryParseReportQuarter(text: string): Result<{ year: number; quarter: Quarter }, string> {
  if (typeof text !== "string") return err("quarter-invalid");
  const r = tryParseQuarterText(text);
  if (!r.ok) return err(r.error);
  const { year, quarters } = r.value;
  if (year === undefined || year < 1900 || year > 9999) return err("year-missing");
  if (quarters.length !== 1) return err("quarter-invalid");
  return ok({ year, quarter: quarters[0]! });
}
