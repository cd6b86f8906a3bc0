// OfficePort.read on both Excels (hand-written fake; Microsoft's client with the responder) at every
// requirement-set profile, and reading past the 5 MB response limit.
import type { WorkbookGrid } from "../../../src/core/grid";
import { OfficePort } from "../../../src/hosts/office/office-port";
import { READ_TARGET_BYTES } from "../../../src/hosts/office/office-read";
import { PAYLOAD_LIMIT } from "../../fakes/workbook-model";
import { BACKENDS, CASES, openExcel } from "./backends";
import { ledger, small } from "./fixtures";

/** Requests a read takes: names, then every used range; Microsoft's client adds one at the end of
 * Excel.run that releases the ranges it kept (_RemoveReference), as it does in Excel. */
const readSyncs = (backend: string) => (backend === "real" ? 3 : 2);

describe.each(CASES)("OfficePort.read on the %s Excel at ExcelApi %s", (backend, apiVersion) => {
  it("reads used ranges with origin, dates from number formats, errors from value types, hidden sheets", async () => {
    const grid: WorkbookGrid = { sheets: small.sheets.map((s, i) => (i === 0 ? { ...s, hidden: true } : s)) };
    const x = openExcel(backend, grid, { apiVersion });
    const r = await new OfficePort(x).read();
    expect(r).toEqual({ ok: true, value: grid });
    expect(x.stats.syncs).toBe(readSyncs(backend));
  });

  it("maps cell-edit mode to its host error", async () => {
    const x = openExcel(backend, small, { apiVersion });
    x.cellEditMode = true;
    expect(await new OfficePort(x).read()).toEqual({ ok: false, error: expect.objectContaining({ code: "cell-edit-mode" }) });
  });
});

/** 6,000 rows of 10 long texts: over 5 MB as one response, well under it in chunks. */
const wide: WorkbookGrid = {
  sheets: [
    { name: "큰 표", origin: { row: 0, col: 0 }, values: Array.from({ length: 6000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${r}행 ${c}열 `.padEnd(90, "가"))) },
  ],
};

describe.each(BACKENDS)("reading past the payload limit on the %s Excel", (backend) => {
  it.each(["named", "general"] as const)("retries in smaller chunks when Excel says too large %s", async (payloadErrors) => {
    const x = openExcel(backend, wide);
    x.payloadErrors = payloadErrors;
    const r = await new OfficePort(x).read();
    expect(r.ok && r.value.sheets[0]!.values).toEqual(wide.sheets[0]!.values);
    expect(x.stats.rejectedResponses).toBeGreaterThanOrEqual(1);
    expect(Math.max(...x.stats.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
  }, 30_000);

  it("does not take a GeneralException on a small workbook for a size problem", async () => {
    const x = openExcel(backend, small);
    x.failure = { sync: 2, afterOps: 0, code: "GeneralException" };
    const r = await new OfficePort(x).read();
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: "unknown", detail: expect.stringContaining("GeneralException") }) });
    // names, the failed read, the sizes that showed the workbook is small; no chunked read after it
    expect(x.stats.syncs).toBeLessThanOrEqual(readSyncs(backend) + 2);
  });

});

// At scale on the hand-written fake; through Microsoft's client in real-client.test.ts.
describe("reading a 50,000-row ledger", () => {
  it("reads a 50,000-row ledger with every request and delivered response under 5 MB, syncs following the payload", async () => {
    const ROWS = 50_000;
    const x = openExcel("fake", ledger(ROWS));
    const r = await new OfficePort(x).read();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.sheets[0]!.values).toHaveLength(ROWS);
    expect(r.value.sheets[0]!.values[ROWS - 1]).toEqual(ledger(ROWS).sheets[0]!.values[ROWS - 1]);
    expect(Math.max(...x.stats.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(Math.max(...x.stats.requestBytes)).toBeLessThan(PAYLOAD_LIMIT);
    // Chunks stay near the target, well under the limit (Microsoft advises blocks of 5k–20k rows).
    expect(Math.max(...x.stats.responseBytes)).toBeLessThan(READ_TARGET_BYTES);
    // names, the one refused optimistic read, sizes, then chunks: the count follows the bytes.
    expect(x.stats.rejectedResponses).toBe(1);
    const total = x.stats.responseBytes.reduce((a, b) => a + b, 0);
    expect(x.stats.syncs).toBeLessThanOrEqual(readSyncs("fake") + 2 + Math.ceil(total / (READ_TARGET_BYTES * 0.6)));
  }, 60_000);
});
