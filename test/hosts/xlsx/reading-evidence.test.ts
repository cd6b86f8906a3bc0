// What the xlsx host hands the core for reading by evidence (issue 8): the formulas that may mark
// a total (SUM, SUBTOTAL, one column added — not a ledger's per-row "=E3+F3"), the merged ranges
// of group headers, and the 1904 date system. Inputs are corpus workbooks written by ExcelJS (an
// independent writer: real merges, formulas with cached results, the 1904 property).
import { setGridCell } from "../../../src/hosts/xlsx/grid-edit";
import { readWorkbookGrid, tryLoadXlsx } from "../../../src/hosts/xlsx/xlsx-port";
import { corpusCase } from "../../reading/corpus";
import { corpusWorkbookToXlsx } from "../../reading/xlsx-fixture";
import type { SheetGrid } from "../../../src/core/grid";

async function gridOf(id: string) {
  const loaded = await tryLoadXlsx(await corpusWorkbookToXlsx(corpusCase(id).workbook));
  if (!loaded.ok) throw new Error(loaded.error.detail);
  return readWorkbookGrid(loaded.value);
}

const sheetOf = (grid: { sheets: readonly SheetGrid[] }, name: string) => grid.sheets.find((s) => s.name === name)!;

/** Every formula the grid carries, as "A1 =…". */
function formulasOf(s: SheetGrid): string[] {
  const out: string[] = [];
  s.formulas?.forEach((line, r) =>
    line?.forEach((f, c) => {
      if (f !== null) out.push(`${String.fromCharCode(65 + s.origin.col + c)}${s.origin.row + r + 1} ${f}`);
    }),
  );
  return out;
}

describe("formulas reach the grid where they may mark a total", () => {
  test("a SUM that stops one line short, at its cell, with the leading '='", async () => {
    const grid = await gridOf("budget-total-sum-misses-a-line");
    expect(formulasOf(sheetOf(grid, "예산"))).toEqual(["C10 =SUM(C4:C8)"]);
    // The grants' 합계 SUM too; the ledger has none.
    expect(formulasOf(sheetOf(grid, "교부내역"))).toEqual(["B6 =SUM(B3:B5)"]);
    expect(sheetOf(grid, "집행내역").formulas).toBeUndefined();
  });

  test("SUBTOTAL(9, …) at a ledger's foot", async () => {
    expect(formulasOf(sheetOf(await gridOf("ledger-foot-subtotal-formula"), "집행내역"))).toEqual(["E18 =SUBTOTAL(9,E3:E17)"]);
  });

  test("a ledger's per-row =E3+F3 stays behind (it can mark no total)", async () => {
    expect(sheetOf(await gridOf("amt-geumaek-bugase-hapgye"), "집행내역").formulas).toBeUndefined();
  });
});

describe("merged group headers reach the grid", () => {
  test("the ranges spanning columns, in A1; merges down one column are not needed", async () => {
    const s = sheetOf(await gridOf("rev-merged-yesanaek"), "예산");
    expect(s.merges).toEqual(["C2:D2"]);
    expect(sheetOf(await gridOf("hdr-jiphaenggeumaek-bojo-jabudam-gye"), "집행내역").merges).toEqual(["E2:G2"]);
  });
});

test("the 1904 date system reaches the grid", async () => {
  expect((await gridOf("date1904-serial-numbers")).date1904).toBe(true);
  expect((await gridOf("control-base")).date1904).toBeUndefined();
});

test("a cell edit that moves the used range keeps each formula at its cell", () => {
  const grid: SheetGrid = { name: "S", origin: { row: 1, col: 1 }, values: [["합계", 30], [null, null]], formulas: [[null, "=SUM(C1:C1)"]] };
  const edited = setGridCell(grid, 0, 0, "제목");
  expect(edited.origin).toEqual({ row: 0, col: 0 });
  expect(edited.values[1]![2]).toBe(30);
  expect(edited.formulas![1]![2]).toBe("=SUM(C1:C1)");
});
