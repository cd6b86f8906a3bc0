// .xlsx bytes → the xlsx host's workbook (the file kept as it was, and the grid read from it).
// Runs in Node and the browser (no file IO here). Whatever Excel opens is read: relative or
// absolute part paths, prefixed XML, shared or inline strings, charts, comments, pivot tables and
// the rest are kept as parts we never need to understand.

import type { WorkbookGrid } from "../../core/grid";
import type { UnreadableKind } from "../../core/port";
import { err, ok, type Result } from "../../core/result";
import { PartIndex, findWorkbookPart, folderOf, parseRelationships, relsPartOf } from "./package";
import { EPOCH_OFFSET_DAYS, MS_PER_DAY, gridOfScan, parseSharedStrings, scanSheet } from "./sheet-scan";
import { Styles, defaultStylesXml } from "./styles";
import { isDate1904, sheetEntries } from "./workbook-lists";
import { XlsxWorkbook, type SheetEntry, type WorkbookState } from "./workbook";
import { firstElement } from "./xml";
import { readZip } from "./zip";

/** Why bytes are not a readable .xlsx (the type lives with HostError, which carries it). */
export type { UnreadableKind };

export interface Unreadable {
  readonly kind: UnreadableKind;
  readonly detail: string;
}

/** The kind judged from the first bytes alone (a zip is "corrupt" unless known to have no workbook). */
export function unreadableKind(data: ArrayBuffer | Uint8Array, loadedWithoutWorkbook = false): UnreadableKind {
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (b.length === 0) return "empty";
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return "ole";
  if (!(b.length >= 2 && b[0] === 0x50 && b[1] === 0x4b)) return "not-zip"; // "PK"
  return loadedWithoutWorkbook ? "zip-not-workbook" : "corrupt";
}

const WORKSHEET_KINDS = new Set(["worksheet"]);

/** Reads the whole workbook: every worksheet's used range, at once. */
export function readWorkbook(data: ArrayBuffer | Uint8Array, inflated?: ReadonlyMap<string, Uint8Array>): Result<XlsxWorkbook, Unreadable> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const first = unreadableKind(bytes);
  if (first !== "corrupt") return err({ kind: first, detail: first === "empty" ? "0 bytes" : "not a zip archive" });
  const zip = readZip(bytes);
  if (!zip.ok) return err({ kind: "corrupt", detail: zip.error.detail });
  // The parts index keeps pre-inflated data only while reading; the workbook's own index has none.
  const parts = new PartIndex(zip.value, inflated);
  const corrupt = (detail: string) => err({ kind: "corrupt" as const, detail });
  const notWorkbook = (detail: string) => err({ kind: "zip-not-workbook" as const, detail });

  const found = findWorkbookPart(parts);
  if (!found.ok) return corrupt(found.error.detail);
  const workbookPart = found.value;
  if (workbookPart === null) return notWorkbook("no xl/workbook.xml");
  if (!/\.xml$/i.test(workbookPart)) return notWorkbook(`${workbookPart} is not XML (an .xlsb?)`);
  const workbookXml = parts.text(workbookPart);
  if (!workbookXml.ok) return corrupt(workbookXml.error.detail);
  if (!workbookXml.value || !firstElement(workbookXml.value, "workbook")) return notWorkbook(`${workbookPart} is not a workbook`);
  // The .rels text is kept for saving and parsed here: one inflate, not one for each.
  const relsText = parts.text(relsPartOf(workbookPart));
  if (!relsText.ok) return corrupt(relsText.error.detail);
  const rels = relsText.value === null ? [] : parseRelationships(workbookPart, relsText.value);
  const contentTypes = parts.text("[Content_Types].xml");
  if (!contentTypes.ok) return corrupt(contentTypes.error.detail);
  const date1904 = isDate1904(workbookXml.value);

  const stringsRel = rels.find((r) => r.kind === "sharedStrings" && !r.external);
  const stringsXml = stringsRel ? parts.text(stringsRel.target) : ok(null);
  if (!stringsXml.ok) return corrupt(stringsXml.error.detail);
  const sharedStrings = stringsXml.value ? parseSharedStrings(stringsXml.value) : [];
  const stylesRel = rels.find((r) => r.kind === "styles" && !r.external);
  const stylesXml = stylesRel ? parts.text(stylesRel.target) : ok(null);
  if (!stylesXml.ok) return corrupt(stylesXml.error.detail);
  const styles = new Styles(stylesXml.value ?? defaultStylesXml());
  const dateStyles = styles.dateStyles();

  const sheets: SheetEntry[] = [];
  for (const s of sheetEntries(workbookXml.value)) {
    const rel = rels.find((r) => r.id === s.rId);
    if (!rel || rel.external) return corrupt(`sheet "${s.name}" has no part`);
    const isWorksheet = WORKSHEET_KINDS.has(rel.kind);
    let grid = { name: s.name, origin: { row: 0, col: 0 }, values: [] as WorkbookGrid["sheets"][number]["values"], ...(s.hidden ? { hidden: true } : {}) };
    let tabSelected = false;
    // Scanned as the bytes it is stored in: decoding 50 MB of XML into a string costs more than the scan.
    const xml = parts.bytes(rel.target);
    if (!xml.ok) return corrupt(xml.error.detail);
    if (xml.value === null) return corrupt(`sheet "${s.name}": ${rel.target} is missing`);
    const scanned = scanSheet(xml.value, { sharedStrings, dateStyles, date1904 });
    tabSelected = scanned.tabSelected;
    if (isWorksheet) grid = { ...grid, ...gridOfScan(scanned) };
    sheets.push({ ...s, part: rel.target, tabSelected, grid, worksheet: isWorksheet });
  }

  const state: WorkbookState = {
    parts: inflated ? new PartIndex(zip.value) : parts,
    workbookPart,
    workbookXml: workbookXml.value,
    workbookRels: relsText.value ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
    contentTypes: contentTypes.value ?? DEFAULT_CONTENT_TYPES,
    styles,
    stylesPart: stylesRel?.target ?? `${folderOf(workbookPart)}styles.xml`,
    stylesIsNew: stylesXml.value === null,
    sharedStrings,
    date1904,
    sheets,
    written: new Map(),
    deleted: new Set(),
    edits: new Map(),
    spots: new Map(),
    inputTexts: new Map(),
    listsChanged: false,
  };
  return ok(new XlsxWorkbook(state));
}

const DEFAULT_CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;

/** A workbook with no sheets yet (the template, the sample): the parts Excel requires and nothing else. */
export function newWorkbook(): XlsxWorkbook {
  const xml = (s: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`;
  const workbookXml = xml(
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>`,
  );
  const styles = new Styles(defaultStylesXml());
  const state: WorkbookState = {
    parts: null,
    workbookPart: "xl/workbook.xml",
    workbookXml,
    workbookRels: xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    contentTypes: DEFAULT_CONTENT_TYPES,
    styles,
    stylesPart: "xl/styles.xml",
    stylesIsNew: false,
    sharedStrings: [],
    date1904: false,
    sheets: [],
    written: new Map([
      ["_rels/.rels", { name: "_rels/.rels", data: xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`) }],
      ["xl/styles.xml", { name: "xl/styles.xml", data: styles.toXml() }],
    ]),
    deleted: new Set(),
    edits: new Map(),
    spots: new Map(),
    inputTexts: new Map(),
    listsChanged: true,
  };
  return new XlsxWorkbook(state);
}

/** Every worksheet's used range, in workbook order. */
export function readWorkbookGrid(wb: XlsxWorkbook): WorkbookGrid {
  return wb.grid;
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_OFFSET_DAYS) * MS_PER_DAY));
}
