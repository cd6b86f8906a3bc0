// The blank workbook for a center that starts from nothing (`cli template`): a short guide sheet
// (안내), the four data sheets with their header rows, and the meeting sheet. Every header is one
// the reader recognises, so a filled-in template validates without renaming anything.

import { rangeAddress } from "../address";
import { ROLE_SPECS, type DataRole, type RoleSpec } from "../read/specs";
import { lineCount } from "./text-measure";
import { MEETING_SHEET_NAME, meetingTemplateSheet } from "./meeting-template";
import { BODY_SIZE, FORM_FONT, HEADER_FILL, LABEL_FILL, a4Print, thinBox } from "./report-style";
import type { CellStyle, Merge, PlannedCell, SheetPlan, WorkbookPlan } from "./sheet-plan";

export interface TemplateOptions {
  /** Fiscal year for the sheet titles; without it the titles carry a placeholder year. */
  readonly year?: number;
  readonly centerName?: string;
}

interface ColumnSpec {
  readonly header: string;
  readonly width: number;
  /** What goes in the column, for the guide. */
  readonly guide: string;
  /** Other headers the reader accepts for this column. */
  readonly aliases: string;
  readonly required: boolean;
}

interface DataSheetSpec {
  readonly role: DataRole;
  readonly name: string;
  readonly title: string;
  readonly purpose: string;
  readonly aliases: string;
  readonly columns: readonly ColumnSpec[];
}

function roleSpec(role: DataRole): RoleSpec {
  const spec = ROLE_SPECS.find((s) => s.role === role);
  if (!spec) throw new Error(`no role spec for ${role}`); // a bug: every data role has one
  return spec;
}

/**
 * A template column. Whether it is required and which other headers are accepted come from the
 * reader's own spec, so the guide cannot drift from what is recognised; a column the reader does
 * not know (비고 of the budget) is optional and has no aliases.
 */
function col(role: DataRole, header: string, width: number, guide: string): ColumnSpec {
  const field = roleSpec(role).fields.find((f) => f.headers.includes(header));
  return { header, width, guide, aliases: field ? field.headers.filter((h) => h !== header).join(", ") : "", required: field?.required ?? false };
}

/** The template's data sheets by role. */
export const TEMPLATE_SHEET_NAMES: Readonly<Record<DataRole, string>> = { budget: "예산", grants: "교부내역", ledger: "집행내역", programs: "사업현황" };

/** The other sheet names the reader accepts for this role (its template sheet's name is not another). */
function sheetAliases(role: DataRole): string {
  return roleSpec(role).aliases.filter((a) => a !== TEMPLATE_SHEET_NAMES[role]).join(", ");
}

/** A template sheet a workbook could get: a data sheet by its role, or the meeting sheet; and its name. */
export interface TemplateSheet {
  readonly role: DataRole | "meeting";
  readonly name: string;
}

/**
 * The template's sheets a workbook lacks: a data sheet for each role no sheet was found for, and
 * the meeting sheet when there is none — unless a sheet already has the template sheet's name
 * (existing sheets are never overwritten). A role whose sheet exists but could not be read gets
 * none: a second sheet for it would only make the reader choose between two.
 */
export function missingTemplateSheets(foundRoles: ReadonlySet<DataRole>, sheetNames: readonly string[], hasMeetingSheet: boolean): TemplateSheet[] {
  const key = (name: string) => name.normalize("NFC").trim();
  const taken = new Set(sheetNames.map(key));
  const sheets: TemplateSheet[] = ROLE_SPECS.filter((s) => !foundRoles.has(s.role) && !taken.has(key(TEMPLATE_SHEET_NAMES[s.role]))).map((s) => ({
    role: s.role,
    name: TEMPLATE_SHEET_NAMES[s.role],
  }));
  if (!hasMeetingSheet && !taken.has(key(MEETING_SHEET_NAME))) sheets.push({ role: "meeting", name: MEETING_SHEET_NAME });
  return sheets;
}

