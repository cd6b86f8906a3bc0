// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, the production
// build in dist/ served on 127.0.0.1, office.js's CDN blocked (as on a machine without internet).

import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { after, before } from "node:test";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Request } from "playwright-core";
import { startStaticServer } from "../../scripts/static-server";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
/** Screenshots go to out/screenshots; `npm run screenshots` writes the README's copies in docs/images. */
export const IMAGES = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === "1" ? "docs/images" : "out/screenshots");
/** A task pane is ~350 px wide in Excel (320 px at its narrowest: layout.e2e.ts). */
export const VIEWPORT = { width: 350, height: 900 };
const OFFICE_CDN = "appsforoffice.microsoft.com";

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export interface Harness {
  readonly baseUrl: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run `npm run build` first");
  const server = await startStaticServer({ root: DIST, host: "127.0.0.1", port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-dev-shm-usage",
    ],
  });
  return {
    baseUrl: server.url.replace(/\/$/, ""),
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One harness for the spec file: started (with the screenshots folder made) before its tests,
 * closed after them. Returns the running harness; call it inside a test or hook.
 */
export function useHarness(): () => Harness {
  let h: Harness | undefined;
  before(async () => {
    mkdirSync(IMAGES, { recursive: true });
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });
  return () => {
    if (!h) throw new Error("the harness is not running: call it inside a test or hook");
    return h;
  };
}

export interface OpenedPane {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page made, in order. */
  readonly requests: Request[];
  /** The text of every console message the page logged, in order. */
  readonly consoleMessages: string[];
}

export interface PaneOptions extends BrowserContextOptions {
  /** Answers the office.js request with this script instead of aborting it. */
  officeScript?: string;
  /** Runs in the page before any of its own scripts. */
  initScript?: string;
  /** false: return once the page has loaded, without waiting for the pane to be ready (it may never be). */
  waitReady?: boolean;
}

/**
 * A fresh context at task pane size. The office.js request is recorded and aborted (no internet),
 * or answered with `officeScript` to simulate an office.js that loads but never becomes ready.
 */
export async function openPane(h: Harness, options: PaneOptions = {}): Promise<OpenedPane> {
  const { officeScript, initScript, waitReady = true, ...contextOptions } = options;
  const context = await h.browser.newContext({ viewport: VIEWPORT, locale: "ko-KR", acceptDownloads: true, ...contextOptions });
  const requests: Request[] = [];
  context.on("request", (r) => requests.push(r));
  await context.route(`**://${OFFICE_CDN}/**`, (route) =>
    officeScript === undefined
      ? route.abort("internetdisconnected")
      : route.fulfill({ status: 200, contentType: "text/javascript", body: officeScript }),
  );
  if (initScript !== undefined) await context.addInitScript(initScript);
  const page = await context.newPage();
  const consoleMessages: string[] = [];
  page.on("console", (m) => consoleMessages.push(m.text()));
  page.on("pageerror", (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${h.baseUrl}/taskpane.html`);
  if (waitReady) await page.waitForSelector("body[data-ready='true']", { timeout: 10_000 });
  return { context, page, requests, consoleMessages };
}

export function isOfficeCdn(url: string): boolean {
  try {
    return new URL(url).hostname === OFFICE_CDN;
  } catch {
    return false;
  }
}

/** Waits until no CSS transition or animation is running (colours are checked mid-fade otherwise). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), undefined, { timeout: 5000 });
}

/** Opens the bundled sample and waits for the figures. */
export async function openSample(page: Page): Promise<void> {
  await page.getByTestId("open-sample").click();
  await page.getByTestId("ratio-budget").waitFor({ timeout: 20_000 });
  // The open buttons are enabled again once loading has finished (stable screenshots).
  await page.getByTestId("opened-file").waitFor();
}
