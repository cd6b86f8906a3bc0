// The hand-written fake's proxies for conditional formats (Range.conditionalFormats) and charts
// (Worksheet.charts): every set and call is queued and runs at sync against the workbook model
// (visuals-model.ts), with the members it touches recorded for the requirement-set checks.
import type { Box, FakeSheet } from "./fake-sheet";
import type { FakeContext } from "./fake-excel";
import { addChart, addConditionalFormat, seriesOf, setChart, setConditionalFormat, setSeries, type FakeChartSeries } from "./visuals-model";

/** Queues a write on the sheet: its JSON (for the request size), the members it uses, the change. */
export type SheetWrite = (json: Record<string, unknown>, members: string[], f: (s: FakeSheet) => void) => void;

/** An object whose members, when set, queue `onSet(member, value)`. */
function setters(keys: readonly string[], onSet: (key: string, value: unknown) => void): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of keys) Object.defineProperty(o, k, { set: (v: unknown) => onSet(k, v), enumerable: true });
  return o;
}

/** Range.conditionalFormats of a range whose box `box()` gives at sync. */
export function conditionalFormatsProxy(ctx: FakeContext, write: SheetWrite, box: () => Box) {
  return {
    add(type: string) {
      let index = -1;
      write({ conditionalFormats: "add", type }, ["Range.conditionalFormats", "ConditionalFormatCollection.add"], (s) => {
        index = addConditionalFormat(ctx.excel, s, box(), type);
      });
      const set = (path: string, members: string[]) => (value: unknown) =>
        write({ cf: path, value }, members, (s) => setConditionalFormat(ctx.excel, s, index, path, value));
      const bar = ["ConditionalFormat.dataBar"];
      const custom = ["ConditionalFormat.custom"];
      const dataBar = setters(["lowerBoundRule", "upperBoundRule"], (k, v) => set(`dataBar.${k}`, [...bar, `DataBarConditionalFormat.${k}`])(v));
      dataBar["positiveFormat"] = setters(["fillColor", "gradientFill"], (k, v) =>
        set(`dataBar.positiveFormat.${k}`, [...bar, "DataBarConditionalFormat.positiveFormat", `ConditionalDataBarPositiveFormat.${k}`])(v),
      );
      const format = ["CustomConditionalFormat.format"];
      return {
        dataBar,
        custom: {
          rule: setters(["formula"], (k, v) => set(`custom.rule.${k}`, [...custom, "CustomConditionalFormat.rule", `ConditionalFormatRule.${k}`])(v)),
          format: {
            font: setters(["color", "bold"], (k, v) => set(`custom.format.font.${k}`, [...custom, ...format, "ConditionalRangeFormat.font", `ConditionalRangeFont.${k}`])(v)),
            fill: setters(["color"], (k, v) => set(`custom.format.fill.${k}`, [...custom, ...format, "ConditionalRangeFormat.fill", `ConditionalRangeFill.${k}`])(v)),
          },
        },
      };
    },
  };
}

/** A range proxy as an argument: its box at sync. */
export interface RangeArgument {
  target(): Box;
}

/** Worksheet.charts. */
export function chartsProxy(ctx: FakeContext, write: SheetWrite) {
  return {
    add(type: string, source: RangeArgument, seriesBy = "Auto") {
      let index = -1;
      write({ charts: "add", type, seriesBy }, ["Worksheet.charts", "ChartCollection.add"], (s) => {
        index = addChart(ctx.excel, s, type, source.target(), seriesBy);
      });
      const setProp = (path: string, members: string[]) => (value: unknown) => write({ chart: path, value }, members, (s) => setChart(ctx.excel, s, index, path, value));
      const seriesProxy = (pick: number | { add: string | undefined }, members: string[]) => {
        let at = -1;
        write({ series: pick }, ["Chart.series", ...members], (s) => {
          at = seriesOf(s, index, pick);
        });
        const set = (key: keyof FakeChartSeries, value: unknown, used: string[]) => write({ seriesSet: key, value }, used, (s) => setSeries(ctx.excel, s, index, at, key, value));
        const format = ["ChartSeries.format"];
        return {
          set name(v: string) {
            set("name", v, ["ChartSeries.name"]);
          },
          set chartType(v: string) {
            set("chartType", v, ["ChartSeries.chartType"]);
          },
          setValues: (r: RangeArgument) => write({ setValues: 1 }, ["ChartSeries.setValues"], (s) => setSeries(ctx.excel, s, index, at, "values", r.target())),
          setXAxisValues: (r: RangeArgument) => write({ setXAxisValues: 1 }, ["ChartSeries.setXAxisValues"], (s) => setSeries(ctx.excel, s, index, at, "xValues", r.target())),
          format: {
            fill: { setSolidColor: (c: string) => set("fill", c, [...format, "ChartSeriesFormat.fill", "ChartFill.setSolidColor"]) },
            line: setters(["color"], (_k, v) => set("lineColor", v, [...format, "ChartSeriesFormat.line", "ChartLineFormat.color"])),
          },
        };
      };
      return {
        title: setters(["text"], (_k, v) => setProp("title.text", ["Chart.title", "ChartTitle.text"])(v)),
        legend: setters(["position"], (_k, v) => setProp("legend.position", ["Chart.legend", "ChartLegend.position"])(v)),
        setPosition: (start: string, end?: string) => setProp("position", ["Chart.setPosition"])({ start, end }),
        series: {
          getItemAt: (i: number) => seriesProxy(i, ["ChartSeriesCollection.getItemAt"]),
          add: (name?: string) => seriesProxy({ add: name }, ["ChartSeriesCollection.add"]),
        },
      };
    },
  };
}
