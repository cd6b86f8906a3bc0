// The session without React: its reducer fed events, and its named actions over a fake workbook.
// What the task pane shows is this state, so these are the pane's behaviours without a DOM.
import * as analyzeModule from "../../src/core/analyze";
import type { ReportOutcome } from "../../src/core/report";
import { sampleWorkbookGrid } from "../../src/sample";
import { initialState, sessionReducer, type Loaded, type SessionEvent, type SessionState } from "../../src/session/state";
import { analyseGrid } from "../../src/session/read";
import { fakeSession } from "../taskpane/fake-session";
import { LEDGER, withLedgerEdits } from "../taskpane/grids";

const loadedOf = (choice = {}): Loaded => analyseGrid(sampleWorkbookGrid(), choice);
const reduce = (events: readonly SessionEvent[], from: SessionState = initialState("excel")) => events.reduce(sessionReducer, from);
const hostError = { kind: "host", error: { code: "sheet-protected", detail: "x" } } as const;

describe("the session's reducer", () => {
  const opened = reduce([{ action: "open", phase: "done", name: "", loaded: loadedOf(), choice: {} }]);

  it("opening another workbook forgets the last one's period, fixes, notices and report", () => {
    const busy = reduce(
      [
        { action: "set-period", phase: "start", period: { quarter: 1 } },
        { action: "set-period", phase: "done", loaded: loadedOf({ period: { quarter: 1 } }) },
        { action: "apply-fixes", phase: "done", count: 2, undo: [{ sheet: LEDGER, cell: "A1", value: "x" }] },
        { action: "create-template", phase: "done", written: ["교부내역"] },
      ],
      opened,
    );
    expect(busy.undo).toHaveLength(1);
    expect(busy.choice.period).toEqual({ quarter: 1 });
    const again = reduce([{ action: "open", phase: "done", name: "b.xlsx", loaded: loadedOf(), choice: {} }], busy);
    expect(again).toMatchObject({ name: "b.xlsx", undo: null, fixNotice: null, templateWritten: null, report: { kind: "idle" }, choice: {} });
  });

  it("setting the period changes the choice at once (a patch on the last one, null clears it), and takes the analysis that follows", () => {
    const asked = reduce([{ action: "set-period", phase: "start", period: { quarter: 1 } }], opened);
    expect(asked).toMatchObject({ choice: { period: { quarter: 1 } }, working: "set-period" });
    expect(asked.loaded).toBe(opened.loaded); // the figures in hand until the new analysis arrives
    const q1Loaded = loadedOf({ period: { quarter: 1 } });
    const q1 = reduce([{ action: "set-period", phase: "done", loaded: q1Loaded }], asked);
    expect(q1).toMatchObject({ loaded: q1Loaded, working: null });
    const patched = reduce([{ action: "set-period", phase: "start", period: { asOf: "2024-02-01" } }], q1);
    expect(patched.choice.period).toEqual({ quarter: 1, asOf: "2024-02-01" });
    const cleared = reduce([{ action: "set-period", phase: "start", period: { asOf: undefined } }], patched);
    expect(cleared.choice.period).toEqual({ quarter: 1 });
    expect(reduce([{ action: "set-period", phase: "start", period: null }], patched).choice.period).toEqual({});
    const failed = reduce([{ action: "set-period", phase: "failed", error: hostError }], asked);
    expect(failed).toMatchObject({ working: null, error: hostError, loaded: opened.loaded });
  });

  it("work in progress, its failure and its dismissal", () => {
    const started = reduce([{ action: "apply-fixes", phase: "start" }], opened);
    expect(started.working).toBe("apply-fixes");
    const failed = reduce([{ action: "apply-fixes", phase: "failed", error: hostError }], started);
    expect(failed).toMatchObject({ working: null, error: hostError });
    expect(reduce([{ action: "reload", phase: "start" }], failed).error).toBeNull();
    expect(reduce([{ action: "dismiss-error", phase: "done" }], failed).error).toBeNull();
  });

  it("a report runs, is planned, delivered; a refused one is done at once; a failed one says why", () => {
    const ok = { ok: true } as unknown as ReportOutcome;
    const refused = { ok: false } as unknown as ReportOutcome;
    const loaded = loadedOf();
    expect(reduce([{ action: "generate-report", phase: "start" }], opened).report).toEqual({ kind: "running" });
    expect(reduce([{ action: "generate-report", phase: "done", outcome: ok, loaded }], opened).report).toEqual({ kind: "running" });
    expect(reduce([{ action: "generate-report", phase: "done", outcome: refused, loaded }], opened).report).toEqual({ kind: "done", outcome: refused, delivered: null });
    const delivered = { written: ["회의록 2024-2분기"] };
    expect(reduce([{ action: "deliver-report", phase: "done", outcome: ok, delivered }], opened).report).toEqual({ kind: "done", outcome: ok, delivered });
    const failed = reduce([{ action: "deliver-report", phase: "failed", error: hostError }], opened);
    expect(failed.report).toEqual({ kind: "failed", error: hostError });
    expect(failed.error).toBeNull(); // the report keeps its own failure
  });

  it("a cell that cannot be selected is a failure only in Excel", () => {
    expect(reduce([{ action: "select-cell", phase: "done", selected: false }], opened).selectFailed).toBe(true);
    expect(reduce([{ action: "select-cell", phase: "done", selected: false }], initialState("standalone")).selectFailed).toBe(false);
    const failed = reduce([{ action: "select-cell", phase: "failed", error: hostError }], opened);
    expect(reduce([{ action: "select-cell", phase: "start" }], failed).selectFailed).toBe(false);
  });
});

