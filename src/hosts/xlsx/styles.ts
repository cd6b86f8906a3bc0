// styles.xml: which cell formats are dates (for reading), and appending the formats our new sheets
// and cell edits need (for writing). Existing entries are never changed or reordered, so every
// style index in the user's sheets keeps its meaning; new ones are added at the end of each list.

import type { BorderStyle, CellStyle, ConditionalFormat } from "../../core/plan/sheet-plan";
import { argb, dxfXml } from "./sheet-visuals";
import { attr, elements, escapeXml, firstElement, setAttributes } from "./xml";

/** Excel's built-in number formats that are dates or times (14–22; 27–36 and 50–58 are the East Asian date formats, 45–47 times). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Codes of the built-in formats a user meets (as ExcelJS and Excel's en-US UI name them). */
const BUILTIN_CODES: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};
const BUILTIN_ID_OF = new Map(Object.entries(BUILTIN_CODES).filter(([id]) => Number(id) !== 14).map(([id, code]) => [code, Number(id)]));

/**
 * A format code shows a date or time: y, m, d, h, s (any case) or b outside quotes, brackets
 * ([Red], [$-412], [h] is stripped but its ":mm" remains) and escapes. "0.00E+00" is not a date.
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "").replace(/\\.|[_*]./g, "").replace(/general/gi, "");
  return /[ymdhsYMDHS]|b/.test(bare);
}

const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type Section = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";
const CHILD: Record<Section, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf", dxfs: "dxf" };

/** The styles of one workbook: read once at load, added to by writes, serialized when saved. */
export class Styles {
  private readonly numFmtCode = new Map<number, string>();
  /** numFmtId of each cellXfs entry, existing and added. */
  private readonly xfNumFmt: number[] = [];
  private readonly xfXml: string[] = [];
  private readonly counts: Record<Section, number> = { numFmts: 0, fonts: 0, fills: 0, borders: 0, cellXfs: 0, dxfs: 0 };
  private readonly added: Record<Section, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [], dxfs: [] };
  private readonly keys = new Map<string, number>();
  private nextNumFmtId = 164;
  private readonly prefix: string;

  /** `copyOf`: for clone(), whose parsed entries and additions are copied instead of parsing `xml` again. */
  constructor(
    private readonly xml: string,
    copyOf?: Styles,
  ) {
    if (copyOf) {
      this.prefix = copyOf.prefix;
      for (const [k, v] of copyOf.numFmtCode) this.numFmtCode.set(k, v);
      for (let i = 0; i < copyOf.xfNumFmt.length; i++) {
        this.xfNumFmt.push(copyOf.xfNumFmt[i]!);
        this.xfXml.push(copyOf.xfXml[i]!);
      }
      for (const k of Object.keys(copyOf.added) as Section[]) {
        this.counts[k] = copyOf.counts[k];
        this.added[k] = [...copyOf.added[k]];
      }
      for (const [k, v] of copyOf.keys) this.keys.set(k, v);
      this.nextNumFmtId = copyOf.nextNumFmtId;
      return;
    }
    this.prefix = firstElement(xml, "styleSheet")?.prefix ?? "";
    // Ids of conditional formats' own numFmts (in dxfs) are avoided too, but only the numFmts list names cell formats.
    const numFmts = firstElement(xml, "numFmts");
    const numFmtList = numFmts ? elements(numFmts.inner, "numFmt") : [];
    for (const e of numFmtList) this.numFmtCode.set(Number(attr(e.attrs, "numFmtId")), attr(e.attrs, "formatCode") ?? "");
    for (const e of elements(xml, "numFmt")) this.nextNumFmtId = Math.max(this.nextNumFmtId, Number(attr(e.attrs, "numFmtId")) + 1 || 0);
    const cellXfs = firstElement(xml, "cellXfs");
    for (const e of cellXfs ? elements(cellXfs.inner, "xf") : []) {
      this.xfNumFmt.push(Number(attr(e.attrs, "numFmtId") ?? 0));
      this.xfXml.push(cellXfs!.inner.slice(e.start, e.end));
    }
    // numFmts and cellXfs were listed just above.
    this.counts.numFmts = numFmtList.length;
    this.counts.cellXfs = this.xfXml.length;
    for (const s of ["fonts", "fills", "borders", "dxfs"] as const) {
      const sec = firstElement(xml, s);
      this.counts[s] = sec ? elements(sec.inner, CHILD[s]).length : 0;
    }
  }

  /** An independent copy: the same input text and the same entries added to it. */
  clone(): Styles {
    return new Styles(this.xml, this);
  }

  /** The format code of a cell style index ("General" when it has none). */
  formatCode(xf: number): string {
    const id = this.xfNumFmt[xf] ?? 0;
    return this.numFmtCode.get(id) ?? BUILTIN_CODES[id] ?? "General";
  }

  /** Per cell style index: is a number in this style a date? */
  dateStyles(): boolean[] {
    return this.xfNumFmt.map((id) => {
      const code = this.numFmtCode.get(id);
      return code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_IDS.has(id);
    });
  }

  get changed(): boolean {
    return Object.values(this.added).some((a) => a.length > 0);
  }

  private add(section: Section, xml: string): number {
    const key = `${section}\u0000${xml}`;
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    const index = this.counts[section] + this.added[section].length;
    this.added[section].push(xml);
    this.keys.set(key, index);
    return index;
  }

  numFmtId(code: string): number {
    const builtin = BUILTIN_ID_OF.get(code);
    if (builtin !== undefined) return builtin;
    for (const [id, c] of this.numFmtCode) if (c === code) return id;
    const id = this.nextNumFmtId++;
    this.numFmtCode.set(id, code);
    this.add("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private pushXf(xml: string, numFmtId: number): number {
    const before = this.counts.cellXfs + this.added.cellXfs.length;
    const index = this.add("cellXfs", xml);
    if (index === before) {
      this.xfNumFmt.push(numFmtId);
      this.xfXml.push(xml);
    }
    return index;
  }

  /** Style indexes already made, by style object and default font (a sheet of 700,000 cells has a handful of styles). */
  private readonly made = new WeakMap<object, Map<string, number>>();
  private readonly plain = new Map<string, number>();

  /** A cell style for our own sheets: the style over the sheet's default font. */
  cellStyle(style: CellStyle | undefined, base: { readonly name: string; readonly size: number }): number {
    const baseKey = `${base.name}\u0000${base.size}`;
    const cache = style ? (this.made.get(style) ?? new Map<string, number>()) : this.plain;
    if (style) this.made.set(style, cache);
    const known = cache.get(baseKey);
    if (known !== undefined) return known;
    const index = this.makeCellStyle(style, base);
    cache.set(baseKey, index);
    return index;
  }

  private makeCellStyle(style: CellStyle | undefined, base: { readonly name: string; readonly size: number }): number {
    const f = style?.font;
    const font = [
      f?.bold ? "<b/>" : "",
      f?.italic ? "<i/>" : "",
      f?.underline ? "<u/>" : "",
      `<sz val="${f?.size ?? base.size}"/>`,
      f?.color ? `<color rgb="${argb(f.color)}"/>` : "",
      `<name val="${escapeXml(f?.name ?? base.name)}"/>`,
    ].join("");
    const fontId = this.add("fonts", `<font>${font}</font>`);
    const fillId = style?.fill ? this.add("fills", `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = style?.border ? this.add("borders", borderXml(style.border)) : 0;
    const numFmtId = style?.numberFormat ? this.numFmtId(style.numberFormat) : 0;
    const align: string[] = [];
    if (style?.horizontal) align.push(`horizontal="${style.horizontal}"`);
    if (style?.vertical) align.push(`vertical="${style.vertical === "middle" ? "center" : style.vertical}"`);
    if (style?.wrap) align.push(`wrapText="1"`);
    if (style?.indent) align.push(`indent="${style.indent}"`);
    const applies = [
      numFmtId ? ` applyNumberFormat="1"` : "",
      ` applyFont="1"`,
      fillId ? ` applyFill="1"` : "",
      borderId ? ` applyBorder="1"` : "",
      align.length ? ` applyAlignment="1"` : "",
    ].join("");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return this.pushXf(align.length ? `${head}><alignment ${align.join(" ")}/></xf>` : `${head}/>`, numFmtId);
  }

  /** A differential style for a conditional format (the dxfs list): its index. */
  dxf(style: Extract<ConditionalFormat, { kind: "number" }>["style"]): number {
    return this.add("dxfs", dxfXml(style));
  }

  /** The cell style `xf` with another number format (a fix's "yyyy-mm-dd", an undo's previous format). */
  withNumberFormat(xf: number, code: string): number {
    if (this.formatCode(xf) === code) return xf;
    const id = this.numFmtId(code);
    const source = this.xfXml[xf] ?? `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const start = /^<[^>]*>/.exec(source)![0];
    const tag = setAttributes(start, { numFmtId: String(id), applyNumberFormat: "1" });
    return this.pushXf(tag + source.slice(start.length), id);
  }

  /** styles.xml with the added entries appended to their lists (counts updated); unchanged text when nothing was added. */
  toXml(): string {
    if (!this.changed) return this.xml;
    let xml = this.xml;
    for (const section of ["dxfs", "cellXfs", "borders", "fills", "fonts", "numFmts"] as const) {
      const items = this.added[section];
      if (items.length === 0) continue;
      const p = this.prefix;
      // Our own entries get the sheet's prefix; one cloned from the file's own XML has it already.
      const children = items.map((i) => (p ? i.replace(/<(\/?)(?![\w.-]+:)(?=[a-zA-Z])/g, `<$1${p}`) : i)).join("");
      const count = String(this.counts[section] + items.length);
      const sec = firstElement(xml, section);
      if (sec) {
        const open = setAttributes(sec.tag.replace(/\s*\/>$/, ">"), { count });
        const body = sec.tag.endsWith("/>") ? "" : sec.inner;
        xml = `${xml.slice(0, sec.start)}${open}${body}${children}</${sec.prefix}${section}>${xml.slice(sec.end)}`;
      } else {
        const at = insertionPoint(xml, section);
        xml = `${xml.slice(0, at)}<${p}${section} count="${count}">${children}</${p}${section}>${xml.slice(at)}`;
      }
    }
    return xml;
  }
}

/** Where a missing section goes: before the first later section present, else before </styleSheet>. */
function insertionPoint(xml: string, section: string): number {
  const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(section as (typeof SECTION_ORDER)[number]) + 1);
  for (const s of later) {
    const e = firstElement(xml, s);
    if (e) return e.start;
  }
  return xml.lastIndexOf("</");
}

function borderXml(b: NonNullable<CellStyle["border"]>): string {
  const side = (name: string, s: BorderStyle | undefined) => (s ? `<${name} style="${s}"><color indexed="64"/></${name}>` : `<${name}/>`);
  return `<border>${side("left", b.left)}${side("right", b.right)}${side("top", b.top)}${side("bottom", b.bottom)}<diagonal/></border>`;
}

/** styles.xml of a new workbook: Excel's required defaults (the gray125 fill must be second). */
export function defaultStylesXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
    `</styleSheet>`
  );
}
