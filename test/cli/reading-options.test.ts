// The CLI's reading choices for one run (--column, --row), its table of choices, and --json's
// `recognized` carrying every choice with its cell (issue 8, point 11). In process, on .xlsx files
// in a fresh temp directory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { tryParseArgs, tryParseColumnOption, tryParseRowOption } from "../../src/cli/args";
import type { WorkbookGrid } from "../../src/core/grid";
import { serialFromIso } from "../../src/core/parse/date";
import { cli, writeGrid } from "./helpers";

const date = (iso: string) => ({ kind: "date" as const, serial: serialFromIso(iso) });

/** A ledger with 금액 | 부가세 | 합계 (the reader takes 합계) and a budget ending in '총 예산'. */
const grid: WorkbookGrid = {
  sheets: [
    { name: "예산", origin: { row: 0, col: 0 }, values: [["구분", "사업명", "예산액"], ["운영", "인건비", 6_000_000], ["사업", "교육", 4_000_000], [null, "총 예산", 10_000_000]] },
    { name: "교부", origin: { row: 0, col: 0 }, values: [["교부일자", "교부액"], [date("2024-01-10"), 5_000_000]] },
    {
      name: "집행내역",
      origin: { row: 0, col: 0 },
      values: [
        ["집행일자", "사업명", "적요", "금액", "부가세", "합계"],
        [date("2024-02-01"), "교육", "교재 인쇄", 100_000, 10_000, 110_000],
        [date("2024-03-01"), "인건비", "3월 급여", 1_000_000, 0, 1_000_000],
      ],
    },
  ],
};

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cli-reading-"));
  file = path.join(dir, "book.xlsx");
  await writeGrid(file, grid);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--column and --row", () => {
  test.each([
    ["집행내역.amount=합계", { sheet: "집행내역", field: "amount", column: "합계" }],
    ["집행내역.금액=G", { sheet: "집행내역", field: "금액", column: "G" }],
    ["2024.집행.상태=none", { sheet: "2024.집행", field: "상태", column: null }],
    ["집행내역.상태=사용 안 함", { sheet: "집행내역", field: "상태", column: null }],
  ])("--column %s", (text, value) => expect(tryParseColumnOption(text)).toEqual({ ok: true, value }));

  test.each([
    ["예산.12=total", { sheet: "예산", row: 12, as: "total" }],
    ["예산.15행=자료", { sheet: "예산", row: 15, as: "data" }],
  ])("--row %s", (text, value) => expect(tryParseRowOption(text)).toEqual({ ok: true, value }));

  test.each([["--column", "집행내역=G"], ["--column", "집행내역.금액="], ["--row", "예산.12=maybe"], ["--row", "예산.x=total"]])("%s %s is a usage error", (flag, value) => {
    const r = tryParseArgs(["figures", "a.xlsx", flag, value]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/형식입니다/);
  });

  test("both may be given several times", () => {
    const r = tryParseArgs(["figures", "a.xlsx", "--column", "집행내역.금액=D", "--row", "예산.4=data", "--column", "집행내역.적요=C"]);
    expect(r.ok && r.value.name === "figures" && r.value.period).toEqual({
      columns: [
        { sheet: "집행내역", field: "금액", column: "D" },
        { sheet: "집행내역", field: "적요", column: "C" },
      ],
      rows: [{ sheet: "예산", row: 4, as: "data" }],
    });
  });

  test("change the figures for the run, and --json shows the choice as the user's", async () => {
    const auto = JSON.parse((await cli("figures", file, "--json", "--year", "2024")).out);
    expect(auto.figures.executedToDate).toBe(1_110_000);
    const r = await cli("figures", file, "--json", "--year", "2024", "--column", "집행내역.금액=금액", "--row", "예산.4=data");
    const json = JSON.parse(r.out);
    expect(json.figures.executedToDate).toBe(1_100_000);
    expect(json.figures.totalBudget).toBe(20_000_000);
    const ledger = json.recognized.find((s: { sheet: string }) => s.sheet === "집행내역");
    expect(ledger).toMatchObject({ columns: { amount: "D" }, headers: { amount: "금액" }, chosen: ["amount"] });
    expect(json.recognized[0].rows).toEqual([{ kind: "data", row: 4, cell: "C4", evidence: "user" }]);
  });

  test("a choice naming no column is a warning, and the run goes on", async () => {
    const r = await cli("figures", file, "--year", "2024", "--column", "집행내역.금액=없는 열");
    expect(r.code).toBe(0);
    expect(r.out).toContain("--column/--row 옵션 '집행내역.금액=없는 열': 그런 열이 머리글에 없습니다.");
  });
});

describe("the table of choices", () => {
  test("names each sheet's columns, its total rows with their cells, and marks the user's", async () => {
    const r = await cli("validate", file, "--year", "2024", "--column", "집행내역.금액=D");
    expect(r.out).toContain("읽는 방식");
    expect(r.out).toMatch(/'예산'  열: 구분 A · 사업명 B · 예산액 C/);
    expect(r.out).toMatch(/합계로 뺀 행: C4 \(C2:C3의 합\)/);
    expect(r.out).toMatch(/'집행내역'  열: .*금액 D\*/);
  });
});
