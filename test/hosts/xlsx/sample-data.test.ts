// The sample must reproduce the seed's figures. These sums are computed here, independently of
// the core, straight from the sample's cells.
import type { CellValue, SheetGrid } from "../../../src/core/grid";
import { isDateCell } from "../../../src/core/grid";
import { buildWorkbookFromGrid, readWorkbookGrid, saveXlsx, tryLoadXlsx } from "../../../src/hosts/xlsx/xlsx-port";
import { isoOfSerial } from "../../reading/corpus/sheet-builder";
import { viewWithExcelJS } from "./exceljs-view";
import { SAMPLE_TOTALS, dateCell, sampleDataSheets } from "../../../src/sample/sample-data";

const isoOf = (v: CellValue): string => {
  if (!isDateCell(v)) throw new Error(`not a date cell: ${JSON.stringify(v)}`);
  return isoOfSerial(v.serial);
};

function table(sheet: SheetGrid, firstHeader: string): { header: string[]; rows: CellValue[][]; total: CellValue[] | undefined } {
  const h = sheet.values.findIndex((r) => r[0] === firstHeader);
  const header = sheet.values[h]!.map(String);
  const body = sheet.values.slice(h + 1).map((r) => [...r]);
  const isTotal = (r: CellValue[]) => r.some((v) => v === "합계");
  return { header, rows: body.filter((r) => !isTotal(r)), total: body.find(isTotal) };
}

const sheets = sampleDataSheets();
const byName = (n: string) => sheets.find((s) => s.name === n)!;

describe("sample data sheets reproduce the seed", () => {
  test("dateCell gives 1900-system serials", () => {
    expect(dateCell("2024-05-24")).toEqual({ kind: "date", serial: 45436 });
    expect(dateCell("1900-03-01")).toEqual({ kind: "date", serial: 61 });
  });

  test("sheets, in order", () => {
    expect(sheets.map((s) => s.name)).toEqual(["예산", "교부내역", "집행내역", "사업현황"]);
  });

  test("budget lines sum to 192,500,000원, and the 합계 row says so", () => {
    const { header, rows, total } = table(byName("예산"), "구분");
    const amount = header.indexOf("예산액");
    const sum = rows.reduce((s, r) => s + (r[amount] as number), 0);
    expect(sum).toBe(SAMPLE_TOTALS.budget);
    expect(total?.[amount]).toBe(192_500_000);
    const categories = new Set(rows.map((r) => r[0]));
    for (const c of ["전략수립 및 조사", "주체발굴 및 성장지원", "거버넌스 구축", "의제발굴 및 기획사업", "기타"]) expect(categories).toContain(c);
  });

  test("grants: 96,250,000원 in Q1 and Q2", () => {
    const { rows } = table(byName("교부내역"), "교부일자");
    expect(rows.reduce((s, r) => s + (r[1] as number), 0)).toBe(96_250_000);
    for (const r of rows) expect(isoOf(r[0]!) <= "2024-06-30").toBe(true);
  });

  describe("ledger", () => {
    const { header, rows, total } = table(byName("집행내역"), "번호");
    const col = (n: string) => header.indexOf(n);
    const budgetNames = new Set(table(byName("예산"), "구분").rows.map((r) => r[1]));

    test("66,460,585원 up to and including 2024-05-24; later entries exist", () => {
      const upTo = rows.filter((r) => isoOf(r[col("집행일자")]!) <= "2024-05-24");
      expect(upTo.reduce((s, r) => s + (r[col("금액")] as number), 0)).toBe(66_460_585);
      const later = rows.filter((r) => isoOf(r[col("집행일자")]!) > "2024-05-24");
      expect(later.length).toBeGreaterThan(5);
      expect(later.some((r) => isoOf(r[col("집행일자")]!).startsWith("2024-06"))).toBe(true);
      expect(total?.[col("금액")]).toBe(rows.reduce((s, r) => s + (r[col("금액")] as number), 0));
    });

    test("a realistic ledger: ~200 entries in 2024, date order, integer won, unique vouchers, known budget lines, one refund", () => {
      expect(rows.length).toBeGreaterThan(150);
      const dates = rows.map((r) => isoOf(r[col("집행일자")]!));
      expect([...dates].sort()).toEqual(dates);
      expect(dates.every((d) => d.startsWith("2024-"))).toBe(true);
      expect(rows.every((r) => Number.isSafeInteger(r[col("금액")]))).toBe(true);
      const vouchers = rows.map((r) => r[col("증빙번호")]);
      expect(new Set(vouchers).size).toBe(vouchers.length);
      for (const r of rows) expect(budgetNames).toContain(r[col("사업명")]);
      expect(rows.filter((r) => (r[col("금액")] as number) < 0)).toHaveLength(1);
    });

    test("no line spends more than its budget", () => {
      const budget = new Map(table(byName("예산"), "구분").rows.map((r) => [r[1], r[2] as number]));
      const spent = new Map<CellValue, number>();
      for (const r of rows) spent.set(r[col("사업명")]!, (spent.get(r[col("사업명")]!) ?? 0) + (r[col("금액")] as number));
      for (const [line, s] of spent) expect(s).toBeLessThanOrEqual(budget.get(line)!);
    });
  });

  test("programs carry the seed's exact names, a remark beside its program", () => {
    const { rows } = table(byName("사업현황"), "구분");
    const names = rows.map((r) => r[1]);
    for (const n of [
      "찾아가는 사회적경제 교육 - 용산용문시장협동조합",
      "서울시 중부·남부기술교육원 업무협약식",
      "소상공인온라인홍보마케팅 사업",
      "2024 더마실 장터-봄마실 장터",
      "사회적경제 홍보영상 제작 중(3건)",
      "용산 사회적경제 공동 판매장 활성화-생협과 함께하는 공동판매장 특별전",
      "2024 용산구 사회적경제 의제별 협업지원 사업",
    ]) {
      expect(names).toContain(n);
    }
    // The seed's "… ESG 페스터 / 용산구 청년 축제 시 공동 운영" is a program and its remark (비고).
    expect(rows.find((r) => r[1] === "2024 용산구 사회적경제 ESG 페스터")?.[5]).toBe("용산구 청년 축제 시 공동 운영");
    // 12 carried out in 1분기, 11 in 2분기, 4 planned: the seed's sections 3 and 4.
    expect(rows).toHaveLength(27);
  });

  test("deterministic", () => {
    expect(sampleDataSheets()).toEqual(sheets);
  });

  test("survives an .xlsx round trip cell for cell (dates as date cells, amounts as numbers)", async () => {
    const wb = buildWorkbookFromGrid({ sheets });
    const ledger = (await viewWithExcelJS(await saveXlsx(wb))).getWorksheet("집행내역")!;
    expect(ledger.getCell("B5").numFmt).toBe("yyyy-mm-dd");
    expect(ledger.getCell("F5").numFmt).toBe("#,##0");
    const loaded = await tryLoadXlsx(await saveXlsx(wb));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const back = readWorkbookGrid(loaded.value);
    // Trailing empty cells (e.g. the unit column of a title row) do not change the values read.
    expect(back.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    back.sheets.forEach((s, i) => {
      const src = sheets[i]!;
      const trimmed = src.values.map((r) => r.map((v) => (v === "" ? null : v)));
      expect(s.origin).toEqual(src.origin);
      expect(s.values).toEqual(trimmed);
    });
  });
});
