// Rule 8: the spending is kept over several sheets. Every sheet recognised as a ledger is read and
// summed, each listed with its rows and sum; a row in two of them (same date, line, amount and
// voucher) is counted where it stands and warned as a possible double entry.

import { BASE_GRANTS, BASE_LINES, BASE_PAYMENTS, ledgerSheet, sum, truthOf, withBaseBudgetAndGrants, type Payment } from "./base";
import { makeCase } from "./sheet-builder";
import type { CorpusCase, ExpectedNote } from "./types";

function combined(parts: readonly { name: string; payments: readonly Payment[] }[]): ExpectedNote {
  return {
    code: "ledger-sheets-combined",
    severity: "info",
    scope: "workbook",
    params: {
      sheets: parts.map((p) => p.name).join(", "),
      rows: parts.map((p) => p.payments.length).join(", "),
      sums: parts.map((p) => sum(p.payments.map((x) => x.amount))).join(", "),
    },
  };
}

function splitCase(id: string, title: string, parts: readonly { name: string; payments: readonly Payment[] }[], double?: { sheet: string; voucher: string }): CorpusCase {
  const built = parts.map((p) => {
    const ledger = ledgerSheet(p.payments, p.name);
    if (!double || double.sheet !== p.name) return ledger;
    // Rows start at 3 (title, header); the amount is column E.
    const i = p.payments.findIndex((x) => x.voucher === double.voucher);
    return { ...ledger, reading: { ...ledger.reading, rows: [{ kind: "double-entry" as const, cell: `E${i + 3}` }] } };
  });
  return makeCase({
    id,
    rule: 8,
    title,
    ...withBaseBudgetAndGrants(...built),
    truth: { lines: BASE_LINES, grants: BASE_GRANTS, payments: truthOf(parts.flatMap((p) => p.payments)) },
    notes: [combined(parts)],
  });
}

const inMonths = (from: number, to: number) => BASE_PAYMENTS.filter((x) => Number(x.date.slice(5, 7)) >= from && Number(x.date.slice(5, 7)) <= to);

export function ledgerSheetCases(): CorpusCase[] {
  const march = BASE_PAYMENTS.find((x) => x.voucher === "V-007")!;
  return [
    splitCase("ledgers-by-quarter-sheets", "'1분기 집행' and '2분기 집행' sheets", [
      { name: "1분기 집행", payments: inMonths(1, 3) },
      { name: "2분기 집행", payments: inMonths(4, 6) },
    ]),
    splitCase(
      "ledgers-copy-with-double-entry",
      "'집행내역' (1–3월) and its copy '집행내역 (2)' (4–6월), the 3월 급여 row in both",
      [
        { name: "집행내역", payments: inMonths(1, 3) },
        { name: "집행내역 (2)", payments: [march, ...inMonths(4, 6)] },
      ],
      { sheet: "집행내역 (2)", voucher: "V-007" },
    ),
    splitCase("ledgers-jiphaeng-and-jichul", "'집행내역' (account transfers) and '지출내역' (운영비 on the card)", [
      { name: "집행내역", payments: BASE_PAYMENTS.filter((x) => x.line !== "운영비") },
      { name: "지출내역", payments: BASE_PAYMENTS.filter((x) => x.line === "운영비") },
    ]),
  ];
}
