// The workbook both fake Excels work on, with the rules of the real one that the Office host could
// get wrong. The hand-written proxies (fake-excel.ts) and the responder behind Microsoft's own client
// library (excel-responder.ts) call the same operations here, so one set of semantics is tested twice:
// - members above the workbook's ExcelApi version answer ApiNotFound (requirement-sets.ts);
// - inside an undo group, calls without undo support answer UndoNotSupported, per platform;
// - a string written to Range.values is read as typed input under the documented rule only
//   (typed-input.ts): text stays text only through the quote prefix;
// - sheet names: 1–31 characters (UTF-16 units, as Excel counts), none of []:*?/\, no leading or
//   trailing apostrophe, not "History", unique ignoring case;
// - protected sheets refuse writes (AccessDenied); cell-edit mode refuses whole requests;
// - column widths snap to whole pixels (0.75 pt); PageLayout.zoom is one object, and a fit without
//   verticalFitToPages means 1 page tall, as in the file format; `ignoreFit` models office-js 1860;
// - requests and responses over 5 MB are refused, by name or as a plain GeneralException;
// - the add-in's own value writes raise change events, as in Excel (triggerSource from 1.14).
import { tryParseCellAddress } from "../../src/core/address";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import {
  FakeExcelError,
  FakeSheet,
  MAX_COL,
  MAX_ROW,
  boxAddress,
  forEachCellOf,
  quoteSheet,
  validSheetName,
  type Box,
  type FakeCell,
} from "./fake-sheet";
import { MEMBER_SETS, UNDO_UNSUPPORTED, compareSets, type Platform } from "./requirement-sets";
import { typedInput, type Scalar } from "./typed-input";

export * from "./fake-sheet";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeStats {
  syncs: number;
  /** UTF-8 bytes of each sync's request, in order. */
  requestBytes: number[];
  /** UTF-8 bytes of each delivered response, in order. */
  responseBytes: number[];
  /** Responses Excel refused to deliver for being over the limit. */
  rejectedResponses: number;
  /** Requests Excel refused for being over the limit. */
  rejectedRequests: number;
  /** How many syncs had API calculation suspended. */
  calculationSuspended: number;
  runOptions: { mergeUndoGroup?: boolean }[];
  /** Every API member used, as "Class.member". */
  members: Set<string>;
}

export interface UserEditOptions {
  /** "Remote": a co-author's edit. */
  readonly source?: "Local" | "Remote";
  /** No change event at all (a data-validation dropdown in Excel on the web may raise none). */
  readonly silent?: boolean;
}

export class WorkbookModel {
  readonly sheets: FakeSheet[] = [];
  activeSheet = "";
  selection: { sheet: string; address: string } | null = null;
  cellEditMode = false;
  /** The highest ExcelApi requirement set this Excel supports. */
  apiVersion = "1.20";
  platform: Platform = "web";
  /** How an over-limit payload is reported: by its name, or as Excel on the web often does. */
  payloadErrors: "named" | "general" = "named";
  /** Excel on the web refuses requests and responses over 5 MB; tests may lower it. */
  payloadLimit = PAYLOAD_LIMIT;
  /** office-js issue 1860: fit-to-page settings are ignored. */
  ignoreFit = false;
  /** Makes sync number `sync` (1-based, counted over the fake's life) fail after `afterOps` operations. */
  failure: { sync: number; afterOps: number; code: string } | null = null;
  /** Set while a batch of an Excel.run({ mergeUndoGroup: true }) executes. */
  undoGroup = false;
  readonly stats: FakeStats = {
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    rejectedResponses: 0,
    rejectedRequests: 0,
    calculationSuspended: 0,
    runOptions: [],
    members: new Set(),
  };
  /** Value writes of the current request, raised as change events once it has run. */
  private pendingEvents: { sheet: FakeSheet; box: Box }[] = [];

