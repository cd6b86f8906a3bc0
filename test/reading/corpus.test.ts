// The corpus checks itself, without the core: every rule is covered, each workbook's cells, stated
// decisions and truth agree (the oracle reads the truth back by the decisions alone, and every
// decision matters), formulas' cached results are what they compute, merged followers are empty,
// and the .xlsx files carry the merges, formulas and 1904 property as real Excel structures.

import { viewWithExcelJS } from "../hosts/xlsx/exceljs-view";
import { CORPUS } from "./corpus";
import { GOLDEN } from "./corpus/control";
import { figuresFromTruth, percentHalfUp } from "./corpus/expected";
import { isoOfSerial, letters, parseA1, serial1900 } from "./corpus/sheet-builder";
import type { CellValue, CorpusCase, CorpusSheet, Rule, TruthPayment } from "./corpus/types";
import { readByDecisions } from "./oracle";
import { corpusWorkbookToXlsx } from "./xlsx-fixture";

const valueAt = (s: CorpusSheet, a1: string): CellValue => {
  const { row, col } = parseA1(a1);
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
};

const numAt = (s: CorpusSheet, a1: string): number => {
  const v = valueAt(s, a1);
  return typeof v === "number" ? v : 0;
};

/** Sum of the numbers in a sheet range "C4:C9" (or a 2-D range). */
function rangeSum(s: CorpusSheet, from: string, to: string): number {
  const a = parseA1(from);
  const b = parseA1(to);
  let total = 0;
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) total += numAt(s, `${letters(c)}${r + 1}`);
  return total;
}

