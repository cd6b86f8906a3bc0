// Every string the task pane shows, Korean and English. Issue messages themselves come from the
// core's catalogs (src/core/issues/locales/); this file and i18n-pane.ts hold the pane's own words
// (a component of its own may bring a strings module of its own). Which language: core/locale.ts
// (pickLocale), the same rule as the ribbon's. Counts carry thousands separators.

import { formatPeriod } from "../core/display";
import type { Severity } from "../core/issues/issue";
import { paneControls } from "../core/issues/words";
import type { Locale } from "../core/locale";
import type { SheetRole } from "../core/model";
import { paneStrings, type PaneStrings } from "./i18n-pane";

export interface Strings extends PaneStrings {
  readonly appTitle: string;
  readonly loadingHost: string;
  readonly standaloneTitle: string;
  readonly standaloneBody: string;
  readonly standaloneShort: string;

  // opening a workbook (standalone)
  readonly openHeading: string;
  readonly openFile: string;
  readonly openFileInput: string;
  readonly openSample: string;
  readonly dropZone: string;
  readonly dropZoneActive: string;
  readonly loadingWorkbook: string;
  readonly notXlsx: (name: string) => string;
  readonly openedFile: (name: string) => string;

  // status
  readonly statusHeading: string;
  readonly roleName: Readonly<Record<SheetRole, string>>;
  readonly recognizedSheet: (sheet: string, rows: number, headerRow: number) => string;
  readonly columnsFound: string;
  readonly fieldName: (field: string) => string;
  readonly missingSheet: (role: string) => string;
  readonly meetingSheetFound: (sheet: string) => string;
  readonly allSheetsFound: string;
  readonly templateNothing: string;

  // options
  readonly optionsHeading: string;
  readonly yearLabel: string;
  readonly quarterLabel: string;
  readonly quarterOption: (q: number) => string;
  readonly asOfLabel: string;
  readonly asOfHint: string;
  readonly fromMeetingSheet: string;
  readonly invalidDate: string;

  // figures
  readonly figuresHeading: (year: number, quarter: number) => string;
  readonly ratioToBudget: string;
  readonly ratioToGrants: (quarter: number) => string;
  readonly totalBudget: string;
  readonly grantsToDate: (quarter: number) => string;
  readonly executedToDate: (asOf: string) => string;
  readonly linesCaption: string;
  readonly colLine: string;
  readonly colBudget: string;
  readonly colExecuted: string;
  readonly colRatio: string;
  readonly totalRow: string;
  readonly noFigures: string;
  /** Above the ratios when there are validation errors: they leave rows or whole sheets out. */
  readonly figuresNotFinal: (errors: number) => string;

  // issues
  readonly issuesHeading: string;
  readonly noIssues: string;
  readonly severityName: Readonly<Record<Severity, string>>;
  readonly issueCounts: (e: number, w: number, i: number) => string;
  readonly showMore: (shown: number, total: number) => string;
  readonly selectCellHint: string;
  readonly showNotes: (n: number) => string;
  readonly hideNotes: string;
  readonly standaloneSelectNote: string;
  readonly selectFailed: string;
  readonly workbookLevel: string;
  readonly hintPrefix: string;
  readonly updatedAfterChange: string;

  // fixes
  readonly fixesHeading: string;
  readonly fixesIntro: (n: number) => string;
  readonly fixKind: (kind: string) => string;
  readonly previewFixes: string;
  readonly hidePreview: string;
  readonly applyFixes: (n: number) => string;
  readonly confirmTitle: string;
  readonly confirmBody: (n: number) => string;
  readonly confirm: string;
  readonly cancel: string;
  readonly fixesApplied: (n: number) => string;
  readonly undo: string;
  readonly undone: (n: number) => string;
  readonly colCell: string;
  readonly colBefore: string;
  readonly colAfter: string;
  readonly emptyValue: string;
  readonly downloadCopy: string;
  readonly downloadCopyHelp: string;

  // report
  readonly reportHeading: string;
  readonly generateReport: string;
  readonly generating: string;
  readonly reportBlocked: (errors: number) => string;
  readonly errorsFirst: (errors: number) => string;
  readonly toIssues: string;
  readonly goToSheet: (sheet: string) => string;
  readonly downloadAgain: string;
  readonly reportFileName: (base: string, year: number, quarter: number) => string;
  readonly copyFileName: (base: string) => string;
  readonly sampleBaseName: string;

  // errors
  readonly unexpected: (detail: string) => string;
  readonly dismiss: string;
}

