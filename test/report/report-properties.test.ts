import fc from "fast-check";
import type { CellValue } from "../../src/core/grid";
import { readMeeting } from "../../src/core/meeting/read";
import { analyze } from "../../src/core/analyze";
import { planReport } from "../../src/core/report";
import { sampleWorkbookGrid } from "../../src/sample/index";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 60 }),
  fc.constantFrom("회의명", "회의일시", "[참석자]", "[기타 논의]", "[전차 결정사항]", "운영위원", "참관", "결정사항", "=A1", "+1", "@x", "구분", "이름"),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.record({ kind: fc.constant("date" as const), serial: fc.double({ min: -10, max: 3e6 }) }),
  fc.record({ kind: fc.constant("error" as const), code: fc.constantFrom("#REF!", "#N/A") }),
);
const rows = fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 30 });

describe("any meeting sheet", () => {
  it("is read without throwing", () => {
    fc.assert(
      fc.property(rows, (values) => {
        expect(() => readMeeting({ sheets: [{ name: "회의정보", origin: { row: 0, col: 0 }, values }] })).not.toThrow();
      }),
    );
  });

  it("still gives a printable plan: plain values, rows within Excel's limits, valid sheet names", () => {
    const base = sampleWorkbookGrid().sheets.filter((s) => s.name !== "회의정보");
    let planned = 0;
    fc.assert(
      fc.property(rows, (values) => {
        const out = planReport(analyze({ sheets: [...base, { name: "회의정보", origin: { row: 0, col: 0 }, values }] }));
        if (!out.ok) return; // e.g. a 보고분기 naming another year the data cannot serve
        planned++;
        for (const sheet of out.plan.sheets) {
          for (const c of sheet.cells) expect(c.value === null || typeof c.value === "string" || Number.isFinite(c.value)).toBe(true);
          for (const h of Object.values(sheet.rowHeights)) expect(h).toBeLessThanOrEqual(409);
          expect(sheet.name.length).toBeLessThanOrEqual(31);
        }
      }),
      { numRuns: 15 },
    );
    expect(planned).toBeGreaterThan(0);
  });
});
