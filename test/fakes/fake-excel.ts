// An in-memory Excel for tests of the Office host, enforcing the rules of the real one that the
// host could get wrong:
// - proxies queue operations; nothing happens until sync(), and operations run in queue order;
//   a failing operation stops the batch but keeps the effects of the ones before it (Excel batches
//   are not transactions);
// - reading a property that was not loaded and synced throws PropertyNotLoaded;
// - setting values/numberFormat with dimensions other than the range's throws InvalidArgument;
// - a string set as a value is parsed like typed input unless the cell's number format is text "@":
//   "=…", "+…", "-…" become formulas, numeric, percent and ISO-date strings become numbers, and a
//   leading apostrophe makes the rest text;
// - sheet names: 1–31 chars, none of []:*?/\, no leading/trailing apostrophe, unique ignoring case;
// - protected sheets reject writes with AccessDenied; cell-edit mode rejects whole batches;
// - each request (JSON of the queued operations) and response (JSON of the loaded results) is
//   measured in UTF-8 bytes; over 5 MB a request is rejected before running and a response after.
import type {
  ExcelHost,
  XChangedEventArgs,
  XRequestContext,
  XRunOptions,
  XValueType,
} from "../../src/hosts/office/excel-api";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { cellAddress, columnLetters, tryParseCellAddress } from "../../src/core/address";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar | null;
  formula?: string;
  error?: string;
  numberFormat: string;
  format: Record<string, unknown>;
  hyperlink?: { documentReference?: string; textToDisplay?: string; address?: string };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  protected = false;
  readonly merges: { top: number; left: number; bottom: number; right: number }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly layout: Record<string, unknown> = {};
  showGridlines = true;
  /** Excel.SheetVisibility. */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  freeze: string | null = null;
  readonly handlers: ((a: XChangedEventArgs) => Promise<void>)[] = [];
  /** 0-based rows that start a new printed page. */
  readonly rowBreaks: number[] = [];
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  ensure(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null, numberFormat: "General", format: {} };
      this.cells.set(key, c);
    }
    return c;
  }
  /** Bounding box of cells holding a value or formula; null when the sheet is empty. */
  usedBox(): Box | null {
    let box: Box | null = null;
    for (const [key, c] of this.cells) {
      if (c.value === null && c.formula === undefined && c.error === undefined) continue;
      const [r, col] = key.split(",").map(Number) as [number, number];
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, col), bottom: Math.max(box.bottom, r), right: Math.max(box.right, col) }
        : { top: r, left: col, bottom: r, right: col };
    }
    return box;
  }
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** "B3", "B3:D9", "A:C" (whole columns), "3:5" (whole rows), optionally prefixed with "Sheet!". */
export function parseAddress(address: string): Box {
  const a = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [p, q = p] = a.replace(/\$/g, "").split(":") as [string, string?];
  if (/^[A-Z]+$/i.test(p) && /^[A-Z]+$/i.test(q!)) {
    const l = tryParseCellAddress(`${p}1`)!.col;
    const r = tryParseCellAddress(`${q}1`)!.col;
    return { top: 0, left: l, bottom: MAX_ROW, right: r };
  }
  if (/^\d+$/.test(p) && /^\d+$/.test(q!)) return { top: Number(p) - 1, left: 0, bottom: Number(q) - 1, right: MAX_COL };
  const s = tryParseCellAddress(p);
  const e = tryParseCellAddress(q!);
  if (!s || !e) throw new FakeExcelError("InvalidArgument", `bad address ${address}`);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

function boxAddress(b: Box): string {
  const a = cellAddress(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${cellAddress(b.bottom, b.right)}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_\u3131-\uD7A3]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

const DATE_SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** How Excel parses a string typed into a non-text cell (the subset that matters for the tests). */
function coerceTyped(s: string): { value: Scalar | null; formula?: string; numberFormat?: string } {
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (/^[=+-]/.test(s)) {
    const n = Number(s.replace(/^[=+]/, ""));
    if (s.length > 1 && Number.isFinite(n) && /\d/.test(s)) return { value: n };
    return { value: 0, formula: s.startsWith("=") ? s : `=${s}` };
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(s)) return { value: Number(s.replace(/,/g, "")) };
  if (/^\d+(\.\d+)?%$/.test(s)) return { value: Number(s.slice(0, -1)) / 100, numberFormat: "0%" };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) {
    return { value: (Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!) - DATE_SERIAL_EPOCH) / 86_400_000, numberFormat: "yyyy-mm-dd" };
  }
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true" };
  return { value: s };
}

