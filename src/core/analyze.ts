// The core's one entry: analyze(grid, choice). It reads the meeting sheet and the data sheets,
// decides the period (period.ts), checks across sheets, computes the figures, and returns all of
// it with what the reader saw — per sheet the header, columns and what became of each row — the
// fixes on offer and the template sheets the workbook lacks. Issues are collected in one list
// and sorted once, here. Synchronous and pure: load first, then compute; nothing here walks the
// grid twice or touches a host. What the shells keep of it (AnalysisSummary) leaves out the rows
// read, which only the core walks: standalone mode analyses in its worker and hands that over.

import { columnLetters } from "./address";
import { checkSpending } from "./alarms";
import { checkDates, checkDuplicateBudgetLines, checkGrantsWithinBudget, checkOverspent, checkUnknownLines } from "./checks";
import { parseChoice, type AnalysisChoice } from "./choice";
import { computeFigures, indexBudget } from "./figures";
import type { Fix } from "./fixes";
import type { WorkbookGrid } from "./grid";
import { findCauses, type Cause } from "./issues/causes";
import type { Issue } from "./issues/issue";
import { sortIssues } from "./issues/sort";
import { decideFollowUp, type FollowUp } from "./meeting/follow-up";
import type { MeetingInfo } from "./meeting/model";
import { checkMeetingQuarter } from "./meeting/other-quarter";
import { readMeeting } from "./meeting/read";
import type { Figures, RecognizedColumn, RecognizedSheet, Records } from "./model";
import { won } from "./money";
import { decidePeriod, givenPeriod, givenYear, type PeriodDecision } from "./period";
import { missingTemplateSheets, type TemplateSheet } from "./plan/template";
import type { ColumnReading } from "./read/header";
import { Overrides } from "./read/overrides";
import type { SheetReading } from "./read/rows";
import { readSettings, type SettingsReading } from "./read/settings";
import type { DataRole } from "./read/specs";
import { readWorkbook } from "./read/workbook";

export interface Analysis {
  /** The choice as used: fields that were not valid are left out (each has an option-invalid warning). */
  readonly choice: AnalysisChoice;
  /** The report period with the source of each field; null when no fiscal year can be found. */
  readonly period: PeriodDecision | null;
  /** The meeting sheet as read, or null when the workbook has none. */
  readonly meeting: MeetingInfo | null;
  /** What the reader saw on each data sheet whose header row it found, in role order. */
  readonly sheets: readonly SheetReading[];
  /** The same in short (role, sheet, header row, field → column letter, rows read). */
  readonly recognized: readonly RecognizedSheet[];
  /** The sheet found for each data role, read or not (a sheet whose header row was not found is here, not in `sheets`). */
  readonly found: readonly { readonly role: DataRole; readonly sheet: string }[];
  readonly records: Records;
  /** Null when no fiscal year can be determined, or the sums would not be exact. */
  readonly figures: Figures | null;
  /** The minutes' section 2: last meeting's plans and decisions with their progress; null without a period. */
  readonly followUp: FollowUp | null;
  /** Every issue, sorted: errors first, then by sheet, row and column. */
  readonly issues: readonly Issue[];
  /** Causes behind many of those errors, with the action that removes them (its `explains` are issues of `issues`). */
  readonly causes: readonly Cause[];
  /** Mechanical fixes on offer, sheet by sheet, top to bottom, left to right. */
  readonly fixes: readonly Fix[];
  /** The template's sheets the workbook lacks, the meeting sheet included (the pane's "create the missing sheets", the CLI's add-sheets). */
  readonly missingTemplateSheets: readonly TemplateSheet[];
  /** Every sheet of the workbook, in order (the report names its sheets beside them). */
  readonly sheetNames: readonly string[];
  /** The reading settings sheet as read (its table, for the pane to change one choice), or null. */
  readonly readingSettings: SettingsReading | null;
}

/**
 * What the shells use of an analysis: all of it but the rows read — the reader's per-sheet
 * readings (`sheets`) and the ledger's records, the part that grows to 100,000 rows. Only the
 * core's own steps walk those, inside analyze; figures, issues, causes, fixes and the rest are
 * here. The budget's, grants' and programs' records stay (the minutes list the programs).
 */
export interface AnalysisSummary extends Omit<Analysis, "sheets" | "records"> {
  readonly records: Omit<Records, "ledger">;
}

/** The summary of an analysis: the same objects, without the rows read (nothing is copied). */
export function summarizeAnalysis(a: Analysis): AnalysisSummary {
  const { sheets: _sheets, records, ...rest } = a;
  const { ledger: _ledger, ...kept } = records;
  return { ...rest, records: kept };
}

const column = (c: ColumnReading): RecognizedColumn => ({ letter: c.letter, header: c.header, cell: c.headerCell });

