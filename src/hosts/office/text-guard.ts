// Which strings Excel would not keep as typed, how to write them so they stay text, and which
// number formats are dates.
//
// Range.values parses strings like typed input. Documented (Range.values reference): a value that
// starts with "=", "+" or "-" is interpreted as a formula; "@" is treated the same here, to be safe.
// Numbers, percents, dates, times and TRUE/FALSE are converted as typing converts them, and a
// leading apostrophe is Excel's quote prefix: the rest is stored as text, the apostrophe is not part
// of the value (as when typed). Whether a text number format ("@") set first keeps a string as text
// through the API is documented nowhere we could find, and neither is what an apostrophe does in a
// cell that already has the text format. So the host writes such strings with the quote prefix into
// a cell that does not have the text format at that moment, and sets "@" afterwards as a second
// guard (it keeps the cell text when the user edits it later). See the real-Excel checklist.

/** True when Excel would not keep this string as typed: a formula, number, date, boolean, or a
 * leading apostrophe that would be taken as the quote prefix. */
export function needsTextFormat(s: string): boolean {
  if (/^[=+\-@']/.test(s)) return true;
  // Full-width digits and signs are read as their ASCII forms by Excel's input parsing.
  const t = s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (t === "") return false;
  if (/^[=+\-@]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  // Numbers with separators, signs, currency, percent, exponent, parentheses for negatives.
  if (/^[(₩$€£¥]?\s*[\d.,\s]*\d[\d.,\s]*(e[+-]?\d+)?\s*[)%]?$/i.test(t)) return true;
  // Korean currency as typed ("1,200,000원"): cheap insurance, Excel's parsing varies by locale.
  if (/^[\d.,\s]*\d[\d.,\s]*\s*원$/.test(t)) return true;
  // Dates and times in the shapes Excel (ko-KR and en-US) recognises.
  if (/^\d{1,4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,4})?\.?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i.test(t)) return true;
  if (/^(\d{2,4}\s*년\s*)?\d{1,2}\s*월(\s*\d{1,2}\s*일)?$/.test(t) || /^\d{2,4}\s*년$/.test(t)) return true;
  if (/^\d{1,2}\s*(월|일)$/.test(t)) return true;
  return false;
}

/** The string to put in Range.values so that Excel stores exactly `s` as text. */
export function literalText(s: string): string {
  return needsTextFormat(s) ? `'${s}` : s;
}

/**
 * True for number formats that show a date or time (so a "Double" cell is a date). Quoted text,
 * backslash escapes and bracketed locale/colour codes are ignored; [h]/[m]/[s] elapsed time counts.
 */
export function isDateFormat(format: string): boolean {
  if (format === "" || /^general$/i.test(format) || format === "@") return false;
  const section = format.split(";")[0] ?? "";
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
  return /[dmyhs]/i.test(bare.replace(/general/gi, ""));
}
