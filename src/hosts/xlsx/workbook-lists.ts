// The workbook's lists that gain (or lose) a sheet: workbook.xml (sheets, defined names, the
// active tab), workbook.xml.rels and [Content_Types].xml. Edited as text, in place: everything
// else in these parts (and their prefixes, namespaces and order) stays as the writer left it.

import { CT_WORKSHEET, REL_NS, relationshipXml } from "./package";
import { attr, elements, escapeXml, firstElement, setAttributes } from "./xml";

const STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** Inserts `text` before the end tag of the first element `local`, creating it (after `after`) when missing. */
function appendChild(xml: string, local: string, text: string, create: () => number): string {
  const el = firstElement(xml, local);
  if (el && !el.tag.endsWith("/>")) {
    const at = el.end - `</${el.prefix}${local}>`.length;
    return xml.slice(0, at) + text + xml.slice(at);
  }
  if (el) return `${xml.slice(0, el.start)}${el.tag.replace(/\s*\/>$/, ">")}${text}</${el.prefix}${local}>${xml.slice(el.end)}`;
  const at = create();
  const prefix = firstElement(xml, "workbook")?.prefix ?? "";
  return `${xml.slice(0, at)}<${prefix}${local}>${text}</${prefix}${local}>${xml.slice(at)}`;
}

/** The prefix bound to the relationships namespace on the root (adding xmlns:r when there is none). */
function relPrefix(xml: string): { xml: string; prefix: string } {
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["'](?:${REL_NS}|${STRICT_REL_NS})["']`).exec(xml);
  if (m) return { xml, prefix: m[1]! };
  const root = firstElement(xml, "workbook");
  if (!root) return { xml, prefix: "r" };
  const tag = setAttributes(root.tag, { "xmlns:r": REL_NS });
  return { xml: xml.slice(0, root.start) + tag + xml.slice(root.start + root.tag.length), prefix: "r" };
}

/** workbook.xml with one more <sheet> at the end of <sheets>. */
export function addSheetEntry(xml: string, sheet: { name: string; sheetId: number; rId: string; hidden?: boolean }): string {
  const { xml: withNs, prefix } = relPrefix(xml);
  const sheets = firstElement(withNs, "sheets");
  const p = sheets?.prefix ?? firstElement(withNs, "workbook")?.prefix ?? "";
  const state = sheet.hidden ? ` state="hidden"` : "";
  const entry = `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${sheet.sheetId}"${state} ${prefix}:id="${sheet.rId}"/>`;
  return appendChild(withNs, "sheets", entry, () => withNs.lastIndexOf("</"));
}

/**
 * workbook.xml without the sheet at `index`: its <sheet>, the defined names local to it; later
 * sheets' local names, the active tab and the first visible tab shift down by one.
 */
export function removeSheetEntry(xml: string, index: number): string {
  const sheets = elements(xml, "sheet");
  const target = sheets[index];
  if (!target) return xml;
  let out = xml.slice(0, target.start) + xml.slice(target.end);
  const names = elements(out, "definedName");
  for (const n of [...names].reverse()) {
    const local = attr(n.attrs, "localSheetId");
    if (local === undefined) continue;
    const id = Number(local);
    if (id === index) out = out.slice(0, n.start) + out.slice(n.end);
    else if (id > index) out = out.slice(0, n.start) + setAttributes(n.tag, { localSheetId: String(id - 1) }) + out.slice(n.start + n.tag.length);
  }
  const view = firstElement(out, "workbookView");
  if (view) {
    const shift = (v: string | undefined) => (v === undefined ? null : String(Math.max(0, Number(v) > index ? Number(v) - 1 : Number(v) === index ? 0 : Number(v))));
    const tag = setAttributes(view.tag, { activeTab: shift(attr(view.attrs, "activeTab")), firstSheet: shift(attr(view.attrs, "firstSheet")) });
    out = out.slice(0, view.start) + tag + out.slice(view.start + view.tag.length);
  }
  return out;
}

/** workbook.xml with a defined name (a print area or print titles) for the sheet at `localSheetId`, replacing one of that name. */
export function setDefinedName(xml: string, name: string, localSheetId: number, value: string): string {
  let out = xml;
  for (const n of elements(out, "definedName").reverse()) {
    if (attr(n.attrs, "name") === name && attr(n.attrs, "localSheetId") === String(localSheetId)) out = out.slice(0, n.start) + out.slice(n.end);
  }
  const p = firstElement(out, "workbook")?.prefix ?? "";
  const entry = `<${p}definedName name="${name}" localSheetId="${localSheetId}">${escapeXml(value)}</${p}definedName>`;
  // After <sheets> (and <functionGroups>, <externalReferences>), as CT_Workbook orders them.
  return appendChild(out, "definedNames", entry, () => {
    const after = firstElement(out, "externalReferences") ?? firstElement(out, "sheets");
    return after ? after.end : out.lastIndexOf("</");
  });
}

/** workbook.xml whose first window shows the sheet at `index`. */
export function setActiveTab(xml: string, index: number): string {
  const view = firstElement(xml, "workbookView");
  if (view) return xml.slice(0, view.start) + setAttributes(view.tag, { activeTab: String(index) }) + xml.slice(view.start + view.tag.length);
  const sheets = firstElement(xml, "sheets");
  if (!sheets) return xml;
  const p = sheets.prefix;
  return `${xml.slice(0, sheets.start)}<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>${xml.slice(sheets.start)}`;
}

/** The workbook's sheets as listed: name, sheetId, relationship id and visibility. */
export function sheetEntries(xml: string): { name: string; sheetId: number; rId: string; hidden: boolean }[] {
  const sheets = firstElement(xml, "sheets");
  if (!sheets) return [];
  return elements(sheets.inner, "sheet").map((e) => {
    const state = attr(e.attrs, "state") ?? "visible";
    return { name: attr(e.attrs, "name") ?? "", sheetId: Number(attr(e.attrs, "sheetId") ?? 0), rId: attr(e.attrs, "id") ?? "", hidden: state === "hidden" || state === "veryHidden" };
  });
}

/** <workbookPr date1904="1"/> (or "true"). */
export function isDate1904(xml: string): boolean {
  const pr = firstElement(xml, "workbookPr");
  const v = pr ? attr(pr.attrs, "date1904") : undefined;
  return v === "1" || v === "true";
}

export function addRelationship(xml: string, id: string, kind: string, target: string): string {
  const at = xml.lastIndexOf("</");
  const p = firstElement(xml, "Relationships")?.prefix ?? "";
  const rel = relationshipXml(id, kind, target);
  return xml.slice(0, at) + (p ? rel.replace("<Relationship", `<${p}Relationship`) : rel) + xml.slice(at);
}

export function removeRelationship(xml: string, id: string): string {
  const rel = elements(xml, "Relationship").find((e) => attr(e.attrs, "Id") === id);
  return rel ? xml.slice(0, rel.start) + xml.slice(rel.end) : xml;
}

export function addOverride(xml: string, part: string, contentType = CT_WORKSHEET): string {
  const at = xml.lastIndexOf("</");
  return `${xml.slice(0, at)}<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>${xml.slice(at)}`;
}

export function removeOverride(xml: string, part: string): string {
  const o = elements(xml, "Override").find((e) => (attr(e.attrs, "PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase());
  return o ? xml.slice(0, o.start) + xml.slice(o.end) : xml;
}

/** Relationship ids already used in a .rels part. */
export function relationshipIds(xml: string): string[] {
  return elements(xml, "Relationship").map((e) => attr(e.attrs, "Id") ?? "");
}
