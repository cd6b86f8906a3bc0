// One worksheet's XML → the core's grid, in one forward scan of the text (no DOM, no per-cell
// objects beyond the values). Shared and inline strings, rich text, formulas as their cached
// result (NOT_CALCULATED without one, shared formulas included), errors, booleans, ISO dates, and
// numbers in a date format as dates (1904 workbooks converted to the 1900 serials the core uses).

import { DAYS_1900_TO_1904, NOT_CALCULATED, type CellValue, type SheetGrid } from "../../core/grid";
import { mayBeTotalFormula } from "../../core/parse/formula";
import { at, decodeUtf8, find, findLast, int, isBoundary } from "./bytes";
import { formulaRows, usedRange } from "./grid-edit";
import { decodeCellText } from "./xml";

export interface ScanContext {
  readonly sharedStrings: readonly string[];
  /** Per cell style index: a number in it is a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

export interface ScannedSheet {
  readonly origin: SheetGrid["origin"];
  readonly values: SheetGrid["values"];
  /** The formulas that may mark a total (SUM, SUBTOTAL, one column added), parallel to values; absent when none. */
  readonly formulas?: SheetGrid["formulas"];
  /** Merged ranges spanning columns (a group header), in A1; absent when none. */
  readonly merges?: readonly string[];
  /** The sheet's view has tabSelected: it opens selected in Excel. */
  readonly tabSelected: boolean;
}

export const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (the 1900 system's day 0) to 1970-01-01. */
export const EPOCH_OFFSET_DAYS = 25_569;

/** A serial of the workbook's date system → the 1900-system serial, rounded to the millisecond (as ExcelJS did). */
export function toSerial1900(v: number, date1904: boolean): number {
  return Math.round((v - EPOCH_OFFSET_DAYS + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY) / MS_PER_DAY + EPOCH_OFFSET_DAYS;
}

/** "AB12" → 0-based { row, col }; null when it is not a cell reference. */
export function parseRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i === ref.length) return null;
  const row = Number(ref.slice(i));
  return Number.isInteger(row) && row > 0 ? { row: row - 1, col: col - 1 } : null;
}

/** The namespace prefix of the root element ("x:" or ""). */
export function rootPrefix(xml: string): string {
  for (let i = xml.indexOf("<"); i >= 0; i = xml.indexOf("<", i + 1)) {
    const c = xml[i + 1];
    if (c === "?" || c === "!") continue;
    const m = /^<([\w.-]+:)?[\w.-]+/.exec(xml.slice(i, i + 200));
    return m?.[1] ?? "";
  }
  return "";
}

/** All <t> texts of a string item (<si> or <is>), phonetic guides (<rPh>) left out. */
export function stringItemText(inner: string, p: string): string {
  let s = inner;
  if (s.indexOf("rPh") >= 0) s = s.replace(new RegExp(`<${p}rPh\\b[\\s\\S]*?</${p}rPh>`, "g"), "");
  const open = `<${p}t`;
  const close = `</${p}t>`;
  let out = "";
  for (let i = s.indexOf(open); i >= 0; i = s.indexOf(open, i)) {
    const after = s.charCodeAt(i + open.length);
    const gt = s.indexOf(">", i);
    if (gt < 0) break;
    if (!isBoundary(after)) {
      i = gt; // <tabColor …> or another element starting with t
      continue;
    }
    if (s.charCodeAt(gt - 1) === 47) {
      i = gt;
      continue;
    }
    const end = s.indexOf(close, gt);
    if (end < 0) break;
    out += s.slice(gt + 1, end);
    i = end + close.length;
  }
  return decodeCellText(out);
}

