// What the Office host reads besides values for reading by evidence (issue 8), on both Excels
// (the hand-written fake; Microsoft's client with the responder) at every requirement-set profile:
// the 1904 date system, the budget's and grants' formulas beside their values, a ledger's few
// candidate total rows in one more sync only when there are any, and merged group headers where
// ExcelApi 1.13 has them. Corpus workbooks, whose figures the reading audit checks.
import { OfficePort } from "../../../src/hosts/office/office-port";
import type { WorkbookGrid } from "../../../src/core/grid";
import { analyzeForAudit } from "../../reading/adapter";
import { checkFigures } from "../../reading/audit";
import { corpusCase } from "../../reading/corpus";
import { CASES, openExcel } from "./backends";

/** Reads a corpus workbook through the Office host; its figures must be the case's. */
async function read(backend: "fake" | "real", apiVersion: string, id: string) {
  const c = corpusCase(id);
  const x = openExcel(backend, c.workbook, { apiVersion });
  const r = await new OfficePort(x).read();
  if (!r.ok) throw new Error(r.error.detail);
  const audit = analyzeForAudit(r.value, c.asOf);
  return { grid: r.value, syncs: x.stats.syncs, figures: checkFigures(c, audit) };
}

const sheet = (g: WorkbookGrid, name: string) => g.sheets.find((s) => s.name === name)!;
/** Requests of a read without its last: Microsoft's client adds one releasing the ranges it kept. */
const extra = (backend: string) => (backend === "real" ? 1 : 0);

describe.each(CASES)("the Office host's evidence on the %s Excel at ExcelApi %s", (backend, apiVersion) => {
  const mergesRead = apiVersion !== "1.7" && apiVersion !== "1.9";

  it("reads the 1904 date system: date cells as the core's 1900 serials, bare serials left to the core", async () => {
    for (const id of ["date1904-serial-numbers", "date1904-date-cells"]) {
      const r = await read(backend, apiVersion, id);
      expect(r.grid.date1904).toBe(true);
      expect(r.figures.why).toBe("");
    }
    const base = await read(backend, apiVersion, "control-base");
    expect(base.grid.date1904).toBeUndefined();
  });

  it("reads the budget's formulas with its values, in the same two requests", async () => {
    const r = await read(backend, apiVersion, "budget-total-sum-misses-a-line");
    expect(sheet(r.grid, "예산").formulas?.[9]?.[2]).toBe("=SUM(C4:C8)");
    expect(r.figures.why).toBe("");
    expect(r.syncs).toBe(2 + extra(backend));
  });

  it("reads a ledger's candidate total rows' formulas in one more request, only when there are any", async () => {
    const r = await read(backend, apiVersion, "ledger-foot-subtotal-formula");
    expect(sheet(r.grid, "집행내역").formulas?.[17]?.[4]).toBe("=SUBTOTAL(9,E3:E17)");
    expect(r.figures.why).toBe("");
    expect(r.syncs).toBe(3 + extra(backend));
    // A ledger whose rows all have dates asks for nothing more.
    expect((await read(backend, apiVersion, "control-base")).syncs).toBe(2 + extra(backend));
  });

  it(`reads merged group headers ${mergesRead ? "(ExcelApi 1.13)" : "not (below ExcelApi 1.13), and reads the header all the same"}`, async () => {
    const r = await read(backend, apiVersion, "rev-merged-yesanaek");
    expect(sheet(r.grid, "예산").merges).toEqual(mergesRead ? ["C2:D2"] : undefined);
    expect(r.figures.why).toBe("");
  });
});
