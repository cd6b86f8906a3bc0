// The two HTML pages the manifest points at: Korean, office.js from Microsoft's CDN in <head> (the task
// pane runs its old-webview check just before it), and a Content-Security-Policy that allows only the
// add-in's own origin and that CDN, with no eval.

import { readFileSync } from "node:fs";
import path from "node:path";

const REPO = path.resolve(__dirname, "../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PAGES = ["src/taskpane/taskpane.html", "src/commands/commands.html"] as const;
/** The scripts each template has: the task pane first runs the old-webview check (ES5, same origin). */
const TEMPLATE_SCRIPTS: Record<(typeof PAGES)[number], string[]> = {
  "src/taskpane/taskpane.html": [' src="compat-check.js"', ` src="${OFFICE_JS}"`],
  "src/commands/commands.html": [` src="${OFFICE_JS}"`],
};

function csp(html: string): Map<string, string[]> {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!m) throw new Error("no CSP meta element");
  return new Map(
    m[1]!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== "")
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe.each(PAGES)("%s", (page) => {
  const html = readFileSync(path.join(REPO, page), "utf8");
  const head = html.slice(0, html.indexOf("</head>"));
  const policy = csp(html);

  test("Korean document", () => {
    expect(html).toMatch(/<html lang="ko">/);
    expect(html).toMatch(/<meta charset="UTF-8"/i);
  });

  test("CSP comes before any script, and office.js is the only other origin's script in the template", () => {
    const cspAt = head.search(/http-equiv="Content-Security-Policy"/);
    const scripts = [...head.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    expect(cspAt).toBeGreaterThan(0);
    expect(cspAt).toBeLessThan(head.indexOf("<script"));
    // The bundles are injected by HtmlWebpackPlugin as deferred same-origin scripts.
    expect(scripts).toEqual(TEMPLATE_SCRIPTS[page]);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  });

  test("only the own origin and the office.js CDN; no eval, no inline script", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("connect-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    // Fluent UI's Griffel injects <style> elements at run time (see the page's comment).
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("*");
    expect(all.filter((s) => /^https?:/.test(s) && s !== "https://appsforoffice.microsoft.com")).toEqual([]);
  });
});

test("the task pane has the #root element the app mounts on", () => {
  expect(readFileSync(path.join(REPO, PAGES[0]), "utf8")).toMatch(/<div id="root">/);
});
