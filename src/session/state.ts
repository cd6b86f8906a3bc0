// A workbook session's state, and the one reducer that changes it. Every named action of the
// session (workbook-session.ts) reports itself here as events: it started, it is done (with what
// it produced), or it failed. The task pane renders this state and nothing else, so everything it
// shows can be tested by feeding events, without React and without a host.

import type { AnalysisSummary } from "../core/analyze";
import type { AnalysisChoice, PeriodChoice } from "../core/choice";
import type { WorkbookGrid } from "../core/grid";
import type { CarryPlan } from "../core/meeting/carry";
import type { CellEdit, HostError } from "../core/port";
import type { ReportOutcome } from "../core/report";

/** Where the session runs: inside Excel, a file in a plain browser, a file on the command line. */
export type Mode = "excel" | "standalone" | "file";

/**
 * A workbook as read and its analysis for the session's choice, made where the grid is held
 * (the session's reader): what the shells show and plan from.
 */
export interface Loaded {
  /** The analysis without the rows read (those stay where the grid is). */
  readonly analysis: AnalysisSummary;
  /** What "전차 회의록에서 가져오기" would write for this read and period (the pane's preview); null without a period. */
  readonly carry: CarryPlan | null;
  /** Standalone: this read differs from the workbook as the user has it as a file (as opened, or last downloaded). */
  readonly differsFromFile: boolean;
  /** The grid read, where it is held in the session's thread (Excel, the CLI); null where a worker holds it (standalone). */
  readonly grid: WorkbookGrid | null;
}

/** What went wrong: a host's refusal (in the catalog's words when shown), or a bug. */
export type SessionError = { readonly kind: "host"; readonly error: HostError } | { readonly kind: "bug"; readonly message: string };

/** Where a delivered report went. */
export interface Delivered {
  /** Sheets written: into the workbook (Excel, the CLI's copy), or into the downloaded file. */
  readonly written: readonly string[];
  /** Standalone: the file name the report was downloaded as. */
  readonly downloadName?: string;
  /** Standalone: downloads the same report file again. */
  readonly downloadAgain?: () => void;
  /** A refused report delivered as the results sheet instead (the ribbon). */
  readonly resultsSheet?: string;
}

/** The session's named actions. */
export type ActionName =
  | "open"
  | "reload"
  | "set-period"
  | "apply-fixes"
  | "undo-fixes"
  | "create-template"
  | "generate-report"
  | "deliver-report"
  | "select-cell"
  | "watch-changes"
  | "download-copy"
  | "write-results"
  | "carry-previous"
  | "set-reading-choice"
  | "dismiss-error";

/** Actions that keep the workbook busy while they run (their buttons are disabled meanwhile). */
const WORK = [
  "open",
  "reload",
  "set-period",
  "apply-fixes",
  "undo-fixes",
  "create-template",
  "download-copy",
  "write-results",
  "carry-previous",
  "set-reading-choice",
] as const satisfies readonly ActionName[];
export type Work = (typeof WORK)[number];

export type ReportStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly outcome: ReportOutcome; readonly delivered: Delivered | null }
  | { readonly kind: "failed"; readonly error: SessionError };

export interface SessionState {
  readonly mode: Mode;
  /** The open workbook's name (a file's name; "" inside Excel); null before anything was opened. */
  readonly name: string | null;
  readonly loaded: Loaded | null;
  /** What the user chose; period fields left out follow the meeting sheet, then the defaults. */
  readonly choice: AnalysisChoice;
  readonly working: Work | null;
  /** The last failure of an action other than the report (which keeps its own). */
  readonly error: SessionError | null;
  /** The edits that undo the last applied fixes. */
  readonly undo: readonly CellEdit[] | null;
  readonly fixNotice: { readonly kind: "applied" | "undone"; readonly count: number } | null;
  /** Sheets the last create-template wrote (empty when there was nothing to add). */
  readonly templateWritten: readonly string[] | null;
  /** The workbook was read again after the user changed it in Excel. */
  readonly changed: boolean;
  readonly report: ReportStatus;
  /** Excel could not select the cell the user asked for. */
  readonly selectFailed: boolean;
  /**
   * Standalone: the page's copy differs from the workbook as the user has it as a file — as
   * opened, or as last downloaded with 바뀐 통합 문서 내려받기 (fixes or template sheets not
   * downloaded) — so opening another workbook or leaving the page would lose them. False again
   * once the copy equals that file (after undoing the fixes, or downloading). Each read says
   * (Loaded.differsFromFile); never in Excel or the CLI.
   */
  readonly unsaved: boolean;
  /**
   * Excel: whether Excel's own undo takes back a batch the add-in writes (ExcelApi 1.20
   * mergeUndoGroup). False: the pane says so before writing fixes or a report. Null where
   * unknown or not Excel.
   */
  readonly excelUndo: boolean | null;
  /** What the last "전차 회의록에서 가져오기" wrote into the meeting sheet (or why it wrote nothing). */
  readonly carried: CarryPlan | null;
  /** The reading settings sheet the last set-reading-choice wrote (the choice is kept there). */
  readonly readingSettingsWritten: string | null;
}

type Phases<A extends ActionName, Done extends object = object> =
  | { readonly action: A; readonly phase: "start" }
  | ({ readonly action: A; readonly phase: "done" } & Done)
  | { readonly action: A; readonly phase: "failed"; readonly error: SessionError };

