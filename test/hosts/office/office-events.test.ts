// Change events on both Excels at every profile. On Microsoft's client they arrive as Excel sends
// them (rich-API messages turned into WorksheetChangedEventArgs by the library itself).
import { OfficePort, type ChangeInfo } from "../../../src/hosts/office/office-port";
import { CASES, openExcel, settle } from "./backends";
import { small } from "./fixtures";

interface Seen {
  readonly at: string;
  readonly type: string;
  readonly info: ChangeInfo;
}

async function watching(backend: "fake" | "real", apiVersion: string, includeOwnWrites = false) {
  const x = openExcel(backend, small, { apiVersion });
  const port = new OfficePort(x);
  const seen: Seen[] = [];
  const w = await port.watchSheetChanges(["집행내역"], (sheet, address, type, info) => seen.push({ at: `${sheet}!${address}`, type, info }), { includeOwnWrites });
  if (!w.ok) throw new Error(w.error.detail);
  return { x, port, seen, unsubscribe: w.value };
}

describe.each(CASES)("watchSheetChanges on the %s Excel at ExcelApi %s", (backend, apiVersion) => {
  const trusted = apiVersion === "1.14" || apiVersion === "1.20";

  it("reports a paste as one change with its block's address, from this user", async () => {
    const { x, seen } = await watching(backend, apiVersion);
    await x.userEdit("집행내역", "B6", [["2024-05-01", "1000"], ["2024-05-02", "2000"]]);
    await settle();
    expect(seen).toEqual([{ at: "집행내역!B6:C7", type: "RangeEdited", info: { origin: "local", decidedBy: "event-source" } }]);
  });

  it("reports a co-author's edit as remote, and hears nothing of an edit that raised no event", async () => {
    const { x, seen } = await watching(backend, apiVersion);
    await x.userEdit("집행내역", "B6", [["x"]], { source: "Remote" });
    await x.userEdit("집행내역", "B7", [["y"]], { silent: true });
    await settle();
    expect(seen.map((s) => [s.at, s.info.origin])).toEqual([["집행내역!B6", "remote"]]);
  });

  it("leaves out the changes its own fixes cause (triggerSource from 1.14, its own record below)", async () => {
    const { x, port, seen } = await watching(backend, apiVersion);
    expect((await port.applyEdits([{ sheet: "집행내역", cell: "C4", value: 1200000, numberFormat: "#,##0" }])).ok).toBe(true);
    await settle();
    expect(seen).toEqual([]);
    // A user's edit right after is still heard.
    await x.userEdit("집행내역", "C5", [[5]]);
    await settle();
    expect(seen.map((s) => s.at)).toEqual(["집행내역!C5"]);
  });

  it("tells its own changes apart when asked to report them", async () => {
    const { port, seen } = await watching(backend, apiVersion, true);
    expect((await port.applyEdits([{ sheet: "집행내역", cell: "C4", value: 7 }])).ok).toBe(true);
    await settle();
    expect(seen.map((s) => s.info)).toEqual([{ origin: "addin", decidedBy: trusted ? "trigger-source" : "own-write-record" }]);
  });

  it("stops reporting once unsubscribed", async () => {
    const { x, seen, unsubscribe } = await watching(backend, apiVersion);
    await unsubscribe();
    await x.userEdit("집행내역", "B8", [["x"]]);
    await settle();
    expect(seen).toEqual([]);
  });
});

describe("the own-write record below ExcelApi 1.14", () => {
  it("covers only the cells written, and only for a short while after the write", async () => {
    let now = 1_000;
    const x = openExcel("fake", small, { apiVersion: "1.7" });
    const port = new OfficePort(x, { now: () => now });
    const seen: string[] = [];
    await port.watchSheetChanges(["집행내역"], (_s, address) => seen.push(address));
    await port.applyEdits([{ sheet: "집행내역", cell: "C4", value: 1 }]);
    await settle();
    await x.userEdit("집행내역", "C4", [[2]]); // the user's own edit of the same cell, at once: taken as the echo
    await x.userEdit("집행내역", "D4", [[3]]); // another cell: heard
    now += 5_000;
    await x.userEdit("집행내역", "C4", [[4]]); // later: heard
    expect(seen).toEqual(["D4", "C4"]);
  });
});
