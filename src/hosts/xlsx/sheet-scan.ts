// One worksheet's XML → the core's grid, in one forward scan of the text (no DOM, no per-cell
// objects beyond the values). Shared and inline strings, rich text, formulas as their cached
// result (NOT_CALCULATED without one, shared formulas included), errors, booleans, ISO dates, and
// numbers in a date format as dates (1904 workbooks converted to the 1900 serials the core uses).

import { NOT_CALCULATED, type CellValue, type SheetGrid } from "../../core/grid";
import { usedRange } from "./grid-edit";
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
  /** The sheet's view has tabSelected: it opens selected in Excel. */
  readonly tabSelected: boolean;
}

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (the 1900 system's day 0) to 1970-01-01. */
const EPOCH_OFFSET_DAYS = 25_569;
/** Days from the 1900 system's day 0 to the 1904 system's. */
export const DAYS_1904 = 1_462;

/** A serial of the workbook's date system → the 1900-system serial, rounded to the millisecond (as ExcelJS did). */
export function toSerial1900(v: number, date1904: boolean): number {
  return Math.round((v - EPOCH_OFFSET_DAYS + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY) / MS_PER_DAY + EPOCH_OFFSET_DAYS;
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
    if (after !== 62 && after !== 32 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
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

/** Merged areas: the followers of small ones in a set, large ones as rectangles. */
function mergeFollowers(xml: string, from: number, p: string): { set: Set<number>; big: { top: number; left: number; bottom: number; right: number }[] } {
  const set = new Set<number>();
  const big: { top: number; left: number; bottom: number; right: number }[] = [];
  const re = new RegExp(`<${p}mergeCell\\s[^>]*?ref\\s*=\\s*["']([A-Za-z]+\\d+):([A-Za-z]+\\d+)["']`, "g");
  re.lastIndex = from;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const a = parseRef(m[1]!);
    const b = parseRef(m[2]!);
    if (!a || !b) continue;
    const top = Math.min(a.row, b.row);
    const bottom = Math.max(a.row, b.row);
    const left = Math.min(a.col, b.col);
    const right = Math.max(a.col, b.col);
    if ((bottom - top + 1) * (right - left + 1) > 10_000) {
      big.push({ top, left, bottom, right });
      continue;
    }
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) set.add(r * 16_384 + c);
  }
  return { set, big };
}

/** Attributes r, t, s of a <c> or <row> start tag between `from` and `to` (the ">"). */
function cellAttrs(xml: string, from: number, to: number, out: { r: string; t: string; s: string }): void {
  out.r = "";
  out.t = "";
  out.s = "";
  let i = from;
  while (i < to) {
    let c = xml.charCodeAt(i);
    while (i < to && (c === 32 || c === 9 || c === 10 || c === 13 || c === 47)) c = xml.charCodeAt(++i);
    const nameStart = i;
    while (i < to && xml.charCodeAt(i) !== 61 /* = */) i++;
    const name = xml.slice(nameStart, i).trim();
    i++;
    while (i < to && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) i++;
    const quote = xml.charCodeAt(i);
    const valueStart = ++i;
    while (i < to && xml.charCodeAt(i) !== quote) i++;
    const value = xml.slice(valueStart, i);
    i++;
    if (name === "r") out.r = value;
    else if (name === "t") out.t = value;
    else if (name === "s") out.s = value;
  }
}

/** Scans one worksheet's XML into its used range of values. */
export function scanSheet(xml: string, ctx: ScanContext): ScannedSheet {
  const p = rootPrefix(xml);
  const dataStart = xml.indexOf(`<${p}sheetData`);
  const tabSelected = /\btabSelected\s*=\s*["'](1|true)["']/.test(xml.slice(0, dataStart < 0 ? Math.min(xml.length, 20_000) : dataStart));
  if (dataStart < 0) return { origin: { row: 0, col: 0 }, values: [], tabSelected };
  const dataEndTag = `</${p}sheetData>`;
  let dataEnd = xml.indexOf(dataEndTag, dataStart);
  if (dataEnd < 0) dataEnd = xml.length;
  const merges = mergeFollowers(xml, dataEnd, p);
  const isFollower = (r: number, c: number) => merges.set.has(r * 16_384 + c) || merges.big.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
  const checkMerges = merges.set.size > 0 || merges.big.length > 0;

  const rowTag = `<${p}row`;
  const cellTag = `<${p}c`;
  const cellEnd = `</${p}c>`;
  const vOpen = `<${p}v`;
  const vClose = `</${p}v>`;
  const fOpen = `<${p}f`;
  const isOpen = `<${p}is>`;
  const isClose = `</${p}is>`;
  const a = { r: "", t: "", s: "" };
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: CellValue[] = [];
  let row = -1;
  let col = -1;
  let i = xml.indexOf(">", dataStart) + 1;
  while (i > 0 && i < dataEnd) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= dataEnd) break;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) break;
    if (xml.startsWith(rowTag, lt) && isBoundary(xml.charCodeAt(lt + rowTag.length))) {
      cellAttrs(xml, lt + rowTag.length, gt, a);
      const r = Number(a.r);
      row = a.r !== "" && r > 0 ? r - 1 : row + 1;
      col = -1;
      i = gt + 1;
      continue;
    }
    if (!(xml.startsWith(cellTag, lt) && isBoundary(xml.charCodeAt(lt + cellTag.length)))) {
      i = gt + 1; // </row>, extLst and anything else between cells
      continue;
    }
    cellAttrs(xml, lt + cellTag.length, gt, a);
    const ref = a.r !== "" ? parseRef(a.r) : null;
    if (ref) {
      row = ref.row;
      col = ref.col;
    } else {
      col++;
      if (row < 0) row = 0;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const end = selfClosing ? gt + 1 : xml.indexOf(cellEnd, gt);
    if (end < 0) break;
    i = selfClosing ? end : end + cellEnd.length;
    if (selfClosing) continue; // a styled empty cell
    // Searched within the cell only (a sliced string is cheap): a search to the end of the sheet
    // for an element most cells lack would make the scan quadratic.
    const inner = xml.slice(gt + 1, end);
    let v: string | null = null;
    const vAt = inner.indexOf(vOpen);
    if (vAt >= 0 && isBoundary(inner.charCodeAt(vAt + vOpen.length))) {
      const vGt = inner.indexOf(">", vAt);
      if (inner.charCodeAt(vGt - 1) === 47) v = "";
      else {
        const vEnd = inner.indexOf(vClose, vGt);
        v = inner.slice(vGt + 1, vEnd < 0 ? inner.length : vEnd);
      }
    }
    const fAt = inner.indexOf(fOpen);
    const hasFormula = fAt >= 0 && isBoundary(inner.charCodeAt(fAt + fOpen.length));
    let value: CellValue;
    if (a.t === "inlineStr") {
      const isAt = inner.indexOf(isOpen);
      value = isAt >= 0 ? stringItemText(inner.slice(isAt + isOpen.length, inner.indexOf(isClose, isAt)), p) : v !== null ? decodeCellText(v) : null;
    } else if (v === null) {
      value = hasFormula ? { kind: "error", code: NOT_CALCULATED } : null;
    } else {
      value = convert(a.t, a.s, v, ctx);
    }
    if (value === null || value === "") continue;
    if (checkMerges && isFollower(row, col)) continue;
    rows.push(row);
    cols.push(col);
    vals.push(value);
  }
  return { ...usedRange(rows, cols, vals), tabSelected };
}

function isBoundary(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

function convert(t: string, s: string, v: string, ctx: ScanContext): CellValue {
  switch (t) {
    case "s": {
      const str = ctx.sharedStrings[Number(v)];
      return str === undefined ? null : str;
    }
    case "str":
      return decodeCellText(v);
    case "b":
      return v.trim() === "1" || v.trim().toLowerCase() === "true";
    case "e":
      return { kind: "error", code: decodeCellText(v).trim() };
    case "d": {
      // ISO 8601 without a zone is the cell's wall-clock time: read as UTC, like the other dates.
      const iso = decodeCellText(v).trim();
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes("T") ? iso : `${iso}Z`);
      return Number.isNaN(ms) ? iso : { kind: "date", serial: ms / MS_PER_DAY + EPOCH_OFFSET_DAYS };
    }
    default: {
      const n = Number(v);
      if (v.trim() === "" || !Number.isFinite(n)) return null;
      return s !== "" && ctx.dateStyles[Number(s)] ? { kind: "date", serial: toSerial1900(n, ctx.date1904) } : n;
    }
  }
}
