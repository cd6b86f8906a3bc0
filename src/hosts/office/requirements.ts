// The ExcelApi requirement sets the Office host depends on, in one place. The manifest requires
// MANIFEST_MIN_SET; everything newer is used only where Office says the set is there, through the
// flags below. The member lists are what each flag unlocks (names as in the API reference:
// Class.member, "Class.*" for a class reached only through a listed member), so tests can check
// that every member above the minimum the host touches is listed here, i.e. guarded.
import type { ExcelHost } from "./excel-api";

/** The ExcelApi set manifest.xml declares (Requirements/Sets/Set MinVersion). */
export const MANIFEST_MIN_SET = "1.7";

export const GUARDED_FEATURES = {
  /** The report's gridlines are turned off; without it they stay. */
  gridlines: { set: "1.8", members: ["Worksheet.showGridlines"] },
  /** Page setup of the report (paper, margins, fit, print area, titles, footer, page breaks). */
  printSetup: {
    set: "1.9",
    members: ["Worksheet.pageLayout", "Worksheet.horizontalPageBreaks", "PageLayout.*", "HeaderFooterGroup.*", "HeaderFooter.*", "PageBreakCollection.*"],
  },
  /** Screen updating off while a report is written. */
  screenUpdating: { set: "1.9", members: ["Application.suspendScreenUpdatingUntilNextSync"] },
  /** Indented label cells in the minutes; without it the text starts at the cell's edge. */
  indent: { set: "1.9", members: ["RangeFormat.indentLevel"] },
  /** Change events that say the add-in itself caused them (else a guard around its own writes). */
  triggerSource: { set: "1.14", members: ["WorksheetChangedEventArgs.triggerSource"] },
  /** A report or a batch of fixes is one step of Excel's undo (not in perpetual Office 2024). */
  undoGroup: { set: "1.20", members: ["RunOptions.mergeUndoGroup"] },
} as const;

export type Feature = keyof typeof GUARDED_FEATURES;

/** Which guarded features this Excel has. */
export type Capabilities = { readonly [F in Feature]: boolean };

export function capabilities(host: ExcelHost): Capabilities {
  const out = {} as { [F in Feature]: boolean };
  for (const f of Object.keys(GUARDED_FEATURES) as Feature[]) out[f] = host.isSetSupported(GUARDED_FEATURES[f].set);
  return out;
}
