// What a plan draws over its cells, as SpreadsheetML parts: conditional formats (data bars, and
// "number above/below" rules as expressions guarded with ISNUMBER, so text such as "-" never
// matches), and charts as a drawing part with DrawingML chart parts. Charts carry caches of the
// values they read, so a reader that does not recalculate (LibreOffice's first paint, a viewer)
// draws them as written. Read by Excel 2007+ and LibreOffice.

import { cellAddress, tryParseCellAddress } from "../../core/address";
import { quoteSheetName } from "../../core/plan/sheet-names";
import type { ChartPlan, ConditionalFormat } from "../../core/plan/sheet-plan";
import { REL_NS } from "./package";
import { escapeXml } from "./xml";

export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A plan's colour ("#1f4e79") as SpreadsheetML's opaque ARGB ("FF1F4E79"). */
export const argb = (rgb: string) => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

const X14_NS = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM_NS = "http://schemas.microsoft.com/office/excel/2006/main";
/** The ext URIs Excel 2010 uses: a 2007 rule's link to its 2010 form, and the sheet's 2010 formats. */
const RULE_EXT = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
const SHEET_EXT = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";

/** A data bar's id linking its 2007 rule to its 2010 form (a GUID by form; unique per sheet). */
const barId = (i: number) => `{6F1C0B3A-9D2E-4C55-8A1B-${String(i + 1).padStart(12, "0")}}`;

/**
 * The <conditionalFormatting> elements, and the worksheet's <extLst> for data bars. Rules that
 * style a cell come first (priority), so a reader that stops at its first rule still shows them.
 * A data bar is written twice, as Excel 2010+ does: the 2007 rule (gradient, any reader) linked to
 * its 2010 form (solid, 0–100% of the cell), which Excel and LibreOffice draw instead.
 * `dxf` gives the differential style index of a rule's style.
 */
export function conditionalFormattingXml(
  formats: readonly ConditionalFormat[],
  dxf: (style: Extract<ConditionalFormat, { kind: "number" }>["style"]) => number,
): { formatting: string; extLst: string } {
  const ordered = [...formats.filter((f) => f.kind === "number"), ...formats.filter((f) => f.kind === "data-bar")];
  const bars: string[] = [];
  const formatting = ordered
    .map((f, i) => {
      const priority = i + 1;
      if (f.kind === "data-bar") {
        const id = barId(bars.length);
        const rule =
          `<cfRule type="dataBar" priority="${priority}"><dataBar minLength="0" maxLength="100">` +
          `<cfvo type="num" val="${f.min}"/><cfvo type="num" val="${f.max}"/><color rgb="${argb(f.color)}"/></dataBar>` +
          `<extLst><ext uri="${RULE_EXT}" xmlns:x14="${X14_NS}"><x14:id>${id}</x14:id></ext></extLst></cfRule>`;
        bars.push(
          `<x14:conditionalFormatting xmlns:xm="${XM_NS}"><x14:cfRule type="dataBar" id="${id}">` +
            `<x14:dataBar minLength="0" maxLength="100" gradient="0" border="1" negativeBarBorderColorSameAsPositive="0">` +
            `<x14:cfvo type="num"><xm:f>${f.min}</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>${f.max}</xm:f></x14:cfvo>` +
            `<x14:borderColor rgb="${argb(f.color)}"/><x14:negativeFillColor rgb="FFFF0000"/><x14:negativeBorderColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/>` +
            `</x14:dataBar></x14:cfRule><xm:sqref>${f.range.replace(/\$/g, "")}</xm:sqref></x14:conditionalFormatting>`,
        );
        return `<conditionalFormatting sqref="${f.range}">${rule}</conditionalFormatting>`;
      }
      const first = f.range.split(":")[0]!.replace(/\$/g, "");
      const op = f.operator === "greater-than" ? "&gt;" : "&lt;";
      const formula = `AND(ISNUMBER(${first}),${first}${op}${f.value})`;
      return `<conditionalFormatting sqref="${f.range}"><cfRule type="expression" dxfId="${dxf(f.style)}" priority="${priority}"><formula>${formula}</formula></cfRule></conditionalFormatting>`;
    })
    .join("");
  const extLst = bars.length ? `<extLst><ext uri="${SHEET_EXT}" xmlns:x14="${X14_NS}"><x14:conditionalFormattings>${bars.join("")}</x14:conditionalFormattings></ext></extLst>` : "";
  return { formatting, extLst };
}

/** A differential style (dxf) for a conditional format's style. */
export function dxfXml(style: Extract<ConditionalFormat, { kind: "number" }>["style"]): string {
  const font = style.font ? `<font>${style.font.bold ? "<b/>" : ""}${style.font.color ? `<color rgb="${argb(style.font.color)}"/>` : ""}</font>` : "";
  // In a dxf a solid fill's colour is its background colour.
  const fill = style.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>` : "";
  return `<dxf>${font}${fill}</dxf>`;
}

export function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${REL_NS}/${r.type}" Target="${escapeXml(r.target)}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}">${items}</Relationships>`;
}

