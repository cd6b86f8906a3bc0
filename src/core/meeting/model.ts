// What the minutes take from the meeting sheet (회의정보): the report period, the meeting's date,
// place and attendees, who reported what, and the tables of last meeting's plans and decisions and
// of the discussion.

import type { IsoDate, Quarter } from "../model";
import type { MeetingTableKey } from "./layout";

export type AttendeeRole = "member" | "observer";

export interface Attendee {
  readonly name: string;
  readonly role: AttendeeRole;
}

export interface Remark {
  readonly speaker: string;
  readonly text: string;
}

export interface DecisionFollowUp {
  readonly decision: string;
  readonly progress: string;
}

/** A row of [전차 추진 계획]: a program last meeting planned, and its progress as the user wrote it ("" when left blank). */
export interface PlanFollowUp {
  readonly category: string;
  readonly name: string;
  readonly progress: string;
}

export interface MeetingInfo {
  /** The sheet it was read from. */
  readonly sheet: string;
  readonly centerName?: string;
  /** 회의명 as written; absent → the minutes use the default name. */
  readonly title?: string;
  /** From 보고분기 ("2024년 2분기"); year absent when only the quarter was written. */
  readonly year?: number;
  readonly quarter?: Quarter;
  /** 기준일. */
  readonly asOf?: IsoDate;
  /** 회의일시 as shown in the minutes ("2024년 6월 4일 16시"). */
  readonly dateText?: string;
  /** The calendar date of the meeting when 회의일시 could be read as a date. */
  readonly date?: IsoDate;
  readonly place?: string;
  readonly agenda?: string;
  readonly attendees: readonly Attendee[];
  readonly reporters: {
    readonly previousMinutes?: string;
    readonly budget?: string;
    /** Who reported the programs carried out in quarter n. */
    readonly quarters: Readonly<Partial<Record<Quarter, string>>>;
  };
  readonly budgetComment?: string;
  readonly previousPlans: readonly PlanFollowUp[];
  readonly previousDecisions: readonly DecisionFollowUp[];
  readonly discussion: readonly Remark[];
  readonly decisions?: string;
  readonly requests?: string;
  readonly otherMatters?: string;
  /** Where things are on the sheet, so rows can be added to its tables without touching the user's. */
  readonly layout: MeetingLayout;
}

/** A marked table on the meeting sheet, in 0-based sheet rows. Its columns are the used range's first ones. */
export interface MeetingTablePlace {
  readonly key: MeetingTableKey;
  /** The marker row ("[전차 추진 계획]"). */
  readonly marker: number;
  /** The first row after the marker and its header row. */
  readonly firstRow: number;
  /** The row the next marker or field label is on, or the end of the used range (exclusive). */
  readonly end: number;
}

export interface MeetingLayout {
  /** 0-based sheet row and column of the used range's top-left cell: "column A" of the sheet's format is origin.col. */
  readonly origin: { readonly row: number; readonly col: number };
  readonly rowCount: number;
  readonly tables: readonly MeetingTablePlace[];
}
