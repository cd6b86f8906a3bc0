/** @jest-environment jsdom */
import "./dom-shims";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/app";
import { IssuesPanel, ISSUE_PAGE_SIZE } from "../../src/taskpane/components/issues-panel";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { strings } from "../../src/taskpane/i18n";
import type { Issue } from "../../src/core/issues/issue";
import type { HostError } from "../../src/core/port";
import type { Result } from "../../src/core/result";
import { createSession, type OpenedWorkbook } from "../../src/session/workbook-session";
import { sampleWorkbookGrid } from "../../src/sample/index";
import { FakeWorkbook, fakeSession } from "./fake-session";
import { LEDGER, withLedgerEdits } from "./grids";
import { renderPane } from "./render";

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

/** The confirmation dialog, found by its title (role queries over the whole pane are slow in jsdom). */
async function findDialog(): Promise<HTMLElement> {
  const title = await screen.findByText("셀을 수정할까요?", {}, { timeout: 5000 });
  const dialog = title.closest<HTMLElement>("[role='dialog']");
  if (!dialog) throw new Error("the title is not inside a dialog");
  return dialog;
}

describe("figures preview", () => {
  test("the sample shows 35% and 69%, the three amounts and the per-line table", async () => {
    const fake = fakeSession(sampleWorkbookGrid());
    const { onReady } = await renderPane(fake);
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId("ratio-budget").textContent).toMatch(/^35%/);
    expect(screen.getByTestId("ratio-grants").textContent).toMatch(/^69%/);
    const pane = screen.getByTestId("taskpane");
    for (const figure of ["192,500,000원", "96,250,000원", "66,460,585원"]) expect(pane.textContent).toContain(figure);
    // The per-line table is folded at first, so 보고서 생성 stays near the top.
    expect(screen.queryByTestId("lines-table")).toBeNull();
    await userEvent.click(screen.getByTestId("lines-toggle"));
    const table = screen.getByTestId("lines-table");
    expect(within(table).getByText("인건비")).toBeTruthy();
    expect(within(table).getByText("사회적경제 장터 운영")).toBeTruthy();
    // The period inputs were filled from the meeting sheet (2024, Q2, 2024-05-24).
    expect((screen.getByLabelText("기준일") as HTMLInputElement).value).toBe("2024-05-24");
    expect((screen.getByLabelText("보고 분기") as HTMLInputElement).value).toBe("2");
    expect(fake.book.reads).toBe(1);
  });

  test("with validation errors the figures say they are not final (a ledger whose header was not found showed a plain 0%)", async () => {
    const grid = sampleWorkbookGrid();
    // 17 title rows push the ledger's header below row 20: the ledger is not read at all.
    const sheets = grid.sheets.map((sh) => (sh.name === LEDGER ? { ...sh, values: [...Array.from({ length: 17 }, (_, i) => [`제목 ${i + 1}`]), ...sh.values] } : sh));
    await renderPane(fakeSession({ sheets }));
    expect(screen.getByTestId("ratio-budget").textContent).toMatch(/^0%/);
    expect(screen.getByTestId("figures-not-final").textContent).toBe(
      "오류 1건: 오류가 난 행과 읽지 못한 시트는 빼고 계산한 수치입니다. 아래 검사 결과를 고친 뒤 확인하세요.",
    );
  });

  test("without errors there is no such note", async () => {
    await renderPane(fakeSession(sampleWorkbookGrid()));
    expect(screen.queryByTestId("figures-not-final")).toBeNull();
  });

  test("changing the as-of date recomputes from the grid already read", async () => {
    const pane = fakeSession(sampleWorkbookGrid());
    await renderPane(pane);
    const before = screen.getByTestId("taskpane").textContent;
    const input = screen.getByLabelText("기준일");
    await userEvent.clear(input);
    await userEvent.type(input, "2024-03-31");
    await waitFor(() => expect(screen.getByTestId("taskpane").textContent).not.toEqual(before));
    expect(screen.getByTestId("taskpane").textContent).not.toContain("66,460,585원");
    expect(pane.book.reads).toBe(1);
  });

  test("English when the locale is en", async () => {
    await renderPane(fakeSession(sampleWorkbookGrid()), "en");
    expect(screen.getByText("Executed of total budget")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Generate report" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Check results" })).toBeTruthy();
    expect(screen.queryByText("보고서 생성")).toBeNull();
  });
});

