/** @jest-environment jsdom */
// The task pane's reading choices, in Excel over the fake (the real Office.js host port): every
// choice shown with its cell (a click selects it in Excel), another column picked or a total
// counted as data writes the workbook's '읽기 설정' sheet and the figures follow; and the
// component alone, standalone (no cell links), calling back with the change.
import "./dom-shims";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyze } from "../../src/core/analyze";
import type { WorkbookGrid } from "../../src/core/grid";
import type { ReadingChange } from "../../src/core/plan/settings-sheet";
import { SETTINGS_SHEET_KO } from "../../src/core/read/settings";
import { OfficePort } from "../../src/hosts/office/office-port";
import { ReadingPanel } from "../../src/taskpane/components/reading-panel";
import { readingStrings } from "../../src/taskpane/reading-strings";
import { FakeExcel } from "../fakes/fake-excel";
import { corpusCase } from "../reading/corpus";
import { renderExcel } from "./render";

jest.setTimeout(30_000);

/** The corpus' VAT ledger (금액 | 부가세 | 합계, the reader takes 합계) beside a budget with a 합계 row. */
const grid: WorkbookGrid = corpusCase("amt-geumaek-bugase-hapgye").workbook;
const meeting = { period: { asOf: "2024-05-24" } };

const sheetBox = (name: string) => document.querySelector(`[data-reading-sheet="${name}"]`) as HTMLElement;

test("shows each sheet's columns and decided rows; a cell selects it in Excel", async () => {
  const fake = FakeExcel.fromGrid(grid);
  await renderExcel(fake);
  const ledger = within(sheetBox("집행내역"));
  expect((ledger.getByLabelText(/'집행내역' \(집행내역\) 금액 열/) as HTMLSelectElement).value).toBe("G");
  const budget = within(sheetBox("예산"));
  const total = budget.getByText("C10");
  expect(budget.getByText(/합계로 뺀 행/)).toBeTruthy();
  await userEvent.click(total);
  await waitFor(() => expect(fake.selection).toEqual({ sheet: "예산", address: "C10" }));
});

test("another amount column writes the settings sheet, and the figures follow", async () => {
  const fake = FakeExcel.fromGrid(grid);
  const session = await renderExcel(fake);
  const spent = () => session.getState().loaded!.analysis.figures!.executedToDate;
  const before = spent();
  const ledger = within(sheetBox("집행내역"));
  await userEvent.selectOptions(ledger.getByLabelText(/금액 열/), "E");
  await waitFor(() => expect(fake.findSheet(SETTINGS_SHEET_KO)).toBeTruthy());
  await screen.findByText(`'${SETTINGS_SHEET_KO}' 시트에 저장했습니다.`);
  await waitFor(() => expect((within(sheetBox("집행내역")).getByLabelText(/금액 열/) as HTMLSelectElement).value).toBe("E"));
  expect(within(sheetBox("집행내역")).getByText("직접 고름")).toBeTruthy();
  // 금액 without VAT: spending falls.
  expect(spent()).toBeLessThan(before);
  // What the ribbon reads now: the workbook with its settings sheet, analysed with no choice.
  const read = await new OfficePort(fake).read();
  if (!read.ok) throw new Error(read.error.detail);
  expect(analyze(read.value, meeting).recognized.find((s) => s.sheet === "집행내역")!.columns.amount).toBe("E");
});

test("standalone: no cell links; a total counted as data and a row left out call back with the change", async () => {
  const changes: ReadingChange[] = [];
  const a = analyze(grid, meeting);
  render(<ReadingPanel recognized={a.recognized} t={readingStrings.ko} settingsSheet={SETTINGS_SHEET_KO} savedTo={null} busy={false} onChange={(c) => changes.push(c)} />);
  const budget = within(sheetBox("예산"));
  expect(budget.queryByRole("button", { name: "C10 셀로 가기" })).toBeNull();
  await userEvent.click(budget.getByRole("button", { name: "C10: 자료로 세기" }));
  await userEvent.type(budget.getByLabelText(/행 번호/), "5");
  await userEvent.click(budget.getByRole("button", { name: "합계로 빼기" }));
  expect(changes).toEqual([
    { kind: "row", sheet: "예산", row: 10, as: "data" },
    { kind: "row", sheet: "예산", row: 5, as: "total" },
  ]);
});

test("English", () => {
  const a = analyze(grid, meeting);
  render(<ReadingPanel recognized={a.recognized} t={readingStrings.en} settingsSheet="Reading settings" savedTo={null} busy={false} onChange={() => {}} />);
  expect(screen.getByText("How the workbook was read")).toBeTruthy();
  expect(within(sheetBox("예산")).getByText(/Totals left out/)).toBeTruthy();
});
