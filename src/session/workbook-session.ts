// createSession: the one implementation of the session contract (contract.ts) for the three
// shells. A session holds one open workbook, its analysis for the user's choice, and what the user
// did to it; its named actions are the only way to change that, and each reports itself to the
// reducer (state.ts) that the task pane renders. Every read goes through read.ts: the host's grid
// is parsed at the edge, then analysed once.

import type { AnalysisChoice } from "../core/choice";
import { fixEdits, invertEdits } from "../core/fixes";
import { planReadingSettings } from "../core/plan/settings-sheet";
import { planTemplateSheets } from "../core/plan/template";
import type { CellEdit, HostError, WorkbookPort } from "../core/port";
import { planReport } from "../core/report";
import { err, ok, type Result } from "../core/result";
import type { OpenedWorkbook, WorkbookAccess, WorkbookSession } from "./contract";
import { carryPreview } from "./carry";
import { readLoaded, writeResultsSheet } from "./read";
import { initialState, sessionReducer, type ActionName, type Delivered, type Loaded, type SessionError, type SessionEvent } from "./state";
import { watchPort, type PortWatcher } from "./watch";

export type { OpenSource, OpenedWorkbook, WorkbookAccess, WorkbookSession } from "./contract";
export { readGrid, readLoaded } from "./read";
export { carryPreview } from "./carry";

const hostError = (error: HostError): SessionError => ({ kind: "host", error });
const bug = (e: unknown): SessionError => ({ kind: "bug", message: e instanceof Error ? e.message : String(e) });
const notOpen: SessionError = { kind: "bug", message: "no workbook is open" };

export function createSession(access: WorkbookAccess): WorkbookSession {
  let state = initialState(access.mode, access.excelUndo ?? null);
  let opened: OpenedWorkbook | null = null;
  const listeners = new Set<() => void>();
  /** Whether the shell asked to watch changes, and the watcher of the open workbook's port. */
  let watching = false;
  let watcher: PortWatcher | null = null;

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
    watcher?.sheetsRead(r.value.grid.sheets.map((s) => s.name));
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
    watcher = null;
    if (!port.watchSheetChanges) return;
    watcher = watchPort(
      port,
      port.watchSheetChanges.bind(port),
      () => readLoaded(port, state.choice),
      (loaded) => dispatch({ action: "watch-changes", phase: "done", loaded }),
    );
    watcher.sheetsRead(state.loaded?.grid.sheets.map((s) => s.name) ?? []);
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
      if (!undo) return err({ kind: "bug", message: "no fixes to undo" });
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

    carryPrevious: async () => {
      if (!opened || !state.loaded) return err(notOpen);
      const port = opened.port;
      const r = await run("carry-previous", async () => {
        // Planned from a fresh read where the user may have typed meanwhile: empty rows are empty now.
        const loaded = access.live === true ? await read(state.choice) : ok(state.loaded!);
        if (!loaded.ok) return loaded;
        const carried = carryPreview(loaded.value);
        if (carried === null) return err({ kind: "bug", message: "no report period to carry the previous minutes for" });
        const w = carried.write;
        if (w !== null) {
          const written = w.kind === "edits" ? await port.applyEdits(w.edits) : await port.write(w.plan);
          if (!written.ok) return err(hostError(written.error));
        }
        dispatch({ action: "carry-previous", phase: "done", carried });
        return ok(carried);
      });
      if (r.ok && r.value.write !== null) await reload();
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

    setReadingChoice: async (change, locale = "ko") => {
      const loaded = state.loaded;
      if (!opened || !loaded) return err(notOpen);
      const port = opened.port;
      const r = await run("set-reading-choice", async () => {
        // Planned from the grid in hand: the settings sheet as read, with this one choice changed.
        const { plan, sheetName } = planReadingSettings(loaded.grid, loaded.analysis.readingSettings, change, locale);
        const w = await port.write(plan);
        if (!w.ok) return err(hostError(w.error));
        dispatch({ action: "set-reading-choice", phase: "done", sheet: sheetName });
        return ok(sheetName);
      });
      if (r.ok) await reload();
      return r;
    },

    dismissError() {
      dispatch({ action: "dismiss-error", phase: "done" });
    },
  };
  return session;
}

