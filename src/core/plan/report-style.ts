// Shared look of the generated sheets (minutes, execution summary, meeting template):
// a Korean official form — 맑은 고딕, thin black borders, light gray label cells, A4.

import type { CellStyle, PrintSetup } from "./sheet-plan";

/** Excel substitutes a Korean font when 맑은 고딕 is missing; LibreOffice falls back to Noto Sans CJK. */
export const FORM_FONT = "맑은 고딕";
export const BODY_SIZE = 10;

/** Light gray of the label column, like the center's hand-made forms. */
export const LABEL_FILL = "E7E6E6";
export const HEADER_FILL = "D9D9D9";

export const thinBox: NonNullable<CellStyle["border"]> = { top: "thin", left: "thin", bottom: "thin", right: "thin" };

/** Margins in inches (~1.5 cm sides); header/footer leave room for the page number. */
export const FORM_MARGINS: PrintSetup["margins"] = { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 };

export const PAGE_FOOTER = "&C&P / &N";

export function a4Print(printArea: string, orientation: PrintSetup["orientation"], printTitleRows?: string): PrintSetup {
  return {
    paperSize: "A4",
    orientation,
    margins: FORM_MARGINS,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea,
    centerHorizontally: true,
    footer: PAGE_FOOTER,
    ...(printTitleRows ? { printTitleRows } : {}),
  };
}

/** Printable height of A4 in points between the top and bottom margins. */
export function printableHeightPoints(orientation: PrintSetup["orientation"]): number {
  const inches = (orientation === "portrait" ? 11.69 : 8.27) - FORM_MARGINS.top - FORM_MARGINS.bottom;
  return inches * 72;
}

/**
 * The scale Excel prints at with fitToWidth = 1: 1 when the columns fit, else printable ÷ sheet
 * width. A column `w` character units wide is about 7·w + 1 pixels (Excel's formula for the
 * default 11pt font); the printable width is in 96-dpi pixels.
 */
export function fitToWidthScale(columnWidths: readonly number[], orientation: PrintSetup["orientation"]): number {
  const sheetPx = columnWidths.reduce((sum, w) => sum + Math.floor(7 * w + 1), 0);
  const printablePx = ((orientation === "portrait" ? 8.27 : 11.69) - FORM_MARGINS.left - FORM_MARGINS.right) * 96;
  return Math.min(1, printablePx / sheetPx);
}

