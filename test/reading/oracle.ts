// A reader that knows nothing but a case's expected decisions: which sheet, which header rows,
// which column for each field, which budget columns, the unit, and which rows are totals, parents,
// cancelled or refunds. Reading every corpus workbook by its decisions must give back the
// builder's truth; that checks the grid, the decisions and the truth against one another, and
// shows the decision format is enough to read a workbook. Never used on the core's output.

import { DAYS_1900_TO_1904, isoOfSerial, parseA1 } from "./corpus/sheet-builder";
import type { CellValue, CorpusCase, CorpusSheet, RowKind, SheetReading, Truth, TruthGrant, TruthLine, TruthPayment } from "./corpus/types";

function sheetOf(c: CorpusCase, name: string): CorpusSheet {
  const s = c.workbook.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`${c.id}: no sheet '${name}'`);
  return s;
}

/** The value at a 0-based sheet row and a column letter. */
function at(s: CorpusSheet, row: number, letter: string | undefined): CellValue {
  if (letter === undefined) return null;
  const col = parseA1(`${letter}1`).col;
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

const blank = (v: CellValue): boolean => v === null || (typeof v === "string" && v.trim() === "");

function text(v: CellValue): string {
  return typeof v === "string" ? v.normalize("NFC").replace(/\s+/g, " ").trim() : v === null ? "" : String(v);
}

function num(v: CellValue, where: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^-?[\d,]+(\.\d+)?$/.test(v.trim())) return Number(v.replace(/,/g, ""));
  throw new Error(`${where}: not an amount: ${JSON.stringify(v)}`);
}

function won(x: number, factor: number, where: string): number {
  const w = Math.round(x * factor);
  if (Math.abs(w - x * factor) > 1e-6) throw new Error(`${where}: ${x} × ${factor} is not whole won`);
  return w;
}

function date(v: CellValue, date1904: boolean, where: string): string {
  if (typeof v === "object" && v !== null && v.kind === "date") return isoOfSerial(v.serial);
  if (typeof v === "number") return isoOfSerial(date1904 ? v + DAYS_1900_TO_1904 : v);
  if (typeof v === "string") {
    const m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})/.exec(v.trim());
    if (m) return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  }
  throw new Error(`${where}: not a date: ${JSON.stringify(v)}`);
}

interface Out {
  lines: TruthLine[];
  grants: TruthGrant[];
  payments: TruthPayment[];
}

function readSheet(c: CorpusCase, r: SheetReading, out: Out): void {
  const s = sheetOf(c, r.sheet);
  const kinds = new Map<number, RowKind[]>();
  for (const d of r.rows) {
    const row = parseA1(d.cell).row;
    kinds.set(row, [...(kinds.get(row) ?? []), d.kind]);
  }
  const factor = r.unit?.factor ?? 1;
  const cols = r.columns;
  const read = [cols.category, cols.budgetLine, cols.amount, cols.date, ...(r.budgetColumns ?? []), r.amountMinus].filter(
    (x): x is string => x !== undefined,
  );
  let carried = "";
  const start = r.headerRows[r.headerRows.length - 1]!; // 1-based header row = 0-based first data row
  for (let row = start; row < s.origin.row + s.values.length; row++) {
    const where = `${c.id} ${r.sheet}!row ${row + 1}`;
    const k = kinds.get(row) ?? [];
    if (k.includes("parent")) {
      carried = text(at(s, row, cols.category)) || text(at(s, row, cols.budgetLine));
      continue;
    }
    if (k.includes("total") || k.includes("subtotal") || k.includes("cancelled")) continue;
    if (read.every((l) => blank(at(s, row, l)))) continue;
    if (r.role === "budget") {
      const cat = text(at(s, row, cols.category));
      if (cat !== "") carried = cat;
      if (read.every((l) => l === cols.category || blank(at(s, row, l)))) continue; // a section heading
      const budgets = (r.budgetColumns ?? [cols.amount!]).map((l) => at(s, row, l));
      const given = budgets.filter((v) => !blank(v));
      const line: TruthLine = {
        category: carried,
        name: text(at(s, row, cols.budgetLine)),
        budget: won(num(given[given.length - 1]!, where), factor, where),
        ...(r.budgetColumns ? { original: won(num(budgets[0]!, where), factor, where) } : {}),
      };
      out.lines.push(line);
    } else if (r.role === "grants") {
      out.grants.push({ date: date(at(s, row, cols.date), c.workbook.date1904 === true, where), amount: won(num(at(s, row, cols.amount), where), factor, where) });
    } else {
      const plus = at(s, row, cols.amount);
      const minus = at(s, row, r.amountMinus);
      let amount = won((blank(plus) ? 0 : num(plus, where)) - (blank(minus) ? 0 : num(minus, where)), factor, where);
      if (k.includes("refund")) amount = -Math.abs(amount);
      out.payments.push({ date: date(at(s, row, cols.date), c.workbook.date1904 === true, where), line: text(at(s, row, cols.budgetLine)), amount });
    }
  }
}

/** The truth as read back through the case's decisions alone. */
export function readByDecisions(c: CorpusCase): Truth {
  const out: Out = { lines: [], grants: [], payments: [] };
  for (const r of c.readings) readSheet(c, r, out);
  return out;
}
