// The host edge: what a host hands over is parsed once, here, into a WorkbookGrid the core can
// trust (the session calls this on every read). The workbook's shape is checked with zod and can
// fail; cells are coerced rather than rejected, since a NaN or an odd object in one cell must
// become an issue on that cell, not a refusal to read the workbook. Past this point the core
// holds no guards against malformed grids.

import { z } from "zod";
import type { CellValue, SheetGrid, WorkbookGrid } from "./grid";
import { err, ok, type Result } from "./result";

/** Any value a host (or a test) might put in a grid, made into a CellValue. Never throws. */
export function coerceCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
    case "number":
    case "boolean":
      return v;
    case "bigint":
      return Number(v);
    case "object": {
      if (v instanceof Date) {
        const t = v.getTime();
        return Number.isFinite(t) ? { kind: "date", serial: t / 86_400_000 + 25_569 } : null;
      }
      const o = v as { kind?: unknown; serial?: unknown; code?: unknown };
      // Well-formed cells pass through as they are: no copy per cell.
      if (o.kind === "date") return typeof o.serial === "number" ? (v as CellValue) : { kind: "date", serial: Number.NaN };
      if (o.kind === "error") return typeof o.code === "string" ? (v as CellValue) : { kind: "error", code: "#ERROR" };
      return null;
    }
    default:
      return null;
  }
}

const sheetShape = z.object({
  name: z.string(),
  origin: z.object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() }).default({ row: 0, col: 0 }),
  // Rows are checked as arrays here and their cells below, without copying well-formed rows.
  values: z.array(z.custom<readonly unknown[]>((row) => Array.isArray(row), "expected an array of cells")),
  hidden: z.boolean().optional(),
});

const workbookShape = z.object({ sheets: z.array(sheetShape), date1904: z.boolean().optional() });

/** A row whose every cell is already a CellValue comes back as it is; otherwise a coerced copy. */
function cellRow(row: readonly unknown[]): readonly CellValue[] {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    const t = typeof v;
    // The common cells first, without a call: a 100,000-row ledger has 700,000 of them.
    if (t === "string" || t === "number" || t === "boolean" || v === null) continue;
    if (!Object.is(coerceCell(v), v)) return Array.from(row, coerceCell);
  }
  return row as readonly CellValue[];
}

/** Parses what a host (or a JSON caller) handed over; the error names the first bad path. */
export function tryParseWorkbookGrid(input: unknown): Result<WorkbookGrid, string> {
  const r = workbookShape.safeParse(input);
  if (!r.success) {
    const first = r.error.issues[0];
    return err(first ? `${first.path.join(".") || "(root)"}: ${first.message}` : "invalid workbook grid");
  }
  const sheets: SheetGrid[] = r.data.sheets.map((s) => ({
    name: s.name,
    origin: s.origin,
    values: s.values.map(cellRow),
    ...(s.hidden !== undefined ? { hidden: s.hidden } : {}),
  }));
  return ok(r.data.date1904 ? { sheets, date1904: true } : { sheets });
}
