// A meeting sheet written for another quarter than the report's (the pane's period or --quarter
// chose another one): its meeting-specific fields — 회의명, 일시, 장소, 안건, attendees, reporters,
// the budget comment, the discussion and the footer — describe another meeting, and copying them
// into this report's minutes would print a wrong header without a word. They are left out (the
// minutes show the defaults and blanks to fill in) and a warning says so. The center's name is
// not the meeting's and is kept; the 전차 tables are guarded by follow-up.ts the same way.

import { quarterText } from "../display";
import type { Period } from "../figures";
import type { Issue } from "../issues/issue";
import { meetingBelongsTo } from "./follow-up";
import type { MeetingInfo } from "./model";

/** The meeting-specific fields the sheet fills, by the label the user knows them by. */
function filledFields(m: MeetingInfo): string[] {
  const out: string[] = [];
  if (m.title) out.push("회의명");
  if (m.dateText || m.date) out.push("회의일시");
  if (m.place) out.push("회의장소");
  if (m.agenda) out.push("회의안건");
  if (m.attendees.length > 0) out.push("참석자");
  if (m.reporters.previousMinutes || m.reporters.budget || Object.keys(m.reporters.quarters).length > 0) out.push("보고자");
  if (m.budgetComment) out.push("예산 의견");
  if (m.discussion.length > 0) out.push("기타 논의");
  if (m.decisions || m.requests || m.otherMatters) out.push("결정·요청·기타사항");
  return out;
}

/** A warning when the meeting sheet is another quarter's and fills fields the report would print. */
export function checkMeetingQuarter(meeting: MeetingInfo | null, period: Period, issues: Issue[]): void {
  if (meeting === null || meetingBelongsTo(meeting, period)) return;
  const fields = filledFields(meeting);
  if (fields.length === 0) return;
  issues.push({
    severity: "warning",
    code: "meeting-other-quarter",
    sheet: meeting.sheet,
    params: { meetingQuarter: quarterText(meeting.year, meeting.quarter!), used: quarterText(period.year, period.quarter), fields: fields.join(", ") },
  });
}

/** The meeting as this report may use it: all of it for its own quarter, else only the center's name. */
export function meetingForReport(meeting: MeetingInfo | null, period: Period): MeetingInfo | null {
  if (meeting === null || meetingBelongsTo(meeting, period)) return meeting;
  return {
    sheet: meeting.sheet,
    ...(meeting.centerName !== undefined ? { centerName: meeting.centerName } : {}),
    attendees: [],
    reporters: { quarters: {} },
    previousPlans: [],
    previousDecisions: [],
    discussion: [],
    layout: meeting.layout,
  };
}
