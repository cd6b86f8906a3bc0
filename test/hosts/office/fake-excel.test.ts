// The fake must enforce the real host's rules, or the Office host's tests prove nothing.
import type { XRange } from "../../../src/hosts/office/excel-api";
import { FakeExcel, PAYLOAD_LIMIT } from "../../fakes/fake-excel";

function workbook(): FakeExcel {
  return FakeExcel.fromGrid({ sheets: [{ name: "Data", origin: { row: 0, col: 0 }, values: [["a", 1], ["b", 2]] }] });
}

describe("FakeExcel enforces Excel's rules", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const fake = workbook();
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

  it("rejects values whose dimensions differ from the range", async () => {
    const fake = workbook();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [["x", "y", "z"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("turns '=…' strings into formulas unless the cell is formatted as text", async () => {
    const fake = workbook();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("C1").values = [["=SUM(B1:B2)"]];
      const c2 = ws.getRange("C2");
      c2.numberFormat = [["@"]];
      c2.values = [["=SUM(B1:B2)"]];
      ws.getRange("C3").values = [["'=SUM(B1:B2)"]];
      ws.getRange("C4").values = [["00123"]];
      await ctx.sync();
    });
    expect(fake.cellAt("Data", "C1")!.formula).toBe("=SUM(B1:B2)");
    expect(fake.cellAt("Data", "C2")).toMatchObject({ value: "=SUM(B1:B2)", formula: undefined });
    expect(fake.cellAt("Data", "C3")).toMatchObject({ value: "=SUM(B1:B2)", formula: undefined });
    expect(fake.cellAt("Data", "C4")!.value).toBe(123);
  });

  it.each([["a".repeat(32)], ["a/b"], ["x[1]"], ["'quoted'"], ["DATA"]])("rejects the sheet name %j", async (name) => {
    const fake = workbook();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await expect(ctx.sync()).rejects.toMatchObject({ code: expect.stringMatching(/InvalidArgument|ItemAlreadyExists/) });
    });
    expect(fake.sheets).toHaveLength(1);
  });

  it("keeps the effects of operations before a failing one (batches are not transactions)", async () => {
    const fake = workbook();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("New");
      ctx.workbook.worksheets.add("new");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Data", "New"]);
  });

  it("rejects writes to a protected sheet with AccessDenied", async () => {
    const fake = workbook();
    fake.sheet("Data").protected = true;
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    expect(fake.cellAt("Data", "A1")!.value).toBe("a");
  });

  it("refuses requests and responses over 5 MB and counts syncs and bytes", async () => {
    const fake = workbook();
    const big = [["x".repeat(PAYLOAD_LIMIT)]];
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("D1").values = big;
      await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(fake.cellAt("Data", "D1")).toBeUndefined();
    fake.sheet("Data").ensure(0, 4).value = "y".repeat(PAYLOAD_LIMIT);
    await fake.run(async (ctx) => {
      (ctx.workbook.worksheets.getItem("Data").getRange("E1") as XRange).load("values");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.rejectedResponses).toBe(1);
    expect(fake.stats.requestBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it("rejects whole batches in cell-edit mode", async () => {
    const fake = workbook();
    fake.cellEditMode = true;
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    });
    expect(fake.cellAt("Data", "A1")!.value).toBe("a");
  });
});
