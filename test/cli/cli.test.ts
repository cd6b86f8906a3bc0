// The CLI end to end, in process (fast) for most cases, and a few real spawns of
// `npx tsx src/cli/main.ts` for exit codes and streams. Files live in a fresh temp directory.
import { spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { CellValue } from "../../src/core/grid";
import type * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookGrid, tryLoadXlsx } from "../../src/hosts/xlsx/xlsx-port";
import { sampleWorkbookGrid } from "../../src/sample";
import { bytesFromExcelJS, viewWithExcelJS } from "../hosts/xlsx/exceljs-view";
import { cli, sha, writeGrid } from "./helpers";

const root = path.resolve(__dirname, "../..");
let dir: string;
let sample: string;
let defective: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cli-test-"));
  sample = path.join(dir, "sample.xlsx");
  await writeGrid(sample, sampleWorkbookGrid());
  // The sample with one defect: a ledger row whose budget line the budget does not have (D?),
  // named by cell in the output.
  const grid = sampleWorkbookGrid();
  const sheets = grid.sheets.map((s) => {
    if (s.name !== "집행내역") return s;
    const values = s.values.map((r, i) => (i === 10 ? r.map((v, c): CellValue => (c === 2 ? "없는 사업" : v)) : r));
    return { ...s, values };
  });
  defective = path.join(dir, "defective.xlsx");
  await writeGrid(defective, { sheets });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("validate and figures", () => {
  test("validate --json on the sample: one object, no errors, every issue with its fields", async () => {
    const r = await cli("validate", sample, "--json");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const json = JSON.parse(r.out);
    expect(json.ok).toBe(true);
    expect(json.recognized.map((s: { role: string }) => s.role)).toEqual(expect.arrayContaining(["budget", "grants", "ledger", "programs"]));
    for (const issue of json.issues) {
      expect(Object.keys(issue).sort()).toEqual(["cell", "code", "hint", "message", "severity", "sheet", "value"]);
      expect(issue.severity).not.toBe("error");
    }
    // The refund (반납) is the sample's one warning.
    expect(json.issues.filter((i: { severity: string }) => i.severity === "warning")).toHaveLength(1);
  });

  test("figures --json reproduces the seed: 192,500,000 / 96,250,000 / 66,460,585, 35% and 69%", async () => {
    const r = await cli("figures", sample, "--quarter", "2024Q2", "--as-of", "2024-05-24", "--json");
    expect(r.code).toBe(0);
    const f = JSON.parse(r.out).figures;
    expect(f).toMatchObject({ year: 2024, quarter: 2, asOf: "2024-05-24", totalBudget: 192_500_000, grantsToDate: 96_250_000, executedToDate: 66_460_585 });
    expect(f.display).toEqual({ ratioToBudget: "35%", ratioToGrants: "69%" });
  });

  test("every command follows the meeting sheet (2024년 2분기, 기준일 2024-05-24): the seed's figures without flags", async () => {
    const seed = { year: 2024, quarter: 2, asOf: "2024-05-24", totalBudget: 192_500_000, grantsToDate: 96_250_000, executedToDate: 66_460_585 };
    for (const command of ["validate", "figures", "report"]) {
      const r = await cli(command, sample, "--json", ...(command === "report" ? ["--out", path.join(dir, "meeting-period.xlsx"), "--force"] : []));
      expect([command, r.code]).toEqual([command, 0]);
      const f = JSON.parse(r.out).figures;
      expect(f).toMatchObject(seed);
      expect(f.display).toEqual({ ratioToBudget: "35%", ratioToGrants: "69%" });
    }
    const human = await cli("figures", sample);
    expect(human.out).toMatch(/총 예산 대비 집행율\s+35%/);
    expect(human.out).toMatch(/교부액 대비 집행율\s+69%/);
  });

  test("figures, human output: a Korean summary with 원 amounts and per-line table", async () => {
    const r = await cli("figures", sample, "--quarter", "2024Q2", "--as-of", "2024-05-24");
    expect(r.code).toBe(0);
    expect(r.out).toContain("192,500,000원");
    expect(r.out).toContain("66,460,585원");
    expect(r.out).toMatch(/총 예산 대비 집행율\s+35%/);
    expect(r.out).toMatch(/교부액 대비 집행율\s+69%/);
    expect(r.out).toContain("예산과목별 집행 (금액 단위: 원):");
    expect(r.out).toContain("인식한 시트:");
  });

  test("a defect is named by sheet and cell, exit 1", async () => {
    const r = await cli("validate", defective);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[오류\] 1건/);
    expect(r.out).toContain("집행내역!C11");
    const json = JSON.parse((await cli("validate", defective, "--json")).out);
    const e = json.issues.find((i: { severity: string }) => i.severity === "error");
    expect(e).toMatchObject({ sheet: "집행내역", cell: "C11", value: "없는 사업" });
    expect(e.message).toMatch(/[가-힣]/);
  });

  test("missing and unreadable files: exit 2 with a one-line reason", async () => {
    const missing = await cli("validate", path.join(dir, "nope.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("파일이 없습니다");
    const junk = path.join(dir, "junk.xlsx");
    writeFileSync(junk, "this is not a workbook");
    const unreadable = await cli("figures", junk);
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toContain("읽을 수 없습니다");
    expect(unreadable.err.split("\n")).toHaveLength(1);
  });

  // Hostile inputs found in QA: each says why in one Korean line and leaves the file as it was.
  test.each<[string, () => Promise<Buffer | string>, RegExp]>([
    ["0 bytes", async () => Buffer.alloc(0), /빈 파일\(0바이트\)/],
    ["a .csv renamed", async () => "집행일자,사업명,금액\n2024-01-02,운영비,1000\n", /\.xlsx 형식이 아닙니다/],
    ["an .xls or password-protected file", async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), /암호가 걸린 통합문서이거나 Excel 97-2003/],
    ["a truncated .xlsx", async () => readFileSync(sample).subarray(0, 4000), /손상되었거나 끝까지 받아지지/],
    [
      "a .docx renamed (a zip with no workbook)",
      async () => {
        const zip = new JSZip();
        zip.file("word/document.xml", "<w:document/>");
        return zip.generateAsync({ type: "nodebuffer" });
      },
      /Excel 통합문서가 아닙니다/,
    ],
  ])("%s: exit 2, one line saying why, file unchanged", async (_name, make, reason) => {
    const file = path.join(dir, "나쁜 파일 (사본).xlsx");
    writeFileSync(file, await make());
    const before = sha(file);
    for (const command of ["validate", "report"]) {
      const r = await cli(command, file);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.split("\n")).toHaveLength(1);
      expect(r.err).toMatch(reason);
    }
    expect(sha(file)).toBe(before);
    rmSync(file);
  });
});

