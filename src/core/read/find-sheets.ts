// Which sheet is which: sheets are found by name, ignoring case, spaces, a copy suffix and a year
// before or after ("2024 예산", "예산(2024)", "예산 (2)").

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
 * Finds the sheet for each data role. When several sheets match one role, the one whose name
 * carries `year` wins silently; otherwise the first is used and the others are reported. A
 * missing sheet is an error for a required role, a warning for the programs.
 */
export function findSheets(sheets: readonly SheetGrid[], year: number | undefined, issues: Issue[]): SheetMatch[] {
  const matches: SheetMatch[] = [];
  for (const spec of ROLE_SPECS) {
    const candidates = sheets.filter((g) => matchSheetName(g.name, spec.aliases));
    if (candidates.length === 0) {
      issues.push({ severity: spec.required ? "error" : "warning", code: "sheet-missing", params: { role: spec.role, names: spec.aliases.join(", ") } });
      continue;
    }
    let chosen = candidates[0]!;
    const withYear = year === undefined ? [] : candidates.filter((g) => splitSheetYear(g.name).year === year);
    if (withYear.length === 1) chosen = withYear[0]!;
    else
      for (const other of candidates)
        if (other !== chosen) issues.push({ severity: "warning", code: "sheet-ambiguous", sheet: chosen.name, params: { role: spec.role, other: other.name } });
    // A hidden sheet is used like any other, but the user may not know it is there.
    if (chosen.hidden === true) issues.push({ severity: "info", code: "sheet-hidden", sheet: chosen.name, params: { role: spec.role } });
    matches.push({ spec, grid: chosen, nameYear: splitSheetYear(chosen.name).year });
  }
  return matches;
}
