#!/usr/bin/env node
// Serves a built folder on 127.0.0.1 the way a real static host should:
// brotli/gzip compression, the single page for unknown navigations, revalidation
// for the page and the service worker, long caching for hashed files, and the
// security headers documented in docs/hosting.md.
//   node scripts/serve.mjs [dir=dist] [--port 8080] [--base /city/app/] [--frame-ancestors "'self' https://city.example"]
// The e2e tests import serve() from here, so they test the same headers hosts are told to send.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".txt"]);
// Trunk writes its hashes without leading zeros: up to 16 hex digits.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|css|wasm|json)$/;

// The page carries its own CSP in a <meta>; frame-ancestors only works as a header.
export function securityHeaders(frameAncestors = "'self'") {
  return {
    "Content-Security-Policy": `frame-ancestors ${frameAncestors}`,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  };
}

/** Starts serving `dir`; resolves to the listening server once it accepts connections. */
export function serve(dir, { port = 0, frameAncestors = "'self'", quiet = false, base = "/" } = {}) {
const root = resolve(dir);
const prefix = base.endsWith("/") ? base : `${base}/`;
const SECURITY_HEADERS = securityHeaders(frameAncestors);
const compressed = new Map();
function encode(path, body, encoding) {
  // By content: a file changed while serving (a test's copy) is not served stale.
  const key = `${path}\0${encoding}\0${createHash("sha1").update(body).digest("hex")}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === "br"
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return compressed.get(key);
}

async function fileFor(urlPath) {
  const decoded = decodeURIComponent(urlPath.split("?")[0]);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) return fileFor(join(decoded, "index.html"));
  } catch {
    return null;
  }
  return null;
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const url = new URL(req.url, "http://localhost");
    // Hosted under a sub-path: only addresses below it belong to the app.
    const inside = url.pathname === prefix.slice(0, -1) || url.pathname.startsWith(prefix);
    const relativePath = inside ? "/" + url.pathname.slice(prefix.length) : null;
    let path = relativePath === null ? null : await fileFor(relativePath);
    // An unknown path without an extension is a route of the single-page app.
    if (!path && inside && !extname(url.pathname)) path = join(root, "index.html");
    if (!path) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...SECURITY_HEADERS }).end("Not found");
      return;
    }
    const ext = extname(path);
    const body = await readFile(path);
    const headers = {
      "Content-Type": TYPES[ext] || "application/octet-stream",
      "Cache-Control": HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
      Vary: "Accept-Encoding",
      ...SECURITY_HEADERS,
    };
    let out = body;
    const accepts = String(req.headers["accept-encoding"] || "");
    if (COMPRESSIBLE.has(ext)) {
      const encoding = /\bbr\b/.test(accepts) ? "br" : /\bgzip\b/.test(accepts) ? "gzip" : null;
      if (encoding) {
        out = encode(path, body, encoding);
        headers["Content-Encoding"] = encoding;
      }
    }
    headers["Content-Length"] = out.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : out);
  } catch (error) {
    res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Server error");
    console.error(error);
  }
});

return new Promise((done, fail) => {
  server.once("error", fail);
  server.listen(port, "127.0.0.1", () => {
    if (!quiet) console.log(`Serving ${root} at http://127.0.0.1:${server.address().port}${prefix}`);
    done(server);
  });
});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : args.splice(at, 2)[1];
  };
  const port = Number(option("--port", process.env.PORT || 8080));
  const frameAncestors = option("--frame-ancestors", "'self'");
  const base = option("--base", "/");
  const server = await serve(args[0] || "dist", { port, frameAncestors, base });
  console.log("Press Ctrl+C to stop.");
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
}
