// Issue 8's property, run against the core through the adapter: inserting a total row (any label
// or none, with or without a SUM formula) whose amount is the sum of the rows above never changes
// a figure and adds no error; neither does reordering the data rows. Generated books keep their
// budget unambiguous (no line equals the sum of a run of its neighbours), so that only the inserted
// row can be a total.

import fc from "fast-check";
import { analyzeForAudit, type AuditResult } from "./adapter";
import { SheetBuilder, dateCell } from "./corpus/sheet-builder";
import type { CellValue, CorpusWorkbook } from "./corpus/types";

interface Book {
  readonly lines: readonly { category: string; name: string; amount: number }[];
  readonly grants: readonly { date: string; amount: number }[];
  readonly payments: readonly { date: string; line: string; amount: number; memo: string }[];
  readonly asOf: string;
}

/** A total row to insert: in which sheet, after how many data rows, its label and where. */
interface Total {
  readonly sheet: "budget" | "grants" | "ledger";
  readonly after: number;
  readonly label: string | null;
  /** 0: the first text column (구분 / 교부일자 / 적요), 1: the second (사업명 / 비고). */
  readonly labelAt: 0 | 1;
  readonly formula: boolean;
}

const NAMES = ["인건비", "운영비", "강사료", "교재비", "부스임차", "홍보물", "회의비", "여비"];
const pad = (n: number) => String(n).padStart(2, "0");
const dateArb = fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ m, d }) => `2024-${pad(m)}-${pad(d)}`);

const bookArb: fc.Arbitrary<Book> = fc
  .record({
    names: fc.shuffledSubarray(NAMES, { minLength: 3, maxLength: 7 }),
    amounts: fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 7, maxLength: 7 }),
    categories: fc.array(fc.constantFrom("운영", "사업", "기타"), { minLength: 7, maxLength: 7 }),
    grants: fc.array(fc.record({ date: dateArb, amount: fc.integer({ min: 1, max: 300 }) }), { minLength: 1, maxLength: 4 }),
    payments: fc.array(fc.record({ date: dateArb, line: fc.nat(), amount: fc.integer({ min: 1, max: 500_000 }) }), { maxLength: 25 }),
    asOfMonth: fc.integer({ min: 3, max: 12 }),
  })
  .map(({ names, amounts, categories, grants, payments, asOfMonth }) => ({
    lines: names.map((name, i) => ({ category: categories[i]!, name, amount: amounts[i]! * 100_000 })),
    grants: grants.map((g) => ({ date: g.date, amount: g.amount * 100_000 })),
    payments: payments.map((x, i) => ({ date: x.date, line: names[x.line % names.length]!, amount: x.amount * 10, memo: `지출 ${i + 1}` })),
    asOf: `2024-${pad(asOfMonth)}-28`,
  }));

/** No line equal to its neighbour or to the sum of a run of two or more lines right above or below it. */
function unambiguous(amounts: readonly number[]): boolean {
  for (let i = 0; i < amounts.length; i++) {
    if (i > 0 && amounts[i] === amounts[i - 1]) return false;
    for (const dir of [-1, 1]) {
      let s = 0;
      for (let j = i + dir, n = 1; j >= 0 && j < amounts.length; j += dir, n++) {
        s += amounts[j]!;
        if (n >= 2 && s === amounts[i]) return false;
      }
    }
  }
  return true;
}

const sumOf = (xs: readonly { amount: number }[]) => xs.reduce((s, x) => s + x.amount, 0);

function totalRow(t: Total | undefined, sheet: Total["sheet"], at: number): boolean {
  return t !== undefined && t.sheet === sheet && t.after === at;
}

/** The book in the standard layouts, with the total row inserted where `t` says. */
function workbook(b: Book, t?: Total): CorpusWorkbook {
  const bu = new SheetBuilder("예산");
  bu.row(["구분", "사업명", "예산액"]);
  const bFirst = bu.nextRow;
  b.lines.forEach((l, i) => {
    bu.row([l.category, l.name, l.amount]);
    if (totalRow(t, "budget", i + 1)) insert(bu, t!, [null, null], 2, sumOf(b.lines.slice(0, i + 1)), bFirst);
  });
  const g = new SheetBuilder("교부내역");
  g.row(["교부일자", "교부액", "비고"]);
  const gFirst = g.nextRow;
  b.grants.forEach((x, i) => {
    g.row([dateCell(x.date), x.amount, `${i + 1}차`]);
    if (totalRow(t, "grants", i + 1)) insert(g, t!, [null, null], 1, sumOf(b.grants.slice(0, i + 1)), gFirst, [0, 2]);
  });
  const l = new SheetBuilder("집행내역");
  l.row(["집행일자", "사업명", "적요", "금액"]);
  const lFirst = l.nextRow;
  b.payments.forEach((x, i) => {
    l.row([dateCell(x.date), x.line, x.memo, x.amount]);
    if (totalRow(t, "ledger", i + 1)) insert(l, t!, [null, null, null], 3, sumOf(b.payments.slice(0, i + 1)), lFirst, [2, 1]);
  });
  return { sheets: [bu.build(), g.build(), l.build()] };
}

