// Thousands of issues in the task pane, timed in headless Chromium on the production build (run
// `npm run build` first, then `npm run perf:issues`). Standalone mode, office.js blocked.
//
// Two workbooks built from the sample: 3,000 pasted ledger rows with an impossible date and an
// unreadable amount (6,000 errors, which the pane shows as two cards with their ranges), and
// 3,000 rows each naming a budget line the budget lacks (3,000 cards of their own, listed 200 at a
// time). Measured from choosing the file to the issue counts on screen, and from pressing 더 보기
// to the next 200 cards. Prints each run and the medians.
//
//   npm run perf:issues -- --runs 5

import type { CellValue } from "../src/core/grid";
import { openPane, startHarness, type Harness } from "../test/e2e/harness";
import { gridBytes, withLedgerRows } from "../test/e2e/pane-kit";
import { median } from "./median";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** One cold load of the pane, one file chosen: ms to the counts, and (with more) ms for the next page of cards. */
async function run(h: Harness, bytes: Buffer, more: boolean): Promise<{ listed: number; next: number | null; errors: string; cards: number }> {
  const { context, page } = await openPane(h);
  try {
    // From choosing the file: the standalone code and the worker load on this first use, as for a user.
    const started = Date.now();
    await page.getByTestId("file-input").setInputFiles({ name: "대량.xlsx", mimeType: "application/octet-stream", buffer: bytes });
    await page.getByTestId("issue-counts").waitFor({ timeout: 60_000 });
    const listed = Date.now() - started;
    const errors = (await page.getByTestId("issue-counts").innerText()).split(" · ")[0] ?? "";
    const cards = await page.locator("[data-severity='error'] [data-testid='issue']").count();
    let next: number | null = null;
    if (more) {
      const t0 = Date.now();
      await page.getByRole("button", { name: /더 보기/ }).first().click();
      await page.locator("[data-severity='error'] [data-testid='issue']").nth(cards + 199).waitFor({ timeout: 30_000 });
      next = Date.now() - t0;
    }
    return { listed, next, errors, cards };
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  const runs = Number(arg("runs") ?? 5);
  const pasted = Array.from({ length: 3000 }, (_, i): CellValue[] => [9000 + i, "2024-02-30", "운영비", "붙여넣기", "거래처", "12a,000", `V-${i}`, "카드"]);
  const unknown = Array.from({ length: 3000 }, (_, i): CellValue[] => [20000 + i, "2024-03-02", `없는 세목 ${i}`, "붙여넣기", "거래처", 1000, `U-${i}`, "카드"]);
  const cases = [
    { label: "3,000 pasted rows, 6,000 errors", bytes: await gridBytes(withLedgerRows(pasted)), more: false },
    { label: "3,000 unknown budget lines", bytes: await gridBytes(withLedgerRows(unknown)), more: true },
  ];
  // The browser specs' set-up: dist/ served on 127.0.0.1, Chromium, a fresh pane-sized context per run.
  const h = await startHarness();
  try {
    for (const c of cases) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await run(h, c.bytes, c.more));
      const last = results[results.length - 1]!;
      const next = results.flatMap((r) => (r.next === null ? [] : [r.next]));
      console.log(
        `${c.label}: ${last.errors}, ${last.cards} error cards on the first page; issue list on screen ${median(results.map((r) => r.listed)).toFixed(0)} ms after the file was chosen` +
          (next.length > 0 ? `; next 200 cards in ${median(next).toFixed(0)} ms` : "") +
          ` (median of ${runs})`,
      );
    }
  } finally {
    await h.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
