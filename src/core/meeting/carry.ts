// "전차 회의록에서 가져오기": copies the previous minutes' plans (향후 추진 예정 사업) and decisions
// (결정사항) into the meeting sheet's [전차 추진 계획] and [전차 결정사항] tables, so the accountant
// can edit their progress before generating. Pure: it plans the cells to write and says what they
// are (the preview); a session applies them on the user's word.
//
// Never overwrites what the user wrote: rows already in a table (same name, compared as
// everywhere) are kept as they are, new rows go into the table's empty rows, and when there are
// not enough a continuation of the table is added below the sheet's last row (the reader joins
// a table's blocks). Without a meeting sheet, a new one (the template's) is planned with the rows.

import { cellAddress } from "../address";
import { quarterText } from "../display";
import type { Period } from "../figures";
import { isBlank, type WorkbookGrid } from "../grid";
import type { Program, Quarter } from "../model";
import { normalizeName } from "../parse/names";
import { meetingTemplateSheet } from "../plan/meeting-template";
import type { WorkbookPlan } from "../plan/sheet-plan";
import type { CellEdit } from "../port";
import { meetingBelongsTo, plansFromMinutes, previousQuarter } from "./follow-up";
import { meetingTables, type MeetingTableKey } from "./layout";
import type { MeetingInfo, MeetingTablePlace } from "./model";
import { findPreviousMinutes, readPreviousMinutes } from "./previous-minutes";

export interface CarriedPlanRow {
  readonly category: string;
  readonly name: string;
  /** The progress now, as the report would show it: the programs sheet's, or 미실행. */
  readonly progress: string;
}

/** Why nothing can be carried. */
export type CarryRefusal =
  | { readonly kind: "no-minutes"; readonly name: string }
  | { readonly kind: "other-quarter"; readonly meetingQuarter: string; readonly used: string }
  | { readonly kind: "nothing-new" };

export interface CarryPlan {
  readonly previous: { readonly year: number; readonly quarter: Quarter };
  /** The previous minutes sheet read; null when there is none. */
  readonly minutesSheet: string | null;
  /** The meeting sheet written to (a new '회의정보' when the workbook has none). */
  readonly meetingSheet: string;
  readonly createsSheet: boolean;
  readonly plans: { readonly add: readonly CarriedPlanRow[]; readonly kept: readonly string[] };
  readonly decisions: { readonly add: readonly string[]; readonly kept: readonly string[] };
  readonly refusal: CarryRefusal | null;
  /** What a host writes: cell edits into the meeting sheet, or a new meeting sheet; null when refused. */
  readonly write: { readonly kind: "edits"; readonly edits: readonly CellEdit[] } | { readonly kind: "sheet"; readonly plan: WorkbookPlan } | null;
}

export interface CarryInput {
  readonly meeting: MeetingInfo | null;
  readonly programs: readonly Program[];
  readonly period: Period;
}

