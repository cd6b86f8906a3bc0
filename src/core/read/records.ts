// The grants', ledger's and programs' records, built from the rows read/rows.ts accepted, with the
// checks that concern one row at a time: a negative grant (returned or cancelled) and a voucher
// number used twice in the ledger. (A ledger row's sign is read/payments.ts'; the budget's rows are
// read/budget.ts'.)

import type { Issue } from "../issues/issue";
import type { Grant, LedgerEntry, Program, ProgramStatus, Quarter } from "../model";
import type { Won } from "../money";
import { quarterOfDate } from "../parse/date";
import { readRows, type FieldValue, type SheetReading, type SheetSource } from "./rows";

const str = (v: readonly FieldValue[], i: number): string => {
  const x = v[i];
  return typeof x === "string" ? x : "";
};
const amt = (v: readonly FieldValue[], i: number): Won => v[i] as Won;

function letterOf(src: SheetSource, field: string): string | undefined {
  return src.header.columns.find((c) => c.field === field)?.letter;
}

export function readGrants(src: SheetSource, issues: Issue[]): SheetReading<Grant> {
  const sheet = src.grid.name;
  const amountLetter = letterOf(src, "amount");
  return readRows<Grant>(
    {
      role: "grants",
      ...src,
      makeBuild: (at) => {
        const [date, amount, note] = [at("date"), at("amount"), at("note")];
        return (v, sheetRow) => ({ ref: { sheet, row: sheetRow + 1 }, date: str(v, date), amount: amt(v, amount), note: str(v, note) });
      },
      // A negative grant is worth a look; the cell text is built only then (hot loop).
      check: (g, row, out) => {
        if (g.amount < 0) out.push({ severity: "warning", code: "negative-amount", sheet, cell: `${amountLetter}${row + 1}`, value: String(g.amount), params: { role: "grants" } });
      },
    },
    issues,
  );
}

export function readLedger(src: SheetSource, budgetNames: ReadonlySet<string> | undefined, issues: Issue[]): SheetReading<LedgerEntry> {
  const sheet = src.grid.name;
  const voucherLetter = letterOf(src, "voucher");
  // Voucher → 1-based row of its first use; the cell text is built only for a duplicate.
  const vouchers = new Map<string, number>();
  return readRows<LedgerEntry>(
    {
      role: "ledger",
      ...src,
      ...(budgetNames ? { budgetNames } : {}),
      makeBuild: (at) => {
        const [date, line, description, payee, amount, voucher] = ["date", "budgetLine", "description", "payee", "amount", "voucher"].map(at) as [
          number, number, number, number, number, number,
        ];
        return (v, sheetRow) => ({
          ref: { sheet, row: sheetRow + 1 },
          date: str(v, date),
          budgetLine: str(v, line),
          description: str(v, description),
          payee: str(v, payee),
          amount: amt(v, amount),
          voucher: str(v, voucher),
        });
      },
      check: (e, row, out) => {
        if (e.voucher === "") return;
        const first = vouchers.get(e.voucher);
        if (first === undefined) vouchers.set(e.voucher, row + 1);
        else
          out.push({
            severity: "warning",
            code: "duplicate-voucher",
            sheet,
            cell: `${voucherLetter}${row + 1}`,
            value: e.voucher,
            params: { firstCell: `${voucherLetter}${first}` },
          });
      },
    },
    issues,
  );
}

export function readPrograms(src: SheetSource, issues: Issue[]): SheetReading<Program> {
  const sheet = src.grid.name;
  return readRows<Program>(
    {
      role: "programs",
      ...src,
      makeBuild: (at) => (m, sheetRow) => {
        const date = m[at("date")];
        const given = (m[at("quarter")] as readonly Quarter[] | undefined) ?? [];
        const status = m[at("status")] as ProgramStatus | null | undefined;
        // No planned quarter written: the quarter it was carried out in, when the date says so.
        const quarters = given.length === 0 && typeof date === "string" ? [quarterOfDate(date)] : given;
        return {
          ref: { sheet, row: sheetRow + 1 },
          category: str(m, at("category")),
          name: str(m, at("name")),
          quarters,
          ...(typeof date === "string" ? { date } : {}),
          ...(status ? { status } : {}),
          note: str(m, at("note")),
        };
      },
    },
    issues,
  );
}
