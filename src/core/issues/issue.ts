// Issues are data (the pattern of zod's core/errors.ts): a call site says *what* is wrong — a code,
// the place (sheet and A1 cell), the cell's value and the parameters that code takes — and the
// words come from one catalog per language (issues/locales/). Each code has its own params type,
// so a call site that forgets a parameter, or a catalog entry that reads one that is not there,
// does not compile.
//
// Params never carry `value`, `sheet` or `cell`: those are the issue's own fields, which the
// renderer hands to the catalog beside the params.

import type { MeetingFieldKey } from "../meeting/layout";
import type { IsoDate, Quarter, SheetRole } from "../model";
import type { HostError, HostErrorCode, UnreadableKind } from "../port";

export type Severity = "error" | "warning" | "info";

/** Where a part of the minutes' section 2 came from: the meeting sheet's table, the previous minutes, nowhere. */
export type FollowUpFrom = "meeting" | "minutes" | "none";

type None = Readonly<Record<never, never>>;

/** What a host error issue carries: the technical detail for logs, and why a file was unreadable. */
export interface HostErrorParams {
  readonly detail: string;
  readonly unreadable?: UnreadableKind;
}

/** What a fix issue carries: the value the cell would get, as text. */
export interface FixParams {
  readonly after: string;
}

/**
 * Every code and its parameters. Role and field values are keys the catalog turns into words
 * (issues/words.ts); names and headers are comma-separated lists; money is integer won.
 */
export interface IssueParamsByCode {
  // --- the workbook reader: sheets, headers, cells ---
  "sheet-missing": { readonly role: SheetRole; readonly names: string };
  "sheet-ambiguous": { readonly role: SheetRole; readonly other: string };
  /** rows: the sheet rows searched ("3~22"), "" for a sheet with nothing in it. */
  "header-not-found": { readonly headers: string; readonly rows: string };
  "column-missing": { readonly field: string; readonly names: string };
  "column-duplicate": { readonly field: string; readonly firstCell: string };
  "sheet-hidden": { readonly role: SheetRole };
  "sheet-empty": { readonly role: SheetRole };
  "not-an-amount": None;
  "fractional-won": None;
  "amount-too-large": None;
  "amount-missing": None;
  "date-missing": None;
  "date-invalid": None;
  "not-a-date": None;
  /** The cell's value is the error code, or NOT_CALCULATED (grid.ts) for a formula saved without its result. */
  "formula-error": None;
  "name-missing": { readonly field: string };
  "quarter-invalid": None;
  "status-unknown": None;
  /** evidence: what made it a total (absent: its words); range: the cells its amount equals the sum of. */
  "total-row-skipped": { readonly evidence?: "label" | "sum" | "formula" | "user"; readonly range?: string };
  /** grants: a grant returned or cancelled; ledger: a refund of spending. */
  "negative-amount": { readonly role: "grants" | "ledger" };
  "duplicate-voucher": { readonly firstCell: string };
  // --- reading by evidence (issue 8): totals, revisions, amounts, statuses, refunds, sheets, units ---
  /** The issue's value is the 비목 (category) whose 세목 it sums; range: those cells. */
  "parent-row-skipped": { readonly range: string };
  /** The sheet's own total (found) differs from the sum of what it totals (computed). */
  "total-mismatch": { readonly found: number; readonly computed: number };
  /** column: the budget used (the latest revision); columns: every budget column, oldest first. */
  "budget-revision-used": { readonly column: string; readonly columns: string };
  /** column: the amount used; others: the other amount-like columns, comma-separated. */
  "amount-column-chosen": { readonly column: string; readonly others: string };
  "amount-bank-net": None;
  /** Deposits of a bank layout that are no spending (the grant itself, interest): count and sum. */
  "bank-deposit-skipped": { readonly count: number; readonly sum: number };
  "payment-status-excluded": { readonly count: number; readonly sum: number };
  /** values: the unknown statuses, comma-separated; count: the rows with one. */
  "payment-status-unknown": { readonly values: string; readonly count: number };
  /** amount: as counted (negative); evidence: the type column, the 적요 or a bank layout's deposit. */
  "refund-counted": { readonly amount: number; readonly evidence: "type" | "memo" | "bank" };
  "refund-sign-unclear": { readonly type: string; readonly memo: string };
  /** Per sheet, in the same order: names, rows read and sums, comma-separated. */
  "ledger-sheets-combined": { readonly sheets: string; readonly rows: string; readonly sums: string };
  "possible-double-entry": { readonly otherSheet: string; readonly otherCell: string };
  "unit-scaled": { readonly unit: string; readonly factor: number };
  "date-system-1904": None;
  /** A reading choice (the settings sheet's row, or a --column/--row option) that cannot be used, and why. */
  "reading-choice-invalid": { readonly reason: "sheet" | "field" | "column" | "row" | "choice" | "required" | "entry"; readonly source: "sheet" | "option" };
  // --- checks across sheets, once the period is known ---
  "totals-too-large": None;
  "date-outside-year": { readonly year: number };
  /** count > 1: the first of `count` later rows of the sheet, dated firstDate to lastDate. */
  "date-after-as-of": { readonly asOf: IsoDate; readonly count: number; readonly firstDate: IsoDate; readonly lastDate: IsoDate };
  "unknown-budget-line": { readonly suggestion?: string };
  "duplicate-budget-line": { readonly firstCell: string };
  /**
   * cause, when the figures point at one: the budget looks written in 천원 without a unit (grants
   * ≥ 500 times it: budget-unit), or the budget column read is a quarter's (budget-quarter);
   * budgetCell: the budget's amount header ('예산'!C3), where a unit or the annual column goes.
   */
  "grants-exceed-budget": { readonly grants: number; readonly budget: number; readonly cause?: "budget-unit" | "budget-quarter"; readonly budgetCell?: string };
  "line-overspent": { readonly line: string; readonly executed: number; readonly budget: number };
  // --- spending beyond what there is to spend: the task pane's alarms link to these (core/alarms.ts) ---
  "spent-over-grants": { readonly executed: number; readonly grants: number };
  "spent-over-budget": { readonly executed: number; readonly budget: number };
  // --- the period ---
  "year-undetermined": None;
  "year-conflict": { readonly found: number; readonly year: number };
  "as-of-after-quarter": { readonly asOf: IsoDate; readonly quarter: Quarter; readonly lastDay: IsoDate };
  "as-of-outside-year": { readonly asOf: IsoDate; readonly year: number };
  /** The issue's value is the option's value as given. */
  "option-invalid": { readonly option: string };
  // --- the meeting sheet and the report ---
  "meeting-sheet-missing": { readonly names: string };
  "meeting-field-missing": { readonly field: MeetingFieldKey | "attendees" };
  "meeting-label-unknown": None;
  "report-sheet-renamed": { readonly base: string; readonly name: string };
  "report-sheet-replaced": { readonly name: string };
  /** meetingValue: what the meeting sheet says; used: what was used instead. */
  "report-option-overrides-meeting": { readonly field: "reportQuarter" | "asOf"; readonly meetingValue: string; readonly used: string };
  "report-no-figures": None;
  /** The meeting sheet is meetingQuarter's; fields: the meeting-specific fields left out of `used`'s minutes. */
  "meeting-other-quarter": { readonly meetingQuarter: string; readonly used: string; readonly fields: string };
  // --- the minutes' section 2: last meeting's follow-up (meeting/follow-up.ts) ---
  /** What section 2 carried and from where; quarter: the previous minutes' quarter. */
  "minutes-carried": {
    readonly quarter: Quarter;
    readonly plans: number;
    readonly plansFrom: FollowUpFrom;
    readonly decisions: number;
    readonly decisionsFrom: FollowUpFrom;
    readonly minutesSheet: string;
    readonly meetingSheet: string;
  };
  /** name: the sheet looked for; quarter: "2023년 4분기"; parts: what is left 해당 없음; lookalikes: sheets named like minutes. */
  "minutes-previous-missing": { readonly name: string; readonly quarter: string; readonly parts: "both" | "plans" | "decisions"; readonly lookalikes: string };
  "minutes-previous-several": { readonly others: string };
  "minutes-previous-unreadable": None;
  "minutes-table-other-quarter": { readonly meetingQuarter: string; readonly used: string };
  "minutes-plan-not-found": { readonly count: number; readonly names: string };
  "minutes-decision-no-progress": { readonly count: number };
  // --- hosts (Office.js, .xlsx files) and mechanical fixes ---
  "host-cell-edit-mode": HostErrorParams;
  "host-sheet-changed": HostErrorParams;
  "host-payload-too-large": HostErrorParams;
  "host-sheet-protected": HostErrorParams;
  "host-name-conflict": HostErrorParams;
  "host-unreadable": HostErrorParams;
  "host-unknown": HostErrorParams;
  "fix-amount-text": FixParams;
  "fix-date-text": FixParams;
  "fix-full-width": FixParams;
  "fix-spaces": FixParams;
}

