// Sheets, cells and addresses of the fake Excels' workbook model (workbook-model.ts).
import { cellAddress, tryParseCellAddress } from "../../src/core/address";
import type { Scalar } from "./typed-input";
import type { FakeChart, FakeConditionalFormat } from "./visuals-model";

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export interface FakeCell {
  value: Scalar | null;
  formula?: string;
  error?: string;
  numberFormat: string;
  quotePrefix?: boolean;
  format: Record<string, unknown>;
  hyperlink?: { documentReference?: string; textToDisplay?: string; address?: string };
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type ChangeHandler = (args: Record<string, unknown>) => Promise<void>;

let nextSheetId = 1;

export class FakeSheet {
  readonly id = `{00000000-0001-0000-0000-${String(nextSheetId++).padStart(12, "0")}}`;
  readonly cells = new Map<string, FakeCell>();
  protected = false;
  readonly merges: Box[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly layout: Record<string, unknown> = {};
  showGridlines = true;
  /** Excel.SheetVisibility. */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  freeze: string | null = null;
  /** Handlers of the hand-written fake's onChanged; the real client keeps its own. */
  readonly handlers: ChangeHandler[] = [];
  /** Registrations of the real client's onChanged (_RegisterDataChangedEvent). */
  remoteHandlers = 0;
  /** 0-based rows that start a new printed page. */
  readonly rowBreaks: number[] = [];
  /** Conditional formats and charts added through the API (visuals-model.ts). */
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: FakeChart[] = [];
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  ensure(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null, numberFormat: "General", format: {} };
      this.cells.set(key, c);
    }
    return c;
  }
  /** Bounding box of cells holding a value or formula; null when the sheet is empty. */
  usedBox(): Box | null {
    let box: Box | null = null;
    for (const [key, c] of this.cells) {
      if (c.value === null && c.formula === undefined && c.error === undefined) continue;
      const [r, col] = key.split(",").map(Number) as [number, number];
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, col), bottom: Math.max(box.bottom, r), right: Math.max(box.right, col) }
        : { top: r, left: col, bottom: r, right: col };
    }
    return box;
  }
}

export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

/** "B3", "B3:D9", "A:C" (whole columns), "3:5" (whole rows), optionally prefixed with "Sheet!". */
export function parseAddress(address: string): Box {
  const a = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [p, q = p] = a.replace(/\$/g, "").split(":") as [string, string?];
  if (/^[A-Z]+$/i.test(p) && /^[A-Z]+$/i.test(q!)) {
    return { top: 0, left: tryParseCellAddress(`${p}1`)!.col, bottom: MAX_ROW, right: tryParseCellAddress(`${q}1`)!.col };
  }
  if (/^\d+$/.test(p) && /^\d+$/.test(q!)) return { top: Number(p) - 1, left: 0, bottom: Number(q) - 1, right: MAX_COL };
  const s = tryParseCellAddress(p);
  const e = tryParseCellAddress(q!);
  if (!s || !e) throw new FakeExcelError("InvalidArgument", `bad address ${address}`);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

export function boxAddress(b: Box): string {
  const a = cellAddress(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${cellAddress(b.bottom, b.right)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_\u3131-\uD7A3]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== "history";
}

export function forEachCellOf(b: Box, v: unknown, what: string, f: (r: number, c: number, x: unknown) => void): void {
  const rows = b.bottom - b.top + 1;
  const cols = b.right - b.left + 1;
  if (!Array.isArray(v)) {
    if (rows * cols > 5_000_000) throw new FakeExcelError("InvalidArgument", "fake refuses scalar fills of whole rows/columns");
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) f(b.top + r, b.left + c, v);
    return;
  }
  if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeExcelError("InvalidArgument", `${what} of ${v.length}x${(v[0] as unknown[] | undefined)?.length ?? 0} for a ${rows}x${cols} range ${boxAddress(b)}`);
  }
  v.forEach((row: unknown[], r) => row.forEach((x, c) => f(b.top + r, b.left + c, x)));
}