export type SessionEvent =
  | Phases<"open", { readonly name: string; readonly loaded: Loaded; readonly choice: AnalysisChoice }>
  | Phases<"reload", { readonly loaded: Loaded }>
  // The choice changes when asked; the analysis for it follows (null: no workbook open).
  | { readonly action: "set-period"; readonly phase: "start"; readonly period: PeriodChoice | null }
  | { readonly action: "set-period"; readonly phase: "done"; readonly loaded: Loaded | null }
  | { readonly action: "set-period"; readonly phase: "failed"; readonly error: SessionError }
  | Phases<"apply-fixes", { readonly count: number; readonly undo: readonly CellEdit[] }>
  | Phases<"undo-fixes", { readonly count: number }>
  | Phases<"create-template", { readonly written: readonly string[] }>
  | Phases<"generate-report", { readonly outcome: ReportOutcome; readonly loaded: Loaded }>
  | Phases<"deliver-report", { readonly outcome: ReportOutcome; readonly delivered: Delivered }>
  | Phases<"select-cell", { readonly selected: boolean }>
  | { readonly action: "watch-changes"; readonly phase: "done"; readonly loaded: Loaded }
  | Phases<"download-copy">
  | Phases<"write-results", { readonly sheet: string }>
  | Phases<"carry-previous", { readonly carried: CarryPlan }>
  | Phases<"set-reading-choice", { readonly sheet: string }>
  | { readonly action: "dismiss-error"; readonly phase: "done" };

export function initialState(mode: Mode, excelUndo: boolean | null = null): SessionState {
  return {
    mode,
    name: null,
    loaded: null,
    choice: {},
    working: null,
    error: null,
    undo: null,
    fixNotice: null,
    templateWritten: null,
    changed: false,
    report: { kind: "idle" },
    selectFailed: false,
    unsaved: false,
    excelUndo,
    carried: null,
    readingSettingsWritten: null,
  };
}

/** A new read of the workbook in hand: in standalone mode, whether it still equals the file the user has. */
function withLoaded(state: SessionState, loaded: Loaded): SessionState {
  return { ...state, loaded, unsaved: state.mode === "standalone" && loaded.differsFromFile };
}

/** The choice with the period changed: a patch sets fields (undefined clears one), null clears all. */
export function withPeriod(choice: AnalysisChoice, period: PeriodChoice | null): AnalysisChoice {
  const next = period === null ? {} : { ...choice.period, ...period };
  const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as PeriodChoice;
  return { ...choice, period: clean };
}

function isWork(action: ActionName): action is Work {
  return (WORK as readonly ActionName[]).includes(action);
}

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  if (event.phase === "start") {
    if (event.action === "select-cell") return { ...state, selectFailed: false };
    if (event.action === "set-period") return { ...state, choice: withPeriod(state.choice, event.period), working: "set-period", error: null };
    if (event.action === "generate-report") return { ...state, error: null, report: { kind: "running" } };
    if (event.action === "deliver-report") return { ...state, report: { kind: "running" } };
    return isWork(event.action) ? { ...state, working: event.action, error: null } : state;
  }
  if (event.phase === "failed") {
    if (event.action === "generate-report" || event.action === "deliver-report") return { ...state, report: { kind: "failed", error: event.error } };
    if (event.action === "select-cell") return { ...state, selectFailed: state.mode === "excel" };
    return { ...state, working: null, error: event.error };
  }
  switch (event.action) {
    case "open":
      // Another workbook: nothing of the last one's fixes, notices, report or period carries over.
      return {
        ...initialState(state.mode, state.excelUndo),
        name: event.name,
        loaded: event.loaded,
        choice: event.choice,
      };
    case "reload":
      return { ...withLoaded(state, event.loaded), working: null };
    case "set-period":
      return event.loaded ? { ...withLoaded(state, event.loaded), working: null } : { ...state, working: null };
    case "apply-fixes":
      // Until the read that follows says otherwise, the copy has changed.
      return { ...state, working: null, undo: event.undo, fixNotice: { kind: "applied", count: event.count }, unsaved: state.mode === "standalone" && event.count > 0 };
    case "undo-fixes":
      return { ...state, working: null, undo: null, fixNotice: { kind: "undone", count: event.count } };
    case "create-template":
      return { ...state, working: null, templateWritten: event.written, unsaved: state.unsaved || (state.mode === "standalone" && event.written.length > 0) };
    case "generate-report":
      return {
        ...withLoaded(state, event.loaded),
        report: event.outcome.ok ? { kind: "running" } : { kind: "done", outcome: event.outcome, delivered: null },
      };
    case "deliver-report":
      return { ...state, report: { kind: "done", outcome: event.outcome, delivered: event.delivered } };
    case "select-cell":
      return { ...state, selectFailed: !event.selected && state.mode === "excel" };
    case "watch-changes":
      return { ...withLoaded(state, event.loaded), changed: true };
    case "download-copy":
      // The file the user now has is the copy as last read (the session tells its reader).
      return { ...state, working: null, unsaved: false };
    case "write-results":
      return { ...state, working: null };
    case "carry-previous":
      return { ...state, working: null, carried: event.carried };
    case "set-reading-choice":
      return { ...state, working: null, readingSettingsWritten: event.sheet };
    case "dismiss-error":
      return { ...state, error: null };
  }
}
