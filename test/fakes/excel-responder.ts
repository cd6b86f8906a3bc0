// Answers the requests Microsoft's Excel client library (excel-web-16.00.js) sends, from the shared
// workbook model, the way Excel on the web answers them: POST <url>/ProcessQuery with a body of
// `ObjectPaths` (how to reach each object: the workbook, a property, a method's result, an indexer,
// a null object) and `Actions` in order (1 instantiate a path, 2 query properties, 3 call a method,
// 4 set a property, 5 trace). The answer is `{ Results: [{ ActionId, Value }], Error? }`; property
// names go over the wire in PascalCase ("Values", "NumberFormat"), collections as `_Items`, a null
// object as a null Value, and an object that can be found again with an id the client then uses
// instead of the path that made it: a worksheet's `Id`, and a `_ReferenceId` for an object the client
// asked to keep (`_KeepReference`: a range used across syncs). Without them a path made by a method
// is invalid after its request, as in Excel. The first failing action stops the request, with the
// effects of the actions before it kept.
import { callMethod, setProperty } from "./responder-calls";
import { NAVIGATION, camel, memberOf, pascal, type Obj } from "./responder-objects";
import { instantiateVisual } from "./responder-visuals";
import { FakeExcelError, parseAddress, type FakeSheet, type WorkbookModel } from "./workbook-model";

export interface RequestBody {
  readonly Actions: readonly Action[];
  readonly ObjectPaths: Readonly<Record<string, ObjectPath>>;
}

interface Action {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: { readonly Arguments?: readonly unknown[]; readonly ReferencedObjectPathIds?: readonly number[] };
  readonly QueryInfo?: { readonly Select?: readonly string[]; readonly Expand?: readonly string[] };
}

interface ObjectPath {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  /** An argument listed in ReferencedObjectPathIds is the id of another object path. */
  readonly ArgumentInfo?: { readonly Arguments?: readonly unknown[]; readonly ReferencedObjectPathIds?: readonly number[] };
}

export interface ResponseBody {
  readonly Results: { ActionId: number; Value: unknown }[];
  readonly Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex?: number };
}

/** Library-internal calls that manage object lifetimes; they change nothing in the workbook. */
const LIFETIME_METHODS = new Set(["_KeepReference", "_RemoveReference", "_RemoveAllReferences"]);

export function respond(model: WorkbookModel, body: RequestBody, requestBytes: number): ResponseBody {
  let syncNo: number;
  try {
    syncNo = model.beginRequest(requestBytes);
  } catch (e) {
    return { Results: [], Error: wireError(e) };
  }
  const objects = new Map<number, Obj>();
  const kept = new Set<number>();
  const references = referencesOf(model);
  const results: { ActionId: number; Value: unknown }[] = [];
  const resolve = (id: number): Obj => {
    const known = objects.get(id);
    if (known) return known;
    const path = body.ObjectPaths[String(id)];
    if (!path) throw new FakeExcelError("InvalidObjectPath", `no object path ${id}`);
    const refs = new Set(path.ArgumentInfo?.ReferencedObjectPathIds ?? []);
    const args = (path.ArgumentInfo?.Arguments ?? []).map((x) => (typeof x === "number" && refs.has(x) ? resolve(x) : x));
    const obj =
      path.ObjectPathType === 6
        ? (references.get(path.Name) ?? fail("InvalidObjectPath", `no object kept as ${path.Name}`))
        : instantiate(model, path, path.ParentObjectPathId === undefined ? null : resolve(path.ParentObjectPathId), args);
    objects.set(id, obj);
    return obj;
  };
  let effective = 0;
  for (let index = 0; index < body.Actions.length; index++) {
    const a = body.Actions[index]!;
    try {
      if (a.ActionType === 1) {
        const o = resolve(a.ObjectPathId);
        results.push({ ActionId: a.Id, Value: o.isNull ? null : identity(o, kept.has(a.ObjectPathId) ? references : null) });
        continue;
      }
      if (a.ActionType === 5) {
        results.push({ ActionId: a.Id, Value: null });
        continue;
      }
      if (a.ActionType === 3 && LIFETIME_METHODS.has(a.Name)) {
        if (a.Name === "_KeepReference") kept.add(a.ObjectPathId);
        if (a.Name === "_RemoveReference") references.delete(String(a.ArgumentInfo?.Arguments?.[0]));
        if (a.Name === "_RemoveAllReferences") references.clear();
        continue;
      }
      model.checkFailure(syncNo, effective++);
      const o = resolve(a.ObjectPathId);
      if (o.isNull) {
        // Loading a null object is how the client learns isNullObject; anything else is refused.
        if (a.ActionType !== 2) throw new FakeExcelError("InvalidOperation", `${a.Name} on a null object`);
        results.push({ ActionId: a.Id, Value: null });
        continue;
      }
      // An argument that is an object (a range given to a chart's series) comes as its path's id.
      const argRefs = new Set(a.ArgumentInfo?.ReferencedObjectPathIds ?? []);
      const args = (a.ArgumentInfo?.Arguments ?? []).map((x) => (typeof x === "number" && argRefs.has(x) ? resolve(x) : x));
      if (a.ActionType === 2) results.push({ ActionId: a.Id, Value: query(model, o, a.QueryInfo?.Select ?? []) });
      else if (a.ActionType === 4) setProperty(model, o, a.Name, args[0]);
      else if (a.ActionType === 3) results.push({ ActionId: a.Id, Value: callMethod(model, o, a.Name, args) ?? null });
      else throw new FakeExcelError("NotImplemented", `action type ${a.ActionType}`);
    } catch (e) {
      model.flushEvents();
      return { Results: results, Error: { ...wireError(e), ActionIndex: index } };
    }
  }
  const response: ResponseBody = { Results: results };
  const bytes = Buffer.byteLength(JSON.stringify(response), "utf8");
  try {
    model.endRequest(bytes);
  } catch (e) {
    return { Results: [], Error: wireError(e) };
  }
  return response;
}

