// The frame of the add-in's own table sheets (the results sheet 검증 결과, the reading settings
// sheet 읽기 설정): three lines above the table — the marker and title in A1, then two lines of
// text — each merged across the table's width, a bold header row on row 4, the table below it
// with the header frozen and repeated on every printed page. Each sheet adds its own rows and styles.

import { rangeAddress } from "../address";
import { FORM_FONT, HEADER_FILL, a4Print, thinBox } from "./report-style";
import type { CellStyle, PlannedCell, SheetKind, SheetPlan } from "./sheet-plan";

/** 0-based row of the table's header: the title and two lines of text are above it. */
export const MARKER_HEADER_ROW = 3;

export interface MarkerSheetInput {
  readonly name: string;
  readonly kind: SheetKind;
  /** The marker and title (A1), styled "title". */
  readonly title: string;
  /** The two lines under the title, each with its style name. */
  readonly lines: readonly [{ readonly text: string; readonly style: string }, { readonly text: string; readonly style: string }];
  readonly headers: readonly string[];
  /** The table's cells below the header row (rows from MARKER_HEADER_ROW + 1). */
  readonly body: readonly PlannedCell[];
  /** Data rows in the table (the print area keeps at least one). */
  readonly bodyRows: number;
  /** Styles beyond the frame's title, note, header and text, or in place of one of them (a sheet's own "note"). */
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly columnWidths: readonly number[];
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly showGridLines: boolean;
  readonly orientation: "portrait" | "landscape";
  readonly tabColor?: string;
}

const font = { name: FORM_FONT };

export function planMarkerSheet(input: MarkerSheetInput): SheetPlan {
  const lastCol = input.headers.length - 1;
  const headerRow = MARKER_HEADER_ROW;
  const cells: PlannedCell[] = [
    { row: 0, col: 0, value: input.title, style: "title" },
    { row: 1, col: 0, value: input.lines[0].text, style: input.lines[0].style },
    { row: 2, col: 0, value: input.lines[1].text, style: input.lines[1].style },
    ...input.headers.map((h, col) => ({ row: headerRow, col, value: h, style: "header" })),
    ...input.body,
  ];
  const lastRow = headerRow + Math.max(1, input.bodyRows);
  return {
    name: input.name,
    kind: input.kind,
    cells,
    merges: [0, 1, 2].map((row) => ({ top: row, left: 0, bottom: row, right: lastCol })),
    styles: {
      title: { font: { ...font, size: 14, bold: true } },
      note: { font: { ...font, size: 9, color: "595959" } },
      header: { font: { ...font, bold: true }, fill: HEADER_FILL, horizontal: "center", vertical: "middle", border: thinBox },
      text: { vertical: "top", border: thinBox },
      ...input.styles,
    },
    columnWidths: input.columnWidths,
    rowHeights: input.rowHeights ?? {},
    defaultFont: { name: FORM_FONT, size: 10 },
    showGridLines: input.showGridLines,
    print: a4Print(rangeAddress(0, 0, lastRow, lastCol), input.orientation, `${headerRow + 1}:${headerRow + 1}`),
    freeze: { rows: headerRow + 1, cols: 0 },
    ...(input.tabColor !== undefined ? { tabColor: input.tabColor } : {}),
  };
}
