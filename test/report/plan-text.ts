// Reads a sheet plan back as text lines, one per row (cell values joined with " | "), so tests
// can assert what a reader of the printed page sees, in order.
import type { SheetGrid } from "../../src/core/grid";
import type { SheetPlan } from "../../src/core/plan/sheet-plan";

export function planLines(plan: SheetPlan): string[] {
  const rows = new Map<number, string[]>();
  for (const c of plan.cells) {
    if (c.value === null || c.value === "") continue;
    const list = rows.get(c.row) ?? [];
    list.push(String(c.value));
    rows.set(c.row, list);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v.join(" | "));
}

export function rowOf(plan: SheetPlan, predicate: (text: string) => boolean): number {
  const cell = plan.cells.find((c) => typeof c.value === "string" && predicate(c.value));
  if (!cell) throw new Error("no such row");
  return cell.row;
}

/** The lines strictly between the first line starting with `from` and the next line starting with `to`. */
export function linesBetween(lines: readonly string[], from: string, to: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(from));
  if (start < 0) throw new Error(`missing line starting with ${from}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith(to));
  if (end < 0) throw new Error(`missing line starting with ${to} after ${from}`);
  return lines.slice(start + 1, end);
}

/** Section 2 of the minutes, last meeting's follow-up: the lines from its first item to 2) 결정사항에 대한. */
export function section2(lines: readonly string[]): string[] {
  return linesBetween(lines, "1) ", "2) 결정사항에 대한");
}

/** A program's name as section 4 of the minutes plans it: "- name / when and what" → "name". */
export function programName(line: string): string {
  return line.replace(/^- /, "").replace(/ \/ .*$/, "");
}

/** The programs the minutes plan for the rest of the year (section 4), by name. */
export function plannedPrograms(lines: readonly string[]): string[] {
  return linesBetween(lines, "4. 2024년", "5. 기타").map(programName);
}

/** Asserts that each of `expected` occurs in `lines` in this order (each a substring of a later line). */
export function inOrder(lines: readonly string[], expected: readonly string[]): { ok: boolean; missing?: string } {
  let i = 0;
  for (const e of expected) {
    while (i < lines.length && !lines[i]!.includes(e)) i++;
    if (i >= lines.length) return { ok: false, missing: e };
    i++;
  }
  return { ok: true };
}

/** A planned sheet as a host would hand it back when read: values at their cells (merged areas hold theirs in the top-left). */
export function planGrid(plan: SheetPlan, name = plan.name): SheetGrid {
  const rows = Math.max(0, ...plan.cells.map((c) => c.row + 1));
  const cols = Math.max(0, ...plan.cells.map((c) => c.col + 1));
  const values: (string | number | null)[][] = Array.from({ length: rows }, () => Array<string | number | null>(cols).fill(null));
  for (const c of plan.cells) if (c.value !== null) values[c.row]![c.col] = c.value;
  return { name, origin: { row: 0, col: 0 }, values };
}
