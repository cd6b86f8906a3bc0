// The blank meeting sheet (회의정보) that `template` adds: field labels in column A, values to
// fill in column B, guidance in column C, then the three small tables with their marker rows.
// The format is defined in ../meeting/layout.ts and read back by ../meeting/read.ts.

import { meetingFields, meetingTables, type MeetingTableKey } from "../meeting/layout";
import type { CellStyle, Merge, PlannedCell, SheetPlan } from "./sheet-plan";
import { BODY_SIZE, FORM_FONT, HEADER_FILL, LABEL_FILL, a4Print, thinBox } from "./report-style";
import { rangeAddress } from "../address";

export const MEETING_SHEET_NAME = "회의정보";

/** Blank rows left for each table in the template. */
const tableRows: Readonly<Record<string, number>> = { attendees: 10, previousPlans: 20, previousDecisions: 4, discussion: 10 };

/** Rows to fill a table with (the carried previous minutes), cell texts from column A on. */
export type MeetingTableFill = Readonly<Partial<Record<MeetingTableKey, readonly (readonly string[])[]>>>;

const styles: Record<string, CellStyle> = {
  title: { font: { bold: true, size: 16 }, vertical: "middle" },
  intro: { font: { size: 9, color: "595959" }, wrap: true, vertical: "top" },
  head: { font: { bold: true }, fill: HEADER_FILL, horizontal: "center", vertical: "middle", border: thinBox },
  label: { font: { bold: true }, fill: LABEL_FILL, vertical: "middle", border: thinBox },
  value: { vertical: "middle", wrap: true, border: thinBox },
  guide: { font: { size: 9, color: "7F7F7F" }, vertical: "middle", wrap: true },
  marker: { font: { bold: true, size: 11, color: "1F4E78" }, vertical: "bottom" },
};

/** The blank meeting sheet; `fill` puts rows into its tables (a table gets more rows when needed). */
export function meetingTemplateSheet(fill: MeetingTableFill = {}): SheetPlan {
  const cells: PlannedCell[] = [];
  const merges: Merge[] = [];
  const rowHeights: Record<number, number> = {};
  const put = (row: number, col: number, value: string | null, style: string): void => {
    cells.push({ row, col, value, style });
  };

  put(0, 0, "회의정보", "title");
  rowHeights[0] = 28;
  put(
    1,
    0,
    "회의록(운영위원회)에 들어갈 내용입니다. A열 항목 옆 B열에 적습니다. 여러 줄은 바로 아래 행의 B열에 이어서 적습니다. " +
      "비워 둔 항목은 회의록에 빈칸으로 남고 경고로 알려 드립니다. 아래 표는 [표 이름] 행 다음 행부터 한 행에 하나씩 적습니다.",
    "intro",
  );
  merges.push({ top: 1, left: 0, bottom: 1, right: 2 });
  rowHeights[1] = 40;

  let r = 3;
  put(r, 0, "항목", "head");
  put(r, 1, "내용", "head");
  put(r, 2, "안내", "head");
  r++;
  for (const f of meetingFields) {
    put(r, 0, f.ko, "label");
    put(r, 1, null, "value");
    put(r, 2, f.guide, "guide");
    rowHeights[r] = 20;
    r++;
  }

  for (const t of meetingTables) {
    r++;
    put(r, 0, `[${t.ko}]`, "marker");
    put(r, 1, t.guide, "guide");
    rowHeights[r] = 22;
    r++;
    t.headers.forEach((h, c) => put(r, c, h, "head"));
    r++;
    const rows = fill[t.key] ?? [];
    const blank = Math.max(tableRows[t.key] ?? 5, rows.length);
    for (let i = 0; i < blank; i++) {
      t.headers.forEach((_, c) => put(r, c, rows[i]?.[c] || null, "value"));
      rowHeights[r] = 20;
      r++;
    }
  }

  return {
    name: MEETING_SHEET_NAME,
    kind: "template",
    cells,
    merges,
    styles,
    columnWidths: [24, 70, 42],
    rowHeights,
    defaultFont: { name: FORM_FONT, size: BODY_SIZE },
    showGridLines: false,
    print: a4Print(rangeAddress(0, 0, r - 1, 2), "portrait"),
    tabColor: "1F4E78",
  };
}
