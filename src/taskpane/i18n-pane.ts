// The pane's words for what an accountant meets first: alarms, the line table, no lost work,
// issue cards and causes, re-checking, Excel's undo, and where focus lands (announcements).
// Joined to the rest of the pane's words in i18n.ts; Korean first. Numbers carry separators
// ("오류 3,009건"), every sentence ends with its full stop, and buttons the core's hints name take
// their labels from core/issues/words.ts paneControls.

import { formatAmount } from "../core/display";
import { paneControls } from "../core/issues/words";
import type { Severity } from "../core/issues/issue";

export interface PaneStrings {
  /** An amount with its unit: "192,500,000원", "₩192,500,000". */
  readonly money: (amount: number) => string;
  readonly count: (n: number) => string;

  // alarms
  readonly alarmGrants: (over: number) => string;
  readonly alarmBudget: (over: number) => string;
  readonly alarmLine: (line: string, over: number) => string;
  readonly alarmLink: string;
  /** Beside the icon, so the alarm does not rest on colour alone. */
  readonly over100: string;

  // the line table
  readonly showLines: (n: number) => string;
  readonly hideLines: string;
  readonly unitNote: string;

  // report
  readonly reportDoneExcel: (minutes: string, summary: string) => string;
  readonly reportDownloadedFile: (file: string, minutes: string, summary: string) => string;
  readonly excelUndoReportNote: string;
  readonly excelUndoFixNote: string;

  // fixes
  readonly fixesKeepFigures: string;

  // no lost work (standalone)
  readonly unsavedNote: string;
  readonly unsavedTitle: string;
  readonly unsavedBody: (next: string) => string;
  readonly unsavedDownloadThenOpen: string;
  readonly unsavedDiscard: string;
  readonly openFailed: (name: string, reason: string) => string;
  readonly copyDownloaded: (file: string) => string;

  // issues
  readonly filterSheet: string;
  readonly filterSeverity: string;
  readonly filterAllSheets: string;
  readonly filterAllSeverities: string;
  readonly filterOption: (label: string, n: number) => string;
  readonly filtered: (shown: number, total: number) => string;
  readonly runWhere: (sheet: string, range: string, rows: number) => string;
  readonly runFirstValue: string;
  readonly causeTitle: string;
  readonly causeFiscalYear: (year: number, found: number, explains: number, sheet: string | undefined) => string;
  readonly causeAction: (year: number) => string;
  readonly severityWord: Readonly<Record<Severity, string>>;

  // status and template
  readonly sheetUnread: (sheet: string) => string;
  readonly createSheets: string;
  readonly createSheetsHelp: (names: string) => string;
  readonly sheetsCreated: (names: string) => string;

  // re-check (Excel)
  readonly recheck: string;
  readonly recheckHelp: string;
  readonly rechecked: (e: number, w: number, i: number) => string;

  // period
  readonly resetPeriod: string;
  readonly resetPeriodDefaults: string;
}

