// Start-up time of the task pane in headless Chromium (run `npm run build` first, then `npm run perf`).
//
// Serves dist/ on 127.0.0.1, opens taskpane.html in a fresh browser context per run (cold cache,
// like the first open in Excel) with the office.js CDN blocked, and measures, inside the page, the
// time from navigation start to "interactive": the moment the app sets
// `document.body.dataset.ready = "true"` (src/taskpane/index.tsx does so once the pane, in Excel or
// in standalone mode, can be used). Also reports DOMContentLoaded and first contentful paint.
// Prints every run and the medians. Exits 1 when a run never becomes ready or the page violates
// its Content-Security-Policy.
//
//   npm run perf -- --runs 9 [--dist dist] [--chromium /usr/bin/chromium]

import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { median } from "./median";
import { startStaticServer } from "./static-server";

const ROOT = path.resolve(__dirname, "..");
const READY_TIMEOUT_MS = 15_000;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

interface Run {
  readonly ready: number;
  readonly domContentLoaded: number;
  readonly firstContentfulPaint: number | null;
  readonly mode: string;
  readonly cspViolations: readonly string[];
}

/**
 * Installed before any page script: the time (ms since navigation start) the body gets
 * data-ready="true", and CSP violations. A string, so that no transpiler helper ends up in it.
 */
const INSTRUMENT = `
  window.__perf = { ready: null, csp: [] };
  document.addEventListener("securitypolicyviolation", (e) => window.__perf.csp.push(e.violatedDirective + " " + e.blockedURI));
  new MutationObserver(() => {
    if (window.__perf.ready === null && document.body && document.body.dataset.ready === "true") window.__perf.ready = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"], childList: true });
`;

async function main(): Promise<number> {
  const runs = Number(arg("runs") ?? 7);
  const dist = path.resolve(arg("dist") ?? path.join(ROOT, "dist"));
  const executablePath = arg("chromium") ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path.join(dist, "taskpane.html"))) {
    console.error(`${path.relative(process.cwd(), dist) || dist}/taskpane.html not found: run \`npm run build\` first.`);
    return 1;
  }
  if (!existsSync(executablePath)) {
    console.error(`Chromium not found at ${executablePath} (apt-get install chromium, or pass --chromium).`);
    return 1;
  }
  if (!Number.isInteger(runs) || runs < 1) {
    console.error("--runs must be a positive integer");
    return 1;
  }

  const server = await startStaticServer({ root: dist });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
  });
  const results: Run[] = [];
  let failed = false;
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh context per run: empty cache, as on the first open of the pane.
      const context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: "ko-KR" });
      await context.route("**://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
      await context.addInitScript({ content: INSTRUMENT });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      try {
        await page.goto(`${server.url}/taskpane.html`, { waitUntil: "commit" });
        await page.waitForFunction(() => (window as unknown as { __perf: { ready: number | null } }).__perf.ready !== null, null, {
          timeout: READY_TIMEOUT_MS,
          polling: 50,
        });
        const run = await page.evaluate(() => {
          const perf = (window as unknown as { __perf: { ready: number; csp: string[] } }).__perf;
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
          const fcp = performance.getEntriesByName("first-contentful-paint")[0];
          return {
            ready: perf.ready,
            domContentLoaded: nav ? nav.domContentLoadedEventEnd : Number.NaN,
            firstContentfulPaint: fcp ? fcp.startTime : null,
            mode: document.body.dataset.mode ?? "?",
            cspViolations: perf.csp,
          };
        });
        results.push(run);
        console.log(
          `run ${i + 1}: interactive ${run.ready.toFixed(0)} ms  (DOMContentLoaded ${run.domContentLoaded.toFixed(0)} ms, first paint ${run.firstContentfulPaint?.toFixed(0) ?? "-"} ms, mode ${run.mode})`,
        );
        if (run.cspViolations.length > 0) {
          failed = true;
          console.error(`  CSP violations: ${run.cspViolations.join("; ")}`);
        }
      } catch (e) {
        failed = true;
        console.error(`run ${i + 1}: not interactive within ${READY_TIMEOUT_MS} ms (${e instanceof Error ? e.message.split("\n")[0] : e})`);
        for (const m of errors) console.error(`  page error: ${m}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  if (results.length > 0) {
    const fcps = results.flatMap((r) => (r.firstContentfulPaint === null ? [] : [r.firstContentfulPaint]));
    console.log(
      `\nmedian of ${results.length} cold loads (headless Chromium, office.js blocked): interactive ${median(results.map((r) => r.ready)).toFixed(0)} ms, ` +
        `DOMContentLoaded ${median(results.map((r) => r.domContentLoaded)).toFixed(0)} ms, first paint ${fcps.length > 0 ? `${median(fcps).toFixed(0)} ms` : "-"}`,
    );
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
