// Which ExcelApi requirement set brought each Excel JavaScript API member the fakes model, from the
// API reference (learn.microsoft.com/javascript/api/excel, "[Api set: ExcelApi x.y]" of each
// member; test/fakes/requirement-sets.test.ts checks every entry against the same remarks in
// @types/office-js). An Excel that supports an older set does not know the newer members: the fakes
// answer ApiNotFound, as the API reference's "ApiNotFound: the API could not be found" describes.
//
// And which calls have no undo support (Excel's undo documentation, "Unsupported APIs"): inside
// Excel.run({ mergeUndoGroup: true }) they throw UndoNotSupported.

export const MEMBER_SETS: Readonly<Record<string, string>> = {
  "Workbook.worksheets": "1.1",
  "Workbook.application": "1.1",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Application.suspendScreenUpdatingUntilNextSync": "1.9",
  "WorksheetCollection.items": "1.1",
  "WorksheetCollection.getItem": "1.1",
  "WorksheetCollection.add": "1.1",
  "Worksheet.name": "1.1",
  "Worksheet.id": "1.1",
  "Worksheet.visibility": "1.1",
  "Worksheet.protection": "1.2",
  "Worksheet.getRange": "1.1",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.delete": "1.1",
  "Worksheet.activate": "1.1",
  "Worksheet.tabColor": "1.7",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.onChanged": "1.7",
  "Worksheet.showGridlines": "1.8",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.horizontalPageBreaks": "1.9",
  "WorksheetProtection.protected": "1.2",
  "WorksheetFreezePanes.freezeRows": "1.7",
  "WorksheetFreezePanes.freezeColumns": "1.7",
  "WorksheetFreezePanes.freezeAt": "1.7",
  "Range.address": "1.1",
  "Range.values": "1.1",
  "Range.valueTypes": "1.1",
  "Range.numberFormat": "1.1",
  "Range.formulas": "1.1",
  "Range.rowCount": "1.1",
  "Range.columnCount": "1.1",
  "Range.format": "1.1",
  "Range.select": "1.1",
  "Range.getRow": "1.1",
  "Range.getBoundingRect": "1.1",
  // Internal to the client library (it splits value arrays over 1,500 cells); its own check says 1.3.
  "Range._ValidateArraySize": "1.3",
  "Range.merge": "1.2",
  "Range.hyperlink": "1.7",
  "Range.setCellProperties": "1.9",
  "Range.valuesAsJson": "1.16",
  "RangeFormat.font": "1.1",
  "RangeFormat.fill": "1.1",
  "RangeFormat.borders": "1.1",
  "RangeFormat.horizontalAlignment": "1.1",
  "RangeFormat.verticalAlignment": "1.1",
  "RangeFormat.wrapText": "1.1",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "RangeFormat.indentLevel": "1.9",
  "RangeFont.name": "1.1",
  "RangeFont.size": "1.1",
  "RangeFont.bold": "1.1",
  "RangeFont.italic": "1.1",
  "RangeFont.underline": "1.1",
  "RangeFont.color": "1.1",
  "RangeFill.color": "1.1",
  "RangeBorderCollection.getItem": "1.1",
  "RangeBorder.style": "1.1",
  "RangeBorder.weight": "1.1",
  "RangeBorder.color": "1.1",
  "PageLayout.paperSize": "1.9",
  "PageLayout.orientation": "1.9",
  "PageLayout.leftMargin": "1.9",
  "PageLayout.rightMargin": "1.9",
  "PageLayout.topMargin": "1.9",
  "PageLayout.bottomMargin": "1.9",
  "PageLayout.headerMargin": "1.9",
  "PageLayout.footerMargin": "1.9",
  "PageLayout.centerHorizontally": "1.9",
  "PageLayout.zoom": "1.9",
  "PageLayout.setPrintArea": "1.9",
  "PageLayout.setPrintTitleRows": "1.9",
  "PageLayout.headersFooters": "1.9",
  "HeaderFooterGroup.defaultForAllPages": "1.9",
  "HeaderFooter.leftFooter": "1.9",
  "HeaderFooter.centerFooter": "1.9",
  "HeaderFooter.rightFooter": "1.9",
  "PageBreakCollection.add": "1.9",
  "WorksheetChangedEventArgs.address": "1.7",
  "WorksheetChangedEventArgs.changeType": "1.7",
  "WorksheetChangedEventArgs.source": "1.7",
  "WorksheetChangedEventArgs.details": "1.9",
  "WorksheetChangedEventArgs.triggerSource": "1.14",
  "RunOptions.mergeUndoGroup": "1.20",
};

export type Platform = "web" | "windows" | "mac";

/** Calls without undo support, by platform (only those the fakes model). */
export const UNDO_UNSUPPORTED: Readonly<Record<string, readonly Platform[]>> = {
  "Worksheet.delete": ["web", "windows", "mac"],
  "Worksheet.name": ["windows", "mac"],
  "Worksheet.visibility": ["windows", "mac"],
};

export function compareSets(a: string, b: string): number {
  const [x, y] = a.split(".").map(Number) as [number, number];
  const [p, q] = b.split(".").map(Number) as [number, number];
  return x - p || y - q;
}

/** The requirement-set profiles the Office host's tests run at. */
export const PROFILES = ["1.7", "1.9", "1.14", "1.20"] as const;