export function planCarry(grid: WorkbookGrid, input: CarryInput): CarryPlan {
  const { meeting, programs, period } = input;
  const previous = previousQuarter(period.year, period.quarter);
  const lookup = findPreviousMinutes(grid, previous.year, previous.quarter, period);
  const meetingSheet = meeting?.sheet ?? meetingTemplateSheet().name;
  const empty = { add: [], kept: [] };
  const refused = (refusal: CarryRefusal, minutesSheet: string | null = null): CarryPlan => ({
    previous,
    minutesSheet,
    meetingSheet,
    createsSheet: meeting === null,
    plans: empty,
    decisions: empty,
    refusal,
    write: null,
  });
  if (!lookup.sheet) return refused({ kind: "no-minutes", name: lookup.base });
  // The tables serve the meeting sheet's own quarter: filling them for another would be ignored.
  if (meeting && !meetingBelongsTo(meeting, period)) {
    return refused({ kind: "other-quarter", meetingQuarter: quarterText(meeting.year, meeting.quarter!), used: quarterText(period.year, period.quarter) }, lookup.sheet.name);
  }
  const minutes = readPreviousMinutes(lookup.sheet);
  const havePlans = new Set((meeting?.previousPlans ?? []).map((p) => normalizeName(p.name)));
  const haveDecisions = new Set((meeting?.previousDecisions ?? []).map((d) => normalizeName(d.decision)));
  const planned = plansFromMinutes(minutes.plans, programs, period);
  const plans = {
    add: planned.filter((p) => !havePlans.has(p.name)).map(({ category, name, progress }) => ({ category, name, progress })),
    kept: planned.filter((p) => havePlans.has(p.name)).map((p) => p.name),
  };
  const decisions = {
    add: minutes.decisions.filter((d) => !haveDecisions.has(normalizeName(d))),
    kept: minutes.decisions.filter((d) => haveDecisions.has(normalizeName(d))),
  };
  const base = { previous, minutesSheet: minutes.sheet, meetingSheet, createsSheet: meeting === null, plans, decisions };
  if (plans.add.length === 0 && decisions.add.length === 0) return { ...base, refusal: { kind: "nothing-new" }, write: null };

  const rows: Record<"previousPlans" | "previousDecisions", string[][]> = {
    previousPlans: plans.add.map((p) => [p.category, p.name, p.progress]),
    previousDecisions: decisions.add.map((d) => [d, ""]),
  };
  if (meeting === null) {
    const sheet = meetingTemplateSheet(rows);
    return { ...base, refusal: null, write: { kind: "sheet", plan: { sheets: [sheet], replace: [], activate: sheet.name } } };
  }
  return { ...base, refusal: null, write: { kind: "edits", edits: tableEdits(grid, meeting, rows) } };
}

/** The cells that put `rows` into each table: its empty rows when there are enough, else a new block below the sheet. */
function tableEdits(grid: WorkbookGrid, meeting: MeetingInfo, rows: Record<"previousPlans" | "previousDecisions", string[][]>): CellEdit[] {
  const { layout } = meeting;
  const sheet = grid.sheets.find((s) => s.name === meeting.sheet)!;
  const col0 = layout.origin.col;
  const isEmptyRow = (absRow: number, width: number) => {
    const row = sheet.values[absRow - sheet.origin.row] ?? [];
    for (let c = 0; c < width; c++) {
      const v = row[col0 - sheet.origin.col + c];
      if (!isBlank(v)) return false;
    }
    return true;
  };
  const edits: CellEdit[] = [];
  const put = (absRow: number, values: readonly string[]) =>
    values.forEach((v, c) => {
      if (v !== "") edits.push({ sheet: meeting.sheet, cell: cellAddress(absRow, col0 + c), value: v });
    });
  let next = layout.origin.row + layout.rowCount + 1; // one blank row below the last used one
  for (const key of ["previousPlans", "previousDecisions"] as const) {
    const list = rows[key];
    if (list.length === 0) continue;
    const def = meetingTables.find((t) => t.key === key)!;
    const width = def.headers.length;
    const free = freeRows(layout.tables, key, (r) => isEmptyRow(r, width));
    if (free.length >= list.length) {
      list.forEach((values, i) => put(free[i]!, values));
      continue;
    }
    put(next, [`[${def.ko}]`]);
    put(next + 1, def.headers);
    list.forEach((values, i) => put(next + 2 + i, values));
    next += list.length + 3;
  }
  return edits;
}

/** The empty rows of a table's blocks, top to bottom; none when the sheet has no such table. */
function freeRows(places: readonly MeetingTablePlace[], key: MeetingTableKey, isEmpty: (row: number) => boolean): number[] {
  const out: number[] = [];
  for (const place of places) {
    if (place.key !== key) continue;
    // After the block's last filled row only: new rows never go above what the user wrote.
    let last = place.firstRow - 1;
    for (let r = place.firstRow; r < place.end; r++) if (!isEmpty(r)) last = r;
    for (let r = last + 1; r < place.end; r++) out.push(r);
  }
  return out;
}
