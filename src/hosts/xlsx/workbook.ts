// The xlsx host's workbook: the user's file as it was (its zip, read once), the grid read from it,
// and what was added or changed since (new sheets, their styles, cell edits, the lists that name
// them). Saving copies every other part's compressed bytes unchanged.

import { tryParseCellAddress } from "../../core/address";
import { DAYS_1900_TO_1904, type CellValue, type SheetGrid, type WorkbookGrid } from "../../core/grid";
import { cellEditValue, type CellEdit, type HostError } from "../../core/port";
import { err, ok, type Result } from "../../core/result";
import { applyCellEdits, findCells, type CellSpot } from "./cell-edits";
import { setGridCell } from "./grid-edit";
import { CT_STYLES, folderOf, freeRelId, relativeTarget, relsPartOf, type PartIndex } from "./package";
import { gridOfScan, scanSheet, toSerial1900 } from "./sheet-scan";
import { quoteSheetName, sameSheetName as sameName } from "../../core/plan/sheet-names";
import { absoluteRange, cellXml, renderSheetXml, type RenderSheet } from "./sheet-xml";
import { CT_CHART, CT_DRAWING, chartXml, drawingXml, relsXml, valueLookup } from "./sheet-visuals";
import { isDateFormatCode, type Styles } from "./styles";
import { addOverride, addRelationship, addSheetEntry, relationshipIds, removeOverride, removeRelationship, removeSheetEntry, setActiveTab, setDefinedName } from "./workbook-lists";
import { xmlBytes, xmlText } from "./xml";
import { writeZip, type ZipOut } from "./zip";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  /** Part name, e.g. "xl/worksheets/sheet1.xml". */
  readonly part: string;
  readonly hidden: boolean;
  readonly tabSelected: boolean;
  /** False for chart sheets, dialog and macro sheets: listed (they count in sheet indexes), never read. */
  readonly worksheet: boolean;
  readonly grid: SheetGrid;
}

/** Everything a workbook is made of; copied (cheaply: the zip is shared and never changed) by copy(). */
export interface WorkbookState {
  /** The input's parts (and its zip: parts.zip); null for a new workbook. */
  readonly parts: PartIndex | null;
  readonly workbookPart: string;
  workbookXml: string;
  workbookRels: string;
  contentTypes: string;
  styles: Styles;
  stylesPart: string;
  /** The styles part is new (the input had none): it needs a relationship and a content type. */
  stylesIsNew: boolean;
  readonly sharedStrings: readonly string[];
  readonly date1904: boolean;
  sheets: SheetEntry[];
  /** New parts and replaced parts, by lower-cased name. */
  written: Map<string, { name: string; data: string | Uint8Array }>;
  deleted: Set<string>;
  /** Pending cell edits per sheet part: key row * 16384 + col → the new <c> element. */
  edits: Map<string, Map<number, string>>;
  /** Styles and formula flags of cells looked up for edits, per sheet part. */
  spots: Map<string, Map<number, Pick<CellSpot, "style" | "formula">>>;
  /**
   * Input parts decoded for cell edits, by lower-cased name: a large sheet takes longer to inflate
   * and decode than to edit, and each applyEdits and the save would do it again. Shared by copies:
   * the input never changes.
   */
  readonly inputTexts: Map<string, string>;
  listsChanged: boolean;
}


export class XlsxWorkbook {
  constructor(private readonly s: WorkbookState) {}

  /** Every sheet's used range, in workbook order; date1904 when the file counts dates from 1904. */
  get grid(): WorkbookGrid {
    const sheets = this.s.sheets.filter((e) => e.worksheet).map((e) => e.grid);
    return this.s.date1904 ? { sheets, date1904: true } : { sheets };
  }

  get sheetNames(): string[] {
    return this.s.sheets.map((e) => e.name);
  }

  /** An independent copy: changes to one never show in the other (the input's bytes are shared, read-only). */
  copy(): XlsxWorkbook {
    const s = this.s;
    return new XlsxWorkbook({
      ...s,
      styles: s.styles.clone(),
      sheets: [...s.sheets],
      written: new Map(s.written),
      deleted: new Set(s.deleted),
      edits: new Map([...s.edits].map(([k, v]) => [k, new Map(v)])),
      spots: new Map([...s.spots].map(([k, v]) => [k, new Map(v)])),
    });
  }

