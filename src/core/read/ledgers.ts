// A ledger kept over several sheets (issue 8, rule 8): every sheet recognised as a ledger is read
// and summed, and the note lists each with its rows and sum, so the figures never silently rest
// on one sheet. A payment found in two of them (same date, budget line and amount, and the same
// voucher where both sheets have one, else the same 적요) is counted where it stands and warned as
// a possible double entry, at the later sheet's cell, naming the earlier one.

import type { Issue } from "../issues/issue";
import type { LedgerEntry } from "../model";
import type { RowDecision } from "./decisions";
import { fieldCell, type SheetReading } from "./rows";

function keyOf(e: LedgerEntry, byVoucher: boolean): string {
  return `${e.date}|${e.budgetLine}|${e.amount}|${byVoucher ? e.voucher : e.description}`;
}

/** The ledger sheets, each with its double entries decided, and the note that they were combined. */
export function combineLedgers(ledgers: readonly SheetReading<LedgerEntry>[], issues: Issue[]): SheetReading<LedgerEntry>[] {
  if (ledgers.length < 2) return [...ledgers];
  const withVoucher = ledgers.every((l) => l.columns.some((c) => c.field === "voucher"));
  const seen = new Map<string, { sheet: string; cell: string }>();
  const out: SheetReading<LedgerEntry>[] = [];
  for (const ledger of ledgers) {
    const twins: RowDecision[] = [];
    const mine: [string, { sheet: string; cell: string }][] = [];
    for (const e of ledger.records) {
      const byVoucher = withVoucher && e.voucher !== "";
      const key = keyOf(e, byVoucher);
      const cell = fieldCell(ledger, "amount", e.ref.row) ?? `A${e.ref.row}`;
      const first = seen.get(key);
      if (first) {
        twins.push({ kind: "double-entry", row: e.ref.row, cell, evidence: "twin", label: `${first.sheet}!${first.cell}` });
        issues.push({ severity: "warning", code: "possible-double-entry", sheet: ledger.sheet, cell, value: String(e.amount), params: { otherSheet: first.sheet, otherCell: first.cell } });
      }
      mine.push([key, { sheet: ledger.sheet, cell }]);
    }
    for (const [key, at] of mine) if (!seen.has(key)) seen.set(key, at);
    out.push(twins.length > 0 ? { ...ledger, decisions: [...ledger.decisions, ...twins] } : ledger);
  }
  const sum = (l: SheetReading<LedgerEntry>) => l.records.reduce((s, e) => s + e.amount, 0);
  issues.push({
    severity: "info",
    code: "ledger-sheets-combined",
    params: { sheets: ledgers.map((l) => l.sheet).join(", "), rows: ledgers.map((l) => l.records.length).join(", "), sums: ledgers.map(sum).join(", ") },
  });
  return out;
}
