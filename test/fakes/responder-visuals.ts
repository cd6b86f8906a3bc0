// The responder's conditional formats and charts (see excel-responder.ts): the objects Microsoft's
// client reaches from Range.conditionalFormats and Worksheet.charts, and their property sets and
// method calls, on the workbook model (visuals-model.ts). An object made by a method (add,
// getItemAt) carries which format, chart or series it is in its `key`: "cf:2", "chart:0",
// "chart:0:series:1"; the objects reached from it by navigation keep that key.
import { FakeExcelError, type WorkbookModel } from "./workbook-model";
import type { Kind, Obj } from "./responder-objects";
import { addChart, addConditionalFormat, seriesOf, setChart, setConditionalFormat, setSeries, type FakeChartSeries } from "./visuals-model";

/** Navigation properties of the visual objects: parent kind → wire name → child kind. */
export const VISUAL_NAVIGATION: Partial<Record<Kind, Record<string, Kind>>> = {
  ConditionalFormat: { DataBar: "DataBarConditionalFormat", Custom: "CustomConditionalFormat" },
  DataBarConditionalFormat: { PositiveFormat: "ConditionalDataBarPositiveFormat" },
  CustomConditionalFormat: { Rule: "ConditionalFormatRule", Format: "ConditionalRangeFormat" },
  ConditionalRangeFormat: { Font: "ConditionalRangeFont", Fill: "ConditionalRangeFill" },
  Chart: { Title: "ChartTitle", Legend: "ChartLegend", Series: "ChartSeriesCollection" },
  ChartSeries: { Format: "ChartSeriesFormat" },
  ChartSeriesFormat: { Fill: "ChartFill", Line: "ChartLineFormat" },
};

/** Where a conditional format's objects set their properties ("custom.format.font." + member). */
const CF_PATH: Partial<Record<Kind, string>> = {
  DataBarConditionalFormat: "dataBar.",
  ConditionalDataBarPositiveFormat: "dataBar.positiveFormat.",
  ConditionalFormatRule: "custom.rule.",
  ConditionalRangeFont: "custom.format.font.",
  ConditionalRangeFill: "custom.format.fill.",
};

const number = (key: string | undefined, name: string): number => {
  const m = new RegExp(`${name}:(\\d+)`).exec(key ?? "");
  if (!m) throw new FakeExcelError("InvalidObjectPath", `no ${name} in ${key ?? "(none)"}`);
  return Number(m[1]);
};

/** A method that makes an object; null when `member` is not one of the visuals'. */
export function instantiateVisual(model: WorkbookModel, member: string, parent: Obj, args: readonly unknown[]): Obj | null {
  switch (member) {
    case "ConditionalFormatCollection.add": {
      model.use(member);
      const index = addConditionalFormat(model, parent.sheet!, parent.box!, String(args[0]));
      return { kind: "ConditionalFormat", sheet: parent.sheet, key: `cf:${index}` };
    }
    case "ChartCollection.add": {
      model.use(member);
      const source = args[1] as Obj;
      if (source?.kind !== "Range" || !source.box) throw new FakeExcelError("InvalidArgument", "a chart's source data is a range");
      const index = addChart(model, parent.sheet!, String(args[0]), source.box, String(args[2] ?? "Auto"));
      return { kind: "Chart", sheet: parent.sheet, key: `chart:${index}` };
    }
    case "ChartSeriesCollection.getItemAt":
    case "ChartSeriesCollection.add": {
      model.use(member);
      const chart = number(parent.key, "chart");
      const at = member.endsWith("getItemAt") ? Number(args[0]) : { add: args[0] === undefined || args[0] === null ? undefined : String(args[0]) };
      return { kind: "ChartSeries", sheet: parent.sheet, key: `chart:${chart}:series:${seriesOf(parent.sheet!, chart, at)}` };
    }
  }
  return null;
}

/** A property set on a visual object; false when `o` is not one. */
export function setVisualProperty(model: WorkbookModel, o: Obj, prop: string, value: unknown): boolean {
  const s = o.sheet!;
  const cfPath = CF_PATH[o.kind];
  if (cfPath !== undefined) {
    setConditionalFormat(model, s, number(o.key, "cf"), `${cfPath}${prop}`, value);
    return true;
  }
  const series = (key: keyof FakeChartSeries) => setSeries(model, s, number(o.key, "chart"), number(o.key, "series"), key, value);
  switch (`${o.kind}.${prop}`) {
    case "ChartTitle.text":
      setChart(model, s, number(o.key, "chart"), "title.text", value);
      return true;
    case "ChartLegend.position":
      setChart(model, s, number(o.key, "chart"), "legend.position", value);
      return true;
    case "ChartSeries.name":
      series("name");
      return true;
    case "ChartSeries.chartType":
      series("chartType");
      return true;
    case "ChartLineFormat.color":
      series("lineColor");
      return true;
  }
  return false;
}

/** A method call on a visual object that returns nothing; undefined when `member` is not one. */
export function callVisualMethod(model: WorkbookModel, o: Obj, member: string, args: readonly unknown[]): null | undefined {
  const s = o.sheet!;
  const range = (a: unknown) => {
    const r = a as Obj;
    if (r?.kind !== "Range" || !r.box) throw new FakeExcelError("InvalidArgument", `${member} takes a range`);
    return r.box;
  };
  switch (member) {
    case "Chart.setPosition":
      setChart(model, s, number(o.key, "chart"), "position", { start: args[0], end: args[1] ?? undefined });
      return null;
    case "ChartSeries.setValues":
    case "ChartSeries.setXAxisValues":
      setSeries(model, s, number(o.key, "chart"), number(o.key, "series"), member.endsWith("setValues") ? "values" : "xValues", range(args[0]));
      return null;
    case "ChartFill.setSolidColor":
      setSeries(model, s, number(o.key, "chart"), number(o.key, "series"), "fill", args[0]);
      return null;
  }
  return undefined;
}