describe("the session's actions over a workbook in Excel", () => {
  it("a paste is read once and analysed once, for the period chosen, and rendered once", async () => {
    const { session, book } = fakeSession(sampleWorkbookGrid());
    await session.open();
    await session.setPeriod({ quarter: 1 });
    const stop = session.watchChanges();
    const reads = book.reads;
    const analyses = jest.spyOn(analyzeModule, "analyze");
    let renders = 0;
    const changed = new Promise<void>((resolve) =>
      session.subscribe(() => {
        renders++;
        resolve();
      }),
    );
    const { cells } = withLedgerEdits([{ key: "amount", row: 1, header: "금액", value: "x" }]);
    book.userEdits([{ sheet: LEDGER, cell: cells["amount"]!, value: "12a,000" }]);
    await changed;
    stop();
    const calls = analyses.mock.calls.map((c) => c[1]);
    analyses.mockRestore();
    expect(book.reads - reads).toBe(1);
    expect(calls).toEqual([{ period: { quarter: 1 } }]);
    expect(renders).toBe(1);
    const state = session.getState();
    expect(state.changed).toBe(true);
    expect(state.loaded!.analysis.issues.some((i) => i.sheet === LEDGER && i.cell === cells["amount"])).toBe(true);
  });

  it("a period change analyses the workbook as last read again, without reading it; null goes back to the meeting sheet", async () => {
    const { session, book } = fakeSession(sampleWorkbookGrid());
    await session.open();
    const reads = book.reads;
    const q1 = await session.setPeriod({ quarter: 1 });
    expect(q1.ok && q1.value?.analysis.period).toMatchObject({ quarter: 1, asOf: "2024-03-31", source: { quarter: "option", asOf: "default" } });
    expect(session.getState()).toMatchObject({ working: null, choice: { period: { quarter: 1 } } });
    expect(session.getState().loaded).toBe(q1.ok ? q1.value : null);
    // Two changes in a row: the second builds on the first, and only the last is analysed.
    const analyses = jest.spyOn(analyzeModule, "analyze");
    const first = session.setPeriod({ asOf: "2024-02-01" });
    const second = session.setPeriod({ quarter: 2 });
    await Promise.all([first, second]);
    expect(analyses.mock.calls.map((c) => c[1])).toEqual([{ period: { quarter: 2, asOf: "2024-02-01" } }]);
    analyses.mockRestore();
    expect(session.getState().loaded!.analysis.period).toMatchObject({ quarter: 2, asOf: "2024-02-01" });
    await session.setPeriod(null);
    expect(session.getState().loaded!.analysis.period).toMatchObject({ quarter: 2, asOf: "2024-05-24", source: { quarter: "meeting", asOf: "meeting" } });
    expect(book.reads).toBe(reads);
  });

  it("apply fixes, then undo: one batch each, the workbook read again after each, the state says what happened", async () => {
    const { grid, cells } = withLedgerEdits([{ key: "spaces", row: 2, header: "금액", value: " 48,400 " }]);
    const { session, book } = fakeSession(grid);
    const opened = await session.open();
    if (!opened.ok) throw new Error("open");
    const fixes = opened.value.analysis.fixes;
    expect(fixes.map((f) => f.cell)).toContain(cells["spaces"]);
    const applied = await session.applyFixes(fixes);
    expect(applied).toEqual({ ok: true, value: fixes.length });
    expect(book.valueAt(LEDGER, cells["spaces"]!)).toBe(48400);
    expect(session.getState()).toMatchObject({ working: null, fixNotice: { kind: "applied", count: fixes.length } });
    expect(session.getState().loaded!.analysis.fixes).toEqual([]);
    await session.undoFixes();
    expect(book.valueAt(LEDGER, cells["spaces"]!)).toBe(" 48,400 ");
    expect(session.getState()).toMatchObject({ undo: null, fixNotice: { kind: "undone", count: fixes.length } });
    expect(book.editBatches).toHaveLength(2);
  });

  it("create template adds only the sheets the analysis says are missing, then reads again", async () => {
    const sample = sampleWorkbookGrid();
    const { session, book } = fakeSession({ sheets: sample.sheets.filter((s) => s.name !== "교부내역") });
    const opened = await session.open();
    if (!opened.ok) throw new Error("open");
    expect(opened.value.analysis.missingTemplateSheets).toEqual([{ role: "grants", name: "교부내역" }]);
    const r = await session.createTemplate();
    expect(r).toEqual({ ok: true, value: ["교부내역"] });
    expect(book.written).toHaveLength(1);
    expect(session.getState().loaded!.analysis.missingTemplateSheets).toEqual([]);
  });
});
