// Invariants of the core over generated workbooks (fast-check).
import fc from "fast-check";
import { analyze } from "../../src/core/analyze";
import { tryParseWorkbookGrid } from "../../src/core/grid-parse";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import type { Figures } from "../../src/core/model";
import { renderIssue } from "../../src/core/issues/render";
import { d, sheet } from "./fixtures";

const headerWords = [
  "집행일자", "일자", "거래일", "Date", "사업명", "예산과목", "Budget line", "적요", "거래처", "금액", "출금액", "Amount",
  "증빙번호", "구분", "예산액", "교부일자", "교부액", "비고", "계획분기", "상태", "Status", "Quarter",
];
const weirdStrings = [
  "합계", "소계", "계", "Total", "2024-02-30", "2024-05-24", "1,200,000원", "(50,000)", "１２３，４５６", "NaN", "Infinity",
  "-", "", "   ", "=SUM(A1)", "{", "undefined", "null", "__proto__", "constructor", "1e309", "0x10", "2분기", "1~2분기",
  "진행 중", "\u0000", "\ud800", "가".repeat(300), "교육", "장터",
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constantFrom(...headerWords, ...weirdStrings),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e300, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(),
  fc.record({ kind: fc.constant("date" as const), serial: fc.oneof(fc.double(), fc.integer({ min: 44000, max: 46000 })) }),
  fc.record({ kind: fc.constant("error" as const), code: fc.constantFrom("#REF!", "#N/A", "#VALUE!", "#DIV/0!", "") }),
);

const sheetNameArb = fc.oneof(
  fc.constantFrom("예산", "2024 예산", "예산(2024)", "교부", "Grants", "집행내역", "Ledger", "지출", "사업현황", "Programs"),
  fc.string(),
);

const gridArb: fc.Arbitrary<WorkbookGrid> = fc.record({
  sheets: fc.array(
    fc.record({
      name: sheetNameArb,
      origin: fc.record({ row: fc.nat(30), col: fc.nat(30) }),
      values: fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 25 }),
    }),
    { maxLength: 6 },
  ),
});

function figuresAreSane(f: Figures | null): void {
  if (!f) return;
  for (const w of [f.totalBudget, f.grantsToDate, f.executedToDate, ...f.byQuarter]) expect(Number.isSafeInteger(w)).toBe(true);
  for (const r of [f.ratioToBudget, f.ratioToGrants, ...f.lines.map((l) => l.ratio), ...f.categories.map((c) => c.ratio)])
    expect(r === null || Number.isFinite(r)).toBe(true);
  for (const s of Object.values(f.display)) expect(s).toMatch(/^(-?\d+(\.\d)?%|-)$/);
}

