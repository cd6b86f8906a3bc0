// The missing sheets the template can add, the meeting sheet included: what the analysis offers,
// and what the session writes. The pane's 회의정보 warning sends the user to this button, so it
// must create 회의정보 whenever it is missing, alone or with data sheets.
import { analyze } from "../../src/core/analyze";
import type { WorkbookGrid } from "../../src/core/grid";
import { sampleWorkbookGrid } from "../../src/sample";
import { fakeSession } from "../taskpane/fake-session";

const without = (...names: string[]): WorkbookGrid => ({ sheets: sampleWorkbookGrid().sheets.filter((s) => !names.includes(s.name)) });

describe("missing template sheets", () => {
  it.each<[string, string[], string[]]>([
    ["nothing missing", [], []],
    ["only the meeting sheet", ["회의정보"], ["회의정보"]],
    ["the programs and the meeting sheet", ["사업현황", "회의정보"], ["사업현황", "회의정보"]],
    ["a required data sheet", ["교부내역"], ["교부내역"]],
  ])("%s", (_, removed, offered) => {
    const analysis = analyze(without(...removed));
    expect(analysis.missingTemplateSheets.map((s) => s.name)).toEqual(offered);
  });

  it("a sheet that exists but whose header row was not found is not offered again (two budget sheets would be ambiguous)", () => {
    const grid = sampleWorkbookGrid();
    const sheets = grid.sheets.map((s) => (s.name === "예산" ? { ...s, name: "2024 예산", values: [["2024년 예산"], ["메모"]] } : s));
    const analysis = analyze({ sheets });
    expect(analysis.found.find((f) => f.role === "budget")).toEqual({ role: "budget", sheet: "2024 예산" });
    expect(analysis.recognized.some((r) => r.role === "budget")).toBe(false);
    expect(analysis.missingTemplateSheets).toEqual([]);
  });

  it("the session writes the meeting sheet with the data sheets, and afterwards the meeting warning is gone", async () => {
    const { session, book } = fakeSession(without("사업현황", "회의정보"));
    const opened = await session.open();
    if (!opened.ok) throw new Error("open");
    expect(opened.value.analysis.issues.some((i) => i.code === "meeting-sheet-missing")).toBe(true);
    const r = await session.createTemplate();
    expect(r).toEqual({ ok: true, value: ["사업현황", "회의정보"] });
    expect(book.sheets.map((s) => s.name).slice(-2)).toEqual(["사업현황", "회의정보"]);
    const after = session.getState().loaded!.analysis;
    expect(after.missingTemplateSheets).toEqual([]);
    expect(after.meeting?.sheet).toBe("회의정보");
    expect(after.issues.some((i) => i.code === "meeting-sheet-missing")).toBe(false);
    // The blank meeting sheet still names what is left to fill in.
    expect(after.issues.filter((i) => i.code === "meeting-field-missing").length).toBeGreaterThan(0);
  });
});