/** What a corpus formula computes; only the few shapes the corpus writes. */
function evaluate(s: CorpusSheet, f: string): number {
  let m = /^=SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(f) ?? /^=SUBTOTAL\(9,([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(f);
  if (m) return rangeSum(s, m[1]!, m[2]!);
  m = /^=([A-Z]+\d+)\+([A-Z]+\d+)$/.exec(f);
  if (m) return numAt(s, m[1]!) + numAt(s, m[2]!);
  m = /^=SUM\(([A-Z]+\d+):([A-Z]+\d+)\)\/([A-Z]+\d+)$/.exec(f);
  if (m) return rangeSum(s, m[1]!, m[2]!) / numAt(s, m[3]!);
  throw new Error(`formula shape not known to the corpus test: ${f}`);
}

const key = (p: TruthPayment) => `${p.date}|${p.line}|${p.amount}`;
const sorted = (ps: readonly TruthPayment[]) => ps.map(key).sort();

describe("the corpus covers issue 8", () => {
  test("at least 32 workbooks, ids unique and kebab-case", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(32);
    const ids = CORPUS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test("every rule 1-10 has workbooks of its own, and controls exist", () => {
    const rules: Rule[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "control"];
    for (const r of rules) expect(CORPUS.filter((c) => c.rule === r).length).toBeGreaterThanOrEqual(r === 10 ? 2 : r === "control" ? 2 : 3);
  });

  test("the shapes the issue names are all there", () => {
    const all = (c: CorpusCase) => c.workbook.sheets.flatMap((s) => s.values.flat()).filter((v): v is string => typeof v === "string");
    const texts = new Set(CORPUS.flatMap(all));
    for (const t of [
      "총 예산", "예산 총액", "총계", "소계", "월계", "누계", "예산액", "변경예산액", "1회 추경", "본예산", "2회 추경", "당초", "변경", "기정", "경정",
      "최종예산", "예산액(당초)", "예산액(변경)", "변경예산", "보조금", "자부담", "계", "1분기", "4분기", "집행액", "금액", "부가세", "합계",
      "공급가액", "합계금액", "입금", "출금", "집행상태", "상태", "처리상태", "승인상태", "반려", "취소", "집행취소", "삭제", "정상", "완료", "승인",
      "반납", "환급", "집행일자", "집행금액", "보조세목", "세목", "세목명", "세세목", "비목", "비목명", "집행목적(용도)", "집행용도", "거래처명",
      "증빙구분", "증빙유형", "집행방법", "1분기 집행", "2분기 집행", "(단위: 천원)", "예산액(천원)", "2024년 예산 (단위: 백만원)",
    ])
      expect([t, texts.has(t) || CORPUS.some((c) => c.workbook.sheets.some((s) => s.name === t))]).toEqual([t, true]);
    const memos = [...texts];
    for (const w of ["환수", "여입", "합계", " 계", "총계"]) expect([w, memos.some((m) => m.includes(w) && m !== w.trim())]).toEqual([w, true]);
    expect(CORPUS.some((c) => c.workbook.date1904)).toBe(true);
    expect(CORPUS.some((c) => c.workbook.sheets.some((s) => s.name === "집행내역 (2)"))).toBe(true);
  });

  test("the sample control has the seed's golden figures", () => {
    const e = CORPUS.find((c) => c.id === "control-sample")!.expected;
    expect([e.totalBudget, e.grantsToDate, e.executedToDate, e.asOf]).toEqual([GOLDEN.budget, GOLDEN.grants, GOLDEN.executed, GOLDEN.asOf]);
    expect(e.display).toEqual({ ratioToBudget: GOLDEN.ratioToBudget, ratioToGrants: GOLDEN.ratioToGrants });
  });
});

describe("expected-figure arithmetic", () => {
  test.each([
    [66_460_585, 192_500_000, "35%"], // 34.525…%
    [66_460_585, 96_250_000, "69%"], // 69.049…%
    [345, 1000, "35%"], // exactly .5 rounds up
    [-345, 1000, "-35%"], // and away from zero
    [1, 3, "33%"],
    [5, 0, "-"],
  ])("%d ÷ %d → %s", (n, d, want) => expect(percentHalfUp(n, d)).toBe(want));
});

describe.each(CORPUS.map((c) => [c.id, c] as const))("%s", (_id, c) => {
  test("read by its decisions alone, the workbook gives back the builder's truth", () => {
    const t = readByDecisions(c);
    expect(t.lines).toEqual(c.truth.lines);
    expect(t.grants.map((g) => `${g.date}|${g.amount}`).sort()).toEqual(c.truth.grants.map((g) => `${g.date}|${g.amount}`).sort());
    expect(sorted(t.payments)).toEqual(sorted(c.truth.payments));
    expect(figuresFromTruth(t, c.asOf)).toEqual(c.expected);
  });

  test("every total, parent and cancelled-row decision matters", () => {
    const base = JSON.stringify(figuresFromTruth(readByDecisions(c), c.asOf));
    c.readings.forEach((r, i) =>
      r.rows.forEach((d, j) => {
        if (!["total", "subtotal", "parent", "cancelled"].includes(d.kind)) return;
        const readings = c.readings.map((x, k) => (k === i ? { ...x, rows: x.rows.filter((_, m) => m !== j) } : x));
        let changed: boolean;
        try {
          changed = JSON.stringify(figuresFromTruth(readByDecisions({ ...c, readings }), c.asOf)) !== base;
        } catch {
          changed = true; // the row cannot even be read as data (a blank name or date)
        }
        expect([r.sheet, d.cell, changed]).toEqual([r.sheet, d.cell, true]);
      }),
    );
  });

  test("cells: decisions and notes inside the sheets, merged followers empty, formulas' cached results right", () => {
    const sheet = (n: string) => c.workbook.sheets.find((s) => s.name === n);
    for (const r of c.readings) {
      const s = sheet(r.sheet)!;
      expect(s).toBeDefined();
      for (const cell of [...r.rows.map((d) => d.cell), ...(r.unit ? [r.unit.cell] : [])]) expect([cell, valueAt(s, cell) !== null]).toEqual([cell, true]);
    }
    for (const n of c.notes) {
      if (n.scope === "workbook") continue;
      const s = sheet(n.sheet!);
      expect([n.sheet, n.cell, s !== undefined && n.cell !== undefined && valueAt(s, n.cell) !== null]).toEqual([n.sheet, n.cell, true]);
    }
    for (const s of c.workbook.sheets) {
      for (const m of s.merges ?? []) {
        const [a, b] = m.split(":").map(parseA1) as [{ row: number; col: number }, { row: number; col: number }];
        for (let r = a.row; r <= b.row; r++)
          for (let col = a.col; col <= b.col; col++)
            if (r !== a.row || col !== a.col) expect([s.name, m, r, col, s.values[r - s.origin.row]?.[col - s.origin.col] ?? null]).toEqual([s.name, m, r, col, null]);
      }
      s.formulas?.forEach((row, r) =>
        row.forEach((f, col) => {
          if (f === null) return;
          const cached = s.values[r]![col];
          expect(typeof cached).toBe("number");
          expect(Math.abs(evaluate(s, f) - (cached as number))).toBeLessThan(0.0005 + 1e-9);
        }),
      );
    }
  });
});

describe("the .xlsx files are real Excel structures", () => {
  const withStructure = CORPUS.filter((c) => c.workbook.date1904 || c.workbook.sheets.some((s) => s.merges || s.formulas));

  test.each(withStructure.map((c) => [c.id, c] as const))("%s: merges, formulas with results, dates, 1904", async (_id, c) => {
    const wb = await viewWithExcelJS(await corpusWorkbookToXlsx(c.workbook));
    expect(wb.properties.date1904 === true).toBe(c.workbook.date1904 === true);
    for (const s of c.workbook.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      expect([...((ws.model as { merges?: string[] }).merges ?? [])].sort()).toEqual([...(s.merges ?? [])].sort());
      s.values.forEach((row, r) =>
        row.forEach((v, col) => {
          const cell = ws.getCell(s.origin.row + r + 1, s.origin.col + col + 1);
          const f = s.formulas?.[r]?.[col] ?? null;
          if (f !== null) expect(cell.value).toEqual({ formula: f.slice(1), result: v });
          else if (typeof v === "object" && v !== null && v.kind === "date")
            expect((cell.value as Date).toISOString().slice(0, 10)).toBe(isoOfSerial(v.serial));
          else if (!cell.isMerged || cell.master === cell) expect(cell.value ?? null).toEqual(v);
        }),
      );
    }
  });

  test("a 1904 workbook's bare serials stay numbers in the file, as Excel keeps a date column formatted General", async () => {
    const c = CORPUS.find((x) => x.id === "date1904-serial-numbers")!;
    const wb = await viewWithExcelJS(await corpusWorkbookToXlsx(c.workbook));
    // 2024-01-05 in the 1904 system is 1900-system serial 45,296 less 1,462.
    expect(wb.getWorksheet("집행내역")!.getCell("A2").value).toBe(serial1900("2024-01-05") - 1_462);
  });
});
