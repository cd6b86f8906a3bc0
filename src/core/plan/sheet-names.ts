// Excel's rules for sheet names, in one place for the core and every host: at most 31 characters
// (counted as Excel counts them, in UTF-16 code units, so "😀" is two), none of []:*?/\ , no
// apostrophe at either end, no control characters, not the reserved name "History"; names compare
// ignoring case. Also the names for the sheets the report adds: an existing sheet is never
// overwritten silently, a free name is chosen unless the caller explicitly asked to replace.

import type { Quarter } from "../model";

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A name's length as Excel counts it against MAX_SHEET_NAME: UTF-16 code units. */
export function sheetNameLength(name: string): number {
  return name.length;
}

/** Whether two names are the same sheet to Excel (case-insensitive; NFC, as text pasted from a Mac may not be). */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toLocaleLowerCase() === b.normalize("NFC").toLocaleLowerCase();
}

/** A sheet's name in a formula or a link: quoted, with inner apostrophes doubled ('It''s'!A1). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    sheetNameLength(name) <= MAX_SHEET_NAME &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !/[\u0000-\u001f]/.test(name) &&
    name.toLowerCase() !== "history"
  );
}

/** Replaces forbidden characters with "-", strips edge apostrophes and control characters, shortens to 31. */
export function sanitizeSheetName(text: string, fallback = "Sheet"): string {
  let name = text
    .normalize("NFC")
    .replace(/[\u0000-\u001f]/g, " ")
    .replace(FORBIDDEN, "-")
    .replace(/\s+/g, " ")
    .trim();
  name = truncate(name, MAX_SHEET_NAME).replace(/^'+|'+$/g, "").trim();
  if (name === "" || name.toLowerCase() === "history") name = name === "" ? fallback : `${name} (1)`;
  return name;
}

/** The longest start of `text` within `max` UTF-16 units that does not split a character. */
function truncate(text: string, max: number): string {
  if (sheetNameLength(text) <= max) return text;
  let out = "";
  for (const ch of text) {
    if (sheetNameLength(out + ch) > max) break;
    out += ch;
  }
  return out;
}

/** Whether `name` is taken among `existing`, ignoring case as Excel does. */
export function isNameTaken(name: string, existing: readonly string[]): boolean {
  return existing.some((e) => sameSheetName(e, name));
}

/**
 * A valid name based on `base` that none of `existing` has: `base`, else "base (2)", "base (3)"…,
 * shortening the base so the whole name stays within 31 characters.
 */
export function chooseSheetName(base: string, existing: readonly string[]): string {
  const clean = sanitizeSheetName(base);
  if (!isNameTaken(clean, existing)) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = truncate(clean, MAX_SHEET_NAME - suffix.length).replace(/'+$/, "").trimEnd();
    const candidate = `${stem}${suffix}`;
    if (!isNameTaken(candidate, existing)) return candidate;
  }
}

/** "회의록 2024-2분기" and "집행현황 2024-2분기". */
export function reportSheetBases(year: number, quarter: Quarter): { readonly minutes: string; readonly summary: string } {
  return { minutes: `회의록 ${year}-${quarter}분기`, summary: `집행현황 ${year}-${quarter}분기` };
}
