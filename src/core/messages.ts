// The one catalog of issue messages, Korean and English. Every issue code the core can emit has
// an entry here; a test checks that each entry renders in both languages without leftover
// placeholders. Call sites never build message strings themselves.

import { NOT_CALCULATED } from "./grid";
import type { Issue, IssueParams, Locale } from "./issues";
import { amountText, fieldLabels, josa, label, numeric, place, roleLabels } from "./labels";
import { meetingFieldLabel, meetingFieldList } from "./meeting-format";

export interface CatalogEntry {
  readonly ko: (p: IssueParams) => string;
  readonly en: (p: IssueParams) => string;
  /** What the user can do about it. */
  readonly hintKo: (p: IssueParams) => string;
  readonly hintEn: (p: IssueParams) => string;
}

// Entries are grouped by the part of the core that emits them. Keep codes kebab-case and stable:
// they appear in --json output and users' scripts may depend on them.
export const catalog = {
  // --- filled by the workbook core (sheets, headers, cells, cross-sheet checks) ---
  // Params: role/field are keys of labels.ts; names/headers are comma-separated lists; money is integer won.
  "sheet-missing": {
    ko: (p) => `${label(roleLabels, p.role, "ko")} 시트를 찾지 못했습니다. 찾아본 이름: ${p.names}`,
    en: (p) => `No ${label(roleLabels, p.role, "en")} sheet found. Names looked for: ${p.names}`,
    hintKo: () => `시트 이름을 위 이름 중 하나로 바꾸거나 그런 시트를 추가하세요. 앞뒤의 연도는 있어도 됩니다(예: '2024 예산', '예산(2024)').`,
    hintEn: () => `Rename a sheet to one of these names or add one. A year before or after is fine ('2024 Budget', 'Budget (2024)').`,
  },
  "sheet-ambiguous": {
    ko: (p) => `${label(roleLabels, p.role, "ko")} 시트로 볼 수 있는 시트가 여럿입니다. '${p.sheet}' 시트를 쓰고 '${p.other}' 시트는 읽지 않았습니다.`,
    en: (p) => `Several sheets look like the ${label(roleLabels, p.role, "en")} sheet. Using '${p.sheet}'; '${p.other}' was not read.`,
    hintKo: () => `쓰지 않는 시트의 이름을 바꾸세요(예: '예산_이전').`,
    hintEn: () => `Rename the sheet that is not in use (e.g. 'Budget_old').`,
  },
  "header-not-found": {
    // rows: "1~20", the sheet rows searched; "" for a sheet with nothing in it.
    ko: (p) =>
      p.rows === ""
        ? `${place(p, "ko")}: 시트가 비어 있어 제목 행이 없습니다. 찾아본 제목: ${p.headers}`
        : `${place(p, "ko")}: ${p.rows ?? "1~20"}행(처음 20행)에서 제목 행을 찾지 못했습니다. 찾아본 제목: ${p.headers}`,
    en: (p) =>
      p.rows === ""
        ? `${place(p, "en")}: the sheet is empty, so it has no header row. Headers looked for: ${p.headers}`
        : `${place(p, "en")}: no header row in rows ${p.rows ?? "1~20"} (the first 20 rows). Headers looked for: ${p.headers}`,
    hintKo: () => `표 맨 위 행에 위 제목 중 두 개 이상을 적어 주세요(예: '집행일자', '금액').`,
    hintEn: () => `Put at least two of these headers in the table's top row (e.g. 'Date', 'Amount').`,
  },
  "column-missing": {
    ko: (p) => `${place(p, "ko")}: '${label(fieldLabels, p.field, "ko")}' 열이 없습니다. 찾아본 제목: ${p.names}`,
    en: (p) => `${place(p, "en")}: no '${label(fieldLabels, p.field, "en")}' column. Headers looked for: ${p.names}`,
    hintKo: () => `제목 행에 위 제목 중 하나로 된 열을 추가하세요.`,
    hintEn: () => `Add a column headed with one of these names to the header row.`,
  },
  "column-duplicate": {
    ko: (p) => `${place(p, "ko")}: '${label(fieldLabels, p.field, "ko")}' 열이 ${p.firstCell} 열과 겹칩니다. 앞의 ${p.firstCell} 열만 읽었습니다.`,
    en: (p) => `${place(p, "en")}: a second '${label(fieldLabels, p.field, "en")}' column; only the first one (${p.firstCell}) was read.`,
    hintKo: () => `둘 중 하나의 제목을 바꾸거나 열을 지우세요.`,
    hintEn: () => `Rename or remove one of the two columns.`,
  },
  "sheet-hidden": {
    ko: (p) => `'${p.sheet}' 시트는 숨겨져 있지만 ${label(roleLabels, p.role, "ko")} 시트로 읽었습니다.`,
    en: (p) => `Sheet '${p.sheet}' is hidden but was read as the ${label(roleLabels, p.role, "en")} sheet.`,
    hintKo: () => `이 시트가 맞는지 확인하세요. 시트 탭을 마우스 오른쪽 단추로 눌러 '숨기기 취소'로 볼 수 있습니다.`,
    hintEn: () => `Check that this is the right sheet: right-click a sheet tab and choose Unhide to see it.`,
  },
  "sheet-empty": {
    ko: (p) => `'${p.sheet}' 시트에 ${label(roleLabels, p.role, "ko")} 행이 하나도 없습니다.`,
    en: (p) => `Sheet '${p.sheet}' has no ${label(roleLabels, p.role, "en")} rows.`,
    hintKo: (p) =>
      p.role === "ledger"
        ? `아직 집행이 없다면 그대로 두어도 됩니다. 은행·보조금 시스템에서 내려받은 내역은 머리글 아래 행에 붙여 넣으세요.`
        : `머리글 아래 행에 내용을 입력하거나 붙여 넣으세요. 이 시트가 비어 있으면 집행률을 계산할 수 없습니다('-'로 표시).`,
    hintEn: (p) =>
      p.role === "ledger"
        ? `If nothing has been spent yet, leave it. Paste bank or subsidy-system exports below the header row.`
        : `Enter or paste rows below the header row. While this sheet is empty the ratios cannot be computed (shown as '-').`,
  },
  "not-an-amount": {
    ko: (p) => `${place(p, "ko")}: ${josa(`'${p.value}'`, "은", "는")} 금액으로 읽을 수 없습니다.`,
    en: (p) => `${place(p, "en")}: '${p.value}' is not an amount.`,
    hintKo: () => `숫자만 입력하세요(예: 1,200,000 또는 1,200,000원). 환급·반납은 -50,000 또는 (50,000)으로 적습니다.`,
    hintEn: () => `Enter a number (e.g. 1,200,000 or 1,200,000원). Refunds are written -50,000 or (50,000).`,
  },
  "fractional-won": {
    ko: (p) => `${place(p, "ko")}: 금액 '${p.value}'에 원 단위 아래 소수가 있습니다.`,
    en: (p) => `${place(p, "en")}: the amount '${p.value}' has a fraction of a won.`,
    hintKo: () => `원 단위 정수로 고치세요. 수식으로 계산한 값이면 ROUND 함수로 반올림하세요.`,
    hintEn: () => `Correct it to whole won; if it is a formula result, wrap it in ROUND.`,
  },
  "amount-too-large": {
    ko: (p) => `${place(p, "ko")}: 금액 ${josa(`'${p.value}'`, "이", "가")} 너무 큽니다(1조 원 초과).`,
    en: (p) => `${place(p, "en")}: the amount '${p.value}' is too large (over 1 trillion won).`,
    hintKo: () => `자릿수를 확인하세요. 다른 열의 값(계좌번호 등)이 금액 열에 들어갔을 수 있습니다.`,
    hintEn: () => `Check the digits; a value from another column (an account number?) may have landed here.`,
  },
  "totals-too-large": {
    ko: () => `금액의 합이 너무 커서 정확히 계산할 수 없어 집행률을 계산하지 않았습니다.`,
    en: () => `The amounts add up to more than can be computed exactly, so no figures were computed.`,
    hintKo: () => `금액 열에 잘못 들어간 큰 값이 없는지 확인하세요.`,
    hintEn: () => `Look for huge values that do not belong in the amount columns.`,
  },
  "amount-missing": {
    ko: (p) => `${place(p, "ko")}: 금액이 비어 있습니다.`,
    en: (p) => `${place(p, "en")}: the amount is empty.`,
    hintKo: () => `금액을 입력하거나, 쓰지 않는 행이면 행을 지우세요.`,
    hintEn: () => `Enter the amount, or delete the row if it is not used.`,
  },
  "date-missing": {
    ko: (p) => `${place(p, "ko")}: 날짜가 비어 있습니다.`,
    en: (p) => `${place(p, "en")}: the date is empty.`,
    hintKo: () => `날짜를 2024-05-24 형식으로 입력하세요.`,
    hintEn: () => `Enter the date as 2024-05-24.`,
  },
  "date-invalid": {
    ko: (p) => `${place(p, "ko")}: ${josa(`'${p.value}'`, "은", "는")} 달력에 없는 날짜입니다.`,
    en: (p) => `${place(p, "en")}: '${p.value}' is not a real calendar date.`,
    hintKo: () => `월과 일을 확인하세요(예: 2월은 28일 또는 29일까지). 날짜를 자동으로 넘기지 않습니다.`,
    hintEn: () => `Check the month and day (February has 28 or 29 days). Dates are never rolled over.`,
  },
  "not-a-date": {
    ko: (p) => `${place(p, "ko")}: ${josa(`'${p.value}'`, "은", "는")} 날짜로 읽을 수 없습니다.`,
    en: (p) => `${place(p, "en")}: '${p.value}' is not a date.`,
    hintKo: () => `날짜를 2024-05-24, 2024.05.24 또는 2024년 5월 24일처럼 입력하세요.`,
    hintEn: () => `Enter the date like 2024-05-24, 2024.05.24 or 2024년 5월 24일.`,
  },
  "formula-error": {
    // value NOT_CALCULATED (grid.ts): a formula saved without its result, not an Excel error.
    ko: (p) =>
      p.value === NOT_CALCULATED
        ? `${place(p, "ko")}: 수식의 계산 결과가 파일에 저장되어 있지 않아 읽을 수 없습니다.`
        : `${place(p, "ko")}: 수식 오류 값 '${p.value}'이(가) 있습니다.`,
    en: (p) =>
      p.value === NOT_CALCULATED
        ? `${place(p, "en")}: the formula's result was not saved in the file, so it cannot be read.`
        : `${place(p, "en")}: the formula error '${p.value}'.`,
    hintKo: (p) =>
      p.value === NOT_CALCULATED
        ? `다른 프로그램이 만든 파일입니다. Excel에서 열어 한 번 저장하면 수식이 계산되어 저장됩니다.`
        : `수식이 가리키는 셀을 확인해 오류를 고치거나 값을 직접 입력하세요.`,
    hintEn: (p) =>
      p.value === NOT_CALCULATED
        ? `The file was made by another program. Open it in Excel and save it once: the formulas are calculated and saved.`
        : `Fix the formula's references or type the value in.`,
  },
  "date-outside-year": {
    ko: (p) => `${place(p, "ko")}: 날짜 ${josa(p.value, "이", "가")} ${p.year}년 회계연도 밖입니다.`,
    en: (p) => `${place(p, "en")}: the date ${p.value} is outside fiscal year ${p.year}.`,
    hintKo: () => `연도를 확인하세요. 다른 해의 자료라면 그 해의 파일로 옮기세요.`,
    hintEn: () => `Check the year; move another year's rows to that year's workbook.`,
  },
  "date-after-as-of": {
    ko: (p) =>
      Number(p.count ?? 1) > 1
        ? `${place(p, "ko")} 등 ${p.count}개 행(${p.firstDate} ~ ${p.lastDate})은 기준일 ${p.asOf} 이후라 집계에서 뺐습니다.`
        : `${place(p, "ko")}: 날짜 ${josa(p.value, "이", "가")} 기준일 ${p.asOf} 이후라 집계에서 뺐습니다.`,
    en: (p) =>
      Number(p.count ?? 1) > 1
        ? `${place(p, "en")} and ${Number(p.count) - 1} more rows (${p.firstDate} to ${p.lastDate}) are after the as-of date ${p.asOf}; left out of the figures.`
        : `${place(p, "en")}: dated ${p.value}, after the as-of date ${p.asOf}; left out of the figures.`,
    hintKo: (p) => (Number(p.count ?? 1) > 1 ? `이 행들도 넣으려면 기준일을 늦추세요.` : `이 행도 넣으려면 기준일을 늦추세요.`),
    hintEn: (p) => (Number(p.count ?? 1) > 1 ? `Move the as-of date later to include these rows.` : `Move the as-of date later to include this row.`),
  },
  "name-missing": {
    ko: (p) => `${place(p, "ko")}: ${josa(label(fieldLabels, p.field, "ko"), "이", "가")} 비어 있습니다.`,
    en: (p) => `${place(p, "en")}: the ${label(fieldLabels, p.field, "en")} is empty.`,
    hintKo: () => `이름을 입력하세요. 집행내역의 사업명은 예산 시트에 있는 이름과 같아야 합니다.`,
    hintEn: () => `Enter the name. Ledger budget lines must match a name in the budget sheet.`,
  },
  "unknown-budget-line": {
    ko: (p) =>
      `${place(p, "ko")}: 사업명 ${josa(`'${p.value}'`, "이", "가")} 예산 시트에 없습니다.` +
      (p.suggestion ? ` 가장 비슷한 이름: '${p.suggestion}'` : ""),
    en: (p) =>
      `${place(p, "en")}: the budget line '${p.value}' is not in the budget sheet.` +
      (p.suggestion ? ` Nearest known name: '${p.suggestion}'` : ""),
    hintKo: (p) =>
      p.suggestion ? `${josa(`'${p.suggestion}'`, "으로", "로")} 고치거나 예산 시트에 이 사업을 추가하세요.` : `예산 시트에 있는 사업명으로 고치거나 예산 시트에 이 사업을 추가하세요.`,
    hintEn: (p) =>
      p.suggestion ? `Change it to '${p.suggestion}' or add this line to the budget sheet.` : `Use a name from the budget sheet, or add this line to it.`,
  },
  "duplicate-budget-line": {
    ko: (p) => `${place(p, "ko")}: 사업명 ${josa(`'${p.value}'`, "이", "가")} ${p.firstCell} 셀에도 있습니다. 두 금액을 합쳐 계산했습니다.`,
    en: (p) => `${place(p, "en")}: the budget line '${p.value}' is also at ${p.firstCell}; the two amounts were added together.`,
    hintKo: () => `같은 사업이 두 번 적혔다면 한 행을 지우고, 다른 사업이면 이름을 구별되게 바꾸세요.`,
    hintEn: () => `Delete one row if it is entered twice, otherwise give the lines distinct names.`,
  },
  "duplicate-voucher": {
    ko: (p) => `${place(p, "ko")}: 증빙번호 ${josa(`'${p.value}'`, "이", "가")} ${p.firstCell} 셀에도 있습니다.`,
    en: (p) => `${place(p, "en")}: the voucher number '${p.value}' also appears at ${p.firstCell}.`,
    hintKo: () => `같은 지출을 두 번 적었는지 확인하세요. 두 번 적었다면 한 행을 지우세요.`,
    hintEn: () => `Check whether the same payment was entered twice; if so, delete one row.`,
  },
  "negative-amount": {
    // role: "grants" (a grant returned or cancelled) or "ledger" (a refund of spending; the default).
    ko: (p) =>
      p.role === "grants"
        ? `${place(p, "ko")}: 음수 금액 ${amountText(numeric(p.value))}원(교부 반납·취소)을 교부액에서 뺐습니다.`
        : `${place(p, "ko")}: 음수 금액 ${amountText(numeric(p.value))}원(반납·환급)을 집행액에서 뺐습니다.`,
    en: (p) =>
      p.role === "grants"
        ? `${place(p, "en")}: the negative amount ${amountText(numeric(p.value))} won (grant returned) was subtracted from the grants.`
        : `${place(p, "en")}: the negative amount ${amountText(numeric(p.value))} won (refund) was subtracted from spending.`,
    hintKo: (p) =>
      p.role === "grants" ? `교부액을 반납했거나 교부가 취소된 것이 맞으면 그대로 두세요. 입력 실수라면 부호를 고치세요.` : `반납·환급이 맞으면 그대로 두세요. 입력 실수라면 부호를 고치세요.`,
    hintEn: (p) => (p.role === "grants" ? `Leave it if the grant was returned or cancelled; otherwise correct the sign.` : `Leave it if it is a refund; otherwise correct the sign.`),
  },
  "grants-exceed-budget": {
    ko: (p) => `${place(p, "ko")}: 교부액 합계 ${amountText(p.grants)}원이 연간 예산 ${amountText(p.budget)}원보다 많습니다.`,
    en: (p) => `${place(p, "en")}: grants to date (${amountText(p.grants)} won) exceed the annual budget (${amountText(p.budget)} won).`,
    hintKo: () => `교부 시트의 금액과 날짜, 예산 시트의 예산액을 확인하세요.`,
    hintEn: () => `Check the grant amounts and dates, and the budget amounts.`,
  },
  "line-overspent": {
    ko: (p) => `${place(p, "ko")}: '${p.line}' 집행액 ${amountText(p.executed)}원이 예산 ${amountText(p.budget)}원을 넘었습니다.`,
    en: (p) => `${place(p, "en")}: '${p.line}' has spent ${amountText(p.executed)} won, over its budget of ${amountText(p.budget)} won.`,
    hintKo: () => `집행내역의 사업명과 금액을 확인하고, 맞다면 예산 변경을 검토하세요.`,
    hintEn: () => `Check the ledger's budget lines and amounts; if correct, consider a budget change.`,
  },
  "total-row-skipped": {
    ko: (p) => `${place(p, "ko")}: ${josa(`'${p.value}'`, "이", "가")} 적힌 합계·소계 행이라 합산에서 뺐습니다.`,
    en: (p) => `${place(p, "en")}: '${p.value}' is a total row and was left out of every sum.`,
    hintKo: () => `따로 할 일은 없습니다. 합계는 추가 기능이 직접 계산합니다.`,
    hintEn: () => `Nothing to do: the add-in computes totals itself.`,
  },
  "year-undetermined": {
    ko: () => `회계연도를 정하지 못해 집행률을 계산하지 않았습니다.`,
    en: () => `The fiscal year could not be determined, so no figures were computed.`,
    hintKo: () => `예산 시트 이름이나 제목에 연도를 넣거나(예: '2024 예산'), 연도를 직접 지정하세요(--year 2024).`,
    hintEn: () => `Put the year in the budget sheet's name or title ('2024 Budget'), or give it explicitly (--year 2024).`,
  },
  "year-conflict": {
    ko: (p) => `${place(p, "ko")}: 시트 이름이나 제목의 연도(${p.found})가 회계연도 ${p.year}년과 다릅니다.`,
    en: (p) => `${place(p, "en")}: the year in the sheet's name or title (${p.found}) differs from fiscal year ${p.year}.`,
    hintKo: () => `연도 지정이 맞는지, 올바른 파일인지 확인하세요.`,
    hintEn: () => `Check the year you gave and that this is the right workbook.`,
  },
  "as-of-after-quarter": {
    ko: (p) => `기준일 ${josa(p.asOf, "이", "가")} 보고 분기(${p.quarter}분기)의 마지막 날 ${p.lastDay}보다 늦습니다. 다음 분기 집행도 포함됩니다.`,
    en: (p) => `The as-of date ${p.asOf} is after the last day of the report quarter Q${p.quarter} (${p.lastDay}); later spending is included.`,
    hintKo: () => `보고 분기나 기준일을 확인하세요.`,
    hintEn: () => `Check the report quarter and the as-of date.`,
  },
  "as-of-outside-year": {
    ko: (p) => `기준일 ${josa(p.asOf, "이", "가")} 회계연도 ${p.year}년 밖입니다.`,
    en: (p) => `The as-of date ${p.asOf} is outside fiscal year ${p.year}.`,
    hintKo: () => `기준일이나 회계연도를 확인하세요.`,
    hintEn: () => `Check the as-of date or the fiscal year.`,
  },
  "option-invalid": {
    ko: (p) => `설정 값 ${josa(`${p.option}='${p.value}'`, "을", "를")} 쓸 수 없어 무시했습니다.`,
    en: (p) => `The setting ${p.option}='${p.value}' is not valid and was ignored.`,
    hintKo: () => `연도는 2024, 분기는 1~4, 기준일은 2024-05-24 형식으로 지정하세요.`,
    hintEn: () => `Give the year as 2024, the quarter as 1 to 4 and the as-of date as 2024-05-24.`,
  },
  "quarter-invalid": {
    ko: (p) => `${place(p, "ko")}: ${josa(`'${p.value}'`, "은", "는")} 분기로 읽을 수 없습니다.`,
    en: (p) => `${place(p, "en")}: '${p.value}' is not a quarter.`,
    hintKo: () => `2분기, Q2, 3, 4분기, 1~2분기처럼 입력하세요.`,
    hintEn: () => `Write it like 2분기, Q2, "3, 4분기" or "1~2분기".`,
  },
  "status-unknown": {
    ko: (p) => `${place(p, "ko")}: ${josa(`'${p.value}'`, "은", "는")} 알 수 없는 진행 상태입니다.`,
    en: (p) => `${place(p, "en")}: '${p.value}' is not a known status.`,
    hintKo: () => `완료, 진행중, 예정, 미실행, 기획중, 취소 중 하나로 입력하세요.`,
    hintEn: () => `Use one of 완료 (done), 진행중 (in progress), 예정 (planned), 미실행 (not started), 기획중 (planning), 취소 (cancelled).`,
  },
  // --- filled by the meeting sheet and report planning ---
  // Params: field is a meeting-format field key (or "attendees"); names is a comma-separated list.
  "meeting-sheet-missing": {
    ko: (p) => `회의정보 시트가 없어 회의록의 회의일시·장소·참석자·논의 사항 등을 빈칸으로 두었습니다. 찾아본 이름: ${p.names}`,
    en: (p) => `No meeting sheet, so the minutes leave the date, place, attendees and discussion blank. Names looked for: ${p.names}`,
    hintKo: () =>
      `'회의정보' 시트를 추가해 채우거나 인쇄한 회의록에 직접 적으세요. 빈 양식은 작업창의 '빠진 시트를 서식으로 만들기'(명령줄에서는 template)로 만들 수 있습니다.`,
    hintEn: () =>
      `Add a '회의정보' (Meeting) sheet and fill it in, or fill in the printed minutes by hand. The task pane's 'Create the missing sheets from the template' (or the CLI's template command) makes a blank one.`,
  },
  "meeting-field-missing": {
    ko: (p) => `'${p.sheet}' 시트에 ${josa(meetingFieldLabel(p.field, "ko"), "이", "가")} 없어 회의록에 빈칸으로 두었습니다.`,
    en: (p) => `Sheet '${p.sheet}' has no ${meetingFieldLabel(p.field, "en")}; the minutes leave it blank.`,
    hintKo: (p) =>
      p.field === "attendees"
        ? `[참석자] 표에 '운영위원 | 이름', '참관 | 이름'을 한 행에 한 사람씩 적으세요.`
        : `A열에 '${meetingFieldLabel(p.field, "ko")}', 바로 옆 B열에 내용을 적으세요. 인쇄 후 손으로 적어도 됩니다.`,
    hintEn: (p) =>
      p.field === "attendees"
        ? `In the [참석자] table, write one person per row: '운영위원 | name' or '참관 | name'.`
        : `Put '${meetingFieldLabel(p.field, "ko")}' in column A and the value beside it in column B, or fill it in by hand after printing.`,
  },
  "meeting-label-unknown": {
    ko: (p) => `${place(p, "ko")}: '${p.value}'은(는) 알 수 없는 항목이라 회의록에 넣지 않았습니다.`,
    en: (p) => `${place(p, "en")}: '${p.value}' is not a known item and was left out of the minutes.`,
    hintKo: () => `항목 이름을 확인하세요. 쓸 수 있는 항목: ${meetingFieldList("ko")}`,
    hintEn: () => `Check the label. Known items: ${meetingFieldList("en")}`,
  },
  "report-sheet-renamed": {
    ko: (p) => `'${p.base}' 시트가 이미 있어 덮어쓰지 않고 '${p.name}' 시트로 만들었습니다.`,
    en: (p) => `A sheet '${p.base}' already exists; it was kept and the new sheet is '${p.name}'.`,
    hintKo: () => `기존 시트를 바꾸려면 '기존 시트 바꾸기'(--replace)를 선택하세요.`,
    hintEn: () => `To replace the existing sheet, choose the replace option (--replace).`,
  },
  "report-sheet-replaced": {
    ko: (p) => `기존 '${p.name}' 시트를 새 내용으로 바꿉니다.`,
    en: (p) => `The existing sheet '${p.name}' is replaced with the new one.`,
    hintKo: () => `바꾸지 않으려면 '기존 시트 바꾸기' 선택을 해제하세요.`,
    hintEn: () => `Turn off the replace option to keep it.`,
  },
  "report-option-overrides-meeting": {
    ko: (p) => `회의정보 시트의 ${meetingFieldLabel(p.field, "ko")} '${p.value}' 대신 지정한 값 '${p.used}'을(를) 썼습니다.`,
    en: (p) => `Used the given ${meetingFieldLabel(p.field, "en")} '${p.used}' instead of '${p.value}' from the meeting sheet.`,
    hintKo: () => `회의정보 시트의 값을 쓰려면 지정을 빼세요.`,
    hintEn: () => `Leave the option out to use the meeting sheet's value.`,
  },
  "report-no-figures": {
    ko: () => `집행 수치를 계산하지 못해 회의록을 만들지 않았습니다.`,
    en: () => `No figures could be computed, so no minutes were made.`,
    hintKo: () => `위의 오류를 먼저 고치세요. 연도를 직접 지정할 수도 있습니다(--year 2024).`,
    hintEn: () => `Fix the errors above first; you can also give the year (--year 2024).`,
  },
  // --- host errors and fixes (Office.js / file hosts, mechanical fixes) ---
  // Host errors carry params.detail (technical, for logs); fixes carry params.after (the new value).
  "host-cell-edit-mode": {
    ko: () => `Excel에서 셀을 편집하는 중이라 작업하지 못했습니다.`,
    en: () => `Excel is editing a cell, so nothing could be done.`,
    hintKo: () => `Enter 키나 Esc 키로 셀 편집을 끝낸 뒤 다시 누르세요.`,
    hintEn: () => `Press Enter or Esc to finish editing the cell, then try again.`,
  },
  "host-sheet-changed": {
    ko: () => `작업하는 동안 시트 이름이 바뀌었거나 시트가 삭제되어(또는 셀이 수식으로 바뀌어) 멈췄습니다. 바뀐 내용은 없습니다.`,
    en: () => `A sheet was renamed or deleted (or a cell became a formula) while working, so it stopped. Nothing was changed.`,
    hintKo: () => `다시 검증한 뒤 한 번 더 실행하세요.`,
    hintEn: () => `Validate again, then retry.`,
  },
  "host-payload-too-large": {
    ko: () => `한 번에 주고받을 데이터가 Excel의 한도(5MB)를 넘었습니다.`,
    en: () => `The data to exchange with Excel exceeded its limit (5 MB) for one request.`,
    hintKo: () => `쓰지 않는 시트의 빈 행·열에 남은 서식이나 값을 지우고 다시 시도하세요. 계속되면 데스크톱 Excel에서 실행하세요.`,
    hintEn: () => `Clear leftover values in unused rows and columns, then retry; if it persists, use desktop Excel.`,
  },
  "host-sheet-protected": {
    ko: () => `보호된 시트라 고칠 수 없었습니다. 바뀐 내용은 없습니다.`,
    en: () => `The sheet is protected, so it could not be changed. Nothing was changed.`,
    hintKo: () => `[검토] > [시트 보호 해제] 후 다시 시도하세요.`,
    hintEn: () => `Unprotect the sheet (Review > Unprotect Sheet) and retry.`,
  },
  "host-name-conflict": {
    ko: () => `같은 이름의 시트가 이미 있어 새 시트를 만들지 않았습니다. 기존 시트는 그대로입니다.`,
    en: () => `A sheet with that name already exists, so no new sheet was made. The existing sheet is unchanged.`,
    hintKo: () => `기존 시트의 이름을 바꾸거나 다시 실행하세요(새 이름을 고릅니다).`,
    hintEn: () => `Rename the existing sheet, or run again (a new name is chosen).`,
  },
  "host-unreadable": {
    // detail may start with the xlsx host's UnreadableKind ("ole: …"): the hint then says why.
    ko: () => `통합 문서를 읽지 못했습니다.`,
    en: () => `The workbook could not be read.`,
    hintKo: (p) => {
      switch (unreadableKindOf(p.detail)) {
        case "empty":
          return `빈 파일(0바이트)입니다. 파일을 다시 저장하거나 내려받으세요.`;
        case "ole":
          return `암호가 걸린 통합문서이거나 Excel 97-2003(.xls) 형식입니다. Excel에서 암호를 풀고 .xlsx로 저장하세요.`;
        case "not-zip":
          return `.xlsx 형식이 아닙니다. .csv 등 다른 파일이면 Excel에서 열어 .xlsx로 저장하세요.`;
        case "zip-not-workbook":
          return `압축 파일이지만 Excel 통합문서가 아닙니다(.docx·.ods 등의 이름만 바꾼 파일일 수 있습니다).`;
        case "corrupt":
          return `파일이 손상되었거나 끝까지 받아지지 않았습니다. 다시 내려받거나 Excel에서 열어 저장하세요.`;
        default:
          return `파일이 .xlsx 형식인지, 암호가 걸려 있지 않은지 확인하세요.`;
      }
    },
    hintEn: (p) => {
      switch (unreadableKindOf(p.detail)) {
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
    ko: (p) => `Excel 작업 중 예상하지 못한 오류가 났습니다. 만들다 만 시트는 지웠습니다. (${p.detail})`,
    en: (p) => `Excel reported an unexpected error; any half-written sheet was removed. (${p.detail})`,
    hintKo: () => `다시 시도하세요. 계속되면 이 메시지를 담당자에게 알려 주세요.`,
    hintEn: () => `Try again; if it persists, send this message to the maintainer.`,
  },
  "fix-amount-text": {
    ko: (p) => `${place(p, "ko")}: 글자로 저장된 금액 '${p.value}'을(를) 숫자 ${p.after}(으)로 바꿉니다.`,
    en: (p) => `${place(p, "en")}: amount stored as text '${p.value}' becomes the number ${p.after}.`,
    hintKo: () => `바꾼 뒤에도 되돌리기로 원래 값을 복원할 수 있습니다.`,
    hintEn: () => `Undo restores the original value.`,
  },
  "fix-date-text": {
    ko: (p) => `${place(p, "ko")}: 글자로 저장된 날짜 '${p.value}'을(를) 날짜 ${p.after}(으)로 바꿉니다.`,
    en: (p) => `${place(p, "en")}: date stored as text '${p.value}' becomes the date ${p.after}.`,
    hintKo: () => `바꾼 셀은 yyyy-mm-dd 날짜 서식이 됩니다. 되돌리기로 원래 값을 복원할 수 있습니다.`,
    hintEn: () => `The cell gets the yyyy-mm-dd date format. Undo restores the original.`,
  },
  "fix-full-width": {
    ko: (p) => `${place(p, "ko")}: 전각 문자 '${p.value}'을(를) 반각 '${p.after}'(으)로 바꿉니다.`,
    en: (p) => `${place(p, "en")}: full-width characters '${p.value}' become '${p.after}'.`,
    hintKo: () => `한글 입력기의 전각 모드에서 입력된 숫자·기호입니다.`,
    hintEn: () => `These were typed in the IME's full-width mode.`,
  },
  "fix-spaces": {
    ko: (p) => `${place(p, "ko")}: '${p.value}'의 앞뒤·겹친 공백을 정리해 '${p.after}'(으)로 바꿉니다.`,
    en: (p) => `${place(p, "en")}: stray spaces in '${p.value}' are removed: '${p.after}'.`,
    hintKo: () => `이름이 같아야 예산과목과 집행내역이 맞춰집니다.`,
    hintEn: () => `Names must match exactly for ledger lines to meet their budget lines.`,
  },
} satisfies Record<string, CatalogEntry>;

export type IssueCode = keyof typeof catalog;

/** The leading word of a host-unreadable detail ("ole: Can't find end of central directory" → "ole"). */
function unreadableKindOf(detail: string | number | undefined): string {
  return /^([a-z-]+): /.exec(String(detail ?? ""))?.[1] ?? "";
}

export interface RenderedIssue {
  readonly message: string;
  readonly hint: string;
}

export interface RenderOptions {
  /**
   * False where the sheet and cell are already shown beside the message (the task pane's list,
   * the CLI's lines, the results sheet's columns): drops the leading "'집행내역' 시트 F6 셀: ".
   * Messages stay whole by default, for --json and anywhere the message stands alone.
   */
  readonly withPlace?: boolean;
}

/** Longest cell text quoted in a message, in characters; the whole value stays in `issue.value`. */
export const QUOTE_MAX = 60;

/** Params that quote a user's cell: a 40,000-character cell would otherwise make a 40,000-character message. */
const QUOTED_PARAMS = ["value", "after", "suggestion", "line"] as const;

function clipQuote(v: string | number): string | number {
  if (typeof v !== "string" || v.length <= QUOTE_MAX) return v;
  const chars = Array.from(v);
  return chars.length <= QUOTE_MAX ? v : `${chars.slice(0, QUOTE_MAX).join("")}…`;
}

export function renderIssue(issue: Issue, locale: Locale, options: RenderOptions = {}): RenderedIssue {
  const entry: CatalogEntry = catalog[issue.code];
  const p: Record<string, string | number> = { ...issue.params, sheet: issue.sheet ?? "", cell: issue.cell ?? "", value: issue.value ?? "" };
  for (const k of QUOTED_PARAMS) if (p[k] !== undefined) p[k] = clipQuote(p[k]);
  const full = locale === "ko" ? { message: entry.ko(p), hint: entry.hintKo(p) } : { message: entry.en(p), hint: entry.hintEn(p) };
  if (options.withPlace !== false || !issue.sheet) return full;
  const prefix = `${place(p, locale)}: `;
  if (!full.message.startsWith(prefix)) return full;
  const rest = full.message.slice(prefix.length);
  return { message: locale === "en" ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest, hint: full.hint };
}
