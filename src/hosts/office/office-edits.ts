// User-confirmed cell edits (fixes and their undo) through Office.js.
//
// First every cell is read (what it holds now, its number format, whether it is a formula) with the
// sheets' protection; nothing is written unless all of them may be. Then the edits are written.
// Both happen in blocks of EDITS_PER_BLOCK cells, so a request stays well under Excel on the web's
// 5 MB however many fixes a pasted export needs (10,000 fixes were a 4.7 MB request as one block).
// For a few hundred fixes it is one read and one write. If a write fails midway, what was already
// written is put back (Excel batches are not transactions). `previous` restores exactly what was
// there: value and number format. Text is written so Excel keeps it as typed (text-guard.ts).
import type { CellEdit, HostError } from "../../core/port";
import { err, ok, type Result } from "../../core/result";
import type { XRange, XRequestContext } from "./excel-api";
import { WRITE_TARGET_BYTES } from "./office-write";
import { literalText, needsTextFormat } from "./text-guard";

/** Request bytes of one edit as Microsoft's client serializes it (about 470 to read the cell, 370
 * to write it; measured in test/hosts/office/real-client.test.ts), with room. */
export const EDIT_REQUEST_BYTES = 640;
export const EDITS_PER_BLOCK = Math.floor(WRITE_TARGET_BYTES / EDIT_REQUEST_BYTES);

export interface EditsDone {
  readonly count: number;
  readonly previous: readonly CellEdit[];
}

export async function applyEditsIn(ctx: XRequestContext, edits: readonly CellEdit[]): Promise<Result<EditsDone, HostError>> {
  const sheetNames = [...new Set(edits.map((e) => e.sheet))];
  const sheets = new Map(sheetNames.map((n) => [n, ctx.workbook.worksheets.getItem(n)]));
  for (const ws of sheets.values()) ws.protection.load("protected");
  const blocks = chunk(edits.map((_edit, i) => i), EDITS_PER_BLOCK);
  // `formulas` only to recognise formula cells, never to write back (office-js issue 6687).
  const cells: XRange[] = [];
  await inSequence(blocks, async (block) => {
    for (const i of block) cells[i] = sheets.get(edits[i]!.sheet)!.getRange(edits[i]!.cell).load("values, numberFormat, formulas") as XRange;
    await ctx.sync();
  });
  const locked = sheetNames.find((n) => sheets.get(n)!.protection.protected);
  if (locked !== undefined) return err<HostError>({ code: "sheet-protected", detail: `sheet ${locked} is protected` });
  // A formula's `formulas` differs from its `values` (the result); text that merely starts
  // with "=" has both equal.
  const formulaAt = edits.findIndex((_edit, i) => {
    const f = cells[i]!.formulas[0]?.[0];
    return typeof f === "string" && f.startsWith("=") && f !== cells[i]!.values[0]?.[0];
  });
  if (formulaAt >= 0) {
    const e = edits[formulaAt]!;
    return err<HostError>({ code: "sheet-changed", detail: `${e.sheet}!${e.cell} holds a formula now` });
  }
  const formatNow = cells.map((r) => String(r.numberFormat[0]?.[0] ?? "General"));
  const previous: CellEdit[] = edits.map((e, i) => {
    const v = cells[i]!.values[0]?.[0];
    const value = v === "" || v === undefined ? null : typeof v === "boolean" ? String(v) : (v as string | number);
    return { sheet: e.sheet, cell: e.cell, value, numberFormat: formatNow[i]! };
  });
  const queueBlock = (list: readonly CellEdit[], block: readonly number[]): void => {
    for (const i of block) queueCell(cells[i]!, list[i]!, formatNow[i]!);
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
  };
  let reached = 0;
  try {
    await inSequence(blocks, async (block, b) => {
      reached = b;
      queueBlock(edits, block);
      await ctx.sync();
    });
  } catch (e) {
    // Excel stops a batch at the failing operation, keeping the ones before: put back what was
    // there in every block sent (best effort; the original error is what the user hears about).
    try {
      await inSequence(blocks.slice(0, reached + 1), async (block) => {
        queueBlock(previous, block);
        await ctx.sync();
      });
    } catch {
      // nothing more to do
    }
    throw e;
  }
  return ok({ count: edits.length, previous });
}

/**
 * Queues one cell's new value and format. A string Excel would parse gets the quote prefix, written
 * while the cell's format is General (what an apostrophe does in a text-formatted cell is not
 * documented, and after a failed batch the format may not be the one read), then the format it
 * should have is set.
 */
function queueCell(r: XRange, e: CellEdit, formatNow: string): void {
  if (typeof e.value === "string" && needsTextFormat(e.value)) {
    r.numberFormat = [["General"]];
    r.values = [[literalText(e.value)]];
    r.numberFormat = [[e.numberFormat ?? formatNow]];
    return;
  }
  if (e.numberFormat !== undefined) r.numberFormat = [[e.numberFormat]];
  r.values = [[e.value ?? ""]];
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `step` for each item, one after another: one request per block, by design (payload). */
async function inSequence<T>(items: readonly T[], step: (item: T, index: number) => Promise<void>): Promise<void> {
  await items.reduce((p, item, i) => p.then(() => step(item, i)), Promise.resolve());
}
