// `npm run readme:numbers`: the README's measured numbers, regenerated from the scripts that
// measure them, never typed. Builds once, runs each measuring command, and rewrites the README's
// marked blocks with what the command printed:
//
//   <!-- numbers:sizes -->
//   ```text
//   $ npm run sizes
//   …the command's own lines…
//   ```
//   <!-- /numbers:sizes -->
//
// Only the lines each block keeps (see BLOCKS) are written, content hashes of file names dropped so
// a rebuild alone changes nothing. test/readme/numbers.test.ts checks that the README's blocks are
// there and have this format. Slow (the bench builds and reads 100,000-row files): refresh a few
// blocks with `-- --only sizes,perf`, reuse dist/ with `-- --skip-build`.

import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
export const README = path.join(ROOT, "README.md");

export interface Block {
  /** The block's name in its markers. */
  readonly name: string;
  /** The command as the README shows it (and as a reader would run it). */
  readonly shown: string;
  /** What actually runs: [program, args, extra environment]. */
  readonly run?: readonly [string, readonly string[], Readonly<Record<string, string>>?];
  /** The lines of the output the block keeps. */
  readonly keep: (lines: readonly string[]) => readonly string[];
  /** What a kept line of this block looks like: the test checks the README's block against it. */
  readonly shape: RegExp;
}

const all = (lines: readonly string[]) => lines.filter((l) => l.trim() !== "");
const from = (start: RegExp) => (lines: readonly string[]) => all(lines.slice(Math.max(0, lines.findIndex((l) => start.test(l)))));

export const BLOCKS: readonly Block[] = [
  {
    name: "machine",
    shown: "(where and when)",
    keep: (lines) => lines,
    shape: /^measured \d{4}-\d{2}-\d{2} with node v\d+\.\d+\.\d+ on \d+ cores, load average [\d.]+ at the start$/,
  },
  {
    name: "sizes",
    shown: "npm run sizes",
    run: ["npx", ["tsx", "scripts/bundle-sizes.ts"]],
    keep: from(/loads at start:/),
    shape: /loads at start:|total .* gzipped|^\S.*:|^OK:/,
  },
  {
    name: "perf",
    shown: "npm run perf -- --runs 7",
    run: ["npx", ["tsx", "scripts/perf-taskpane.ts", "--runs", "7"]],
    keep: (lines) => lines.filter((l) => /^median of \d+ cold loads/.test(l)),
    shape: /^median of \d+ cold loads .*interactive \d+ ms/,
  },
  {
    name: "issues",
    shown: "npm run perf:issues",
    run: ["npx", ["tsx", "scripts/perf-issues.ts", "--runs", "5"]],
    keep: all,
    shape: /: 오류 [\d,]+건, \d+ error cards on the first page; issue list on screen \d+ ms after the file was chosen/,
  },
  {
    name: "large-file",
    shown: "npm run test:e2e -- test/e2e/large-file.e2e.ts",
    run: ["npx", ["tsx", "test/e2e/run.ts", "test/e2e/large-file.e2e.ts"], { E2E_SKIP_BUILD: "1" }],
    keep: (lines) => lines.filter((l) => /^\s+[\d,]+ rows \(|^\s+(open|period|fixes|undo|report)\s+\d+ ms|^\s+longest main-thread task/.test(l)).map((l) => l.trimEnd().replace(/^ {2}/, "")),
    shape: /^[\d,]+ rows \(.*analysis from the worker \d+ ms|^ {2}(open|period|fixes|undo|report)\s+\d+ ms|^ {2}longest main-thread task/,
  },
  {
    name: "bench-core",
    shown: "BENCH_ONLY=core npm run bench",
    run: ["npx", ["tsx", "scripts/bench.ts"], { BENCH_ONLY: "core" }],
    keep: all,
    shape: /rows|ratio|MB|heap|runs per size/,
  },
  {
    name: "bench-files",
    shown: "BENCH_ONLY=files npm run bench",
    run: ["npx", ["tsx", "scripts/bench.ts"], { BENCH_ONLY: "files" }],
    keep: all,
    shape: /workbook files|×|MiB|figures|report|ExcelJS/,
  },
  {
    name: "bench-office",
    shown: "BENCH_ONLY=office npm run bench",
    run: ["npx", ["tsx", "scripts/bench.ts"], { BENCH_ONLY: "office" }],
    keep: all,
    shape: /requests|KB|Office\.js|path/,
  },
];

/** Content hashes out of file names ("ui.2955d457.js" → "ui.js"): a rebuild alone changes no number. */
export function withoutHashes(line: string): string {
  return line.replace(/\.[0-9a-f]{8,}\.js\b/g, ".js");
}

/** The README text with one block's body replaced. */
export function writeBlock(readme: string, name: string, shown: string, lines: readonly string[]): string {
  const open = `<!-- numbers:${name} -->`;
  const close = `<!-- /numbers:${name} -->`;
  const a = readme.indexOf(open);
  const b = readme.indexOf(close);
  if (a < 0 || b < a) throw new Error(`README.md has no block ${open} … ${close}`);
  const body = ["```text", ...(name === "machine" ? [] : [`$ ${shown}`]), ...lines, "```"].join("\n");
  return `${readme.slice(0, a + open.length)}\n${body}\n${readme.slice(b)}`;
}

/** A block's kept lines as the README has them now (without the fence and the command line). */
export function readBlock(readme: string, name: string): { shown: string | null; lines: string[] } | null {
  const m = new RegExp(`<!-- numbers:${name} -->\\n\`\`\`text\\n([\\s\\S]*?)\\n\`\`\`\\n<!-- /numbers:${name} -->`).exec(readme);
  if (!m) return null;
  const lines = m[1]!.split("\n");
  if (lines[0]?.startsWith("$ ")) return { shown: lines[0].slice(2), lines: lines.slice(1) };
  return { shown: null, lines };
}

function runBlock(block: Block): string[] {
  const [cmd, args, env] = block.run!;
  process.stderr.write(`… ${block.shown}\n`);
  const r = spawnSync(cmd, [...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${block.shown} failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
  const kept = block.keep(r.stdout.split("\n")).map(withoutHashes);
  if (kept.length === 0) throw new Error(`${block.shown} printed none of the lines the README keeps`);
  return kept;
}

function main(): number {
  const only = process.argv.includes("--only") ? new Set(process.argv[process.argv.indexOf("--only") + 1]!.split(",")) : null;
  if (!process.argv.includes("--skip-build")) {
    process.stderr.write("… npm run build\n");
    const b = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    if (b.status !== 0) return 1;
  }
  let readme = readFileSync(README, "utf8");
  const machine = `measured ${new Date().toISOString().slice(0, 10)} with node ${process.version} on ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the start`;
  // Where and when: for a full run only (a partial one keeps the other blocks' date).
  if (!only) readme = writeBlock(readme, "machine", "", [machine]);
  for (const block of BLOCKS) {
    if (!block.run || (only && !only.has(block.name))) continue;
    readme = writeBlock(readme, block.name, block.shown, runBlock(block));
    writeFileSync(README, readme); // each block as soon as it is measured
  }
  writeFileSync(README, readme);
  process.stderr.write("README.md: numbers rewritten\n");
  return 0;
}

if (require.main === module) {
  try {
    process.exit(main());
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
