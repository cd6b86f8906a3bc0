// The fakes must enforce the real host's rules, or the Office host's tests prove nothing. Each rule
// is checked on the hand-written proxies and through Microsoft's own client library.
import type { XRange } from "../../../src/hosts/office/excel-api";
import { FakeExcel } from "../../fakes/fake-excel";
import { evaluate, typedInput } from "../../fakes/typed-input";
import { PAYLOAD_LIMIT } from "../../fakes/workbook-model";
import { BACKENDS, openExcel } from "./backends";

const data = { sheets: [{ name: "Data", origin: { row: 0, col: 0 }, values: [["a", 1], ["b", 2]] }] };

describe("typed input under the documented rule", () => {
  it.each([
    ["=1+1", "General", { value: 2, formula: "=1+1" }],
    ["=SUM(A1)", "General", { value: null, formula: "=SUM(A1)", error: "#NAME?" }],
    ["+82 2-123", "General", { formula: "=+82 2-123", error: "#NAME?" }],
    ["-해당 없음", "General", { formula: "=-해당 없음", error: "#NAME?" }],
    ["@SUM(A1)", "General", { formula: "=SUM(A1)", error: "#NAME?" }],
    ["-5", "General", { value: -5 }],
    // Undocumented: the text format does not protect here.
    ["=1+1", "@", { value: 2, formula: "=1+1" }],
    ["00123", "@", { value: 123 }],
    // The quote prefix, as typing does; in a text-formatted cell it is taken as part of the text.
    ["'=1+1", "General", { value: "=1+1", quotePrefix: true }],
    ["''quoted", "General", { value: "'quoted", quotePrefix: true }],
    ["'=1+1", "@", { value: "'=1+1" }],
    ["35%", "General", { value: 0.35, numberFormat: "0%" }],
    ["2024-05-24", "General", { value: 45436, numberFormat: "yyyy-mm-dd" }],
    ["회의록", "General", { value: "회의록" }],
  ])("%j into a %s cell", (text, format, expected) => {
    expect(typedInput(text, format)).toMatchObject(expected);
  });

  it.each([
    ["1+1", 2],
    ["2*(3+4)", 14],
    ["-3/4", -0.75],
    ["SUM(A1)", null],
    ["1+", null],
  ])("evaluates %j as %j", (expr, v) => {
    expect(evaluate(expr)).toBe(v);
  });
});

