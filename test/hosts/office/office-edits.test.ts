// OfficePort.applyEdits (confirmed fixes and their undo) on both Excels at every profile.
import { OfficePort } from "../../../src/hosts/office/office-port";
import { CASES, openExcel } from "./backends";
import { small } from "./fixtures";

describe.each(CASES)("OfficePort.applyEdits on the %s Excel at ExcelApi %s", (backend, apiVersion) => {
  it("writes in one batch and returns the edits that restore values and formats exactly", async () => {
    const x = openExcel(backend, small, { apiVersion });
    const port = new OfficePort(x);
    const r = await port.applyEdits([
      { sheet: "집행내역", cell: "C4", value: 1200000, numberFormat: "#,##0" },
      { sheet: "집행내역", cell: "D3", value: "=SUM(A1) 메모" },
    ]);
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ count: 2, undoGroup: apiVersion === "1.20" }) });
    if (!r.ok) return;
    expect(x.cellAt("집행내역", "C4")).toMatchObject({ value: 1200000, numberFormat: "#,##0" });
    expect(x.cellAt("집행내역", "D3")).toMatchObject({ value: "=SUM(A1) 메모", formula: undefined, error: undefined });
    const undo = await port.applyEdits(r.value.previous);
    expect(undo.ok).toBe(true);
    expect(x.cellAt("집행내역", "C4")).toMatchObject({ value: "1,200,000원", numberFormat: "General", formula: undefined });
    expect(x.cellAt("집행내역", "D3")).toMatchObject({ value: "=SUM(A1)", numberFormat: "General", formula: undefined });
  });

  it("puts back the cells already changed when Excel fails midway", async () => {
    const x = openExcel(backend, small, { apiVersion });
    x.failure = { sync: 2, afterOps: 2, code: "GeneralException" };
    const r = await new OfficePort(x).applyEdits([
      { sheet: "집행내역", cell: "C4", value: 1200000, numberFormat: "#,##0" },
      { sheet: "집행내역", cell: "D3", value: "메모" },
    ]);
    expect(r.ok).toBe(false);
    expect(x.cellAt("집행내역", "C4")).toMatchObject({ value: "1,200,000원", numberFormat: "General", formula: undefined });
    expect(x.cellAt("집행내역", "D3")).toMatchObject({ value: "=SUM(A1)", formula: undefined });
  });

  it("changes nothing on a protected sheet, nor over a cell that holds a formula now", async () => {
    const x = openExcel(backend, small, { apiVersion });
    x.sheet("집행내역").protected = true;
    expect(await new OfficePort(x).applyEdits([{ sheet: "집행내역", cell: "C4", value: 1 }])).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "sheet-protected" }),
    });
    x.sheet("집행내역").protected = false;
    await x.userEdit("집행내역", "E2", [["=1+1"]]);
    expect(await new OfficePort(x).applyEdits([{ sheet: "집행내역", cell: "E2", value: 3 }])).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "sheet-changed" }),
    });
    expect(x.cellAt("집행내역", "C4")!.value).toBe("1,200,000원");
    expect(x.cellAt("집행내역", "E2")!.formula).toBe("=1+1");
  });
});
