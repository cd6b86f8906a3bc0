// Names for the sheets the report adds. Excel refuses names longer than 31 characters, names
// with []:*?/\ , names starting or ending with an apostrophe, and the reserved name "History";
// names compare case-insensitively. An existing sheet is never overwritten silently: a free name
// is chosen unless the caller explicitly asked to replace.

import type { Quarter } from "../model";

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

function sameName(a: string, b: string): boolean {
  return a.normalize("NFC").toLocaleLowerCase() === b.normalize("NFC").toLocaleLowerCase();
}

export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    [...name].length <= MAX_SHEET_NAME &&
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

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join("");
}

/** Whether `name` is taken among `existing`, ignoring case as Excel does. */
export function isNameTaken(name: string, existing: readonly string[]): boolean {
  return existing.some((e) => sameName(e, name));
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

/** A sheet name as a reference needs it ("'회의록'!A1"): in apostrophes, inner ones doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