/** sharedStrings.xml → the strings in order. */
export function parseSharedStrings(xml: string): string[] {
  const p = rootPrefix(xml);
  const out: string[] = [];
  const open = `<${p}si`;
  const close = `</${p}si>`;
  for (let i = xml.indexOf(open); i >= 0; i = xml.indexOf(open, i)) {
    const gt = xml.indexOf(">", i);
    if (gt < 0) break;
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push("");
      i = gt;
      continue;
    }
    const end = xml.indexOf(close, gt);
    if (end < 0) break;
    out.push(stringItemText(xml.slice(gt + 1, end), p));
    i = end + close.length;
  }
  return out;
}

/** The core needs merged ranges only to read group headers: at most this many are handed over. */
const MERGES_PASSED = 2_000;

/**
 * Merged areas: the followers of small ones in a set, large ones as rectangles, and the ranges
 * spanning columns as A1 (for the core's two-row headers).
 */
function mergeFollowers(xml: string, p: string): { set: Set<number>; big: { top: number; left: number; bottom: number; right: number }[]; ranges: string[] } {
  const set = new Set<number>();
  const big: { top: number; left: number; bottom: number; right: number }[] = [];
  const ranges: string[] = [];
  const re = new RegExp(`<${p}mergeCell\\s[^>]*?ref\\s*=\\s*["']([A-Za-z]+\\d+):([A-Za-z]+\\d+)["']`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const a = parseRef(m[1]!);
    const b = parseRef(m[2]!);
    if (!a || !b) continue;
    const top = Math.min(a.row, b.row);
    const bottom = Math.max(a.row, b.row);
    const left = Math.min(a.col, b.col);
    const right = Math.max(a.col, b.col);
    if (right > left && ranges.length < MERGES_PASSED) ranges.push(`${m[1]!.toUpperCase()}:${m[2]!.toUpperCase()}`);
    if ((bottom - top + 1) * (right - left + 1) > 10_000) {
      big.push({ top, left, bottom, right });
      continue;
    }
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) set.add(r * 16_384 + c);
  }
  return { set, big, ranges };
}

const enc = new TextEncoder();

/** Cell types (the t attribute) as small numbers, so the hot loop compares no strings. */
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

/** A number as Excel stores it (<v>): integers without a string; anything else through Number(). */
function number(b: Uint8Array, from: number, to: number): number {
  const neg = b[from] === 45;
  const n = int(b, neg ? from + 1 : from, to);
  if (n >= 0 && to - from < 16) return neg ? -n : n;
  const text = latin(b, from, to).trim();
  return text === "" ? NaN : Number(text);
}

function latin(b: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i]!);
  return s;
}

const text = decodeUtf8;

