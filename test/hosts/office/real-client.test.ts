// The Office host through Microsoft's own Excel client library (@microsoft/office-js,
// excel-web-16.00.js) in jsdom, its requests answered from the workbook model: the protocol as Excel
// on the web receives it, and the real size of every request on the paths that carry the most.
import { OfficePort } from "../../../src/hosts/office/office-port";
import { WRITE_TARGET_BYTES } from "../../../src/hosts/office/office-write";
import { measureOfficePaths, type PathMeasure } from "../../fakes/office-paths";
import { RealExcel } from "../../fakes/real-excel";
import { PAYLOAD_LIMIT } from "../../fakes/workbook-model";
import { small } from "./fixtures";

describe("the protocol Microsoft's client speaks to the responder", () => {
  it("a read is POSTed to <url>/ProcessQuery as ObjectPaths and Actions, answered from the model", async () => {
    const x = RealExcel.fromGrid(small);
    x.keepRequests = true;
    const r = await new OfficePort(x).read();
    expect(r.ok).toBe(true);
    const [names, ranges] = x.requests;
    // Sync 1: instantiate the workbook and its Worksheets property, query name and visibility.
    expect(Object.values(names!.ObjectPaths).map((p) => [p.ObjectPathType, p.Name])).toEqual([
      [1, ""],
      [4, "Worksheets"],
    ]);
    expect(names!.Actions.map((a) => a.ActionType)).toEqual([1, 1, 2]);
    expect(names!.Actions[2]).toMatchObject({ QueryInfo: { Select: ["name", "visibility"] } });
    // Sync 2: the worksheets by the Id the first answer gave, their used ranges, kept and queried.
    const paths = Object.values(ranges!.ObjectPaths);
    expect(paths.filter((p) => p.ObjectPathType === 5).map((p) => p.ArgumentInfo?.Arguments?.[0])).toEqual(x.sheets.map((s) => s.id));
    expect(paths.filter((p) => p.Name === "GetUsedRangeOrNullObject").map((p) => p.ArgumentInfo?.Arguments)).toEqual([[true], [true]]);
    expect(ranges!.Actions.filter((a) => a.ActionType === 2).map((a) => a.QueryInfo?.Select)).toEqual([
      ["address", "values", "valueTypes", "numberFormat"],
      ["address", "values", "valueTypes", "numberFormat"],
    ]);
    expect(ranges!.Actions.filter((a) => a.Name === "_KeepReference")).toHaveLength(2);
  });

  it("the client splits a large values array into blocks of rows itself, which the responder follows", async () => {
    const x = RealExcel.fromGrid(small);
    x.keepRequests = true;
    const rows = Array.from({ length: 1000 }, (_, i) => [i, `행 ${i}`]);
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("빈 시트").getRange("A1:B1000").values = rows;
      await ctx.sync();
    });
    const names = x.requests[0]!.Actions.map((a) => a.Name);
    expect(names).toContain("_ValidateArraySize");
    expect(Object.values(x.requests[0]!.ObjectPaths).filter((p) => p.Name === "GetBoundingRect").length).toBeGreaterThan(1);
    expect(x.valueAt("빈 시트", "B1000")).toBe("행 999");
  });
});

describe("the Office host's paths at scale through Microsoft's client", () => {
  let measured: PathMeasure[] = [];
  beforeAll(async () => {
    measured = await measureOfficePaths(50_000);
  }, 180_000);

  it("runs read, report, results sheet, fixes and template to the end", () => {
    expect(measured.map((m) => [m.path, m.ok])).toEqual([
      ["read (50,000-row ledger)", true],
      ["report (50,000-row ledger)", true],
      ["results sheet (5,000 errors)", true],
      ["fixes (10,000) and their undo", true],
      ["template", true],
    ]);
  });

  it("keeps every request well under 5 MB (writes within 10% of their 2 MB target) and every response under 5 MB", () => {
    for (const m of measured) {
      expect({ path: m.path, request: m.largestRequest < WRITE_TARGET_BYTES * 1.1 }).toEqual({ path: m.path, request: true });
      expect({ path: m.path, response: m.largestResponse < PAYLOAD_LIMIT }).toEqual({ path: m.path, response: true });
    }
  });

  it("takes requests in proportion to the bytes, not the rows", () => {
    const MB = 1024 * 1024;
    for (const m of measured) {
      const bound = 6 + Math.ceil(Math.max(m.totalRequest, m.totalResponse) / MB);
      expect({ path: m.path, requests: m.requests <= bound }).toEqual({ path: m.path, requests: true });
    }
  });
});
