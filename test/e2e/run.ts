// `npm run test:e2e`: production build, then the browser specs under node's test runner.
// Always builds first so the specs never test a stale dist/ (set E2E_SKIP_BUILD=1 to reuse one you
// just built). Exits non-zero when the build or any spec fails; node:test prints the pass/fail counts.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { chromiumPath } from "./harness";

const root = path.resolve(__dirname, "../..");
const chromium = chromiumPath();

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
  if (r.error) {
    console.error(`[e2e] could not run ${cmd}: ${r.error.message}`);
    return 1;
  }
  return r.status ?? 1;
}

if (!existsSync(chromium)) {
  console.error(`[e2e] Chromium not found at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH).`);
  process.exit(1);
}

if (process.env.E2E_SKIP_BUILD !== "1") {
  console.log("[e2e] npm run build");
  const status = run("npm", ["run", "build"]);
  if (status !== 0) {
    console.error("[e2e] build failed");
    process.exit(status);
  }
  // The build's own checks: start-up JavaScript under budget, the xlsx code only in the worker, no eval.
  const sizes = run(process.execPath, ["--import", "tsx", "scripts/bundle-sizes.ts"]);
  if (sizes !== 0) {
    console.error("[e2e] bundle checks failed");
    process.exit(sizes);
  }
}

const specs = readdirSync(path.join(root, "test/e2e"))
  .filter((f) => f.endsWith(".e2e.ts"))
  .map((f) => path.join("test/e2e", f));
const only = process.argv.slice(2);
const status = run(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=1", ...(only.length > 0 ? only : specs)]);
process.exit(status);
