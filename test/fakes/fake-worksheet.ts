// The hand-written fake's worksheet, range and page-layout proxies (see fake-excel.ts).
import type { XChangedEventArgs, XValueType } from "../../src/hosts/office/excel-api";
import type { FakeContext } from "./fake-excel";
import { FakeExcelError, boxAddress, parseAddress, type Box, type FakeSheet } from "./workbook-model";
import { chartsProxy, conditionalFormatsProxy } from "./fake-visuals";

/** A proxy's loaded state: filled at sync, read through `get`. */
export class Loaded {
  private readonly props = new Map<string, unknown>();
  set(name: string, v: unknown): void {
    this.props.set(name, v);
  }
  get<T>(name: string, what: string): T {
    if (!this.props.has(name)) throw new FakeExcelError("PropertyNotLoaded", `${what}.${name} read before load() and sync()`);
    return this.props.get(name) as T;
  }
}

export function propList(p: string): string[] {
  return p
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export class FakeWorksheets {
  private readonly loaded = new Loaded();
  constructor(private readonly ctx: FakeContext) {}
  load(p: string): this {
    // "items/name, items/visibility": only these two worksheet properties are modelled.
    const props = propList(p).map((x) => x.replace(/^items\//, ""));
    for (const name of props) if (name !== "name" && name !== "visibility") throw new FakeExcelError("NotImplemented", `fake cannot load worksheets ${name}`);
    this.ctx.queueLoad({ worksheets: p }, () => {
      this.ctx.use("Workbook.worksheets", "WorksheetCollection.items", ...props.map((n) => `Worksheet.${n}`));
      const sheets = this.ctx.excel.sheets;
      const items = sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s);
        for (const name of props) w.loadedState.set(name, name === "name" ? s.name : s.visibility);
        return w;
      });
      this.loaded.set("items", items);
      return sheets.map((s) => Object.fromEntries(props.map((name) => [name, name === "name" ? s.name : s.visibility])));
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.loaded.get("items", "worksheets");
  }
  getItem(name: string): FakeWorksheet {
    let found: FakeSheet | null = null;
    return new FakeWorksheet(this.ctx, () => {
      this.ctx.use("WorksheetCollection.getItem");
      found ??= this.ctx.excel.sheet(name);
      return found;
    });
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.queue({ op: "addSheet", name }, () => {
      this.ctx.use("WorksheetCollection.add");
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
  readonly charts;
  readonly writeOp: (json: Record<string, unknown>, members: string[], f: (s: FakeSheet) => void) => void;
  constructor(
    private readonly ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    const excel = ctx.excel;
    const write = (json: Record<string, unknown>, members: string[], f: (s: FakeSheet) => void): void =>
      ctx.queue({ sheet: "ref", ...json }, () => {
        const s = this.resolve();
        ctx.use(...members);
        excel.guardWrite(s);
        f(s);
      });
    this.writeOp = write;
    this.charts = chartsProxy(ctx, write);
    const protLoaded = new Loaded();
    this.protection = {
      load: (p: string) => {
        ctx.queueLoad({ protection: p }, () => {
          ctx.use("Worksheet.protection", "WorksheetProtection.protected");
          const v = this.resolve().protected;
          protLoaded.set("protected", v);
          return v;
        });
      },
      get protected(): boolean {
        return protLoaded.get("protected", "protection");
      },
    };
    const freeze = (m: string, v: string) => write({ [m]: v }, ["Worksheet.freezePanes", `WorksheetFreezePanes.${m}`], (s) => void (s.freeze = v));
    this.freezePanes = {
      freezeRows: (n: number) => freeze("freezeRows", `rows:${n}`),
      freezeColumns: (n: number) => freeze("freezeColumns", `cols:${n}`),
      freezeAt: (r: string) => freeze("freezeAt", r),
    };
    this.pageLayout = this.makePageLayout(write);
    this.horizontalPageBreaks = {
      add: (a: string) =>
        write({ pageBreak: a }, ["Worksheet.horizontalPageBreaks", "PageBreakCollection.add"], (s) => void s.rowBreaks.push(parseAddress(a).top)),
    };
    this.onChanged = {
      add: (handler: (a: XChangedEventArgs) => Promise<void>) => {
        const h = (args: Record<string, unknown>) => handler(args as unknown as XChangedEventArgs);
        ctx.queue({ onChanged: "add" }, () => {
          ctx.use("Worksheet.onChanged");
          this.resolve().handlers.push(h);
        });
        return {
          remove: () =>
            ctx.queue({ onChanged: "remove" }, () => {
              const hs = this.resolve().handlers;
              const i = hs.indexOf(h);
              if (i >= 0) hs.splice(i, 1);
            }),
        };
      },
    };
  }

  private makePageLayout(write: (json: Record<string, unknown>, members: string[], f: (s: FakeSheet) => void) => void) {
    const ctx = this.ctx;
    const excel = ctx.excel;
    const layout = (key: string, v: unknown, member = `PageLayout.${key}`): void =>
      write({ [key]: v }, ["Worksheet.pageLayout", member], (s) => excel.setLayout(s, key, v));
    const footer = (key: string) => (v: string) =>
      write({ [key]: v }, ["Worksheet.pageLayout", "PageLayout.headersFooters", "HeaderFooterGroup.defaultForAllPages", `HeaderFooter.${key}`], (s) =>
        excel.setLayout(s, key, v),
      );
    const loaded = new Loaded();
    const target: Record<string, unknown> = {
      setPrintArea: (a: string) => layout("printArea", a, "PageLayout.setPrintArea"),
      setPrintTitleRows: (a: string) => layout("printTitleRows", a, "PageLayout.setPrintTitleRows"),
      headersFooters: {
        defaultForAllPages: {
          set leftFooter(v: string) {
            footer("leftFooter")(v);
          },
          set centerFooter(v: string) {
            footer("centerFooter")(v);
          },
          set rightFooter(v: string) {
            footer("rightFooter")(v);
          },
        },
      },
      load: (p: string) => {
        for (const name of propList(p)) if (name !== "zoom") throw new FakeExcelError("NotImplemented", `fake cannot load pageLayout.${name}`);
        ctx.queueLoad({ pageLayout: p }, () => {
          ctx.use("Worksheet.pageLayout", "PageLayout.zoom");
          const z = { ...((this.resolve().layout.zoom as object | undefined) ?? {}) };
          loaded.set("zoom", z);
          return z;
        });
        return proxy;
      },
    };
    const proxy: Record<string, unknown> = new Proxy(target, {
      set(t, key, value) {
        if (key in t) return false;
        layout(String(key), value);
        return true;
      },
      get(t, key) {
        if (key in t) return t[key as string];
        // A copy: a member set on it reaches nothing, as in Office.js, where zoom must be set whole.
        if (key === "zoom") return { ...loaded.get<object>("zoom", "pageLayout") };
        throw new FakeExcelError("PropertyNotLoaded", `pageLayout.${String(key)} read in the fake`);
      },
    });
    return proxy;
  }

  load(p: string): this {
    this.ctx.queueLoad({ worksheet: p }, () => {
      const s = this.resolve();
      const out: Record<string, unknown> = {};
      for (const name of propList(p)) {
        if (name !== "name") throw new FakeExcelError("NotImplemented", `fake cannot load worksheet.${name}`);
        this.ctx.use("Worksheet.name");
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
      this.ctx.use("Worksheet.name");
      this.ctx.excel.renameSheet(this.resolve(), v);
    });
  }
  set showGridlines(v: boolean) {
    this.writeOp({ showGridlines: v }, ["Worksheet.showGridlines"], (s) => void (s.showGridlines = v));
  }
  set tabColor(v: string) {
    this.writeOp({ tabColor: v }, ["Worksheet.tabColor"], (s) => void (s.tabColor = v));
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, this, () => this.resolve().usedBox(), "Worksheet.getUsedRangeOrNullObject");
  }
  getRange(address: string): FakeRange {
    const box = parseAddress(address);
    return new FakeRange(this.ctx, this, () => box, "Worksheet.getRange");
  }
  delete(): void {
    this.ctx.queue({ op: "deleteSheet" }, () => {
      this.ctx.use("Worksheet.delete");
      this.ctx.excel.deleteSheet(this.resolve());
    });
  }
  activate(): void {
    this.ctx.queue({ op: "activate" }, () => {
      this.ctx.use("Worksheet.activate");
      this.ctx.excel.activeSheet = this.resolve().name;
    });
  }
}

const FORMAT_KEYS = ["horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel", "columnWidth", "rowHeight"];

class FakeRange {
  private readonly loaded = new Loaded();
  readonly format: Record<string, unknown>;
  readonly conditionalFormats;
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly box: () => Box | null,
    private readonly via: string,
  ) {
    const setFmt = (key: string, member: string[], v: unknown): void =>
      this.write({ format: key, v }, ["Range.format", ...member], (s, b) => ctx.excel.setFormat(s, b, key, v));
    const group = (prefix: string, cls: string, nav: string[], keys: string[]) => {
      const o: Record<string, unknown> = {};
      for (const k of keys) Object.defineProperty(o, k, { set: (v: unknown) => setFmt(`${prefix}${k}`, [...nav, `${cls}.${k}`], v), enumerable: true });
      return o;
    };
    this.format = {
      font: group("font.", "RangeFont", ["RangeFormat.font"], ["name", "size", "bold", "italic", "underline", "color"]),
      fill: group("fill.", "RangeFill", ["RangeFormat.fill"], ["color"]),
      borders: {
        getItem: (edge: string) => group(`border.${edge}.`, "RangeBorder", ["RangeFormat.borders", "RangeBorderCollection.getItem"], ["style", "weight", "color"]),
      },
    };
    for (const k of FORMAT_KEYS) Object.defineProperty(this.format, k, { set: (v: unknown) => setFmt(k, [`RangeFormat.${k}`], v) });
    this.conditionalFormats = conditionalFormatsProxy(ctx, (json, members, f) => this.ws.writeOp({ range: "ref", ...json }, [this.via, ...members], f), () => this.target());
  }

  /** The range's box at sync, as an argument of another call (a chart's data); a null range is refused. */
  target(): Box {
    const b = this.box();
    if (!b) throw new FakeExcelError("InvalidArgument", "a null range as an argument");
    return b;
  }

  private write(json: Record<string, unknown>, members: string[], f: (s: FakeSheet, b: Box) => void): void {
    this.ws.writeOp({ range: "ref", ...json }, [this.via, ...members], (s) => {
      const b = this.box();
      if (!b) throw new FakeExcelError("InvalidOperation", "write to a null range");
      f(s, b);
    });
  }

  load(p: string): this {
    this.ctx.queueLoad({ range: p }, () => {
      this.ctx.use(this.via);
      const b = this.box();
      const s = this.ws.resolve();
      const out: Record<string, unknown> = {};
      // Like Office.js, any load tells whether the object exists.
      this.loaded.set("isNullObject", b === null);
      for (const name of propList(p)) {
        this.ctx.use(`Range.${name}`);
        const v = b === null ? undefined : this.ctx.excel.rangeProp(s, b, name);
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
    this.write({ values: v }, ["Range.values"], (s, b) => this.ctx.excel.setValues(s, b, v));
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat", "range");
  }
  set numberFormat(v: unknown[][]) {
    this.write({ numberFormat: v }, ["Range.numberFormat"], (s, b) => this.ctx.excel.setNumberFormat(s, b, v));
  }
  set hyperlink(h: { documentReference?: string; textToDisplay?: string; address?: string }) {
    this.write({ hyperlink: h }, ["Range.hyperlink"], (s, b) => this.ctx.excel.setHyperlink(s, b, h));
  }
  merge(across?: boolean): void {
    this.write({ merge: across ?? false }, ["Range.merge"], (s, b) => this.ctx.excel.merge(s, b));
  }
  select(): void {
    this.ctx.queue({ op: "select" }, () => {
      this.ctx.use(this.via, "Range.select");
      const s = this.ws.resolve();
      const b = this.box();
      if (b) this.ctx.excel.selection = { sheet: s.name, address: boxAddress(b) };
    });
  }
}