const ko: PaneStrings = {
  money: (amount) => `${formatAmount(amount)}원`,
  count: (n) => n.toLocaleString("ko-KR"),

  alarmGrants: (over) => `교부액보다 ${formatAmount(over)}원 더 집행했습니다.`,
  alarmBudget: (over) => `총 예산보다 ${formatAmount(over)}원 더 집행했습니다.`,
  alarmLine: (line, over) => `‘${line}’은(는) 예산보다 ${formatAmount(over)}원 더 집행했습니다.`,
  alarmLink: "검사 결과에서 보기",
  over100: "초과",

  showLines: (n) => `세목별 집행 현황 보기 (세목 ${n.toLocaleString("ko-KR")}개)`,
  hideLines: "세목별 집행 현황 접기",
  unitNote: "(단위: 원)",

  reportDoneExcel: (minutes, summary) => `‘${minutes}’ 시트와 ‘${summary}’ 시트를 이 통합 문서에 만들었습니다.`,
  reportDownloadedFile: (file, minutes, summary) =>
    `보고서 파일 ‘${file}’을(를) 내려받았습니다. 브라우저의 다운로드 폴더에 있으며, 그 파일 안에 ‘${minutes}’ 시트와 ‘${summary}’ 시트가 있습니다. 원본 파일은 그대로입니다.`,
  excelUndoReportNote:
    "이 Excel에서는 보고서를 Excel의 실행 취소(Ctrl+Z)로 한 번에 되돌리지 못할 수 있습니다. 보고서는 새 시트로만 더해지고 기존 시트는 바뀌지 않으니, 필요 없으면 새 시트를 삭제하세요.",
  excelUndoFixNote: `이 Excel에서는 Excel의 실행 취소(Ctrl+Z)로 이 수정을 한 번에 되돌리지 못할 수 있습니다. 작업창의 ‘${paneControls.undo.ko}’는 고친 셀을 모두 이전 값으로 되돌립니다.`,

  fixesKeepFigures: "고쳐도 집행 수치는 바뀌지 않습니다. 추가 기능은 지금도 이 값들을 바르게 읽으며, 셀의 형식만 정리합니다.",

  unsavedNote: "이 화면의 사본에 내려받지 않은 변경이 있습니다. 창을 닫거나 다른 파일을 열기 전에 내려받으세요.",
  unsavedTitle: "바뀐 내용을 내려받지 않았습니다",
  unsavedBody: (next) => `고친 셀이나 만든 시트가 이 화면의 사본에만 있습니다. ‘${next}’을(를) 열면 사라집니다.`,
  unsavedDownloadThenOpen: "내려받고 열기",
  unsavedDiscard: "내려받지 않고 열기",
  openFailed: (name, reason) => `‘${name}’을(를) 열지 못했습니다. ${reason}`,
  copyDownloaded: (file) => `바뀐 통합 문서를 ‘${file}’(으)로 내려받았습니다. 브라우저의 다운로드 폴더에 있습니다.`,

  filterSheet: "시트",
  filterSeverity: "구분",
  filterAllSheets: "모든 시트",
  filterAllSeverities: "모두",
  filterOption: (label, n) => `${label} (${n.toLocaleString("ko-KR")})`,
  filtered: (shown, total) => `${total.toLocaleString("ko-KR")}건 중 ${shown.toLocaleString("ko-KR")}건을 보여 줍니다.`,
  runWhere: (sheet, range, rows) => `${sheet} ${range}, ${rows.toLocaleString("ko-KR")}행`,
  runFirstValue: "첫 행의 값입니다. 행마다 값은 다르지만 문제는 같습니다.",
  causeTitle: "먼저 확인하세요",
  causeFiscalYear: (year, found, explains, sheet) =>
    `날짜 ${explains.toLocaleString("ko-KR")}건이 회계연도 ${year}년 밖의 ${found}년입니다.` + (sheet ? ` ‘${sheet}’ 시트의 이름이나 제목도 ${found}년입니다.` : ""),
  causeAction: (year) => `회계연도를 ${year}년으로 바꾸기`,
  severityWord: { error: "오류", warning: "경고", info: "참고" },

  sheetUnread: (sheet) => `‘${sheet}’ 시트를 찾았지만 읽지 못했습니다. 검사 결과를 보세요.`,
  createSheets: paneControls.createSheets.ko,
  createSheetsHelp: (names) => `새로 만들 시트: ${names}. 기존 시트는 바꾸지 않습니다.`,
  sheetsCreated: (names) => `시트를 만들었습니다: ${names}.`,

  recheck: paneControls.recheck.ko,
  recheckHelp: "Excel이 변경을 알리지 않는 경우(수식 결과, 외부 데이터 새로 고침 등)에 눌러 통합 문서를 다시 읽습니다.",
  rechecked: (e, w, i) => `다시 검사했습니다. 오류 ${e.toLocaleString("ko-KR")}건 · 경고 ${w.toLocaleString("ko-KR")}건 · 참고 ${i.toLocaleString("ko-KR")}건.`,

  resetPeriod: paneControls.resetPeriod.ko,
  resetPeriodDefaults: "자동으로 정하기",
};

