// Reads last quarter's minutes back from the workbook: the sheet this add-in wrote a quarter ago
// ('회의록 2024-1분기', or Excel's copy '회의록 2024-1분기 (2)'), by its structure rather than by
// cell positions, so the user's hand edits survive: lines added, removed, retyped, typed into
// another column, bullets changed, several items in one cell, programs grouped under a category
// line. What the next minutes need from it: the programs its section 4 (향후 추진 예정 사업)
// listed, and its 결정사항 (the footer table).

import { cellAddress } from "../address";
import type { SheetGrid, WorkbookGrid } from "../grid";
import type { Quarter } from "../model";
import { nameKey } from "../parse/names";
import { reportSheetBases, sameSheetName } from "../plan/sheet-names";
import { labelKey, programCategories } from "./layout";
import { plain } from "./read";

export interface PreviousPlanLine {
  /** The line as written, bullet stripped: a program's name, maybe with its remark (" / …"). */
  readonly text: string;
  /** The category line the user put above it by hand ("- 기타 :"), else "". */
  readonly category: string;
  /** Where it is (A1 on the minutes sheet). */
  readonly cell: string;
}

export interface PreviousMinutes {
  readonly sheet: string;
  /** False when no 향후 추진 예정 사업 heading was found: the sheet is not minutes as this add-in writes them. */
  readonly hasPlansSection: boolean;
  readonly plans: readonly PreviousPlanLine[];
  readonly decisions: readonly string[];
}

export interface PreviousMinutesLookup {
  /** The sheet used: the newest copy when there are several. */
  readonly sheet: SheetGrid | null;
  /** The name looked for ('회의록 2024-1분기'). */
  readonly base: string;
  /** Other sheets of that quarter's minutes (copies), not used. */
  readonly others: readonly string[];
  /** Sheets named like minutes but not that quarter's: perhaps the one renamed. */
  readonly lookalikes: readonly string[];
}

const COPY = /^(.*?)\s*\((\d{1,3})\)$/;

/** The copy number of a name that is `base` or Excel's copy of it ("base (2)"): 1 for base itself, else null. */
function copyNumber(name: string, base: string): number | null {
  if (sameSheetName(name.trim(), base)) return 1;
  const m = COPY.exec(name.trim());
  return m && sameSheetName(m[1]!, base) ? Number(m[2]) : null;
}

/**
 * The minutes sheet of the given quarter: '회의록 2024-1분기' as this add-in names it, or a copy.
 * With several, the highest copy number (the add-in names a second report "(2)"; Excel names a
 * copy so too), which is the newer; the others are named so a note can say which was used.
 */
export function findPreviousMinutes(grid: WorkbookGrid, year: number, quarter: Quarter, current: { year: number; quarter: Quarter }): PreviousMinutesLookup {
  const base = reportSheetBases(year, quarter).minutes;
  const currentBase = reportSheetBases(current.year, current.quarter).minutes;
  const found = grid.sheets.map((s) => ({ s, n: copyNumber(s.name, base) })).filter((x) => x.n !== null);
  found.sort((a, b) => b.n! - a.n!);
  const lookalikes = grid.sheets
    .map((s) => s.name)
    .filter((name) => nameKey(name).includes("회의록") && copyNumber(name, base) === null && copyNumber(name, currentBase) === null);
  return { sheet: found[0]?.s ?? null, base, others: found.slice(1).map((x) => x.s.name), lookalikes };
}

const PLANS_HEADING = /향후\s*추진\s*(?:예정\s*)?(?:사업|계획)/;
/** "5. 기타 논의 사항", "Ⅳ. …": a numbered section heading. A year ("2024 …") has no dot after it. */
const NUMBERED_HEADING = /^#*\s*(?:\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦ]+)\s*[.．]\s*\S/;
const BULLET = /^(?:[-–—•·∙◦○●▪■□*]+|\d{1,2}\s*[)）]|[①-⑳])\s*/;
const NOTHING = /^해당\s*(?:사항\s*)?없음\.?$/;
const FOOTER = new Set(["결정사항", "요청사항", "기타사항"].map(labelKey));
const categoryKeys = new Set(programCategories.map(nameKey));

/** The lines of one cell, bullets stripped: one item a line (this add-in never breaks an item's line). */
function itemLines(value: string): string[] {
  return value
    .split("\n")
    .map((line) => line.trim().replace(BULLET, "").trim())
    .filter((line) => line !== "");
}

export function readPreviousMinutes(sheet: SheetGrid): PreviousMinutes {
  const rows = sheet.values.map((row) => row.map((v) => plain(v)));
  const first = (r: readonly string[]) => r.find((t) => t !== "") ?? "";
  const firstCol = (r: readonly string[]) => r.findIndex((t) => t !== "");
  const at = (r: number, c: number) => cellAddress(sheet.origin.row + r, sheet.origin.col + Math.max(c, 0));

  const start = rows.findIndex((r) => {
    const t = first(r).replace(/^#+\s*/, "");
    return t.length <= 80 && !t.includes("→") && PLANS_HEADING.test(t) && !/남은\s*일정/.test(t);
  });
  const plans: PreviousPlanLine[] = [];
  if (start >= 0) {
    let category = "";
    for (let r = start + 1; r < rows.length; r++) {
      const row = rows[r]!;
      const head = first(row);
      if (head === "") continue;
      if (NUMBERED_HEADING.test(head) || FOOTER.has(labelKey(head)) || /기타\s*논의/.test(head)) break;
      for (const line of itemLines(row.filter((t) => t !== "").join("\n"))) {
        if (NOTHING.test(line)) continue;
        const heading = /^(.{1,30}?)\s*[:：]\s*(.*)$/s.exec(line);
        // "- 기타 :" heads the lines below it; "- 기타 : 사업" is one line of that category.
        if (heading && (heading[2] === "" || categoryKeys.has(nameKey(heading[1]!)))) {
          category = heading[1]!.trim();
          if (heading[2] !== "") plans.push({ text: heading[2]!.trim(), category, cell: at(r, firstCol(row)) });
          continue;
        }
        plans.push({ text: line, category, cell: at(r, firstCol(row)) });
      }
    }
  }

  // The footer's 결정사항: the last row led by that label (section 2 mentions the word in a sentence).
  let decisions: string[] = [];
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r]!;
    const c = firstCol(row);
    if (c < 0 || labelKey(row[c]!) !== labelKey("결정사항")) continue;
    decisions = itemLines(row.slice(c + 1).filter((t) => t !== "").join("\n")).filter((l) => !NOTHING.test(l));
    break;
  }
  return { sheet: sheet.name, hasPlansSection: start >= 0, plans, decisions };
}
