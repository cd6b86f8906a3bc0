// webpack.config.js without running webpack: entries, no eval-based source maps in any mode, no
// ExcelJS, the pages from the CSP templates, and ADDIN_URL checked before building.

import path from "node:path";
import type { Configuration } from "webpack";

const makeConfig = require("../../webpack.config.js") as (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

const saved = process.env.ADDIN_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = saved;
});

describe.each(["production", "development"])("%s build", (mode) => {
  let config: Configuration;
  beforeAll(async () => {
    process.env.ADDIN_URL = "https://reports.example.org/addin";
    config = await makeConfig({}, { mode });
  });

  test("entries: the task pane and the function file", () => {
    expect(config.entry).toEqual({ taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" });
    expect(config.output?.path).toBe(path.resolve(__dirname, "../../dist"));
  });

  test("no eval-based devtool (the CSP has no 'unsafe-eval')", () => {
    expect(String(config.devtool)).not.toMatch(/eval/);
  });

  test("no group pulls the xlsx code (the worker's) into a start-up chunk; ExcelJS is not bundled", () => {
    const groups = (config.optimization?.splitChunks as { cacheGroups: Record<string, { test?: RegExp; chunks?: string }> }).cacheGroups;
    expect(groups.exceljs).toBeUndefined();
    for (const g of Object.values(groups).filter((x) => x.chunks === "initial")) {
      expect(g.test?.test(path.join(path.sep, "repo", "node_modules", "fflate", "esm", "browser.js"))).toBe(false);
    }
  });

  test("pages come from the templates with the CSP", () => {
    const pages = (config.plugins ?? [])
      .filter((p) => p?.constructor?.name === "HtmlWebpackPlugin")
      .map((p) => {
        const o = (p as unknown as { userOptions: { filename: string; template: string; chunks: string[] } }).userOptions;
        return [o.filename, o.template, o.chunks];
      });
    expect(pages).toEqual([
      ["taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"]],
      ["commands.html", "./src/commands/commands.html", ["commands"]],
    ]);
  });
});

test("an invalid ADDIN_URL stops the build before it starts", async () => {
  process.env.ADDIN_URL = "http://reports.example.org";
  await expect(makeConfig({}, { mode: "production" })).rejects.toThrow(/https/);
});
