// Turns the workbook into the report plan: the minutes (회의록) and the execution summary (집행현황).
// Pure: the host reads the grid, calls planReport, and writes the plan with one executor.
//
// Precedence of the period: explicit options (CLI flags, task pane fields) override the meeting
// sheet's 보고분기/기준일, which override the core defaults (analyzeWorkbook). The meeting sheet's
// 기준일 is used only together with its own quarter: when an option names another year or quarter,
// the as-of date falls back to that quarter's default.

import { analyzeWorkbook } from "./analyze";
import { hasErrors, sortIssues, type Issue } from "./issues";
import { readMeeting, type MeetingInfo } from "./meeting";
import type { Analysis, AnalyzeOptions, Figures } from "./model";
import { DEFAULT_CENTER_NAME, planMinutesSheet } from "./plan/minutes-plan";
import { chooseSheetName, isNameTaken, reportSheetBases } from "./plan/sheet-names";
import type { WorkbookPlan } from "./plan/sheet-plan";
import { planSummarySheet } from "./plan/summary-plan";
import type { WorkbookGrid } from "./grid";

export interface ReportOptions extends AnalyzeOptions {
  /** The center's name in the default 회의명 and headings; else the meeting sheet's 센터명. */
  readonly centerName?: string;
  /** Replace sheets of the same name instead of choosing "(2)" names. Never the default. */
  readonly replaceExisting?: boolean;
}

export type ReportOutcome =
  | {
      ok: true;
      plan: WorkbookPlan;
      analysis: Analysis;
      issues: readonly Issue[];
      minutesSheet: string;
      summarySheet: string;
    }
  | { ok: false; analysis: Analysis; issues: readonly Issue[] };

/** The options analyzeWorkbook gets: explicit options first, then the meeting sheet. */
export function resolveReportOptions(options: ReportOptions, meeting: MeetingInfo | null, issues: Issue[]): AnalyzeOptions {
  const year = options.year ?? meeting?.year;
  const quarter = options.quarter ?? meeting?.quarter;
  const sameYear = meeting?.year === undefined || year === meeting.year;
  const sameQuarter = meeting?.quarter === undefined || quarter === meeting.quarter;
  const asOf = options.asOf ?? (sameYear && sameQuarter ? meeting?.asOf : undefined);

  if (meeting) {
    const sheet = meeting.sheet;
    const meetingPeriod = meeting.quarter === undefined ? undefined : `${meeting.year !== undefined ? `${meeting.year}년 ` : ""}${meeting.quarter}분기`;
    const usedPeriod = quarter === undefined ? undefined : `${year !== undefined ? `${year}년 ` : ""}${quarter}분기`;
    if (meetingPeriod !== undefined && usedPeriod !== undefined && (!sameYear || !sameQuarter)) {
      issues.push({ severity: "info", code: "report-option-overrides-meeting", sheet, params: { field: "reportQuarter", value: meetingPeriod, used: usedPeriod } });
    }
    if (meeting.asOf !== undefined && options.asOf !== undefined && options.asOf !== meeting.asOf) {
      issues.push({ severity: "info", code: "report-option-overrides-meeting", sheet, params: { field: "asOf", value: meeting.asOf, used: options.asOf } });
    }
  }
  return {
    ...(year !== undefined ? { year } : {}),
    ...(quarter !== undefined ? { quarter } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(options.ratioDecimals !== undefined ? { ratioDecimals: options.ratioDecimals } : {}),
  };
}

/**
 * Reads the meeting sheet and analyses the workbook for the period the report would use. `issues`
 * are the meeting sheet's and the option-precedence notes, not yet merged with the analysis'.
 */
export function analyzeForReport(
  grid: WorkbookGrid,
  options: ReportOptions = {},
): { meeting: MeetingInfo | null; analysis: Analysis; issues: Issue[] } {
  const { meeting, issues: meetingIssues } = readMeeting(grid);
  const issues: Issue[] = [...meetingIssues];
  const analysis = analyzeWorkbook(grid, resolveReportOptions(options, meeting, issues));
  return { meeting, analysis, issues };
}

export function planReport(grid: WorkbookGrid, options: ReportOptions = {}): ReportOutcome {
  const { meeting, analysis, issues: reportIssues } = analyzeForReport(grid, options);
  const figures = analysis.figures;
  if (hasErrors(analysis.issues) || figures === null) {
    const extra: Issue[] = figures === null && !hasErrors(analysis.issues) ? [{ severity: "error", code: "report-no-figures", params: {} }] : [];
    return { ok: false, analysis, issues: sortIssues([...analysis.issues, ...extra, ...reportIssues]) };
  }

  const existing = grid.sheets.map((s) => s.name);
  const names = sheetNames(figures, existing, options.replaceExisting === true, reportIssues);
  const centerName = options.centerName?.trim() || meeting?.centerName || DEFAULT_CENTER_NAME;
  const minutes = planMinutesSheet({ sheetName: names.minutes, figures, programs: analysis.records.programs, meeting, centerName });
  const summary = planSummarySheet({ sheetName: names.summary, figures, ratioDecimals: options.ratioDecimals ?? 0 });
  const plan: WorkbookPlan = { sheets: [minutes, summary], replace: names.replace, activate: minutes.name };
  return {
    ok: true,
    plan,
    analysis,
    issues: sortIssues([...analysis.issues, ...reportIssues]),
    minutesSheet: minutes.name,
    summarySheet: summary.name,
  };
}

function sheetNames(
  figures: Figures,
  existing: readonly string[],
  replace: boolean,
  issues: Issue[],
): { minutes: string; summary: string; replace: string[] } {
  const bases = reportSheetBases(figures.year, figures.quarter);
  const replaced: string[] = [];
  const taken = [...existing];
  const pick = (base: string): string => {
    if (replace) {
      const clash = existing.find((e) => isNameTaken(base, [e]));
      if (clash !== undefined) {
        replaced.push(clash);
        issues.push({ severity: "warning", code: "report-sheet-replaced", sheet: clash, params: { name: clash } });
      }
      return base;
    }
    const name = chooseSheetName(base, taken);
    taken.push(name);
    if (name !== base) issues.push({ severity: "info", code: "report-sheet-renamed", params: { base, name } });
    return name;
  };
  return { minutes: pick(bases.minutes), summary: pick(bases.summary), replace: replaced };
}
