// The old-webview check (src/taskpane/compat-check.js): plain ES5, loaded by its own script tag before
// everything else, and on a browser control without ES2020 (Office 2016/2019's Internet Explorer or
// EdgeHTML) it shows the Korean/English "update Office" message instead of a blank pane.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Linter } from "eslint";
import { JSDOM } from "jsdom";
import { isOutdatedWebview } from "../../src/taskpane/bootstrap";

const ROOT = path.resolve(__dirname, "../..");
const CHECK = readFileSync(path.join(ROOT, "src/taskpane/compat-check.js"), "utf8");
const HTML = readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");

type Win = Window & typeof globalThis & { eval(src: string): void };

/** The task pane's page in jsdom (no script of it runs by itself), with `remove` taking features away. */
async function page(remove: (w: Win) => void = () => undefined): Promise<{ w: Win; doc: Document }> {
  const dom = new JSDOM(HTML, { runScripts: "outside-only", url: "https://localhost:3000/taskpane.html" });
  const w = dom.window as unknown as Win;
  remove(w);
  w.eval(CHECK);
  await new Promise((r) => setTimeout(r, 0)); // DOMContentLoaded
  return { w, doc: w.document };
}

describe("compat-check.js", () => {
  it("is ES5, so that Internet Explorer 11 can parse it", () => {
    const messages = new Linter().verify(CHECK, { languageOptions: { ecmaVersion: 5, sourceType: "script" } });
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });

  it("is the first script of taskpane.html, and the page has no inline script (the CSP forbids it)", () => {
    const scripts = [...HTML.matchAll(/<script\b([^>]*)>/g)].map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1] ?? "INLINE");
    expect(scripts[0]).toBe("compat-check.js");
    expect(scripts).not.toContain("INLINE");
  });

  it("leaves a modern browser alone", async () => {
    const { doc } = await page();
    expect(doc.getElementById("root")!.textContent).toBe("불러오는 중… (Loading…)");
    expect(isOutdatedWebview(doc)).toBe(false);
  });

  it.each<[string, (w: Win) => void]>([
    ["BigInt", (w) => void Object.assign(w, { BigInt: undefined })],
    ["Promise.allSettled", (w) => void Object.assign(w.Promise, { allSettled: undefined })],
    ["globalThis", (w) => void Object.assign(w, { globalThis: undefined })],
    ["String.prototype.matchAll", (w) => void Object.assign(w.String.prototype, { matchAll: undefined })],
  ])("without %s shows the update message in Korean and English, and the pane does not start", async (_feature, remove) => {
    const { doc } = await page(remove);
    const root = doc.getElementById("root")!;
    expect(root.querySelector("[role=alert]")).not.toBeNull();
    expect(root.textContent).toContain("이 Office 버전에서는 추가 기능을 열 수 없습니다.");
    expect(root.textContent).toContain("Microsoft 365 또는 Excel 2021 이상");
    expect(root.textContent).toContain("Please update Office");
    expect(root.textContent).not.toContain("불러오는 중");
    expect(isOutdatedWebview(doc)).toBe(true);
  });

  it("shows the same message when one of the pane's scripts fails to parse before the pane started", async () => {
    const { w, doc } = await page();
    const fail = (filename: string) => w.dispatchEvent(new w.ErrorEvent("error", { error: new w.SyntaxError("Unexpected token '?'"), filename }));
    fail("https://cdn.example.com/other.js"); // not ours: ignored
    expect(isOutdatedWebview(doc)).toBe(false);
    doc.body.setAttribute("data-mode", "excel");
    fail("https://localhost:3000/taskpane.1234abcd.js"); // ours, but the pane runs: ignored
    expect(isOutdatedWebview(doc)).toBe(false);
    doc.body.removeAttribute("data-mode");
    fail("https://localhost:3000/taskpane.1234abcd.js");
    expect(isOutdatedWebview(doc)).toBe(true);
    expect(doc.getElementById("root")!.textContent).toContain("Please update Office");
  });
});