/** The drawing part: one two-cell anchor per chart, each related as rId1, rId2, … */
export function drawingXml(charts: readonly ChartPlan[]): string {
  const anchors = charts.map((c, i) => {
    const a = c.anchor;
    const at = (tag: string, col: number, row: number) => `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${at("from", a.left, a.top)}${at("to", a.right + 1, a.bottom + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}" descr="${escapeXml(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${REL_NS}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${anchors.join("")}</xdr:wsDr>`;
}

/** The cells of an A1 range on the sheet, row by row. */
function rangeCells(range: string): { row: number; col: number }[] {
  const [from, to] = range.split(":").map((x) => tryParseCellAddress(x)!);
  const end = to ?? from!;
  const out: { row: number; col: number }[] = [];
  for (let r = from!.row; r <= end.row; r++) for (let c = from!.col; c <= end.col; c++) out.push({ row: r, col: c });
  return out;
}

function absolute(sheet: string, range: string): string {
  const cells = range.split(":").map((x) => x.replace(/^([A-Z]+)(\d+)$/i, "$$$1$$$2"));
  return `${quoteSheetName(sheet)}!${cells.join(":")}`;
}

const fontProps = (size: number, bold = false) =>
  `<a:defRPr sz="${size}"${bold ? ` b="1"` : ""}><a:latin typeface="맑은 고딕"/><a:ea typeface="맑은 고딕"/></a:defRPr>`;

/** A combination chart (clustered columns, series "as" lines drawn as lines) over cells of `sheet`. */
export function chartXml(sheet: string, chart: ChartPlan, valueAt: (row: number, col: number) => unknown): string {
  const categories = rangeCells(chart.categories);
  const strCache = (cells: { row: number; col: number }[]) =>
    `<c:strCache><c:ptCount val="${cells.length}"/>${cells.map((p, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(valueAt(p.row, p.col) ?? ""))}</c:v></c:pt>`).join("")}</c:strCache>`;
  const numCache = (cells: { row: number; col: number }[]) => {
    const pts = cells
      .map((p, i) => ({ i, v: valueAt(p.row, p.col) }))
      .filter((x): x is { i: number; v: number } => typeof x.v === "number")
      .map((x) => `<c:pt idx="${x.i}"><c:v>${x.v}</c:v></c:pt>`)
      .join("");
    return `<c:numCache><c:formatCode>${escapeXml(chart.valueFormat)}</c:formatCode><c:ptCount val="${cells.length}"/>${pts}</c:numCache>`;
  };
  const cat = `<c:cat><c:strRef><c:f>${escapeXml(absolute(sheet, chart.categories))}</c:f>${strCache(categories)}</c:strRef></c:cat>`;
  const series = chart.series.map((s, idx) => {
    const head = `<c:idx val="${idx}"/><c:order val="${idx}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
    const val = `<c:val><c:numRef><c:f>${escapeXml(absolute(sheet, s.values))}</c:f>${numCache(rangeCells(s.values))}</c:numRef></c:val>`;
    const color = `<a:srgbClr val="${s.color.toUpperCase()}"/>`;
    return s.as === "column"
      ? `<c:ser>${head}<c:spPr><a:solidFill>${color}</a:solidFill></c:spPr><c:invertIfNegative val="0"/>${cat}${val}</c:ser>`
      : `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill>${color}</a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`;
  });
  const columns = chart.series.map((s, i) => (s.as === "column" ? series[i] : "")).join("");
  const lines = chart.series.map((s, i) => (s.as === "line" ? series[i] : "")).join("");
  const axes = `<c:axId val="500001"/><c:axId val="500002"/>`;
  const plot =
    (columns ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${columns}<c:gapWidth val="80"/>${axes}</c:barChart>` : "") +
    (lines ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axes}</c:lineChart>` : "") +
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXml(chart.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${fontProps(1100, true)}</a:pPr><a:r><a:rPr lang="ko-KR" sz="1100" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${REL_NS}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${fontProps(900)}</a:pPr><a:endParaRPr lang="ko-KR"/></a:p></c:txPr></c:chartSpace>`
  );
}

/** A cell's value in a rendered sheet, by 0-based row and column. */
export function valueLookup(cells: readonly { row: number; col: number; value: unknown }[]): (row: number, col: number) => unknown {
  const map = new Map(cells.map((c) => [cellAddress(c.row, c.col), c.value]));
  return (row, col) => map.get(cellAddress(row, col)) ?? null;
}
