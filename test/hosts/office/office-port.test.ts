import type { WorkbookGrid } from "../../../src/core/grid";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/plan/sheet-plan";
import { OfficePort, columnWidthPoints, footerSections, rectangles } from "../../../src/hosts/office/office-port";
import { isDateFormat, needsTextFormat } from "../../../src/hosts/office/text-guard";
import { FakeExcel, PAYLOAD_LIMIT } from "../../fakes/fake-excel";

const small: WorkbookGrid = {
  sheets: [
    {
      name: "집행내역",
      origin: { row: 1, col: 1 },
      values: [
        ["일자", "금액", "비고"],
        [{ kind: "date", serial: 45436 }, 1200000, "=SUM(A1)"],
        [{ kind: "date", serial: 45437 }, "1,200,000원", { kind: "error", code: "#REF!" }],
        [null, true, null],
      ],
    },
    { name: "빈 시트", origin: { row: 0, col: 0 }, values: [] },
  ],
};

function plan(name: string, cells: SheetPlan["cells"], extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    kind: "minutes",
    cells,
    merges: [],
    styles: { b: { font: { bold: true }, border: { top: "thin", bottom: "thin", left: "thin", right: "thin" }, numberFormat: "#,##0" } },
    columnWidths: [10, 10, 20],
    rowHeights: { 0: 30, 1: 30, 5: 18 },
    defaultFont: { name: "맑은 고딕", size: 10 },
    showGridLines: false,
    print: {
      paperSize: "A4",
      orientation: "portrait",
      margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:C10",
      centerHorizontally: true,
      footer: "&C&P / &N",
      printTitleRows: "1:2",
    },
    ...extra,
  };
}

describe("OfficePort.read", () => {
  it("reads used ranges with origin, dates from number formats, errors from value types, in 2 syncs", async () => {
    const fake = FakeExcel.fromGrid(small);
    const port = new OfficePort(fake);
    const r = await port.read();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(small);
    expect(fake.stats.syncs).toBe(2);
  });

  it("marks hidden sheets, in the same 2 syncs", async () => {
    const withHidden: WorkbookGrid = { sheets: small.sheets.map((s, i) => (i === 0 ? { ...s, hidden: true } : s)) };
    const fake = FakeExcel.fromGrid(withHidden);
    const r = await new OfficePort(fake).read();
    expect(r.ok && r.value).toEqual(withHidden);
    expect(fake.stats.syncs).toBe(2);
  });

  it("maps cell-edit mode to its host error", async () => {
    const fake = FakeExcel.fromGrid(small);
    fake.cellEditMode = true;
    const r = await new OfficePort(fake).read();
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: "cell-edit-mode" }) });
  });
});

