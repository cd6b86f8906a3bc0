// The one place the audit calls the core and the .xlsx host. When the redesign changes
// analyzeWorkbook's signature or the host's reader, only this file changes: everything else
// compares the neutral AuditResult below with the corpus's expectations.

import { analyzeWorkbook } from "../../src/core/analyze";
import type { WorkbookGrid } from "../../src/core/grid";
import { readWorkbookGrid, tryLoadXlsx } from "../../src/hosts/xlsx/xlsx-port";
import type { Field, Quarters, Role, RowKind } from "./corpus/types";

export interface AuditLine {
  readonly category: string;
  readonly name: string;
  readonly budget: number;
  readonly executed: number;
  readonly byQuarter: Quarters;
}

export interface AuditFigures {
  readonly totalBudget: number;
  readonly grantsToDate: number;
  readonly executedToDate: number;
  /** Unrounded; null for a zero divisor. */
  readonly ratioToBudget: number | null;
  readonly ratioToGrants: number | null;
  readonly display: { readonly ratioToBudget: string; readonly ratioToGrants: string };
  readonly byQuarter: Quarters;
  readonly lines: readonly AuditLine[];
  readonly categories: readonly { readonly category: string; readonly budget: number; readonly executed: number }[];
}

export interface AuditIssue {
  readonly severity: "error" | "warning" | "info";
  readonly code: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** What the core says it recognised on one sheet (today's `recognized`). */
export interface AuditSheet {
  readonly sheet: string;
  readonly role: string;
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<Field, string>>>;
}

/**
 * The choices issue 8 asks the core to show (point 11): per sheet, the rows taken as totals,
 * parents, cancelled or refunds with their cell, the unit and the budget columns. Today's core
 * exposes none of them: null.
 */
export interface AuditChoices {
  readonly rows: readonly { readonly sheet: string; readonly kind: RowKind; readonly cell: string }[];
  readonly units: readonly { readonly sheet: string; readonly factor: number; readonly cell: string }[];
  readonly budgetColumns: readonly { readonly sheet: string; readonly columns: readonly string[] }[];
}

export interface AuditResult {
  readonly figures: AuditFigures | null;
  readonly issues: readonly AuditIssue[];
  readonly sheets: readonly AuditSheet[];
  readonly choices: AuditChoices | null;
}

/** Runs the core on a workbook as of a date (the fiscal year and report quarter follow from it). */
export function analyzeForAudit(book: WorkbookGrid, asOf: string): AuditResult {
  const a = analyzeWorkbook(book, { asOf });
  const f = a.figures;
  return {
    figures: f && {
      totalBudget: f.totalBudget,
      grantsToDate: f.grantsToDate,
      executedToDate: f.executedToDate,
      ratioToBudget: f.ratioToBudget,
      ratioToGrants: f.ratioToGrants,
      display: { ...f.display },
      byQuarter: [...f.byQuarter] as unknown as Quarters,
      lines: f.lines.map((l) => ({ category: l.category, name: l.name, budget: l.budget, executed: l.executed, byQuarter: [...l.byQuarter] as unknown as Quarters })),
      categories: f.categories.map((c) => ({ category: c.category, budget: c.budget, executed: c.executed })),
    },
    issues: a.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      ...(i.sheet !== undefined ? { sheet: i.sheet } : {}),
      ...(i.cell !== undefined ? { cell: i.cell } : {}),
      params: i.params,
    })),
    sheets: a.recognized.map((r) => ({ sheet: r.sheet, role: r.role, headerRow: r.headerRow, columns: r.columns })),
    choices: null,
  };
}

/** .xlsx bytes → the grid the host gives the core (today: values only, formulas as cached results). */
export async function readXlsxForAudit(bytes: Uint8Array): Promise<WorkbookGrid> {
  const loaded = await tryLoadXlsx(bytes);
  if (!loaded.ok) throw new Error(`the host cannot read a corpus workbook: ${loaded.error.detail}`);
  return readWorkbookGrid(loaded.value);
}

export type { Role };
