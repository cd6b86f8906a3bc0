import { isDateCell, isErrorCell, type CellValue } from "../grid";
import { tryIsoFromSerial } from "./date";

/** The cell as the user would read it, for the `value` of an issue. Never throws. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isErrorCell(v)) return String(v.code);
  if (isDateCell(v)) {
    const r = tryIsoFromSerial(v.serial);
    return r.ok ? r.value : String(v.serial);
  }
  return "";
}
