/** @jest-environment jsdom */
// The task pane inside "Excel": the real Office.js host port (src/hosts/office) over the faked
// Excel of test/fakes, which enforces load/sync rules, counts syncs and raises change events.
import "./dom-shims";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/app";
import { excelSession } from "../../src/session/excel";
import { OfficePort } from "../../src/hosts/office/office-port";
import { paneSessionOn } from "../../src/taskpane/excel-session";
import { sampleWorkbookGrid } from "../../src/sample/index";
import { FakeExcel } from "../fakes/fake-excel";
import { LEDGER, withLedgerEdits } from "./grids";
import { renderExcel } from "./render";

jest.setTimeout(30_000);

/**
 * A button of the confirmation dialog, by its text. Fluent's dialog is mid-animation for a while
 * in jsdom (no Web Animations), during which role queries treat it as hidden.
 */
function dialogButton(dialog: HTMLElement, text: string): HTMLElement {
  const el = within(dialog).getByText(text, { selector: "button, button *" }).closest("button");
  if (!el) throw new Error(`no ${text} button in the dialog`);
  return el;
}

test("figures through the Office.js host: 35% and 69%", async () => {
  await renderExcel(FakeExcel.fromGrid(sampleWorkbookGrid()));
  expect(screen.getByTestId("ratio-budget").textContent).toMatch(/^35%/);
  expect(screen.getByTestId("ratio-grants").textContent).toMatch(/^69%/);
});

test("clicking an issue activates its sheet and selects its cell in Excel", async () => {
  const { grid, cells } = withLedgerEdits([{ key: "amount", row: 1, header: "금액", value: "12a,000" }]);
  const fake = FakeExcel.fromGrid(grid);
  fake.activeSheet = "예산";
  await renderExcel(fake);
  await userEvent.click(screen.getByText(`${LEDGER}!${cells["amount"]}`));
  await waitFor(() => expect(fake.selection).toEqual({ sheet: LEDGER, address: cells["amount"] }));
  expect(fake.activeSheet).toBe(LEDGER);
});

test("a paste into the ledger updates the issue list within a second, without writing anything", async () => {
  const { cells } = withLedgerEdits([{ key: "amount", row: 1, header: "금액", value: "x" }]);
  const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
  await renderExcel(fake);
  expect(screen.queryByText(`${LEDGER}!${cells["amount"]}`)).toBeNull();
  const syncsBefore = fake.stats.syncs;
  const started = Date.now();
  await act(() => fake.userEdit(LEDGER, cells["amount"]!, [["12a,000"]]));
  expect(await screen.findByText(`${LEDGER}!${cells["amount"]}`, {}, { timeout: 1000 })).toBeTruthy();
  expect(Date.now() - started).toBeLessThan(1000);
  // One re-read (names + used ranges), no writes.
  expect(fake.stats.syncs - syncsBefore).toBeLessThanOrEqual(2);
  expect(fake.cellAt(LEDGER, cells["amount"]!)?.value).toBe("12a,000");
});

test("report: written into the workbook, then the link activates the minutes sheet", async () => {
  const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
  await renderExcel(fake);
  const inputSheets = fake.sheets.map((s) => s.name);
  await userEvent.click(screen.getByRole("button", { name: "보고서 생성" }));
  const done = await screen.findByTestId("report-done", {}, { timeout: 10_000 });
  const minutes = fake.sheets.map((s) => s.name).find((n) => !inputSheets.includes(n) && n.includes("회의록"));
  expect(minutes).toBeDefined();
  fake.activeSheet = "예산";
  await userEvent.click(within(done).getByRole("button", { name: `‘${minutes}’ 시트로 이동` }));
  await waitFor(() => expect(fake.activeSheet).toBe(minutes));
});

test("fixes through Office.js: applied in one batch after confirming, undo restores values and formats", async () => {
  const { grid, cells } = withLedgerEdits([{ key: "spaces", row: 2, header: "금액", value: " 48,400 " }]);
  const fake = FakeExcel.fromGrid(grid);
  const formatBefore = fake.cellAt(LEDGER, cells["spaces"]!)!.numberFormat;
  await renderExcel(fake);
  await userEvent.click(screen.getByRole("button", { name: /개 셀 수정/ }));
  const title = await screen.findByText("셀을 수정할까요?", {}, { timeout: 5000 });
  await userEvent.click(dialogButton(title.closest<HTMLElement>("[role='dialog']")!, "수정"));
  await screen.findByRole("button", { name: "실행 취소" }, { timeout: 5000 });
  expect(fake.cellAt(LEDGER, cells["spaces"]!)?.value).toBe(48400);
  await userEvent.click(screen.getByRole("button", { name: "실행 취소" }));
  await screen.findByText(/이전 값으로 되돌렸습니다/, {}, { timeout: 5000 });
  const after = fake.cellAt(LEDGER, cells["spaces"]!)!;
  expect(after.value).toBe(" 48,400 ");
  expect(after.numberFormat).toBe(formatBefore);
});