  load(grid: WorkbookGrid): this {
    for (const sg of grid.sheets) {
      const sheet = this.addSheet(sg.name);
      if (sg.hidden) sheet.visibility = "Hidden";
      sg.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== "") this.putCell(sheet, sg.origin.row + r, sg.origin.col + c, v);
        }),
      );
    }
    this.activeSheet = grid.sheets[0]?.name ?? "";
    return this;
  }

  addSheet(name: string): FakeSheet {
    if (!validSheetName(name)) throw new FakeExcelError("InvalidArgument", `invalid sheet name ${JSON.stringify(name)}`);
    if (this.findSheet(name)) throw new FakeExcelError("ItemAlreadyExists", `sheet ${name} exists`);
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }

  findSheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === name);
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new FakeExcelError("ItemNotFound", `no sheet ${name}`);
    return s;
  }

  /** Stores a value as a loaded file would hold it (no typed-input parsing). */
  putCell(sheet: FakeSheet, row: number, col: number, v: CellValue): void {
    const c = sheet.ensure(row, col);
    if (v === null) c.value = null;
    else if (typeof v === "object" && v.kind === "date") {
      c.value = v.serial;
      c.numberFormat = "yyyy-mm-dd";
    } else if (typeof v === "object") {
      c.value = null;
      c.error = v.code;
    } else c.value = v;
  }

  /** The cell at an A1 address, for assertions. */
  cellAt(sheet: string, a1: string): FakeCell | undefined {
    const p = tryParseCellAddress(a1)!;
    return this.sheet(sheet).cell(p.row, p.col);
  }

  /** The text or number a cell shows as its value (what Range.values reads back). */
  valueAt(sheet: string, a1: string): Scalar | null {
    const c = this.cellAt(sheet, a1);
    return c?.error ?? c?.value ?? null;
  }

  isSetSupported(version: string): boolean {
    return compareSets(version, this.apiVersion) <= 0;
  }

  /** An API member is used: ApiNotFound when this Excel's requirement set is older than the member's. */
  use(member: string): void {
    const set = MEMBER_SETS[member];
    if (set === undefined) throw new FakeExcelError("NotImplemented", `the fakes do not model ${member}`);
    this.stats.members.add(member);
    if (!this.isSetSupported(set)) throw new FakeExcelError("ApiNotFound", `${member} needs ExcelApi ${set}; this Excel has ${this.apiVersion}`);
    if (this.undoGroup && UNDO_UNSUPPORTED[member]?.includes(this.platform)) {
      throw new FakeExcelError("UndoNotSupported", `${member} has no undo support in Excel on ${this.platform}`);
    }
  }

  /** Starts a request: counts it and refuses it whole when Excel would. Returns its sync number. */
  beginRequest(requestBytes: number): number {
    this.stats.syncs++;
    if (this.cellEditMode) throw new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode");
    this.stats.requestBytes.push(requestBytes);
    if (requestBytes > this.payloadLimit) {
      this.stats.rejectedRequests++;
      throw this.payloadError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    this.pendingEvents = [];
    return this.stats.syncs;
  }

  /** Throws the injected failure when operation `index` of request `syncNo` is due. */
  checkFailure(syncNo: number, index: number): void {
    const f = this.failure;
    if (f && f.sync === syncNo && f.afterOps === index) throw new FakeExcelError(f.code, `injected failure at operation ${index}`);
  }

  /** Raises, after the current request, the change events of the value writes it made (also those
   * made before a failing operation: Excel batches are not transactions). */
  flushEvents(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    if (events.length) void Promise.resolve().then(() => this.raise(events, "Local", true));
  }

  /** Ends a request that ran to its end: refuses a response over the limit. */
  endRequest(responseBytes: number): void {
    this.flushEvents();
    if (responseBytes > this.payloadLimit) {
      this.stats.rejectedResponses++;
      throw this.payloadError("ResponsePayloadSizeLimitExceeded", `response of ${responseBytes} bytes`);
    }
    this.stats.responseBytes.push(responseBytes);
  }

  private payloadError(code: string, message: string): FakeExcelError {
    return new FakeExcelError(this.payloadErrors === "named" ? code : "GeneralException", message);
  }

  /** A write to a sheet: refused on a protected sheet. */
  guardWrite(sheet: FakeSheet): void {
    if (sheet.protected) throw new FakeExcelError("AccessDenied", `sheet ${sheet.name} is protected`);
  }

  setValues(sheet: FakeSheet, b: Box, v: unknown): void {
    this.guardWrite(sheet);
    forEachCellOf(b, v, "values", (r, c, x) => {
      if (x === null) return; // null leaves the cell as it is
      const cell = sheet.ensure(r, c);
      cell.formula = undefined;
      cell.error = undefined;
      cell.quotePrefix = undefined;
      if (typeof x === "string") {
        const t = typedInput(x, cell.numberFormat);
        cell.value = t.value;
        if (t.formula !== undefined) cell.formula = t.formula;
        if (t.error !== undefined) cell.error = t.error;
        if (t.quotePrefix) cell.quotePrefix = true;
        if (t.numberFormat && cell.numberFormat === "General") cell.numberFormat = t.numberFormat;
      } else if (typeof x === "number" || typeof x === "boolean") cell.value = x;
      else throw new FakeExcelError("InvalidArgument", `unsupported value ${JSON.stringify(x)}`);
    });
    this.pendingEvents.push({ sheet, box: b });
  }

  setNumberFormat(sheet: FakeSheet, b: Box, v: unknown): void {
    this.guardWrite(sheet);
    forEachCellOf(b, v, "numberFormat", (r, c, x) => {
      if (x !== null) sheet.ensure(r, c).numberFormat = String(x);
    });
  }

  setFormat(sheet: FakeSheet, b: Box, key: string, v: unknown): void {
    this.guardWrite(sheet);
    if (key === "columnWidth") {
      // Excel shows whole pixels (0.75 pt at 96 dpi) and keeps the width it shows.
      const snapped = Math.round((v as number) / 0.75) * 0.75;
      for (let c = b.left; c <= b.right; c++) sheet.columnWidths.set(c, snapped);
      return;
    }
    if (key === "rowHeight") {
      for (let r = b.top; r <= b.bottom; r++) sheet.rowHeights.set(r, v as number);
      return;
    }
    if (b.bottom === MAX_ROW || b.right === MAX_COL) throw new FakeExcelError("InvalidArgument", `fake stores ${key} per cell only on bounded ranges`);
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) sheet.ensure(r, c).format[key] = v;
  }

  setLayout(sheet: FakeSheet, key: string, v: unknown): void {
    this.guardWrite(sheet);
    if (key !== "zoom") {
      sheet.layout[key] = v;
      return;
    }
    if (typeof v !== "object" || v === null) throw new FakeExcelError("InvalidArgument", "PageLayout.zoom takes an object");
    if (this.ignoreFit) return;
    const z = v as { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
    // As in the file format: a fit without a height is 1 page tall, without a width 1 page wide.
    sheet.layout.zoom = fit ? { horizontalFitToPages: z.horizontalFitToPages ?? 1, verticalFitToPages: z.verticalFitToPages ?? 1 } : { scale: z.scale ?? 100 };
  }

  setHyperlink(sheet: FakeSheet, b: Box, h: { documentReference?: string; textToDisplay?: string; address?: string }): void {
    this.guardWrite(sheet);
    if (h.documentReference) {
      const target = h.documentReference.slice(0, h.documentReference.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'");
      if (!this.findSheet(target)) throw new FakeExcelError("InvalidArgument", `hyperlink to missing sheet ${target}`);
    }
    const cell = sheet.ensure(b.top, b.left);
    cell.hyperlink = h;
    if (h.textToDisplay !== undefined) cell.value = h.textToDisplay;
  }

  merge(sheet: FakeSheet, b: Box): void {
    this.guardWrite(sheet);
    for (const m of sheet.merges) {
      if (m.top <= b.bottom && b.top <= m.bottom && m.left <= b.right && b.left <= m.right) {
        throw new FakeExcelError("MergedRangeConflict", `merge ${boxAddress(b)} overlaps ${boxAddress(m)}`);
      }
    }
    sheet.merges.push({ ...b });
  }

  renameSheet(sheet: FakeSheet, v: string): void {
    const other = this.findSheet(v);
    if (other && other !== sheet) throw new FakeExcelError("ItemAlreadyExists", `sheet ${v} exists`);
    if (!validSheetName(v)) throw new FakeExcelError("InvalidArgument", `invalid sheet name ${JSON.stringify(v)}`);
    if (this.activeSheet === sheet.name) this.activeSheet = v;
    sheet.name = v;
  }

  deleteSheet(sheet: FakeSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new FakeExcelError("ItemNotFound", `sheet ${sheet.name} was deleted`);
    this.sheets.splice(i, 1);
    if (this.activeSheet === sheet.name) this.activeSheet = this.sheets[0]?.name ?? "";
  }

  /** Range properties as Excel answers a load. */
  rangeProp(s: FakeSheet, b: Box, name: string): unknown {
    const rows = b.bottom - b.top + 1;
    const cols = b.right - b.left + 1;
    const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(s.cell(b.top + r, b.left + c))));
    switch (name) {
      case "address":
        return `${quoteSheet(s.name)}!${boxAddress(b)}`;
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "values":
        return grid((c) => c?.error ?? c?.value ?? "");
      case "formulas":
        // office-js issue 6687: the quote prefix is not part of `formulas`.
        return grid((c) => c?.formula ?? c?.error ?? c?.value ?? "");
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return grid((c): string => {
          if (!c || (c.value === null && c.error === undefined)) return "Empty";
          if (c.error !== undefined) return "Error";
          if (typeof c.value === "number") return "Double";
          if (typeof c.value === "boolean") return "Boolean";
          return "String";
        });
      default:
        throw new FakeExcelError("NotImplemented", `the fakes do not load Range.${name}`);
    }
  }

  /** A user edit: sets values as typed and raises the sheet's change event (one for the block). */
  async userEdit(sheetName: string, topLeft: string, values: Scalar[][], options: UserEditOptions = {}): Promise<void> {
    const sheet = this.sheet(sheetName);
    const p = tryParseCellAddress(topLeft)!;
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = sheet.ensure(p.row + r, p.col + c);
        Object.assign(cell, { formula: undefined, error: undefined, quotePrefix: undefined }, typeof v === "string" ? typedInput(v, cell.numberFormat) : { value: v });
      }),
    );
    if (options.silent) return;
    const box = { top: p.row, left: p.col, bottom: p.row + values.length - 1, right: p.col + (values[0]?.length ?? 1) - 1 };
    await this.raise([{ sheet, box }], options.source ?? "Local", false);
  }

  /** Delivers change events: the event arguments Excel sends at this workbook's ExcelApi version. */
  protected async raise(events: readonly { sheet: FakeSheet; box: Box }[], source: "Local" | "Remote", byAddin: boolean): Promise<void> {
    for (const { sheet, box } of events) {
      if (!this.sheets.includes(sheet)) continue;
      const args: Record<string, unknown> = { type: "WorksheetChanged", changeType: "RangeEdited", source, address: boxAddress(box), worksheetId: sheet.id };
      const single = box.top === box.bottom && box.left === box.right;
      if (this.isSetSupported("1.9") && single) {
        const c = sheet.cell(box.top, box.left);
        args.details = { valueAfter: c?.error ?? c?.value ?? "", valueTypeAfter: typeof c?.value === "number" ? "Double" : "String" };
      }
      if (this.isSetSupported("1.14")) args.triggerSource = byAddin ? "ThisLocalAddin" : "Unknown";
      await this.deliver(sheet, args);
    }
  }

  /** Hands one event to the sheet's handlers (the real-client fake overrides this). */
  protected async deliver(sheet: FakeSheet, args: Record<string, unknown>): Promise<void> {
    await Promise.all(sheet.handlers.map((h) => h({ ...args })));
  }
}

