// 집행현황's picture through the Office host, on both Excels (the hand-written fake, and Microsoft's
// own client library answered by the responder) at every requirement-set profile: the data bar
// and the danger rules as conditional formats, the chart with its three series from the sheet's
// cells, all in the report's one write request.
import { analyze } from "../../../src/core/analyze";
import { planReport } from "../../../src/core/report";
import { OfficePort } from "../../../src/hosts/office/office-port";
import { sampleWorkbookGrid } from "../../../src/sample";
import { CASES, openExcel } from "./backends";

const outcome = planReport(analyze(sampleWorkbookGrid()));
if (!outcome.ok) throw new Error("the sample must give a report");
const summary = outcome.plan.sheets[1]!;
const bar = summary.conditionalFormats!.find((c) => c.kind === "data-bar")!;
const chart = summary.charts![0]!;

describe.each(CASES)("집행현황's picture on the %s Excel at ExcelApi %s", (backend, apiVersion) => {
  it("adds the danger rules, then the data bar, and the chart, in the report's write", async () => {
    const x = openExcel(backend, sampleWorkbookGrid(), { apiVersion });
    const port = new OfficePort(x);
    const w = await port.write(outcome.plan);
    expect(w.ok).toBe(true);
    const sheet = x.sheet(outcome.summarySheet);
    const top = bar.range.split(":")[0]!;
    const remaining = summary.conditionalFormats!.find((c) => c.kind === "number" && c.operator === "less-than")!.range;
    expect(sheet.conditionalFormats).toEqual([
      {
        range: bar.range,
        type: "Custom",
        props: { "custom.rule.formula": `=AND(ISNUMBER(${top}),${top}>1)`, "custom.format.font.color": "#9C0006", "custom.format.fill.color": "#FFC7CE" },
      },
      {
        range: remaining,
        type: "Custom",
        props: expect.objectContaining({ "custom.rule.formula": `=AND(ISNUMBER(${remaining.split(":")[0]}),${remaining.split(":")[0]}<0)` }),
      },
      {
        range: bar.range,
        type: "DataBar",
        props: {
          "dataBar.lowerBoundRule": { type: "Number", formula: "0" },
          "dataBar.upperBoundRule": { type: "Number", formula: "1" },
          "dataBar.positiveFormat.fillColor": "#9BC2E6",
          "dataBar.positiveFormat.gradientFill": false,
        },
      },
    ]);
    expect(sheet.charts).toHaveLength(1);
    const c = sheet.charts[0]!;
    expect(c.type).toBe("ColumnClustered");
    expect(c.props).toEqual({
      "title.text": chart.title,
      "legend.position": "Bottom",
      position: { start: `A${chart.anchor.top + 1}`, end: expect.stringMatching(new RegExp(`^G${chart.anchor.bottom + 1}$`)) },
    });
    expect(c.series).toEqual(
      chart.series.map((s) => ({
        name: s.name,
        values: s.values,
        xValues: chart.categories,
        ...(s.as === "line" ? { chartType: "Line", lineColor: `#${s.color}` } : { fill: `#${s.color}` }),
      })),
    );
    // The chart reads the cells the report wrote.
    expect(x.valueAt(outcome.summarySheet, chart.series[1]!.values.split(":")[0]!)).toBe(40_806_390);
  });
});