const en: PaneStrings = {
  money: (amount) => `₩${formatAmount(amount)}`,
  count: (n) => n.toLocaleString("en-US"),

  alarmGrants: (over) => `Spent ₩${formatAmount(over)} more than the grants received.`,
  alarmBudget: (over) => `Spent ₩${formatAmount(over)} more than the total budget.`,
  alarmLine: (line, over) => `‘${line}’ spent ₩${formatAmount(over)} more than its budget.`,
  alarmLink: "See it in the check results",
  over100: "over",

  showLines: (n) => `Show execution by budget line (${n.toLocaleString("en-US")} lines)`,
  hideLines: "Hide execution by budget line",
  unitNote: "(amounts in won)",

  reportDoneExcel: (minutes, summary) => `Sheets ‘${minutes}’ and ‘${summary}’ were added to this workbook.`,
  reportDownloadedFile: (file, minutes, summary) =>
    `The report file ‘${file}’ was downloaded to your browser's downloads folder; it holds the sheets ‘${minutes}’ and ‘${summary}’. Your original file is unchanged.`,
  excelUndoReportNote:
    "In this version of Excel, Excel's Undo (Ctrl+Z) may not take the report back in one step. The report only adds new sheets and changes no existing one: delete the new sheets if you do not need them.",
  excelUndoFixNote: `In this version of Excel, Excel's Undo (Ctrl+Z) may not take these fixes back in one step. The task pane's ‘${paneControls.undo.en}’ restores every fixed cell.`,

  fixesKeepFigures: "Fixing them does not change the figures: the add-in already reads these values correctly; only the cells' form is tidied.",

  unsavedNote: "This page's copy has changes you have not downloaded. Download it before closing the page or opening another file.",
  unsavedTitle: "Changes not downloaded",
  unsavedBody: (next) => `Fixed cells or added sheets exist only in this page's copy. Opening ‘${next}’ discards them.`,
  unsavedDownloadThenOpen: "Download, then open",
  unsavedDiscard: "Open without downloading",
  openFailed: (name, reason) => `‘${name}’ could not be opened. ${reason}`,
  copyDownloaded: (file) => `The changed workbook was downloaded as ‘${file}’ to your browser's downloads folder.`,

  filterSheet: "Sheet",
  filterSeverity: "Kind",
  filterAllSheets: "All sheets",
  filterAllSeverities: "All",
  filterOption: (label, n) => `${label} (${n.toLocaleString("en-US")})`,
  filtered: (shown, total) => `Showing ${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}.`,
  runWhere: (sheet, range, rows) => `${sheet} ${range}, ${rows.toLocaleString("en-US")} rows`,
  runFirstValue: "The first row's value; the values differ from row to row, the problem is the same.",
  causeTitle: "Check this first",
  causeFiscalYear: (year, found, explains, sheet) =>
    `${explains.toLocaleString("en-US")} dates are in ${found}, outside fiscal year ${year}.` + (sheet ? ` Sheet ‘${sheet}’ also says ${found} in its name or title.` : ""),
  causeAction: (year) => `Set the fiscal year to ${year}`,
  severityWord: { error: "Errors", warning: "Warnings", info: "Notes" },

  sheetUnread: (sheet) => `Sheet ‘${sheet}’ was found but could not be read; see the check results.`,
  createSheets: paneControls.createSheets.en,
  createSheetsHelp: (names) => `Sheets to add: ${names}. Existing sheets are not changed.`,
  sheetsCreated: (names) => `Sheets created: ${names}.`,

  recheck: paneControls.recheck.en,
  recheckHelp: "Reads the workbook again, for changes Excel does not report (formula results, refreshed external data).",
  rechecked: (e, w, i) =>
    `Checked again: ${e.toLocaleString("en-US")} errors · ${w.toLocaleString("en-US")} warnings · ${i.toLocaleString("en-US")} notes.`,

  resetPeriod: paneControls.resetPeriod.en,
  resetPeriodDefaults: "Decide automatically",
};

export const paneStrings = { ko, en } as const;