function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

interface Op {
  readonly json: unknown;
  readonly run: () => void;
}

export interface FakeStats {
  syncs: number;
  /** UTF-8 bytes of each sync's request, in order. */
  requestBytes: number[];
  /** UTF-8 bytes of each delivered response, in order. */
  responseBytes: number[];
  /** Responses Excel refused to deliver for being over the limit. */
  rejectedResponses: number;
  /** How many syncs had API calculation suspended. */
  calculationSuspended: number;
  runOptions: XRunOptions[];
}

export class FakeExcel implements ExcelHost {
  readonly sheets: FakeSheet[] = [];
  activeSheet = "";
  selection: { sheet: string; address: string } | null = null;
  cellEditMode = false;
  apiVersion = "1.20";
  readonly stats: FakeStats = {
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    rejectedResponses: 0,
    calculationSuspended: 0,
    runOptions: [],
  };
  /** Makes sync number `sync` (1-based, counted over the fake's life) fail after `afterOps` operations. */
  failure: { sync: number; afterOps: number; code: string } | null = null;

  static fromGrid(grid: WorkbookGrid): FakeExcel {
    const fake = new FakeExcel();
    for (const sg of grid.sheets) {
      const sheet = fake.addSheet(sg.name);
      if (sg.hidden) sheet.visibility = "Hidden";
      sg.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== "") fake.putCell(sheet, sg.origin.row + r, sg.origin.col + c, v);
        }),
      );
    }
    fake.activeSheet = grid.sheets[0]?.name ?? "";
    return fake;
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
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
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

  /** A user edit: sets values as typed and raises the sheet's onChanged handlers. */
  async userEdit(sheetName: string, topLeft: string, values: Scalar[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const p = tryParseCellAddress(topLeft)!;
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = sheet.ensure(p.row + r, p.col + c);
        Object.assign(cell, { formula: undefined, error: undefined }, typeof v === "string" ? coerceTyped(v) : { value: v });
      }),
    );
    const box = { top: p.row, left: p.col, bottom: p.row + values.length - 1, right: p.col + (values[0]?.length ?? 1) - 1 };
    await Promise.all(sheet.handlers.map((h) => h({ address: boxAddress(box), changeType: "RangeEdited" })));
  }

  isSetSupported(version: string): boolean {
    const [a, b] = version.split(".").map(Number) as [number, number];
    const [x, y] = this.apiVersion.split(".").map(Number) as [number, number];
    return a < x || (a === x && b <= y);
  }

  async run<T>(batch: (context: XRequestContext) => Promise<T>, options?: XRunOptions): Promise<T> {
    if (options) this.stats.runOptions.push(options);
    // The proxies build their format objects dynamically, so they are checked by behaviour, not type.
    return batch(new FakeContext(this) as unknown as XRequestContext);
  }

  async runOn<T>(context: XRequestContext, batch: (context: XRequestContext) => Promise<T>): Promise<T> {
    if (!(context instanceof FakeContext) || context.excel !== this) throw new FakeExcelError("InvalidArgument", "context of another workbook");
    return batch(context);
  }

  /** Called by FakeContext.sync. */
  execute(ops: Op[], loads: (() => unknown)[], calcSuspended: boolean): void {
    this.stats.syncs++;
    const syncNo = this.stats.syncs;
    if (this.cellEditMode) throw new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode");
    const req = utf8Bytes(JSON.stringify(ops.map((o) => o.json)));
    this.stats.requestBytes.push(req);
    if (req > PAYLOAD_LIMIT) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${req} bytes`);
    if (calcSuspended) this.stats.calculationSuspended++;
    const fail = this.failure && this.failure.sync === syncNo ? this.failure : null;
    ops.forEach((op, i) => {
      if (fail && i === fail.afterOps) throw new FakeExcelError(fail.code, `injected failure at operation ${i}`);
      op.run();
    });
    const results = loads.map((l) => l());
    const res = utf8Bytes(JSON.stringify(results));
    if (res > PAYLOAD_LIMIT) {
      this.stats.rejectedResponses++;
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `response of ${res} bytes`);
    }
    this.stats.responseBytes.push(res);
  }
}

/** A proxy's loaded state: filled at sync, read through `get`. */
class Loaded {
  private readonly props = new Map<string, unknown>();
  set(name: string, v: unknown): void {
    this.props.set(name, v);
  }
  get<T>(name: string, what: string): T {
    if (!this.props.has(name)) throw new FakeExcelError("PropertyNotLoaded", `${what}.${name} read before load() and sync()`);
    return this.props.get(name) as T;
  }
}

function propList(p: string): string[] {
  return p
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

class FakeContext {
  ops: Op[] = [];
  loads: (() => unknown)[] = [];
  pendingLoads: (() => void)[] = [];
  calcSuspended = false;
  readonly workbook;
  constructor(readonly excel: FakeExcel) {
    const ctx = this;
    this.workbook = {
      worksheets: new FakeWorksheets(ctx),
      application: {
        suspendApiCalculationUntilNextSync(): void {
          ctx.calcSuspended = true;
          ctx.queue({ op: "suspendCalc" }, () => {});
        },
        suspendScreenUpdatingUntilNextSync(): void {
          ctx.queue({ op: "suspendScreen" }, () => {});
        },
      },
    };
  }
  queue(json: unknown, run: () => void): void {
    this.ops.push({ json, run });
  }
  /** A load: `snapshot` runs at sync in queue order, its result is measured as response. */
  queueLoad(json: unknown, snapshot: () => unknown): void {
    let result: unknown;
    this.ops.push({ json: { load: json }, run: () => void (result = snapshot()) });
    this.loads.push(() => result);
  }
  async sync(): Promise<void> {
    const ops = this.ops;
    const loads = this.loads;
    const calc = this.calcSuspended;
    this.ops = [];
    this.loads = [];
    this.calcSuspended = false;
    await Promise.resolve();
    this.excel.execute(ops, loads, calc);
  }
}

class FakeWorksheets {
  private readonly loaded = new Loaded();
  constructor(private readonly ctx: FakeContext) {}
  load(p: string): this {
    // "items/name, items/visibility": only these two worksheet properties are modelled.
    const props = propList(p).map((x) => x.replace(/^items\//, ""));
    for (const name of props)
      if (name !== "name" && name !== "visibility") throw new FakeExcelError("InvalidArgument", `fake cannot load worksheets ${name}`);
    this.ctx.queueLoad({ worksheets: p }, () => {
      const items = this.ctx.excel.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s);
        for (const name of props) w.loadedState.set(name, name === "name" ? s.name : s.visibility);
        return w;
      });
      this.loaded.set("items", items);
      return this.ctx.excel.sheets.map((s) => Object.fromEntries(props.map((name) => [name, name === "name" ? s.name : s.visibility])));
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.loaded.get("items", "worksheets");
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(name));
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.queue({ op: "addSheet", name }, () => {
      created = this.ctx.excel.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeExcelError("ItemNotFound", `sheet ${name} was not added`);
      return created;
    });
  }
}

class FakeWorksheet {
  readonly loadedState = new Loaded();
  readonly protection;
  readonly freezePanes;
  readonly pageLayout;
  readonly horizontalPageBreaks;
  readonly onChanged;
  constructor(
    private readonly ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    const protLoaded = new Loaded();
    this.protection = {
      load: (p: string) => {
        ctx.queueLoad({ protection: p }, () => {
          const v = this.resolve().protected;
          protLoaded.set("protected", v);
          return v;
        });
      },
      get protected(): boolean {
        return protLoaded.get("protected", "protection");
      },
    };
    const write = (json: Record<string, unknown>, f: (s: FakeSheet) => void): void =>
      ctx.queue({ sheet: "ref", ...json }, () => {
        const s = this.resolve();
        if (s.protected) throw new FakeExcelError("AccessDenied", `sheet ${s.name} is protected`);
        f(s);
      });
    this.freezePanes = {
      freezeRows: (n: number) => write({ freezeRows: n }, (s) => void (s.freeze = `rows:${n}`)),
      freezeColumns: (n: number) => write({ freezeColumns: n }, (s) => void (s.freeze = `cols:${n}`)),
      freezeAt: (r: string) => write({ freezeAt: r }, (s) => void (s.freeze = r)),
    };
    const layout = (key: string, v: unknown): void => write({ [key]: v }, (s) => void (s.layout[key] = v));
    const footer = (key: string) => ({
      set: (v: string) => layout(key, v),
    });
    const lf = footer("leftFooter");
    const cf = footer("centerFooter");
    const rf = footer("rightFooter");
    this.pageLayout = new Proxy(
      {
        setPrintArea: (a: string) => layout("printArea", a),
        setPrintTitleRows: (a: string) => layout("printTitleRows", a),
        headersFooters: {
          defaultForAllPages: {
            set leftFooter(v: string) {
              lf.set(v);
            },
            set centerFooter(v: string) {
              cf.set(v);
            },
            set rightFooter(v: string) {
              rf.set(v);
            },
          },
        },
      } as Record<string, unknown>,
      {
        set(target, key, value) {
          if (key in target) return false;
          layout(String(key), value);
          return true;
        },
        get(target, key) {
          if (key in target) return target[key as string];
          throw new FakeExcelError("PropertyNotLoaded", `pageLayout.${String(key)} read in the fake`);
        },
      },
    );
    this.horizontalPageBreaks = {
      add: (a: string) => write({ pageBreak: a }, (s) => void s.rowBreaks.push(parseAddress(a).top)),
    };
    this.onChanged = {
      add: (handler: (a: XChangedEventArgs) => Promise<void>) => {
        ctx.queue({ onChanged: "add" }, () => void this.resolve().handlers.push(handler));
        return {
          remove: () =>
            ctx.queue({ onChanged: "remove" }, () => {
              const hs = this.resolve().handlers;
              const i = hs.indexOf(handler);
              if (i >= 0) hs.splice(i, 1);
            }),
        };
      },
    };
    this.writeOp = write;
  }
  readonly writeOp: (json: Record<string, unknown>, f: (s: FakeSheet) => void) => void;

  load(p: string): this {
    this.ctx.queueLoad({ worksheet: p }, () => {
      const s = this.resolve();
      const out: Record<string, unknown> = {};
      for (const name of propList(p)) {
        if (name !== "name") throw new FakeExcelError("InvalidArgument", `fake cannot load worksheet.${name}`);
        this.loadedState.set("name", s.name);
        out[name] = s.name;
      }
      return out;
    });
    return this;
  }
  get name(): string {
    return this.loadedState.get("name", "worksheet");
  }
  get visibility(): string {
    return this.loadedState.get("visibility", "worksheet");
  }
  set name(v: string) {
    this.ctx.queue({ op: "renameSheet", name: v }, () => {
      const s = this.resolve();
      const other = this.ctx.excel.findSheet(v);
      if (other && other !== s) throw new FakeExcelError("ItemAlreadyExists", `sheet ${v} exists`);
      if (!validSheetName(v)) throw new FakeExcelError("InvalidArgument", `invalid sheet name ${JSON.stringify(v)}`);
      if (this.ctx.excel.activeSheet === s.name) this.ctx.excel.activeSheet = v;
      s.name = v;
    });
  }
  set showGridlines(v: boolean) {
    this.writeOp({ showGridlines: v }, (s) => void (s.showGridlines = v));
  }
  set tabColor(v: string) {
    this.writeOp({ tabColor: v }, (s) => void (s.tabColor = v));
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, this, () => this.resolve().usedBox());
  }
  getRange(address: string): FakeRange {
    const box = parseAddress(address);
    return new FakeRange(this.ctx, this, () => box);
  }
  delete(): void {
    this.ctx.queue({ op: "deleteSheet" }, () => {
      const s = this.resolve();
      const excel = this.ctx.excel;
      excel.sheets.splice(excel.sheets.indexOf(s), 1);
      if (excel.activeSheet === s.name) excel.activeSheet = excel.sheets[0]?.name ?? "";
    });
  }
  activate(): void {
    this.ctx.queue({ op: "activate" }, () => void (this.ctx.excel.activeSheet = this.resolve().name));
  }
}

const RANGE_PROPS = new Set(["address", "values", "valueTypes", "numberFormat", "formulas", "rowCount", "columnCount", "isNullObject"]);

class FakeRange {
  private readonly loaded = new Loaded();
  readonly format;
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly box: () => Box | null,
  ) {
    const setFmt = (key: string, v: unknown): void => this.write({ format: key, v }, (s, b) => this.applyFormat(s, b, key, v));
    const group = (prefix: string, keys: string[]) => {
      const o: Record<string, unknown> = {};
      for (const k of keys) Object.defineProperty(o, k, { set: (v: unknown) => setFmt(`${prefix}${k}`, v), enumerable: true });
      return o;
    };
    this.format = {
      font: group("font.", ["name", "size", "bold", "italic", "underline", "color"]),
      fill: group("fill.", ["color"]),
      borders: { getItem: (edge: string) => group(`border.${edge}.`, ["style", "weight", "color"]) },
      ...group("", ["horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel", "columnWidth", "rowHeight"]),
    };
    // Spreading a setter-only object copies values, not setters; redefine the top-level ones.
    for (const k of ["horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel", "columnWidth", "rowHeight"]) {
      Object.defineProperty(this.format, k, { set: (v: unknown) => setFmt(k, v) });
    }
  }

  private write(json: Record<string, unknown>, f: (s: FakeSheet, b: Box) => void): void {
    this.ws.writeOp({ range: "ref", ...json }, (s) => {
      const b = this.box();
      if (!b) throw new FakeExcelError("InvalidOperation", "write to a null range");
      f(s, b);
    });
  }

  private applyFormat(s: FakeSheet, b: Box, key: string, v: unknown): void {
    if (key === "columnWidth") {
      for (let c = b.left; c <= b.right; c++) s.columnWidths.set(c, v as number);
      return;
    }
    if (key === "rowHeight") {
      for (let r = b.top; r <= b.bottom; r++) s.rowHeights.set(r, v as number);
      return;
    }
    if (b.bottom === MAX_ROW || b.right === MAX_COL) throw new FakeExcelError("InvalidArgument", `fake stores ${key} per cell only on bounded ranges`);
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) s.ensure(r, c).format[key] = v;
  }

  load(p: string): this {
    this.ctx.queueLoad({ range: p }, () => {
      const b = this.box();
      const s = this.ws.resolve();
      const out: Record<string, unknown> = {};
      // Like Office.js, any load tells whether the object exists.
      this.loaded.set("isNullObject", b === null);
      for (const name of propList(p)) {
        if (!RANGE_PROPS.has(name)) throw new FakeExcelError("InvalidArgument", `fake cannot load range.${name}`);
        const v = b === null ? (name === "isNullObject" ? true : undefined) : rangeProp(s, b, name);
        this.loaded.set(name, v);
        out[name] = v;
      }
      return out;
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject", "range");
  }
  get address(): string {
    return this.loaded.get("address", "range");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount", "range");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount", "range");
  }
  get valueTypes(): XValueType[][] {
    return this.loaded.get("valueTypes", "range");
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas", "range");
  }
  get values(): unknown[][] {
    return this.loaded.get("values", "range");
  }
  set values(v: unknown[][]) {
    this.write({ values: v }, (s, b) =>
      forEachCellOf(b, v, "values", (r, c, x) => {
        if (x === null) return; // null leaves the cell as it is
        const cell = s.ensure(r, c);
        cell.formula = undefined;
        cell.error = undefined;
        if (typeof x === "string") {
          if (cell.numberFormat === "@" || x === "") cell.value = x === "" ? null : x;
          else {
            const t = coerceTyped(x);
            cell.value = t.value;
            if (t.formula !== undefined) cell.formula = t.formula;
            if (t.numberFormat && cell.numberFormat === "General") cell.numberFormat = t.numberFormat;
          }
        } else if (typeof x === "number" || typeof x === "boolean") cell.value = x;
        else throw new FakeExcelError("InvalidArgument", `unsupported value ${JSON.stringify(x)}`);
      }),
    );
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat", "range");
  }
  set numberFormat(v: unknown[][]) {
    this.write({ numberFormat: v }, (s, b) =>
      forEachCellOf(b, v, "numberFormat", (r, c, x) => {
        if (x !== null) s.ensure(r, c).numberFormat = String(x);
      }),
    );
  }
  set hyperlink(h: { documentReference?: string; textToDisplay?: string; address?: string }) {
    this.write({ hyperlink: h }, (s, b) => {
      if (h.documentReference) {
        const target = h.documentReference.slice(0, h.documentReference.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'");
        if (!this.ctx.excel.findSheet(target)) throw new FakeExcelError("InvalidArgument", `hyperlink to missing sheet ${target}`);
      }
      const cell = s.ensure(b.top, b.left);
      cell.hyperlink = h;
      if (h.textToDisplay !== undefined) cell.value = h.textToDisplay;
    });
  }
  merge(across?: boolean): void {
    this.write({ merge: across ?? false }, (s, b) => {
      for (const m of s.merges) {
        if (m.top <= b.bottom && b.top <= m.bottom && m.left <= b.right && b.left <= m.right) {
          throw new FakeExcelError("MergedRangeConflict", `merge ${boxAddress(b)} overlaps ${boxAddress(m)}`);
        }
      }
      s.merges.push({ ...b });
    });
  }
  select(): void {
    this.ctx.queue({ op: "select" }, () => {
      const s = this.ws.resolve();
      const b = this.box();
      if (b) this.ctx.excel.selection = { sheet: s.name, address: boxAddress(b) };
    });
  }
}

function forEachCellOf(b: Box, v: unknown, what: string, f: (r: number, c: number, x: unknown) => void): void {
  const rows = b.bottom - b.top + 1;
  const cols = b.right - b.left + 1;
  if (!Array.isArray(v)) {
    if (rows * cols > 5_000_000) throw new FakeExcelError("InvalidArgument", "fake refuses scalar fills of whole rows/columns");
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) f(b.top + r, b.left + c, v);
    return;
  }
  if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeExcelError("InvalidArgument", `${what} of ${v.length}x${(v[0] as unknown[] | undefined)?.length ?? 0} for a ${rows}x${cols} range ${boxAddress(b)}`);
  }
  v.forEach((row: unknown[], r) => row.forEach((x, c) => f(b.top + r, b.left + c, x)));
}

function rangeProp(s: FakeSheet, b: Box, name: string): unknown {
  const rows = b.bottom - b.top + 1;
  const cols = b.right - b.left + 1;
  const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(s.cell(b.top + r, b.left + c))));
  switch (name) {
    case "isNullObject":
      return false;
    case "address":
      return `${quoteSheet(s.name)}!${boxAddress(b)}`;
    case "rowCount":
      return rows;
    case "columnCount":
      return cols;
    case "values":
      return grid((c) => (c?.error !== undefined ? c.error : (c?.value ?? "")));
    case "formulas":
      return grid((c) => c?.formula ?? (c?.error !== undefined ? c.error : (c?.value ?? "")));
    case "numberFormat":
      return grid((c) => c?.numberFormat ?? "General");
    case "valueTypes":
      return grid((c): XValueType => {
        if (!c) return "Empty";
        if (c.error !== undefined) return "Error";
        if (c.value === null) return "Empty";
        if (typeof c.value === "number") return "Double";
        if (typeof c.value === "boolean") return "Boolean";
        return "String";
      });
    default:
      throw new FakeExcelError("InvalidArgument", name);
  }
}

export { columnLetters };