const ko: Omit<Strings, keyof PaneStrings> = {
  appTitle: "운영위원회 보고서",
  loadingHost: "작업창을 준비하는 중…",
  standaloneTitle: "독립 실행 모드",
  standaloneBody:
    "Excel 밖에서 열려 있습니다. .xlsx 파일을 열거나 예제 통합 문서를 사용하세요. 보고서는 새 .xlsx 파일로 내려받으며 원본 파일은 바뀌지 않습니다.",
  standaloneShort: "원본 파일은 바뀌지 않습니다.",

  openHeading: "통합 문서 열기",
  openFile: "파일 열기…",
  openFileInput: ".xlsx 파일 선택",
  openSample: "예제 통합 문서 사용",
  dropZone: "또는 .xlsx 파일을 여기로 끌어다 놓으세요",
  dropZoneActive: "놓으면 파일을 엽니다",
  loadingWorkbook: "통합 문서를 읽는 중…",
  notXlsx: (name) => `${name}: .xlsx 파일만 열 수 있습니다.`,
  openedFile: (name) => `‘${name}’을(를) 열었습니다.`,

  statusHeading: "통합 문서 상태",
  roleName: { budget: "예산", grants: "교부", ledger: "집행 원장", programs: "사업", meeting: "회의 정보" },
  recognizedSheet: (sheet, rows, headerRow) => `‘${sheet}’ 시트 · ${rows.toLocaleString("ko-KR")}행 (머리글 ${headerRow}행)`,
  columnsFound: "인식한 열",
  fieldName: (f) =>
    ({
      category: "구분",
      name: "이름",
      line: "세목",
      budgetLine: "세목",
      amount: "금액",
      date: "날짜",
      description: "적요",
      payee: "거래처",
      voucher: "증빙번호",
      note: "비고",
      quarters: "분기",
      quarter: "분기",
      status: "상태",
    })[f] ?? f,
  missingSheet: (role) => `${role} 시트가 없습니다.`,
  meetingSheetFound: (sheet) => `‘${sheet}’ 시트 (보고분기·기준일·참석자 등)`,
  allSheetsFound: "필요한 시트를 모두 찾았습니다.",
  templateNothing: "만들 시트가 없습니다.",

  optionsHeading: paneControls.period.ko,
  yearLabel: "회계연도",
  quarterLabel: "보고 분기",
  quarterOption: (q) => (q === 1 ? "1분기" : `${q}분기 (${formatPeriod(q)} 누계)`),
  asOfLabel: "기준일",
  asOfHint: "이 날짜까지의 집행액을 셉니다.",
  fromMeetingSheet: "회의 정보 시트의 값으로 채웠습니다.",
  invalidDate: "올바른 날짜가 아닙니다 (예: 2024-05-24).",

  figuresHeading: (year, quarter) => `${year}년 ${quarter}분기 집행 현황`,
  ratioToBudget: "총 예산 대비 집행률",
  ratioToGrants: (q) => `${formatPeriod(q)} 교부액 대비 집행률`,
  totalBudget: "총 예산",
  grantsToDate: (q) => `${formatPeriod(q)} 교부액`,
  executedToDate: (asOf) => `${asOf} 기준 총 집행액`,
  linesCaption: "세목별 집행 현황",
  colLine: "세목",
  colBudget: "예산",
  colExecuted: "집행액",
  colRatio: "집행률",
  totalRow: "합계",
  noFigures: "회계연도를 알 수 없어 집행률을 계산하지 못했습니다. 예산 시트와 집행 원장을 확인하세요.",
  figuresNotFinal: (errors) => `오류 ${errors.toLocaleString("ko-KR")}건: 오류가 난 행과 읽지 못한 시트는 빼고 계산한 수치입니다. 아래 검사 결과를 고친 뒤 확인하세요.`,

  issuesHeading: "검사 결과",
  noIssues: "문제가 없습니다.",
  severityName: { error: "오류", warning: "경고", info: "참고" },
  issueCounts: (e, w, i) => `오류 ${e.toLocaleString("ko-KR")}건 · 경고 ${w.toLocaleString("ko-KR")}건 · 참고 ${i.toLocaleString("ko-KR")}건`,
  showMore: (shown, total) => `더 보기 (${shown.toLocaleString("ko-KR")} / ${total.toLocaleString("ko-KR")})`,
  selectCellHint: "항목을 누르면 해당 셀로 이동합니다.",
  showNotes: (n) => `참고 ${n.toLocaleString("ko-KR")}건 펼치기`,
  hideNotes: "참고 접기",
  standaloneSelectNote: "독립 실행 모드에서는 셀로 이동할 수 없습니다. 표시된 시트와 셀 주소를 확인하세요.",
  selectFailed: "셀로 이동하지 못했습니다. 시트 이름이 바뀌었는지 확인하세요.",
  workbookLevel: "통합 문서",
  hintPrefix: "해결 방법: ",
  updatedAfterChange: "변경된 데이터를 다시 검사했습니다.",

  fixesHeading: "자동 수정",
  fixesIntro: (n) => `기계적으로 고칠 수 있는 셀이 ${n.toLocaleString("ko-KR")}개 있습니다(텍스트로 저장된 금액·날짜, 전각 숫자, 불필요한 공백).`,
  fixKind: (kind) =>
    ({
      "amount-text": "텍스트 금액 → 숫자",
      "date-text": "텍스트 날짜 → 날짜",
      "full-width": "전각 숫자 → 반각",
      spaces: "불필요한 공백 제거",
    })[kind] ?? kind,
  previewFixes: "수정 미리 보기",
  hidePreview: "미리 보기 닫기",
  applyFixes: (n) => `${n.toLocaleString("ko-KR")}개 셀 수정…`,
  confirmTitle: "셀을 수정할까요?",
  confirmBody: (n) => `${n.toLocaleString("ko-KR")}개 셀의 값을 미리 보기와 같이 한 번에 바꿉니다. ‘${paneControls.undo.ko}’로 이전 값을 그대로 되돌릴 수 있습니다.`,
  confirm: "수정",
  cancel: "취소",
  fixesApplied: (n) => `${n.toLocaleString("ko-KR")}개 셀을 수정했습니다.`,
  undo: paneControls.undo.ko,
  undone: (n) => `${n.toLocaleString("ko-KR")}개 셀을 이전 값으로 되돌렸습니다.`,
  colCell: "셀",
  colBefore: "현재 값",
  colAfter: "바뀔 값",
  emptyValue: "(빈 셀)",
  downloadCopy: "바뀐 통합 문서 내려받기",
  downloadCopyHelp: "바뀐 내용은 이 화면 안의 사본에만 있습니다. 원본 파일은 바뀌지 않습니다.",

  reportHeading: "회의록 보고서",
  generateReport: "보고서 생성",
  generating: "보고서를 만드는 중…",
  reportBlocked: (n) => `오류 ${n.toLocaleString("ko-KR")}건이 있어 보고서를 만들지 않았습니다. 검사 결과의 오류를 먼저 고치세요.`,
  errorsFirst: (n) => `오류 ${n.toLocaleString("ko-KR")}건을 먼저 고쳐야 보고서를 만들 수 있습니다.`,
  toIssues: "검사 결과 보기",
  goToSheet: (sheet) => `‘${sheet}’ 시트로 이동`,
  downloadAgain: "다시 내려받기",
  reportFileName: (base, year, quarter) => `${base}-보고서-${year}-${quarter}분기.xlsx`,
  copyFileName: (base) => `${base}-수정본.xlsx`,
  sampleBaseName: "예제-통합문서",

  unexpected: (detail) => `예상하지 못한 오류: ${detail}`,
  dismiss: "닫기",
};

