// Cell edits in an existing worksheet (the browser's confirmed fixes and their undo): only the
// edited cells' XML changes; every other byte of the sheet stays as the user's file had it.

import { isBoundary } from "./bytes";
import { parseRef, rootPrefix } from "./sheet-scan";

export interface CellSpot {
  readonly row: number;
  readonly col: number;
  /** Offsets of the <c> element in the XML. */
  readonly start: number;
  readonly end: number;
  /** Its style index, when it has one. */
  readonly style: number | undefined;
  readonly formula: boolean;
}

interface RowSpot {
  readonly row: number;
  readonly start: number;
  /** Just after the start tag, and where the row's end tag starts (both = end for <row/>). */
  readonly open: number;
  readonly close: number;
  readonly end: number;
  readonly tag: string;
  /** Its cells; only for the rows asked for (empty for the others). */
  readonly cells: CellSpot[];
}

/**
 * The rows of sheetData with their offsets, and where sheetData's content ends. Cells are parsed
 * only in the `wanted` rows (0-based): an edit touches a few rows of a sheet that may have
 * 100,000, and the others are passed straight to their end tag.
 */
function layout(xml: string, wanted: ReadonlySet<number>): { rows: RowSpot[]; dataOpen: number; dataClose: number; selfClosing: boolean; prefix: string } {
  const p = rootPrefix(xml);
  const start = xml.indexOf(`<${p}sheetData`);
  const rows: RowSpot[] = [];
  if (start < 0) return { rows, dataOpen: -1, dataClose: -1, selfClosing: false, prefix: p };
  const gt = xml.indexOf(">", start);
  if (xml.charCodeAt(gt - 1) === 47) return { rows, dataOpen: start, dataClose: gt + 1, selfClosing: true, prefix: p };
  const dataClose = xml.indexOf(`</${p}sheetData>`, gt);
  const rowTag = `<${p}row`;
  const rowEnd = `</${p}row>`;
  const cellTag = `<${p}c`;
  const cellEnd = `</${p}c>`;
  const formulaTag = new RegExp(`<${p}f[\\s/>]`);
  let i = gt + 1;
  let row = -1;
  while (i < dataClose) {
    const rs = xml.indexOf(rowTag, i);
    if (rs < 0 || rs >= dataClose) break;
    if (!isBoundary(xml.charCodeAt(rs + rowTag.length))) {
      i = rs + 1;
      continue;
    }
    const rgt = xml.indexOf(">", rs);
    const tag = xml.slice(rs, rgt + 1);
    const r = /\sr\s*=\s*["'](\d+)["']/.exec(tag);
    row = r ? Number(r[1]) - 1 : row + 1;
    if (xml.charCodeAt(rgt - 1) === 47) {
      rows.push({ row, start: rs, open: rgt + 1, close: rgt + 1, end: rgt + 1, tag, cells: [] });
      i = rgt + 1;
      continue;
    }
    const close = xml.indexOf(rowEnd, rgt);
    const cells: CellSpot[] = [];
    let col = -1;
    let j = wanted.has(row) ? rgt + 1 : close;
    while (j < close) {
      const cs = xml.indexOf(cellTag, j);
      if (cs < 0 || cs >= close) break;
      if (!isBoundary(xml.charCodeAt(cs + cellTag.length))) {
        j = cs + 1;
        continue;
      }
      const cgt = xml.indexOf(">", cs);
      const ctag = xml.slice(cs, cgt + 1);
      const ref = /\sr\s*=\s*["']([A-Za-z]+\d+)["']/.exec(ctag);
      const at = ref ? parseRef(ref[1]!) : null;
      col = at ? at.col : col + 1;
      const s = /\ss\s*=\s*["'](\d+)["']/.exec(ctag);
      const selfClosing = xml.charCodeAt(cgt - 1) === 47;
      const end = selfClosing ? cgt + 1 : xml.indexOf(cellEnd, cgt) + cellEnd.length;
      const inner = selfClosing ? "" : xml.slice(cgt + 1, end);
      cells.push({ row, col, start: cs, end, style: s ? Number(s[1]) : undefined, formula: formulaTag.test(inner) });
      j = end;
    }
    rows.push({ row, start: rs, open: rgt + 1, close, end: close + rowEnd.length, tag, cells });
    i = close + rowEnd.length;
  }
  return { rows, dataOpen: start, dataClose, selfClosing: false, prefix: p };
}

/** Where the given cells are (row * 16384 + col keys); cells not in the XML are absent from the answer. */
export function findCells(xml: string, keys: ReadonlySet<number>): Map<number, CellSpot> {
  const out = new Map<number, CellSpot>();
  const rows = new Set([...keys].map((k) => Math.floor(k / 16_384)));
  for (const r of layout(xml, rows).rows) for (const c of r.cells) if (keys.has(c.row * 16_384 + c.col)) out.set(c.row * 16_384 + c.col, c);
  return out;
}

/**
 * The sheet with each edited cell's element replaced by its new XML (a `<c r=…>` element), cells
 * and rows that did not exist inserted in order. Untouched rows are copied as they are.
 */
export function applyCellEdits(xml: string, edits: ReadonlyMap<number, string>): string {
  if (edits.size === 0) return xml;
  const editedRows = new Set([...edits.keys()].map((k) => Math.floor(k / 16_384)));
  const { rows, dataOpen, dataClose, selfClosing, prefix: p } = layout(xml, editedRows);
  if (dataOpen < 0) return xml;
  // A sheet written with a prefix ("x:c") needs its new cells in the same namespace.
  const ns = (cell: string) => (p ? cell.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${p}`) : cell);
  const byRow = new Map<number, Map<number, string>>();
  for (const [key, cell] of edits) {
    const r = Math.floor(key / 16_384);
    const m = byRow.get(r) ?? new Map<number, string>();
    m.set(key % 16_384, ns(cell));
    byRow.set(r, m);
  }
  const newRow = (r: number) => {
    const cells = [...byRow.get(r)!.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
    return `<${p}row r="${r + 1}">${cells.join("")}</${p}row>`;
  };
  const pending = [...byRow.keys()].filter((r) => !rows.some((x) => x.row === r)).sort((a, b) => a - b);
  const out: string[] = [];
  let cursor = 0;
  let next = 0;
  for (const row of rows) {
    while (next < pending.length && pending[next]! < row.row) {
      out.push(xml.slice(cursor, row.start), newRow(pending[next++]!));
      cursor = row.start;
    }
    const edited = byRow.get(row.row);
    if (!edited) continue;
    out.push(xml.slice(cursor, row.start));
    const tag = row.tag.replace(/\sspans\s*=\s*["'][^"']*["']/, "").replace(/\s*\/>$/, ">");
    const body: string[] = [];
    const left = new Map(edited);
    let c = row.open;
    for (const cell of row.cells) {
      for (const [col, x] of [...left.entries()].sort((a, b) => a[0] - b[0])) {
        if (col >= cell.col) break;
        body.push(x);
        left.delete(col);
      }
      body.push(xml.slice(c, cell.start));
      const replacement = left.get(cell.col);
      if (replacement !== undefined) {
        body.push(replacement);
        left.delete(cell.col);
      } else body.push(xml.slice(cell.start, cell.end));
      c = cell.end;
    }
    body.push(xml.slice(c, row.close));
    for (const [, x] of [...left.entries()].sort((a, b) => a[0] - b[0])) body.push(x);
    out.push(tag, ...body, `</${p}row>`);
    cursor = row.end;
  }
  const rest = pending.slice(next).map(newRow).join("");
  if (selfClosing) {
    out.push(xml.slice(cursor, dataOpen), `<${p}sheetData>${rest}</${p}sheetData>`);
    cursor = dataClose;
  } else {
    out.push(xml.slice(cursor, dataClose), rest);
    cursor = dataClose;
  }
  out.push(xml.slice(cursor));
  return out.join("");
}
