// The manifest's ExecuteFunction names must be exactly what the function file registers with
// Office.actions.associate; otherwise the ribbon buttons do nothing in Excel.

import path from "node:path";
import { REPO, ln, xpath } from "./xmllint";

test("the function file registers exactly the manifest's ExecuteFunction names", async () => {
  const manifestNames = xpath(path.join(REPO, "manifest.xml"), `${ln("Action")}/*[local-name()='FunctionName']/text()`);
  expect(manifestNames).toEqual(["generateReport", "validateData"]);

  const registered = new Map<string, unknown>();
  const fakeOffice = {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "PC" };
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: { associate: (name: string, fn: unknown) => void registered.set(name, fn) },
    context: { displayLanguage: "ko-KR", requirements: { isSetSupported: () => true } },
  };
  const g = globalThis as unknown as { Office?: unknown };
  g.Office = fakeOffice;
  try {
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    delete g.Office;
  }
  expect([...registered.keys()].sort()).toEqual([...manifestNames].sort());
  for (const fn of registered.values()) expect(typeof fn).toBe("function");
});