/** "1 error", "3 errors", "1,200 rows". */
function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

const en: Omit<Strings, keyof PaneStrings> = {
  appTitle: "Committee report",
  loadingHost: "Starting the task pane…",
  standaloneTitle: "Standalone mode",
  standaloneBody:
    "This page is open outside Excel. Open an .xlsx file or use the sample workbook. The report is downloaded as a new .xlsx file; your original file is never changed.",
  standaloneShort: "Your original file is never changed.",

  openHeading: "Open a workbook",
  openFile: "Open file…",
  openFileInput: "Choose an .xlsx file",
  openSample: "Use the sample workbook",
  dropZone: "or drop an .xlsx file here",
  dropZoneActive: "Drop to open the file",
  loadingWorkbook: "Reading the workbook…",
  notXlsx: (name) => `${name}: only .xlsx files can be opened.`,
  openedFile: (name) => `Opened ‘${name}’.`,

  statusHeading: "Workbook status",
  roleName: { budget: "Budget", grants: "Grants", ledger: "Ledger", programs: "Programs", meeting: "Meeting info" },
  recognizedSheet: (sheet, rows, headerRow) => `Sheet ‘${sheet}’ · ${plural(rows, "row")} (header on row ${headerRow})`,
  columnsFound: "Columns recognised",
  fieldName: (f) =>
    ({ budgetLine: "budget line", quarters: "quarters" })[f] ?? f,
  missingSheet: (role) => `No ${role} sheet.`,
  meetingSheetFound: (sheet) => `Sheet ‘${sheet}’ (quarter, as-of date, attendees, …)`,
  allSheetsFound: "All required sheets were found.",
  templateNothing: "No sheets to create.",

  optionsHeading: paneControls.period.en,
  yearLabel: "Fiscal year",
  quarterLabel: "Report quarter",
  quarterOption: (q) => (q === 1 ? "Q1" : `Q${q} (${formatPeriod(q, "en")} cumulative)`),
  asOfLabel: "As-of date",
  asOfHint: "Spending up to and including this date is counted.",
  fromMeetingSheet: "Filled in from the meeting sheet.",
  invalidDate: "Not a valid date (e.g. 2024-05-24).",

  figuresHeading: (year, quarter) => `${year} Q${quarter} budget execution`,
  ratioToBudget: "Executed of total budget",
  ratioToGrants: (q) => `Executed of grants ${formatPeriod(q, "en")}`,
  totalBudget: "Total budget",
  grantsToDate: (q) => `Grants ${formatPeriod(q, "en")}`,
  executedToDate: (asOf) => `Spent as of ${asOf}`,
  linesCaption: "Execution by budget line",
  colLine: "Budget line",
  colBudget: "Budget",
  colExecuted: "Spent",
  colRatio: "Ratio",
  totalRow: "Total",
  noFigures: "The fiscal year could not be determined, so no ratios were computed. Check the budget sheet and the ledger.",
  figuresNotFinal: (errors) => `${plural(errors, "error")}: rows with errors and sheets that could not be read are left out of these figures. Fix the check results below first.`,

  issuesHeading: "Check results",
  noIssues: "No problems found.",
  severityName: { error: "Errors", warning: "Warnings", info: "Notes" },
  issueCounts: (e, w, i) => `${plural(e, "error")} · ${plural(w, "warning")} · ${plural(i, "note")}`,
  showMore: (shown, total) => `Show more (${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")})`,
  selectCellHint: "Select an item to go to its cell.",
  showNotes: (n) => `Show ${plural(n, "note")}`,
  hideNotes: "Hide notes",
  standaloneSelectNote: "Going to a cell is not possible in standalone mode. Use the sheet and cell address shown.",
  selectFailed: "Could not go to the cell. Check whether the sheet was renamed.",
  workbookLevel: "Workbook",
  hintPrefix: "What to do: ",
  updatedAfterChange: "Changed data was checked again.",

  fixesHeading: "Automatic fixes",
  fixesIntro: (n) => `${plural(n, "cell")} can be fixed mechanically (amounts or dates stored as text, full-width digits, stray spaces).`,
  fixKind: (kind) =>
    ({
      "amount-text": "Amount as text → number",
      "date-text": "Date as text → date",
      "full-width": "Full-width digits → ASCII",
      spaces: "Stray spaces removed",
    })[kind] ?? kind,
  previewFixes: "Preview fixes",
  hidePreview: "Hide preview",
  applyFixes: (n) => `Fix ${plural(n, "cell")}…`,
  confirmTitle: "Change these cells?",
  confirmBody: (n) => `${plural(n, "cell")} will be changed in one batch as shown in the preview. ${paneControls.undo.en} restores the previous values exactly.`,
  confirm: "Fix",
  cancel: "Cancel",
  fixesApplied: (n) => `${plural(n, "cell")} fixed.`,
  undo: paneControls.undo.en,
  undone: (n) => `${plural(n, "cell")} restored to their previous values.`,
  colCell: "Cell",
  colBefore: "Now",
  colAfter: "After",
  emptyValue: "(empty)",
  downloadCopy: "Download the changed workbook",
  downloadCopyHelp: "Changes live only in this page's copy. Your original file is not changed.",

  reportHeading: "Minutes report",
  generateReport: "Generate report",
  generating: "Generating the report…",
  reportBlocked: (n) => `No report was written because of ${plural(n, "error")}. Fix the errors in the check results first.`,
  errorsFirst: (n) => `Fix ${plural(n, "error")} first to generate the report.`,
  toIssues: "See the check results",
  goToSheet: (sheet) => `Go to sheet ‘${sheet}’`,
  downloadAgain: "Download again",
  reportFileName: (base, year, quarter) => `${base}-report-${year}-Q${quarter}.xlsx`,
  copyFileName: (base) => `${base}-changed.xlsx`,
  sampleBaseName: "sample-workbook",

  unexpected: (detail) => `Unexpected error: ${detail}`,
  dismiss: "Dismiss",
};

export const strings: Readonly<Record<Locale, Strings>> = { ko: { ...ko, ...paneStrings.ko }, en: { ...en, ...paneStrings.en } };
