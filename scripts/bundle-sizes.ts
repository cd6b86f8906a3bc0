// Bundle sizes of the production build (run `npm run build` first, then `npm run sizes`).
//
// Prints every emitted JavaScript file with its raw and gzipped size, which of them the task pane
// loads at start (the <script> tags of dist/taskpane.html), their gzipped total against the
// 300 kB budget, and the chunks that hold the xlsx code (src/hosts/xlsx and fflate: standalone
// mode's worker). Exits 1 when:
//   - the start-up JavaScript of the task pane exceeds the budget (gzip -9, 1 kB = 1000 bytes),
//   - the xlsx code (or ExcelJS) is in a chunk the task pane or the function file loads at start,
//   - any emitted JavaScript contains eval(, new Function or a call of the Function constructor
//     (the pages' CSP forbids them), or
//   - dist/ is not a production build.
// Which packages each chunk holds comes from out/bundle-stats.json, written by webpack.config.js.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_GZIP_BYTES = 300_000;

const ROOT = path.resolve(__dirname, "..");

interface ChunkStats {
  readonly name: string | null;
  readonly files: readonly string[];
  readonly initial: boolean;
  readonly packages: readonly string[];
  /** The chunk holds modules of src/hosts/xlsx. */
  readonly xlsxHost?: boolean;
}
interface BuildStats {
  readonly mode: string;
  readonly entrypoints: Readonly<Record<string, readonly string[]>>;
  readonly chunks: readonly ChunkStats[];
}

/** Same-origin script files a page loads through its <script src> tags (office.js from the CDN excluded). */
export function startupScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=("([^"]*)"|'([^']*)'|([^\s>]+))/gi)]
    .map((m) => m[2] ?? m[3] ?? m[4] ?? "")
    .filter((src) => !/^(https?:)?\/\//i.test(src))
    .map((src) => src.replace(/^\.?\//, "").split(/[?#]/)[0]!);
}

/** eval-like constructs the CSP (no 'unsafe-eval') would refuse, found in minified code. */
export function findEval(code: string): string[] {
  const found: string[] = [];
  const patterns: [string, RegExp][] = [
    ["eval", /(?<![\w$.])eval(?=\s*[()])/g], // direct eval(…) and indirect (0,eval)(…)
    ["new Function", /\bnew\s+Function\s*\(/g],
    ["Function(", /(?<![\w$.])Function\s*\(/g],
    ["setTimeout(string", /\bset(?:Timeout|Interval)\(\s*["'`]/g],
  ];
  for (const [label, re] of patterns) {
    for (const m of code.matchAll(re)) {
      const at = m.index ?? 0;
      found.push(`${label} … ${code.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, " ")}`);
    }
  }
  return found;
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/** Value of `--name <value>` on the command line. */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function main(): number {
  const dist = path.resolve(arg("dist") ?? path.join(ROOT, "dist"));
  const statsFile = path.resolve(arg("stats") ?? path.join(ROOT, "out/bundle-stats.json"));
  const taskpaneHtml = path.join(dist, "taskpane.html");
  if (!existsSync(taskpaneHtml) || !existsSync(statsFile)) {
    console.error("No build found: run `npm run build` first (dist/taskpane.html and out/bundle-stats.json).");
    return 1;
  }
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as BuildStats;
  const failures: string[] = [];
  if (stats.mode !== "production") failures.push(`dist/ is a ${stats.mode} build; sizes are meaningful for \`npm run build\` only`);

  const jsFiles = readdirSync(dist).filter((f) => f.endsWith(".js")).sort();
  const sizes = new Map(
    jsFiles.map((f) => {
      const code = readFileSync(path.join(dist, f));
      return [f, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, evals: findEval(code.toString("utf8")) }];
    }),
  );
  const chunkOf = (file: string) => stats.chunks.find((c) => c.files.includes(file));

  const pages = ["taskpane.html", "commands.html"].filter((p) => existsSync(path.join(dist, p)));
  const startup = new Map(pages.map((p) => [p, startupScripts(readFileSync(path.join(dist, p), "utf8"))]));
  const atStart = new Set([...startup.values()].flat());

  console.log(`Production bundle (${path.relative(process.cwd(), dist) || dist})\n`);
  console.log(`${"file".padEnd(34)} ${"raw".padStart(10)} ${"gzip".padStart(10)}  at start  packages`);
  for (const f of jsFiles) {
    const s = sizes.get(f)!;
    const chunk = chunkOf(f);
    const pkgs = chunk ? chunk.packages.join(", ") : "?";
    const where = [...startup].filter(([, files]) => files.includes(f)).map(([p]) => p.replace(".html", ""));
    console.log(
      `${f.padEnd(34)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)}  ${(where.join("+") || "lazy").padEnd(8)}  ${pkgs.length > 70 ? `${pkgs.slice(0, 67)}...` : pkgs}`,
    );
  }

  for (const [page, files] of startup) {
    const missing = files.filter((f) => !sizes.has(f));
    if (missing.length > 0) failures.push(`${page} loads files that do not exist: ${missing.join(", ")}`);
    const gzip = files.reduce((sum, f) => sum + (sizes.get(f)?.gzip ?? 0), 0);
    const raw = files.reduce((sum, f) => sum + (sizes.get(f)?.raw ?? 0), 0);
    const budget = page === "taskpane.html" ? ` (budget ${kb(BUDGET_GZIP_BYTES)})` : "";
    console.log(`\n${page} loads at start: ${files.join(", ") || "(nothing)"}`);
    console.log(`  total ${kb(raw)} raw, ${kb(gzip)} gzipped${budget}`);
    if (page === "taskpane.html" && gzip > BUDGET_GZIP_BYTES) failures.push(`task pane start-up JavaScript is ${kb(gzip)} gzipped, over the ${kb(BUDGET_GZIP_BYTES)} budget`);
  }
  if (!startup.has("taskpane.html")) failures.push("dist/taskpane.html is missing");

  const xlsxChunks = stats.chunks.filter((c) => c.xlsxHost || c.packages.includes("fflate") || c.packages.includes("exceljs"));
  if (xlsxChunks.length === 0) failures.push("the xlsx code is not in the build (standalone mode cannot read files)");
  for (const c of xlsxChunks) {
    const loadedAtStart = c.files.filter((f) => atStart.has(f));
    const gzip = c.files.reduce((sum, f) => sum + (sizes.get(f)?.gzip ?? 0), 0);
    console.log(`\nxlsx code: chunk ${c.name ?? "(unnamed)"} (${c.files.join(", ")}, ${kb(gzip)} gzipped), ${loadedAtStart.length > 0 ? "LOADED AT START" : "lazy: the worker standalone mode starts"}`);
    if (loadedAtStart.length > 0) failures.push(`the xlsx code is in a start-up file (${loadedAtStart.join(", ")})`);
    if (c.packages.includes("exceljs")) failures.push(`ExcelJS is in the build (${c.files.join(", ")}); the xlsx host does not need it`);
  }

  const evals = [...sizes].flatMap(([f, s]) => s.evals.map((e) => `${f}: ${e}`));
  console.log(`\neval / new Function in emitted JavaScript: ${evals.length === 0 ? "none" : evals.length}`);
  for (const e of evals) console.log(`  ${e}`);
  if (evals.length > 0) failures.push("eval-like code in the bundle (the CSP forbids it)");

  if (failures.length > 0) {
    console.error(`\nFAILED:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
    return 1;
  }
  console.log("\nOK: start-up JavaScript within budget, the xlsx code only in the worker, no eval.");
  return 0;
}

if (require.main === module) process.exit(main());
