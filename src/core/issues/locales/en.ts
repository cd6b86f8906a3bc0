// The English catalog, for Office running in English: the same codes as the Korean one (ko.ts),
// with the same params. Messages that follow a place start in lower case; the renderer puts the
// place before them, or capitalises them where the place is shown beside the message instead.

import { NOT_CALCULATED } from "../../grid";
import { meetingFieldLabel, meetingFieldList } from "../../meeting/layout";
import type { Catalog } from "../catalog";
import { amountText, fieldLabels, headerExample, label, numeric, paneControls, roleLabels, rowOf, sheetList } from "../words";

const choiceReasonEn: Record<string, string> = {
  sheet: "no data sheet of that name was read.",
  field: "the item is not known (e.g. 금액, 일자, 사업명, 적요, 상태, or a row such as 12행).",
  column: "no such column in the header.",
  row: "that row is not in the table.",
  choice: "the choice is not known.",
  required: "a required column cannot be set to none.",
  entry: "the sheet has no header row Sheet | Item | Choice (시트 | 항목 | 선택).",
};
const pane = (key: keyof typeof paneControls) => `'${paneControls[key].en}'`;

export const en: Catalog = {
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
        ? `${p.at} and ${p.count - 1} more rows (${p.firstDate} to ${p.lastDate}) are after the as-of date ${p.asOf}; left out of the figures.`
        : `dated ${p.value}, after the as-of date ${p.asOf}; left out of the figures.`,
    hint: (p) => (p.count > 1 ? `Move the as-of date later to include these rows.` : `Move the as-of date later to include this row.`),
    place: (p) => (p.count > 1 ? "own" : "start"),
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
            : `Choose the annual column (계) as the budget: ${pane("reading")} in the task pane, or the '읽기 설정' sheet.`
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
          : `If it is a real amount, set the row to data in ${pane("reading")}, or write '${p.sheet} | ${rowOf(p.cell)}행 | 자료' on the '읽기 설정' sheet.`
        : `Nothing to do: the add-in computes totals itself.`,
  },
  // --- reading by evidence (issue 8) ---
  "parent-row-skipped": {
    message: (p) => `'${p.value}' equals the sum of ${p.range} below it: a parent (비목) row, left out of every sum; the rows below count under '${p.value}'.`,
    hint: (p) =>
      p.shell === "cli"
        ? `If it is a budget line, run with --row ${p.sheet}.${rowOf(p.cell)}=data, or write '${p.sheet} | ${rowOf(p.cell)}행 | 자료' on the '읽기 설정' sheet.`
        : `If it is a budget line, set the row to data in ${pane("reading")}, or write '${p.sheet} | ${rowOf(p.cell)}행 | 자료' on the '읽기 설정' sheet.`,
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
        : `To use another column, pick the budget column in ${pane("reading")}, or write '${p.sheet} | 예산액 | <column>' on the '읽기 설정' sheet.`,
  },
  "amount-column-chosen": {
    message: (p) => `several columns could be the amount; '${p.column}', the amount paid, was read${p.others ? ` (others: ${p.others})` : ""}.`,
    hint: (p) =>
      p.shell === "cli"
        ? `To use another column, run with --column ${p.sheet}.금액=<column>, or write '${p.sheet} | 금액 | <column>' on the '읽기 설정' sheet.`
        : `To use another column, pick the amount column in ${pane("reading")}, or write '${p.sheet} | 금액 | <column>' on the '읽기 설정' sheet.`,
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
        : `Name a column by its letter (G) or header, and a row as '12행 | 합계' or '12행 | 자료'. Changing it in ${pane("reading")} writes it correctly.`,
  },
  "year-undetermined": {
    message: () => `The fiscal year could not be determined, so no figures were computed.`,
    hint: (p) =>
      p.shell === "cli"
        ? `Put the year in the budget sheet's name or title ('2024 Budget'), or give it explicitly (--year 2024).`
        : `Put the year in the budget sheet's name or title ('2024 Budget'), or enter the fiscal year under ${pane("period")} in the task pane.`,
  },
  "year-conflict": {
    message: (p) => `the year in the sheet's name or title (${p.found}) differs from fiscal year ${p.year}.`,
    hint: (p) =>
      p.shell === "cli"
        ? `Check --year/--quarter or the meeting sheet's report quarter, and that this is the right workbook.`
        : `Check the fiscal year under ${pane("period")} in the task pane or the meeting sheet's report quarter, and that this is the right workbook.`,
  },
  "as-of-after-quarter": {
    message: (p) => `The as-of date ${p.asOf} is after the last day of the report quarter Q${p.quarter} (${p.lastDay}); later spending is included.`,
    hint: (p) => (p.shell === "cli" ? `Check --quarter/--as-of or the meeting sheet's report quarter and as-of date.` : `Check the report quarter and the as-of date under ${pane("period")} in the task pane.`),
  },
  "as-of-outside-year": {
    message: (p) => `The as-of date ${p.asOf} is outside fiscal year ${p.year}.`,
    hint: (p) => (p.shell === "cli" ? `Check --as-of or the meeting sheet's as-of date and report quarter.` : `Check the as-of date and the fiscal year under ${pane("period")} in the task pane.`),
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
  // --- filled by the meeting sheet and report planning ---
  "meeting-sheet-missing": {
    message: (p) => `No meeting sheet, so the minutes leave the date, place, attendees and discussion blank. Names looked for: ${p.names}`,
    hint: (p) =>
      p.shell === "cli"
        ? `Fill in a '회의정보' (Meeting) sheet, or the printed minutes by hand. The add-sheets command makes a copy with a blank meeting sheet added (the input file is unchanged).`
        : `Fill in a '회의정보' (Meeting) sheet, or the printed minutes by hand. The ${pane("createSheets")} button under 'Workbook status' in the task pane adds a blank one.`,
  },
  "meeting-field-missing": {
    message: (p) => `Sheet '${p.sheet}' has no ${meetingFieldLabel(p.field, "en")}; the minutes leave it blank.`,
    hint: (p) =>
      p.field === "attendees"
        ? `In the [참석자] table, write one person per row: '운영위원 | name' or '참관 | name'.`
        : `Put '${meetingFieldLabel(p.field, "ko")}' in column A and the value beside it in column B, or fill it in by hand after printing.`,
    place: "own",
  },
  "meeting-label-unknown": {
    message: (p) => `'${p.value}' is not a known item and was left out of the minutes.`,
    hint: () => `Check the label. Known items: ${meetingFieldList("en")}`,
  },
  "report-sheet-renamed": {
    message: (p) => `A sheet '${p.base}' already exists; it was kept and the new sheet is '${p.name}'.`,
    hint: (p) => (p.shell === "cli" ? `To replace the existing sheet instead, add --replace.` : `The existing sheet was kept; delete it if you no longer need it.`),
  },
  "report-sheet-replaced": {
    message: (p) => `The existing sheet '${p.name}' is replaced with the new one.`,
    hint: (p) => (p.shell === "cli" ? `Leave out --replace to keep it.` : `If you need the old sheet, restore it with Excel's undo or from a backup.`),
    place: "own",
  },
  "report-option-overrides-meeting": {
    message: (p) => `Used the given ${meetingFieldLabel(p.field, "en")} '${p.used}' instead of '${p.meetingValue}' from sheet '${p.sheet}'.`,
    hint: (p) =>
      p.shell === "cli" ? `Leave out --quarter/--as-of to use the meeting sheet's value.` : `To use the meeting sheet's value, press ${pane("resetPeriod")} under ${pane("period")} in the task pane.`,
    place: "own",
  },
  "report-no-figures": {
    message: () => `No figures could be computed, so no minutes were made.`,
    hint: (p) =>
      p.shell === "cli" ? `Fix the errors first; you can also give the year (--year 2024).` : `Fix the errors first; you can also enter the fiscal year under ${pane("period")} in the task pane.`,
  },
  // --- the minutes' section 2: last meeting's follow-up ---
  "minutes-carried": {
    message: (p) => {
      const from = (source: string) => (source === "minutes" ? `the Q${p.quarter} minutes ('${p.minutesSheet}')` : `sheet '${p.meetingSheet}'`);
      const plans = `${p.plans} program${p.plans === 1 ? "" : "s"}${p.plansFrom === "meeting" ? " ([전차 추진 계획])" : ""}`;
      const decisions = `${p.decisions} decision${p.decisions === 1 ? "" : "s"}`;
      const parts =
        p.plansFrom !== "none" && p.plansFrom === p.decisionsFrom
          ? [`${plans} and ${decisions} from ${from(p.plansFrom)}`]
          : [...(p.plansFrom !== "none" ? [`${plans} from ${from(p.plansFrom)}`] : []), ...(p.decisionsFrom !== "none" ? [`${decisions} from ${from(p.decisionsFrom)}`] : [])];
      const none = p.plansFrom === "none" ? " No programs to follow up." : p.decisionsFrom === "none" ? " No decisions to follow up." : "";
      return `Section 2 (previous minutes): carried ${parts.join(", ")}.${none}`;
    },
    hint: (p) =>
      p.shell === "cli"
        ? `To change the progress, run the carry command to copy them into [전차 추진 계획] and [전차 결정사항] on the meeting sheet, then edit them there; those tables come first.`
        : `To change the progress, use ${pane("carry")} in the task pane to copy them into [전차 추진 계획] and [전차 결정사항] on the meeting sheet, then edit them there; those tables come first.`,
    place: "own",
  },
  "minutes-previous-missing": {
    message: (p) =>
      `There is no sheet '${p.name}' with the previous (${p.quarter}) minutes, so section 2 shows ${p.parts === "both" ? "no programs and no decisions" : p.parts === "plans" ? "no programs" : "no decisions"} ('해당 없음').`,
    hint: (p) =>
      `Name last quarter's minutes sheet '${p.name}', or fill [전차 추진 계획] and [전차 결정사항] on the meeting sheet.${p.lookalikes ? ` Sheets that look like minutes: ${p.lookalikes}` : ""}`,
    place: "own",
  },
  "minutes-previous-several": {
    message: (p) => `Read sheet '${p.sheet}' as the previous minutes; the same quarter's minutes in ${p.others} were not read.`,
    hint: () => `To use another one, rename the sheets you do not want used, or fill the tables on the meeting sheet.`,
    place: "own",
  },
  "minutes-previous-unreadable": {
    message: (p) => `Sheet '${p.sheet}' has no '향후 추진 예정 사업' heading, so section 2 shows no previous plans.`,
    hint: () => `Check the '4. … 향후 추진 예정 사업' heading and the '- program' lines below it, or fill [전차 추진 계획] on the meeting sheet.`,
    place: "own",
  },
  "minutes-table-other-quarter": {
    message: (p) => `[전차 추진 계획] and [전차 결정사항] on sheet '${p.sheet}' belong to ${p.meetingQuarter}, so they were not used for the ${p.used} minutes.`,
    hint: () => `To use them for this quarter, change the report quarter on the meeting sheet.`,
    place: "own",
  },
  "minutes-plan-not-found": {
    message: (p) => `${p.count} previously planned program${p.count === 1 ? " is" : "s are"} not on the programs sheet, so their progress reads '미실행' (not carried out): ${p.names}`,
    hint: () => `Add them to the programs sheet under the same name, or write their progress in [전차 추진 계획] on the meeting sheet.`,
  },
  "minutes-decision-no-progress": {
    message: (p) => `${p.count} previous decision${p.count === 1 ? " has" : "s have"} no progress written, so the minutes list the decision alone.`,
    hint: (p) =>
      p.shell === "cli"
        ? `Run the carry command to copy them into [전차 결정사항] on the meeting sheet, then fill in the progress column.`
        : `Use ${pane("carry")} to copy them into [전차 결정사항] on the meeting sheet, then fill in the progress column.`,
  },
  // --- host errors and fixes (Office.js / file hosts, mechanical fixes) ---
  "host-cell-edit-mode": {
    message: () => `Excel is editing a cell, so nothing could be done.`,
    hint: () => `Press Enter or Esc to finish editing the cell, then try again.`,
  },
  "host-sheet-changed": {
    message: () => `A sheet was renamed or deleted (or a cell became a formula) while working, so it stopped. Nothing was changed.`,
    hint: (p) => (p.shell === "cli" ? `Run it again.` : `Press ${pane("recheck")} in the task pane, then retry.`),
  },
  "host-payload-too-large": {
    message: () => `The data to exchange with Excel exceeded its limit (5 MB) for one request.`,
    hint: () => `Clear leftover values in unused rows and columns, then retry; if it persists, use desktop Excel.`,
  },
  "host-sheet-protected": {
    message: () => `The sheet is protected, so it could not be changed. Nothing was changed.`,
    hint: () => `Unprotect the sheet (Review > Unprotect Sheet) and retry.`,
  },
  "host-name-conflict": {
    message: () => `A sheet with that name already exists, so no new sheet was made. The existing sheet is unchanged.`,
    hint: () => `Rename the existing sheet, or run again (a new name is chosen).`,
  },
  "host-unreadable": {
    // unreadable: the kind the xlsx host tells (HostError.unreadable); the hint then says why.
    message: () => `The workbook could not be read.`,
    hint: (p) => {
      switch (p.unreadable) {
        case "empty":
          return `The file is empty (0 bytes). Save or download it again.`;
        case "ole":
          return `The workbook has a password, or is in the Excel 97-2003 (.xls) format. Remove the password in Excel and save it as .xlsx.`;
        case "not-zip":
          return `This is not an .xlsx file. If it is a .csv or another file, open it in Excel and save it as .xlsx.`;
        case "zip-not-workbook":
          return `This is a zip file but not an Excel workbook (perhaps a .docx or .ods renamed).`;
        case "corrupt":
          return `The file is damaged or was not downloaded completely. Download it again, or open and save it in Excel.`;
        default:
          return `Check that the file is an .xlsx workbook without a password.`;
      }
    },
  },
  "host-unknown": {
    message: (p) => `Excel reported an unexpected error; any half-written sheet was removed. (${p.detail})`,
    hint: () => `Try again; if it persists, send this message to the maintainer.`,
  },
  "fix-amount-text": {
    message: (p) => `amount stored as text '${p.value}' becomes the number ${p.after}.`,
    hint: (p) => (p.shell === "cli" ? `It is read as an amount as it is; you may also retype it as a number.` : `${pane("undo")} in the task pane restores the original value.`),
  },
  "fix-date-text": {
    message: (p) => `date stored as text '${p.value}' becomes the date ${p.after}.`,
    hint: (p) =>
      p.shell === "cli" ? `It is read as a date as it is; you may also retype it as a date.` : `The cell gets the yyyy-mm-dd date format. ${pane("undo")} in the task pane restores the original.`,
  },
  "fix-full-width": {
    message: (p) => `full-width characters '${p.value}' become '${p.after}'.`,
    hint: () => `These were typed in the IME's full-width mode.`,
  },
  "fix-spaces": {
    message: (p) => `stray spaces in '${p.value}' are removed: '${p.after}'.`,
    hint: () => `Names must match exactly for ledger lines to meet their budget lines.`,
  },
};
