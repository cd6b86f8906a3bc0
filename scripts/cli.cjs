// `npm run cli` / `npm run demo`: runs the prebuilt CLI (build/cli/*.js). Builds it first when it
// is missing or older than a source file it is made from (a checkout or an edit since the last
// build), so the built code is never stale. Plain CommonJS: nothing to transpile at start.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const root = path.resolve(__dirname, "..");
const entry = process.argv[2] === "--demo" ? "demo" : "main";
if (entry === "demo") process.argv.splice(2, 1);
const built = path.join(root, "build", "cli", `${entry}.js`);

/** Newest modification time (ms) of the files under these folders. */
function newest(dirs) {
  let t = 0;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else t = Math.max(t, fs.statSync(p).mtimeMs);
    }
  };
  for (const d of dirs) if (fs.existsSync(d)) walk(d);
  return t;
}

const sources = ["cli", "core", "hosts/xlsx", "sample", "locales"].map((d) => path.join(root, "src", d));
const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
if (builtAt === 0 || newest(sources) > builtAt) {
  if (builtAt > 0) process.stderr.write("… CLI 소스가 바뀌어 다시 빌드합니다 (build/cli)\n");
  execFileSync(process.execPath, [path.join(root, "scripts", "build-cli.mjs")], { stdio: "inherit" });
}
// `help` (or no command) needs only the usage text: no need to load the whole CLI.
const first = process.argv[2];
if (entry === "main" && process.argv.length <= 3 && (first === undefined || first === "help" || first === "--help" || first === "-h")) {
  process.stdout.write(`${require(path.join(root, "build", "cli", "usage.js")).USAGE}\n`);
} else {
  require(built);
}