test("Excel busy (cell edit mode) at start: a clear message and a retry that works", async () => {
  const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
  fake.cellEditMode = true;
  const session = excelSession(new OfficePort(fake));
  render(<App locale="ko" session={session} />);
  const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
  expect(alert.textContent).toMatch(/편집/);
  fake.cellEditMode = false;
  await userEvent.click(within(alert).getByRole("button", { name: "다시 검사" }));
  expect((await screen.findByTestId("ratio-budget", {}, { timeout: 5000 })).textContent).toMatch(/^35%/);
});

test("a sheet added after the pane opened is watched too: a paste into it updates the issue list", async () => {
  // The workbook starts without a ledger; the user adds one (or the template button does) later.
  const sample = sampleWorkbookGrid();
  const fake = FakeExcel.fromGrid({ sheets: sample.sheets.filter((s) => s.name !== LEDGER) });
  await renderExcel(fake);
  const ledgerHeader = ["집행일자", "사업명", "금액"];
  fake.addSheet(LEDGER);
  // The next change anywhere makes the pane re-read, and the re-read finds the new sheet.
  await act(() => fake.userEdit(LEDGER, "A1", [ledgerHeader]));
  await act(() => fake.userEdit("예산", "Z1", [["메모"]]));
  await waitFor(() => expect(fake.sheet(LEDGER).handlers.length).toBeGreaterThan(0), { timeout: 2000 });
  await act(() => fake.userEdit(LEDGER, "A2", [["2024-05-20", "없는 사업", "12a,000"]]));
  expect(await screen.findByText(`${LEDGER}!C2`, {}, { timeout: 2000 })).toBeTruthy();
});

describe("the pane side of Excel's limits", () => {
  test("다시 검사: a visible button reads again an edit Excel raised no event for, and says what it found", async () => {
    const { cells } = withLedgerEdits([{ key: "amount", row: 1, header: "금액", value: "x" }]);
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    await renderExcel(fake);
    const at = /^([A-Z]+)(\d+)$/.exec(cells["amount"]!)!;
    // A formula result or refreshed data: the value changes, no change event.
    fake.putCell(fake.sheet(LEDGER), Number(at[2]) - 1, at[1]!.charCodeAt(0) - 65, "12a,000");
    expect(screen.queryByText(`${LEDGER}!${cells["amount"]}`)).toBeNull();
    const recheck = screen.getByRole("button", { name: "다시 검사" });
    await userEvent.click(recheck);
    expect(await screen.findByText(`${LEDGER}!${cells["amount"]}`, {}, { timeout: 5000 })).toBeTruthy();
    expect((await screen.findByTestId("rechecked")).textContent).toBe("다시 검사했습니다. 오류 1건 · 경고 2건 · 참고 5건.");
    expect(document.activeElement).toBe(recheck);
  });

  test.each([
    ["1.14", true],
    ["1.20", false],
  ] as const)("ExcelApi %s: a note before fixes and the report that Excel's undo may not take them back: %p", async (version, noted) => {
    const { grid } = withLedgerEdits([{ key: "spaces", row: 2, header: "금액", value: " 48,400 " }]);
    const fake = FakeExcel.fromGrid(grid);
    fake.apiVersion = version;
    render(<App locale="ko" session={paneSessionOn(fake)} />);
    await screen.findByTestId("issue-counts", {}, { timeout: 10_000 });
    expect(screen.queryByTestId("excel-undo-report-note") !== null).toBe(noted);
    await userEvent.click(screen.getByRole("button", { name: /개 셀 수정/ }));
    const title = await screen.findByText("셀을 수정할까요?", {}, { timeout: 5000 });
    const dialog = title.closest<HTMLElement>("[role='dialog']")!;
    const note = within(dialog).queryByTestId("excel-undo-fix-note");
    expect(note !== null).toBe(noted);
    if (note) expect(note.textContent).toContain("작업창의 ‘실행 취소’는 고친 셀을 모두 이전 값으로 되돌립니다");
  });

  test("a card of many rows selects the whole range in Excel", async () => {
    const rows = [0, 1, 2].map((row) => ({ key: `d${row}`, row, header: "집행일자", value: "2024-02-30" }));
    const { grid, cells } = withLedgerEdits(rows);
    const fake = FakeExcel.fromGrid(grid);
    await renderExcel(fake);
    const range = `${cells["d0"]}:${cells["d2"]}`;
    await userEvent.click(await screen.findByText(`${LEDGER} ${range}, 3행`));
    await waitFor(() => expect(fake.selection).toEqual({ sheet: LEDGER, address: range }));
  });

  test("the report's result names both sheets written into this workbook", async () => {
    await renderExcel(FakeExcel.fromGrid(sampleWorkbookGrid()));
    await userEvent.click(screen.getByRole("button", { name: "보고서 생성" }));
    const done = await screen.findByTestId("report-done", {}, { timeout: 10_000 });
    expect(done.textContent).toContain("‘회의록 2024-2분기’ 시트와 ‘집행현황 2024-2분기’ 시트를 이 통합 문서에 만들었습니다.");
  });
});