export type IssueCode = keyof IssueParamsByCode;

// Every host error code has its issue code.
type HostIssueCodes = `host-${HostErrorCode}`;
const hostCodesAreIssueCodes: HostIssueCodes extends IssueCode ? true : never = true;
void hostCodesAreIssueCodes;

/** One issue of one code: its place, the value found and that code's params. */
export interface IssueOf<C extends IssueCode> {
  readonly severity: Severity;
  readonly code: C;
  /** Sheet name as the user sees it, when the issue is about a sheet. */
  readonly sheet?: string;
  /** A1 address on that sheet, when the issue is about a cell. */
  readonly cell?: string;
  /** The offending cell value (or option), as text, when there is one. */
  readonly value?: string;
  readonly params: IssueParamsByCode[C];
}

/** Any issue: a union discriminated by `code`. */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

export function countErrors(issues: readonly Issue[]): number {
  let n = 0;
  for (const i of issues) if (i.severity === "error") n++;
  return n;
}

export function issueCounts(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/** A param by name, for code that handles issues of any code (tests, generic lists). */
export function paramOf(issue: Issue, key: string): string | number | undefined {
  return (issue.params as Readonly<Record<string, string | number | undefined>>)[key];
}

/** A host error as an issue of the catalog ("host-…" codes), for lists, notices and the results sheet. */
export function hostErrorIssue(error: HostError): Issue {
  const params: HostErrorParams = { detail: error.detail, ...(error.unreadable ? { unreadable: error.unreadable } : {}) };
  return { severity: "error", code: `host-${error.code}`, params };
}
