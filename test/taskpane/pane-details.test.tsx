/** @jest-environment jsdom */
// The pane's smaller promises, each as the user meets it: the meeting sheet created from the pane
// when missing, hints in the pane's own words, a sheet found but unreadable said as such, the
// period back to the meeting sheet's in one click, fixes that say the figures stay the same, the
// same figures as every CLI command on a meeting sheet that differs from the defaults, English
// amounts without 원, a category of one same-named line shown once, sentences with full stops.
import "./dom-shims";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyze } from "../../src/core/analyze";
import { paneControls } from "../../src/core/issues/words";
import type { Figures } from "../../src/core/model";
import { sampleWorkbookGrid } from "../../src/sample/index";
import { lineGroups } from "../../src/taskpane/components/lines-panel";
import { strings } from "../../src/taskpane/i18n";
import { meetingDiffersWorkbook } from "../fixtures/meeting-differs";
import { fakeSession } from "./fake-session";
import { withLedgerEdits } from "./grids";
import { renderPane } from "./render";

jest.setTimeout(30_000);

const issueTexts = () => screen.getAllByTestId("issue").map((e) => e.textContent ?? "");

describe("the meeting sheet from the pane", () => {
  test("missing: its warning names the pane's button, the button creates it, focus on the result", async () => {
    const pane = fakeSession({ sheets: sampleWorkbookGrid().sheets.filter((s) => s.name !== "회의정보") });
    await renderPane(pane);
    const warning = issueTexts().find((t) => t.includes("회의정보 시트가 없어"))!;
    expect(warning).toContain(`'${paneControls.createSheets.ko}'`);
    expect(warning).not.toMatch(/명령줄|template|--/);
    expect(screen.getByText(/새로 만들 시트: 회의정보\./)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: paneControls.createSheets.ko }));
    const result = await screen.findByTestId("sheets-created", {}, { timeout: 5000 });
    expect(result.textContent).toContain("시트를 만들었습니다: 회의정보.");
    await waitFor(() => expect(document.activeElement).toBe(result));
    expect(pane.book.sheets.map((s) => s.name)).toContain("회의정보");
    await waitFor(() => expect(issueTexts().some((t) => t.includes("회의정보 시트가 없어"))).toBe(false));
    expect(screen.getByTestId("status-list").querySelector("[data-role='meeting']")?.getAttribute("data-found")).toBe("true");
  });
});

describe("status and hints", () => {
  test("a budget sheet without a header row is 'found, could not be read', and the hint's example is the budget's headers", async () => {
    const sheets = sampleWorkbookGrid().sheets.map((s) => (s.name === "예산" ? { ...s, values: [["2024년 예산"], ["메모만 있는 시트"]] } : s));
    await renderPane(fakeSession({ sheets }));
    const row = screen.getByTestId("status-list").querySelector("[data-role='budget']")!;
    expect(row.getAttribute("data-found")).toBe("unread");
    expect(row.textContent).toContain("‘예산’ 시트를 찾았지만 읽지 못했습니다.");
    expect(row.textContent).not.toContain("찾지 못했습니다");
    const header = issueTexts().find((t) => t.includes("제목 행을 찾지 못했습니다"))!;
    expect(header).toContain("(예: '사업명', '예산액')");
    // No template sheet for a role whose sheet exists: a second 예산 would only be ambiguous.
    expect(screen.queryByRole("button", { name: paneControls.createSheets.ko })).toBeNull();
  });

  test("no hint in the pane speaks of command-line options: the override note names the pane's reset button", async () => {
    await renderPane(fakeSession(sampleWorkbookGrid()));
    await userEvent.selectOptions(screen.getByLabelText("보고 분기"), "3");
    await userEvent.click(await screen.findByRole("button", { name: /참고 \d+건 펼치기/ }));
    const note = (await screen.findAllByTestId("issue")).map((e) => e.textContent ?? "").find((t) => t.includes("대신 지정한 값"))!;
    expect(note).toContain(`'${paneControls.resetPeriod.ko}'`);
    const text = screen.getByTestId("taskpane").textContent ?? "";
    expect(text).not.toMatch(/(^|\s|\()--[a-z]/);
    expect(text).not.toMatch(/명령줄/);
  });
});

describe("the period", () => {
  test("one click puts it back to the meeting sheet's values; focus stays in the period", async () => {
    const pane = fakeSession(sampleWorkbookGrid());
    await renderPane(pane);
    expect(screen.queryByTestId("reset-period")).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText("보고 분기"), "3");
    await waitFor(() => expect(screen.getByTestId("ratio-grants").textContent).not.toMatch(/^69%/));
    await userEvent.click(screen.getByTestId("reset-period"));
    await waitFor(() => expect(screen.getByTestId("ratio-grants").textContent).toMatch(/^69%/));
    expect((screen.getByLabelText("보고 분기") as HTMLSelectElement).value).toBe("2");
    expect((screen.getByLabelText("기준일") as HTMLInputElement).value).toBe("2024-05-24");
    expect(screen.queryByTestId("reset-period")).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("회계연도")));
  });
});

