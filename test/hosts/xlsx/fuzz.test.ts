// Properties of the hand-written parts: any grid written and read back is the same grid; any
// truncation or corruption of a real file is a clear "unreadable" (or, where the damage misses
// every part we read, a readable workbook), never an exception or a hang.
import fc from "fast-check";
import type { CellValue, SheetGrid } from "../../../src/core/grid";
import { buildWorkbookFromGrid, readWorkbookGrid, saveXlsx, tryLoadXlsx } from "../../../src/hosts/xlsx/xlsx-port";
import { WRITERS, buildFixture } from "./fixtures/writers";

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("=SUM(A1)", "+82 10", "-50,000", "@멘션", "_x0041_", "a\u0001b", " 앞뒤 공백 ", "줄\n바꿈", "<&>\"'", "사업명", "\ud83d\ude00"),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.integer({ min: -1e12, max: 1e12 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2_958_465 }).map((d) => ({ kind: "date" as const, serial: d })) },
  { weight: 1, arbitrary: fc.constantFrom("#REF!", "#N/A", "#DIV/0!", "#VALUE!").map((code) => ({ kind: "error" as const, code })) },
);

/** A sheet's values as a read gives them: "" is empty, and the used range is trimmed to its values. */
function expectedSheet(name: string, origin: { row: number; col: number }, rows: CellValue[][]): SheetGrid {
  const cells: { r: number; c: number; v: CellValue }[] = [];
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && cells.push({ r: origin.row + r, c: origin.col + c, v: typeof v === "number" && Object.is(v, -0) ? 0 : v })));
  if (cells.length === 0) return { name, origin: { row: 0, col: 0 }, values: [] };
  const top = Math.min(...cells.map((x) => x.r));
  const left = Math.min(...cells.map((x) => x.c));
  const bottom = Math.max(...cells.map((x) => x.r));
  const right = Math.max(...cells.map((x) => x.c));
  const values = Array.from({ length: bottom - top + 1 }, () => new Array<CellValue>(right - left + 1).fill(null));
  for (const x of cells) values[x.r - top]![x.c - left] = x.v;
  return { name, origin: { row: top, col: left }, values };
}

test("any grid written by our host reads back as the same grid", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.record({ row: fc.nat(30), col: fc.nat(30) }),
      fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
      async (origin, rows) => {
        const bytes = await saveXlsx(buildWorkbookFromGrid({ sheets: [{ name: "시트", origin, values: rows }] }));
        const loaded = await tryLoadXlsx(bytes);
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;
        expect(readWorkbookGrid(loaded.value).sheets[0]).toEqual(expectedSheet("시트", origin, rows));
      },
    ),
    { numRuns: 150 },
  );
});

describe("damaged files", () => {
  let real: Uint8Array;
  beforeAll(async () => {
    real = await buildFixture(WRITERS[0]!);
  });

  const settle = async (bytes: Uint8Array) => {
    const r = await tryLoadXlsx(bytes);
    if (!r.ok) {
      expect(r.error.code).toBe("unreadable");
      expect(r.error.detail).toMatch(/^(empty|ole|not-zip|zip-not-workbook|corrupt): ./);
    }
    return r.ok;
  };

  test("every truncation is unreadable with a reason (a zip's directory is at its end)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: real.length - 1 }), async (n) => {
        expect(await settle(real.slice(0, n))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  test("corrupted bytes are unreadable with a reason or still read, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat(real.length - 1), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }), async (hits) => {
        const bytes = real.slice();
        for (const h of hits) bytes[h.at] = h.byte;
        await settle(bytes);
      }),
      { numRuns: 300 },
    );
  });

  test("a damaged part we read is never read as data: its checksum fails", async () => {
    // Flip one byte in the middle of every entry's compressed data until the sheet's own is hit.
    const r = await tryLoadXlsx(real);
    expect(r.ok).toBe(true);
    let refused = 0;
    for (let at = 40; at < real.length - 200; at += 97) {
      const bytes = real.slice();
      bytes[at] = bytes[at]! ^ 0x55;
      if (!(await settle(bytes))) refused++;
    }
    expect(refused).toBeGreaterThan(0);
  });
});
