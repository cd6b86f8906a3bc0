// The CLI and the meeting sheet: every command follows a meeting sheet that says something other
// than the defaults (the same figures the task pane shows, test/taskpane/meeting-period.test.tsx),
// and add-sheets creates the meeting sheet when it is missing, in a copy.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readWorkbookGrid, tryLoadXlsx } from "../../src/hosts/xlsx/xlsx-port";
import { sampleWorkbookGrid } from "../../src/sample";
import { meetingDiffersWorkbook } from "../fixtures/meeting-differs";
import { cli, sha, writeGrid } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cli-meeting-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a meeting sheet that differs from the defaults (2024년 1분기, 기준일 2024-03-20)", () => {
  test("validate, figures and report give the same figures, the fixture's", async () => {
    const { grid, expected } = meetingDiffersWorkbook();
    const file = await writeGrid(path.join(dir, "q1.xlsx"), grid);
    const { ratioToBudget, ratioToGrants, ...amounts } = expected;
    for (const command of ["validate", "figures", "report"]) {
      const r = await cli(command, file, "--json", ...(command === "report" ? ["--out", path.join(dir, "q1-report.xlsx"), "--force"] : []));
      expect([command, r.code]).toEqual([command, 0]);
      const f = JSON.parse(r.out).figures;
      expect([command, f]).toEqual([command, expect.objectContaining(amounts)]);
      expect([command, f.display]).toEqual([command, { ratioToBudget, ratioToGrants }]);
    }
    const human = await cli("figures", file);
    expect(human.out).toContain(`총 예산 대비 집행율`);
    expect(human.out).toMatch(new RegExp(`총 예산 대비 집행율\\s+${ratioToBudget}`));
    expect(human.out).toContain("2024년 3월 20일 기준");
  });

  test("an option overriding the sheet is noted with the sheet's own value, not ''", async () => {
    const { grid } = meetingDiffersWorkbook();
    const file = await writeGrid(path.join(dir, "q1-override.xlsx"), grid);
    const r = await cli("figures", file, "--quarter", "2024Q2", "--json");
    const notes = JSON.parse(r.out).issues.filter((i: { code: string }) => i.code === "report-option-overrides-meeting");
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain("'2024년 1분기'");
    expect(notes[0].message).toContain("'2024년 2분기'");
    expect(notes[0].message).not.toContain("''");
    // The CLI's hint names the CLI's options.
    expect(notes[0].hint).toContain("--quarter");
  });
});

describe("add-sheets: the missing sheets, the meeting sheet included, in a copy", () => {
  test("a workbook without 회의정보 gets one in a new file; the input is unchanged; the copy reads its meeting sheet", async () => {
    const input = await writeGrid(path.join(dir, "회의없음.xlsx"), { sheets: sampleWorkbookGrid().sheets.filter((s) => s.name !== "회의정보") });
    const before = sha(input);
    const warned = JSON.parse((await cli("validate", input, "--json")).out).issues.find((i: { code: string }) => i.code === "meeting-sheet-missing");
    expect(warned.hint).toContain("add-sheets");
    const r = await cli("add-sheets", input);
    expect(r.code).toBe(0);
    const out = path.join(dir, "회의없음-시트추가.xlsx");
    expect(r.out).toContain(out);
    expect(r.out).toContain("'회의정보'");
    expect(sha(input)).toBe(before);
    const copy = await tryLoadXlsx(readFileSync(out));
    if (!copy.ok) throw new Error(copy.error.detail);
    const names = readWorkbookGrid(copy.value).sheets.map((s) => s.name);
    expect(names).toEqual(["예산", "교부내역", "집행내역", "사업현황", "회의정보"]);
    const issues = JSON.parse((await cli("validate", out, "--json")).out).issues.map((i: { code: string }) => i.code);
    expect(issues).not.toContain("meeting-sheet-missing");
    // Not again over the copy without --force.
    const again = await cli("add-sheets", input);
    expect(again.code).toBe(2);
    expect(again.err).toContain("--force");
  });

  test("nothing missing: nothing written, exit 0", async () => {
    const input = await writeGrid(path.join(dir, "full.xlsx"), sampleWorkbookGrid());
    const r = await cli("add-sheets", input, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ command: "add-sheets", ok: true, output: null, sheets: [] });
    expect(existsSync(path.join(dir, "full-시트추가.xlsx"))).toBe(false);
  });

  test("--out naming the input is refused", async () => {
    const input = await writeGrid(path.join(dir, "self.xlsx"), { sheets: sampleWorkbookGrid().sheets.filter((s) => s.name !== "회의정보") });
    const r = await cli("add-sheets", input, "--out", input);
    expect(r.code).toBe(2);
    expect(r.err).toContain("입력 파일과 같습니다");
  });
});
