import * as ExcelJS from "exceljs";
import { planTemplate } from "../../../src/core/plan/template";
import type { WorkbookGrid } from "../../../src/core/grid";
import { newWorkbook, readWorkbookGrid, saveXlsx, tryLoadXlsx, writePlan } from "../../../src/hosts/xlsx/xlsx-port";
import { viewWithExcelJS } from "./exceljs-view";

describe("planTemplate written through the xlsx host", () => {
  let wb: ExcelJS.Workbook;
  let grid: WorkbookGrid;
  beforeAll(async () => {
    const fresh = newWorkbook();
    const r = writePlan(fresh, planTemplate({ year: 2025 }));
    expect(r.ok).toBe(true);
    const bytes = await saveXlsx(fresh);
    const loaded = await tryLoadXlsx(bytes);
    if (!loaded.ok) throw new Error(loaded.error.detail);
    grid = readWorkbookGrid(loaded.value);
    wb = await viewWithExcelJS(bytes);
  });

  test("guide, the four data sheets and the meeting sheet, guide active", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["안내", "예산", "교부내역", "집행내역", "사업현황", "회의정보"]);
    expect(wb.views[0]?.activeTab).toBe(0);
  });

  test("each data sheet: a title with the year, then the header row the reader recognises", () => {
    const headers = (name: string) => grid.sheets.find((s) => s.name === name)!.values[2];
    expect(grid.sheets.find((s) => s.name === "예산")!.values[0]![0]).toBe("2025년 예산");
    expect(headers("예산")).toEqual(["구분", "사업명", "예산액", "비고"]);
    expect(headers("교부내역")).toEqual(["교부일자", "교부액", "비고"]);
    expect(headers("집행내역")).toEqual(["집행일자", "사업명", "적요", "거래처", "금액", "증빙번호"]);
    expect(headers("사업현황")).toEqual(["구분", "사업명", "계획분기", "실행일자", "상태", "비고"]);
    expect(wb.getWorksheet("집행내역")!.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });

  test("the guide explains every sheet and every column in Korean", () => {
    const text = grid.sheets[0]!.values.flat().filter((v): v is string => typeof v === "string").join("\n");
    for (const s of ["[예산] 시트", "[교부내역] 시트", "[집행내역] 시트", "[사업현황] 시트", "[회의정보] 시트"]) expect(text).toContain(s);
    for (const c of ["집행일자 (필수)", "금액 (필수)", "증빙번호", "계획분기", "상태"]) expect(text).toContain(c);
  });

  test("without a year the titles carry a placeholder, not a guessed year", () => {
    const plan = planTemplate();
    const budget = plan.sheets.find((s) => s.name === "예산")!;
    expect(budget.cells[0]!.value).toBe("○○○○년 예산");
  });
});
