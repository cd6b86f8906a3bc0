// What a plan draws over its cells, through Office.js: conditional formats (ExcelApi 1.6) and charts
// (ExcelApi 1.1, with 1.7's series from ranges and per-series chart types for the combination).
// Both are within the manifest's ExcelApi 1.7, so no feature check. Queued with the sheet's other
// operations, so they go in the same request.
import { cellAddress } from "../../core/address";
import type { ConditionalFormat, SheetPlan } from "../../core/plan/sheet-plan";
import type { XWorksheet } from "./excel-api";

/** Request bytes of one queued call besides its data (as office-write.ts counts them). */
const CALL_BYTES = 400;

export interface QueueOp {
  add(bytes: number, queue: () => void): void;
}

/** Conditional formats in the same order as the .xlsx host's: the cell-styling rules, then the bars. */
export function queueConditionalFormats(batches: QueueOp, ws: () => XWorksheet, formats: readonly ConditionalFormat[]): void {
  const ordered = [...formats.filter((f) => f.kind === "number"), ...formats.filter((f) => f.kind === "data-bar")];
  for (const f of ordered) {
    if (f.kind === "data-bar") {
      batches.add(6 * CALL_BYTES, () => {
        const bar = ws().getRange(f.range).conditionalFormats.add("DataBar").dataBar;
        bar.lowerBoundRule = { type: "Number", formula: String(f.min) };
        bar.upperBoundRule = { type: "Number", formula: String(f.max) };
        bar.positiveFormat.fillColor = `#${f.color}`;
        bar.positiveFormat.gradientFill = false;
      });
      continue;
    }
    // Text never matches ("-" for a zero budget is not over 100%); references are relative to the range's first cell.
    const first = f.range.split(":")[0]!.replace(/\$/g, "");
    const formula = `=AND(ISNUMBER(${first}),${first}${f.operator === "greater-than" ? ">" : "<"}${f.value})`;
    batches.add(6 * CALL_BYTES + formula.length, () => {
      const custom = ws().getRange(f.range).conditionalFormats.add("Custom").custom;
      custom.rule.formula = formula;
      if (f.style.font?.color) custom.format.font.color = `#${f.style.font.color}`;
      if (f.style.font?.bold) custom.format.font.bold = true;
      if (f.style.fill) custom.format.fill.color = `#${f.style.fill}`;
    });
  }
}

/** Each chart: made from its first series' cells, then every series given its cells, type and colour. */
export function queueCharts(batches: QueueOp, ws: () => XWorksheet, charts: NonNullable<SheetPlan["charts"]>): void {
  for (const plan of charts) {
    const first = plan.series[0];
    if (!first) continue;
    batches.add((6 + 6 * plan.series.length) * CALL_BYTES, () => {
      const sheet = ws();
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange(first.values), "Rows");
      chart.title.text = plan.title;
      chart.legend.position = "Bottom";
      const a = plan.anchor;
      chart.setPosition(cellAddress(a.top, a.left), cellAddress(a.bottom, a.right));
      plan.series.forEach((s, i) => {
        const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
        if (i === 0) series.name = s.name;
        else series.setValues(sheet.getRange(s.values));
        series.setXAxisValues(sheet.getRange(plan.categories));
        if (s.as === "line") {
          series.chartType = "Line";
          series.format.line.color = `#${s.color}`;
        } else series.format.fill.setSolidColor(`#${s.color}`);
      });
    });
  }
}
