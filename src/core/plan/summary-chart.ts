// The execution summary's picture of the year: spending by quarter against the budget, as a small
// table of figures (분기 집행액, 누적 집행액, 총 예산 by quarter) and a chart the host draws from
// those cells: columns for what was spent, a line for the budget. Quarters after the report
// quarter are blank, as in the table above it. The block and its chart stay on one printed page.

import { formatKoreanMonthDay } from "../display";
import type { Figures } from "../model";
import { rangeAddress } from "../address";
import type { FormBuilder } from "./form-builder";
import type { CellStyle, ChartPlan } from "./sheet-plan";

/** Rows the chart covers, CHART_ROW_HEIGHT points each (about 9 cm). */
const CHART_ROWS = 10;
const CHART_ROW_HEIGHT = 18;
const COLORS = { spent: "5B9BD5", cumulative: "A5A5A5", budget: "C00000" } as const;

export interface ChartBlockStyles {
  /** Column of 1분기; the four quarters follow it. */
  readonly firstQuarterCol: number;
  readonly lastCol: number;
  readonly head: CellStyle;
  readonly label: CellStyle;
  readonly amount: CellStyle;
}

/** Plans the block from row `top` on; returns the chart and the first row after the block. */
export function planQuarterChart(b: FormBuilder, top: number, f: Figures, s: ChartBlockStyles): { chart: ChartPlan; nextRow: number } {
  const q1 = s.firstQuarterCol;
  let r = top;
  b.setHeight(r, 14);
  b.keepWithNext(r);
  r++;
  b.box(r, 0, s.lastCol, "분기별 집행액과 예산", { font: { bold: true, size: 11 }, vertical: "middle" });
  b.keepWithNext(r);
  r++;
  const headRow = r;
  b.box(r, 0, q1 - 1, "구분", s.head);
  for (let n = 0; n < 4; n++) b.box(r, q1 + n, q1 + n, `${n + 1}분기`, s.head);
  b.keepWithNext(r);
  r++;

  const reported = (n: number) => n + 1 <= f.quarter;
  let sum = 0;
  const cumulative = f.byQuarter.map((x) => (sum += x));
  const rows: readonly (readonly [string, (n: number) => number | null, ChartPlan["series"][number]["as"], string])[] = [
    ["분기 집행액", (n) => (reported(n) ? f.byQuarter[n]! : null), "column", COLORS.spent],
    ["누적 집행액", (n) => (reported(n) ? cumulative[n]! : null), "column", COLORS.cumulative],
    [`${f.year}년 총 예산`, () => f.totalBudget, "line", COLORS.budget],
  ];
  const quarters = (row: number) => rangeAddress(row, q1, row, q1 + 3);
  const series: ChartPlan["series"][number][] = [];
  for (const [name, value, as, color] of rows) {
    b.box(r, 0, q1 - 1, name, s.label);
    for (let n = 0; n < 4; n++) b.box(r, q1 + n, q1 + n, value(n), s.amount);
    b.keepWithNext(r);
    series.push({ name, values: quarters(r), as, color });
    r++;
  }
  b.setHeight(r, 8);
  b.keepWithNext(r);
  r++;

  const chartTop = r;
  for (let k = 0; k < CHART_ROWS; k++) {
    b.setHeight(r, CHART_ROW_HEIGHT);
    if (k < CHART_ROWS - 1) b.keepWithNext(r);
    r++;
  }
  const chart: ChartPlan = {
    title: `${f.year}년 분기별 집행액과 예산 (${formatKoreanMonthDay(f.asOf)} 기준)`,
    anchor: { top: chartTop, left: 0, bottom: r - 1, right: q1 + 3 },
    categories: quarters(headRow),
    series,
    valueFormat: "#,##0",
  };
  return { chart, nextRow: r };
}