function recognizedOf(sheet: SheetReading, headerCells: ReadonlyMap<string, readonly RecognizedColumn[]>): RecognizedSheet {
  const columns: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const c of sheet.columns) {
    columns[c.field] = c.letter;
    headers[c.field] = c.header;
  }
  let sum = 0;
  for (const r of sheet.records as readonly { amount?: number }[]) sum += r.amount ?? 0;
  return {
    role: sheet.role,
    sheet: sheet.sheet,
    headerRow: sheet.headerRow,
    headerRows: sheet.headerRows,
    columns,
    headers,
    chosen: sheet.columns.filter((c) => c.source === "user").map((c) => c.field),
    ...(sheet.budgetColumns ? { budgetColumns: sheet.budgetColumns.map(column) } : {}),
    ...(sheet.amountMinus ? { amountMinus: column(sheet.amountMinus) } : {}),
    ...(sheet.unit ? { unit: sheet.unit } : {}),
    rows: sheet.decisions,
    rowCount: sheet.records.length,
    // A sum past 2^53 is not exact (totals-too-large says so): none rather than a wrong one.
    ...(sheet.role !== "programs" && Number.isSafeInteger(sum) ? { sum: won(sum) } : {}),
    headerCells: headerCells.get(sheet.sheet) ?? [],
  };
}

/**
 * Reads, validates and measures a workbook for the choice. Period fields not chosen come from the
 * meeting sheet, then from the workbook (period.ts); invalid choices are ignored with a warning.
 */
export function analyze(grid: WorkbookGrid, choice: AnalysisChoice = {}): Analysis {
  const issues: Issue[] = [];
  const chosen = parseChoice(choice, issues);
  // The meeting sheet's own issues come after the workbook's, and the notes on what the choice
  // overrode after those: the order the report has always listed them in for equal places.
  const meetingIssues: Issue[] = [];
  const { meeting, issues: meetingRead } = readMeeting(grid);
  meetingIssues.push(...meetingRead);
  const given = givenPeriod(chosen.period ?? {}, meeting, meetingIssues);

  const readingSettings = readSettings(grid, issues);
  const overrides = new Overrides(readingSettings?.entries ?? [], chosen);
  const read = readWorkbook(grid, givenYear(given), overrides, issues);
  const { budget, grants, ledgers, programs } = read;
  const records: Records = {
    budget: budget?.records ?? [],
    grants: grants?.records ?? [],
    ledger: ledgers.length === 1 ? ledgers[0]!.records : ledgers.flatMap((l) => l.records),
    programs: programs?.records ?? [],
  };
  const index = indexBudget(records.budget);
  if (budget) checkDuplicateBudgetLines(budget, issues);
  // Without a budget sheet every line would be "unknown"; sheet-missing already says it.
  if (budget) for (const ledger of ledgers) checkUnknownLines(ledger, index, issues, budget.refusedNames);

  const budgetFound = read.found.find((f) => f.role === "budget");
  const period = decidePeriod(
    given,
    {
      budgetSheet: budgetFound?.sheet ?? null,
      nameYear: budgetFound?.nameYear ?? null,
      titleYear: budget?.titleYear ?? null,
      ledger: records.ledger,
      grants: records.grants,
    },
    issues,
  );

  let figures: Figures | null = null;
  let followUp: FollowUp | null = null;
  // Each amount is at most 1조 won, but a huge sheet of them could still pass 2^53: then no sum
  // is exact, and no figure is better than a wrong one.
  let sumAbs = 0;
  for (const rows of [records.budget, records.grants, records.ledger]) for (const r of rows) sumAbs += Math.abs(r.amount);
  if (period && sumAbs > Number.MAX_SAFE_INTEGER) issues.push({ severity: "error", code: "totals-too-large", params: {} });
  else if (period) {
    checkDates(period, grants, ledgers, programs, issues);
    figures = computeFigures(period, index, records.grants, records.ledger, chosen.ratioDecimals ?? 0);
    if (budget && grants) checkGrantsWithinBudget(period, grants, figures, issues, budget);
    if (budget) checkOverspent(budget, index, figures, issues);
    checkSpending(figures, issues);
    followUp = decideFollowUp(grid, meeting, records.programs, period, meetingIssues);
    checkMeetingQuarter(meeting, period, meetingIssues);
  }

  const sorted = sortIssues([...issues, ...meetingIssues]);
  const sheetNames = grid.sheets.map((s) => s.name);
  const headerCells = new Map<string, RecognizedColumn[]>();
  for (const s of read.sheets) headerCells.set(s.sheet, s.headerCells.map((h) => ({ letter: columnLetters(h.col), header: h.text, cell: h.cell })));
  return {
    choice: chosen,
    period,
    meeting,
    sheets: read.sheets,
    recognized: read.sheets.map((s) => recognizedOf(s, headerCells)),
    found: read.found.map((f) => ({ role: f.role, sheet: f.sheet })),
    records,
    figures,
    followUp,
    issues: sorted,
    causes: findCauses({ issues: sorted, records, period }),
    fixes: read.sheets.flatMap((s) => s.fixes),
    missingTemplateSheets: missingTemplateSheets(new Set(read.found.map((f) => f.role)), sheetNames, meeting !== null),
    sheetNames,
    readingSettings,
  };
}
