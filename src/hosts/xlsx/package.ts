// The package (OPC) level of an .xlsx: parts by name, relationships and their targets, content
// types. Targets may be relative ("worksheets/sheet1.xml", "../drawings/drawing1.xml") or
// absolute ("/xl/worksheets/sheet1.xml", as openpyxl writes them): both resolve to the same part.
// Part names compare case-insensitively, as OPC says.

import { ok, type Result } from "../../core/result";
import { attr, elements, escapeXml, xmlText } from "./xml";
import { entryBytes, type ZipArchive, type ZipEntry, type ZipFailure } from "./zip";

export interface Relationship {
  readonly id: string;
  /** The relationship type's last segment: "worksheet", "officeDocument", "styles", "sharedStrings", … */
  readonly kind: string;
  readonly type: string;
  /** Resolved part name (no leading slash), or the raw target for external ones. */
  readonly target: string;
  readonly external: boolean;
}

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = (kind: string) => `${REL_NS}/${kind}`;
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The folder of a part ("xl/workbook.xml" → "xl/"). */
export function folderOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i + 1);
}

/** A relationship target, relative to its source part or absolute, → a part name without a leading slash. */
export function resolveTarget(source: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    // a stray % stays as written
  }
  const joined = t.startsWith("/") ? t.slice(1) : folderOf(source) + t;
  const out: string[] = [];
  for (const seg of joined.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** A target for a relationship from `source` to `part`, relative as Excel writes them. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export function parseRelationships(source: string, xml: string): Relationship[] {
  return elements(xml, "Relationship").map((e) => {
    const type = attr(e.attrs, "Type") ?? "";
    const external = (attr(e.attrs, "TargetMode") ?? "") === "External";
    const rawTarget = attr(e.attrs, "Target") ?? "";
    return {
      id: attr(e.attrs, "Id") ?? "",
      type,
      kind: type.slice(type.lastIndexOf("/") + 1),
      target: external ? rawTarget : resolveTarget(source, rawTarget),
      external,
    };
  });
}

/** The parts of a zip by lower-cased name, for OPC's case-insensitive lookup. */
export class PartIndex {
  private readonly byName = new Map<string, ZipEntry>();
  /** `inflated`: entries already inflated (inflateAhead), by name. */
  constructor(
    readonly zip: ZipArchive,
    private readonly inflated?: ReadonlyMap<string, Uint8Array>,
  ) {
    for (const e of zip.entries) this.byName.set(e.name.toLowerCase(), e);
  }
  entry(part: string): ZipEntry | undefined {
    return this.byName.get(part.toLowerCase());
  }
  has(part: string): boolean {
    return this.byName.has(part.toLowerCase());
  }
  bytes(part: string): Result<Uint8Array | null, ZipFailure> {
    const e = this.entry(part);
    return e ? entryBytes(this.zip, e, this.inflated?.get(e.name)) : ok(null);
  }
  text(part: string): Result<string | null, ZipFailure> {
    const b = this.bytes(part);
    if (!b.ok) return b;
    return ok(b.value === null ? null : xmlText(b.value));
  }
  relationships(source: string): Result<Relationship[], ZipFailure> {
    const xml = this.text(relsPartOf(source));
    if (!xml.ok) return xml;
    return ok(xml.value === null ? [] : parseRelationships(source, xml.value));
  }
}

/** Where the workbook part is: the package's officeDocument relationship, else the usual name. */
export function findWorkbookPart(parts: PartIndex): Result<string | null, ZipFailure> {
  const rels = parts.relationships("");
  if (!rels.ok) return rels;
  const doc = rels.value.find((r) => r.kind === "officeDocument" && !r.external);
  if (doc && parts.has(doc.target)) return ok(doc.target);
  return ok(parts.has("xl/workbook.xml") ? "xl/workbook.xml" : null);
}

/** A <Relationship> element. */
export function relationshipXml(id: string, kind: string, target: string): string {
  return `<Relationship Id="${escapeXml(id)}" Type="${REL_TYPE(kind)}" Target="${escapeXml(target)}"/>`;
}

/** The first "rIdN" not used among `ids`. */
export function freeRelId(ids: Iterable<string>): string {
  const used = new Set(ids);
  for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}
