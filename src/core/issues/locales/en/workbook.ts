// The English catalog, part: the workbook core: sheets, headers, cells, cross-sheet checks, spending beyond what there is.
import { NOT_CALCULATED } from "../../../grid";
import type { Catalog } from "../../catalog";
import { amountText, fieldLabels, headerExample, label, numeric, paneName, roleLabels, rowOf } from "../../words";

export const workbookEn = {
  // --- filled by the workbook core (sheets, headers, cells, cross-sheet checks) ---
  "sheet-missing": {
    message: (p) => `No ${label(roleLabels, p.role, "en")} sheet found. Names looked for: ${p.names}`,
    hint: () => `Rename a sheet to one of these names or add one. A year before or after is fine ('2024 Budget', 'Budget (2024)').`,
  },
  "sheet-ambiguous": {
    message: (p) => `Several sheets look like the ${label(roleLabels, p.role, "en")} sheet. Using '${p.sheet}'; '${p.other}' was not read.`,
    hint: () => `Rename the sheet that is not in use (e.g. 'Budget_old').`,
    place: "own",
  },
  "header-not-found": {
    // rows: "1~20", the sheet rows searched; "" for a sheet with nothing in it.
    message: (p) =>
      p.rows === ""
        ? `the sheet is empty, so it has no header row. Headers looked for: ${p.headers}`
        : `no header row in rows ${p.rows} (the first 20 rows). Headers looked for: ${p.headers}`,
    hint: (p) => `Put at least two of these headers in the table's top row (e.g. ${headerExample(p.headers)}).`,
  },
  "column-missing": {
    message: (p) => `no '${label(fieldLabels, p.field, "en")}' column. Headers looked for: ${p.names}`,
    hint: () => `Add a column headed with one of these names to the header row.`,
  },
  "column-duplicate": {
    message: (p) => `a second '${label(fieldLabels, p.field, "en")}' column; only the first one (${p.firstCell}) was read.`,
    hint: () => `Rename or remove one of the two columns.`,
  },
  "sheet-hidden": {
    message: (p) => `Sheet '${p.sheet}' is hidden but was read as the ${label(roleLabels, p.role, "en")} sheet.`,
    hint: () => `Check that this is the right sheet: right-click a sheet tab and choose Unhide to see it.`,
    place: "own",
  },
  "sheet-empty": {
    message: (p) => `Sheet '${p.sheet}' has no ${label(roleLabels, p.role, "en")} rows.`,
    hint: (p) =>
      p.role === "ledger"
        ? `If nothing has been spent yet, leave it. Paste bank or subsidy-system exports below the header row.`
        : `Enter or paste rows below the header row. While this sheet is empty the ratios cannot be computed (shown as '-').`,
    place: "own",
  },
  "not-an-amount": {
    message: (p) => `'${p.value}' is not an amount.`,
    hint: () => `Enter a number (e.g. 1,200,000 or 1,200,000원). Refunds are written -50,000 or (50,000).`,
  },
  "fractional-won": {
    message: (p) => `the amount '${p.value}' has a fraction of a won.`,
    hint: () => `Correct it to whole won; if it is a formula result, wrap it in ROUND.`,
  },
  "amount-too-large": {
    message: (p) => `the amount '${p.value}' is too large (over 1 trillion won).`,
    hint: () => `Check the digits; a value from another column (an account number?) may have landed here.`,
  },
  "totals-too-large": {
    message: () => `The amounts add up to more than can be computed exactly, so no figures were computed.`,
    hint: () => `Look for huge values that do not belong in the amount columns.`,
  },
  "amount-missing": {
    message: () => `the amount is empty.`,
    hint: () => `Enter the amount, or delete the row if it is not used.`,
  },
  "date-missing": {
    message: () => `the date is empty.`,
    hint: () => `Enter the date as 2024-05-24.`,
  },
  "date-invalid": {
    message: (p) => `'${p.value}' is not a real calendar date.`,
    hint: () => `Check the month and day (February has 28 or 29 days). Dates are never rolled over.`,
  },
  "not-a-date": {
    message: (p) => `'${p.value}' is not a date.`,
    hint: () => `Enter the date like 2024-05-24, 2024.05.24 or 2024년 5월 24일.`,
  },
  "formula-error": {
    // value NOT_CALCULATED (grid.ts): a formula saved without its result, not an Excel error.
    message: (p) =>
      p.value === NOT_CALCULATED
        ? `the formula's result was not saved in the file, so it cannot be read.`
        : `the formula error '${p.value}'.`,
    hint: (p) =>
      p.value === NOT_CALCULATED
        ? `The file was made by another program. Open it in Excel and save it once: the formulas are calculated and saved.`
        : `Fix the formula's references or type the value in.`,
  },
  "date-outside-year": {
    message: (p) => `the date ${p.value} is outside fiscal year ${p.year}.`,
    hint: () => `Check the year; move another year's rows to that year's workbook.`,
  },
  "date-after-as-of": {
    message: (p) =>
      p.count > 1
        ? `this row and ${p.count - 1} more rows (${p.firstDate} to ${p.lastDate}) are after the as-of date ${p.asOf}; left out of the figures.`
        : `dated ${p.value}, after the as-of date ${p.asOf}; left out of the figures.`,
    hint: (p) => (p.count > 1 ? `Move the as-of date later to include these rows.` : `Move the as-of date later to include this row.`),
  },
  "name-missing": {
    message: (p) => `the ${label(fieldLabels, p.field, "en")} is empty.`,
    hint: () => `Enter the name. Ledger budget lines must match a name in the budget sheet.`,
  },
  "unknown-budget-line": {
    message: (p) =>
      `the budget line '${p.value}' is not in the budget sheet.` +
      (p.suggestion ? ` Nearest known name: '${p.suggestion}'` : ""),
    hint: (p) =>
      p.suggestion ? `Change it to '${p.suggestion}' or add this line to the budget sheet.` : `Use a name from the budget sheet, or add this line to it.`,
  },
  "duplicate-budget-line": {
    message: (p) => `the budget line '${p.value}' is also at ${p.firstCell}; the two amounts were added together.`,
    hint: () => `Delete one row if it is entered twice, otherwise give the lines distinct names.`,
  },
  "duplicate-voucher": {
    message: (p) => `the voucher number '${p.value}' also appears at ${p.firstCell}.`,
    hint: () => `Check whether the same payment was entered twice; if so, delete one row.`,
  },
  "negative-amount": {
    // role: "grants" (a grant returned or cancelled) or "ledger" (a refund of spending; the default).
    message: (p) =>
      p.role === "grants"
        ? `the negative amount ${amountText(numeric(p.value))} won (grant returned) was subtracted from the grants.`
        : `the negative amount ${amountText(numeric(p.value))} won (refund) was subtracted from spending.`,
    hint: (p) => (p.role === "grants" ? `Leave it if the grant was returned or cancelled; otherwise correct the sign.` : `Leave it if it is a refund; otherwise correct the sign.`),
  },
  "grants-exceed-budget": {
    message: (p) =>
      `grants to date (${amountText(p.grants)} won) exceed the annual budget (${amountText(p.budget)} won).` +
      (p.cause === "budget-unit"
        ? ` The budget looks written in thousands of won without saying so (grants are about ${Math.round(p.grants / Math.max(1, p.budget))} times it).`
        : p.cause === "budget-quarter"
          ? ` The column read as the budget${p.budgetCell ? ` (${p.budgetCell})` : ""} is one quarter's.`
          : ""),
    hint: (p) =>
      p.cause === "budget-unit"
        ? `Write '(단위: 천원)' under the budget sheet's title or in its amount header${p.budgetCell ? ` (${p.budgetCell})` : ""}.`
        : p.cause === "budget-quarter"
          ? p.shell === "cli"
            ? `Choose the annual column (계) as the budget: the --column option, or the '읽기 설정' sheet.`
            : `Choose the annual column (계) as the budget: ${paneName("reading", "en")} in the task pane, or the '읽기 설정' sheet.`
          : `Check the grant amounts and dates, and the budget amounts. For a budget split by quarter, check that its annual column (계) is read as the budget.`,
  },
  "line-overspent": {
    message: (p) => `'${p.line}' has spent ${amountText(p.executed)} won, over its budget of ${amountText(p.budget)} won.`,
    hint: () => `Check the ledger's budget lines and amounts; if correct, consider a budget change.`,
  },
  // --- spending beyond what there is to spend (the pane's alarms link here) ---
  "spent-over-grants": {
    message: (p) => `Spending to the as-of date (${amountText(p.executed)} won) is ${amountText(p.executed - p.grants)} won more than the grants received (${amountText(p.grants)} won).`,
    hint: () => `Check that no grant is missing from the grants sheet, and the ledger's dates and amounts. If it is right, explain it to the committee.`,
  },
  "spent-over-budget": {
    message: (p) => `Spending (${amountText(p.executed)} won) is ${amountText(p.executed - p.budget)} won more than the total annual budget (${amountText(p.budget)} won).`,
    hint: () => `Check the lines spent beyond their budget and budget lines the budget sheet lacks; if it is right, consider a budget change.`,
  },
  "total-row-skipped": {
    message: (p) =>
      p.evidence === "sum"
        ? `the amount ${amountText(numeric(p.value))} won equals the sum of ${p.range ?? "the rows above"}, so the row was taken as a total and left out of every sum.`
        : p.evidence === "formula"
          ? `its formula sums ${p.range ?? "its own column"}, so the row is a total and was left out of every sum.`
          : p.evidence === "user"
            ? `the reading settings mark this row as a total; it was left out of every sum.`
            : `'${p.value}' is a total row and was left out of every sum.`,
    hint: (p) =>
      p.evidence === "sum" || p.evidence === "formula"
        ? p.shell === "cli"
          ? `If it is a real amount, run with --row ${p.sheet}.${rowOf(p.cell)}=data, or write '${p.sheet} | ${rowOf(p.cell)}행 | 자료' on the '읽기 설정' sheet.`
          : `If it is a real amount, set the row to data in ${paneName("reading", "en")}, or write '${p.sheet} | ${rowOf(p.cell)}행 | 자료' on the '읽기 설정' sheet.`
        : `Nothing to do: the add-in computes totals itself.`,
  },
} satisfies Partial<Catalog>;