  findSheet(name: string): SheetEntry | undefined {
    return this.s.sheets.find((e) => e.name === name) ?? this.s.sheets.find((e) => sameName(e.name, name));
  }

  /** The XML text of a part as it is now (written, or from the input). */
  private partText(part: string): string {
    const w = this.s.written.get(part.toLowerCase());
    if (w) return typeof w.data === "string" ? w.data : xmlText(w.data);
    const kept = this.s.inputTexts.get(part.toLowerCase());
    if (kept !== undefined) return kept;
    const t = this.s.parts?.text(part);
    if (!t || !t.ok || t.value === null) throw new Error(`part ${part} cannot be read`); // was read at load: a bug if not
    this.s.inputTexts.set(part.toLowerCase(), t.value);
    return t.value;
  }

  private write(part: string, data: string | Uint8Array): void {
    this.s.written.set(part.toLowerCase(), { name: part, data });
    this.s.deleted.delete(part.toLowerCase());
  }

  private partExists(part: string): boolean {
    const k = part.toLowerCase();
    return this.s.written.has(k) || (!this.s.deleted.has(k) && (this.s.parts?.has(part) ?? false));
  }

  /** Appends a worksheet after the existing ones, with its print area and titles as defined names. */
  addSheet(name: string, sheet: RenderSheet, print: { area?: string; titleRows?: string } = {}, hidden = false): void {
    const s = this.s;
    const folder = folderOf(s.workbookPart);
    let n = s.sheets.length + 1;
    while (this.partExists(`${folder}worksheets/sheet${n}.xml`)) n++;
    const part = `${folder}worksheets/sheet${n}.xml`;
    const rId = freeRelId(relationshipIds(s.workbookRels));
    const sheetId = Math.max(0, ...s.sheets.map((e) => e.sheetId)) + 1;
    const drawing = sheet.charts?.length ? this.addDrawing(name, part, sheet) : undefined;
    const xml = xmlBytes(renderSheetXml(sheet, s.styles, drawing));
    this.write(part, xml);
    s.workbookRels = addRelationship(s.workbookRels, rId, "worksheet", relativeTarget(s.workbookPart, part));
    s.contentTypes = addOverride(s.contentTypes, part);
    s.workbookXml = addSheetEntry(s.workbookXml, { name, sheetId, rId, hidden });
    const index = s.sheets.length;
    const q = quoteSheetName(name);
    if (print.area) s.workbookXml = setDefinedName(s.workbookXml, "_xlnm.Print_Area", index, `${q}!${absoluteRange(print.area)}`);
    if (print.titleRows) s.workbookXml = setDefinedName(s.workbookXml, "_xlnm.Print_Titles", index, `${q}!${absoluteRange(print.titleRows)}`);
    s.listsChanged = true;
    const scanned = scanSheet(xml, { sharedStrings: [], dateStyles: s.styles.dateStyles(), date1904: s.date1904 });
    const grid = { name, ...gridOfScan(scanned), ...(hidden ? { hidden: true } : {}) };
    s.sheets = [...s.sheets, { name, sheetId, rId, part, hidden, tabSelected: sheet.tabSelected, worksheet: true, grid }];
  }

