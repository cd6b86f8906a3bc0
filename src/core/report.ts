// Turns an analysis into the report plan: the minutes (회의록) and the execution summary (집행현황).
// Pure: a session reads the grid, analyses it (analyze.ts decides the period, meeting sheet
// included), calls planReport, and writes the plan with one executor.

import type { AnalysisSummary } from "./analyze";
import { hasErrors, type Issue } from "./issues/issue";
import { withIssues } from "./issues/sort";
import { meetingForReport } from "./meeting/other-quarter";
import type { Figures } from "./model";
import { DEFAULT_CENTER_NAME, planMinutesSheet } from "./plan/minutes-plan";
import { chooseSheetName, isNameTaken, reportSheetBases } from "./plan/sheet-names";
import type { WorkbookPlan } from "./plan/sheet-plan";
import { planSummarySheet } from "./plan/summary-plan";

/** How the report is written; the period is the analysis' own. */
export interface ReportOptions {
  /** The center's name in the default 회의명 and headings; else the meeting sheet's 센터명. */
  readonly centerName?: string;
  /** Replace sheets of the same name instead of choosing "(2)" names. Never the default. */
  readonly replaceExisting?: boolean;
}

export type ReportOutcome =
  | {
      ok: true;
      plan: WorkbookPlan;
      analysis: AnalysisSummary;
      issues: readonly Issue[];
      minutesSheet: string;
      summarySheet: string;
    }
  | { ok: false; analysis: AnalysisSummary; issues: readonly Issue[] };

/**
 * The report for the analysed workbook, or why not: with validation errors, or without figures,
 * nothing is planned. The outcome's issues are the analysis' with the report's own notes (sheet
 * names chosen or replaced) merged in order.
 */
export function planReport(analysis: AnalysisSummary, options: ReportOptions = {}): ReportOutcome {
  const figures = analysis.figures;
  // Another quarter's meeting sheet lends the minutes only the center's name (meeting/other-quarter.ts).
  const meeting = analysis.period ? meetingForReport(analysis.meeting, analysis.period) : analysis.meeting;
  if (hasErrors(analysis.issues) || figures === null) {
    const extra: Issue[] = figures === null && !hasErrors(analysis.issues) ? [{ severity: "error", code: "report-no-figures", params: {} }] : [];
    return { ok: false, analysis, issues: withIssues(analysis.issues, extra) };
  }

  const reportIssues: Issue[] = [];
  const names = sheetNames(figures, analysis.sheetNames, options.replaceExisting === true, reportIssues);
  const centerName = options.centerName?.trim() || meeting?.centerName || DEFAULT_CENTER_NAME;
  const minutes = planMinutesSheet({ sheetName: names.minutes, figures, programs: analysis.records.programs, meeting, followUp: analysis.followUp, centerName });
  const summary = planSummarySheet({ sheetName: names.summary, figures, ratioDecimals: analysis.choice.ratioDecimals ?? 0 });
  const plan: WorkbookPlan = { sheets: [minutes, summary], replace: names.replace, activate: minutes.name };
  return {
    ok: true,
    plan,
    analysis,
    issues: withIssues(analysis.issues, reportIssues),
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