describe("figures with errors", () => {
  test("a ledger whose header is below row 20: the error says where it looked, and the 0원 figures are marked as not final", async () => {
    const grid = sampleWorkbookGrid();
    const sheets = grid.sheets.map((s) => (s.name === "집행내역" ? { ...s, values: [...Array.from({ length: 17 }, (_, i): CellValue[] => [`제목 ${i + 1}`]), ...s.values] } : s));
    const file = path.join(dir, "header-row-21.xlsx");
    await writeGrid(file, { sheets });
    const r = await cli("figures", file);
    expect(r.code).toBe(1);
    expect(r.out).toContain("집행내역  1~20행(처음 20행)에서 제목 행을 찾지 못했습니다");
    const caution = r.out.split("\n").findIndex((l) => l.startsWith("※ 오류 1건: 오류가 난 행과 읽지 못한 시트는 빼고 계산한 수치입니다"));
    expect(caution).toBeGreaterThan(0);
    expect(r.out.split("\n").findIndex((l) => l.includes("기준 총 집행액"))).toBeGreaterThan(caution);
    // No caution on a clean workbook.
    expect((await cli("figures", sample)).out).not.toContain("※ 오류");
  });
});

describe("a stray cell at the sheet's far corner", () => {
  test("validate reads the ledger as before (it used to abort out of memory with a V8 stack trace)", async () => {
    const wb = await viewWithExcelJS(readFileSync(sample));
    wb.getWorksheet("집행내역")!.getCell("XFD1048576").value = " ";
    const file = path.join(dir, "far-cell.xlsx");
    writeFileSync(file, await bytesFromExcelJS(wb));
    const r = await cli("figures", file, "--quarter", "2024Q2", "--as-of", "2024-05-24", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).figures).toMatchObject({ totalBudget: 192_500_000, grantsToDate: 96_250_000, executedToDate: 66_460_585 });
  });
});

