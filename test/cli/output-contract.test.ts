// What scripts rely on: with --json exactly one object on stdout, also for exit code 2; a reader
// that stops early (| head) ends the command quietly with its own exit code; and the human
// output of thousands of errors is a few lines, the cause first with the option that removes it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { sampleWorkbookGrid } from "../../src/sample";
import { cli, writeGrid } from "./helpers";

const root = path.resolve(__dirname, "../..");
let dir: string;
let big: string;
let sample: string;

/** The sample with `rows` pasted ledger rows whose date is impossible and amount unreadable. */
function pasted(rows: number): WorkbookGrid {
  return {
    sheets: sampleWorkbookGrid().sheets.map((s) => {
      if (s.name !== "집행내역") return s;
      const h = s.values.findIndex((r) => r.includes("집행일자"));
      const bad = Array.from({ length: rows }, (_, i): CellValue[] => [9000 + i, "2024-02-30", "운영비", "붙여넣기", "거래처", "12a,000", `P-${i}`, "카드"]);
      return { ...s, values: [...s.values.slice(0, h + 1), ...bad, ...s.values.slice(h + 1)] };
    }),
  };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cli-contract-"));
  big = path.join(dir, "big.xlsx");
  await writeGrid(big, pasted(3000));
  sample = path.join(dir, "sample.xlsx");
  await writeGrid(sample, sampleWorkbookGrid());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--json: one object on stdout, whatever the exit code", () => {
  test.each<[string, string[]]>([
    ["a usage error", ["figures", "book.xlsx", "--quarter", "2024Q9", "--json"]],
    ["an unknown command", ["nonsense", "--json"]],
    ["a missing file", ["validate", "없는-파일.xlsx", "--json"]],
  ])("%s: exit 2, {ok: false, error} on stdout and the same reason on stderr", async (_, argv) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ ok: false, exitCode: 2 });
    expect(json.error).toBe(r.err);
    expect(r.err.split("\n")).toHaveLength(1);
  });

  test("without --json a usage error prints nothing on stdout", async () => {
    const r = await cli("figures", "book.xlsx", "--quarter", "2024Q9");
    expect([r.code, r.out]).toEqual([2, ""]);
  });
});

describe("human output of thousands of errors", () => {
  test("3,000 pasted rows are two lines with their ranges and counts, separators in the counts", async () => {
    const r = await cli("validate", big);
    expect(r.code).toBe(1);
    expect(r.out).toContain("검사 결과: 오류 6,000건");
    expect(r.out).toMatch(/집행내역!B5:B3004 \(3,000행\)\s+'2024-02-30'은 달력에 없는 날짜입니다/);
    expect(r.out).toMatch(/집행내역!F5:F3004 \(3,000행\)\s+'12a,000'은 금액으로 읽을 수 없습니다/);
    // Two lines for the 6,000 errors, not one a cell (the reading table above them has a few lines of its own).
    expect(r.out.split("\n").filter((l) => /^\s+집행내역!/.test(l)).length).toBeLessThan(10);
  });

  test("the fiscal year set wrong: the cause comes first with the option that removes it", async () => {
    const r = await cli("figures", sample, "--year", "2023");
    const lines = r.out.split("\n");
    const cause = lines.findIndex((l) => l.startsWith("먼저 확인하세요: 회계연도 2023년 밖의 날짜"));
    expect(cause).toBeGreaterThan(0);
    expect(lines[cause + 1]).toContain("--year 2024");
    expect(cause).toBeLessThan(lines.findIndex((l) => l.startsWith("[오류]")));
    const json = JSON.parse((await cli("figures", sample, "--year", "2023", "--json")).out);
    expect(json.causes).toEqual([expect.objectContaining({ kind: "fiscal-year", year: 2023, found: 2024, option: "--year 2024" })]);
  });
});

describe("a reader that stops early", () => {
  test("| head: no EPIPE stack trace, the command's own exit code", () => {
    // bash -o pipefail: the pipeline's status is the CLI's, not head's.
    const r = spawnSync("bash", ["-o", "pipefail", "-c", `npx tsx src/cli/main.ts validate "${big}" --json | head -c 20`], { cwd: root, encoding: "utf8" });
    expect(r.stdout).toHaveLength(20);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(r.status).toBe(1);
  });
});
