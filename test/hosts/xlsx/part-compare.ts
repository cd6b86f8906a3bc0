// Part-by-part comparison of an input workbook with the copy our host wrote: every input part is
// still there, byte for byte, except the lists that gain the new sheets, which must still hold
// every entry they had (compared semantically: as elements, in order).
import JSZip from "jszip";

export interface PartDiff {
  /** Input parts changed in the copy (other than the lists). */
  readonly changed: string[];
  /** Input parts missing from the copy. */
  readonly missing: string[];
  /** Parts only in the copy. */
  readonly added: string[];
  /** List parts that lost or changed one of their entries. */
  readonly listProblems: string[];
}

export const LIST_PARTS = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("uint8array"));
  return out;
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Elements of these local names, as written (for lists whose entries must all survive). */
function entries(xml: string, names: readonly string[]): string[] {
  const re = new RegExp(`<(?:[\\w]+:)?(${names.join("|")})\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w]+:)?\\1>)`, "g");
  return [...xml.matchAll(re)].map((m) => m[0].replace(/\s+/g, " "));
}

/** `inner` of the first element `name` split into its children's text. */
function children(xml: string, name: string): string[] {
  const m = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(xml);
  if (!m) return [];
  return [...m[1]!.matchAll(/<((?:\w+:)?\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g)].map((x) => x[0]);
}

/** Where the workbook part is; the lists are looked for there (openpyxl's absolute paths name the same parts). */
export async function compareParts(input: Uint8Array, output: Uint8Array): Promise<PartDiff> {
  const a = await parts(input);
  const b = await parts(output);
  const changed: string[] = [];
  const missing: string[] = [];
  const listProblems: string[] = [];
  for (const [name, data] of a) {
    const copy = b.get(name);
    if (!copy) {
      missing.push(name);
      continue;
    }
    if (LIST_PARTS.includes(name)) {
      const before = text(data);
      const after = text(copy);
      const check = (what: string, list: string[], later: string[]) => {
        // Every entry of the input, in the same order, with only new ones added after or between.
        let j = 0;
        for (const e of list) {
          while (j < later.length && later[j] !== e) j++;
          if (j === later.length) listProblems.push(`${name}: lost or changed ${what} ${e.slice(0, 120)}`);
        }
      };
      if (name === "[Content_Types].xml") check("type", entries(before, ["Default", "Override"]), entries(after, ["Default", "Override"]));
      else if (name.endsWith(".rels")) check("relationship", entries(before, ["Relationship"]), entries(after, ["Relationship"]));
      else if (name === "xl/workbook.xml") {
        check("sheet", entries(before, ["sheet"]), entries(after, ["sheet"]));
        check("defined name", entries(before, ["definedName"]), entries(after, ["definedName"]));
        for (const part of ["pivotCaches", "extLst", "calcPr", "workbookPr"]) check(part, entries(before, [part]), entries(after, [part]));
      } else {
        for (const section of ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"]) check(section, children(before, section), children(after, section));
      }
      continue;
    }
    if (!same(data, copy)) changed.push(name);
  }
  const added = [...b.keys()].filter((n) => !a.has(n));
  return { changed, missing, added, listProblems };
}
