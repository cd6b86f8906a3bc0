// The main flows with the keyboard only (Tab, Enter, Esc, arrows; the file picker as the browser
// opens it), checking after every action where focus is: never on <body>. And no lost work in
// standalone mode: opening another workbook over changes not downloaded asks first; leaving the
// page asks too; both stop once the copy equals the file again.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { openPane, settle, useHarness } from "./harness";
import { focused, gridBytes, spacesGrid, tabTo, waitForFocus, XLSX } from "./pane-kit";

const h = useHarness();

const isButton = (name: string | RegExp) => (f: Awaited<ReturnType<typeof focused>>) =>
  f.tag === "BUTTON" && (typeof name === "string" ? f.text === name : name.test(f.text));

/** Opens a workbook through 파일 열기… with the keyboard: Tab to it, Enter, the picker gets the file. */
async function openWithKeyboard(page: Page, name: string, buffer: Buffer): Promise<void> {
  await tabTo(page, isButton("파일 열기…"));
  // Playwright turns on file-chooser interception asynchronously when the first listener is added,
  // and runs the key press concurrently: pressed at once, the picker can open before interception
  // is on and the event never comes (it timed out once on CI). A round trip to the page first lets
  // the interception request finish, since the browser answers one session's messages in order.
  const chooser = page.waitForEvent("filechooser", { timeout: 15_000 });
  await page.evaluate(() => 0);
  await page.evaluate(() => 0);
  await page.keyboard.press("Enter");
  await (await chooser).setFiles({ name, mimeType: XLSX, buffer });
}

const onFigures = (f: Awaited<ReturnType<typeof focused>>) => f.id === "figures-heading";

describe("keyboard only", () => {
  test("open the sample, generate the report, unfold the line table: focus follows each step", async () => {
    const { context, page } = await openPane(h(), { viewport: { width: 350, height: 700 } });
    try {
      await tabTo(page, isButton("예제 통합 문서 사용"));
      await page.keyboard.press("Enter");
      await waitForFocus(page, onFigures, "the figures heading after opening");
      await tabTo(page, (f) => f.testid === "generate-report");
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.keyboard.press("Enter")]);
      assert.match(download.suggestedFilename(), /보고서-2024-2분기\.xlsx$/);
      await waitForFocus(page, (f) => f.testid === "report-done", "the report's result message");
      assert.match(await page.getByTestId("report-done").innerText(), /다운로드 폴더에 있으며, 그 파일 안에 ‘회의록 2024-2분기’ 시트와 ‘집행현황 2024-2분기’ 시트가 있습니다/);
      await tabTo(page, (f) => f.testid === "lines-toggle");
      await page.keyboard.press("Enter");
      await page.getByTestId("lines-table").waitFor();
      assert.equal((await focused(page)).testid, "lines-toggle", "focus stays on the toggle, now 접기");
      // The table's region takes focus and scrolls with the arrows if it is wider than the pane.
      await page.keyboard.press("Tab");
      assert.equal((await focused(page)).id, "lines-table-region");
    } finally {
      await context.close();
    }
  });

  test("fixes: preview scrolls with the arrows; Esc on the confirmation returns to its button; 실행 취소 after fixing; the notice after undo", async () => {
    const { context, page } = await openPane(h(), { viewport: { width: 350, height: 700 } });
    try {
      await openWithKeyboard(page, "공백.xlsx", await gridBytes(spacesGrid(40)));
      await waitForFocus(page, onFigures, "the figures heading after opening a file");
      await tabTo(page, isButton("수정 미리 보기"));
      await page.keyboard.press("Enter");
      await tabTo(page, (f) => f.id === "fix-preview");
      const scroll = () => page.locator("#fix-preview").evaluate((e) => e.scrollTop);
      assert.equal(await scroll(), 0);
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("PageDown");
      await page.waitForFunction(() => document.getElementById("fix-preview")!.scrollTop > 0);
      await tabTo(page, isButton(/40개 셀 수정/), { back: true });
      await page.keyboard.press("Enter");
      await page.getByRole("dialog").waitFor();
      await waitForFocus(page, (f) => f.tag === "BUTTON" && f.text === "취소", "the dialog's 취소 (the safe choice)");
      await page.keyboard.press("Escape");
      await waitForFocus(page, isButton(/40개 셀 수정/), "the button that opened the dialog, after Esc");
      await page.keyboard.press("Enter");
      await page.getByRole("dialog").waitFor();
      await waitForFocus(page, isButton("취소"), "the dialog");
      await tabTo(page, isButton("수정"), { back: true });
      await page.keyboard.press("Enter");
      await waitForFocus(page, isButton("실행 취소"), "the new 실행 취소");
      await page.keyboard.press("Enter");
      await waitForFocus(page, (f) => f.testid === "fix-notice", "the undo's result");
      assert.match((await focused(page)).text, /40개 셀을 이전 값으로 되돌렸습니다/);
    } finally {
      await context.close();
    }
  });

  test("the fiscal year set wrong: the cause card first, its button sets the year, focus on the new counts", async () => {
    const { context, page } = await openPane(h(), { viewport: { width: 350, height: 700 } });
    try {
      await tabTo(page, isButton("예제 통합 문서 사용"));
      await page.keyboard.press("Enter");
      await waitForFocus(page, onFigures, "the figures heading");
      await tabTo(page, (f) => f.focusTarget === "period-year");
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("2023");
      await page.getByTestId("cause").waitFor();
      assert.match(await page.getByTestId("cause").innerText(), /날짜 2\d\d건이 회계연도 2023년 밖의 2024년입니다/);
      // One card for the ledger's run, with its range and count.
      const where = await page.getByTestId("issue-where").allInnerTexts();
      assert.ok(where.some((w) => /^집행내역 B\d+:B\d+, 220행$/.test(w)), where.slice(0, 8).join(" | "));
      await tabTo(page, isButton("회계연도를 2024년으로 바꾸기"));
      await page.keyboard.press("Enter");
      await waitForFocus(page, (f) => f.testid === "issue-counts", "the check results' counts");
      assert.match((await focused(page)).text, /^오류 0건/);
      assert.equal(await page.getByTestId("cause").count(), 0);
    } finally {
      await context.close();
    }
  });
});