describe.each(BACKENDS)("the %s Excel enforces Excel's rules", (backend) => {
  it("reads a string written to Range.values as typed input", async () => {
    const x = openExcel(backend, data);
    await x.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("C1").values = [["=SUM(B1:B2)"]];
      ws.getRange("C2").values = [["'=SUM(B1:B2)"]];
      ws.getRange("C3:C4").values = [["00123"], ["=1+1"]];
      await ctx.sync();
    });
    expect(x.cellAt("Data", "C1")!.formula).toBe("=SUM(B1:B2)");
    expect(x.cellAt("Data", "C2")).toMatchObject({ value: "=SUM(B1:B2)", formula: undefined, quotePrefix: true });
    expect(x.valueAt("Data", "C3")).toBe(123);
    expect(x.valueAt("Data", "C4")).toBe(2);
  });

  it("rejects values whose dimensions differ from the range", async () => {
    const x = openExcel(backend, data);
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [["x", "y", "z"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it.each([["a".repeat(32)], ["a/b"], ["x[1]"], ["'quoted'"], ["DATA"], ["History"]])("rejects the sheet name %j", async (name) => {
    const x = openExcel(backend, data);
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await expect(ctx.sync()).rejects.toMatchObject({ code: expect.stringMatching(/InvalidArgument|ItemAlreadyExists/) });
    });
    expect(x.sheets).toHaveLength(1);
  });

  it("keeps the effects of operations before a failing one (batches are not transactions)", async () => {
    const x = openExcel(backend, data);
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.add("New");
      ctx.workbook.worksheets.add("new");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
    expect(x.sheets.map((s) => s.name)).toEqual(["Data", "New"]);
  });

  it("rejects writes to a protected sheet with AccessDenied, and whole batches in cell-edit mode", async () => {
    const x = openExcel(backend, data);
    x.sheet("Data").protected = true;
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    x.sheet("Data").protected = false;
    x.cellEditMode = true;
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    });
    expect(x.valueAt("Data", "A1")).toBe("a");
  });

  it.each([
    ["named", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"],
    ["general", "GeneralException", "GeneralException"],
  ] as const)("refuses requests and responses over 5 MB (%s) and counts requests and bytes", async (mode, requestCode, responseCode) => {
    const x = openExcel(backend, data);
    x.payloadErrors = mode;
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("D1").values = [["x".repeat(PAYLOAD_LIMIT)]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: requestCode });
    });
    expect(x.cellAt("Data", "D1")).toBeUndefined();
    x.sheet("Data").ensure(0, 4).value = "y".repeat(PAYLOAD_LIMIT);
    await x.run(async (ctx) => {
      (ctx.workbook.worksheets.getItem("Data").getRange("E1") as XRange).load("values");
      await expect(ctx.sync()).rejects.toMatchObject({ code: responseCode });
    });
    expect(x.stats.rejectedRequests).toBe(1);
    expect(x.stats.rejectedResponses).toBe(1);
    expect(x.stats.requestBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it("answers ApiNotFound for a member newer than its requirement set", async () => {
    const x = openExcel(backend, data, { apiVersion: "1.8" });
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").format.indentLevel = 1;
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    expect(x.cellAt("Data", "A1")!.format).toEqual({});
  });

  it("answers UndoNotSupported for a call without undo support inside an undo group, per platform", async () => {
    for (const [platform, rename] of [["web", "ok"], ["windows", "UndoNotSupported"]] as const) {
      const x = openExcel(backend, data, { platform });
      x.addSheet("Old");
      x.addSheet("Older");
      const outcome = async (sheet: string, f: (ws: { delete(): void; name: string }) => void) =>
        x.run(
          async (ctx) => {
            f(ctx.workbook.worksheets.getItem(sheet));
            await ctx.sync();
            return "ok";
          },
          { mergeUndoGroup: true },
        ).catch((e: { code: string }) => e.code);
      expect(await outcome("Old", (ws) => (ws.name = "Renamed"))).toBe(rename);
      expect(await outcome("Older", (ws) => ws.delete())).toBe("UndoNotSupported");
    }
  });

  it("takes PageLayout.zoom as one object; a fit without a height is one page tall, as in the file format", async () => {
    const x = openExcel(backend, data);
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").pageLayout.zoom = { horizontalFitToPages: 1 };
      await ctx.sync();
    });
    expect(x.sheet("Data").layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    const zoom = await x.run(async (ctx) => {
      const pl = ctx.workbook.worksheets.getItem("Data").pageLayout;
      pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      pl.load("zoom");
      await ctx.sync();
      return pl.zoom;
    });
    expect(zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it("raises a change event for the add-in's own value writes, saying so from ExcelApi 1.14", async () => {
    for (const [apiVersion, trigger] of [["1.7", undefined], ["1.14", "ThisLocalAddin"]] as const) {
      const x = openExcel(backend, data, { apiVersion });
      const seen: unknown[] = [];
      await x.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").onChanged.add(async (args) => void seen.push([args.address, args.source, args.triggerSource]));
        await ctx.sync();
      });
      await x.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [["x", "y"]];
        await ctx.sync();
      });
      await new Promise((r) => setTimeout(r, 5));
      expect(seen).toEqual([["A1:B1", "Local", trigger]]);
    }
  });
});

describe("the hand-written fake", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const fake = FakeExcel.fromGrid(data);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([["a", 1], ["b", 2]]);
      expect(() => r.valueTypes).toThrow(/PropertyNotLoaded/);
    });
  });
});
