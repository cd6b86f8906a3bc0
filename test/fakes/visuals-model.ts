// Conditional formats and charts in the fakes' workbook model, with the rules of the real Excel the
// Office host could get wrong: an unknown format or chart type, a custom rule's formula without its
// "=", a data-bar bound that is not { type, formula }, a colour that is not "#RRGGBB", a series'
// values or categories that are not one row or one column, a write to a protected sheet — each
// refused as Excel refuses it (InvalidArgument, AccessDenied). Shared by the hand-written proxies
// (fake-worksheet.ts) and the responder behind Microsoft's client (responder-visuals.ts).
import { boxAddress, FakeExcelError, type Box, type FakeSheet } from "./fake-sheet";
import type { WorkbookModel } from "./workbook-model";

export interface FakeConditionalFormat {
  /** A1 address of the range it was added to. */
  readonly range: string;
  /** Excel.ConditionalFormatType. */
  readonly type: string;
  /** What was set on it, by path: "dataBar.lowerBoundRule", "custom.format.font.color", … */
  readonly props: Record<string, unknown>;
}

export interface FakeChartSeries {
  name?: string;
  /** A1 addresses on the chart's sheet. */
  values?: string;
  xValues?: string;
  chartType?: string;
  fill?: string;
  lineColor?: string;
}

export interface FakeChart {
  readonly type: string;
  readonly source: string;
  readonly props: Record<string, unknown>;
  readonly series: FakeChartSeries[];
}

const CF_TYPES = new Set(["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"]);
const CHART_TYPES = new Set(["ColumnClustered", "ColumnStacked", "BarClustered", "Line", "LineMarkers", "Pie", "Area", "XYScatter"]);
const RULE_TYPES = new Set(["Invalid", "Automatic", "LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"]);
const COLOR = /^#[0-9A-Fa-f]{6}$/;

function invalid(message: string): never {
  throw new FakeExcelError("InvalidArgument", message);
}

const isLine = (b: Box) => b.top === b.bottom || b.left === b.right;

export function addConditionalFormat(model: WorkbookModel, sheet: FakeSheet, box: Box, type: string): number {
  model.guardWrite(sheet);
  if (!CF_TYPES.has(type)) invalid(`conditional format type ${type}`);
  sheet.conditionalFormats.push({ range: boxAddress(box), type, props: {} });
  return sheet.conditionalFormats.length - 1;
}

/** Sets `path` ("dataBar.positiveFormat.fillColor") on conditional format `index`. */
export function setConditionalFormat(model: WorkbookModel, sheet: FakeSheet, index: number, path: string, value: unknown): void {
  model.guardWrite(sheet);
  const cf = sheet.conditionalFormats[index] ?? invalid(`no conditional format ${index}`);
  const family = path.split(".")[0]!;
  if ((family === "dataBar" && cf.type !== "DataBar") || (family === "custom" && cf.type !== "Custom")) {
    throw new FakeExcelError("InvalidOperation", `${path} on a ${cf.type} conditional format`);
  }
  if (path === "custom.rule.formula" && !(typeof value === "string" && value.startsWith("="))) invalid(`a custom rule's formula starts with "=": ${String(value)}`);
  if (path.endsWith("BoundRule")) {
    const r = value as { type?: string; formula?: string } | null;
    if (!r || !RULE_TYPES.has(String(r.type)) || (r.type === "Number" && !Number.isFinite(Number(r.formula)))) invalid(`data bar bound ${JSON.stringify(value)}`);
  }
  if (/color$/i.test(path) && !(typeof value === "string" && COLOR.test(value))) invalid(`colour ${String(value)}`);
  cf.props[path] = value;
}

export function addChart(model: WorkbookModel, sheet: FakeSheet, type: string, source: Box, seriesBy: string): number {
  model.guardWrite(sheet);
  if (!CHART_TYPES.has(type)) invalid(`chart type ${type}`);
  // One series per row (seriesBy "Rows") or per column, as Excel makes them from the data.
  const byRows = seriesBy === "Rows" || (seriesBy !== "Columns" && source.right - source.left > source.bottom - source.top);
  const series: FakeChartSeries[] = [];
  if (byRows) for (let r = source.top; r <= source.bottom; r++) series.push({ values: boxAddress({ ...source, top: r, bottom: r }) });
  else for (let c = source.left; c <= source.right; c++) series.push({ values: boxAddress({ ...source, left: c, right: c }) });
  sheet.charts.push({ type, source: boxAddress(source), props: {}, series });
  return sheet.charts.length - 1;
}

function chart(sheet: FakeSheet, index: number): FakeChart {
  return sheet.charts[index] ?? invalid(`no chart ${index}`);
}

export function setChart(model: WorkbookModel, sheet: FakeSheet, index: number, path: string, value: unknown): void {
  model.guardWrite(sheet);
  chart(sheet, index).props[path] = value;
}

/** ChartSeriesCollection.getItemAt(i) (it must exist) or add(name) (a new, empty series). */
export function seriesOf(sheet: FakeSheet, index: number, at: number | { add: string | undefined }): number {
  const c = chart(sheet, index);
  if (typeof at === "number") {
    if (!c.series[at]) throw new FakeExcelError("ItemNotFound", `chart ${index} has no series ${at}`);
    return at;
  }
  c.series.push(at.add === undefined ? {} : { name: at.add });
  return c.series.length - 1;
}

export function setSeries(model: WorkbookModel, sheet: FakeSheet, index: number, s: number, key: keyof FakeChartSeries, value: unknown): void {
  model.guardWrite(sheet);
  const series = chart(sheet, index).series[s] ?? invalid(`no series ${s}`);
  if (key === "values" || key === "xValues") {
    const box = value as Box;
    if (!isLine(box)) invalid(`series ${key} must be one row or one column: ${boxAddress(box)}`);
    series[key] = boxAddress(box);
    return;
  }
  if (key === "chartType" && !CHART_TYPES.has(String(value))) invalid(`chart type ${String(value)}`);
  if ((key === "fill" || key === "lineColor") && !(typeof value === "string" && COLOR.test(value))) invalid(`colour ${String(value)}`);
  series[key] = String(value);
}