describe("formulas saved without their results", () => {
  test("are named by cell as uncalculated, not as empty amounts, and nothing cascades", async () => {
    const wb = await viewWithExcelJS(readFileSync(sample));
    // As a program that writes formulas but never calculates them saves them (no cached value).
    wb.getWorksheet("집행내역")!.getCell("F6").value = { formula: "1000*2" } as ExcelJS.CellFormulaValue;
    wb.getWorksheet("예산")!.getCell("C6").value = { formula: "3000000*3" } as ExcelJS.CellFormulaValue;
    const file = path.join(dir, "uncalculated.xlsx");
    writeFileSync(file, await bytesFromExcelJS(wb));
    const r = await cli("validate", file, "--json");
    expect(r.code).toBe(1);
    const errors = JSON.parse(r.out).issues.filter((i: { severity: string }) => i.severity === "error");
    expect(errors.map((i: { sheet: string; cell: string }) => `${i.sheet}!${i.cell}`).sort()).toEqual(["예산!C6", "집행내역!F6"]);
    for (const e of errors) {
      expect(e.code).toBe("formula-error");
      expect(e.message).toContain("수식의 계산 결과가 파일에 저장되어 있지 않아");
      expect(e.hint).toContain("Excel에서 열어 한 번 저장");
    }
  });
});

