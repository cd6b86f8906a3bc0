// Which sheet is which: sheets are found by name, ignoring case, spaces, a copy suffix, a year
// before or after ("2024 예산", "예산(2024)", "예산 (2)") and a quarter or month before ("1분기
// 집행"). A ledger kept over several sheets ('1분기 집행' and '2분기 집행'; '집행내역' and
// '지출내역') is read as one: every sheet found for it (issue 8, rule 8).

import type { SheetGrid } from "../grid";
import type { Issue } from "../issues/issue";
import { matchSheetName, splitSheetYear } from "../parse/names";
import { ROLE_SPECS, type RoleSpec } from "./specs";

export interface SheetMatch {
  readonly spec: RoleSpec;
  readonly grid: SheetGrid;
  /** Year in the sheet's name ("2024 예산"), if any. */
  readonly nameYear: number | null;
}

/**
 * Finds the sheets for each data role. For the budget, grants and programs, when several sheets
 * match, the one whose name carries `year` wins silently; otherwise the first is used and the
 * others are reported. For the ledger every matching sheet is read, except one named with another
 * year than `year` (reported). A missing sheet is an error for a required role, a warning for the
 * programs.
 */
export function findSheets(sheets: readonly SheetGrid[], year: number | undefined, issues: Issue[]): SheetMatch[] {
  const matches: SheetMatch[] = [];
  for (const spec of ROLE_SPECS) {
    const candidates = sheets.filter((g) => matchSheetName(g.name, spec.aliases));
    if (candidates.length === 0) {
      issues.push({ severity: spec.required ? "error" : "warning", code: "sheet-missing", params: { role: spec.role, names: spec.aliases.join(", ") } });
      continue;
    }
    let chosen: SheetGrid[];
    if (spec.role === "ledger") {
      const otherYear = (g: SheetGrid) => year !== undefined && splitSheetYear(g.name).year !== null && splitSheetYear(g.name).year !== year;
      chosen = candidates.filter((g) => !otherYear(g));
      if (chosen.length === 0) chosen = [candidates[0]!];
    } else {
      const withYear = year === undefined ? [] : candidates.filter((g) => splitSheetYear(g.name).year === year);
      chosen = [withYear.length === 1 ? withYear[0]! : candidates[0]!];
      if (withYear.length === 1) {
        matches.push(...chosen.map((grid) => match(spec, grid, issues)));
        continue;
      }
    }
    for (const other of candidates)
      if (!chosen.includes(other)) issues.push({ severity: "warning", code: "sheet-ambiguous", sheet: chosen[0]!.name, params: { role: spec.role, other: other.name } });
    matches.push(...chosen.map((grid) => match(spec, grid, issues)));
  }
  return matches;
}

function match(spec: RoleSpec, grid: SheetGrid, issues: Issue[]): SheetMatch {
  // A hidden sheet is used like any other, but the user may not know it is there.
  if (grid.hidden === true) issues.push({ severity: "info", code: "sheet-hidden", sheet: grid.name, params: { role: spec.role } });
  return { spec, grid, nameYear: splitSheetYear(grid.name).year };
}
