// Builds corpus sheets row by row, and knows every cell's A1 address, so a case can name the
// cells its decisions and notes are about without counting rows by hand. Own A1 and date helpers
// (a few lines each) keep the corpus independent of the core.

import { figuresFromTruth } from "./expected";
import type {
  CellValue,
  CorpusCase,
  CorpusSheet,
  CorpusWorkbook,
  ExpectedNote,
  IsoDate,
  Rule,
  SheetReading,
  Truth,
} from "./types";

/** 0-based column → letters: 0 → "A", 27 → "AB". */
export function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AB12" → { row: 11, col: 27 } (0-based). Throws on anything else: a typo in a case is a bug. */
export function parseA1(a1: string): { row: number; col: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1);
  if (!m) throw new Error(`not an A1 cell: ${a1}`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

const EPOCH_1970_AS_1900_SERIAL = 25_569;

/** 1900-system serial of a date from 1900-03-01 on (Excel's serial 61). */
export function serial1900(iso: IsoDate): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000 + EPOCH_1970_AS_1900_SERIAL;
}

/** A 1900-system serial (from 1900-03-01 on) as the UTC instant it stands for; a fraction is the time of day. */
export function dateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_1970_AS_1900_SERIAL) * 86_400_000));
}

/** The ISO date of a 1900-system serial (from 1900-03-01 on); a time of day is dropped. */
export function isoOfSerial(serial: number): IsoDate {
  return dateOfSerial(Math.floor(serial)).toISOString().slice(0, 10);
}

/** An Excel date cell as the grid carries it (1900-system serial, hosts convert). */
export function dateCell(iso: IsoDate): CellValue {
  return { kind: "date", serial: serial1900(iso) };
}

/** The 1904 system counts from 1904-01-01 = 0, which is 1900-system serial 1,462. */
export const DAYS_1900_TO_1904 = 1_462;

export class SheetBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formulas: (string | null)[][] = [];
  private readonly merges: string[] = [];

  /** `origin`: 0-based sheet row and column of the first cell (a used range need not start at A1). */
  constructor(
    readonly name: string,
    readonly origin: { readonly row: number; readonly col: number } = { row: 0, col: 0 },
  ) {}

  /** Adds a row; `formulas` maps a 0-based grid column to formula text ("=SUM(C4:C9)"). Returns its 1-based sheet row. */
  row(cells: readonly CellValue[], formulas?: Readonly<Record<number, string>>): number {
    this.values.push([...cells]);
    const f: (string | null)[] = cells.map(() => null);
    if (formulas) for (const [c, text] of Object.entries(formulas)) f[Number(c)] = text;
    this.formulas.push(f);
    return this.origin.row + this.values.length;
  }

  /** Sheet row (1-based) the next row() will get. */
  get nextRow(): number {
    return this.origin.row + this.values.length + 1;
  }

  /** Column letter of a 0-based grid column. */
  col(c: number): string {
    return letters(this.origin.col + c);
  }

  /** A1 of a 0-based grid column on a 1-based sheet row. */
  cell(c: number, sheetRow: number): string {
    return `${this.col(c)}${sheetRow}`;
  }

  /** "=SUM(C4:C9)" over grid column c, sheet rows from..to. */
  sum(c: number, from: number, to: number, fn: "SUM" | "SUBTOTAL" = "SUM"): string {
    const range = `${this.col(c)}${from}:${this.col(c)}${to}`;
    return fn === "SUM" ? `=SUM(${range})` : `=SUBTOTAL(9,${range})`;
  }

  /** Merges a sheet range; the grid keeps the value of its top-left cell only (checked by the corpus test). */
  merge(range: string): void {
    this.merges.push(range);
  }

  build(): CorpusSheet {
    const hasFormula = this.formulas.some((r) => r.some((f) => f !== null));
    return {
      name: this.name,
      origin: this.origin,
      values: this.values,
      ...(hasFormula ? { formulas: this.formulas } : {}),
      ...(this.merges.length > 0 ? { merges: [...this.merges] } : {}),
    };
  }
}

export interface CaseSpec {
  readonly id: string;
  readonly rule: Rule;
  readonly title: string;
  readonly sheets: readonly CorpusSheet[];
  readonly date1904?: boolean;
  readonly asOf?: IsoDate;
  readonly truth: Truth;
  readonly readings: readonly SheetReading[];
  /** Notes beyond the per-row ones, which are derived from the row decisions. */
  readonly notes?: readonly ExpectedNote[];
  /** The sheets the case varies; default all. */
  readonly focus?: readonly string[];
}

/**
 * A case from its spec: expected figures from the truth, and one note per total, parent,
 * refund, sign-unclear and double-entry row (the issue asks each to be noted with its cell).
 */
export function makeCase(spec: CaseSpec): CorpusCase {
  const asOf = spec.asOf ?? "2024-05-24";
  const rowNotes: ExpectedNote[] = [];
  for (const r of spec.readings)
    for (const d of r.rows) {
      const at = { sheet: r.sheet, cell: d.cell };
      if (d.kind === "total" || d.kind === "subtotal") rowNotes.push({ code: "total-row-skipped", severity: "info", scope: "row", ...at });
      else if (d.kind === "parent") rowNotes.push({ code: "parent-row-skipped", severity: "info", scope: "row", ...at });
      else if (d.kind === "refund") rowNotes.push({ code: "refund-counted", severity: "info", scope: "row", ...at });
      else if (d.kind === "sign-unclear") rowNotes.push({ code: "refund-sign-unclear", severity: "warning", scope: "row", ...at });
      else if (d.kind === "double-entry") rowNotes.push({ code: "possible-double-entry", severity: "warning", scope: "row", ...at });
    }
  const workbook: CorpusWorkbook = { sheets: spec.sheets, ...(spec.date1904 ? { date1904: true } : {}) };
  return {
    id: spec.id,
    rule: spec.rule,
    title: spec.title,
    workbook,
    asOf,
    truth: spec.truth,
    expected: figuresFromTruth(spec.truth, asOf),
    readings: spec.readings,
    notes: [...rowNotes, ...(spec.notes ?? [])],
    focus: spec.focus ?? spec.sheets.map((s) => s.name),
  };
}
