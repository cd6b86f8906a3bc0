// End-to-end: the production task pane on a browser without ES2020 (Chromium with BigInt taken away,
// as Office 2016/2019's Internet Explorer and EdgeHTML lack it) shows "update Office" and does not
// start; under the page's Content-Security-Policy, with no inline script. Run with `npm run test:e2e`.

import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import { IMAGES, VIEWPORT, openPane, useHarness } from "./harness";

const h = useHarness();

describe("an old webview", () => {
  test("gets the Korean/English update message instead of a blank pane, and the bundle does not start", async () => {
    // The bundle itself fails on such a browser (here: "BigInt is not defined"), as it would; the
    // message is there regardless. What must not happen is a CSP refusal.
    const { context, page, consoleMessages } = await openPane(h(), { viewport: { ...VIEWPORT, height: 420 }, initScript: "delete window.BigInt;", waitReady: false });
    try {
      const alert = page.getByRole("alert");
      await alert.waitFor({ timeout: 5000 });
      const text = await alert.innerText();
      assert.match(text, /이 Office 버전에서는 추가 기능을 열 수 없습니다/);
      assert.match(text, /Please update Office/);
      // Past the time the pane would have chosen Excel or standalone mode: it never started.
      await page.waitForTimeout(2500);
      assert.equal(await page.evaluate(() => document.body.dataset.mode ?? null), null);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.outdated), "true");
      assert.deepEqual(consoleMessages.filter((m) => /Content Security Policy|Refused to/i.test(m)), []);
      await page.screenshot({ path: path.join(IMAGES, "taskpane-old-webview.png") });
    } finally {
      await context.close();
    }
  });

  test("a current browser loads the check from the add-in's own origin and starts as usual", async () => {
    const { context, page, requests } = await openPane(h());
    try {
      const check = requests.find((r) => r.url().endsWith("/compat-check.js"));
      assert.ok(check, "compat-check.js was requested");
      assert.equal((await check.response())?.status(), 200);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.outdated ?? null), null);
    } finally {
      await context.close();
    }
  });
});
