// The session contract every shell programs against — the ribbon (src/commands), the task pane
// (src/taskpane) and the CLI (src/cli) — and the one thing that differs between them: how a
// workbook is opened, where it is analysed and where its report goes (WorkbookAccess,
// OpenedWorkbook). createSession (workbook-session.ts) is the one implementation.

import type { AnalysisChoice, PeriodChoice } from "../core/choice";
import type { Fix } from "../core/fixes";
import type { Issue } from "../core/issues/issue";
import type { Locale } from "../core/locale";
import type { CarryPlan } from "../core/meeting/carry";
import type { ReadingChange } from "../core/plan/settings-sheet";
import type { WorkbookPlan } from "../core/plan/sheet-plan";
import type { HostError, WorkbookPort } from "../core/port";
import type { ReportOptions, ReportOutcome } from "../core/report";
import type { Result } from "../core/result";
import type { Delivered, Loaded, Mode, SessionError, SessionState } from "./state";

/** What to open: the workbook Excel has open, a file's bytes, or the bundled sample. */
export type OpenSource =
  | { readonly kind: "workbook" }
  | { readonly kind: "file"; readonly name: string; readonly bytes: () => Promise<ArrayBuffer | Uint8Array> }
  | { readonly kind: "sample" };

/**
 * Where a workbook's reads are analysed: one read, analysed once for the choice; the last read
 * analysed again for another choice; and (standalone) the file the user has. createReader
 * (reader.ts) does it in the session's thread; standalone mode's worker does it beside the workbook.
 */
export interface WorkbookReader {
  /** One read of the workbook, analysed once for the choice. */
  read(choice: AnalysisChoice): Promise<Result<Loaded, HostError>>;
  /** The workbook as last read, analysed again for another choice: no read. */
  reanalyse(choice: AnalysisChoice): Promise<Result<Loaded, HostError>>;
  /** Standalone: the user now has the workbook as last read as a file (the copy was downloaded). */
  saved(): Promise<void>;
}

/** An open workbook: its host port, and where a report on it goes when not into it. */
export interface OpenedWorkbook {
  readonly port: WorkbookPort;
  /**
   * Where its reads are analysed when not in the session's thread (standalone mode's worker, which
   * holds the workbook and its grid); without it, createReader over `port`.
   */
  readonly reader?: WorkbookReader;
  /** The file's name as the user knows it ("" inside Excel). */
  readonly name: string;
  /** Puts the planned report where the user gets it; without this it is written into the workbook. */
  readonly deliver?: (plan: WorkbookPlan, outcome: Extract<ReportOutcome, { ok: true }>) => Promise<Result<Delivered, HostError>>;
  /** Standalone: downloads the working copy (after fixes or template sheets); resolves to its file name. */
  readonly downloadCopy?: () => Promise<Result<string, HostError>>;
}

/** How a session gets at workbooks where it runs. */
export interface WorkbookAccess {
  readonly mode: Mode;
  open(source: OpenSource): Promise<Result<OpenedWorkbook, HostError>>;
  /**
   * True where the workbook can change behind the session (Excel: the user types while the pane
   * is open), so a report reads it again; a file changes only through the session.
   */
  readonly live?: boolean;
  /**
   * Excel: whether Excel's own undo takes back a batch the add-in writes (ExcelApi 1.20); the
   * session state carries it (SessionState.excelUndo) for the pane's note before a write.
   */
  readonly excelUndo?: boolean;
}

export interface WorkbookSession {
  readonly mode: Mode;
  getState(): SessionState;
  /** Calls `listener` after every change of state; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;

  /** Opens a workbook, reads and analyses it. A new workbook starts with `choice` (default none). */
  open(source?: OpenSource, choice?: AnalysisChoice): Promise<Result<Loaded, SessionError>>;
  /** Reads the open workbook again and analyses it, keeping the choice. */
  reload(): Promise<Result<Loaded, SessionError>>;
  /**
   * Changes the chosen period (null: back to the meeting sheet and the defaults) and analyses the
   * workbook as last read again, without reading it (where the grid is held: standalone, in the
   * worker). Resolves to the new analysis, or null when no workbook is open.
   */
  setPeriod(period: PeriodChoice | null): Promise<Result<Loaded | null, SessionError>>;
  /** Writes the fixes in one batch and keeps the edits that undo them, then reads again. */
  applyFixes(fixes: readonly Fix[]): Promise<Result<number, SessionError>>;
  /** Puts back what the last applied fixes changed, then reads again. */
  undoFixes(): Promise<Result<number, SessionError>>;
  /** Adds the template's data sheets the workbook lacks (never replacing one), then reads again. */
  createTemplate(): Promise<Result<readonly string[], SessionError>>;
  /**
   * "전차 회의록에서 가져오기": writes the previous minutes' plans and decisions into the meeting
   * sheet's [전차 추진 계획] and [전차 결정사항] (reading again first where the workbook is live, so
   * nothing the user has just typed is written over), then reads again. Resolves to what was
   * carried; a refusal (no previous minutes, nothing new) writes nothing. The preview is
   * state.loaded.carry.
   */
  carryPrevious(): Promise<Result<CarryPlan, SessionError>>;
  /** Plans the report for the choice (reading again first where the workbook is live). Writes nothing. */
  generateReport(options?: ReportOptions): Promise<Result<ReportOutcome, SessionError>>;
  /**
   * Delivers a planned report: written into the workbook, or downloaded as a new file. A refused
   * report writes the results sheet instead when `resultsSheet` names its language (the ribbon).
   */
  deliverReport(outcome: ReportOutcome, options?: { readonly resultsSheet?: Locale }): Promise<Result<Delivered, SessionError>>;
  /** Selects a cell in Excel; false where there is no spreadsheet on screen. */
  selectCell(sheet: string, cell: string): Promise<boolean>;
  /** Re-reads and re-analyses after the user changes the workbook (Excel); returns the unsubscribe. */
  watchChanges(): () => void;
  /** Standalone: downloads the working copy; resolves to its file name. */
  downloadCopy(): Promise<Result<string, SessionError>>;
  /** Writes (or refreshes) the results sheet listing `issues`, by default the analysis' (the ribbon's 데이터 검증). */
  writeResults(locale: Locale, issues?: readonly Issue[]): Promise<Result<string, SessionError>>;
  /**
   * Changes one reading choice (a field's column, a row taken as a total or as data) by writing
   * the workbook's reading settings sheet ('읽기 설정'), then reads again: the choice is kept in
   * the workbook, where every host and the ribbon read it. Resolves to the sheet's name.
   */
  setReadingChoice(change: ReadingChange, locale?: Locale): Promise<Result<string, SessionError>>;
  dismissError(): void;
}
