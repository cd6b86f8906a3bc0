// The execution summary sheet (집행현황): per category and budget line the budget, spent in each
// quarter, spent to date, ratio and remaining, with category subtotals and a grand total. Amounts
// are numbers (#,##0) and ratios numbers (0% / 0.0%) so the sheet stays usable for further
// calculation. The headline figures (as the minutes quote them) sit above the table. A4
// landscape, the table header repeated on every page.
// The execution as a picture, drawn by the host from the cells: each ratio as a data bar (0 to
// 100%), a ratio over 100% and a negative remainder (a line spent beyond its budget) in the danger
// colour, and below the table the spending by quarter against the budget, as figures and a chart.

import { formatKoreanDate, formatKoreanMonthDay, formatPeriod, formatWon, totalBudgetLabel } from "../display";
import { programCategories } from "../meeting/layout";
import type { Figures } from "../model";
import { FormBuilder } from "./form-builder";
import { BODY_SIZE, FORM_FONT, HEADER_FILL, LABEL_FILL, a4Print, fitToWidthScale, printableHeightPoints, thinBox } from "./report-style";
import type { CellStyle, ConditionalFormat, SheetPlan } from "./sheet-plan";
import { planQuarterChart } from "./summary-chart";
import { rangeAddress } from "../address";
import { nameKey } from "../parse/names";

export interface SummaryInput {
  readonly sheetName: string;
  readonly figures: Figures;
  readonly ratioDecimals: 0 | 1;
}

// 구분 | 사업명 | 예산액 | 1분기 | 2분기 | 3분기 | 4분기 | 누적 집행액 | 집행률 | 잔액
// Amount columns fit "999,999,999" in bold; the whole table prints landscape at about 95%.
// 집행률 is wide enough for its data bar to be read.
// A revised budget (issue 8, rule 2): 예산액 is the 변경예산, and 본예산 | 증감 follow 잔액.
const COLUMNS = [14, 32, 14, 13, 13, 13, 13, 14, 11, 14] as const;
const LAST = COLUMNS.length - 1;
const REVISION_COLUMNS = [14, 13] as const;
const AMOUNT = "#,##0";
const SUBTOTAL_FILL = "F2F2F2";
/** Columns of the table (0-based): the first quarter, the ratio, the remainder. */
const Q1_COL = 3;
const RATIO_COL = 8;
const REMAINING_COL = 9;
/** Excel's "light red fill with dark red text", the danger colour of its own presets. */
export const DANGER = { font: { color: "9C0006" }, fill: "FFC7CE" } as const;
export const BAR_COLOR = "9BC2E6";