describe("the figures", () => {
  test("a meeting sheet that differs from the defaults: the pane shows the fixture's figures, as every CLI command does", async () => {
    const { grid, expected } = meetingDiffersWorkbook();
    await renderPane(fakeSession(grid));
    expect(screen.getByTestId("ratio-budget").textContent).toMatch(new RegExp(`^${expected.ratioToBudget}`));
    expect(screen.getByTestId("ratio-grants").textContent).toMatch(new RegExp(`^${expected.ratioToGrants}`));
    const text = screen.getByTestId("taskpane").textContent ?? "";
    for (const amount of [expected.totalBudget, expected.grantsToDate, expected.executedToDate]) expect(text).toContain(`${amount.toLocaleString("ko-KR")}원`);
    expect(screen.getByRole("heading", { level: 2, name: "2024년 1분기 집행 현황" })).toBeTruthy();
    expect((screen.getByLabelText("기준일") as HTMLInputElement).value).toBe(expected.asOf);
  });

  test("English: amounts with ₩ and no 원, the as-of date in words", async () => {
    await renderPane(fakeSession(sampleWorkbookGrid()), "en");
    const text = screen.getByTestId("taskpane").textContent ?? "";
    for (const amount of ["₩192,500,000", "₩96,250,000", "₩66,460,585"]) expect(text).toContain(amount);
    expect(text).not.toMatch(/\d원/);
    expect(text).toContain("Spent as of May 24, 2024");
  });

  test("a category whose one line has its own name is one row", () => {
    const f = analyze(sampleWorkbookGrid()).figures!;
    const line = f.lines[0]!;
    const single: Figures = { ...f, lines: [{ ...line, category: "운영비", name: "운영비" }, ...f.lines.slice(1)], categories: [{ ...f.categories[0]!, category: "운영비" }, ...f.categories] };
    const groups = lineGroups(single);
    expect(groups[0]).toEqual({ category: expect.objectContaining({ category: "운영비" }), lines: [] });
    // The sample's own groups keep their lines.
    expect(lineGroups(f).every((g) => g.lines.length > 0)).toBe(true);
  });
});

describe("fixes", () => {
  test("say the figures stay the same, and they do", async () => {
    const { grid } = withLedgerEdits([{ key: "spaces", row: 2, header: "금액", value: " 48,400 " }]);
    const pane = fakeSession(grid);
    await renderPane(pane);
    expect(screen.getByText(/고쳐도 집행 수치는 바뀌지 않습니다\./)).toBeTruthy();
    const before = pane.session.getState().loaded!.analysis.figures;
    await pane.session.applyFixes(pane.session.getState().loaded!.analysis.fixes);
    expect(pane.session.getState().loaded!.analysis.fixes).toEqual([]);
    expect(pane.session.getState().loaded!.analysis.figures).toEqual(before);
  });
});

describe("words", () => {
  test.each(["ko", "en"] as const)("every sentence the pane says ends with its full stop (%s)", (locale) => {
    const t = strings[locale];
    const sentences = [
      t.standaloneBody,
      t.standaloneShort,
      t.openedFile("a.xlsx"),
      t.missingSheet("예산"),
      t.sheetUnread("예산"),
      t.createSheetsHelp("회의정보"),
      t.sheetsCreated("회의정보"),
      t.templateNothing,
      t.figuresNotFinal(3009),
      t.noIssues,
      t.fixesIntro(3),
      t.fixesKeepFigures,
      t.fixesApplied(3),
      t.undone(3),
      t.downloadCopyHelp,
      t.reportBlocked(2),
      t.errorsFirst(2),
      t.reportDoneExcel("회의록", "집행현황"),
      t.reportDownloadedFile("a.xlsx", "회의록", "집행현황"),
      t.excelUndoFixNote,
      t.excelUndoReportNote,
      t.unsavedNote,
      t.unsavedBody("a.xlsx"),
      t.copyDownloaded("a.xlsx"),
      t.alarmGrants(1),
      t.alarmBudget(1),
      t.alarmLine("홍보", 1),
      t.causeFiscalYear(2023, 2024, 3006, "예산"),
      t.runFirstValue,
      t.rechecked(1, 2, 3),
      t.filtered(1, 2),
    ];
    for (const s of sentences) expect([s, /[.)]$/.test(s)]).toEqual([s, true]);
  });

  test("counts carry thousands separators", () => {
    expect(strings.ko.issueCounts(3009, 1200, 4)).toBe("오류 3,009건 · 경고 1,200건 · 참고 4건");
    expect(strings.ko.figuresNotFinal(3009)).toMatch(/^오류 3,009건/);
    expect(strings.en.issueCounts(3009, 1, 0)).toBe("3,009 errors · 1 warning · 0 notes");
  });
});

test("the status list still lists a sheet found without its header row under its role (within the pane's status section)", async () => {
  const sheets = sampleWorkbookGrid().sheets.map((s) => (s.name === "교부내역" ? { ...s, values: [["교부 메모"]] } : s));
  await renderPane(fakeSession({ sheets }));
  const status = screen.getByTestId("status-list");
  expect(within(status).getByText(/‘교부내역’ 시트를 찾았지만 읽지 못했습니다/)).toBeTruthy();
});
