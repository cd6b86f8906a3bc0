// Dates: Excel date cells and serials (1900 date system), and the ways accountants type dates.
// An impossible date such as 2024-02-30 is an error; it is never rolled over to March.

import { DAYS_1900_TO_1904, isDateCell, isErrorCell, type CellValue } from "../grid";
import type { IsoDate, Quarter } from "../model";
import { err, ok, type Result } from "../result";
import { toHalfWidth } from "./text";

export type DateProblem = "date-missing" | "date-invalid" | "not-a-date" | "formula-error";

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Last serial Excel can show as a date: 9999-12-31. */
const MAX_SERIAL = 2958465;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
  );
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoFromYmd(y: number, m: number, d: number): IsoDate {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** "2024-05-24" → {2024, 5, 24}. Only for IsoDate values the core produced (always valid). */
export function ymdOfIso(iso: IsoDate): Ymd {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's civil algorithms):
// integer arithmetic only, so no time zone or Date object can shift a day.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): Ymd {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Serial 61 is 1900-03-01; day 0 of the serials from 61 on is 1899-12-30. */
const EPOCH_1899_12_30 = daysFromCivil(1899, 12, 30);

/**
 * 1900-system serial → date. Serials 1–59 are 1900-01-01..1900-02-28; 60 is Excel's fictitious
 * 1900-02-29 (a Lotus 1-2-3 bug Excel keeps), which is not a real date; 61 is 1900-03-01.
 * The fraction (time of day) is dropped.
 */
export function tryIsoFromSerial(serial: number): Result<IsoDate, DateProblem> {
  if (!Number.isFinite(serial)) return err("not-a-date");
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL) return err("not-a-date");
  if (whole === 60) return err("date-invalid");
  // A ledger has a few hundred distinct dates over many rows: share one result per date.
  const hit = serialCache.get(whole);
  if (hit !== undefined) return hit;
  const days = whole < 60 ? EPOCH_1899_12_30 + whole + 1 : EPOCH_1899_12_30 + whole;
  const { year, month, day } = civilFromDays(days);
  const r = ok(isoFromYmd(year, month, day));
  if (serialCache.size >= 4096) serialCache.clear();
  serialCache.set(whole, r);
  return r;
}

const serialCache = new Map<number, Result<IsoDate, DateProblem>>();

/** Date → 1900-system serial (inverse of tryIsoFromSerial for real dates). */
export function serialFromIso(iso: IsoDate): number {
  const { year, month, day } = ymdOfIso(iso);
  const days = daysFromCivil(year, month, day) - EPOCH_1899_12_30;
  return days < 61 ? days - 1 : days;
}

// Compiled once. Separators: "-", ".", "/", with optional spaces ("2024. 5. 24."); an optional
// weekday ("2024-05-24(금)") and trailing time from exports: 24-hour ("2024-05-24 00:00:00",
// "2024-05-24T09:30") or 12-hour, as Korean bank exports write it ("2024.05.24 오후 3:00",
// "2024-05-24 3:00:00 PM"). The time is dropped: a 12-hour time never moves the date.
const HOUR_MINUTE = String.raw`\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?`;
const MERIDIEM = String.raw`(?:오전|오후|[ap]\.?m\.?)`;
const TIME = String.raw`(?:${MERIDIEM}\s*${HOUR_MINUTE}|${HOUR_MINUTE}(?:\s*${MERIDIEM})?)`;
const TAIL = String.raw`(?:\s*\(\s*[월화수목금토일]\s*\)|\s*\(\s*(?:mon|tue|wed|thu|fri|sat|sun)\w*\s*\))?(?:[\sT]+${TIME})?`;
const SEPARATED = new RegExp(String.raw`^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*\.?` + TAIL + "$", "i");
const KOREAN = new RegExp(String.raw`^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일?` + TAIL + "$", "i");
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MAX_TEXT = 64;

/** Text as typed → date. Full-width digits are accepted. */
export function tryParseDateText(text: string): Result<IsoDate, DateProblem> {
  const s = toHalfWidth(text).trim();
  if (s === "") return err("date-missing");
  // No date is longer; the cap also keeps the patterns below linear on pathological cells.
  if (s.length > MAX_TEXT) return err("not-a-date");
  const m = SEPARATED.exec(s) ?? KOREAN.exec(s) ?? COMPACT.exec(s);
  if (!m) return err("not-a-date");
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidYmd(y, mo, d)) return err("date-invalid");
  return ok(isoFromYmd(y, mo, d));
}

/** True for a number a date column reads as a serial (not an 8-digit 20240524). */
export function isBareSerial(v: CellValue): v is number {
  return typeof v === "number" && Number.isFinite(v) && !(Number.isInteger(v) && v >= 19000101 && v <= 99991231);
}

/**
 * A cell of a date column → date. Accepts Excel date cells, bare serial numbers (a date column
 * formatted as General), 8-digit numbers typed as 20240524, and the text forms above. In a
 * 1904-system workbook (`date1904`) a bare serial counts from 1904-01-01; date cells arrive as
 * 1900-system serials from every host.
 */
export function tryParseDateCell(v: CellValue, date1904 = false): Result<IsoDate, DateProblem> {
  if (v === null || v === undefined) return err("date-missing");
  if (typeof v === "string") return tryParseDateText(v);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return err("not-a-date");
    if (Number.isInteger(v) && v >= 19000101 && v <= 99991231) {
      const y = Math.floor(v / 10000);
      const mo = Math.floor(v / 100) % 100;
      const d = v % 100;
      return isValidYmd(y, mo, d) ? ok(isoFromYmd(y, mo, d)) : err("date-invalid");
    }
    return tryIsoFromSerial(date1904 ? v + DAYS_1900_TO_1904 : v);
  }
  if (typeof v === "boolean") return err("not-a-date");
  if (isErrorCell(v)) return err("formula-error");
  if (isDateCell(v)) return typeof v.serial === "number" ? tryIsoFromSerial(v.serial) : err("not-a-date");
  return err("not-a-date");
}

/** For arguments such as `--as-of 2024-05-24`: any of the text forms above. */
export function tryParseIsoDate(text: string): Result<IsoDate, string> {
  if (typeof text !== "string") return err("not-a-date");
  return tryParseDateText(text);
}

export function quarterOfDate(iso: IsoDate): Quarter {
  return (Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1) as Quarter;
}

export function quarterLastDay(year: number, q: Quarter): IsoDate {
  const m = q * 3;
  return isoFromYmd(year, m, daysInMonth(year, m));
}

export function yearOfIso(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}