function dataSheets(yearText: string): DataSheetSpec[] {
  return [
    {
      role: "budget",
      name: TEMPLATE_SHEET_NAMES.budget,
      title: `${yearText} 예산`,
      purpose: "연간 예산을 예산과목(사업명)별로 한 행에 하나씩 적습니다. 합계 행은 있어도 합산에서 빠집니다.",
      aliases: sheetAliases("budget"),
      columns: [
        col("budget", "구분", 22, "사업 분야 (예: 전략수립 및 조사, 주체발굴 및 성장지원, 거버넌스 구축)"),
        col("budget", "사업명", 36, "예산과목 이름. 집행내역의 사업명과 똑같이 적습니다."),
        col("budget", "예산액", 16, "연간 예산 (원, 정수). 1,200,000 / 1,200,000원 모두 됩니다."),
        col("budget", "비고", 30, "산출근거 등 자유롭게 (읽지 않습니다)"),
      ],
    },
    {
      role: "grants",
      name: TEMPLATE_SHEET_NAMES.grants,
      title: `${yearText} 보조금 교부내역`,
      purpose: "보조금이 교부된 날짜와 금액을 한 행에 하나씩 적습니다.",
      aliases: sheetAliases("grants"),
      columns: [
        col("grants", "교부일자", 14, "교부된 날짜 (2024-01-19, 2024.1.19, 2024년 1월 19일 등)"),
        col("grants", "교부액", 16, "교부 금액 (원)"),
        col("grants", "비고", 30, "예: 1분기 교부"),
      ],
    },
    {
      role: "ledger",
      name: TEMPLATE_SHEET_NAMES.ledger,
      title: `${yearText} 집행내역`,
      purpose: "지출 한 건을 한 행에 적습니다. 반납(환급)은 음수(-50,000 또는 (50,000))로 적습니다.",
      aliases: sheetAliases("ledger"),
      columns: [
        col("ledger", "집행일자", 14, "지출한 날짜. 회계연도 안의 날짜여야 합니다."),
        col("ledger", "사업명", 30, "예산 시트에 있는 사업명(예산과목) 그대로"),
        col("ledger", "적요", 36, "지출 내용"),
        col("ledger", "거래처", 22, "지급한 곳"),
        col("ledger", "금액", 16, "지출 금액 (원, 정수)"),
        col("ledger", "증빙번호", 14, "전표·증빙 번호. 같은 번호가 두 번 나오면 알려 드립니다."),
      ],
    },
    {
      role: "programs",
      name: TEMPLATE_SHEET_NAMES.programs,
      title: `${yearText} 사업현황`,
      purpose: "계획하거나 실행한 사업을 한 행에 하나씩 적습니다. 회의록의 분기별 사업 목록이 여기서 만들어집니다.",
      aliases: sheetAliases("programs"),
      columns: [
        col("programs", "구분", 22, "사업 분야 (예산 시트의 구분과 같게)"),
        col("programs", "사업명", 44, "회의록에 나갈 사업 이름"),
        col("programs", "계획분기", 12, "2분기, Q2, 3, 4분기, 1~2분기 등"),
        col("programs", "실행일자", 14, "실행한 날짜"),
        col("programs", "상태", 10, "완료, 진행중, 예정, 미실행, 기획중, 취소"),
        col("programs", "비고", 40, "진행 내용 (회의록에 → 뒤에 붙습니다)"),
      ],
    },
  ];
}

const styles: Record<string, CellStyle> = {
  title: { font: { bold: true, size: 14 }, vertical: "middle" },
  unit: { font: { size: 9, color: "595959" }, horizontal: "right" },
  head: { font: { bold: true }, fill: HEADER_FILL, horizontal: "center", vertical: "middle", border: thinBox },
  guideTitle: { font: { bold: true, size: 16 }, vertical: "middle" },
  guideText: { wrap: true, vertical: "top" },
  guideSheet: { font: { bold: true, size: 11, color: "1F4E78" }, vertical: "bottom" },
  guideHead: { font: { bold: true }, fill: HEADER_FILL, horizontal: "center", vertical: "middle", border: thinBox },
  guideLabel: { font: { bold: true }, fill: LABEL_FILL, vertical: "top", border: thinBox, wrap: true },
  guideCell: { vertical: "top", wrap: true, border: thinBox },
};

const HEADER_ROW = 2;

function dataSheetPlan(spec: DataSheetSpec): SheetPlan {
  const cells: PlannedCell[] = [{ row: 0, col: 0, value: spec.title, style: "title" }];
  const last = spec.columns.length - 1;
  cells.push({ row: 1, col: last, value: "(단위: 원)", style: "unit" });
  spec.columns.forEach((c, i) => cells.push({ row: HEADER_ROW, col: i, value: c.header, style: "head" }));
  return {
    name: spec.name,
    kind: "template",
    cells,
    merges: [],
    styles,
    columnWidths: spec.columns.map((c) => c.width),
    rowHeights: { 0: 26, [HEADER_ROW]: 20 },
    defaultFont: { name: FORM_FONT, size: BODY_SIZE },
    showGridLines: true,
    print: a4Print(rangeAddress(0, 0, 200, last), "landscape", `${HEADER_ROW + 1}:${HEADER_ROW + 1}`),
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
  };
}


