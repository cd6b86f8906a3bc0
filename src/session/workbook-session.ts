// One session contract for the three shells — the ribbon, the task pane and the CLI — over any
// host. A session holds one open workbook, its analysis for the user's choice, and what the user
// did to it; its named actions are the only way to change that, and each reports itself to the
// reducer (state.ts) that the task pane renders. What differs between Excel, a file in the
// browser and a file on the command line is only how a workbook is opened and where a report
// goes (WorkbookAccess); everything else is the same code for all three.
//
// Every read goes through readLoaded: the host's grid is parsed at the edge, then analysed once.

import { analyze } from "../core/analyze";
import type { AnalysisChoice, PeriodChoice } from "../core/choice";
import { fixEdits, invertEdits, type Fix } from "../core/fixes";
import { tryParseWorkbookGrid } from "../core/grid-parse";
import { hostErrorIssue, type Issue } from "../core/issues/issue";
import type { Locale } from "../core/locale";
import { planIssuesSheet } from "../core/plan/issues-sheet";
import type { WorkbookPlan } from "../core/plan/sheet-plan";
import { planTemplateSheets } from "../core/plan/template";
import type { WorkbookGrid } from "../core/grid";
import type { CellEdit, HostError, WorkbookPort } from "../core/port";
import { planReport, type ReportOptions, type ReportOutcome } from "../core/report";
import { err, ok, type Result } from "../core/result";
import { createRevalidator } from "./revalidate";
import {
  initialState,
  sessionReducer,
  type ActionName,
  type Delivered,
  type Loaded,
  type Mode,
  type SessionError,
  type SessionEvent,
  type SessionState,
} from "./state";

/** What to open: the workbook Excel has open, a file's bytes, or the bundled sample. */
export type OpenSource =
  | { readonly kind: "workbook" }
  | { readonly kind: "file"; readonly name: string; readonly bytes: () => Promise<ArrayBuffer | Uint8Array> }
  | { readonly kind: "sample" };

/** An open workbook: its host port, and where a report on it goes when not into it. */
export interface OpenedWorkbook {
  readonly port: WorkbookPort;
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
  /** Changes the chosen period (null: back to the meeting sheet and the defaults) and analyses the grid in hand again. */
  setPeriod(period: PeriodChoice | null): void;
  /** Writes the fixes in one batch and keeps the edits that undo them, then reads again. */
  applyFixes(fixes: readonly Fix[]): Promise<Result<number, SessionError>>;
  /** Puts back what the last applied fixes changed, then reads again. */
  undoFixes(): Promise<Result<number, SessionError>>;
  /** Adds the template's data sheets the workbook lacks (never replacing one), then reads again. */
  createTemplate(): Promise<Result<readonly string[], SessionError>>;
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
  dismissError(): void;
}

const hostError = (error: HostError): SessionError => ({ kind: "host", error });
const bug = (e: unknown): SessionError => ({ kind: "bug", message: e instanceof Error ? e.message : String(e) });
const notOpen: SessionError = { kind: "bug", message: "no workbook is open" };

/** One read at the host edge: what the host hands over is parsed into a grid here and only here. */
export async function readGrid(port: WorkbookPort): Promise<Result<WorkbookGrid, HostError>> {
  const read = await port.read();
  if (!read.ok) return read;
  const grid = tryParseWorkbookGrid(read.value);
  return grid.ok ? grid : err({ code: "unknown", detail: `the host handed over a malformed workbook: ${grid.error}` });
}

/** A read, analysed once for the choice. */
export async function readLoaded(port: WorkbookPort, choice: AnalysisChoice): Promise<Result<Loaded, HostError>> {
  const grid = await readGrid(port);
  return grid.ok ? ok({ grid: grid.value, analysis: analyze(grid.value, choice) }) : grid;
}