describe("OfficePort.write", () => {
  it("writes values, formats, widths, print setup in one sync after a read, text as text", async () => {
    const fake = FakeExcel.fromGrid(small);
    const port = new OfficePort(fake);
    await port.read();
    const before = fake.stats.syncs;
    const p: WorkbookPlan = {
      sheets: [
        plan("회의록", [
          { row: 0, col: 0, value: "=SUM(A1)" },
          { row: 0, col: 1, value: "+82 10" },
          { row: 0, col: 2, value: "-" },
          { row: 1, col: 0, value: "00123" },
          { row: 1, col: 1, value: 192500000, style: "b" },
          { row: 1, col: 2, value: 66460585, style: "b" },
          { row: 2, col: 0, value: "35%" },
          { row: 2, col: 1, value: "보고", link: { sheet: "집행내역", cell: "C3" } },
        ], { rowBreaks: [1, 40] }),
      ],
      replace: [],
      activate: "회의록",
    };
    const w = await port.write(p);
    expect(w).toEqual({ ok: true, value: { written: ["회의록"] } });
    expect(fake.stats.syncs - before).toBe(1);
    const cell = (a: string) => fake.cellAt("회의록", a)!;
    expect(cell("A1")).toMatchObject({ value: "=SUM(A1)", numberFormat: "@" });
    expect(cell("A1").formula).toBeUndefined();
    expect(cell("B1").value).toBe("+82 10");
    expect(cell("C1").value).toBe("-");
    expect(cell("A2").value).toBe("00123");
    expect(cell("A3").value).toBe("35%");
    expect(cell("B2")).toMatchObject({ value: 192500000, numberFormat: "#,##0" });
    expect(cell("B2").format).toMatchObject({ "font.bold": true, "border.EdgeTop.style": "Continuous", "font.name": "맑은 고딕" });
    expect(cell("B3").hyperlink).toEqual({ documentReference: "'집행내역'!C3", textToDisplay: "보고" });
    const sheet = fake.sheet("회의록");
    expect(sheet.columnWidths.get(2)).toBe(columnWidthPoints(20));
    expect(sheet.rowHeights.get(0)).toBe(30);
    expect(sheet.rowHeights.get(5)).toBe(18);
    expect(sheet.showGridlines).toBe(false);
    expect(sheet.layout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      leftMargin: 0.6 * 72,
      printArea: "A1:C10",
      printTitleRows: "$1:$2",
      centerFooter: "&P / &N",
      zoom: { horizontalFitToPages: 1 },
    });
    expect(sheet.rowBreaks).toEqual([2, 41]);
    expect(fake.activeSheet).toBe("회의록");
    expect(fake.stats.calculationSuspended).toBe(1);
    expect(fake.stats.runOptions).toContainEqual({ mergeUndoGroup: true });
  });

  it("refuses an existing name unless replacing, writing nothing", async () => {
    const fake = FakeExcel.fromGrid(small);
    const port = new OfficePort(fake);
    const r = await port.write({ sheets: [plan("집행내역", [{ row: 0, col: 0, value: "x" }])], replace: [] });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: "name-conflict" }) });
    expect(fake.cellAt("집행내역", "B2")!.value).toBe("일자");
  });

  it("replaces a sheet named in plan.replace, swapping it in at the end", async () => {
    const fake = FakeExcel.fromGrid(small);
    fake.addSheet("검증 결과").ensure(0, 0).value = "old";
    const port = new OfficePort(fake);
    const r = await port.write({ sheets: [plan("검증 결과", [{ row: 0, col: 0, value: "new" }])], replace: ["검증 결과"] });
    expect(r.ok).toBe(true);
    expect(fake.sheets.map((s) => s.name)).toEqual(["집행내역", "빈 시트", "검증 결과"]);
    expect(fake.cellAt("검증 결과", "A1")!.value).toBe("new");
  });

  it.each([
    ["the first write sync", 2, 3],
    ["the middle of the batch", 2, 40],
  ])("an error in %s leaves no half-written sheet and keeps a replaced one", async (_what, sync, afterOps) => {
    const fake = FakeExcel.fromGrid(small);
    fake.addSheet("검증 결과").ensure(0, 0).value = "old";
    const port = new OfficePort(fake);
    fake.failure = { sync, afterOps, code: "GeneralException" };
    const r = await port.write({
      sheets: [plan("회의록", [{ row: 0, col: 0, value: "a" }]), plan("검증 결과", [{ row: 0, col: 0, value: "new" }])],
      replace: ["검증 결과"],
    });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: "unknown" }) });
    expect(fake.sheets.map((s) => s.name)).toEqual(["집행내역", "빈 시트", "검증 결과"]);
    expect(fake.cellAt("검증 결과", "A1")!.value).toBe("old");
  });

  it("rejects invalid sheet names before touching Excel", async () => {
    const fake = FakeExcel.fromGrid(small);
    const r = await new OfficePort(fake).write({ sheets: [plan("a/b", [])], replace: [] });
    expect(r.ok).toBe(false);
    expect(fake.stats.syncs).toBe(0);
  });

  it("skips page layout where ExcelApi 1.9 is missing, and the undo group below 1.20", async () => {
    const fake = FakeExcel.fromGrid(small);
    fake.apiVersion = "1.7";
    const r = await new OfficePort(fake).write({ sheets: [plan("회의록", [{ row: 0, col: 0, value: 1 }])], replace: [] });
    expect(r.ok).toBe(true);
    expect(fake.sheet("회의록").layout).toEqual({});
    expect(fake.stats.runOptions).toEqual([]);
  });
});

