// A small static file server for the production build (dist/), used by the start-up timing script
// and the browser tests. It serves files under one root directory only: paths are decoded,
// resolved and refused unless they stay inside the root (no "..", no encoded separators, no
// symlinks out of the root, no NUL bytes). GET and HEAD only. Binds to 127.0.0.1 by default.

import { createReadStream, promises as fs } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. "http://127.0.0.1:41234". */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Directory to serve; nothing outside it is ever read. */
  readonly root: string;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: any free port. */
  readonly port?: number;
  /** Extra response headers on every file (e.g. a CSP header for a test). */
  readonly headers?: Readonly<Record<string, string>>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".woff2": "font/woff2",
};

/**
 * Maps a request path to a file path inside root, or null when the request must be refused.
 * Pure apart from nothing: no file system access, so it can be tested on its own.
 */
export function resolveRequestPath(root: string, requestUrl: string): string | null {
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? "";
  if (!rawPath.startsWith("/")) return null;
  // Encoded separators and dots would let a path segment smuggle "../": refuse them outright.
  if (/%2f|%5c|%00/i.test(rawPath) || rawPath.includes("\\")) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const segments = decoded.split("/");
  if (segments.some((s) => s === ".." || s === ".")) return null;
  const relative = decoded.endsWith("/") ? `${decoded}index.html` : decoded;
  const absRoot = path.resolve(root);
  const file = path.resolve(absRoot, `.${relative}`);
  const rel = path.relative(absRoot, file);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return null;
  return file;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

async function handle(realRoot: string, options: StaticServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    send(res, 405, "Method Not Allowed");
    return;
  }
  const file = resolveRequestPath(realRoot, req.url ?? "/");
  if (file === null) {
    send(res, 403, "Forbidden");
    return;
  }
  let real: string;
  let size: number;
  try {
    real = await fs.realpath(file);
    const stat = await fs.stat(real);
    if (!stat.isFile()) throw new Error("not a file");
    size = stat.size;
  } catch {
    send(res, 404, "Not Found");
    return;
  }
  // A symlink inside the root may still point outside it.
  const rel = path.relative(realRoot, real);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    send(res, 403, "Forbidden");
    return;
  }
  res.writeHead(200, {
    "Content-Type": CONTENT_TYPES[path.extname(real).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": size,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...options.headers,
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(real).pipe(res);
}

/** Starts serving `root`; resolves once listening. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const realRoot = await fs.realpath(options.root);
  const host = options.host ?? "127.0.0.1";
  const server: Server = createServer((req, res) => {
    handle(realRoot, options, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, "Internal Server Error");
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

// CLI: npx tsx scripts/static-server.ts [root=dist] [port=8080]
if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? "dist");
  const port = Number(process.argv[3] ?? 8080);
  startStaticServer({ root, port }).then(
    (s) => console.log(`Serving ${root} at ${s.url}/taskpane.html (Ctrl+C to stop)`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
