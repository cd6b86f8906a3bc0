// The objects the responder (excel-responder.ts) resolves object paths to, and the names they go by
// on the wire.
import type { Box, FakeSheet } from "./workbook-model";

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
  | "PageBreak";

export interface Obj {
  readonly kind: Kind;
  readonly sheet?: FakeSheet;
  readonly box?: Box | null;
  /** RangeBorder: the edge; RangeFont/RangeFill: the format key prefix. */
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
  },
  Range: { Format: "RangeFormat" },
  RangeFormat: { Font: "RangeFont", Fill: "RangeFill", Borders: "RangeBorderCollection" },
  PageLayout: { HeadersFooters: "HeaderFooterGroup" },
  HeaderFooterGroup: { DefaultForAllPages: "HeaderFooter" },
};

export const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
/** Wire names that are not the JavaScript member's name in PascalCase. */
const WIRE_ALIASES: Readonly<Record<string, string>> = { "Worksheet.Gridlines": "showGridlines" };
export const memberOf = (kind: Kind, wire: string): string => WIRE_ALIASES[`${kind}.${wire}`] ?? camel(wire);
export const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
