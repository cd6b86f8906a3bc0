// The golden test: the center's real 2024 Q2 minutes (shared/seeds/000_896de6080955baf9.txt).
// 2024년 총 예산 192,500,000원, 1~2분기 교부액 96,250,000원, 5월 24일 기준 총 집행액 66,460,585원,
// 총 예산 대비 집행율 35%, 1~2분기 교부액 대비 집행율 69%.
// Checked on the sample workbook as source grids and again after a round trip through .xlsx,
// so the reader, the core and the sample data all have to agree to the won.
import { analyze, type Analysis } from "../../src/core/analyze";
import { sampleWorkbookGrid } from "../../src/sample/index";
import { buildWorkbookFromGrid, readWorkbookGrid, saveXlsx, tryLoadXlsx } from "../../src/hosts/xlsx/xlsx-port";

const options = { period: { quarter: 2, asOf: "2024-05-24" } } as const;

function expectSeedFigures(analysis: Analysis): void {
  const f = analysis.figures;
  expect(f).not.toBeNull();
  if (!f) return;
  expect(f.year).toBe(2024);
  expect(f.quarter).toBe(2);
  expect(f.asOf).toBe("2024-05-24");
  expect(f.totalBudget).toBe(192_500_000);
  expect(f.grantsToDate).toBe(96_250_000);
  expect(f.executedToDate).toBe(66_460_585);
  expect(f.display.ratioToBudget).toBe("35%");
  expect(f.display.ratioToGrants).toBe("69%");
  // The seed rounds 34.52% and 69.05%: the unrounded ratios must be those, not just round to them.
  expect(f.ratioToBudget).toBeCloseTo(66_460_585 / 192_500_000, 12);
  expect(f.ratioToGrants).toBeCloseTo(66_460_585 / 96_250_000, 12);
  expect(analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
}

describe("golden: the seed's 2024 Q2 figures", () => {
  it("from the sample workbook's source grids", () => {
    expectSeedFigures(analyze(sampleWorkbookGrid(), options));
  });

  it("from the sample's meeting sheet alone (보고분기 2024년 2분기, 기준일 2024-05-24), as every shell analyses it", () => {
    const analysis = analyze(sampleWorkbookGrid());
    expectSeedFigures(analysis);
    expect(analysis.period?.source).toEqual({ year: "meeting", quarter: "meeting", asOf: "meeting" });
  });

  it("from the sample workbook after writing and reading .xlsx", async () => {
    const bytes = await saveXlsx(buildWorkbookFromGrid(sampleWorkbookGrid()));
    const loaded = await tryLoadXlsx(bytes);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expectSeedFigures(analyze(readWorkbookGrid(loaded.value), options));
  });

  it("counts nothing after the as-of date: the quarter's end gives a larger total", () => {
    // Without the meeting sheet's 기준일, Q2's as-of date is its last day.
    const withoutMeeting = { sheets: sampleWorkbookGrid().sheets.filter((s) => s.name !== "회의정보") };
    const later = analyze(withoutMeeting, { period: { quarter: 2 } });
    expect(later.figures?.asOf).toBe("2024-06-30");
    expect(later.figures!.executedToDate).toBeGreaterThan(66_460_585);
  });
});