  /**
   * The sheet's charts as a drawing part and a chart part each, related from the sheet's own new
   * .rels part, with their content types; part names the file does not use yet. Returns the
   * sheet's relationship id of the drawing.
   */
  private addDrawing(name: string, sheetPart: string, sheet: RenderSheet): string {
    const s = this.s;
    const folder = folderOf(s.workbookPart);
    const free = (dir: string, stem: string) => {
      let n = 1;
      while (this.partExists(`${folder}${dir}/${stem}${n}.xml`)) n++;
      return `${folder}${dir}/${stem}${n}.xml`;
    };
    const drawingPart = free("drawings", "drawing");
    const charts = sheet.charts ?? [];
    const valueAt = valueLookup(sheet.cells);
    const chartRels: { id: string; type: string; target: string }[] = [];
    charts.forEach((chart, i) => {
      const chartPart = free("charts", "chart");
      this.write(chartPart, xmlBytes(chartXml(name, chart, valueAt)));
      s.contentTypes = addOverride(s.contentTypes, chartPart, CT_CHART);
      chartRels.push({ id: `rId${i + 1}`, type: "chart", target: relativeTarget(drawingPart, chartPart) });
    });
    this.write(drawingPart, xmlBytes(drawingXml(charts)));
    this.write(relsPartOf(drawingPart), xmlBytes(relsXml(chartRels)));
    s.contentTypes = addOverride(s.contentTypes, drawingPart, CT_DRAWING);
    this.write(relsPartOf(sheetPart), xmlBytes(relsXml([{ id: "rId1", type: "drawing", target: relativeTarget(sheetPart, drawingPart) }])));
    return "rId1";
  }

  /** Removes a sheet (one the user asked to replace). Parts it referred to stay, unreferenced. */
  removeSheet(name: string): void {
    const s = this.s;
    const index = s.sheets.findIndex((e) => sameName(e.name, name));
    if (index < 0) return;
    const entry = s.sheets[index]!;
    s.workbookXml = removeSheetEntry(s.workbookXml, index);
    s.workbookRels = removeRelationship(s.workbookRels, entry.rId);
    s.contentTypes = removeOverride(s.contentTypes, entry.part);
    for (const part of [entry.part, relsPartOf(entry.part)]) {
      s.written.delete(part.toLowerCase());
      s.deleted.add(part.toLowerCase());
    }
    s.edits.delete(entry.part);
    s.sheets = s.sheets.filter((_, i) => i !== index);
    s.listsChanged = true;
  }

  /**
   * Opens the workbook on this sheet. Only when no other sheet is marked selected in its own part:
   * two selected tabs open as a group in Excel, and the user's sheets are never rewritten to clear it.
   */
  activate(name: string): boolean {
    const s = this.s;
    const index = s.sheets.findIndex((e) => sameName(e.name, name));
    if (index < 0 || !this.canActivate(name)) return false;
    s.workbookXml = setActiveTab(s.workbookXml, index);
    s.listsChanged = true;
    return true;
  }

  /** No sheet but this one is marked selected. */
  canActivate(name: string): boolean {
    return !this.s.sheets.some((e) => !sameName(e.name, name) && e.tabSelected);
  }