describe("issues", () => {
  const planted = () =>
    withLedgerEdits([
      { key: "amount", row: 1, header: "금액", value: "12a,000" },
      { key: "date", row: 3, header: "집행일자", value: "2024-02-30" },
      { key: "line", row: 5, header: "사업명", value: "없는 사업 세목" },
    ]);

  test("grouped by severity, each with sheet!cell; clicking one selects the cell in Excel", async () => {
    const { grid, cells } = planted();
    const pane = fakeSession(grid);
    await renderPane(pane);
    const errors = screen.getByRole("heading", { level: 3, name: /오류/ }).parentElement!;
    for (const c of Object.values(cells)) expect(within(errors).getByText(`${LEDGER}!${c}`)).toBeTruthy();
    expect(screen.getByTestId("issue-counts").textContent).toMatch(/오류 [1-9]\d*건/);
    await userEvent.click(within(errors).getByText(`${LEDGER}!${cells["amount"]}`));
    await waitFor(() => expect(pane.book.selected).toEqual([{ sheet: LEDGER, cell: cells["amount"] }]));
    // Keyboard: the issue is a button reachable by Tab and activated by Enter.
    const btn = within(errors).getByText(`${LEDGER}!${cells["date"]}`).closest("button")!;
    btn.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(pane.book.selected.at(-1)).toEqual({ sheet: LEDGER, cell: cells["date"] }));
  });

  test("standalone: no cell selection, a note says so", async () => {
    const { grid } = planted();
    await renderPane(fakeSession(grid, "standalone"));
    expect(screen.getByText(strings.ko.standaloneSelectNote)).toBeTruthy();
    expect(screen.queryAllByRole("button", { name: new RegExp(LEDGER) })).toHaveLength(0);
  });

  test("a report with validation errors is refused and says why", async () => {
    const { grid } = planted();
    const pane = fakeSession(grid);
    await renderPane(pane);
    await userEvent.click(screen.getByRole("button", { name: "보고서 생성" }));
    expect((await screen.findByTestId("report-blocked")).textContent).toMatch(/오류 \d+건이 있어 보고서를 만들지 않았습니다/);
    expect(pane.book.written).toHaveLength(0);
  });

  test("pasted data re-validates and updates the list", async () => {
    const pane = fakeSession(sampleWorkbookGrid());
    await renderPane(pane);
    const { cells } = planted();
    expect(screen.queryByText(`${LEDGER}!${cells["amount"]}`)).toBeNull();
    const reads = pane.book.reads;
    act(() => pane.book.userEdits([{ sheet: LEDGER, cell: cells["amount"]!, value: "12a,000" }]));
    expect(await screen.findByText(`${LEDGER}!${cells["amount"]}`)).toBeTruthy();
    expect(screen.getByText(strings.ko.updatedAfterChange)).toBeTruthy();
    // One read for the paste, analysed once, for the period the pane shows.
    expect(pane.book.reads).toBe(reads + 1);
  });

  test("thousands of issues render a page per group, with 더 보기", async () => {
    // Every other row: no two on consecutive rows, so each is a card of its own.
    const issues: Issue[] = Array.from({ length: 450 }, (_, i) => ({
      severity: "error",
      code: "not-an-amount",
      sheet: LEDGER,
      cell: `F${2 * i + 5}`,
      value: "x",
      params: {},
    }));
    render(
      <FluentProvider theme={webLightTheme}>
        <IssuesPanel issues={issues} locale="ko" t={strings.ko} onSelect={() => undefined} />
      </FluentProvider>,
    );
    expect(screen.getAllByTestId("issue")).toHaveLength(ISSUE_PAGE_SIZE);
    // By text: role queries over hundreds of buttons are slow in jsdom.
    await userEvent.click(screen.getByText("더 보기 (200 / 450)").closest("button")!);
    expect(screen.getAllByTestId("issue")).toHaveLength(2 * ISSUE_PAGE_SIZE);
    await userEvent.click(screen.getByText("더 보기 (400 / 450)").closest("button")!);
    expect(screen.getAllByTestId("issue")).toHaveLength(450);
    expect(screen.queryByText(/더 보기/)).toBeNull();
  });
});

