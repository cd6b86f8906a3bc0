// What the pane's browser specs share: workbooks built from the sample's grid (bytes as a user's
// file), and checks made inside the page — where focus is, whether any word or amount was broken
// across lines, whether the page is wider than the pane.

import type { Page } from "playwright-core";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { buildWorkbookFromGrid, saveXlsx } from "../../src/hosts/xlsx/xlsx-port";
import { sampleWorkbookGrid } from "../../src/sample/index";
import { withLedgerEdits } from "../taskpane/grids";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function gridBytes(grid: WorkbookGrid): Promise<Buffer> {
  return Buffer.from(await saveXlsx(buildWorkbookFromGrid(grid)));
}

/** The sample's ledger with rows put before its total row. */
export function withLedgerRows(rows: readonly CellValue[][], grid: WorkbookGrid = sampleWorkbookGrid()): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== "집행내역") return s;
      const h = s.values.findIndex((r) => r.includes("집행일자"));
      const total = s.values.findIndex((r, i) => i > h && r.includes("합계"));
      return { ...s, values: [...s.values.slice(0, total), ...rows, ...s.values.slice(total)] };
    }),
  };
}

/**
 * Spending beyond the grants to date by 8,312,920원, all on one line (사회적경제 장터 운영, budget
 * 10,000,000원): the sample spends 66,460,585원 of 96,250,000원 granted by 2024-05-24.
 */
export const ALARM = { over: 8_312_920, line: "사회적경제 장터 운영" };
export function alarmGrid(): WorkbookGrid {
  const extra = 96_250_000 - 66_460_585 + ALARM.over;
  return withLedgerRows([[999, "2024-05-20", ALARM.line, "장터 추가 운영", "거래처", extra, "X-1", "카드"]]);
}

/** `n` ledger amounts stored with stray spaces: `n` mechanical fixes. */
export function spacesGrid(n: number): WorkbookGrid {
  return withLedgerEdits(Array.from({ length: n }, (_, i) => ({ key: `s${i}`, row: i, header: "금액", value: ` ${1000 + i} ` }))).grid;
}

/** Where focus is, in words a failing assertion can show. */
export async function focused(page: Page): Promise<{ tag: string; testid: string | null; text: string; id: string; focusTarget: string | null }> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName ?? "",
      testid: a?.getAttribute("data-testid") ?? null,
      text: (a?.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 80),
      id: a?.id ?? "",
      focusTarget: a?.getAttribute("data-focus-target") ?? null,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `match` says the focused element is the one; fails after `max` presses. */
export async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, options: { back?: boolean; max?: number } = {}): Promise<void> {
  const max = options.max ?? 60;
  for (let i = 0; i < max; i++) {
    if (match(await focused(page))) return;
    await page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`not reached with ${max} presses of ${options.back ? "Shift+Tab" : "Tab"}; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Waits until focus is on an element matching `match` (focus moves a render or two after an action). */
export async function waitForFocus(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const f = await focused(page);
    if (match(f)) return;
    if (Date.now() > deadline) throw new Error(`focus should be on ${what}; it is on ${JSON.stringify(f)}`);
    await page.waitForTimeout(50);
  }
}

/**
 * Line breaks inside a word, found from where each character is drawn: a break between two
 * letters or digits of one word ("전략수/립", "192,500,00/0원") is one. Breaks at spaces and
 * punctuation are fine. Addresses and file names (monospace, [data-testid=issue-where]) may break
 * anywhere, as may text in form fields.
 */
export async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const word = /[\p{L}\p{N},%₩]/u;
    const found: string[] = [];
    const root = document.querySelector("[data-testid='taskpane']");
    if (!root) return ["no task pane"];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const el = node.parentElement;
      if (!el || el.closest("[data-testid='issue-where'], select, option, input, [hidden]") || el.getClientRects().length === 0) continue;
      const text = node.data;
      let prevTop: number | null = null;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        if (prevTop !== null && rect.top > prevTop + 4 && i > 0 && word.test(text[i - 1]!) && word.test(text[i]!)) {
          found.push(`${text.slice(Math.max(0, i - 8), i)}/${text.slice(i, i + 8)}`);
        }
        prevTop = rect.top;
      }
    }
    return found;
  });
}

/** Clicks 보고서 생성 and waits for the download: the report's path and the file name the page gave it. */
export async function generateReport(page: Page): Promise<{ file: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.getByTestId("generate-report").click()]);
  return { file: await download.path(), name: download.suggestedFilename() };
}

/** How much wider the page is than the pane (0: no sideways scrolling of the whole pane). */
export async function overflowX(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