/**
 * Appends the total row: `blank` cells, the amount in column `amountCol`, the label in the text
 * column `labelCols[t.labelAt]` (for the budget, 구분 or 사업명), a SUM over the rows above if asked.
 */
function insert(s: SheetBuilder, t: Total, blank: CellValue[], amountCol: number, amount: number, first: number, labelCols: readonly number[] = [0, 1]): void {
  const cells: CellValue[] = [...blank];
  cells[amountCol] = amount;
  cells[labelCols[t.labelAt]!] = t.label;
  s.row(cells, t.formula ? { [amountCol]: s.sum(amountCol, first, s.nextRow - 1) } : undefined);
}

/** The figures as a comparable value: lines and categories by name (reordering changes their order). */
function figures(r: AuditResult): unknown {
  const f = r.figures;
  const byName = <T extends { name?: string; category?: string }>(xs: readonly T[]) => [...xs].sort((a, b) => ((a.name ?? a.category)! < (b.name ?? b.category)! ? -1 : 1));
  return {
    errors: r.issues.filter((i) => i.severity === "error").length,
    figures: f && { ...f, lines: byName(f.lines), categories: byName(f.categories) },
  };
}

const shuffled = <T>(xs: readonly T[], keys: readonly number[]): T[] =>
  xs.map((x, i) => ({ x, k: keys[i % keys.length]! * 1000 + i })).sort((a, b) => a.k - b.k).map((e) => e.x);

const anyLabel = fc.oneof(
  fc.constantFrom(null, "", " ", "합계", "총계", "총 예산", "예산 총액", "계", "소계", "누계", "월계", "1월 소계", "Total", "총 합계"),
  fc.string({ maxLength: 6 }),
);
const wordsTodayKnows = fc.constantFrom("합계", "총계", "소계", "누계", "Total");

function totalArb(sheet: Total["sheet"], label: fc.Arbitrary<string | null>, formula: fc.Arbitrary<boolean>): fc.Arbitrary<Total> {
  return fc.record({ sheet: fc.constant(sheet), after: fc.nat(), label, labelAt: fc.constantFrom(0 as const, 1 as const), formula });
}

/** The property for one sheet: the book with a total row reads exactly as the book without it. */
function totalsNeverChangeAFigure(sheet: Total["sheet"], label: fc.Arbitrary<string | null>, formula: fc.Arbitrary<boolean>): void {
  fc.assert(
    fc.property(bookArb, totalArb(sheet, label, formula), (b, t0) => {
      fc.pre(unambiguous(b.lines.map((l) => l.amount)));
      const rows = sheet === "budget" ? b.lines.length : sheet === "grants" ? b.grants.length : b.payments.length;
      // A budget total sums two or more lines (one line equal to the line above is a line).
      const min = sheet === "budget" ? 2 : 1;
      fc.pre(rows >= min);
      // A label that names a budget line is that line, not a total.
      fc.pre(t0.label === null || !b.lines.some((l) => l.name === t0.label!.trim()));
      const t = { ...t0, after: min + (t0.after % (rows - min + 1)) };
      expect(figures(analyzeForAudit(workbook(b, t), b.asOf))).toEqual(figures(analyzeForAudit(workbook(b), b.asOf)));
    }),
    { seed: 8, numRuns: 150 },
  );
}

describe("a total row whose amount is the sum of the rows above never changes a figure", () => {
  // Today only the words isTotalLabel knows, in a row without a line, are recognised: any other
  // label in the budget (총 예산, 예산 총액) is read as a line, and an unlabelled row is refused.
  test.failing("budget, any label or none, with or without =SUM", () => totalsNeverChangeAFigure("budget", anyLabel, fc.boolean()));
  test.failing("ledger, any label or none in 적요", () => totalsNeverChangeAFigure("ledger", anyLabel, fc.boolean()));
  test.failing("grants, any label or none", () => totalsNeverChangeAFigure("grants", anyLabel, fc.boolean()));

  // What works today must keep working.
  test.each(["budget", "ledger", "grants"] as const)("%s, labelled with a word the core already knows", (sheet) =>
    totalsNeverChangeAFigure(sheet, wordsTodayKnows, fc.boolean()),
  );
});

test("reordering the data rows never changes a figure", () => {
  fc.assert(
    fc.property(bookArb, fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (b, keys) => {
      fc.pre(unambiguous(b.lines.map((l) => l.amount)));
      const moved: Book = { ...b, lines: shuffled(b.lines, keys), grants: shuffled(b.grants, keys), payments: shuffled(b.payments, keys) };
      fc.pre(unambiguous(moved.lines.map((l) => l.amount)));
      expect(figures(analyzeForAudit(workbook(moved), b.asOf))).toEqual(figures(analyzeForAudit(workbook(b), b.asOf)));
    }),
    { seed: 8, numRuns: 150 },
  );
});
