// The English catalog, part: reading by evidence: totals, parents, revisions, amount columns, statuses, refunds, units, settings.
import type { Catalog } from "../../catalog";
import { amountText, numeric, paneName, rowOf, sheetList } from "../../words";

const choiceReasonEn: Record<string, string> = {
  sheet: "no data sheet of that name was read.",
  field: "the item is not known (e.g. 금액, 일자, 사업명, 적요, 상태, or a row such as 12행).",
  column: "no such column in the header.",
  row: "that row is not in the table.",
  choice: "the choice is not known.",
  required: "a required column cannot be set to none.",
  entry: "the sheet has no header row Sheet | Item | Choice (시트 | 항목 | 선택).",
};

export const readingEn = {
  // --- reading by evidence (issue 8) ---
  "parent-row-skipped": {
    message: (p) => `'${p.value}' equals the sum of ${p.range} below it: a parent (비목) row, left out of every sum; the rows below count under '${p.value}'.`,
    hint: (p) =>
      p.shell === "cli"
        ? `If it is a budget line, run with --row ${p.sheet}.${rowOf(p.cell)}=data, or write '${p.sheet} | ${rowOf(p.cell)}행 | 자료' on the '읽기 설정' sheet.`
        : `If it is a budget line, set the row to data in ${paneName("reading", "en")}, or write '${p.sheet} | ${rowOf(p.cell)}행 | 자료' on the '읽기 설정' sheet.`,
  },
  "total-mismatch": {
    message: (p) => `the sheet's total ${amountText(p.found)} won differs from the sum of its rows, ${amountText(p.computed)} won, by ${amountText(Math.abs(p.found - p.computed))} won.`,
    hint: (p) => `Check the total's formula for a row left out or added twice. The ratios use the sum of the rows, ${amountText(p.computed)} won.`,
  },
  "budget-revision-used": {
    message: (p) => `the budget has several columns (${p.columns}); each line uses its latest column with a value ('${p.column}').`,
    hint: (p) =>
      p.shell === "cli"
        ? `To use another column, run with --column ${p.sheet}.예산액=<column>, or write '${p.sheet} | 예산액 | <column>' on the '읽기 설정' sheet.`
        : `To use another column, pick the budget column in ${paneName("reading", "en")}, or write '${p.sheet} | 예산액 | <column>' on the '읽기 설정' sheet.`,
  },
  "amount-column-chosen": {
    message: (p) => `several columns could be the amount; '${p.column}', the amount paid, was read${p.others ? ` (others: ${p.others})` : ""}.`,
    hint: (p) =>
      p.shell === "cli"
        ? `To use another column, run with --column ${p.sheet}.금액=<column>, or write '${p.sheet} | 금액 | <column>' on the '읽기 설정' sheet.`
        : `To use another column, pick the amount column in ${paneName("reading", "en")}, or write '${p.sheet} | 금액 | <column>' on the '읽기 설정' sheet.`,
  },
  "amount-bank-net": {
    message: () => `a bank layout with money in and out: spending is read as withdrawals minus deposits; a deposit with a budget line counts as a refund.`,
    hint: () => `Leave the budget line empty on deposits that are no spending (the grant itself, interest): they are not counted.`,
  },
  "bank-deposit-skipped": {
    message: (p) => `${p.count} deposits (${amountText(p.sum)} won) without a budget line, or of a grant, interest or balance, are no spending and were not counted.`,
    hint: () => `If one of them is a refund of spending, write its budget line.`,
  },
  "payment-status-excluded": {
    message: (p) => `${p.count} payments (${amountText(p.sum)} won) whose status says rejected, cancelled or deleted were left out of spending.`,
    hint: () => `Check the statuses. If the column means something else, set the status to '사용 안 함' on the '읽기 설정' sheet.`,
  },
  "payment-status-unknown": {
    message: (p) => `${p.count} payments with a status the add-in does not know (${p.values}) were counted as spent.`,
    hint: () => `Write '취소' or '반려' for payments that did not happen, '정상' for those that did.`,
  },
  "refund-counted": {
    message: (p) =>
      `${p.evidence === "bank" ? "a deposit with a budget line" : p.evidence === "type" ? "the row's type says refund" : "the row's description says refund"}: counted as ${amountText(p.amount)} won.`,
    hint: () => `If it is not a refund, correct the type or description.`,
  },
  "refund-sign-unclear": {
    message: (p) => `the type says '${p.type}' but the description '${p.memo}' says refund; ${amountText(numeric(p.value))} won was counted as written.`,
    hint: () => `For a refund, set the type to '반납' or write the amount negative; for spending, correct the description.`,
  },
  "ledger-sheets-combined": {
    message: (p) => `Several ledger sheets were read and added up: ${sheetList(p.sheets, p.rows, p.sums, "en")}.`,
    hint: () => `If one sheet is a copy of another, delete or rename the copy (e.g. '집행내역_이전').`,
  },
  "possible-double-entry": {
    message: (p) => `a payment of the same date, budget line and amount is also at '${p.otherSheet}'!${p.otherCell}; it may be counted twice.`,
    hint: () => `If it was paid once, delete one of the rows; if twice, leave both.`,
  },
  "unit-scaled": {
    message: (p) => `amounts are in ${p.unit}; they were multiplied by ${amountText(p.factor)} to read them in won.`,
    hint: () => `If the unit is another, correct this cell (e.g. '(단위: 원)').`,
  },
  "date-system-1904": {
    message: () => `The workbook uses the 1904 date system: dates written as numbers were counted from 1 January 1904.`,
    hint: () => `If dates look four years off, check Excel's option 'Use 1904 date system'.`,
  },
  "reading-choice-invalid": {
    message: (p) => `${p.source === "option" ? `the --column/--row option '${p.value}'` : `the reading setting '${p.value}'`}: ${choiceReasonEn[p.reason]}`,
    hint: (p) =>
      p.shell === "cli"
        ? `Write the options as --column sheet.field=column (a letter such as G, a header, or none) and --row sheet.row=total|data. On the reading settings sheet, name a column by its letter or header, and a row as '12행 | 합계' or '12행 | 자료'.`
        : `Name a column by its letter (G) or header, and a row as '12행 | 합계' or '12행 | 자료'. Changing it in ${paneName("reading", "en")} writes it correctly.`,
  },
  "year-undetermined": {
    message: () => `The fiscal year could not be determined, so no figures were computed.`,
    hint: (p) =>
      p.shell === "cli"
        ? `Put the year in the budget sheet's name or title ('2024 Budget'), or give it explicitly (--year 2024).`
        : `Put the year in the budget sheet's name or title ('2024 Budget'), or enter the fiscal year under ${paneName("period", "en")} in the task pane.`,
  },
  "year-conflict": {
    message: (p) => `the year in the sheet's name or title (${p.found}) differs from fiscal year ${p.year}.`,
    hint: (p) =>
      p.shell === "cli"
        ? `Check --year/--quarter or the meeting sheet's report quarter, and that this is the right workbook.`
        : `Check the fiscal year under ${paneName("period", "en")} in the task pane or the meeting sheet's report quarter, and that this is the right workbook.`,
  },
  "as-of-after-quarter": {
    message: (p) => `The as-of date ${p.asOf} is after the last day of the report quarter Q${p.quarter} (${p.lastDay}); later spending is included.`,
    hint: (p) => (p.shell === "cli" ? `Check --quarter/--as-of or the meeting sheet's report quarter and as-of date.` : `Check the report quarter and the as-of date under ${paneName("period", "en")} in the task pane.`),
  },
  "as-of-outside-year": {
    message: (p) => `The as-of date ${p.asOf} is outside fiscal year ${p.year}.`,
    hint: (p) => (p.shell === "cli" ? `Check --as-of or the meeting sheet's as-of date and report quarter.` : `Check the as-of date and the fiscal year under ${paneName("period", "en")} in the task pane.`),
  },
  "option-invalid": {
    message: (p) => `The setting ${p.option}='${p.value}' is not valid and was ignored.`,
    hint: () => `Give the year as 2024, the quarter as 1 to 4 and the as-of date as 2024-05-24.`,
  },
  "quarter-invalid": {
    message: (p) => `'${p.value}' is not a quarter.`,
    hint: () => `Write it like 2분기, Q2, "3, 4분기" or "1~2분기".`,
  },
  "status-unknown": {
    message: (p) => `'${p.value}' is not a known status.`,
    hint: () => `Use one of 완료 (done), 진행중 (in progress), 예정 (planned), 미실행 (not started), 기획중 (planning), 취소 (cancelled).`,
  },
} satisfies Partial<Catalog>;
