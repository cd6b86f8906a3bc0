import { generateReport, validateData, type CommandEvent } from "../../src/commands/commands";
import { pickLocale } from "../../src/core/locale";
import type { WorkbookPort } from "../../src/core/port";
import { ISSUES_SHEET_KO } from "../../src/core/plan/issues-sheet";
import { OfficePort } from "../../src/hosts/office/office-port";
import { sampleWorkbookGrid } from "../../src/sample";
import { FakeExcel } from "../fakes/fake-excel";

function event(): CommandEvent & { calls: number } {
  const e = {
    calls: 0,
    completed() {
      e.calls++;
    },
  };
  return e;
}

const quiet = { log: () => {} };

describe("ribbon commands", () => {
  it("보고서 생성 writes the minutes, activates them and completes the event", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    const ev = event();
    const out = await generateReport(ev, { port: new OfficePort(fake), locale: "ko", ...quiet });
    expect(ev.calls).toBe(1);
    expect(out?.kind).toBe("report");
    expect(fake.activeSheet).toBe(out?.sheet);
    expect(out?.sheet).toMatch(/^회의록/);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
  });

  it("with validation errors writes the results sheet and shows it instead", async () => {
    const grid = sampleWorkbookGrid();
    const fake = FakeExcel.fromGrid({ sheets: grid.sheets.filter((s) => s.name !== "예산") });
    const ev = event();
    const out = await generateReport(ev, { port: new OfficePort(fake), locale: "ko", ...quiet });
    expect(ev.calls).toBe(1);
    expect(out).toMatchObject({ kind: "issues", sheet: ISSUES_SHEET_KO });
    expect(fake.activeSheet).toBe(ISSUES_SHEET_KO);
    expect(fake.sheets.some((s) => s.name.startsWith("회의록"))).toBe(false);
  });

  it("데이터 검증 shows the results sheet and completes the event", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    const ev = event();
    const out = await validateData(ev, { port: new OfficePort(fake), locale: "en", ...quiet });
    expect(ev.calls).toBe(1);
    expect(out?.kind).toBe("validated");
    expect(out?.message).toMatch(/No errors/);
    expect(fake.activeSheet).toBe("Validation results");
  });

  it("completes the event after an Excel error, telling the user in Korean", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    fake.cellEditMode = true;
    const ev = event();
    const out = await generateReport(ev, { port: new OfficePort(fake), locale: "ko", ...quiet });
    expect(ev.calls).toBe(1);
    expect(out).toMatchObject({ kind: "host-error" });
    expect(out?.message).toMatch(/셀을 편집하는 중/);
  });

  it("writes a host error to the results sheet when Excel still allows it", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    fake.failure = { sync: 3, afterOps: 5, code: "AccessDenied" };
    const ev = event();
    const out = await generateReport(ev, { port: new OfficePort(fake), locale: "ko", ...quiet });
    expect(ev.calls).toBe(1);
    expect(out).toMatchObject({ kind: "host-error", sheet: ISSUES_SHEET_KO });
    expect(String(fake.cellAt(ISSUES_SHEET_KO, "E5")!.value)).toMatch(/보호된 시트/);
  });

  it("completes the event when the read fails on its 2nd sync, writing no report", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    const names = fake.sheets.map((s) => s.name);
    fake.failure = { sync: 2, afterOps: 0, code: "ItemNotFound" };
    const ev = event();
    const out = await generateReport(ev, { port: new OfficePort(fake), locale: "ko", ...quiet });
    expect(ev.calls).toBe(1);
    expect(out?.kind).toBe("host-error");
    expect(out?.message).toMatch(/시트 이름이 바뀌었거나/);
    expect(fake.sheets.some((s) => s.name.startsWith("회의록"))).toBe(false);
    expect(fake.sheets.map((s) => s.name).slice(0, names.length)).toEqual(names);
  });

  it("completes the event even when the port throws (a bug)", async () => {
    const broken: WorkbookPort = {
      read: () => Promise.reject(new Error("boom")),
      write: () => Promise.reject(new Error("boom")),
      applyEdits: () => Promise.reject(new Error("boom")),
    };
    const spy = jest.spyOn(console, "error").mockImplementation(() => {});
    const ev1 = event();
    const ev2 = event();
    await generateReport(ev1, { port: broken, locale: "ko", ...quiet });
    await validateData(ev2, { port: broken, locale: "ko", ...quiet });
    expect(ev1.calls).toBe(1);
    expect(ev2.calls).toBe(1);
    spy.mockRestore();
  });

  it.each([
    ["ko-KR", "ko"],
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["ja-JP", "ko"],
    [undefined, "ko"],
  ])("display language %s → %s (the one rule, core/locale.ts)", (lang, locale) => {
    expect(pickLocale(lang)).toBe(locale);
  });
});