describe("no lost work (standalone)", () => {
  /** Opens the spaces workbook and applies its fixes with the mouse: the page's copy now differs from the file. */
  async function withFixes(page: Page): Promise<void> {
    await page.getByTestId("file-input").setInputFiles({ name: "공백.xlsx", mimeType: XLSX, buffer: await gridBytes(spacesGrid(3)) });
    await page.getByRole("button", { name: /개 셀 수정/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "수정", exact: true }).click();
    await page.getByRole("button", { name: "실행 취소" }).waitFor();
    await page.getByTestId("unsaved-note").waitFor();
  }

  test("another workbook over changes not downloaded: cancel keeps them; download then open downloads first", async () => {
    const { context, page } = await openPane(h());
    try {
      await withFixes(page);
      await page.getByTestId("open-sample").focus();
      await page.keyboard.press("Enter");
      await page.getByTestId("unsaved-dialog").waitFor();
      await page.keyboard.press("Escape");
      await waitForFocus(page, (f) => f.testid === "open-sample", "the button that asked to open");
      assert.match(await page.getByTestId("opened-file").innerText(), /공백\.xlsx/, "still the same workbook");
      await page.keyboard.press("Enter");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "내려받고 열기" }).click()]);
      assert.equal(download.suggestedFilename(), "공백-수정본.xlsx");
      await page.getByTestId("opened-file").filter({ hasText: "예제" }).waitFor();
      await waitForFocus(page, onFigures, "the figures of the workbook opened");
      assert.equal(await page.getByTestId("unsaved-note").count(), 0);
    } finally {
      await context.close();
    }
  });

  test("after undo the copy equals the file: no note, no question, no prompt on leaving", async () => {
    const { context, page } = await openPane(h());
    try {
      await withFixes(page);
      await page.getByRole("button", { name: "실행 취소" }).click();
      await page.getByTestId("fix-notice").filter({ hasText: "되돌렸습니다" }).waitFor();
      assert.equal(await page.getByTestId("unsaved-note").count(), 0);
      assert.equal(await page.getByRole("button", { name: "바뀐 통합 문서 내려받기" }).count(), 0, "no download prompt after undo");
      let asked = false;
      page.on("dialog", (d) => {
        asked = true;
        void d.dismiss();
      });
      await page.getByTestId("open-sample").click();
      await page.getByTestId("opened-file").filter({ hasText: "예제" }).waitFor();
      assert.equal(await page.getByTestId("unsaved-dialog").count(), 0);
      await page.close({ runBeforeUnload: true });
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(asked, false, "no beforeunload prompt");
    } finally {
      await context.close();
    }
  });

  test("leaving the page with changes not downloaded asks first (beforeunload)", async () => {
    const { context, page } = await openPane(h());
    try {
      await withFixes(page);
      await settle(page);
      const prompt = new Promise<string>((resolve) =>
        page.once("dialog", (d) => {
          resolve(d.type());
          void d.accept(); // leave after all: the page closes
        }),
      );
      await page.close({ runBeforeUnload: true });
      assert.equal(await prompt, "beforeunload");
      await page.waitForEvent("close");
    } finally {
      await context.close();
    }
  });
});