describe("any grid", () => {
  it("is handled without throwing; figures stay integers and ratios finite; every issue renders", () => {
    fc.assert(
      fc.property(gridArb, fc.option(fc.record({ quarter: fc.constantFrom(1, 2, 3, 4, 9) as fc.Arbitrary<never>, asOf: fc.constantFrom("2024-05-24", "junk") })), (grid, options) => {
        const a = analyze(grid, { period: options ?? undefined });
        figuresAreSane(a.figures);
        for (const i of a.issues) {
          const m = renderIssue(i, "ko").message;
          expect(m).not.toMatch(/undefined/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("survives malformed shapes a host could hand over: parsed at the host edge, refused with a reason or analysed", () => {
    const bad: unknown[] = [
      null,
      {},
      { sheets: null },
      { sheets: [null, 1, "x", { name: "예산" }, { name: "예산", values: [null, 1, [undefined, {}, [], new Date(NaN)]] }] },
      { sheets: [{ name: 42, origin: { row: -1, col: "x" }, values: [["사업명", "예산액"], ["a", 10n], ["b", { kind: "date" }]] }] },
    ];
    for (const g of bad)
      expect(() => {
        const parsed = tryParseWorkbookGrid(g);
        if (parsed.ok) analyze(parsed.value, { period: "nonsense" as never });
        else expect(parsed.error.length).toBeGreaterThan(3);
      }).not.toThrow();
  });
});

// Valid data for the invariants: known lines, 2024 dates, whole-won amounts (refunds included).
const lines = ["교육", "장터", "홍보", "인건비"];
const budgetArb = fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: lines.length, maxLength: lines.length });
const ledgerRowArb = fc.record({
  day: fc.integer({ min: 0, max: 365 }),
  line: fc.constantFrom(...lines),
  amount: fc.integer({ min: -5_000_000, max: 50_000_000 }),
});
const isoOfDay = (n: number): string => {
  const t = new Date(Date.UTC(2024, 0, 1 + n));
  return t.toISOString().slice(0, 10);
};

function workbook(budget: number[], rows: { day: number; line: string; amount: number }[], extra: CellValue[][] = []): SheetGrid[] {
  return [
    sheet("2024 예산", [["사업명", "예산액"], ...lines.map((l, i) => [l, budget[i]!])]),
    sheet("교부", [["교부일자", "교부액"], [d("2024-01-10"), 50_000_000], [d("2024-04-10"), 50_000_000]]),
    sheet("집행내역", [["집행일자", "사업명", "금액"], ...rows.map((r) => [d(isoOfDay(r.day)), r.line, r.amount] as CellValue[]), ...extra]),
  ];
}

const optionsArb = fc.record({ quarter: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4> });

describe("figures", () => {
  it("do not depend on the order of ledger rows", () => {
    fc.assert(
      fc.property(budgetArb, fc.array(ledgerRowArb, { maxLength: 40 }), fc.infiniteStream(fc.nat()), optionsArb, (budget, rows, randoms, options) => {
        const shuffled = rows
          .map((r) => ({ r, k: randoms.next().value as number }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.r);
        expect(analyze({ sheets: workbook(budget, shuffled) }, { period: options }).figures).toEqual(
          analyze({ sheets: workbook(budget, rows) }, { period: options }).figures,
        );
      }),
      { numRuns: 100 },
    );
  });

  it("do not change when a total row is added anywhere", () => {
    fc.assert(
      fc.property(
        budgetArb,
        fc.array(ledgerRowArb, { maxLength: 30 }),
        fc.nat(),
        fc.constantFrom("합계", "소계", "계", "총계", "Total", "Subtotal", "1분기 소계"),
        fc.integer(),
        optionsArb,
        (budget, rows, at, label, amount, options) => {
          const base = workbook(budget, rows);
          const ledger = base[2]!;
          const values = [...ledger.values];
          const pos = 1 + (at % values.length);
          values.splice(pos, 0, [label, null, amount]);
          const withTotal = [base[0]!, base[1]!, { ...ledger, values }];
          const a = analyze({ sheets: withTotal }, { period: options });
          expect(a.figures).toEqual(analyze({ sheets: base }, { period: options }).figures);
          expect(a.issues.filter((i) => i.code === "total-row-skipped")).toHaveLength(1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("per-line and per-quarter sums add up to executedToDate when every line is known", () => {
    fc.assert(
      fc.property(budgetArb, fc.array(ledgerRowArb, { maxLength: 40 }), optionsArb, (budget, rows, options) => {
        const f = analyze({ sheets: workbook(budget, rows) }, { period: options }).figures!;
        const byLines = f.lines.reduce((s, l) => s + l.executed, 0);
        expect(byLines).toBe(f.executedToDate);
        expect(f.byQuarter.reduce((s, q) => s + q, 0)).toBe(f.executedToDate);
        expect(f.categories.reduce((s, c) => s + c.executed, 0)).toBe(f.executedToDate);
        for (const l of f.lines) expect(l.byQuarter.reduce((s, q) => s + q, 0)).toBe(l.executed);
        const expected = rows.filter((r) => isoOfDay(r.day) <= f.asOf && isoOfDay(r.day).startsWith("2024")).reduce((s, r) => s + r.amount, 0);
        expect(f.executedToDate).toBe(expected);
        figuresAreSane(f);
      }),
      { numRuns: 100 },
    );
  });
});

describe("huge amounts", () => {
  it("refuses figures rather than lose exactness", () => {
    const rows: CellValue[][] = Array.from({ length: 10_000 }, (_, i) => [d("2024-01-02"), "교육", 1_000_000_000_000 - i]);
    const a = analyze({ sheets: [sheet("예산", [["사업명", "예산액"], ["교육", 1]]), sheet("집행내역", [["일자", "사업명", "금액"], ...rows])] }, { period: { year: 2024 } });
    expect(a.figures).toBeNull();
    expect(a.issues.some((i) => i.code === "totals-too-large")).toBe(true);
  });
});

describe("pathological cells", () => {
  it.each([
    "2024-5-24" + " ".repeat(30_000) + "x",
    "2024년 5월 24일" + " ".repeat(30_000) + "x",
    " ".repeat(30_000) + "x",
    "1" + " ".repeat(30_000) + "~x",
    "[".repeat(30_000) + "합계",
  ])("a 30,000-character cell is read in linear time", (text) => {
    const grid = {
      sheets: [
        sheet("예산", [["사업명", "예산액"], ["교육", 1]]),
        sheet("집행내역", [["일자", "사업명", "금액"], [text, text, text]]),
        sheet("사업", [["사업명", "분기", "상태", "일자"], [text, text, text, text]]),
        sheet("교부", [[text, text, "교부일자", "교부액"]]),
      ],
    };
    const t = Date.now();
    analyze(grid, { period: { year: 2024 } });
    expect(Date.now() - t).toBeLessThan(1000);
  });
});
