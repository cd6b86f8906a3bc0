// The Office host's pure helpers: which strings Excel would parse, date formats, rectangles of equal
// style, footer sections, whole-pixel column widths, and what the port says this Excel can do.
import { MAX_DIGIT_WIDTH_PX, columnWidthPixels, columnWidthPoints } from "../../../src/hosts/office/office-format";
import { OfficePort, footerSections, rectangles } from "../../../src/hosts/office/office-port";
import { isDateFormat, literalText, needsTextFormat } from "../../../src/hosts/office/text-guard";
import { openExcel } from "./backends";
import { small } from "./fixtures";

describe("helpers", () => {
  it.each([
    ["=SUM(A1)", true],
    ["'quoted", true],
    ["+1", true],
    ["-", true],
    ["@home", true],
    ["00123", true],
    ["1,200,000", true],
    ["35%", true],
    ["2024-05-24", true],
    ["5/24", true],
    ["2024년 5월 24일", true],
    ["5월 24일", true],
    ["TRUE", true],
    ["1,200,000원", true],
    ["１２０，０００", true],
    ["＝SUM(A1)", true],
    ["1,200,000원 (카드)", false],
    ["용산구사회적경제 통합지원센터", false],
    ["1. 성원 보고", false],
    ["", false],
  ])("needsTextFormat(%j) is %s", (s, expected) => {
    expect(needsTextFormat(s)).toBe(expected);
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["'quoted", "''quoted"],
    ["회의록", "회의록"],
    ["", ""],
  ])("literalText(%j) is %j", (s, expected) => {
    expect(literalText(s)).toBe(expected);
  });

  it.each([
    ["General", false],
    ["#,##0", false],
    ['#,##0"원"', false],
    ["0%", false],
    ["@", false],
    ["yyyy-mm-dd", true],
    ['yyyy"년" m"월" d"일"', true],
    ["[$-ko-KR]yyyy-mm-dd", true],
    ["m/d/yyyy", true],
    ["h:mm", true],
    ["[Red]#,##0;[Blue]-#,##0", false],
  ])("isDateFormat(%j) is %s", (f, expected) => {
    expect(isDateFormat(f)).toBe(expected);
  });

  it("groups cells into rectangles and splits footers into sections", () => {
    const cells = [0, 1, 2].flatMap((row) => [0, 1].map((col) => ({ row, col }))).concat([{ row: 4, col: 3 }]);
    expect(rectangles(cells)).toEqual([
      { top: 0, bottom: 2, left: 0, right: 1 },
      { top: 4, bottom: 4, left: 3, right: 3 },
    ]);
    expect(footerSections("&C&P / &N")).toEqual({ left: "", center: "&P / &N", right: "" });
    expect(footerSections("&L왼쪽&R&P")).toEqual({ left: "왼쪽", center: "", right: "&P" });
  });
});

describe("column widths through whole pixels (ECMA-376 18.3.1.13)", () => {
  it.each([
    [9.140625, 64], // Excel's default column ("8.43"): 8.43 digits and 5 px of padding
    [8.7109375, 61], // the standard's example: 8 digits of 7 px and 5 px of padding
    [10, 70],
    [20, 140],
    [8.43, 59],
    [0, 0],
  ])("a file width of %s is %s px", (chars, px) => {
    // trunc(((256 × w + trunc(128 / 7)) / 256) × 7)
    expect(columnWidthPixels(chars)).toBe(px);
    expect(columnWidthPoints(chars)).toBe(px * 0.75);
  });

  it("is always a whole number of pixels, so Excel keeps exactly the width it was given", () => {
    expect(MAX_DIGIT_WIDTH_PX).toBe(7);
    for (let w = 0; w <= 60; w += 0.01) {
      const pt = columnWidthPoints(w);
      expect(Number.isInteger(pt / 0.75)).toBe(true);
      // A constant factor (× 5.25) drifts from the file's pixels by up to one.
      expect(Math.abs(pt - w * 5.25)).toBeLessThanOrEqual(5.25);
    }
  });

  it("the fake snaps what it is given to pixels, and the host's widths come back unchanged", async () => {
    const x = openExcel("fake", small);
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("집행내역").getRange("A:A").format.columnWidth = 44.2575; // 8.43 × 5.25
      ctx.workbook.worksheets.getItem("집행내역").getRange("B:B").format.columnWidth = columnWidthPoints(8.43);
      await ctx.sync();
    });
    expect(x.sheet("집행내역").columnWidths.get(0)).toBe(44.25);
    expect(x.sheet("집행내역").columnWidths.get(1)).toBe(columnWidthPoints(8.43));
  });
});

describe("OfficePort.capabilities", () => {
  it.each([
    ["1.7", { gridlines: false, printSetup: false, screenUpdating: false, indent: false, triggerSource: false, undoGroup: false }],
    ["1.9", { gridlines: true, printSetup: true, screenUpdating: true, indent: true, triggerSource: false, undoGroup: false }],
    ["1.14", { gridlines: true, printSetup: true, screenUpdating: true, indent: true, triggerSource: true, undoGroup: false }],
    ["1.20", { gridlines: true, printSetup: true, screenUpdating: true, indent: true, triggerSource: true, undoGroup: true }],
  ])("at ExcelApi %s", (apiVersion, caps) => {
    expect(new OfficePort(openExcel("fake", small, { apiVersion })).capabilities()).toEqual(caps);
  });
});
