// Builds the CLI into build/cli/ (main.js, demo.js, and usage.js for a quick `help`): one bundled CommonJS file per entry, so
// `npm run cli` and `npm run demo` start in Node without transpiling TypeScript. Run by npm's
// prepare step (npm ci) and by scripts/cli.cjs when the build is missing or older than src/.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import * as path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await build({
  absWorkingDir: root,
  entryPoints: { main: "src/cli/main.ts", demo: "src/cli/demo.ts", usage: "src/cli/usage.ts" },
  outdir: "build/cli",
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  legalComments: "none",
});
