// The objects the responder (excel-responder.ts) resolves object paths to, and the names they go by
// on the wire.
import type { Box, FakeSheet } from "./workbook-model";
import { VISUAL_NAVIGATION } from "./responder-visuals";

export type Kind =
  | "Workbook"
  | "Application"
  | "WorksheetCollection"
  | "Worksheet"
  | "WorksheetProtection"
  | "WorksheetFreezePanes"
  | "Range"
  | "RangeFormat"
  | "RangeFont"
  | "RangeFill"
  | "RangeBorderCollection"
  | "RangeBorder"
  | "PageLayout"
  | "HeaderFooterGroup"
  | "HeaderFooter"
  | "PageBreakCollection"
  | "PageBreak"
  // conditional formats and charts (responder-visuals.ts)
  | "ConditionalFormatCollection"
  | "ConditionalFormat"
  | "DataBarConditionalFormat"
  | "ConditionalDataBarPositiveFormat"
  | "CustomConditionalFormat"
  | "ConditionalFormatRule"
  | "ConditionalRangeFormat"
  | "ConditionalRangeFont"
  | "ConditionalRangeFill"
  | "ChartCollection"
  | "Chart"
  | "ChartTitle"
  | "ChartLegend"
  | "ChartSeriesCollection"
  | "ChartSeries"
  | "ChartSeriesFormat"
  | "ChartFill"
  | "ChartLineFormat";

export interface Obj {
  readonly kind: Kind;
  readonly sheet?: FakeSheet;
  readonly box?: Box | null;
  /** RangeBorder: the edge; a conditional format, chart or series: which one (responder-visuals.ts). */
  readonly key?: string;
  readonly isNull?: boolean;
}

/** Navigation properties: parent kind → wire name → child kind. */
export const NAVIGATION: Partial<Record<Kind, Record<string, Kind>>> = {
  Workbook: { Worksheets: "WorksheetCollection", Application: "Application" },
  Worksheet: {
    Protection: "WorksheetProtection",
    FreezePanes: "WorksheetFreezePanes",
    PageLayout: "PageLayout",
    HorizontalPageBreaks: "PageBreakCollection",
    Charts: "ChartCollection",
  },
  Range: { Format: "RangeFormat", ConditionalFormats: "ConditionalFormatCollection" },
  ...VISUAL_NAVIGATION,
  RangeFormat: { Font: "RangeFont", Fill: "RangeFill", Borders: "RangeBorderCollection" },
  PageLayout: { HeadersFooters: "HeaderFooterGroup" },
  HeaderFooterGroup: { DefaultForAllPages: "HeaderFooter" },
};

export const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
/** Wire names that are not the JavaScript member's name in PascalCase. */
const WIRE_ALIASES: Readonly<Record<string, string>> = { "Worksheet.Gridlines": "showGridlines" };
export const memberOf = (kind: Kind, wire: string): string => WIRE_ALIASES[`${kind}.${wire}`] ?? camel(wire);
export const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