/** Scans one worksheet's XML (UTF-8 bytes, as stored) into its used range of values, without decoding all of it. */
export function scanSheet(b: Uint8Array, ctx: ScanContext): ScannedSheet {
  const p = rootPrefix(latin(b, 0, Math.min(b.length, 600)).replace(/[^\x00-\x7f]/g, "?"));
  const seq = (s: string) => enc.encode(s);
  const dataStart = find(b, seq(`<${p}sheetData`), 0, b.length);
  const head = text(b, 0, dataStart < 0 ? Math.min(b.length, 20_000) : dataStart);
  const tabSelected = /\btabSelected\s*=\s*["'](1|true)["']/.test(head);
  if (dataStart < 0) return { origin: { row: 0, col: 0 }, values: [], tabSelected };
  // Found from the end: it closes the cells, so searching forward would pass over every one of them.
  let dataEnd = findLast(b, seq(`</${p}sheetData>`), dataStart, b.length);
  if (dataEnd < 0) dataEnd = b.length;
  const merges = mergeFollowers(text(b, dataEnd, b.length), p);
  const isFollower = (r: number, c: number) => merges.set.has(r * 16_384 + c) || merges.big.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
  const checkMerges = merges.set.size > 0 || merges.big.length > 0;

  const rowTag = seq(`<${p}row`);
  const cellTag = seq(`<${p}c`);
  const cellEnd = seq(`</${p}c>`);
  const vOpen = seq(`<${p}v`);
  const vClose = seq(`</${p}v>`);
  const fOpen = seq(`<${p}f`);
  const isOpen = seq(`<${p}is>`);
  const isClose = seq(`</${p}is>`);
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: CellValue[] = [];
  // Formulas that may mark a total, with their cells (most sheets have none).
  const fRows: number[] = [];
  const fCols: number[] = [];
  const fTexts: string[] = [];
  const fClose = seq(`</${p}f>`);
  let row = -1;
  let col = -1;
  let i = b.indexOf(62, dataStart) + 1;
  while (i > 0 && i < dataEnd) {
    const lt = b.indexOf(60, i);
    if (lt < 0 || lt >= dataEnd) break;
    const gt = b.indexOf(62, lt);
    if (gt < 0) break;
    const isRow = at(b, lt, rowTag) && isBoundary(b[lt + rowTag.length]!);
    if (!isRow && !(at(b, lt, cellTag) && isBoundary(b[lt + cellTag.length]!))) {
      i = gt + 1; // </row>, extLst and anything else between cells
      continue;
    }
    // Attributes: r (a row number or a cell reference), t and s; parsed from the bytes.
    let rRow = -1;
    let rCol = -1;
    let type = T_NUMBER;
    let style = -1;
    let k = lt + (isRow ? rowTag.length : cellTag.length);
    while (k < gt) {
      while (k < gt && (b[k] === 32 || b[k] === 9 || b[k] === 10 || b[k] === 13 || b[k] === 47)) k++;
      const nameStart = k;
      while (k < gt && b[k] !== 61) k++;
      let nameEnd = k;
      while (nameEnd > nameStart && (b[nameEnd - 1] === 32 || b[nameEnd - 1] === 9)) nameEnd--;
      while (k < gt && b[k] !== 34 && b[k] !== 39) k++;
      const quote = b[k];
      const vs = ++k;
      while (k < gt && b[k] !== quote) k++;
      const ve = k++;
      if (nameEnd - nameStart !== 1) continue;
      const name = b[nameStart];
      if (name === 114 /* r */) {
        if (isRow) rRow = int(b, vs, ve) - 1;
        else {
          let c = 0;
          let j = vs;
          for (; j < ve && ((b[j]! | 0x20) >= 97 && (b[j]! | 0x20) <= 122); j++) c = c * 26 + ((b[j]! | 0x20) - 96);
          const r = int(b, j, ve);
          if (j > vs && r > 0) (rRow = r - 1), (rCol = c - 1);
        }
      } else if (name === 116 /* t */) {
        const len = ve - vs;
        const c0 = b[vs];
        type = len === 1 ? (c0 === 115 ? T_SHARED : c0 === 98 ? T_BOOL : c0 === 101 ? T_ERROR : c0 === 100 ? T_DATE : T_NUMBER) : len === 3 && c0 === 115 ? T_STR : len === 9 && c0 === 105 ? T_INLINE : T_NUMBER;
      } else if (name === 115 /* s */) style = int(b, vs, ve);
    }
    if (isRow) {
      row = rRow >= 0 ? rRow : row + 1;
      col = -1;
      i = gt + 1;
      continue;
    }
    if (rRow >= 0) {
      row = rRow;
      col = rCol;
    } else {
      col++;
      if (row < 0) row = 0;
    }
    if (b[gt - 1] === 47) {
      i = gt + 1; // a styled empty cell
      continue;
    }
    // One pass over the cell's inner tags: <v>…</v>, <f…>, <is>…</is>, up to </c>.
    let vs = -1;
    let ve = -1;
    let hasFormula = false;
    let formula: string | null = null;
    let isAt = -1;
    let isEnd = -1;
    let end = -1;
    for (let j = b.indexOf(60, gt + 1); j >= 0 && j < dataEnd; j = b.indexOf(60, j + 1)) {
      if (at(b, j, cellEnd)) {
        end = j;
        break;
      }
      if (at(b, j, vOpen) && isBoundary(b[j + vOpen.length]!)) {
        const vGt = b.indexOf(62, j);
        if (b[vGt - 1] === 47) vs = ve = vGt;
        else vs = vGt + 1;
        j = vGt;
      } else if (vs >= 0 && ve < 0 && at(b, j, vClose)) ve = j;
      else if (at(b, j, fOpen) && isBoundary(b[j + fOpen.length]!)) {
        hasFormula = true;
        // The formula's text (a shared formula's followers have none): kept only if it may mark a total.
        const fGt = b.indexOf(62, j);
        if (fGt > 0 && b[fGt - 1] !== 47) {
          const fEnd = find(b, fClose, fGt, dataEnd);
          if (fEnd > fGt && fEnd - fGt < 600) {
            const f = decodeCellText(text(b, fGt + 1, fEnd)).trim();
            if (mayBeTotalFormula(f)) formula = `=${f}`;
            j = fEnd;
          }
        }
      }
      else if (at(b, j, isOpen)) isAt = j;
      else if (at(b, j, isClose)) isEnd = j;
    }
    if (end < 0) break;
    i = end + cellEnd.length;
    if (vs >= 0 && ve < 0) ve = end;
    let value: CellValue;
    if (type === T_INLINE) {
      value = isAt >= 0 ? stringItemText(text(b, isAt + isOpen.length, isEnd < 0 ? end : isEnd), p) : vs >= 0 ? decodeCellText(text(b, vs, ve)) : null;
    } else if (vs < 0) {
      value = hasFormula ? { kind: "error", code: NOT_CALCULATED } : null;
    } else if (type === T_SHARED) {
      const index = int(b, vs, ve);
      const str = ctx.sharedStrings[index >= 0 ? index : Number(latin(b, vs, ve).trim())];
      value = str === undefined ? null : str;
    } else if (type === T_NUMBER) {
      const n = number(b, vs, ve);
      value = !Number.isFinite(n) ? null : style >= 0 && ctx.dateStyles[style] ? { kind: "date", serial: toSerial1900(n, ctx.date1904) } : n;
    } else {
      value = convert(type, text(b, vs, ve));
    }
    if (value === null || value === "") continue;
    if (checkMerges && isFollower(row, col)) continue;
    rows.push(row);
    cols.push(col);
    vals.push(value);
    if (formula !== null) {
      fRows.push(row);
      fCols.push(col);
      fTexts.push(formula);
    }
  }
  const range = usedRange(rows, cols, vals);
  return {
    ...range,
    ...(fTexts.length > 0 ? { formulas: formulaRows(range.origin, fRows, fCols, fTexts) } : {}),
    ...(merges.ranges.length > 0 ? { merges: merges.ranges } : {}),
    tabSelected,
  };
}

/** The grid fields of a scanned sheet: its used range, and the formulas and merges the core reads. */
export function gridOfScan(s: ScannedSheet): Pick<SheetGrid, "origin" | "values" | "formulas" | "merges"> {
  return { origin: s.origin, values: s.values, ...(s.formulas ? { formulas: s.formulas } : {}), ...(s.merges ? { merges: s.merges } : {}) };
}

/** Values of the less common types, from the <v> text. */
function convert(type: number, v: string): CellValue {
  switch (type) {
    case T_STR:
      return decodeCellText(v);
    case T_BOOL:
      return v.trim() === "1" || v.trim().toLowerCase() === "true";
    case T_ERROR:
      return { kind: "error", code: decodeCellText(v).trim() };
    default: {
      // ISO 8601 (t="d") without a zone is the cell's wall-clock time: read as UTC, like the other dates.
      const iso = decodeCellText(v).trim();
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes("T") ? iso : `${iso}Z`);
      return Number.isNaN(ms) ? iso : { kind: "date", serial: ms / MS_PER_DAY + EPOCH_OFFSET_DAYS };
    }
  }
}
