// The meeting's date and time (회의일시) as the minutes show it: a Korean date-time text typed by
// the user, or an Excel date-time cell written out in the same words ("2024년 6월 4일 16시").

import { isDateCell, type CellValue } from "../grid";
import type { IsoDate } from "../model";
import { tryIsoFromSerial, tryParseDateText, ymdOfIso } from "../parse/date";

/** "2024년 6월 4일 16시", "2024-06-04 16:00", or an Excel date-time cell. */
export function readDateTime(raw: CellValue, text: string): { text?: string; date?: IsoDate } {
  if (isDateCell(raw) || (typeof raw === "number" && raw > 0)) {
    const serial = isDateCell(raw) ? raw.serial : raw;
    const day = tryIsoFromSerial(serial);
    if (!day.ok) return text === "" ? {} : { text };
    const minutes = Math.round((serial - Math.floor(serial)) * 1440);
    return { text: koreanDateTime(day.value, minutes), date: day.value };
  }
  if (text === "") return {};
  // The date part before a Korean time ("16시", "오후 4시 30분") or an hh:mm.
  const datePart = text
    .replace(/\s*(?:오전|오후|AM|PM)?\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?.*$/i, "")
    .replace(/\s*\(\s*[월화수목금토일]\s*\)\s*$/, "")
    .trim();
  const date = tryParseDateText(datePart);
  return date.ok ? { text, date: date.value } : { text };
}

function koreanDateTime(iso: IsoDate, minutes: number): string {
  const { year, month, day } = ymdOfIso(iso);
  const base = `${year}년 ${month}월 ${day}일`;
  if (minutes <= 0) return base;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${base} ${h}시` : `${base} ${h}시 ${m}분`;
}