/** What an instantiation answers: a worksheet's Id; for a kept object, a reference id to use later. */
function identity(o: Obj, references: Map<string, Obj> | null): Record<string, unknown> {
  if (o.kind === "Worksheet") return { Id: o.sheet!.id };
  if (!references) return {};
  const id = `ref${++referenceCount}`;
  references.set(id, o);
  return { _ReferenceId: id };
}

let referenceCount = 0;
const referenceTables = new WeakMap<WorkbookModel, Map<string, Obj>>();

function referencesOf(model: WorkbookModel): Map<string, Obj> {
  let t = referenceTables.get(model);
  if (!t) referenceTables.set(model, (t = new Map()));
  return t;
}

function fail(code: string, message: string): never {
  throw new FakeExcelError(code, message);
}

function wireError(e: unknown): { Code: string; Message: string; HttpStatusCode: number } {
  if (e instanceof FakeExcelError) {
    const status = e.code === "RequestPayloadSizeLimitExceeded" || e.code === "ResponsePayloadSizeLimitExceeded" ? 413 : 400;
    return { Code: e.code, Message: e.message, HttpStatusCode: status };
  }
  // A bug in the fake is a bug to see, not an Excel error to handle.
  throw e;
}

function instantiate(model: WorkbookModel, path: ObjectPath, parent: Obj | null, args: readonly unknown[]): Obj {
  switch (path.ObjectPathType) {
    case 1:
      return { kind: "Workbook" };
    case 7:
      return { kind: parent?.kind ?? "Range", isNull: true };
  }
  if (!parent) throw new FakeExcelError("InvalidObjectPath", `path ${path.Id} has no parent`);
  if (parent.isNull) return { kind: "Range", isNull: true };
  if (path.ObjectPathType === 4) {
    const kind = NAVIGATION[parent.kind]?.[path.Name];
    if (!kind) throw new FakeExcelError("NotImplemented", `the fakes do not model ${parent.kind}.${camel(path.Name)}`);
    model.use(`${parent.kind}.${memberOf(parent.kind, path.Name)}`);
    return { ...parent, kind, isNull: false };
  }
  if (path.ObjectPathType === 5) return item(model, parent, String(args[0]));
  if (path.ObjectPathType === 3) {
    const member = `${parent.kind}.${camel(path.Name)}`;
    const visual = instantiateVisual(model, member, parent, args);
    if (visual) return visual;
    switch (member) {
      case "WorksheetCollection.add":
        model.use(member);
        return { kind: "Worksheet", sheet: model.addSheet(String(args[0])) };
      case "WorksheetCollection.getItem":
      case "RangeBorderCollection.getItem":
        return item(model, parent, String(args[0]));
      case "Worksheet.getRange":
        model.use(member);
        return { kind: "Range", sheet: parent.sheet, box: parseAddress(String(args[0] ?? "")) };
      case "Worksheet.getUsedRangeOrNullObject": {
        model.use(member);
        const box = parent.sheet!.usedBox();
        return box ? { kind: "Range", sheet: parent.sheet, box } : { kind: "Range", isNull: true };
      }
      // How the client splits a large values or numberFormat array: a block of whole rows at a time.
      case "Range.getRow": {
        model.use(member);
        const b = parent.box!;
        const row = b.top + Number(args[0]);
        return { kind: "Range", sheet: parent.sheet, box: { top: row, bottom: row, left: b.left, right: b.right } };
      }
      case "Range.getBoundingRect": {
        model.use(member);
        const [p, q] = [parent.box!, (args[0] as Obj).box!];
        const box = { top: Math.min(p.top, q.top), left: Math.min(p.left, q.left), bottom: Math.max(p.bottom, q.bottom), right: Math.max(p.right, q.right) };
        return { kind: "Range", sheet: parent.sheet, box };
      }
      case "PageBreakCollection.add": {
        model.use(member);
        model.guardWrite(parent.sheet!);
        parent.sheet!.rowBreaks.push(parseAddress(String(args[0])).top);
        return { kind: "PageBreak", sheet: parent.sheet };
      }
    }
    throw new FakeExcelError("NotImplemented", `the fakes do not model ${member}()`);
  }
  throw new FakeExcelError("NotImplemented", `object path type ${path.ObjectPathType}`);
}