function guideSheetPlan(specs: readonly DataSheetSpec[], meetingSheet: string): SheetPlan {
  const widths = [16, 44, 36];
  const cells: PlannedCell[] = [];
  const merges: Merge[] = [];
  const rowHeights: Record<number, number> = {};
  const put = (row: number, c: number, value: string, style: string) => cells.push({ row, col: c, value, style });
  const para = (row: number, text: string) => {
    put(row, 0, text, "guideText");
    merges.push({ top: row, left: 0, bottom: row, right: 2 });
    rowHeights[row] = 15 * lineCount(text, widths[0]! + widths[1]! + widths[2]!) + 3;
  };

  put(0, 0, "안내 — 이 통합문서의 사용법", "guideTitle");
  rowHeights[0] = 30;
  let r = 1;
  para(r++, "시트마다 제목 행 아래의 머리글 행 밑에 한 행에 하나씩 적습니다. 머리글 이름과 열 순서는 바꿔도 됩니다(아래 '다른 이름'도 인식합니다). 모르는 열은 읽지 않으므로 메모용 열을 더해도 됩니다.");
  para(r++, "'합계', '소계', '계'가 적힌 행은 합산에서 빠집니다. 금액은 원 단위 정수로, 날짜는 날짜 셀이나 2024-05-24 같은 글자로 적습니다.");
  para(r++, "회계연도는 예산 시트의 이름이나 제목에 있는 연도(예: '2024년 예산')로 정합니다. 검사하면 잘못된 셀을 주소(예: 집행내역!E7)와 함께 알려 드립니다.");
  r++;

  for (const spec of specs) {
    put(r, 0, `[${spec.name}] 시트`, "guideSheet");
    rowHeights[r] = 22;
    r++;
    para(r++, `${spec.purpose} 시트 이름은 ${spec.aliases}도 됩니다.`);
    put(r, 0, "열", "guideHead");
    put(r, 1, "적는 내용", "guideHead");
    put(r, 2, "다른 이름", "guideHead");
    r++;
    for (const c of spec.columns) {
      put(r, 0, c.required ? `${c.header} (필수)` : c.header, "guideLabel");
      put(r, 1, c.guide, "guideCell");
      put(r, 2, c.aliases, "guideCell");
      rowHeights[r] = 15 * Math.max(lineCount(c.guide, widths[1]!), lineCount(c.aliases, widths[2]!)) + 3;
      r++;
    }
    r++;
  }
  put(r, 0, `[${meetingSheet}] 시트`, "guideSheet");
  rowHeights[r] = 22;
  r++;
  para(r++, "회의명, 회의일시, 장소, 참석자, 논의 내용처럼 장부에 없는 회의록 내용을 적습니다. 시트 안의 안내를 따르세요. 비워 두면 회의록에 빈칸으로 남습니다.");

  return {
    name: "안내",
    kind: "template",
    cells,
    merges,
    styles,
    columnWidths: widths,
    rowHeights,
    defaultFont: { name: FORM_FONT, size: BODY_SIZE },
    showGridLines: false,
    print: a4Print(rangeAddress(0, 0, r - 1, widths.length - 1), "portrait"),
  };
}

function yearTitle(options: TemplateOptions): string {
  const center = options.centerName ? `${options.centerName} ` : "";
  return options.year !== undefined ? `${options.year}년 ${center}`.trim() : `○○○○년 ${center}`.trim();
}

/** Only the given template sheets (the ones a workbook lacks), never replacing a sheet. */
export function planTemplateSheets(sheets: readonly TemplateSheet[], options: TemplateOptions = {}): WorkbookPlan {
  const roles = new Set(sheets.map((s) => s.role));
  const data = dataSheets(yearTitle(options)).filter((s) => roles.has(s.role)).map(dataSheetPlan);
  return { sheets: roles.has("meeting") ? [...data, meetingTemplateSheet()] : data, replace: [] };
}

/** A blank workbook in the center's format: 안내, 예산, 교부내역, 집행내역, 사업현황 and the meeting sheet. */
export function planTemplate(options: TemplateOptions = {}): WorkbookPlan {
  const specs = dataSheets(yearTitle(options));
  const meeting = meetingTemplateSheet();
  return {
    sheets: [guideSheetPlan(specs, meeting.name), ...specs.map(dataSheetPlan), meeting],
    replace: [],
    activate: "안내",
  };
}
