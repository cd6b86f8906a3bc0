// The unit a sheet's amounts are written in (issue 8, rule 9): "(단위: 천원)" in a title row,
// "(천원)" alone, "단위: 백만원" in the title, or "예산액(천원)" in the amount's header. Amounts
// are scaled to won; "(단위: 원)" changes nothing.

import { cellAddress } from "../address";
import type { SheetGrid } from "../grid";
import type { UnitReading } from "./decisions";

const FACTORS: Readonly<Record<string, number>> = { 원: 1, 천원: 1_000, 만원: 10_000, 백만원: 1_000_000, 십억원: 1_000_000_000, 억원: 100_000_000 };

/** "단위: 천원", "단위 : 백만원", "(단위:천 원)". */
const UNIT_PHRASE = /단위\s*[:：]?\s*(천|만|백만|억|십억)?\s*원/;
/** A cell or bracket that is a unit alone: "(천원)", "천원", "[백만원]". */
const UNIT_ALONE = /^[(\[（［]?\s*(천|만|백만|억|십억)?\s*원\s*[)\]）］]?$/;
const BRACKET_UNIT = /[(\[（［]\s*(?:단위\s*[:：]?\s*)?(천|만|백만|억|십억)?\s*원\s*[)\]）］]/;

function unitOf(text: string, alone: boolean): { factor: number; text: string } | null {
  if (text.length > 200) return null;
  const m = UNIT_PHRASE.exec(text) ?? (alone ? UNIT_ALONE.exec(text.trim()) : BRACKET_UNIT.exec(text));
  if (!m) return null;
  const unit = `${m[1] ?? ""}원`;
  return { factor: FACTORS[unit] ?? 1, text: unit };
}

/**
 * The sheet's unit: written in the amount header ("예산액(천원)") or else in a title row above the
 * header (any cell). Null when none is written or it is plain 원 (nothing to scale).
 */
export function findUnit(grid: SheetGrid, headerIndex: number, amountHeaders: readonly { readonly text: string; readonly cell: string }[]): UnitReading | null {
  for (const h of amountHeaders) {
    const u = unitOf(h.text, false);
    if (u) return u.factor === 1 ? null : { ...u, cell: h.cell };
  }
  for (let r = 0; r < headerIndex; r++) {
    const row = grid.values[r]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const u = unitOf(v, true);
      if (u) return u.factor === 1 ? null : { ...u, cell: cellAddress(grid.origin.row + r, grid.origin.col + c) };
    }
  }
  return null;
}
