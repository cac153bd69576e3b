/**
 * A tiny static server for the built site, answering as a production host would: gzip, and the
 * headers of dist/_headers (security policy, cache rules). For the Lighthouse audit and for looking
 * at the site with its real headers; `astro preview` sends neither.
 *
 *   node --experimental-strip-types scripts/serve.ts [distDir] [--port 4322]
 *
 * Listens on 127.0.0.1 only. Runs under Node 22 type stripping: erasable TypeScript only.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { headersFor, parseHeadersFile } from "../src/domain/security/headers.ts";
import type { HeaderRule } from "../src/domain/security/headers.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".bin": "application/octet-stream",
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

export interface StaticServer {
  /** Origin, e.g. "http://127.0.0.1:40123". */
  url: string;
  close(): Promise<void>;
}

type Answer = { status: number; body: Buffer; type: string; location?: string };

/** What the host answers for a URL path: the file, a redirect to the directory's slash, or 404. */
function answer(root: string, urlPath: string): Answer {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    path = "/";
  }
  const full = resolve(root, "." + path);
  if (full !== root && !full.startsWith(root + sep)) return notFound(root);
  if (existsSync(full) && statSync(full).isDirectory()) {
    if (!path.endsWith("/")) return { status: 301, body: Buffer.alloc(0), type: "text/plain", location: `${urlPath}/` };
    const index = join(full, "index.html");
    if (existsSync(index)) return { status: 200, body: readFileSync(index), type: TYPES[".html"]! };
    return notFound(root);
  }
  if (existsSync(full)) return { status: 200, body: readFileSync(full), type: TYPES[extname(full)] ?? "application/octet-stream" };
  return notFound(root);
}

function notFound(root: string): Answer {
  const page = join(root, "404.html");
  return existsSync(page)
    ? { status: 404, body: readFileSync(page), type: TYPES[".html"]! }
    : { status: 404, body: Buffer.from("Not found"), type: "text/plain" };
}

export function serveDist(distDir: string, port = 0): Promise<StaticServer> {
  const root = resolve(distDir);
  const headersFile = join(root, "_headers");
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];
  const gzipped = new Map<string, Buffer>();

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const a = answer(root, url.pathname);
    // A 404 page is not the address's own content: only the rules for every path apply to it.
    for (const [name, value] of headersFor(rules, a.status === 404 ? "/.404" : url.pathname)) res.setHeader(name, value);
    res.setHeader("Content-Type", a.type);
    if (a.location) res.setHeader("Location", a.location);
    let body = a.body;
    if (COMPRESSIBLE.test(a.type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && body.length > 0) {
      const key = `${a.status} ${url.pathname}`;
      body = gzipped.get(key) ?? gzipSync(body);
      gzipped.set(key, body);
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Vary", "Accept-Encoding");
    }
    res.setHeader("Content-Length", body.length);
    res.writeHead(a.status);
    res.end(req.method === "HEAD" ? undefined : body);
  });

  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as AddressInfo;
      ok({
        url: `http://127.0.0.1:${bound}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf("--port");
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 4322;
  const dist = args.find((a, i) => !a.startsWith("--") && i !== portAt + 1) ?? "dist";
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`serve: no built site at ${resolve(dist)}: run \`npm run build\` first`);
    process.exitCode = 2;
  } else {
    const { url } = await serveDist(dist, port);
    console.log(`serving ${resolve(dist)} on ${url}/ (gzip, _headers); Ctrl+C stops`);
  }
}
