// What the ribbon commands and the task pane do, over any WorkbookPort: read once, compute in the
// core, write once. With validation errors no report is written; the add-in's own results sheet
// ("검증 결과") lists every problem with a link to its cell instead.

import type { WorkbookGrid } from "../core/grid";
import { hasErrors, sortIssues, type Issue, type Locale } from "../core/issues";
import type { MeetingInfo } from "../core/meeting";
import type { Analysis, AnalyzeOptions } from "../core/model";
import { planIssuesSheet } from "../core/plan/issues-sheet";
import type { HostError, WorkbookPort } from "../core/port";
import { analyzeForReport, planReport, type ReportOptions, type ReportOutcome } from "../core/report";
import { err, ok, type Result } from "../core/result";

export interface Validation {
  readonly grid: WorkbookGrid;
  readonly analysis: Analysis;
  readonly meeting: MeetingInfo | null;
  /** The analysis' issues plus the meeting sheet's, sorted errors first. */
  readonly issues: readonly Issue[];
}

/** Reads the workbook and validates it for the period the report would use (meeting sheet, then defaults). */
export async function runValidation(port: WorkbookPort, options: AnalyzeOptions = {}): Promise<Result<Validation, HostError>> {
  const read = await port.read();
  if (!read.ok) return read;
  return ok(validateGrid(read.value, options));
}

export function validateGrid(grid: WorkbookGrid, options: AnalyzeOptions = {}): Validation {
  const { meeting, analysis, issues: extra } = analyzeForReport(grid, options);
  return { grid, analysis, meeting, issues: sortIssues([...analysis.issues, ...extra]) };
}

export type ReportRun = ReportOutcome & {
  /** Sheets written: the minutes and summary, or the results sheet when there were errors. */
  readonly written?: readonly string[];
  /** The results sheet written instead of a report. */
  readonly issuesSheet?: string;
};

export interface ReportActionOptions extends ReportOptions {
  /** Language of the results sheet; default Korean. */
  readonly locale?: Locale;
  /** With errors, write the results sheet (default true; the task pane shows the list itself). */
  readonly writeIssuesSheet?: boolean;
}

/**
 * The one-click report: one read, planReport, one write (3 syncs in Excel). On validation errors
 * nothing but the results sheet is written.
 */
export async function runReport(port: WorkbookPort, options: ReportActionOptions = {}): Promise<Result<ReportRun, HostError>> {
  const read = await port.read();
  if (!read.ok) return read;
  const outcome = planReport(read.value, options);
  if (outcome.ok) {
    const w = await port.write(outcome.plan);
    if (!w.ok) return err(w.error);
    return ok({ ...outcome, written: w.value.written });
  }
  if (options.writeIssuesSheet === false) return ok(outcome);
  const { plan, sheetName } = planIssuesSheet(outcome.issues, read.value, options.locale ?? "ko");
  const w = await port.write(plan);
  if (!w.ok) return err(w.error);
  return ok({ ...outcome, written: w.value.written, issuesSheet: sheetName });
}

export interface ValidationRun extends Validation {
  readonly issuesSheet: string;
  readonly hasErrors: boolean;
}

/** 데이터 검증 from the ribbon: validate, then write (or refresh) the results sheet and show it,
 * also when there is nothing wrong, so an old list never stays behind looking current. */
export async function runValidationToSheet(
  port: WorkbookPort,
  options: AnalyzeOptions & { readonly locale?: Locale } = {},
): Promise<Result<ValidationRun, HostError>> {
  const v = await runValidation(port, options);
  if (!v.ok) return v;
  const { plan, sheetName } = planIssuesSheet(v.value.issues, v.value.grid, options.locale ?? "ko");
  const w = await port.write(plan);
  if (!w.ok) return err(w.error);
  return ok({ ...v.value, issuesSheet: sheetName, hasErrors: hasErrors(v.value.issues) });
}

/** A host error as an issue of the catalog ("host-…" codes), for lists and notifications. */
export function hostErrorIssue(error: HostError): Issue {
  return { severity: "error", code: `host-${error.code}`, params: { detail: error.detail } };
}