describe("report", () => {
  test("writes a new workbook next to the input; the input is unchanged byte for byte", async () => {
    const before = sha(sample);
    const r = await cli("report", sample, "--quarter", "2024Q2", "--as-of", "2024-05-24", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const out = path.join(dir, "sample-보고서-2024-2분기.xlsx");
    expect(json.output).toBe(out);
    expect(json.figures.display).toEqual({ ratioToBudget: "35%", ratioToGrants: "69%" });
    expect(sha(sample)).toBe(before);

    const loaded = await tryLoadXlsx(readFileSync(out));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const input = await tryLoadXlsx(readFileSync(sample));
    if (!input.ok) throw new Error(input.error.detail);
    const inputGrid = readWorkbookGrid(input.value);
    const outGrid = readWorkbookGrid(loaded.value);
    // The input's sheets untouched, then the report's sheets.
    expect(outGrid.sheets.slice(0, inputGrid.sheets.length)).toEqual(inputGrid.sheets);
    expect(outGrid.sheets.slice(inputGrid.sheets.length).map((s) => s.name)).toEqual(json.sheets);
    const minutes = outGrid.sheets.find((s) => s.name === json.sheets[0])!;
    const text = minutes.values.flat().filter((v) => typeof v === "string").join("\n");
    expect(text).toContain("192,500,000원");
    expect(text).toContain("66,460,585원");
  });

  test("an output in a missing folder, or a folder as the output: exit 2 saying which, never 'use --force'", async () => {
    const missing = await cli("report", sample, "--out", path.join(dir, "없는 폴더", "보고서.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`출력 폴더가 없습니다: ${path.join(dir, "없는 폴더")} (폴더를 먼저 만들거나 있는 폴더를 적어 주세요)`);
    const folder = path.join(dir, "폴더.xlsx");
    mkdirSync(folder);
    for (const extra of [[], ["--force"]]) {
      const r = await cli("report", sample, "--out", folder, ...extra);
      expect(r.code).toBe(2);
      expect(r.err).toContain("출력 경로가 파일이 아니라 폴더입니다");
      expect(r.err).not.toContain("--force");
    }
    const template = await cli("template", path.join(dir, "없는 폴더", "새.xlsx"));
    expect(template.code).toBe(2);
    expect(template.err).toContain("출력 폴더가 없습니다");
  });

  test("--out naming the input through a symbolic or hard link is refused even with --force; the input is unchanged", async () => {
    const input = path.join(dir, "원본 link.xlsx");
    writeFileSync(input, readFileSync(sample));
    const before = sha(input);
    const soft = path.join(dir, "soft-link.xlsx");
    const hard = path.join(dir, "hard-link.xlsx");
    symlinkSync(input, soft);
    linkSync(input, hard);
    for (const out of [soft, hard]) {
      const r = await cli("report", input, "--out", out, "--force");
      expect(r.code).toBe(2);
      expect(r.err).toContain("출력 파일이 입력 파일과 같습니다");
    }
    expect(sha(input)).toBe(before);
  });

  test("an existing output is not overwritten without --force (exit 2), and is with it", async () => {
    const out = path.join(dir, "exists.xlsx");
    writeFileSync(out, "keep me");
    const refused = await cli("report", sample, "--quarter", "2024Q2", "--as-of", "2024-05-24", "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("이미 있습니다");
    expect(readFileSync(out, "utf8")).toBe("keep me");
    const forced = await cli("report", sample, "--quarter", "2024Q2", "--as-of", "2024-05-24", "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(out);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  test("--out naming the input itself is refused even with --force", async () => {
    const before = sha(sample);
    const r = await cli("report", sample, "--out", sample, "--force");
    expect(r.code).toBe(2);
    expect(sha(sample)).toBe(before);
  });

  test("same-named report sheets: a new name by default, replaced only with --replace", async () => {
    const first = path.join(dir, "first.xlsx");
    const r1 = JSON.parse((await cli("report", sample, "--quarter", "2024Q2", "--as-of", "2024-05-24", "--out", first, "--json")).out);
    const sheetsOf = async (file: string) => {
      const wb = await tryLoadXlsx(readFileSync(file));
      if (!wb.ok) throw new Error(wb.error.detail);
      return wb.value.sheetNames;
    };
    const before = await sheetsOf(first);

    const renamed = path.join(dir, "second.xlsx");
    const r2 = JSON.parse((await cli("report", first, "--quarter", "2024Q2", "--as-of", "2024-05-24", "--out", renamed, "--json")).out);
    expect(r2.sheets).toHaveLength(2);
    for (const name of r2.sheets) expect(before).not.toContain(name);
    expect(await sheetsOf(renamed)).toEqual([...before, ...r2.sheets]);

    const replaced = path.join(dir, "third.xlsx");
    const r3 = JSON.parse((await cli("report", first, "--quarter", "2024Q2", "--as-of", "2024-05-24", "--out", replaced, "--replace", "--json")).out);
    expect(r3.sheets).toEqual(r1.sheets);
    expect((await sheetsOf(replaced)).sort()).toEqual([...before].sort());
  });

  test("validation errors: refuses, lists them, writes nothing (exit 1)", async () => {
    const out = path.join(dir, "never.xlsx");
    const r = await cli("report", defective, "--quarter", "2024Q2", "--out", out);
    expect(r.code).toBe(1);
    expect(r.out).toContain("집행내역!C11");
    expect(existsSync(out)).toBe(false);
  });
});

describe("template", () => {
  test("creates a blank workbook that validates without header problems; refuses to overwrite", async () => {
    const out = path.join(dir, "new.xlsx");
    expect((await cli("template", out, "--year", "2024")).code).toBe(0);
    const v = JSON.parse((await cli("validate", out, "--json")).out);
    expect(v.recognized.map((s: { role: string }) => s.role)).toEqual(expect.arrayContaining(["budget", "grants", "ledger", "programs"]));
    expect(v.issues.filter((i: { code: string }) => /header|column|sheet-missing/.test(i.code))).toEqual([]);
    const again = await cli("template", out);
    expect(again.code).toBe(2);
    expect(again.err).toContain("이미 있습니다");
  });
});

describe("the real process (npx tsx src/cli/main.ts)", () => {
  const run = (...args: string[]) => spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], { cwd: root, encoding: "utf8" });

  test("usage error: exit 2, one Korean line on stderr, nothing on stdout", () => {
    const r = run("figures", sample, "--quarter", "2024Q9");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("--quarter");
  });

  test("figures --json: exit 0 and exactly one JSON object on stdout", () => {
    const r = run("figures", sample, "--quarter", "2024Q2", "--as-of", "2024-05-24", "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).figures.display.ratioToBudget).toBe("35%");
  });

  test("validation errors: exit 1", () => {
    expect(run("validate", defective).status).toBe(1);
  });
});
