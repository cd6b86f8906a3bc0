// Names as compared by the core: budget lines, programs, sheet names and headers. Text pasted from
// a Mac arrives decomposed (NFD), so everything is NFC-normalised before it is compared.

import { toHalfWidth } from "./text";

const SPACES = /\s+/g;

/** NFC, trimmed, runs of whitespace (incl. no-break and ideographic spaces) collapsed to one space. */
export function normalizeName(s: string): string {
  if (typeof s !== "string") return "";
  return isPlainName(s) ? s : s.normalize("NFC").replace(SPACES, " ").trim();
}

/**
 * True when normalising cannot change the text: printable ASCII, precomposed Hangul syllables and
 * CJK characters only, single spaces, none at the ends. Lets 100,000 ledger rows skip the work.
 */
export function isPlainName(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c > 32 && c < 127) continue;
    if (c >= 0xac00 && c <= 0xd7a3) continue; // Hangul syllables (NFC-stable)
    if (c >= 0x3001 && c <= 0x303f) continue; // CJK punctuation (not U+3000, a space)
    if (c >= 0x4e00 && c <= 0x9fff) continue; // CJK ideographs
    if (c === 0x00b7 || c === 0x2024 || c === 0x2027 || c === 0x2022) continue; // middle dots
    return false;
  }
  return true;
}

/** For matching headers and sheet names: normalised, full-width folded, lower-case, no spaces at all. */
export function nameKey(s: string): string {
  return toHalfWidth(normalizeName(s)).toLowerCase().replace(SPACES, "");
}

// A year before or after a sheet name: "2024 예산", "2024년 예산", "FY2024 Budget", "예산(2024)",
// "예산_2024", "Budget 2024년도". Applied to the key (no spaces, lower-case).
const LEADING_YEAR = /^(?:fy)?(\d{4})(?:년도|년)?[_.\-]*/;
const TRAILING_YEAR = /[_.\-]*[(\[]?(?:fy)?(\d{4})(?:년도|년)?[)\]]?$/;

// Excel names a copied sheet "예산 (2)": the copy is still the budget. At most 3 digits, so
// "예산(2024)" stays a year.
const COPY_SUFFIX = /\(\d{1,3}\)$/;

/** The sheet name's key without a copy suffix and a leading or trailing year, and that year if there was one. */
export function splitSheetYear(name: string): { key: string; year: number | null } {
  let key = nameKey(name);
  let year: number | null = null;
  if (key.length > 100) return { key, year }; // no sheet name is this long (Excel allows 31)
  const copy = COPY_SUFFIX.exec(key);
  if (copy && copy.index > 0) key = key.slice(0, copy.index);
  const lead = LEADING_YEAR.exec(key);
  if (lead && lead[0].length < key.length) {
    year = Number(lead[1]);
    key = key.slice(lead[0].length);
  } else {
    const trail = TRAILING_YEAR.exec(key);
    if (trail && trail.index > 0) {
      year = Number(trail[1]);
      key = key.slice(0, trail.index);
    }
  }
  return { key, year };
}

/** A period before the name of a sheet kept per quarter or month: "1분기 집행", "3월 지출", "상반기 집행내역". */
const LEADING_PERIOD_OF_SHEET = /^(?:\d{1,2}(?:분기|월)|[1-4]q|q[1-4]|상반기|하반기)[_.\-]*/;

/**
 * True when the sheet's name is one of the aliases, ignoring case, spaces, a year before or after
 * and a quarter or month before ("1분기 집행").
 */
export function matchSheetName(name: string, aliases: readonly string[]): boolean {
  const { key } = splitSheetYear(name);
  const period = LEADING_PERIOD_OF_SHEET.exec(key);
  const bare = period && period[0].length < key.length ? key.slice(period[0].length) : key;
  return aliases.some((a) => nameKey(a) === key || nameKey(a) === bare);
}

