// The session's reads and writes at the host edge. Every read goes through readGrid: what a host
// hands over is parsed into a grid there and only there, then analysed once (analyseGrid), by the
// session's reader (reader.ts) wherever the grid is held.

import { analyze, summarizeAnalysis } from "../core/analyze";
import type { AnalysisChoice } from "../core/choice";
import type { WorkbookGrid } from "../core/grid";
import { sameGridContent } from "../core/grid-equal";
import { tryParseWorkbookGrid } from "../core/grid-parse";
import type { Issue } from "../core/issues/issue";
import type { Locale } from "../core/locale";
import { planIssuesSheet } from "../core/plan/issues-sheet";
import type { HostError, WorkbookPort } from "../core/port";
import { err, ok, type Result } from "../core/result";
import { carryPreview } from "./carry";
import type { Loaded } from "./state";

/** One read at the host edge: what the host hands over is parsed into a grid here and only here. */
export async function readGrid(port: WorkbookPort): Promise<Result<WorkbookGrid, HostError>> {
  const read = await port.read();
  if (!read.ok) return read;
  const grid = tryParseWorkbookGrid(read.value);
  return grid.ok ? grid : err({ code: "unknown", detail: `the host handed over a malformed workbook: ${grid.error}` });
}

/**
 * A grid analysed once for the choice, with what the session shows beside the analysis: the
 * previous minutes' carry, and (given `file`, the workbook as the user has it as a file) whether
 * this read differs from it. The session keeps the analysis' summary: the rows read are left
 * with the grid.
 */
export function analyseGrid(grid: WorkbookGrid, choice: AnalysisChoice, file: WorkbookGrid | null = null): Loaded {
  const analysis = analyze(grid, choice);
  return {
    grid,
    analysis: summarizeAnalysis(analysis),
    carry: carryPreview(grid, analysis),
    differsFromFile: file !== null && !sameGridContent(file, grid),
  };
}

/**
 * The add-in's results sheet ("검증 결과") listing the issues, replacing its own earlier one. It is
 * planned beside the workbook's sheets, read just before when the session has no grid in hand.
 */
export async function writeResultsSheet(
  port: WorkbookPort,
  issues: readonly Issue[],
  locale: Locale,
  loaded: Loaded | null = null,
): Promise<Result<{ sheet: string; written: readonly string[] }, HostError>> {
  let grid = loaded?.grid ?? null;
  if (!grid) {
    const r = await readGrid(port);
    if (!r.ok) return r;
    grid = r.value;
  }
  const { plan, sheetName } = planIssuesSheet(issues, grid, locale);
  const w = await port.write(plan);
  return w.ok ? ok({ sheet: sheetName, written: w.value.written }) : w;
}
