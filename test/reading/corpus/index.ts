// Every corpus case, by rule of issue 8's "What to build". Built once per import: the builders are
// deterministic, so every test file and the audit script see the same workbooks.

import { budgetTotalCases } from "./rule1-budget-totals";
import { ledgerTotalCases } from "./rule1-ledger-totals";
import { revisedCases } from "./rule2-revised";
import { headerCases } from "./rule3-headers";
import { amountCases } from "./rule4-amounts";
import { refundCases, statusCases } from "./rule5-6-status-refunds";
import { exportCases } from "./rule7-exports";
import { ledgerSheetCases } from "./rule8-ledgers";
import { unitAndDateCases } from "./rule9-10-units-dates";
import { controlCases } from "./control";
import type { CorpusCase } from "./types";

export const CORPUS: readonly CorpusCase[] = [
  ...budgetTotalCases(),
  ...ledgerTotalCases(),
  ...revisedCases(),
  ...headerCases(),
  ...amountCases(),
  ...statusCases(),
  ...refundCases(),
  ...exportCases(),
  ...ledgerSheetCases(),
  ...unitAndDateCases(),
  ...controlCases(),
];

export function corpusCase(id: string): CorpusCase {
  const c = CORPUS.find((x) => x.id === id);
  if (!c) throw new Error(`no corpus case '${id}'`);
  return c;
}

export type { CorpusCase } from "./types";