export function planSummarySheet(input: SummaryInput): SheetPlan {
  const f = input.figures;
  const revised = f.originalBudget !== undefined;
  const columns = revised ? [...COLUMNS, ...REVISION_COLUMNS] : [...COLUMNS];
  /** The sheet's last column: the table's, or 증감 with a revised budget. */
  const last = columns.length - 1;
  const q = f.quarter;
  const pct = input.ratioDecimals === 1 ? "0.0%" : "0%";
  const b = new FormBuilder(columns, { name: FORM_FONT, size: BODY_SIZE }, 20);

  const num = (extra: CellStyle = {}): CellStyle => ({ horizontal: "right", vertical: "middle", numberFormat: AMOUNT, border: thinBox, ...extra });
  const ratio = (extra: CellStyle = {}): CellStyle => ({ horizontal: "right", vertical: "middle", numberFormat: pct, border: thinBox, ...extra });
  const textStyle = (extra: CellStyle = {}): CellStyle => ({ vertical: "middle", wrap: true, border: thinBox, ...extra });
  const head: CellStyle = { horizontal: "center", vertical: "middle", wrap: true, fill: HEADER_FILL, font: { bold: true }, border: thinBox };

  b.box(0, 0, last, `${f.year}년 예산 집행현황`, { font: { size: 16, bold: true }, horizontal: "center", vertical: "middle" });
  b.setHeight(0, 30);
  b.box(1, 0, last, `${formatPeriod(q)} 누적 · ${formatKoreanDate(f.asOf)} 기준 · 단위: 원`, { horizontal: "right", vertical: "middle", font: { size: 9, color: "595959" } });
  b.setHeight(2, 6);

  // The headline figures first, exactly as the minutes quote them.
  const facts: [string, string, number, number][] = [
    [totalBudgetLabel(f.year, f.originalBudget !== undefined), formatWon(f.totalBudget), 0, 1],
    [`${formatPeriod(q)} 교부액`, formatWon(f.grantsToDate), 2, 3],
    [`${formatKoreanMonthDay(f.asOf)} 기준 총 집행액`, formatWon(f.executedToDate), 4, 5],
    ["총 예산 대비 집행률", f.display.ratioToBudget, 6, 7],
    ["교부액 대비 집행률", f.display.ratioToGrants, 8, 9],
  ];
  for (const [label, value, left, right] of facts) {
    b.box(3, left, right, label, { ...head, fill: LABEL_FILL });
    b.box(4, left, right, value, { horizontal: "center", vertical: "middle", font: { bold: true, size: 12 }, border: thinBox });
  }
  b.atLeast(4, 24);
  b.setHeight(5, 12);

  const H = 6;
  const headers = ["구분", "사업명", revised ? "변경예산" : "예산액", "1분기", "2분기", "3분기", "4분기", "누적 집행액", "집행률", "잔액", ...(revised ? ["본예산", "증감"] : [])];
  headers.forEach((h, c) => b.box(H, c, c, h, head));
  b.atLeast(H, 24);
  for (let row = 0; row <= H; row++) b.keepWithNext(row);
  let r = H + 1;

  // A quarter after the report quarter has no spending yet: left blank rather than shown as 0.
  const quarterValue = (amounts: readonly number[], n: number) => (n + 1 <= q ? amounts[n]! : null);
  const amountCells = (row: number, v: { budget: number; byQuarter: readonly number[]; executed: number; ratio: number | null; remaining: number; originalBudget?: number }, extra: CellStyle) => {
    if (revised) {
      b.box(row, 10, 10, v.originalBudget ?? null, num(extra));
      b.box(row, 11, 11, v.originalBudget === undefined ? null : v.budget - v.originalBudget, num(extra));
    }
    b.box(row, 2, 2, v.budget, num(extra));
    for (let n = 0; n < 4; n++) b.box(row, 3 + n, 3 + n, quarterValue(v.byQuarter, n), num(extra));
    b.box(row, 7, 7, v.executed, num(extra));
    if (v.ratio === null) b.box(row, 8, 8, "-", { ...textStyle(extra), horizontal: "center" });
    else b.box(row, 8, 8, v.ratio, ratio(extra));
    b.box(row, 9, 9, v.remaining, num(extra));
  };

  for (const cat of orderedCategories(f)) {
    const lines = f.lines.filter((l) => nameKey(l.category) === nameKey(cat.category));
    const top = r;
    for (const l of lines) {
      b.box(r, 1, 1, l.name, textStyle({ indent: 1 }));
      amountCells(r, l, {});
      // A category's lines, its subtotal and its merged name stay on one page.
      b.keepWithNext(r);
      r++;
    }
    const sub: CellStyle = { fill: SUBTOTAL_FILL, font: { bold: true } };
    b.box(r, 1, 1, "소계", textStyle({ ...sub, horizontal: "center" }));
    amountCells(r, cat, sub);
    // The category name spans its lines and its subtotal; measured against one row's worth.
    b.box(top, 0, 0, cat.category, textStyle({ horizontal: "center", fill: LABEL_FILL, font: { bold: true } }), { bottom: r, noMeasure: r > top });
    r++;
  }
  const total: CellStyle = { fill: HEADER_FILL, font: { bold: true }, border: { top: "double", left: "thin", bottom: "thin", right: "thin" } };
  b.box(r, 0, 1, "합계", textStyle({ ...total, horizontal: "center" }));
  amountCells(
    r,
    { budget: f.totalBudget, byQuarter: f.byQuarter, executed: f.executedToDate, ratio: f.ratioToBudget, remaining: f.totalBudget - f.executedToDate, ...(revised ? { originalBudget: f.originalBudget! } : {}) },
    total,
  );
  b.atLeast(r, 22);
  const tableBottom = r;
  r++;

  // Each ratio as a bar from 0 to 100%; over 100%, or spent beyond the budget, in the danger colour.
  const ratios = rangeAddress(H + 1, RATIO_COL, tableBottom, RATIO_COL);
  const conditionalFormats: ConditionalFormat[] = [
    { kind: "data-bar", range: ratios, min: 0, max: 1, color: BAR_COLOR },
    { kind: "number", range: ratios, operator: "greater-than", value: 1, style: DANGER },
    { kind: "number", range: rangeAddress(H + 1, REMAINING_COL, tableBottom, REMAINING_COL), operator: "less-than", value: 0, style: DANGER },
  ];
  const chart = planQuarterChart(b, r, f, { firstQuarterCol: Q1_COL, lastCol: LAST, head, label: textStyle({ fill: LABEL_FILL, font: { bold: true }, indent: 1 }), amount: num() });
  r = chart.nextRow;

  const breaks = b.paginate(printableHeightPoints("landscape"), fitToWidthScale(columns, "landscape"), [H]);
  return b.build(input.sheetName, "summary", a4Print(rangeAddress(0, 0, r - 1, last), "landscape", `${H + 1}:${H + 1}`), {
    freeze: { rows: H + 1, cols: 0 },
    tabColor: "548235",
    ...(breaks.length > 0 ? { rowBreaks: breaks } : {}),
    conditionalFormats,
    charts: [chart.chart],
  });
}

/** Categories in the minutes' order (the five known first, then as the budget lists them). */
function orderedCategories(f: Figures): Figures["categories"] {
  const rank = (c: string) => {
    const i = programCategories.findIndex((k) => nameKey(k) === nameKey(c));
    return i < 0 ? programCategories.length : i;
  };
  return [...f.categories].map((c, i) => ({ c, i })).sort((a, b) => rank(a.c.category) - rank(b.c.category) || a.i - b.i).map((x) => x.c);
}
