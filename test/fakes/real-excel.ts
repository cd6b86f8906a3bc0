// Microsoft's own Excel client library (@microsoft/office-js, dist/excel-web-16.00.js: the file
// Excel on the web loads) running in jsdom, with its requests answered from the shared workbook model
// (excel-responder.ts) instead of Excel on the web. The Office host runs on it unchanged: every call
// it makes must exist in the real client, batches are serialized exactly as Excel receives them, and
// the request sizes measured are the real ones. No network: the client's HTTP sender is replaced
// through OfficeExtension.HttpUtility.setCustomSendRequestFunc, and change events are delivered
// through the client's own rich-API message path (its test hooks).
//
// What the library does not carry: this version (1.1.110) knows no `mergeUndoGroup` and sends no
// trace of it, so the run option is taken here, beside the request, as Excel would receive it.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import type { WorkbookGrid } from "../../src/core/grid";
import type { ExcelHost, XRequestContext, XRunOptions } from "../../src/hosts/office/excel-api";
import { respond, type RequestBody } from "./excel-responder";
import { WorkbookModel, type FakeSheet } from "./workbook-model";

/** The client library file, as Excel on the web loads it. */
export const CLIENT_LIBRARY = "@microsoft/office-js/dist/excel-web-16.00.js";

interface Client {
  readonly Excel: {
    run(options: unknown, batch: (ctx: unknown) => Promise<unknown>): Promise<unknown>;
    RequestContext: new (url: string) => unknown;
  };
  readonly OfficeExtension: {
    _testTriggerRichApiMessageEvent(msg: unknown): void;
  };
}

interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
}

let client: Client | null = null;
const workbooks = new Map<string, RealExcel>();
let nextWorkbook = 1;

/** Loads the client library once per process (about 100 ms) and routes its requests to the workbooks. */
function loadClient(): Client {
  if (client) return client;
  const source = readFileSync(require.resolve(CLIENT_LIBRARY), "utf8");
  const dom = new JSDOM("<!doctype html><html><body></body></html>", { runScripts: "outside-only", url: "https://localhost/taskpane.html" });
  const w = dom.window as unknown as { eval(src: string): void } & Record<string, unknown>;
  w.eval(source);
  const ext = w.OfficeExtension as {
    HttpUtility: { setCustomSendRequestFunc(f: (r: HttpRequest) => Promise<unknown>): void };
    _testSetRichApiMessageReadyImpl(f: () => unknown): void;
    Promise: { resolve(): unknown };
  };
  ext.HttpUtility.setCustomSendRequestFunc(async (req) => {
    const base = req.url.slice(0, req.url.indexOf("/ProcessQuery"));
    const wb = workbooks.get(base);
    if (!wb || req.method !== "POST") return { statusCode: 404, headers: {}, body: "" };
    return wb.processQuery(req);
  });
  // Event registration goes through Office's rich-API message channel; here it is ready at once.
  ext._testSetRichApiMessageReadyImpl(() => ext.Promise.resolve());
  client = { Excel: w.Excel as Client["Excel"], OfficeExtension: w.OfficeExtension as Client["OfficeExtension"] };
  return client;
}

export class RealExcel extends WorkbookModel implements ExcelHost {
  /** Where the client sends this workbook's requests: `${url}/ProcessQuery`. */
  readonly url = `https://excel.invalid/workbooks/${nextWorkbook++}`;
  /** Every request body the client sent, for tests that inspect the protocol. */
  readonly requests: RequestBody[] = [];
  keepRequests = false;
  private readonly client = loadClient();

  constructor() {
    super();
    workbooks.set(this.url, this);
  }

  static fromGrid(grid: WorkbookGrid): RealExcel {
    return new RealExcel().load(grid);
  }

  /** Stops routing requests to this workbook (tests that make many). */
  dispose(): void {
    workbooks.delete(this.url);
  }

  async run<T>(batch: (context: XRequestContext) => Promise<T>, options?: XRunOptions): Promise<T> {
    if (options) this.stats.runOptions.push(options);
    if (options?.mergeUndoGroup) this.stats.members.add("RunOptions.mergeUndoGroup");
    const group = options?.mergeUndoGroup === true && this.isSetSupported("1.20");
    const previous = this.runGroup;
    this.runGroup = group;
    try {
      return (await this.client.Excel.run({ session: this.url, ...options }, (ctx) => batch(ctx as XRequestContext))) as T;
    } finally {
      this.runGroup = previous;
    }
  }

  async runOn<T>(context: XRequestContext, batch: (context: XRequestContext) => Promise<T>): Promise<T> {
    return (await this.client.Excel.run(context, (ctx) => batch(ctx as XRequestContext))) as T;
  }

  private runGroup = false;

  /** The HTTP exchange: one request in, one JSON answer out. */
  processQuery(req: HttpRequest): { statusCode: number; headers: Record<string, string>; body: string } {
    const text = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
    const body = JSON.parse(text) as RequestBody;
    if (this.keepRequests) this.requests.push(body);
    this.undoGroup = this.runGroup;
    try {
      const answer = respond(this, body, Buffer.byteLength(text, "utf8"));
      return { statusCode: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(answer) };
    } finally {
      this.undoGroup = false;
    }
  }

  /** Change events reach the client as Excel sends them: a rich-API message per event. */
  protected override async deliver(sheet: FakeSheet, args: Record<string, unknown>): Promise<void> {
    if (sheet.remoteHandlers <= 0) return;
    const details = args.details as { valueAfter?: unknown; valueTypeAfter?: unknown } | undefined;
    const message = {
      changeType: args.changeType,
      source: args.source,
      address: args.address,
      triggerSource: args.triggerSource,
      valueAfter: details?.valueAfter,
      valueTypeAfter: details?.valueTypeAfter,
      shiftDirection: "None",
    };
    this.client.OfficeExtension._testTriggerRichApiMessageEvent({
      entries: [{ messageCategory: 65536, messageType: 10, targetId: sheet.id, message: JSON.stringify(message) }],
    });
    // The client calls the handlers through its promise chain: let it run.
    await new Promise((r) => setTimeout(r, 0));
  }
}