test("notes (info) start folded; errors stay in view", async () => {
  const mk = (severity: Issue["severity"], cell: string): Issue => ({ severity, code: "total-row-skipped", sheet: LEDGER, cell, params: {} });
  render(
    <FluentProvider theme={webLightTheme}>
      <IssuesPanel issues={[mk("error", "A1"), mk("info", "A3"), mk("info", "A5")]} locale="ko" t={strings.ko} />
    </FluentProvider>,
  );
  expect(screen.getAllByTestId("issue")).toHaveLength(1);
  const toggle = screen.getByRole("button", { name: "참고 2건 펼치기" });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  await userEvent.click(toggle);
  expect(screen.getAllByTestId("issue")).toHaveLength(3);
  expect(screen.getByRole("button", { name: "참고 접기" }).getAttribute("aria-expanded")).toBe("true");
});

describe("standalone opening", () => {
  type Opened = Result<OpenedWorkbook, HostError>;
  /** A standalone session whose workbooks open as `next()` says; records the files asked for. */
  const standalone = (next: () => Opened) => {
    const files: string[] = [];
    const session = createSession({
      mode: "standalone",
      open: (source) => {
        if (source.kind === "file") files.push(source.name);
        return Promise.resolve(next());
      },
    });
    return { session, files };
  };
  const workbook = (name: string): Opened => ({ ok: true, value: { port: new FakeWorkbook(sampleWorkbookGrid(), "standalone"), name } });

  test("says standalone, is ready at once, and opens the sample on request", async () => {
    const { session } = standalone(() => workbook("예제.xlsx"));
    const onReady = jest.fn();
    render(<App locale="ko" session={session} onReady={onReady} />);
    expect(screen.getByTestId("standalone-banner").textContent).toContain("독립 실행 모드");
    expect(onReady).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByTestId("open-sample"));
    expect((await screen.findByTestId("ratio-budget", {}, { timeout: 5000 })).textContent).toMatch(/^35%/);
    expect(screen.getByTestId("opened-file").textContent).toContain("예제.xlsx");
  });

  test("an unreadable file: the catalog's message, nothing opened", async () => {
    const o = standalone(() => ({ ok: false, error: { code: "unreadable", detail: "end of central directory not found" } }));
    render(<App locale="ko" session={o.session} />);
    await userEvent.upload(screen.getByTestId("file-input"), new File([new Uint8Array([1, 2, 3])], "망가진.xlsx"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/[가-힣]/);
    expect(o.files).toEqual(["망가진.xlsx"]);
    expect(screen.queryByTestId("ratio-budget")).toBeNull();
  });

  test("an unreadable file says why (here a password or .xls), and the next file still opens", async () => {
    let next: Opened = { ok: false, error: { code: "unreadable", unreadable: "ole", detail: "Can't find end of central directory" } };
    const o = standalone(() => next);
    render(<App locale="ko" session={o.session} />);
    await userEvent.upload(screen.getByTestId("file-input"), new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], "암호.xlsx"));
    expect((await screen.findByRole("alert")).textContent).toContain("암호가 걸린 통합문서이거나 Excel 97-2003(.xls) 형식입니다");
    next = workbook("정상.xlsx");
    await userEvent.upload(screen.getByTestId("file-input"), new File([new Uint8Array([0x50, 0x4b])], "정상.xlsx"));
    expect((await screen.findByTestId("ratio-budget", {}, { timeout: 5000 })).textContent).toMatch(/^35%/);
    expect(screen.getByTestId("opened-file").textContent).toContain("정상.xlsx");
  });

  test("a file that is not .xlsx is refused before reading", async () => {
    const o = standalone(() => ({ ok: false, error: { code: "unknown", detail: "" } }));
    render(<App locale="en" session={o.session} />);
    const input = screen.getByTestId("file-input") as HTMLInputElement;
    await userEvent.upload(input, new File(["a,b"], "data.csv", { type: "text/csv" }), { applyAccept: false });
    expect((await screen.findByRole("alert")).textContent).toContain("data.csv: only .xlsx files can be opened.");
    expect(o.files).toEqual([]);
  });
});