// 월계 and 누계 are a cash book's month and running totals; 총 예산 and 예산 총액 a budget's.
const TOTAL_WORDS = new Set(["총합계", "합계", "소계", "총계", "누계", "계", "월계", "총액", "총예산", "예산총액", "예산합계"]);
/** Words of a total over part of the rows: a run (소계), a month (월계), everything so far (누계). */
const SUBTOTAL_WORDS = /소계|월계|누계|subtotal|sub total/;
/** A whole sheet's total, even when written as two words. */
const GRAND_TOTALS = new Set(["총합계", "총예산", "예산총액", "예산합계", "grandtotal", "합계", "총계", "계", "total", "totals", "총액"]);
const PUNCTUATION = /[()\[\]<>{}※*:：\-_.,·'"]+/g;
const PARENTHETICAL = /[(\[<].*?[)\]>]/g;
/** "1분기 소계", "3월 합계", "2차 합계": a period before the word. */
const LEADING_PERIOD = /^\d+(?:분기|월|차)?/;
const TOTAL_WORD = /total/i;
const ENGLISH_TOTAL = /^(?:grand\s*|sub\s*)?totals?\b|\b(?:sub)?totals?$/;

function isTotalWord(token: string): boolean {
  return TOTAL_WORDS.has(token) || TOTAL_WORDS.has(token.replace(LEADING_PERIOD, ""));
}

/**
 * True for a total or subtotal label: 합계, 소계, 계, 총계, Total, Subtotal, also qualified
 * ("1분기 소계", "교육사업 소계", "합계(교육)", "[합계]", "Grand total"). The word must stand alone
 * (spaced words, brackets aside), so "총계정원장 출력" or "합계표 작성 교육" are not totals. Cheap
 * for ordinary text: most cells are rejected by two scans before any normalisation.
 */
export function isTotalLabel(text: string): boolean {
  // A total label is short; the cap also keeps the bracket patterns linear on pathological cells.
  if (typeof text !== "string" || text.length > 100) return false;
  // One scan for "계" or "총", decomposed Hangul (none of them until normalised) or a "t" of "total".
  let hasKo = false;
  let hasT = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 계 (합계, 소계, 월계), 총 (총액, 총 예산), or decomposed Hangul.
    if (c === 0xacc4 || c === 0xcd1d || (c >= 0x1100 && c <= 0x11ff)) hasKo = true;
    else if (c === 0x74 || c === 0x54 || c === 0xff54 || c === 0xff34) hasT = true;
  }
  const hasEn = hasT && TOTAL_WORD.test(toHalfWidth(text));
  if (!hasKo && !hasEn) return false;
  const n = normalizeName(toHalfWidth(text)).toLowerCase();
  if (hasEn && ENGLISH_TOTAL.test(n.replace(PARENTHETICAL, "").trim())) return true;
  // With and without bracketed qualifiers: "소계(교육)" and "[합계]" are both totals.
  for (const variant of [n.replace(PARENTHETICAL, " "), n]) {
    const t = variant.replace(PUNCTUATION, " ").trim();
    if (t === "") continue;
    if (isTotalWord(t.replace(/ /g, ""))) return true; // "합 계"
    const tokens = t.split(/ +/);
    if (isTotalWord(tokens[0]!) || isTotalWord(tokens[tokens.length - 1]!)) return true;
  }
  return false;
}

/**
 * For a total label (isTotalLabel), whether it totals the whole sheet ("합계", "총 예산", "Total")
 * or a part of it ("1월 소계", "월계", "누계", "상반기 계", "교육 합계": a word with a qualifier).
 */
export function totalLabelKind(text: string): "total" | "subtotal" {
  const n = normalizeName(toHalfWidth(text)).toLowerCase().replace(PARENTHETICAL, " ").replace(PUNCTUATION, " ").trim();
  if (SUBTOTAL_WORDS.test(n)) return "subtotal";
  return GRAND_TOTALS.has(n.replace(/ /g, "")) ? "total" : "subtotal";
}

/** Levenshtein distance over UTF-16 units (names here are Hangul syllables after NFC). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * The known name nearest to `name`, when it is near enough to be a plausible typo: distance at
 * most a third of the longer name (min 1), compared without spaces and case. Null otherwise.
 */
export function nearestName(name: string, known: readonly string[]): string | null {
  const k = nameKey(name);
  if (k === "" || k.length > 100) return null; // no plausible typo of a line name is this long
  let best: string | null = null;
  let bestD = Infinity;
  for (const cand of known) {
    const ck = nameKey(cand);
    if (ck.includes(k) || k.includes(ck)) {
      const d = Math.abs(ck.length - k.length);
      if (d < bestD) {
        bestD = d;
        best = cand;
      }
      continue;
    }
    const d = editDistance(k, ck);
    if (d < bestD && d <= Math.max(1, Math.floor(Math.max(k.length, ck.length) / 3))) {
      bestD = d;
      best = cand;
    }
  }
  return best;
}