describe("OfficePort at scale", () => {
  const ROWS = 50_000;
  const ledger: WorkbookGrid = {
    sheets: [
      {
        name: "집행내역",
        origin: { row: 0, col: 0 },
        values: Array.from({ length: ROWS }, (_, i) => [
          { kind: "date", serial: 45292 + (i % 366) },
          "운영비",
          `사무용품 구입 ${i}`,
          "주식회사 용산문구",
          10_000 + i,
          `V-2024-${String(i).padStart(6, "0")}`,
          "카드",
          "비고 없음",
        ]),
      },
    ],
  };

  it("reads a 50,000-row ledger with every delivered response under 5 MB", async () => {
    const fake = FakeExcel.fromGrid(ledger);
    const r = await new OfficePort(fake).read();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.sheets[0]!.values).toHaveLength(ROWS);
    expect(r.value.sheets[0]!.values[ROWS - 1]).toEqual(ledger.sheets[0]!.values[ROWS - 1]);
    expect(Math.max(...fake.stats.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(PAYLOAD_LIMIT);
    // names, the one refused optimistic read, sizes, then ~4 MB chunks: about 30 MB of payload.
    expect(fake.stats.rejectedResponses).toBe(1);
    const total = fake.stats.responseBytes.reduce((a, b) => a + b, 0);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3 + Math.ceil(total / (3 * 1024 * 1024)));
    // Twice the rows, about twice the syncs: the count follows the payload.
    const double = FakeExcel.fromGrid({ sheets: [ledger.sheets[0]!, { ...ledger.sheets[0]!, name: "집행내역2" }] });
    expect((await new OfficePort(double).read()).ok).toBe(true);
    const chunks = (f: FakeExcel) => f.stats.syncs - 3;
    expect(chunks(double)).toBeGreaterThanOrEqual(2 * chunks(fake) - 1);
    expect(chunks(double)).toBeLessThanOrEqual(2 * chunks(fake) + 1);
  }, 60_000);

  it("writes a 50,000-row sheet in requests under 5 MB, syncs growing with bytes", async () => {
    const fake = FakeExcel.fromGrid({ sheets: [{ name: "표지", origin: { row: 0, col: 0 }, values: [["x"]] }] });
    const port = new OfficePort(fake);
    const cells = ledger.sheets[0]!.values.flatMap((row, r) =>
      row.map((v, c) => ({ row: r, col: c, value: typeof v === "object" && v !== null ? 1 : (v as string | number) })),
    );
    const r = await port.write({ sheets: [plan("큰 시트", cells, { rowHeights: {} })], replace: [] });
    expect(r.ok).toBe(true);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(PAYLOAD_LIMIT);
    const total = fake.stats.requestBytes.reduce((a, b) => a + b, 0);
    expect(fake.stats.syncs).toBeGreaterThan(1);
    expect(fake.stats.syncs).toBeLessThanOrEqual(1 + Math.ceil(total / (3 * 1024 * 1024)));
    expect(fake.cellAt("큰 시트", `C${ROWS}`)!.value).toBe(`사무용품 구입 ${ROWS - 1}`);
  }, 60_000);
});

