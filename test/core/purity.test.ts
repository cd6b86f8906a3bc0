// src/core must stay pure: no Office, DOM, React, Node or host imports, so that everything it
// decides can be tested without a host and reused by every host.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const coreDir = join(__dirname, "..", "..", "src", "core");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const allowedPackages = new Set(["zod"]);
const forbiddenGlobals = /\b(Office|Excel|window|document|process|require|Buffer|navigator|localStorage)\s*[.(]/;

describe("src/core is pure", () => {
  const files = tsFiles(coreDir);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(coreDir, f), f]))("%s imports only core modules and zod", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const specifiers = [...text.matchAll(/(?:import|export)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
      (m) => m[1] ?? m[2] ?? "",
    );
    for (const spec of specifiers) {
      if (spec.startsWith(".")) {
        const target = join(file, "..", spec);
        expect(relative(coreDir, target).startsWith("..")).toBe(false);
      } else {
        expect(allowedPackages.has(spec.split("/")[0] ?? "")).toBe(true);
      }
    }
  });

  it.each(files.map((f) => [relative(coreDir, f), f]))("%s touches no host globals", (_name, file) => {
    const code = readFileSync(file, "utf8")
      .replace(/\/\/.*$/gm, "")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      // Messages mention Excel by name; only code outside string literals counts.
      .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
    expect(code).not.toMatch(forbiddenGlobals);
  });
});
