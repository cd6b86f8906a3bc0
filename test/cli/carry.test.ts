// The 1분기 → 2분기 flow in the CLI: `report --quarter 2024Q1`, then `report` on its output (section
// 2 from the 1분기 minutes), and `carry` (the previous minutes into the meeting sheet's tables,
// written to a new file) before `report`.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { WorkbookGrid } from "../../src/core/grid";
import { readWorkbookGrid, tryLoadXlsx } from "../../src/hosts/xlsx/xlsx-port";
import { firstQuarterBook } from "../report/first-quarter";
import { linesBetween, plannedPrograms } from "../report/plan-text";
import { cli, writeGrid } from "./helpers";

let dir: string;
let book: string;

async function grid(file: string): Promise<WorkbookGrid> {
  const loaded = await tryLoadXlsx(readFileSync(file));
  if (!loaded.ok) throw new Error(loaded.error.detail);
  return readWorkbookGrid(loaded.value);
}

/** The minutes sheet's text, one line per row. */
async function minutesText(file: string, sheet: string): Promise<string[]> {
  const s = (await grid(file)).sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s.values.map((r) => r.filter((v) => v !== null && v !== "").join(" | ")).filter((l) => l !== "");
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cli-carry-"));
  book = path.join(dir, "book.xlsx");
  await writeGrid(book, firstQuarterBook());
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("1분기 → 2분기 in the CLI", () => {
  test("report 1분기, then 2분기 from that file: section 2 reports on each program the 1분기 minutes planned", async () => {
    const q1 = path.join(dir, "q1.xlsx");
    const first = await cli("report", book, "--quarter", "2024Q1", "--out", q1);
    expect(first.code).toBe(0);
    expect(first.out).toContain("회의록 전차(2023년 4분기) 회의록 시트 '회의록 2023-4분기'가 없어");
    const planned = plannedPrograms(await minutesText(q1, "회의록 2024-1분기"));
    expect(planned.length).toBeGreaterThan(10);

    const q2 = path.join(dir, "q2.xlsx");
    const second = await cli("report", q1, "--out", q2);
    expect(second.code).toBe(0);
    expect(second.out).toContain(`회의록 2. 전차 회의록 보고: 1분기 회의록('회의록 2024-1분기')에서 ${planned.length}개 사업을 가져왔습니다.`);
    const s2 = linesBetween(await minutesText(q2, "회의록 2024-2분기"), "1) 1분기 남은 일정", "2) 결정사항에 대한");
    for (const name of planned) expect(s2.some((l) => l.includes(`${name} →`))).toBe(true);
    expect(s2).toContain("• 꽃장, 피우장 → 완료");
  });

  test("carry writes the previous minutes into the meeting sheet of a new file; report then takes them from there", async () => {
    const q1 = path.join(dir, "q1b.xlsx");
    expect((await cli("report", book, "--quarter", "2024Q1", "--out", q1)).code).toBe(0);
    const before = readFileSync(q1);
    const r = await cli("carry", q1);
    expect(r.code).toBe(0);
    const carried = path.join(dir, "q1b-전차-2024-2분기.xlsx");
    expect(r.out).toContain("읽은 전차 회의록: '회의록 2024-1분기' (2024년 1분기)");
    expect(r.out).toMatch(/'회의정보' 시트 \[전차 추진 계획\]에 넣은 사업 \d+개/);
    expect(r.out).toContain("주체발굴 및 성장지원 | 꽃장, 피우장 | 완료");
    expect(r.out).toContain(`새 통합문서를 만들었습니다: ${carried}`);
    expect(readFileSync(q1).equals(before)).toBe(true);
    const meeting = (await grid(carried)).sheets.find((s) => s.name === "회의정보")!;
    expect(meeting.values.some((row) => row[0] === "[전차 추진 계획]")).toBe(true);

    // The accountant edits a progress cell, then generates: the table wins over the minutes.
    const edited = await grid(carried);
    const editedFile = path.join(dir, "edited.xlsx");
    const sheets = edited.sheets.map((s) =>
      s.name !== "회의정보" ? s : { ...s, values: s.values.map((row) => (row[1] === "꽃장, 피우장" ? [row[0] ?? null, row[1], "4월 27일 개최, 300명 방문"] : row)) },
    );
    await writeGrid(editedFile, { sheets });
    const out = path.join(dir, "q2b.xlsx");
    const report = await cli("report", editedFile, "--out", out);
    expect(report.code).toBe(0);
    expect(report.out).toMatch(/회의록 2\. 전차 회의록 보고: '회의정보' 시트에서 \[전차 추진 계획\] \d+개 사업을 가져왔습니다/);
    expect(linesBetween(await minutesText(out, "회의록 2024-2분기"), "1) 1분기 남은 일정", "2) 결정사항에 대한")).toContain("• 꽃장, 피우장 → 4월 27일 개최, 300명 방문");

    // Nothing new a second time: no file, exit 0.
    const again = await cli("carry", carried, "--out", path.join(dir, "again.xlsx"));
    expect(again.code).toBe(0);
    expect(again.out).toContain("옮길 것이 없습니다");
    expect(existsSync(path.join(dir, "again.xlsx"))).toBe(false);

    const json = await cli("carry", q1, "--json", "--out", path.join(dir, "json.xlsx"));
    const parsed = JSON.parse(json.out);
    expect(parsed).toMatchObject({ command: "carry", minutesSheet: "회의록 2024-1분기", meetingSheet: "회의정보", previous: { year: 2024, quarter: 1 } });
    expect(parsed.plans.add.length).toBeGreaterThan(10);
  });

  test("carry without previous minutes says why and writes nothing", async () => {
    const r = await cli("carry", book, "--out", path.join(dir, "none.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("전차 회의록 시트 '회의록 2024-1분기'가 없습니다");
    expect(existsSync(path.join(dir, "none.xlsx"))).toBe(false);
  });
});
