// No lost work in standalone mode: the session knows when the page's copy holds changes the user
// has not downloaded (fixes, template sheets), and stops saying so once the copy equals the file
// again — after undo, or after downloading it. Inside Excel the workbook is Excel's: never.
import { sameGridContent } from "../../src/core/grid-equal";
import type { WorkbookGrid } from "../../src/core/grid";
import { sampleWorkbookGrid } from "../../src/sample";
import { fakeSession } from "../taskpane/fake-session";
import { LEDGER, withLedgerEdits } from "../taskpane/grids";

const withSpaces = () => withLedgerEdits([{ key: "spaces", row: 2, header: "금액", value: " 48,400 " }]);

describe("unsaved changes (standalone)", () => {
  it("fixes make the copy unsaved; undo makes it equal to the file again", async () => {
    const { session } = fakeSession(withSpaces().grid, "standalone");
    await session.open({ kind: "sample" });
    expect(session.getState()).toMatchObject({ unsaved: false });
    await session.applyFixes(session.getState().loaded!.analysis.fixes);
    expect(session.getState().unsaved).toBe(true);
    await session.undoFixes();
    expect(session.getState()).toMatchObject({ unsaved: false, fixNotice: { kind: "undone" } });
  });

  it("downloading the copy makes it the file the user has; a later change is unsaved again", async () => {
    const { session } = fakeSession(withSpaces().grid, "standalone");
    await session.open({ kind: "sample" });
    await session.applyFixes(session.getState().loaded!.analysis.fixes);
    const r = await session.downloadCopy();
    expect(r.ok).toBe(true);
    expect(session.getState().unsaved).toBe(false);
    // Undo now changes the copy away from what was downloaded.
    await session.undoFixes();
    expect(session.getState().unsaved).toBe(true);
  });

  it("template sheets make the copy unsaved", async () => {
    const { session } = fakeSession({ sheets: sampleWorkbookGrid().sheets.filter((s) => s.name !== "회의정보") }, "standalone");
    await session.open({ kind: "sample" });
    await session.createTemplate();
    expect(session.getState()).toMatchObject({ unsaved: true, templateWritten: ["회의정보"] });
  });

  it("opening another workbook starts clean", async () => {
    const { session } = fakeSession(withSpaces().grid, "standalone");
    await session.open({ kind: "sample" });
    await session.applyFixes(session.getState().loaded!.analysis.fixes);
    await session.open({ kind: "sample" });
    expect(session.getState().unsaved).toBe(false);
  });

  it("inside Excel nothing is ever unsaved: the workbook is Excel's", async () => {
    const { session } = fakeSession(withSpaces().grid, "excel");
    await session.open();
    await session.applyFixes(session.getState().loaded!.analysis.fixes);
    expect(session.getState().unsaved).toBe(false);
  });
});

describe("sameGridContent", () => {
  const grid = (values: WorkbookGrid["sheets"][number]["values"], origin = { row: 0, col: 0 }, name = LEDGER): WorkbookGrid => ({ sheets: [{ name, origin, values }] });

  it.each<[string, WorkbookGrid, WorkbookGrid, boolean]>([
    ["equal values", grid([["a", 1]]), grid([["a", 1]]), true],
    ["a changed value", grid([["a", 1]]), grid([["a", 2]]), false],
    ["text and number", grid([["1"]]), grid([[1]]), false],
    ["trailing empty cells and rows", grid([["a", null]]), grid([["a"], [null]]), true],
    ["a used range that starts lower, same cells", grid([[null], ["a"]]), grid([["a"]], { row: 1, col: 0 }), true],
    ["dates by serial", grid([[{ kind: "date", serial: 45436 }]]), grid([[{ kind: "date", serial: 45436 }]]), true],
    ["a date and its serial as a number", grid([[{ kind: "date", serial: 45436 }]]), grid([[45436]]), false],
    ["another sheet name", grid([["a"]]), grid([["a"]], undefined, "예산"), false],
    ["a sheet more", grid([["a"]]), { sheets: [...grid([["a"]]).sheets, { name: "회의정보", origin: { row: 0, col: 0 }, values: [] }] }, false],
  ])("%s", (_, a, b, same) => {
    expect(sameGridContent(a, b)).toBe(same);
    expect(sameGridContent(b, a)).toBe(same);
  });
});

describe("Excel's undo (ExcelApi 1.20) as the session knows it", () => {
  it.each([true, false])("excelUndo %p is in the state from the start and after opening", async (excelUndo) => {
    const { FakeWorkbook } = await import("../taskpane/fake-session");
    const { excelSession } = await import("../../src/session/excel");
    const session = excelSession(new FakeWorkbook(sampleWorkbookGrid()), { excelUndo });
    expect(session.getState().excelUndo).toBe(excelUndo);
    await session.open();
    expect(session.getState().excelUndo).toBe(excelUndo);
  });

  it("unknown elsewhere", () => {
    expect(fakeSession(sampleWorkbookGrid(), "standalone").session.getState().excelUndo).toBeNull();
  });
});
