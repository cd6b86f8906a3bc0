// 집행현황's picture in the .xlsx: the conditional formats read back by another program (ExcelJS,
// which also reads Excel 2010's data-bar extension), and the chart as real parts: a drawing
// related from the sheet, a chart related from the drawing, their content types, well-formed XML,
// formulas pointing at the sheet's cells and caches holding exactly their values. LibreOffice
// draws both (npm run render; docs/images/summary-page2.png).
import { spawnSync } from "node:child_process";
import JSZip from "jszip";
import { analyze } from "../../../src/core/analyze";
import { planReport } from "../../../src/core/report";
import { buildWorkbookFromGrid, newWorkbook, readWorkbookGrid, saveXlsx, tryLoadXlsx, writePlan } from "../../../src/hosts/xlsx/xlsx-port";
import { sampleWorkbookGrid } from "../../../src/sample/index";
import { viewWithExcelJS } from "./exceljs-view";

const outcome = planReport(analyze(sampleWorkbookGrid()));
if (!outcome.ok) throw new Error("the sample must give a report");
const summary = outcome.plan.sheets[1]!;

async function written(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const r = writePlan(wb, outcome.ok ? outcome.plan : { sheets: [], replace: [] });
  if (!r.ok) throw new Error(r.error.detail);
  return saveXlsx(wb);
}

/** A part's text, following the relationship of `type` from `source`. */
async function related(zip: JSZip, source: string, type: string): Promise<{ part: string; xml: string }> {
  const folder = source.slice(0, source.lastIndexOf("/") + 1);
  const rels = await zip.file(`${folder}_rels/${source.slice(folder.length)}.rels`)!.async("string");
  const m = new RegExp(`Type="[^"]*/${type}" Target="([^"]+)"`).exec(rels);
  if (!m) throw new Error(`no ${type} relationship from ${source}`);
  const parts = `${folder}${m[1]}`.split("/");
  const out: string[] = [];
  for (const p of parts) (p === ".." ? out.pop() : out.push(p));
  const part = out.join("/");
  return { part, xml: await zip.file(part)!.async("string") };
}

function wellFormed(xml: string): boolean {
  const r = spawnSync("xmllint", ["--noout", "-"], { input: xml, encoding: "utf8" });
  if (r.error) throw new Error("xmllint is needed (apt-get install libxml2-utils)");
  return r.status === 0;
}

describe("집행현황 in the .xlsx: data bars, the danger colour, a chart", () => {
  it("writes the conditional formats ExcelJS reads back: the danger rules first, then a solid 0–100% data bar", async () => {
    const ws = (await viewWithExcelJS(await written())).getWorksheet(outcome.summarySheet)!;
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings;
    const ratio = summary.conditionalFormats!.find((c) => c.kind === "data-bar")!.range;
    expect(cfs.map((c) => [c.ref, c.rules[0]!.type, c.rules[0]!.priority])).toEqual([
      [ratio, "expression", 1],
      [ratio.replace(/I/g, "J"), "expression", 2],
      [ratio, "dataBar", 3],
    ]);
    const top = ratio.split(":")[0]!;
    expect(cfs[0]!.rules[0]).toMatchObject({ formulae: [`AND(ISNUMBER(${top}),${top}>1)`], style: { font: { color: { argb: "FF9C0006" } }, fill: { bgColor: { argb: "FFFFC7CE" } } } });
    expect(cfs[1]!.rules[0]).toMatchObject({ formulae: [`AND(ISNUMBER(${top.replace("I", "J")}),${top.replace("I", "J")}<0)`] });
    expect(cfs[2]!.rules[0]).toMatchObject({ cfvo: [{ type: "num", value: 0 }, { type: "num", value: 1 }], gradient: false, minLength: 0, maxLength: 100, color: { argb: "FF9BC2E6" } });
  });

  it("adds the chart as a drawing and a chart part, typed and related, reading the sheet's cells", async () => {
    const bytes = await written();
    const zip = await JSZip.loadAsync(bytes);
    const workbookRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const sheetParts = [...workbookRels.matchAll(/Type="[^"]*\/worksheet" Target="([^"]+)"/g)].map((m) => `xl/${m[1]}`);
    const summaryPart = sheetParts[sheetParts.length - 1]!;
    const sheetXml = await zip.file(summaryPart)!.async("string");
    expect(sheetXml).toMatch(/<drawing r:id="rId1"\/><extLst>/);
    const drawing = await related(zip, summaryPart, "drawing");
    const chart = await related(zip, drawing.part, "chart");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(`PartName="/${drawing.part}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"`);
    expect(types).toContain(`PartName="/${chart.part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);
    for (const xml of [sheetXml, drawing.xml, chart.xml]) expect(wellFormed(xml)).toBe(true);

    const plan = summary.charts![0]!;
    const abs = (range: string) => `'${outcome.summarySheet}'!${range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
    expect(chart.xml).toContain(`<c:f>${abs(plan.categories)}</c:f>`);
    for (const s of plan.series) expect(chart.xml).toContain(`<c:f>${abs(s.values)}</c:f>`);
    expect(chart.xml.match(/<c:barChart>[\s\S]*<\/c:barChart>/)![0].match(/<c:ser>/g)).toHaveLength(2);
    expect(chart.xml.match(/<c:lineChart>[\s\S]*<\/c:lineChart>/)![0].match(/<c:ser>/g)).toHaveLength(1);
    // The caches hold the figures: what was spent by quarter (3분기 and 4분기 blank) and the budget.
    expect(chart.xml).toContain(`<c:pt idx="0"><c:v>40806390</c:v></c:pt><c:pt idx="1"><c:v>25654195</c:v></c:pt></c:numCache>`);
    expect(chart.xml).toContain(`<c:pt idx="1"><c:v>66460585</c:v></c:pt></c:numCache>`);
    expect(chart.xml).toContain(`<c:pt idx="3"><c:v>192500000</c:v></c:pt></c:numCache>`);
    expect(chart.xml).toContain("<c:v>1분기</c:v>");
    const a = plan.anchor;
    expect(drawing.xml).toContain(`<xdr:from><xdr:col>${a.left}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.top}</xdr:row>`);
    expect(drawing.xml).toContain(`<xdr:to><xdr:col>${a.right + 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.bottom + 1}</xdr:row>`);

    // And the workbook still reads: the report's figures are cells like any others.
    const back = await tryLoadXlsx(bytes);
    if (!back.ok) throw new Error(back.error.detail);
    const grid = readWorkbookGrid(back.value);
    expect(grid.sheets.map((s) => s.name)).toEqual([outcome.minutesSheet, outcome.summarySheet]);
  });

  it("a second report in the same file gets its own chart part, and the first is kept", async () => {
    const wb = buildWorkbookFromGrid(sampleWorkbookGrid());
    expect(writePlan(wb, outcome.ok ? outcome.plan : { sheets: [], replace: [] }).ok).toBe(true);
    const again = planReport(analyze(readWorkbookGrid(wb)));
    if (!again.ok) throw new Error("expected a second plan");
    expect(again.summarySheet).toBe(`${outcome.summarySheet} (2)`);
    expect(writePlan(wb, again.plan).ok).toBe(true);
    const zip = await JSZip.loadAsync(await saveXlsx(wb));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).sort();
    expect(charts).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    expect(await zip.file("xl/charts/chart2.xml")!.async("string")).toContain(`'${again.summarySheet}'!`);
  });
});
