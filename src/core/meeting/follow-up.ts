// Section 2 of the minutes, "전차 회의록 보고": last meeting's follow-up, explicitly.
//  1) the programs the previous quarter's minutes listed under 향후 추진 예정 사업, each with its
//     progress now: what the user wrote, else the status and remark of the same program in the
//     programs sheet (names compared as everywhere: parse/names.ts), else "미실행";
//  2) the previous minutes' 결정사항, each with its progress.
// Each part comes, in this order, from the meeting sheet's table ([전차 추진 계획], [전차 결정사항])
// when it has rows and belongs to the report quarter; else from the previous quarter's minutes
// sheet in the workbook ('회의록 2024-1분기', or a copy; 1분기 looks for last year's 4분기); else
// nothing ("해당 없음"), with a note. Notes say what was carried and from where.

import { quarterText } from "../display";
import type { Period } from "../figures";
import type { WorkbookGrid } from "../grid";
import type { FollowUpFrom, Issue } from "../issues/issue";
import type { Program, Quarter } from "../model";
import { normalizeName } from "../parse/names";
import { progressOf } from "../plan/program-sections";
import type { DecisionFollowUp, MeetingInfo, PlanFollowUp } from "./model";
import { findPreviousMinutes, readPreviousMinutes, type PreviousMinutes, type PreviousPlanLine } from "./previous-minutes";

export interface FollowUpPlan extends PlanFollowUp {
  /** How its progress was found: written by the user, from the programs sheet, or not found ("미실행"). */
  readonly progressFrom: "written" | "programs" | "not-found";
}

export interface FollowUp {
  /** The quarter whose minutes are followed up. */
  readonly previous: { readonly year: number; readonly quarter: Quarter };
  readonly plans: readonly FollowUpPlan[];
  readonly plansFrom: FollowUpFrom;
  readonly decisions: readonly DecisionFollowUp[];
  readonly decisionsFrom: FollowUpFrom;
  /** The previous minutes sheet that was read, if one was. */
  readonly minutesSheet: string | null;
}

export function previousQuarter(year: number, quarter: Quarter): { year: number; quarter: Quarter } {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter };
}

/** Whether the meeting sheet's tables belong to the report period: its 보고분기 is this one, or it names none. */
export function meetingBelongsTo(meeting: MeetingInfo, period: Period): boolean {
  if (meeting.quarter === undefined) return true;
  return meeting.quarter === period.quarter && (meeting.year === undefined || meeting.year === period.year);
}

/** The program a line of the previous minutes names: the whole line, else the line before a " / remark" (ours). */
export function matchProgram(text: string, programs: readonly Program[]): { name: string; program: Program | null } {
  const byName = (name: string) => programs.find((p) => p.name === normalizeName(name)) ?? null;
  const whole = byName(text);
  if (whole) return { name: whole.name, program: whole };
  // Names may hold " / " themselves: try the longest start first.
  const cuts: number[] = [];
  for (let i = text.indexOf(" / "); i >= 0; i = text.indexOf(" / ", i + 1)) cuts.push(i);
  for (const cut of cuts.reverse()) {
    const p = byName(text.slice(0, cut));
    if (p) return { name: p.name, program: p };
  }
  return { name: normalizeName(text), program: null };
}

function followPlan(category: string, name: string, written: string, program: Program | null, period: Period): FollowUpPlan {
  if (written.trim() !== "") return { category, name, progress: written.trim(), progressFrom: "written" };
  if (program) return { category, name, progress: progressOf(program, period), progressFrom: "programs" };
  return { category, name, progress: "미실행", progressFrom: "not-found" };
}

/** The previous minutes' plan lines as section 2's items, with the category of the same program when the line has none. */
export function plansFromMinutes(lines: readonly PreviousPlanLine[], programs: readonly Program[], period: Period): FollowUpPlan[] {
  return lines.map((line) => {
    const { name, program } = matchProgram(line.text, programs);
    const category = program?.category || line.category || "기타";
    return followPlan(category, name, "", program, period);
  });
}

