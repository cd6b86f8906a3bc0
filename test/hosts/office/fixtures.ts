// Workbooks and plans the Office host's tests share.
import type { WorkbookGrid } from "../../../src/core/grid";
import type { SheetPlan } from "../../../src/core/plan/sheet-plan";

export const small: WorkbookGrid = {
  sheets: [
    {
      name: "집행내역",
      origin: { row: 1, col: 1 },
      values: [
        ["일자", "금액", "비고"],
        [{ kind: "date", serial: 45436 }, 1200000, "=SUM(A1)"],
        [{ kind: "date", serial: 45437 }, "1,200,000원", { kind: "error", code: "#REF!" }],
        [null, true, null],
      ],
    },
    { name: "빈 시트", origin: { row: 0, col: 0 }, values: [] },
  ],
};

export function plan(name: string, cells: SheetPlan["cells"], extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    kind: "minutes",
    cells,
    merges: [],
    styles: {
      b: { font: { bold: true }, border: { top: "thin", bottom: "thin", left: "thin", right: "thin" }, numberFormat: "#,##0" },
      label: { indent: 1, horizontal: "left", fill: "F2F2F2" },
    },
    columnWidths: [10, 10, 20],
    rowHeights: { 0: 30, 1: 30, 5: 18 },
    defaultFont: { name: "맑은 고딕", size: 10 },
    showGridLines: false,
    print: {
      paperSize: "A4",
      orientation: "portrait",
      margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:C10",
      centerHorizontally: true,
      footer: "&C&P / &N",
      printTitleRows: "1:2",
    },
    ...extra,
  };
}

/** A disbursement ledger of `rows` rows in the center's shape (8 columns). */
export function ledger(rows: number, name = "집행내역"): WorkbookGrid {
  return {
    sheets: [
      {
        name,
        origin: { row: 0, col: 0 },
        values: Array.from({ length: rows }, (_, i) => [
          { kind: "date", serial: 45292 + (i % 366) },
          "운영비",
          `사무용품 구입 ${i}`,
          "주식회사 용산문구",
          10_000 + i,
          `V-2024-${String(i).padStart(6, "0")}`,
          "카드",
          "비고 없음",
        ]),
      },
    ],
  };
}

/** The strings the issue names, which Excel would not keep as typed, and their neighbours. */
export const FORMULA_LOOKING = ["=1+1", "+82 2-123", "-해당 없음", "@SUM(A1)", "'quoted", "=SUM(A1)", "-", "00123", "35%", "2024-05-24", "TRUE", "1,200,000원"];
