// A host-neutral description of sheets to write: values, merges, styles, sizes and print setup.
// The core decides all of it; the ExcelJS and Office.js hosts only render it, so both produce
// the same worksheet from the same plan.

/** A cell value to write. Strings are always written as text, never as formulas, in every host. */
export type PlanValue = string | number | null;

export type BorderStyle = "thin" | "medium" | "double" | "hair";

export interface CellStyle {
  readonly font?: {
    readonly name?: string;
    readonly size?: number;
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly underline?: boolean;
    /** "RRGGBB". */
    readonly color?: string;
  };
  /** Solid fill, "RRGGBB". */
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly indent?: number;
  readonly border?: {
    readonly top?: BorderStyle;
    readonly left?: BorderStyle;
    readonly bottom?: BorderStyle;
    readonly right?: BorderStyle;
  };
  /** Excel number format code, e.g. "#,##0" or "0%". */
  readonly numberFormat?: string;
}

export interface PlannedCell {
  /** 0-based sheet row and column. */
  readonly row: number;
  readonly col: number;
  readonly value: PlanValue;
  /** Key into SheetPlan.styles. */
  readonly style?: string;
  /** Internal hyperlink to a cell of another sheet (the issues sheet links to each bad cell). */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

/** 0-based, inclusive. */
export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface PrintSetup {
  readonly paperSize: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Inches, as Excel stores page margins. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Fit to this many pages wide; height unconstrained (0). */
  readonly fitToWidth: number;
  readonly fitToHeight: number;
  /** A1 range, e.g. "A1:H60". */
  readonly printArea: string;
  readonly centerHorizontally: boolean;
  /** Excel header/footer codes, e.g. "&C&P / &N". */
  readonly footer?: string;
  /** Rows repeated on every printed page, e.g. "1:2". */
  readonly printTitleRows?: string;
}

export type SheetKind = "minutes" | "summary" | "issues" | "template";

/**
 * A conditional format the host draws and keeps live (Excel, and LibreOffice from the .xlsx), so a
 * figure edited later is drawn anew. Ranges are A1 on the same sheet.
 * - "data-bar": a bar in each cell, its length the value between `min` and `max` (numbers, not
 *   the range's own extremes: 35% is a third of the cell whatever the other lines are); values
 *   beyond are drawn at the end.
 * - "number": the style when the cell holds a number above or below `value`. Text never matches
 *   (a ratio shown as "-" for a zero budget is not over 100%): hosts guard with ISNUMBER.
 */
export type ConditionalFormat =
  | { readonly kind: "data-bar"; readonly range: string; readonly min: number; readonly max: number; /** "RRGGBB". */ readonly color: string }
  | {
      readonly kind: "number";
      readonly range: string;
      readonly operator: "greater-than" | "less-than";
      readonly value: number;
      readonly style: { readonly font?: { readonly color?: string; readonly bold?: boolean }; readonly fill?: string };
    };

/**
 * A chart over cells of the same sheet: clustered columns, with series drawn as lines where
 * `as` says so (a combination chart). Hosts that cannot draw charts leave it out; the cells it
 * reads are written like any others, so the figures are there either way.
 */
export interface ChartPlan {
  readonly title: string;
  /** The cells it covers, 0-based and inclusive: it floats over them. */
  readonly anchor: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
  /** A1 range of the category labels ("D40:G40"). */
  readonly categories: string;
  readonly series: readonly {
    readonly name: string;
    /** A1 range of the values, as long as `categories`. */
    readonly values: string;
    readonly as: "column" | "line";
    /** "RRGGBB". */
    readonly color: string;
  }[];
  /** Number format of the value axis ("#,##0"). */
  readonly valueFormat: string;
}

export interface SheetPlan {
  readonly name: string;
  readonly kind: SheetKind;
  readonly cells: readonly PlannedCell[];
  readonly merges: readonly Merge[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** Excel character-width units, by 0-based column. */
  readonly columnWidths: readonly number[];
  /** Points, by 0-based row; rows not listed keep the default height. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly defaultFont: { readonly name: string; readonly size: number };
  readonly showGridLines: boolean;
  readonly print: PrintSetup;
  /** Rows/columns frozen at the top/left, if any. */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly tabColor?: string;
  /**
   * 0-based rows after which a manual page break goes (so headings stay with their text and small
   * tables are not split). Optional: a host that ignores it still prints every row, with Excel's
   * automatic breaks. ExcelJS: row(r + 1).addPageBreak(); Office.js: horizontalPageBreaks.add.
   */
  readonly rowBreaks?: readonly number[];
  /** Drawn after the cells; a host that cannot draw one still writes every value. */
  readonly conditionalFormats?: readonly ConditionalFormat[];
  readonly charts?: readonly ChartPlan[];
}

export interface WorkbookPlan {
  /** Sheets to add, in order, appended after the existing sheets. */
  readonly sheets: readonly SheetPlan[];
  /** Existing sheet names the user explicitly chose to replace (deleted, then re-added from the plan). */
  readonly replace: readonly string[];
  /** Sheet to activate after writing. */
  readonly activate?: string;
}