  /**
   * Cell edits, all or nothing: every sheet and address is checked first. Strings stay text.
   * Returns the edits that restore what was there (value and number format). Formula cells are
   * refused: a fix never targets one, and overwriting it would lose the user's formula.
   */
  applyEdits(edits: readonly CellEdit[]): Result<{ readonly count: number; readonly previous: readonly CellEdit[] }, HostError> {
    const s = this.s;
    const targets: { edit: CellEdit; entry: SheetEntry; row: number; col: number }[] = [];
    for (const e of edits) {
      const entry = this.findSheet(e.sheet);
      if (!entry) return err({ code: "sheet-changed", detail: `sheet "${e.sheet}" not found` });
      const at = tryParseCellAddress(e.cell);
      if (!at) return err({ code: "unknown", detail: `not a cell address: ${e.cell}` });
      targets.push({ edit: e, entry, ...at });
    }
    const spots = new Map<string, Map<number, Pick<CellSpot, "style" | "formula">>>();
    for (const t of targets) {
      const known = s.spots.get(t.entry.part) ?? new Map<number, Pick<CellSpot, "style" | "formula">>();
      s.spots.set(t.entry.part, known);
      spots.set(t.entry.part, known);
    }
    for (const [part, known] of spots) {
      const missing = new Set(targets.filter((t) => t.entry.part === part).map((t) => t.row * 16_384 + t.col).filter((k) => !known.has(k)));
      if (missing.size === 0) continue;
      const found = findCells(this.partText(part), missing);
      for (const k of missing) known.set(k, found.get(k) ?? { style: undefined, formula: false });
    }
    const formula = targets.find((t) => spots.get(t.entry.part)!.get(t.row * 16_384 + t.col)!.formula);
    if (formula) return err({ code: "unknown", detail: `${formula.edit.sheet}!${formula.edit.cell} holds a formula` });

    const previous: CellEdit[] = [];
    for (const t of targets) {
      const key = t.row * 16_384 + t.col;
      const spot = spots.get(t.entry.part)!.get(key)!;
      const current = this.findSheet(t.entry.name)!;
      const g = current.grid;
      const value: CellValue = g.values[t.row - g.origin.row]?.[t.col - g.origin.col] ?? null;
      previous.push({ sheet: t.edit.sheet, cell: t.edit.cell, value: cellEditValue(value), numberFormat: s.styles.formatCode(spot.style ?? 0) });
      const style = t.edit.numberFormat !== undefined ? s.styles.withNumberFormat(spot.style ?? 0, t.edit.numberFormat) : spot.style;
      const isDate = isDateFormatCode(s.styles.formatCode(style ?? 0));
      const v = t.edit.value;
      const stored = typeof v === "number" && isDate && s.date1904 ? v - DAYS_1900_TO_1904 : v;
      const cells = s.edits.get(t.entry.part) ?? new Map<number, string>();
      cells.set(key, cellXml(t.edit.cell.replace(/\$/g, "").toUpperCase(), stored, style));
      s.edits.set(t.entry.part, cells);
      spots.get(t.entry.part)!.set(key, { style, formula: false });
      const read: CellValue = v === null || v === "" ? null : typeof v === "number" && isDate ? { kind: "date", serial: toSerial1900(stored as number, s.date1904) } : v;
      s.sheets = s.sheets.map((e) => (e === current ? { ...e, grid: setGridCell(e.grid, t.row, t.col, read) } : e));
    }
    return ok({ count: targets.length, previous });
  }

  /** The .xlsx bytes: input parts copied as they were, changed and new parts written. */
  save(): Uint8Array {
    const s = this.s;
    const changed = new Map(s.written);
    const put = (part: string, data: string | Uint8Array) => changed.set(part.toLowerCase(), { name: part, data });
    let { workbookRels, contentTypes } = s;
    let listsChanged = s.listsChanged;
    if (s.styles.changed) {
      put(s.stylesPart, s.styles.toXml());
      if (s.stylesIsNew) {
        // The input had no styles part: it is related from the workbook and typed.
        workbookRels = addRelationship(workbookRels, freeRelId(relationshipIds(workbookRels)), "styles", relativeTarget(s.workbookPart, s.stylesPart));
        contentTypes = addOverride(contentTypes, s.stylesPart, CT_STYLES);
        listsChanged = true;
      }
    }
    if (listsChanged) {
      put(s.workbookPart, s.workbookXml);
      put(relsPartOf(s.workbookPart), workbookRels);
      put("[Content_Types].xml", contentTypes);
    }
    for (const [part, cells] of s.edits) put(part, applyCellEdits(this.partText(part), cells));
    const out: ZipOut[] = [];
    const done = new Set<string>();
    const zip = s.parts?.zip;
    for (const e of zip?.entries ?? []) {
      const k = e.name.toLowerCase();
      if (s.deleted.has(k) || done.has(k)) continue;
      done.add(k);
      const c = changed.get(k);
      out.push(c ? { name: e.name, data: typeof c.data === "string" ? xmlBytes(c.data) : c.data } : { name: e.name, copy: e, from: zip! });
    }
    // New parts after the input's; in a new file the content types and package relationships first.
    const rank = (k: string) => (k === "[content_types].xml" ? 0 : k === "_rels/.rels" ? 1 : 2);
    const fresh = [...changed].filter(([k]) => !done.has(k)).sort((a, b) => rank(a[0]) - rank(b[0]));
    for (const [, c] of fresh) out.push({ name: c.name, data: typeof c.data === "string" ? xmlBytes(c.data) : c.data });
    return writeZip(out);
  }
}
