// The reading audit: today's core on every corpus workbook, on the grid and after an .xlsx round
// trip, against the figures, notes, columns and choices the case expects. Aspects the core still
// gets wrong are listed in today.ts and run as test.failing; the table of verdicts is printed by
// `npx tsx scripts/reading-audit.ts`.

import { analyzeForAudit, readXlsxForAudit, type AuditResult } from "./adapter";
import { checkChoices, checkColumns, checkFigures, checkNotes, type Check } from "./audit";
import { CORPUS } from "./corpus";
import type { CorpusCase } from "./corpus/types";
import { TODAY_WRONG, type Aspect } from "./today";
import { corpusWorkbookToXlsx } from "./xlsx-fixture";

/** A normal test, or test.failing while today.ts lists the aspect as still wrong. */
function aspectTest(c: CorpusCase, aspect: Aspect): jest.It {
  return (TODAY_WRONG[c.id] ?? []).includes(aspect) ? test.failing : test;
}

/** Fails with the first difference as the message. */
function expectOk(check: Check): void {
  expect(check.why).toBe("");
  expect(check.ok).toBe(true);
}

test("today.ts names only corpus cases", () => {
  const ids = new Set(CORPUS.map((c) => c.id));
  expect(Object.keys(TODAY_WRONG).filter((id) => !ids.has(id))).toEqual([]);
});

describe.each(CORPUS.map((c) => [c.id, c] as const))("%s", (_id, c) => {
  // The grid's analysis, made by the first test that needs it and read (not changed) by the others.
  let analysed: AuditResult | undefined;
  const onGrid = (): AuditResult => (analysed ??= analyzeForAudit(c.workbook, c.asOf));

  aspectTest(c, "figures")("figures on the grid", () => expectOk(checkFigures(c, onGrid())));

  aspectTest(c, "figures-xlsx")("figures after an .xlsx round trip", async () => {
    const grid = await readXlsxForAudit(await corpusWorkbookToXlsx(c.workbook));
    expectOk(checkFigures(c, analyzeForAudit(grid, c.asOf)));
  });

  aspectTest(c, "notes")("notes and warnings at their cells", () => expectOk(checkNotes(c, onGrid())));

  aspectTest(c, "columns")("sheets, header rows and columns recognised", () => expectOk(checkColumns(c, onGrid())));

  aspectTest(c, "choices")("row, unit and budget-column choices shown", () => expectOk(checkChoices(c, onGrid())));
});