export function decideFollowUp(
  grid: WorkbookGrid,
  meeting: MeetingInfo | null,
  programs: readonly Program[],
  period: Period,
  issues: Issue[],
): FollowUp {
  const previous = previousQuarter(period.year, period.quarter);
  const own = meeting !== null && meetingBelongsTo(meeting, period);
  if (meeting && !own && (meeting.previousPlans.length > 0 || meeting.previousDecisions.length > 0)) {
    issues.push({
      severity: "info",
      code: "minutes-table-other-quarter",
      sheet: meeting.sheet,
      params: { meetingQuarter: quarterText(meeting.year, meeting.quarter!), used: quarterText(period.year, period.quarter) },
    });
  }
  const tablePlans = own ? meeting.previousPlans : [];
  const tableDecisions = own ? meeting.previousDecisions : [];

  let minutes: PreviousMinutes | null = null;
  let minutesSheet: string | null = null;
  if (tablePlans.length === 0 || tableDecisions.length === 0) {
    const lookup = findPreviousMinutes(grid, previous.year, previous.quarter, period);
    if (lookup.sheet) {
      minutes = readPreviousMinutes(lookup.sheet);
      minutesSheet = lookup.sheet.name;
      if (lookup.others.length > 0)
        issues.push({ severity: "warning", code: "minutes-previous-several", sheet: minutesSheet, params: { others: lookup.others.map((n) => `'${n}'`).join(", ") } });
      if (!minutes.hasPlansSection && tablePlans.length === 0) issues.push({ severity: "warning", code: "minutes-previous-unreadable", sheet: minutesSheet, params: {} });
    } else {
      const parts = tablePlans.length === 0 && tableDecisions.length === 0 ? "both" : tablePlans.length === 0 ? "plans" : "decisions";
      issues.push({
        severity: "info",
        code: "minutes-previous-missing",
        params: { name: lookup.base, quarter: quarterText(previous.year, previous.quarter), parts, lookalikes: lookup.lookalikes.slice(0, 3).map((n) => `'${n}'`).join(", ") },
      });
    }
  }

  const plansFrom: FollowUpFrom = tablePlans.length > 0 ? "meeting" : minutes?.hasPlansSection ? "minutes" : "none";
  const plans =
    plansFrom === "meeting"
      ? tablePlans.map((row) => followPlan(row.category || "기타", normalizeName(row.name), row.progress, matchProgram(row.name, programs).program, period))
      : plansFrom === "minutes"
        ? plansFromMinutes(minutes!.plans, programs, period)
        : [];
  const decisionsFrom: FollowUpFrom = tableDecisions.length > 0 ? "meeting" : minutes && minutes.decisions.length > 0 ? "minutes" : "none";
  const decisions = decisionsFrom === "meeting" ? tableDecisions : decisionsFrom === "minutes" ? minutes!.decisions.map((decision) => ({ decision, progress: "" })) : [];

  const unmatched = plans.filter((p) => p.progressFrom === "not-found");
  if (unmatched.length > 0) {
    issues.push({ severity: "info", code: "minutes-plan-not-found", params: { count: unmatched.length, names: unmatched.map((p) => `'${p.name}'`).join(", ") } });
  }
  const silent = decisions.filter((d) => d.progress.trim() === "").length;
  if (silent > 0) issues.push({ severity: "info", code: "minutes-decision-no-progress", params: { count: silent } });
  if (plansFrom !== "none" || decisionsFrom !== "none") {
    issues.push({
      severity: "info",
      code: "minutes-carried",
      ...(plansFrom === "minutes" || decisionsFrom === "minutes" ? { sheet: minutesSheet! } : meeting ? { sheet: meeting.sheet } : {}),
      params: {
        quarter: previous.quarter,
        plans: plans.length,
        plansFrom,
        decisions: decisions.length,
        decisionsFrom,
        minutesSheet: minutesSheet ?? "",
        meetingSheet: meeting?.sheet ?? "",
      },
    });
  }
  return { previous, plans, plansFrom, decisions, decisionsFrom, minutesSheet };
}
