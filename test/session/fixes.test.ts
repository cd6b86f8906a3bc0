import { analyze } from "../../src/core/analyze";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { fixEdits, fixIssue, invertEdits } from "../../src/core/fixes";
import { renderIssue } from "../../src/core/issues/render";
import { serialFromIso } from "../../src/core/parse/date";
import { OfficePort } from "../../src/hosts/office/office-port";
import { FakeExcel } from "../fakes/fake-excel";

const d = (iso: string): CellValue => ({ kind: "date", serial: serialFromIso(iso) });

/** A small, valid workbook whose cells carry the mechanical defects (and look-alikes that must stay). */
function workbook(): WorkbookGrid {
  return {
    sheets: [
      {
        name: "예산",
        origin: { row: 0, col: 0 },
        values: [
          ["구분", "사업명", "예산액"],
          ["운영", " 운영비 ", 1_000_000], // row 2: stray spaces B2
          ["교육", "교육  사업", "２，０００，０００"], // row 3: spaces B3, full-width amount C3
          ["합계", null, "3,000,000원"], // row 4: total row, never fixed
        ],
      },
      {
        name: "교부",
        origin: { row: 0, col: 0 },
        values: [
          ["교부일자", "교부액", "비고"],
          [d("2024-01-15"), 3_000_000, "1차"],
        ],
      },
      {
        name: "집행내역",
        origin: { row: 1, col: 1 },
        values: [
          ["집행일자", "사업명", "적요", "거래처", "금액", "증빙번호"], // header at B2
          ["2024.03.05", "운영비", "사무용품", "문구점", "1,200,000원", "V-1"], // row 3: date B3, amount F3
          [d("2024-03-06"), "교육 사업", "강사료 ", "홍길동", 300_000, "Ｖ－２"], // row 4: spaces D4, full-width G4
          [d("2024-03-07"), "운영비", "=SUM(A1)", "문구점", 50_000, "V-3"], // row 5: formula-looking text stays
        ],
      },
    ],
  };
}

describe("fixes, as the reader finds them", () => {
  const grid = workbook();
  const fixes = analyze(grid, { period: { year: 2024, quarter: 1 } }).fixes;
  const byCell = Object.fromEntries(fixes.map((f) => [`${f.sheet}!${f.cell}`, f]));

  it("finds amounts and dates stored as text, full-width characters and stray spaces in data cells", () => {
    expect(byCell["예산!B2"]).toMatchObject({ before: " 운영비 ", after: "운영비", kind: "spaces" });
    expect(byCell["예산!B3"]).toMatchObject({ before: "교육  사업", after: "교육 사업", kind: "spaces" });
    expect(byCell["예산!C3"]).toMatchObject({ after: 2_000_000, kind: "amount-text", numberFormat: "#,##0" });
    expect(byCell["집행내역!B3"]).toMatchObject({ after: d("2024-03-05"), kind: "date-text", numberFormat: "yyyy-mm-dd" });
    expect(byCell["집행내역!F3"]).toMatchObject({ before: "1,200,000원", after: 1_200_000, kind: "amount-text" });
    expect(byCell["집행내역!D4"]).toMatchObject({ after: "강사료", kind: "spaces" });
    expect(byCell["집행내역!G4"]).toMatchObject({ before: "Ｖ－２", after: "V-2", kind: "full-width" });
  });

  it("never touches headers, totals or text that is right as it is", () => {
    expect(byCell["예산!C4"]).toBeUndefined();
    expect(Object.keys(byCell).some((k) => /!.[12]$/.test(k) && k.startsWith("집행내역"))).toBe(false);
    expect(byCell["집행내역!D5"]).toBeUndefined();
    expect(fixes).toHaveLength(7);
  });

  it("renders each fix as a catalog message", () => {
    const m = renderIssue(fixIssue(byCell["집행내역!F3"]!), "ko").message;
    expect(m).toContain("F3");
    expect(m).toContain("1,200,000");
  });

  it("apply and undo through the Office host restore exactly the previous values and formats", async () => {
    const fake = FakeExcel.fromGrid(grid);
    const port = new OfficePort(fake);
    const state = () => [...fake.sheets].map((s) => [s.name, [...s.cells.entries()].map(([k, c]) => [k, c.value, c.numberFormat, c.formula])]);
    const before = state();
    const applied = await port.applyEdits(fixEdits(fixes));
    if (!applied.ok) throw new Error(applied.error.detail);
    expect(fake.cellAt("집행내역", "F3")).toMatchObject({ value: 1_200_000, numberFormat: "#,##0" });
    expect(fake.cellAt("집행내역", "B3")).toMatchObject({ value: serialFromIso("2024-03-05"), numberFormat: "yyyy-mm-dd" });
    // After the fixes the workbook reads back clean of them.
    const reread = await port.read();
    if (!reread.ok) throw new Error("read");
    expect(analyze(reread.value, { period: { year: 2024, quarter: 1 } }).fixes).toEqual([]);
    const undone = await port.applyEdits(applied.value.previous!);
    expect(undone.ok).toBe(true);
    expect(state()).toEqual(before);
  });

  it("invertEdits puts back the values as they were read", () => {
    const inv = invertEdits(fixes);
    expect(inv.find((e) => e.cell === "F3" && e.sheet === "집행내역")).toEqual({ sheet: "집행내역", cell: "F3", value: "1,200,000원" });
    expect(fixEdits(fixes).find((e) => e.cell === "B3" && e.sheet === "집행내역")).toEqual({
      sheet: "집행내역",
      cell: "B3",
      value: serialFromIso("2024-03-05"),
      numberFormat: "yyyy-mm-dd",
    });
  });
});
