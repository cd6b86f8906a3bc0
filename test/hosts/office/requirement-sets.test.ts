// The requirement-set table the fakes enforce is the API reference's, and every API above the
// manifest's ExcelApi 1.7 that the Office host uses is behind an isSetSupported check.
import { readFileSync } from "node:fs";
import { analyze } from "../../../src/core/analyze";
import { fixEdits } from "../../../src/core/fixes";
import { reportThroughSession, validateThroughSession } from "../../fakes/session-paths";
import { planTemplate } from "../../../src/core/plan/template";
import { OfficePort } from "../../../src/hosts/office/office-port";
import { GUARDED_FEATURES, MANIFEST_MIN_SET } from "../../../src/hosts/office/requirements";
import { sampleWorkbookGrid } from "../../../src/sample";
import { CLIENT_LIBRARY } from "../../fakes/real-excel";
import { MEMBER_SETS, compareSets } from "../../fakes/requirement-sets";
import { BACKENDS, openExcel, settle, type AnyExcel } from "./backends";

/** "[Api set: ExcelApi x.y]" of each member of each class/interface of the Excel namespace in
 * @types/office-js, and of each class as "Class.*" (for members without their own, like `items`). */
function typingsSets(): Map<string, string> {
  const dts = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const excel = dts.slice(dts.indexOf("declare namespace Excel {"));
  const out = new Map<string, string>();
  for (const m of excel.matchAll(/\n {4}(?:class|interface) (\w+)\b[^{]*\{/g)) {
    const name = m[1]!;
    if (out.has(`${name}.*`)) continue; // first declaration only
    const before = excel.slice(Math.max(0, m.index! - 3000), m.index!);
    const doc = /\*\/\s*$/.test(before) ? before.slice(before.lastIndexOf("/**")) : "";
    out.set(`${name}.*`, /\[Api set: ExcelApi (\d+\.\d+)/.exec(doc)?.[1] ?? "?");
    let depth = 1;
    let i = m.index! + m[0].length;
    const start = i;
    while (depth > 0 && i < excel.length) {
      if (excel[i] === "{") depth++;
      else if (excel[i] === "}") depth--;
      i++;
    }
    const body = excel.slice(start, i);
    for (const d of body.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:readonly\s+)?(\w+)\s*[?(:<]/g)) {
      const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(d[1]!)?.[1];
      const key = `${name}.${d[2]}`;
      if (set && !out.has(key)) out.set(key, set);
    }
  }
  return out;
}

/** The checks Microsoft's client library itself carries: throwIfApiNotSupported("Class.member", …, "x.y"). */
function clientLibrarySets(): Map<string, string> {
  const js = readFileSync(require.resolve(CLIENT_LIBRARY), "utf8");
  const out = new Map<string, string>();
  for (const m of js.matchAll(/"([A-Z]\w+\.\w+)",\w+,"(\d+\.\d+)"/g)) {
    const prev = out.get(m[1]!);
    if (!prev || compareSets(m[2]!, prev) < 0) out.set(m[1]!, m[2]!);
  }
  return out;
}

describe("the fakes' requirement-set table", () => {
  const typings = typingsSets();
  const library = clientLibrarySets();

  it.each(Object.entries(MEMBER_SETS).filter(([m]) => !m.split(".")[1]!.startsWith("_")))("%s is ExcelApi %s, as the API reference says", (member, set) => {
    expect(typings.get(member) ?? typings.get(`${member.split(".")[0]}.*`)).toBe(set);
  });

  it("agrees with every check Microsoft's client library carries for the same members", () => {
    const checked = Object.keys(MEMBER_SETS).filter((m) => library.has(m));
    expect(checked.length).toBeGreaterThan(10);
    for (const m of checked) expect({ member: m, set: MEMBER_SETS[m] }).toEqual({ member: m, set: library.get(m) });
  });
});

/** Runs every path of the Office host: read, report, results sheet, fixes and their undo, template,
 * go-to-cell, change watching. Returns the port's results (each must succeed). */
async function everyPath(x: AnyExcel): Promise<boolean[]> {
  const port = new OfficePort(x);
  const oks: boolean[] = [];
  oks.push((await port.read()).ok);
  const report = await reportThroughSession(port);
  oks.push(report.delivered && report.reportOk);
  oks.push((await validateThroughSession(port)).written);
  const grid = await port.read();
  if (!grid.ok) return [...oks, false];
  const fixes = fixEdits(analyze(grid.value, { period: { year: 2024, quarter: 2 } }).fixes);
  const applied = await port.applyEdits(fixes.length ? fixes : [{ sheet: "예산", cell: "Z1", value: "=1+1" }]);
  oks.push(applied.ok);
  if (applied.ok) oks.push((await port.applyEdits(applied.value.previous)).ok);
  const template = planTemplate({ year: 2025 });
  oks.push((await port.write({ ...template, sheets: template.sheets.map((s) => ({ ...s, name: `${s.name} 새` })) })).ok);
  oks.push((await port.selectCell("예산", "B3")).ok);
  const seen: string[] = [];
  const w = await port.watchSheetChanges(["집행내역"], (_s, a) => seen.push(a));
  oks.push(w.ok);
  await x.userEdit("집행내역", "B3", [["x"]]);
  await settle();
  oks.push(seen.length === 1);
  if (w.ok) await w.value();
  return oks;
}

const above = (set: string) => compareSets(set, MANIFEST_MIN_SET) > 0;
const guardedMembers = Object.values(GUARDED_FEATURES).flatMap((f) => f.members as readonly string[]);
const isGuarded = (member: string) => guardedMembers.includes(member) || guardedMembers.includes(`${member.split(".")[0]}.*`);

describe.each(BACKENDS)(`every API above ExcelApi ${MANIFEST_MIN_SET} is guarded, on the %s Excel`, (backend) => {
  it(`runs every path at ${MANIFEST_MIN_SET} without touching a member Excel ${MANIFEST_MIN_SET} does not have`, async () => {
    const x = openExcel(backend, sampleWorkbookGrid(), { apiVersion: MANIFEST_MIN_SET });
    expect(await everyPath(x)).not.toContain(false);
    const used = [...x.stats.members].filter((m) => above(MEMBER_SETS[m]!));
    expect(used).toEqual([]);
  }, 30_000);

  it("at 1.20 uses members above it only where the host's table lists them as guarded", async () => {
    const x = openExcel(backend, sampleWorkbookGrid(), { apiVersion: "1.20" });
    expect(await everyPath(x)).not.toContain(false);
    const used = [...x.stats.members].filter((m) => above(MEMBER_SETS[m]!));
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((m) => !isGuarded(m))).toEqual([]);
  }, 30_000);
});

describe("the host's guarded features", () => {
  it.each(Object.entries(GUARDED_FEATURES))("%s is above the manifest's minimum and its members need exactly its set", (_f, { set, members }) => {
    expect(above(set)).toBe(true);
    for (const m of members) {
      if (m.endsWith(".*")) {
        const cls = m.slice(0, -2);
        const sets = Object.entries(MEMBER_SETS).filter(([k]) => k.startsWith(`${cls}.`)).map(([, v]) => v);
        expect(sets.length).toBeGreaterThan(0);
        for (const s of sets) expect(compareSets(s, set)).toBeLessThanOrEqual(0);
      } else expect({ member: m, set: MEMBER_SETS[m] }).toEqual({ member: m, set });
    }
  });
});
