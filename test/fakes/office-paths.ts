// The Office host's paths at scale, run through Microsoft's own client library (real-excel.ts), with
// the real size of every request and response: the read of a 50,000-row ledger, the one-click report
// on it, the validation results sheet for a ledger full of errors, 10,000 fixes and their undo, and
// the template. Used by test/hosts/office/real-client.test.ts (which asserts) and `npm run bench`
// (which prints).
import { analyze } from "../../src/core/analyze";
import { fixEdits } from "../../src/core/fixes";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { planTemplate } from "../../src/core/plan/template";
import { OfficePort } from "../../src/hosts/office/office-port";
import { sampleWorkbookGrid } from "../../src/sample";
import { RealExcel } from "./real-excel";
import { reportThroughSession, validateThroughSession } from "./session-paths";

export interface PathMeasure {
  readonly path: string;
  readonly ok: boolean;
  /** Requests (context.sync round trips) the path took. */
  readonly requests: number;
  readonly largestRequest: number;
  readonly largestResponse: number;
  readonly totalRequest: number;
  readonly totalResponse: number;
  readonly ms: number;
}

const LEDGER = "집행내역";

/** The sample workbook with its ledger grown to `rows` rows by repeating its own rows; `bad(i)`
 * replaces row i's amount (column F) with text. */
export function grownSample(rows: number, bad: (i: number) => string | null = () => null): WorkbookGrid {
  const grid = sampleWorkbookGrid();
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== LEDGER) return s;
      const head = s.values.slice(0, 4);
      const body = s.values.slice(4).filter((r) => typeof r[0] === "number");
      const grown = Array.from({ length: rows }, (_, i): CellValue[] => {
        const r = [...body[i % body.length]!];
        r[0] = i + 1;
        r[5] = bad(i) ?? Math.max(1, Math.round(Number(r[5]) / 100));
        r[6] = `2024-${String(i + 1).padStart(6, "0")}`;
        return r;
      });
      return { ...s, values: [...head, ...grown] };
    }),
  };
}

async function measure(path: string, grid: WorkbookGrid, run: (port: OfficePort) => Promise<boolean>): Promise<PathMeasure> {
  const x = RealExcel.fromGrid(grid);
  const t0 = Date.now();
  try {
    const ok = await run(new OfficePort(x));
    const s = x.stats;
    return {
      path,
      ok,
      requests: s.syncs,
      largestRequest: Math.max(0, ...s.requestBytes),
      largestResponse: Math.max(0, ...s.responseBytes),
      totalRequest: s.requestBytes.reduce((a, b) => a + b, 0),
      totalResponse: s.responseBytes.reduce((a, b) => a + b, 0),
      ms: Date.now() - t0,
    };
  } finally {
    x.dispose();
  }
}

export async function measureOfficePaths(rows = 50_000): Promise<PathMeasure[]> {
  const ledger = grownSample(rows);
  const out: PathMeasure[] = [];
  out.push(await measure(`read (${rows.toLocaleString("en")}-row ledger)`, ledger, async (p) => (await p.read()).ok));
  out.push(
    await measure(`report (${rows.toLocaleString("en")}-row ledger)`, ledger, async (p) => {
      const r = await reportThroughSession(p);
      return r.delivered && r.reportOk;
    }),
  );
  const errors = Math.round(rows / 10);
  const faulty = grownSample(rows, (i) => (i % 10 === 0 ? "금액 미정" : null));
  out.push(
    await measure(`results sheet (${errors.toLocaleString("en")} errors)`, faulty, async (p) => {
      const r = await validateThroughSession(p);
      return r.written && r.hasErrors;
    }),
  );
  const fixable = grownSample(10_000, (i) => `${(i + 1) * 10}원`);
  out.push(
    await measure("fixes (10,000) and their undo", fixable, async (p) => {
      const edits = fixEdits(analyze(fixable, { period: { year: 2024, quarter: 2 } }).fixes);
      if (edits.length < 10_000) return false;
      const applied = await p.applyEdits(edits);
      return applied.ok && (await p.applyEdits(applied.value.previous)).ok;
    }),
  );
  out.push(await measure("template", { sheets: [{ name: "Sheet1", origin: { row: 0, col: 0 }, values: [] }] }, async (p) => (await p.write(planTemplate({ year: 2024 }))).ok));
  return out;
}
