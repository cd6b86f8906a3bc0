// The hand-written fake Excel: proxies in the shape of the Excel JavaScript API over the shared
// workbook model (workbook-model.ts, where the rules are). It adds what a protocol cannot show:
// - proxies queue operations; nothing happens until sync(), and operations run in queue order; a
//   failing operation stops the batch but keeps the effects of the ones before it (Excel batches are
//   not transactions);
// - reading a property that was not loaded and synced throws PropertyNotLoaded;
// - setting values/numberFormat with dimensions other than the range's throws InvalidArgument;
// - change events reach the handlers with the arguments of the workbook's ExcelApi version.
// Each request (JSON of the queued operations) and response (JSON of the loaded results) is measured
// in UTF-8 bytes. The real request sizes come from real-excel.ts, which runs Microsoft's client.
import type { ExcelHost, XRequestContext, XRunOptions } from "../../src/hosts/office/excel-api";
import type { WorkbookGrid } from "../../src/core/grid";
import { FakeWorksheets } from "./fake-worksheet";
import { FakeExcelError, WorkbookModel } from "./workbook-model";

export { PAYLOAD_LIMIT } from "./workbook-model";

export interface Op {
  readonly json: unknown;
  readonly run: () => void;
}

export class FakeExcel extends WorkbookModel implements ExcelHost {
  static fromGrid(grid: WorkbookGrid): FakeExcel {
    return new FakeExcel().load(grid);
  }

  async run<T>(batch: (context: XRequestContext) => Promise<T>, options?: XRunOptions): Promise<T> {
    if (options) this.stats.runOptions.push(options);
    if (options?.mergeUndoGroup) this.stats.members.add("RunOptions.mergeUndoGroup");
    // An Excel before 1.20 does not know the option and runs as usual.
    const group = options?.mergeUndoGroup === true && this.isSetSupported("1.20");
    // The proxies build their format objects dynamically, so they are checked by behaviour, not type.
    return batch(new FakeContext(this, group) as unknown as XRequestContext);
  }

  async runOn<T>(context: XRequestContext, batch: (context: XRequestContext) => Promise<T>): Promise<T> {
    if (!(context instanceof FakeContext) || context.excel !== this) throw new FakeExcelError("InvalidArgument", "context of another workbook");
    return batch(context);
  }

  /** Called by FakeContext.sync. */
  execute(ops: Op[], loads: (() => unknown)[], calcSuspended: boolean, undoGroup: boolean): void {
    const syncNo = this.beginRequest(Buffer.byteLength(JSON.stringify(ops.map((o) => o.json)), "utf8"));
    if (calcSuspended) this.stats.calculationSuspended++;
    this.undoGroup = undoGroup;
    try {
      ops.forEach((op, i) => {
        this.checkFailure(syncNo, i);
        op.run();
      });
    } catch (e) {
      this.flushEvents();
      throw e;
    } finally {
      this.undoGroup = false;
    }
    this.endRequest(Buffer.byteLength(JSON.stringify(loads.map((l) => l())), "utf8"));
  }
}

export class FakeContext {
  ops: Op[] = [];
  loads: (() => unknown)[] = [];
  calcSuspended = false;
  readonly workbook;
  constructor(
    readonly excel: FakeExcel,
    private readonly undoGroup: boolean,
  ) {
    const ctx = this;
    this.workbook = {
      worksheets: new FakeWorksheets(ctx),
      functions: {
        date(year: number, month: number, day: number) {
          let value: number | undefined;
          const result = {
            load(p: string) {
              if (p !== "value") throw new FakeExcelError("NotImplemented", `fake cannot load FunctionResult.${p}`);
              ctx.queueLoad({ functions: "date", year, month, day }, () => {
                ctx.use("Workbook.functions", "Functions.date", "FunctionResult.value");
                value = ctx.excel.dateSerial(year, month, day);
                return value;
              });
              return result;
            },
            get value(): number {
              if (value === undefined) throw new FakeExcelError("PropertyNotLoaded", "FunctionResult.value read before load() and sync()");
              return value;
            },
          };
          return result;
        },
      },
      application: {
        suspendApiCalculationUntilNextSync(): void {
          ctx.calcSuspended = true;
          ctx.queue({ op: "suspendCalc" }, () => ctx.use("Workbook.application", "Application.suspendApiCalculationUntilNextSync"));
        },
        suspendScreenUpdatingUntilNextSync(): void {
          ctx.queue({ op: "suspendScreen" }, () => ctx.use("Workbook.application", "Application.suspendScreenUpdatingUntilNextSync"));
        },
      },
    };
  }
  use(...members: string[]): void {
    for (const m of members) this.excel.use(m);
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
    const { ops, loads, calcSuspended } = this;
    this.ops = [];
    this.loads = [];
    this.calcSuspended = false;
    await Promise.resolve();
    this.excel.execute(ops, loads, calcSuspended, this.undoGroup);
  }
}
