// createSession: the one implementation of the session contract (contract.ts) for the three
// shells. A session holds one open workbook, its analysis for the user's choice, and what the user
// did to it; its named actions are the only way to change that, and each reports itself to the
// reducer (state.ts) that the task pane renders. Every read goes through the workbook's reader
// (reader.ts, or standalone mode's worker): the host's grid is parsed at the edge, then analysed
// once, where the grid is held. Reads and analyses run one at a time, in the order asked.

import type { AnalysisChoice } from "../core/choice";
import { fixEdits, invertEdits } from "../core/fixes";
import { planReadingSettings } from "../core/plan/settings-sheet";
import { planTemplateSheets } from "../core/plan/template";
import type { CellEdit, HostError, WorkbookPort } from "../core/port";
import { planReport } from "../core/report";
import { err, ok, type Result } from "../core/result";
import type { OpenedWorkbook, WorkbookAccess, WorkbookReader, WorkbookSession } from "./contract";
import { writeResultsSheet } from "./read";
import { createReader } from "./reader";
import { initialState, sessionReducer, type ActionName, type Delivered, type Loaded, type SessionError, type SessionEvent } from "./state";
import { watchPort, type PortWatcher } from "./watch";

export type { OpenSource, OpenedWorkbook, WorkbookAccess, WorkbookReader, WorkbookSession } from "./contract";

const hostError = (error: HostError): SessionError => ({ kind: "host", error });
const bug = (e: unknown): SessionError => ({ kind: "bug", message: e instanceof Error ? e.message : String(e) });
const notOpen: SessionError = { kind: "bug", message: "no workbook is open" };

/** An open workbook with the reader its reads go through. */
interface Held {
  readonly workbook: OpenedWorkbook;
  readonly reader: WorkbookReader;
}