describe("template", () => {
  test("creates only the missing sheets, never one that exists", async () => {
    const sample = sampleWorkbookGrid();
    const pane = fakeSession({ sheets: sample.sheets.filter((x) => x.name !== "교부내역") });
    const session = pane.book;
    await renderPane(pane);
    const status = screen.getByTestId("status-list");
    expect(status.querySelector("[data-role='grants']")?.getAttribute("data-found")).toBe("false");
    expect(status.querySelector("[data-role='budget']")?.getAttribute("data-found")).toBe("true");
    await userEvent.click(screen.getByRole("button", { name: "빠진 시트 만들기" }));
    await screen.findByText(/시트를 만들었습니다/, {}, { timeout: 5000 });
    expect(session.written).toHaveLength(1);
    const added = session.written[0]!.sheets.map((x) => x.name);
    expect(added).toHaveLength(1);
    expect(session.written[0]!.replace).toEqual([]);
    for (const name of added) expect(sample.sheets.filter((x) => x.name !== "교부내역").map((x) => x.name)).not.toContain(name);
    // Re-read: the grants role is now present and the offer is gone.
    await waitFor(() => expect(screen.getByTestId("status-list").querySelector("[data-role='grants']")?.getAttribute("data-found")).toBe("true"));
    expect(screen.queryByRole("button", { name: "빠진 시트 만들기" })).toBeNull();
  });

  test("a complete workbook is not offered template sheets", async () => {
    await renderPane(fakeSession(sampleWorkbookGrid()));
    expect(screen.queryByRole("button", { name: "빠진 시트 만들기" })).toBeNull();
  });
});

describe("fixes", () => {
  test("preview → confirm → one batch of edits → undo restores the exact previous values", async () => {
    const { grid, cells } = withLedgerEdits([
      { key: "spaces", row: 2, header: "금액", value: " 48,400 " },
      { key: "wide", row: 4, header: "금액", value: "１２,０００" },
    ]);
    const pane = fakeSession(grid);
    const session = pane.book;
    await renderPane(pane);
    await userEvent.click(screen.getByRole("button", { name: "수정 미리 보기" }));
    const preview = screen.getByTestId("fix-preview");
    expect(within(preview).getByText(`${LEDGER}!${cells["spaces"]}`)).toBeTruthy();
    expect(within(preview).getByText("“ 48,400 ”")).toBeTruthy();
    expect(within(preview).getByText("48400")).toBeTruthy();
    expect(session.editBatches).toHaveLength(0); // nothing written by previewing

    await userEvent.click(screen.getByRole("button", { name: /개 셀 수정/ }));
    const dialog = await findDialog();
    await userEvent.click(dialogButton(dialog, "취소"));
    expect(session.editBatches).toHaveLength(0); // cancelled: still nothing

    await userEvent.click(screen.getByRole("button", { name: /개 셀 수정/ }));
    await userEvent.click(dialogButton(await findDialog(), "수정"));
    await screen.findByRole("button", { name: "실행 취소" });
    expect(session.editBatches).toHaveLength(1);
    expect(session.valueAt(LEDGER, cells["spaces"]!)).toBe(48400);
    expect(session.valueAt(LEDGER, cells["wide"]!)).toBe(12000);

    await userEvent.click(screen.getByRole("button", { name: "실행 취소" }));
    await screen.findByText(/이전 값으로 되돌렸습니다/);
    expect(session.editBatches).toHaveLength(2);
    expect(session.valueAt(LEDGER, cells["spaces"]!)).toBe(" 48,400 ");
    expect(session.valueAt(LEDGER, cells["wide"]!)).toBe("１２,０００");
  });
});
