// The little XML the xlsx host needs: escaping, SpreadsheetML's _xHHHH_ escapes, attributes of one
// start tag, and finding elements by local name (writers differ in prefixes: "x:sheet", "sheet").

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML character and entity references → text. */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== "#") return ENTITY[e]!;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** Cell text as stored (ST_Xstring): entities, then Excel's _xHHHH_ escapes for characters XML cannot carry. */
export function decodeCellText(s: string): string {
  const t = unescapeXml(s);
  return t.indexOf("_x") < 0 ? t : t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Text for an element or attribute value. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/** Cell text for <t>: a literal "_x0041_" and control characters are escaped the way Excel reads them back. */
export function encodeCellText(s: string): string {
  const t = s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return escapeXml(t);
}

/** Attributes of one start tag's text (`<c r="A1" s="3">`), by local name; values unescaped. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const name = m[1]!;
    out.set(name, unescapeXml(m[3] ?? m[4] ?? ""));
  }
  return out;
}

/** Attribute by local name, ignoring a prefix ("r:id" is found as "id" only when asked with the prefix-free name and no other matches). */
export function attr(attrs: Map<string, string>, name: string): string | undefined {
  const direct = attrs.get(name);
  if (direct !== undefined) return direct;
  for (const [k, v] of attrs) if (k.endsWith(`:${name}`)) return v;
  return undefined;
}

export interface Element {
  /** Offset of "<" and just after the element's end (its "/>" or its end tag). */
  readonly start: number;
  readonly end: number;
  /** The start tag's text. */
  readonly tag: string;
  /** The element's prefix with its colon ("x:") or "". */
  readonly prefix: string;
  /** Between the start and end tag ("" for an empty element). */
  readonly inner: string;
  readonly attrs: Map<string, string>;
}

/** Every element of this local name (not nested in itself), in document order. */
export function elements(xml: string, local: string, from = 0, to = xml.length): Element[] {
  const out: Element[] = [];
  const re = new RegExp(`<((?:[\\w.-]+:)?)${local}(?=[\\s/>])`, "g");
  re.lastIndex = from;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    const start = m.index;
    const close = xml.indexOf(">", start);
    if (close < 0) break;
    const tag = xml.slice(start, close + 1);
    const prefix = m[1]!;
    let end = close + 1;
    let inner = "";
    if (xml[close - 1] !== "/") {
      const endTag = `</${prefix}${local}>`;
      const e = xml.indexOf(endTag, close);
      if (e < 0) break;
      inner = xml.slice(close + 1, e);
      end = e + endTag.length;
    }
    out.push({ start, end, tag, prefix, inner, attrs: attributes(tag) });
    re.lastIndex = end;
  }
  return out;
}

export function firstElement(xml: string, local: string): Element | undefined {
  return elements(xml, local)[0];
}

/** Sets (or adds) attributes on a start tag's text, keeping everything else of it. */
export function setAttributes(tag: string, values: Readonly<Record<string, string | null>>): string {
  let t = tag;
  for (const [name, value] of Object.entries(values)) {
    const re = new RegExp(`\\s${name.replace(/[.]/g, "\\.")}\\s*=\\s*("[^"]*"|'[^']*')`);
    if (value === null) t = t.replace(re, "");
    else if (re.test(t)) t = t.replace(re, ` ${name}="${escapeXml(value)}"`);
    else t = t.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
  }
  return t;
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();
export const xmlText = (bytes: Uint8Array): string => decoder.decode(bytes);
export const xmlBytes = (text: string): Uint8Array => encoder.encode(text);