export function createSession(access: WorkbookAccess): WorkbookSession {
  let state = initialState(access.mode, access.excelUndo ?? null);
  let held: Held | null = null;
  const listeners = new Set<() => void>();
  /** Whether the shell asked to watch changes, and the watcher of the open workbook's port. */
  let watching = false;
  let watcher: PortWatcher | null = null;

  const dispatch = (event: SessionEvent): void => {
    state = sessionReducer(state, event);
    for (const l of [...listeners]) l();
  };

  /** Runs an action body; a thrown exception is a bug, reported as the action's failure. */
  const run = async <T>(action: Exclude<ActionName, "watch-changes" | "dismiss-error">, body: () => Promise<Result<T, SessionError>>): Promise<Result<T, SessionError>> => {
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

  const hold = (workbook: OpenedWorkbook): Held => ({
    workbook,
    reader: workbook.reader ?? createReader(workbook.port, { trackFile: access.mode === "standalone" }),
  });

  /** The open workbook; inside Excel the workbook is open from the start (a ribbon command never opens one). */
  const workbook = async (): Promise<Result<Held, SessionError>> => {
    if (held) return ok(held);
    if (access.mode !== "excel") return err(notOpen);
    const o = await access.open({ kind: "workbook" });
    if (!o.ok) return err(hostError(o.error));
    held = hold(o.value);
    return ok(held);
  };

  /**
   * Reads and analyses one at a time, in the order asked: a period change made during a read is
   * analysed after it, over its grid, and a report waits for the analysis it is planned from.
   */
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(f: () => Promise<T>): Promise<T> => {
    const next = turn.then(f, f);
    turn = next.catch(() => undefined);
    return next;
  };

  /** One read of the workbook `h` (default: the open one), analysed for the choice at its turn. */
  const read = (choice: () => AnalysisChoice, h?: Held): Promise<Result<Loaded, SessionError>> =>
    inTurn(async () => {
      const w = h ? ok(h) : await workbook();
      if (!w.ok) return w;
      const r = await w.value.reader.read(choice());
      if (!r.ok) return err(hostError(r.error));
      if (w.value === held) watcher?.sheetsRead(r.value.analysis.sheetNames);
      return r;
    });

  /** The analysis in hand once the reads and analyses asked before are done. */
  const current = (): Promise<Loaded | null> => inTurn(() => Promise.resolve(state.loaded));

  const reload = () =>
    run("reload", async () => {
      const r = await read(() => state.choice);
      if (r.ok) dispatch({ action: "reload", phase: "done", loaded: r.value });
      return r;
    });

  /** An action's result, after reading the workbook again when it wrote something (`wrote`). */
  const thenReload = async <T>(r: Result<T, SessionError>, wrote: boolean = r.ok): Promise<Result<T, SessionError>> => {
    if (wrote) await reload();
    return r;
  };

  /** Writes cell edits (fixes or their undo) in one batch; the action reads again after it (thenReload). */
  const edit = async (edits: readonly CellEdit[]) => {
    if (!held) return err(notOpen);
    const r = await held.workbook.port.applyEdits(edits);
    return r.ok ? ok(r.value) : err(hostError(r.error));
  };

  const startWatcher = (h: Held): void => {
    const port: WorkbookPort = h.workbook.port;
    if (watcher?.port === port) return;
    watcher?.stop();
    watcher = null;
    if (!port.watchSheetChanges) return;
    watcher = watchPort(
      port,
      port.watchSheetChanges.bind(port),
      () => inTurn(() => h.reader.read(state.choice)),
      (loaded) => dispatch({ action: "watch-changes", phase: "done", loaded }),
    );
    watcher.sheetsRead(state.loaded?.analysis.sheetNames ?? []);
  };

  /** Which period change is the latest: an earlier one still waiting for its turn is not analysed. */
  let periodRequest = 0;

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
        const next = hold(o.value);
        const r = await read(() => choice, next);
        if (!r.ok) return r; // the workbook in hand stays open
        held = next;
        dispatch({ action: "open", phase: "done", name: o.value.name, loaded: r.value, choice });
        if (watching) startWatcher(next);
        return r;
      }),

    reload,

    setPeriod(period) {
      // The choice changes now (a second change builds on it); the analysis follows in turn.
      const request = ++periodRequest;
      dispatch({ action: "set-period", phase: "start", period });
      return inTurn(async (): Promise<Result<Loaded | null, SessionError>> => {
        if (request !== periodRequest) return ok(state.loaded); // a later change is analysed instead
        const h = held;
        let r: Result<Loaded | null, SessionError> = ok(null);
        try {
          if (h && state.loaded) {
            const a = await h.reader.reanalyse(state.choice);
            r = a.ok ? a : err(hostError(a.error));
          }
        } catch (e) {
          r = err(bug(e));
        }
        if (request !== periodRequest || h !== held) return r; // superseded meanwhile: the later one reports
        dispatch(r.ok ? { action: "set-period", phase: "done", loaded: r.value } : { action: "set-period", phase: "failed", error: r.error });
        return r;
      });
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
      return thenReload(r);
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
      return thenReload(r);
    },

    createTemplate: async () => {
      if (!held || !state.loaded) return err(notOpen);
      const r = await run("create-template", async () => {
        const loaded = await current();
        if (!held || !loaded) return err(notOpen);
        const port = held.workbook.port;
        const missing = loaded.analysis.missingTemplateSheets;
        const w = missing.length === 0 ? ok({ written: [] as readonly string[] }) : await port.write(planTemplateSheets(missing, { year: loaded.analysis.figures?.year }));
        if (!w.ok) return err(hostError(w.error));
        dispatch({ action: "create-template", phase: "done", written: w.value.written });
        return ok(w.value.written);
      });
      return thenReload(r);
    },

    carryPrevious: async () => {
      if (!held || !state.loaded) return err(notOpen);
      const port = held.workbook.port;
      const r = await run("carry-previous", async () => {
        // Planned from a fresh read where the user may have typed meanwhile: empty rows are empty now.
        const loaded = access.live === true ? await read(() => state.choice) : ok(await current());
        if (!loaded.ok) return loaded;
        const carried = loaded.value?.carry ?? null;
        if (carried === null) return err({ kind: "bug", message: "no report period to carry the previous minutes for" });
        const w = carried.write;
        if (w !== null) {
          const written = w.kind === "edits" ? await port.applyEdits(w.edits) : await port.write(w.plan);
          if (!written.ok) return err(hostError(written.error));
        }
        dispatch({ action: "carry-previous", phase: "done", carried });
        return ok(carried);
      });
      return thenReload(r, r.ok && r.value.write !== null);
    },

    generateReport: (options = {}) =>
      run("generate-report", async () => {
        const inHand = access.live === true ? null : await current();
        const loaded = inHand ? ok(inHand) : await read(() => state.choice);
        if (!loaded.ok) return loaded;
        const outcome = planReport(loaded.value.analysis, options);
        dispatch({ action: "generate-report", phase: "done", outcome, loaded: loaded.value });
        return ok(outcome);
      }),

    deliverReport: (outcome, options = {}) =>
      run("deliver-report", async () => {
        const w = await workbook();
        if (!w.ok) return w;
        let delivered: Result<Delivered, HostError>;
        const o = w.value.workbook;
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
      const port = held?.workbook.port;
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
      if (held) startWatcher(held);
      return () => {
        watching = false;
        watcher?.stop();
        watcher = null;
      };
    },

    downloadCopy: () =>
      run("download-copy", async () => {
        const h = held;
        if (!h?.workbook.downloadCopy) return err(notOpen);
        const r = await h.workbook.downloadCopy();
        if (!r.ok) return err(hostError(r.error));
        // The file the user now has is the copy as last read: later reads are compared with it.
        await inTurn(() => h.reader.saved());
        dispatch({ action: "download-copy", phase: "done" });
        return ok(r.value);
      }),

    writeResults: (locale, issues) =>
      run("write-results", async () => {
        const w = await workbook();
        if (!w.ok) return w;
        const list = issues ?? state.loaded?.analysis.issues ?? [];
        const r = await writeResultsSheet(w.value.workbook.port, list, locale, state.loaded);
        if (!r.ok) return err(hostError(r.error));
        dispatch({ action: "write-results", phase: "done", sheet: r.value.sheet });
        return ok(r.value.sheet);
      }),

    setReadingChoice: async (change, locale = "ko") => {
      if (!held || !state.loaded) return err(notOpen);
      const port = held.workbook.port;
      const r = await run("set-reading-choice", async () => {
        const loaded = await current();
        if (!loaded) return err(notOpen);
        // Planned from the read in hand: the settings sheet as read, with this one choice changed.
        const { plan, sheetName } = planReadingSettings(loaded.analysis.sheetNames, loaded.analysis.readingSettings, change, locale);
        const w = await port.write(plan);
        if (!w.ok) return err(hostError(w.error));
        dispatch({ action: "set-reading-choice", phase: "done", sheet: sheetName });
        return ok(sheetName);
      });
      return thenReload(r);
    },

    dismissError() {
      dispatch({ action: "dismiss-error", phase: "done" });
    },
  };
  return session;
}