describe("OfficePort.applyEdits", () => {
  it("writes in one batch and returns the edits that restore values and formats exactly", async () => {
    const fake = FakeExcel.fromGrid(small);
    const port = new OfficePort(fake);
    const r = await port.applyEdits([
      { sheet: "집행내역", cell: "C4", value: 1200000, numberFormat: "#,##0" },
      { sheet: "집행내역", cell: "D3", value: "=SUM(A1) 메모" },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(fake.cellAt("집행내역", "C4")).toMatchObject({ value: 1200000, numberFormat: "#,##0" });
    expect(fake.cellAt("집행내역", "D3")!.formula).toBeUndefined();
    const undo = await port.applyEdits(r.value.previous!);
    expect(undo.ok).toBe(true);
    expect(fake.cellAt("집행내역", "C4")).toMatchObject({ value: "1,200,000원", numberFormat: "General" });
    expect(fake.cellAt("집행내역", "D3")).toMatchObject({ value: "=SUM(A1)", numberFormat: "General" });
    expect(fake.cellAt("집행내역", "D3")!.formula).toBeUndefined();
  });

  it("puts back the cells already changed when Excel fails midway", async () => {
    const fake = FakeExcel.fromGrid(small);
    const port = new OfficePort(fake);
    fake.failure = { sync: 2, afterOps: 2, code: "GeneralException" };
    const r = await port.applyEdits([
      { sheet: "집행내역", cell: "C4", value: 1200000, numberFormat: "#,##0" },
      { sheet: "집행내역", cell: "D3", value: "메모" },
    ]);
    expect(r.ok).toBe(false);
    expect(fake.cellAt("집행내역", "C4")).toMatchObject({ value: "1,200,000원", numberFormat: "General" });
    expect(fake.cellAt("집행내역", "D3")).toMatchObject({ value: "=SUM(A1)", formula: undefined });
  });

  it("changes nothing on a protected sheet", async () => {
    const fake = FakeExcel.fromGrid(small);
    fake.sheet("집행내역").protected = true;
    const r = await new OfficePort(fake).applyEdits([{ sheet: "집행내역", cell: "C4", value: 1 }]);
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: "sheet-protected" }) });
    expect(fake.cellAt("집행내역", "C4")!.value).toBe("1,200,000원");
  });
});

describe("selectCell and watchSheetChanges", () => {
  it("selects a cell and reports pasted ranges until unsubscribed", async () => {
    const fake = FakeExcel.fromGrid(small);
    const port = new OfficePort(fake);
    expect((await port.selectCell("집행내역", "C4")).ok).toBe(true);
    expect(fake.selection).toEqual({ sheet: "집행내역", address: "C4" });
    const seen: string[] = [];
    const w = await port.watchSheetChanges(["집행내역"], (sheet, address) => seen.push(`${sheet}!${address}`));
    expect(w.ok).toBe(true);
    await fake.userEdit("집행내역", "B6", [["2024-05-01", "1000"], ["2024-05-02", "2000"]]);
    expect(seen).toEqual(["집행내역!B6:C7"]);
    if (w.ok) await w.value();
    await fake.userEdit("집행내역", "B8", [["x"]]);
    expect(seen).toHaveLength(1);
  });
});

describe("helpers", () => {
  it.each([
    ["=SUM(A1)", true],
    ["+1", true],
    ["-", true],
    ["@home", true],
    ["00123", true],
    ["1,200,000", true],
    ["35%", true],
    ["2024-05-24", true],
    ["5/24", true],
    ["2024년 5월 24일", true],
    ["5월 24일", true],
    ["TRUE", true],
    ["1,200,000원", true],
    ["１２０，０００", true],
    ["＝SUM(A1)", true],
    ["1,200,000원 (카드)", false],
    ["용산구사회적경제 통합지원센터", false],
    ["1. 성원 보고", false],
    ["", false],
  ])("needsTextFormat(%j) is %s", (s, expected) => {
    expect(needsTextFormat(s)).toBe(expected);
  });

  it.each([
    ["General", false],
    ["#,##0", false],
    ['#,##0"원"', false],
    ["0%", false],
    ["@", false],
    ["yyyy-mm-dd", true],
    ['yyyy"년" m"월" d"일"', true],
    ["[$-ko-KR]yyyy-mm-dd", true],
    ["m/d/yyyy", true],
    ["h:mm", true],
    ["[Red]#,##0;[Blue]-#,##0", false],
  ])("isDateFormat(%j) is %s", (f, expected) => {
    expect(isDateFormat(f)).toBe(expected);
  });

  it("groups cells into rectangles and splits footers into sections", () => {
    const cells = [0, 1, 2].flatMap((row) => [0, 1].map((col) => ({ row, col }))).concat([{ row: 4, col: 3 }]);
    expect(rectangles(cells)).toEqual([
      { top: 0, bottom: 2, left: 0, right: 1 },
      { top: 4, bottom: 4, left: 3, right: 3 },
    ]);
    expect(footerSections("&C&P / &N")).toEqual({ left: "", center: "&P / &N", right: "" });
    expect(footerSections("&L왼쪽&R&P")).toEqual({ left: "왼쪽", center: "", right: "&P" });
  });
});
