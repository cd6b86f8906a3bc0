// The responder's property sets and method calls (ActionType 4 and 3) on the workbook model.
import { FakeExcelError, boxAddress, type WorkbookModel } from "./workbook-model";
import { camel, memberOf, type Obj } from "./responder-objects";
import { callVisualMethod, setVisualProperty } from "./responder-visuals";

const FORMAT_KEYS = new Set(["horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel", "columnWidth", "rowHeight"]);
const LAYOUT_KEYS = new Set(["paperSize", "orientation", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin", "centerHorizontally", "zoom"]);

export function setProperty(model: WorkbookModel, o: Obj, name: string, value: unknown): void {
  const prop = memberOf(o.kind, name);
  model.use(`${o.kind}.${prop}`);
  const s = o.sheet!;
  if (setVisualProperty(model, o, prop, value)) return;
  switch (o.kind) {
    case "Worksheet":
      if (prop === "name") return model.renameSheet(s, String(value));
      model.guardWrite(s);
      if (prop === "tabColor") return void (s.tabColor = String(value));
      if (prop === "showGridlines") return void (s.showGridlines = value === true);
      break;
    case "Range":
      if (prop === "values") return model.setValues(s, o.box!, value);
      if (prop === "numberFormat") return model.setNumberFormat(s, o.box!, value);
      if (prop === "hyperlink") return model.setHyperlink(s, o.box!, value as { documentReference?: string; textToDisplay?: string });
      break;
    case "RangeFormat":
      if (FORMAT_KEYS.has(prop)) return model.setFormat(s, o.box!, prop, value);
      break;
    case "RangeFont":
    case "RangeFill":
      return model.setFormat(s, o.box!, `${o.kind === "RangeFont" ? "font" : "fill"}.${prop}`, value);
    case "RangeBorder":
      return model.setFormat(s, o.box!, `border.${o.key}.${prop}`, value);
    case "PageLayout":
      if (LAYOUT_KEYS.has(prop)) return model.setLayout(s, prop, value);
      break;
    case "HeaderFooter":
      return model.setLayout(s, prop, value);
  }
  throw new FakeExcelError("NotImplemented", `the fakes do not set ${o.kind}.${prop}`);
}

export function callMethod(model: WorkbookModel, o: Obj, name: string, args: readonly unknown[]): unknown {
  const method = camel(name);
  if (o.kind === "Worksheet" && (method === "_RegisterDataChangedEvent" || method === "_UnregisterDataChangedEvent")) {
    // How the client subscribes a sheet's onChanged; the events then come as rich API messages.
    model.use("Worksheet.onChanged");
    o.sheet!.remoteHandlers += method === "_RegisterDataChangedEvent" ? 1 : -1;
    return null;
  }
  model.use(`${o.kind}.${method}`);
  const s = o.sheet;
  const visual = callVisualMethod(model, o, `${o.kind}.${method}`, args);
  if (visual !== undefined) return visual;
  switch (`${o.kind}.${method}`) {
    case "Application.suspendApiCalculationUntilNextSync":
      model.stats.calculationSuspended++;
      return null;
    case "Application.suspendScreenUpdatingUntilNextSync":
      return null;
    case "Worksheet.delete":
      return model.deleteSheet(s!);
    case "Worksheet.activate":
      model.activeSheet = s!.name;
      return null;
    case "Range.merge":
      return model.merge(s!, o.box!);
    case "Range._ValidateArraySize": {
      const b = o.box!;
      if (args[0] !== b.bottom - b.top + 1 || args[1] !== b.right - b.left + 1) {
        throw new FakeExcelError("InvalidArgument", `an array of ${String(args[0])}x${String(args[1])} for a range of ${b.bottom - b.top + 1}x${b.right - b.left + 1}`);
      }
      return null;
    }
    case "Range.select":
      model.selection = { sheet: s!.name, address: boxAddress(o.box!) };
      return null;
    case "WorksheetFreezePanes.freezeRows":
      model.guardWrite(s!);
      s!.freeze = `rows:${String(args[0])}`;
      return null;
    case "WorksheetFreezePanes.freezeColumns":
      model.guardWrite(s!);
      s!.freeze = `cols:${String(args[0])}`;
      return null;
    case "WorksheetFreezePanes.freezeAt":
      model.guardWrite(s!);
      s!.freeze = String(args[0]);
      return null;
    case "PageLayout.setPrintArea":
      return model.setLayout(s!, "printArea", args[0]);
    case "PageLayout.setPrintTitleRows":
      return model.setLayout(s!, "printTitleRows", args[0]);
  }
  throw new FakeExcelError("NotImplemented", `the fakes do not model ${o.kind}.${method}()`);
}