export function createSession(access: WorkbookAccess): WorkbookSession {
  let state = initialState(access.mode);
  let opened: OpenedWorkbook | null = null;
  const listeners = new Set<() => void>();
  /** Set while changes are watched: registers handlers on sheets a later read finds. */
  let onSheetsRead: ((names: readonly string[]) => void) | null = null;
  /** Whether the shell asked to watch changes, and the watcher of the open workbook's port. */
  let watching = false;
  let watcher: { readonly port: WorkbookPort; stop(): void } | null = null;

  const dispatch = (event: SessionEvent): void => {
    state = sessionReducer(state, event);
    for (const l of [...listeners]) l();
  };

  /** Runs an action body; a thrown exception is a bug, reported as the action's failure. */
  const run = async <T>(action: Exclude<ActionName, "set-period" | "watch-changes" | "dismiss-error">, body: () => Promise<Result<T, SessionError>>): Promise<Result<T, SessionError>> => {
    dispatch({ action, phase: "start" } as SessionEvent);
    let r: Result<T, SessionError>;
    try {
      r = await body();
    } catch (e) {
      r = err(bug(e));
    }
    if (!r.ok) dispatch({ action, phase: "failed", error: r.error } as SessionEvent);
    return r;
  };

  /** The open workbook; inside Excel the workbook is open from the start (a ribbon command never opens one). */
  const workbook = async (): Promise<Result<OpenedWorkbook, SessionError>> => {
    if (opened) return ok(opened);
    if (access.mode !== "excel") return err(notOpen);
    const o = await access.open({ kind: "workbook" });
    if (!o.ok) return err(hostError(o.error));
    opened = o.value;
    return ok(opened);
  };

  const read = async (choice: AnalysisChoice): Promise<Result<Loaded, SessionError>> => {
    const w = await workbook();
    if (!w.ok) return w;
    const r = await readLoaded(w.value.port, choice);
    if (!r.ok) return err(hostError(r.error));
    onSheetsRead?.(r.value.grid.sheets.map((s) => s.name));
    return r;
  };

  const reload = () =>
    run("reload", async () => {
      const r = await read(state.choice);
      if (r.ok) dispatch({ action: "reload", phase: "done", loaded: r.value });
      return r;
    });

  /** Writes cell edits (fixes or their undo); reads again after a write that went through. */
  const edit = async (edits: readonly CellEdit[]) => {
    if (!opened) return err(notOpen);
    const r = await opened.port.applyEdits(edits);
    return r.ok ? ok(r.value) : err(hostError(r.error));
  };

  const startWatcher = (port: WorkbookPort): void => {
    if (watcher?.port === port) return;
    watcher?.stop();
    watcher = port.watchSheetChanges ? watchPort(port, port.watchSheetChanges.bind(port)) : null;
  };

  /**
   * Re-reads after the user changes the workbook: a burst of changes gives one read and one
   * analysis (revalidate.ts). Every sheet read is watched, including sheets that appear later
   * (the template's, or one the user adds and pastes into): each read registers handlers on
   * sheets it had not seen.
   */
  const watchPort = (port: WorkbookPort, watchSheets: NonNullable<WorkbookPort["watchSheetChanges"]>) => {
    let stopped = false;
    const watched = new Set<string>();
    const removers: (() => Promise<void>)[] = [];
    const revalidator = createRevalidator({
      read: () => readLoaded(port, state.choice),
      onResult: (result) => {
        if (stopped || !result.ok) return;
        watch(result.value.grid.sheets.map((s) => s.name));
        dispatch({ action: "watch-changes", phase: "done", loaded: result.value });
      },
    });
    const watch = (names: readonly string[]): void => {
      const fresh = names.filter((n) => !watched.has(n));
      if (stopped || fresh.length === 0) return;
      for (const n of fresh) watched.add(n);
      void watchSheets(fresh, (sheet, address) => revalidator.notify(sheet, address)).then((r) => {
        if (!r.ok) {
          for (const n of fresh) watched.delete(n); // tried again on the next read
          return;
        }
        if (stopped) void r.value();
        else removers.push(r.value);
      });
    };
    onSheetsRead = watch;
    watch(state.loaded?.grid.sheets.map((s) => s.name) ?? []);
    return {
      port,
      stop() {
        stopped = true;
        if (onSheetsRead === watch) onSheetsRead = null;
        revalidator.dispose();
        for (const remove of removers) void remove();
      },
    };
  };

  const session: WorkbookSession = {
    mode: access.mode,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    open: (source = { kind: "workbook" }, choice = {}) =>
      run("open", async () => {
        const o = await access.open(source);
        if (!o.ok) return err(hostError(o.error));
        const previous = opened;
        opened = o.value;
        const r = await read(choice);
        if (!r.ok) {
          opened = previous; // the workbook in hand stays open
          return r;
        }
        dispatch({ action: "open", phase: "done", name: o.value.name, loaded: r.value, choice });
        if (watching) startWatcher(o.value.port);
        return r;
      }),

    reload,

    setPeriod(period) {
      dispatch({ action: "set-period", phase: "done", period });
    },

    applyFixes: async (fixes) => {
      const r = await run("apply-fixes", async () => {
        const w = await edit(fixEdits(fixes));
        if (!w.ok) return w;
        // The host's record of the cells before the batch (values and formats) when it keeps one;
        // else the values the fixes were planned from, which are exactly what was read.
        dispatch({ action: "apply-fixes", phase: "done", count: w.value.count, undo: w.value.previous ?? invertEdits(fixes) });
        return ok(w.value.count);
      });
      if (r.ok) await reload();
      return r;
    },

    undoFixes: async () => {
      const undo = state.undo;
      if (!undo) return err(notOpen);
      const r = await run("undo-fixes", async () => {
        const w = await edit(undo);
        if (!w.ok) return w;
        dispatch({ action: "undo-fixes", phase: "done", count: w.value.count });
        return ok(w.value.count);
      });
      if (r.ok) await reload();
      return r;
    },

    createTemplate: async () => {
      const loaded = state.loaded;
      if (!opened || !loaded) return err(notOpen);
      const port = opened.port;
      const r = await run("create-template", async () => {
        const missing = loaded.analysis.missingTemplateSheets;
        const w = missing.length === 0 ? ok({ written: [] as readonly string[] }) : await port.write(planTemplateSheets(missing, { year: loaded.analysis.figures?.year }));
        if (!w.ok) return err(hostError(w.error));
        dispatch({ action: "create-template", phase: "done", written: w.value.written });
        return ok(w.value.written);
      });
      if (r.ok) await reload();
      return r;
    },

    generateReport: (options = {}) =>
      run("generate-report", async () => {
        const loaded = access.live === true || !state.loaded ? await read(state.choice) : ok(state.loaded);
        if (!loaded.ok) return loaded;
        const outcome = planReport(loaded.value.analysis, options);
        dispatch({ action: "generate-report", phase: "done", outcome, loaded: loaded.value });
        return ok(outcome);
      }),

    deliverReport: (outcome, options = {}) =>
      run("deliver-report", async () => {
        const w = await workbook();
        if (!w.ok) return w;
        const o = w.value;
        let delivered: Result<Delivered, HostError>;
        if (outcome.ok) delivered = o.deliver ? await o.deliver(outcome.plan, outcome) : await o.port.write(outcome.plan);
        else if (options.resultsSheet !== undefined) {
          const results = await writeResultsSheet(o.port, outcome.issues, options.resultsSheet, state.loaded);
          delivered = results.ok ? ok({ written: results.value.written, resultsSheet: results.value.sheet }) : results;
        } else delivered = ok({ written: [] });
        if (!delivered.ok) return err(hostError(delivered.error));
        dispatch({ action: "deliver-report", phase: "done", outcome, delivered: delivered.value });
        return ok(delivered.value);
      }),

    async selectCell(sheet, cell) {
      const port = opened?.port;
      const r = await run("select-cell", async () => {
        if (!port?.selectCell) return ok(false);
        const s = await port.selectCell(sheet, cell);
        return s.ok ? ok(true) : err(hostError(s.error));
      });
      if (r.ok) dispatch({ action: "select-cell", phase: "done", selected: r.value });
      return r.ok && r.value;
    },

    watchChanges() {
      watching = true;
      if (opened) startWatcher(opened.port);
      return () => {
        watching = false;
        watcher?.stop();
        watcher = null;
      };
    },

    downloadCopy: () =>
      run("download-copy", async () => {
        if (!opened?.downloadCopy) return err(notOpen);
        const r = await opened.downloadCopy();
        if (!r.ok) return err(hostError(r.error));
        dispatch({ action: "download-copy", phase: "done" });
        return ok(r.value);
      }),

    writeResults: (locale, issues) =>
      run("write-results", async () => {
        const w = await workbook();
        if (!w.ok) return w;
        const list = issues ?? state.loaded?.analysis.issues ?? [];
        const r = await writeResultsSheet(w.value.port, list, locale, state.loaded);
        if (!r.ok) return err(hostError(r.error));
        dispatch({ action: "write-results", phase: "done", sheet: r.value.sheet });
        return ok(r.value.sheet);
      }),

    dismissError() {
      dispatch({ action: "dismiss-error", phase: "done" });
    },
  };
  return session;
}

/**
 * The add-in's results sheet ("검증 결과") listing the issues, replacing its own earlier one. It is
 * planned beside the workbook's sheets, read just before when the session has none in hand.
 */
async function writeResultsSheet(
  port: WorkbookPort,
  issues: readonly Issue[],
  locale: Locale,
  loaded: Loaded | null = null,
): Promise<Result<{ sheet: string; written: readonly string[] }, HostError>> {
  let grid = loaded?.grid;
  if (!grid) {
    const r = await readGrid(port);
    if (!r.ok) return r;
    grid = r.value;
  }
  const { plan, sheetName } = planIssuesSheet(issues, grid, locale);
  const w = await port.write(plan);
  return w.ok ? ok({ sheet: sheetName, written: w.value.written }) : w;
}

/** A host failure as the issue the catalog words it with. */
export function errorIssue(error: SessionError): Issue | null {
  return error.kind === "host" ? hostErrorIssue(error.error) : null;
}