/** getItem(key) of a collection: a worksheet by name or id, a border by edge. */
function item(model: WorkbookModel, parent: Obj, key: string): Obj {
  if (parent.kind === "WorksheetCollection") {
    model.use("WorksheetCollection.getItem");
    return { kind: "Worksheet", sheet: model.sheet(key) };
  }
  if (parent.kind === "RangeBorderCollection") {
    model.use("RangeBorderCollection.getItem");
    return { ...parent, kind: "RangeBorder", key };
  }
  throw new FakeExcelError("NotImplemented", `the fakes do not index ${parent.kind}`);
}

function query(model: WorkbookModel, o: Obj, select: readonly string[]): unknown {
  switch (o.kind) {
    case "WorksheetCollection": {
      model.use("Workbook.worksheets");
      model.use("WorksheetCollection.items");
      const props = select.map((s) => s.replace(/^items\//i, ""));
      return { _Items: model.sheets.map((s) => ({ ...worksheetProps(model, s, props), Id: s.id })) };
    }
    case "Worksheet":
      return worksheetProps(model, o.sheet!, select);
    case "WorksheetProtection":
      model.use("WorksheetProtection.protected");
      return { Protected: o.sheet!.protected };
    case "Range": {
      const out: Record<string, unknown> = {};
      for (const p of select) {
        model.use(`Range.${p}`);
        out[pascal(p)] = model.rangeProp(o.sheet!, o.box!, p);
      }
      return out;
    }
    case "PageLayout": {
      const out: Record<string, unknown> = {};
      for (const p of select) {
        model.use(`PageLayout.${p}`);
        if (p !== "zoom") throw new FakeExcelError("NotImplemented", `the fakes do not load PageLayout.${p}`);
        out.Zoom = { ...((o.sheet!.layout.zoom as object | undefined) ?? {}) };
      }
      return out;
    }
  }
  throw new FakeExcelError("NotImplemented", `the fakes do not load ${o.kind}`);
}

function worksheetProps(model: WorkbookModel, s: FakeSheet, props: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of props) {
    model.use(`Worksheet.${p}`);
    if (p === "name") out.Name = s.name;
    else if (p === "visibility") out.Visibility = s.visibility;
    else if (p === "id") out.Id = s.id;
    else throw new FakeExcelError("NotImplemented", `the fakes do not load Worksheet.${p}`);
  }
  return out;
}
