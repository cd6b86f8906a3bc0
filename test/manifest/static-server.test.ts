// The static server used by the browser tests and the start-up timing: serves its root, and
// nothing outside it, whatever the request path looks like.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import os from "node:os";
import path from "node:path";
import { resolveRequestPath, startStaticServer, type StaticServer } from "../../scripts/static-server";

let base: string;
let root: string;
let server: StaticServer;

beforeAll(async () => {
  base = mkdtempSync(path.join(os.tmpdir(), "static-server-"));
  root = path.join(base, "dist");
  mkdirSync(path.join(root, "assets"), { recursive: true });
  writeFileSync(path.join(root, "taskpane.html"), "<!doctype html><p>pane</p>");
  writeFileSync(path.join(root, "assets", "icon-16.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(path.join(root, "main.js"), "console.log(1)");
  writeFileSync(path.join(base, "secret.txt"), "SECRET");
  mkdirSync(path.join(base, "dist-other"));
  writeFileSync(path.join(base, "dist-other", "x.txt"), "SECRET");
  symlinkSync(path.join(base, "secret.txt"), path.join(root, "link.txt"));
  server = await startStaticServer({ root });
});

afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

/** Raw request (no client-side path normalisation, unlike fetch). */
function get(rawPath: string, method = "GET"): Promise<{ status: number; body: string; type: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, path: rawPath, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, type: res.headers["content-type"] }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("listens on 127.0.0.1 only", () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

test.each([
  ["/taskpane.html", 200, "text/html; charset=utf-8", "<!doctype html><p>pane</p>"],
  ["/taskpane.html?x=1#y", 200, "text/html; charset=utf-8", "<!doctype html><p>pane</p>"],
  ["/main.js", 200, "text/javascript; charset=utf-8", "console.log(1)"],
  ["/assets/icon-16.png", 200, "image/png", undefined],
  ["/missing.js", 404, "text/plain; charset=utf-8", "Not Found"],
  ["/assets", 404, "text/plain; charset=utf-8", "Not Found"],
])("GET %s → %i", async (p, status, type, body) => {
  const r = await get(p);
  expect(r.status).toBe(status);
  expect(r.type).toBe(type);
  if (body !== undefined) expect(r.body).toBe(body);
});

test.each([
  "/../secret.txt",
  "/assets/../../secret.txt",
  "/%2e%2e/secret.txt",
  "/..%2fsecret.txt",
  "/..%5csecret.txt",
  "/%2e%2e%2fsecret.txt",
  "/assets/%2e%2e/%2e%2e/secret.txt",
  "/../dist-other/x.txt",
  "/..\\secret.txt",
  "/taskpane.html%00.png",
  "/link.txt",
  "/%E0%A4%A",
])("refuses %s", async (p) => {
  const r = await get(p);
  expect([403, 404]).toContain(r.status);
  expect(r.body).not.toContain("SECRET");
});

test("GET and HEAD only", async () => {
  expect((await get("/taskpane.html", "POST")).status).toBe(405);
  const head = await get("/taskpane.html", "HEAD");
  expect(head.status).toBe(200);
  expect(head.body).toBe("");
});

test.each([
  ["/a.js", "/srv/dist/a.js"],
  ["/assets/x.png", "/srv/dist/assets/x.png"],
  ["/dir/", "/srv/dist/dir/index.html"],
  ["/", "/srv/dist/index.html"],
  ["/%ED%95%9C.txt", "/srv/dist/한.txt"],
  ["//a.js", "/srv/dist/a.js"],
  ["/../dist/a.js", null],
  ["/./a.js", null],
  ["a.js", null],
  ["/%2e%2e/x", null],
  ["/%2Fetc/passwd", null],
])("resolveRequestPath(%j) = %j", (url, expected) => {
  expect(resolveRequestPath("/srv/dist", url)).toBe(expected);
});
