// Change events: who changed the sheet, and the add-in's own writes told apart from the user's.
//
// Excel raises Worksheet.onChanged for the add-in's own writes too. From ExcelApi 1.14 the event
// says so (triggerSource "ThisLocalAddin"); below it the host keeps a record of the cells it is
// writing (OwnWrites) and takes a local change inside them, during the write or OWN_ECHO_MS after
// it, as its own. A co-author's change arrives with source "Remote". A paste is one event with a
// multi-cell address (and no `details`); an edit through a data-validation list in Excel on the web
// may raise none at all, which is why the task pane also offers a manual re-check.
import { sameSheetName } from "../../core/plan/sheet-names";
import type { XChangedEventArgs, XEventResult, XRequestContext } from "./excel-api";
import { contains, stripSheet, tryBoxOf, type Box } from "./office-ranges";

/** Who made a change: this user in this Excel, a co-author, or this add-in's own write. */
export type ChangeOrigin = "local" | "remote" | "addin";

export interface ChangeInfo {
  readonly origin: ChangeOrigin;
  /** How "addin" was decided: Excel's triggerSource (ExcelApi 1.14) or the host's own record. */
  readonly decidedBy: "trigger-source" | "own-write-record" | "event-source";
}

/** How long after a write's sync a change on the cells it wrote is still taken as the write's echo. */
export const OWN_ECHO_MS = 3000;

interface Mark {
  readonly sheet: string;
  /** null: the whole sheet (a sheet the add-in is creating). */
  readonly box: Box | null;
  until: number;
}

/** The cells the add-in is writing or has just written. */
export class OwnWrites {
  private marks: Mark[] = [];
  constructor(private readonly now: () => number) {}

  /** Marks targets as being written; call the returned function once the write has finished (or failed). */
  begin(targets: readonly { readonly sheet: string; readonly box: Box | null }[]): () => void {
    const marks: Mark[] = targets.map((t) => ({ sheet: t.sheet, box: t.box, until: Infinity }));
    this.marks.push(...marks);
    return () => {
      const until = this.now() + OWN_ECHO_MS;
      for (const m of marks) m.until = until;
    };
  }

  covers(sheet: string, address: string): boolean {
    const t = this.now();
    this.marks = this.marks.filter((m) => m.until >= t);
    const box = tryBoxOf(address);
    return this.marks.some((m) => sameSheetName(sheet, m.sheet) && (m.box === null || (box !== null && contains(m.box, box))));
  }
}

/** Decides a change's origin. `triggerSource`: whether ExcelApi 1.14 is there to trust it. */
export function classifyChange(args: XChangedEventArgs, sheet: string, triggerSource: boolean, own: OwnWrites): ChangeInfo {
  if (triggerSource) {
    if (args.triggerSource === "ThisLocalAddin") return { origin: "addin", decidedBy: "trigger-source" };
  } else if (args.source !== "Remote" && own.covers(sheet, stripSheet(args.address))) {
    return { origin: "addin", decidedBy: "own-write-record" };
  }
  return { origin: args.source === "Remote" ? "remote" : "local", decidedBy: "event-source" };
}

export type ChangeListener = (sheet: string, address: string, changeType: string, info: ChangeInfo) => void;

/** Registers a handler on each named sheet (one sync); resolves to the function that removes them,
 * which must run as a batch on the same context (`runOn`). */
export async function addChangeHandlers(
  ctx: XRequestContext,
  sheetNames: readonly string[],
  onEvent: (sheet: string, args: XChangedEventArgs) => void,
): Promise<(c: XRequestContext) => Promise<void>> {
  const results: XEventResult[] = sheetNames.map((name) =>
    ctx.workbook.worksheets.getItem(name).onChanged.add(async (args: XChangedEventArgs) => {
      onEvent(name, args);
    }),
  );
  await ctx.sync();
  return async (c: XRequestContext): Promise<void> => {
    for (const r of results) r.remove();
    await c.sync();
  };
}
