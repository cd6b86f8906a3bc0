// Workbook grids for the task pane tests: the bundled sample, and copies with planted defects
// whose cells are found from the header row (so the tests name real cells, not guesses).

import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { cellAddress } from "../../src/core/address";
import { sampleWorkbookGrid } from "../../src/sample/index";

export const LEDGER = "집행내역";

export interface Planted {
  readonly grid: WorkbookGrid;
  /** A1 cells on the ledger sheet. */
  readonly cells: Record<string, string>;
}

/** Replaces cells of the ledger, addressed by data row (0 = first row under the header) and header text. */
export function withLedgerEdits(edits: readonly { row: number; header: string; value: CellValue; key: string }[]): Planted {
  const base = sampleWorkbookGrid();
  const cells: Record<string, string> = {};
  const sheets: SheetGrid[] = base.sheets.map((s) => {
    if (s.name !== LEDGER) return s;
    const values = s.values.map((r) => [...r]);
    const h = values.findIndex((r) => r.includes("집행일자"));
    if (h < 0) throw new Error("sample ledger has no 집행일자 header");
    for (const e of edits) {
      const c = values[h]!.indexOf(e.header);
      if (c < 0) throw new Error(`no header ${e.header}`);
      values[h + 1 + e.row]![c] = e.value;
      cells[e.key] = cellAddress(s.origin.row + h + 1 + e.row, s.origin.col + c);
    }
    return { ...s, values };
  });
  return { grid: { sheets }, cells };
}
