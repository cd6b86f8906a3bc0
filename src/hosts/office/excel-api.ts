// The subset of the Excel JavaScript API the Office host uses, typed structurally so the host can be
// run against Excel.run in Office and against test/fakes/fake-excel.ts in tests. Names and
// semantics are the real API's (ExcelApi requirement set noted where above 1.1); only what the
// host touches is declared here.

export interface XLoadable {
  load(properties: string): unknown;
}

export interface XRequestContext {
  readonly workbook: XWorkbook;
  sync(): Promise<void>;
}

export interface XWorkbook {
  readonly worksheets: XWorksheetCollection;
  readonly application: XApplication;
}

export interface XApplication {
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void;
  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface XWorksheetCollection extends XLoadable {
  readonly items: XWorksheet[];
  getItem(name: string): XWorksheet;
  add(name: string): XWorksheet;
}

export interface XEventResult {
  remove(): void;
}

export interface XChangedEventArgs {
  /** A1 address without the sheet name, e.g. "B3:F40". */
  readonly address: string;
  /** "RangeEdited", "RowInserted", ... */
  readonly changeType: string;
  /** ExcelApi 1.7: "Local" (this user's session) or "Remote" (a co-author). */
  readonly source?: string;
  /** ExcelApi 1.14: "ThisLocalAddin" when this add-in's own API call caused the change, else "Unknown".
   * Absent below 1.14. */
  readonly triggerSource?: string;
  /** ExcelApi 1.9, single-cell edits only: a paste or a fill has none. */
  readonly details?: unknown;
}

export interface XWorksheet extends XLoadable {
  /** Settable: renaming a sheet. */
  name: string;
  /** Excel.SheetVisibility: "Visible", "Hidden" or "VeryHidden". */
  readonly visibility: string;
  readonly protection: XLoadable & { readonly protected: boolean };
  /** ExcelApi 1.4; `valuesOnly` ExcelApi 1.2. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
  getRange(address: string): XRange;
  delete(): void;
  activate(): void;
  /** ExcelApi 1.8. */
  showGridlines: boolean;
  /** ExcelApi 1.7, "#RRGGBB". */
  tabColor: string;
  /** ExcelApi 1.7. */
  readonly freezePanes: { freezeRows(count: number): void; freezeColumns(count: number): void; freezeAt(range: string): void };
  /** ExcelApi 1.9. */
  readonly pageLayout: XPageLayout;
  /** ExcelApi 1.9: `add(range)` puts a manual break before the range's first row. */
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  /** ExcelApi 1.7. */
  readonly onChanged: { add(handler: (args: XChangedEventArgs) => Promise<void>): XEventResult };
  readonly charts: XChartCollection;
}

/** Conditional formats, ExcelApi 1.6. */
export interface XConditionalFormatCollection {
  add(type: "DataBar" | "Custom"): XConditionalFormat;
}

export interface XConditionalFormat {
  readonly dataBar: {
    lowerBoundRule: { type: string; formula?: string };
    upperBoundRule: { type: string; formula?: string };
    readonly positiveFormat: { fillColor: string; gradientFill: boolean };
  };
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly font: { color: string; bold: boolean }; readonly fill: { color: string } };
  };
}

/** Charts, ExcelApi 1.1; series from ranges and a series' own chart type, ExcelApi 1.7. */
export interface XChartCollection {
  add(type: string, sourceData: XRange, seriesBy?: "Auto" | "Columns" | "Rows"): XChart;
}

export interface XChart {
  readonly title: { text: string };
  readonly legend: { position: string };
  setPosition(startCell: string, endCell?: string): void;
  readonly series: { getItemAt(index: number): XChartSeries; add(name?: string): XChartSeries };
}

export interface XChartSeries {
  name: string;
  chartType: string;
  setValues(sourceData: XRange): void;
  setXAxisValues(sourceData: XRange): void;
  readonly format: { readonly fill: { setSolidColor(color: string): void }; readonly line: { color: string } };
}

export interface XPageLayout extends XLoadable {
  paperSize: string;
  orientation: string;
  /** Margins in points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  /** Set as a whole object: setting one member of the loaded object changes nothing in Excel. */
  zoom: XPageLayoutZoom;
  setPrintArea(address: string): void;
  setPrintTitleRows(address: string): void;
  readonly headersFooters: {
    readonly defaultForAllPages: { leftFooter: string; centerFooter: string; rightFooter: string };
  };
}

export interface XPageLayoutZoom {
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
  scale?: number;
}

export type XValueType = "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue";

export interface XRange extends XLoadable {
  readonly isNullObject: boolean;
  /** Includes the sheet name: "Sheet1!A1:D9" or "'My sheet'!A1:D9". */
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  readonly valueTypes: XValueType[][];
  numberFormat: unknown[][];
  readonly formulas: unknown[][];
  readonly format: XRangeFormat;
  merge(across?: boolean): void;
  /** ExcelApi 1.7. */
  hyperlink: { documentReference?: string; textToDisplay?: string; address?: string };
  select(): void;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: XConditionalFormatCollection;
}

export interface XRangeFormat {
  readonly font: { name: string; size: number; bold: boolean; italic: boolean; underline: string; color: string };
  readonly fill: { color: string };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  /** Points. */
  columnWidth: number;
  /** Points. */
  rowHeight: number;
  readonly borders: { getItem(index: string): { style: string; weight: string; color: string } };
}

export interface XRunOptions {
  /** ExcelApi 1.20: every sync of the run becomes one undo step. */
  readonly mergeUndoGroup?: boolean;
}

/** What the host needs from Office: Excel.run and the requirement-set check. */
export interface ExcelHost {
  run<T>(batch: (context: XRequestContext) => Promise<T>, options?: XRunOptions): Promise<T>;
  /** Excel.run(context, batch): a new batch on an earlier run's context, as removing event
   * handlers requires. */
  runOn?<T>(context: XRequestContext, batch: (context: XRequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported("ExcelApi", version). */
  isSetSupported(version: string): boolean;
}

/** The error shape Office.js rejects with (OfficeExtension.Error): `code` is an Excel.ErrorCodes value. */
export interface XError {
  readonly code?: string;
  readonly message?: string;
}
