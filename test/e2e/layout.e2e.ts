// The pane at Excel's widths: 320 px (the narrowest task pane), 350 px (a usual one) and 500 px,
// in Korean and English. No word or amount broken across lines, nothing wider than the pane, the
// line table readable, 보고서 생성 within the first screen; alarms that look like alarms. Writes
// the screenshots (out/screenshots; `npm run screenshots` puts them in docs/images for the README).

import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import { IMAGES, openPane, openSample, settle, useHarness } from "./harness";
import { ALARM, alarmGrid, brokenWords, focused, gridBytes, overflowX, XLSX } from "./pane-kit";

/** A first screen: a task pane in a 1366×768 laptop's Excel window is about this tall. */
const FIRST_SCREEN = 640;

const h = useHarness();

describe("the pane at 320, 350 and 500 px", () => {
  for (const width of [320, 350, 500]) {
    test(`${width} px, Korean: words and amounts whole, nothing wider than the pane, 보고서 생성 on the first screen`, async () => {
      const { context, page } = await openPane(h(), { viewport: { width, height: FIRST_SCREEN } });
      try {
        await openSample(page);
        await settle(page);
        const button = await page.getByTestId("generate-report").boundingBox();
        assert.ok(button && button.y + button.height <= FIRST_SCREEN, `보고서 생성 ends at ${button && Math.round(button.y + button.height)} px, below the first ${FIRST_SCREEN} px`);
        assert.equal(await page.getByTestId("lines-table").count(), 0, "the line table starts folded");
        // 350 px, Excel's usual width, is the README's first picture.
        await page.screenshot({ path: path.join(IMAGES, width === 350 ? "taskpane-sample.png" : `taskpane-${width}.png`) });
        // Unfolded, the table fits the pane or scrolls inside its own region, never the page.
        await page.getByTestId("lines-toggle").click();
        await page.getByTestId("lines-table").waitFor();
        await settle(page);
        assert.equal(await overflowX(page), 0, "the page is no wider than the pane");
        const table = await page.evaluate(() => {
          const region = document.getElementById("lines-table-region")!;
          const cell = document.querySelector("[data-testid='lines-table'] thead th:last-child")!.getBoundingClientRect();
          return { fits: region.scrollWidth <= region.clientWidth, ratioRight: cell.right, regionRight: region.getBoundingClientRect().right };
        });
        if (width <= 350) assert.ok(table.fits && table.ratioRight <= table.regionRight + 0.5, `the 집행률 column is in view at ${width} px: ${JSON.stringify(table)}`);
        assert.deepEqual(await brokenWords(page), [], "no word broken across lines");
        if (width === 320) await page.screenshot({ path: path.join(IMAGES, "taskpane-320-lines.png"), fullPage: true });
      } finally {
        await context.close();
      }
    });
  }

  test("320 px, English: the same, and amounts in won without 원", async () => {
    const { context, page } = await openPane(h(), { viewport: { width: 320, height: FIRST_SCREEN }, locale: "en-US" });
    try {
      await openSample(page);
      await page.getByTestId("lines-toggle").click();
      await settle(page);
      assert.equal(await overflowX(page), 0, "the page is no wider than the pane");
      assert.deepEqual(await brokenWords(page), []);
      const text = await page.getByTestId("taskpane").innerText();
      assert.ok(text.includes("₩192,500,000"), "amounts carry the won sign");
      assert.ok(!/\d원/.test(text), "no Korean 원 after an amount in English");
    } finally {
      await context.close();
    }
  });
});

describe("alarms", () => {
  test("spending over the grants: the card in the danger colour with an icon and a word, the amount over, a link to its issue", async () => {
    const { context, page } = await openPane(h(), { viewport: { width: 350, height: 900 } });
    try {
      await page.getByTestId("file-input").setInputFiles({ name: "초과집행.xlsx", mimeType: XLSX, buffer: await gridBytes(alarmGrid()) });
      await page.getByTestId("issue-counts").waitFor({ timeout: 20_000 });
      await settle(page);
      const grants = page.getByTestId("ratio-grants");
      assert.equal(await grants.getAttribute("data-alarm"), "true");
      assert.equal(await page.getByTestId("ratio-budget").getAttribute("data-alarm"), null, "the budget ratio is not over");
      assert.match(await grants.innerText(), /초과/);
      // The danger colour: red dominates the value's colour; the calm card's is blue.
      const colour = (testid: string) =>
        page.getByTestId(testid).locator("span").first().evaluate((e) => getComputedStyle(e).color.match(/\d+/g)!.map(Number));
      const [r, , b] = await colour("ratio-grants");
      const [r2, , b2] = await colour("ratio-budget");
      assert.ok(r! > b! && b2! > r2!, `over: rgb ${r},…,${b}; calm: rgb ${r2},…,${b2}`);
      assert.ok(await grants.locator("svg").count() > 0, "an icon");
      const alarms = await page.getByTestId("alarm").allInnerTexts();
      assert.ok(alarms.some((a) => a.includes(`교부액보다 ${ALARM.over.toLocaleString("ko-KR")}원 더 집행했습니다.`)), alarms.join(" | "));
      assert.ok(alarms.some((a) => a.includes(`‘${ALARM.line}’`)), "the line spent beyond its budget has its own alarm");
      await page.screenshot({ path: path.join(IMAGES, "taskpane-alarm.png") });
      // The link shows its issue: scrolled to and focused.
      await page.getByTestId("alarm").first().getByRole("button", { name: "검사 결과에서 보기" }).click();
      await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "issue");
      assert.match((await focused(page)).text, /교부액 96,250,000원보다 8,312,920원 많습니다/);
      // In the line table the line and its category are marked too.
      await page.getByTestId("lines-toggle").click();
      const over = await page.locator("[data-testid='lines-table'] [data-over='true']").count();
      assert.ok(over >= 2, `the line and its category marked over (${over})`);
    } finally {
      await context.close();
    }
  });
});
