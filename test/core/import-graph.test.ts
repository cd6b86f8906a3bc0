// The source has no import circle: a module never depends, through any chain of imports (type
// imports included), on itself. A circle makes load order matter and hides which module owns a
// rule; the core once had one (issues → messages → labels → format → model → issues). This reads
// the import statements of every file under src and searches the graph; no tool needed.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const srcDir = resolve(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [p] : [];
  });
}

/** Relative import and re-export specifiers of a file, static and dynamic. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*(?:\/\*.*?\*\/\s*)?["']([^"']+)["']\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? "",
  );
  return specs.filter((s) => s.startsWith("."));
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) if (existsSync(candidate)) return candidate;
  return null;
}

/** Every circle found by a depth-first search, each as the files around it. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe("imports", () => {
  const files = sourceFiles(srcDir);
  const graph = new Map(files.map((f) => [f, importsOf(f).map((s) => resolveImport(f, s)).filter((t): t is string => t !== null)]));

  it("are read from the source (a guard that sees nothing cannot fail)", () => {
    expect(files.length).toBeGreaterThan(50);
    const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
    expect(edges).toBeGreaterThan(files.length);
    // Every relative import resolves to a file, or this test would miss edges.
    for (const f of files) for (const s of importsOf(f)) expect([relative(srcDir, f), s, resolveImport(f, s) !== null]).toEqual([relative(srcDir, f), s, true]);
  });

  it("form no circle", () => {
    expect(circles(graph).map((c) => c.map((f) => relative(srcDir, f)).join(" → "))).toEqual([]);
  });

  it("the search finds a circle when there is one", () => {
    const g = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(circles(g)).toEqual([["a", "b", "c", "a"]]);
  });
});
