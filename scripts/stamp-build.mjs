#!/usr/bin/env node
// Trunk post_build hook (also runnable by hand on a built folder):
// stamps the real build output into the page and the service worker.
//   - the service worker's precache list: every file of the build but itself
//   - the build version: a hash of that content, names the cache and shows in Settings
//   - the Content-Security-Policy: the sha256 of each inline script Trunk wrote
//   - the public URL the app is hosted under (TRUNK_PUBLIC_URL)
//   - one pack per language (locale/<lang>-<hash>.json, read by src/i18n/pack.rs):
//     the catalogue of locales/<lang>.json in key order, and the check's
//     bank from assessments/ with only that language's texts and without the
//     questions' provenance; the page names them in <meta name="app-locales">
//   - the service worker, from public/sw.js, minified
//   - the wasm-bindgen JS glue, minified (Trunk minifies the page, CSS and
//     boot.js, not the glue): 57 -> 26 KB raw, -1.7 KiB brotli
// Re-running it on a changed build re-stamps everything (the e2e update test does).
import { createHash } from "node:crypto";
import { minify } from "terser";
import { localePacks } from "./locale-packs.mjs";
import { readFileSync, writeFileSync, readdirSync, statSync, mkdirSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("usage: stamp-build.mjs <build dir>   (or run as a Trunk hook)");
  process.exit(2);
}

const INDEX = "index.html";
const WORKER = "sw.js";
const LOCALE_DIR = "locale";
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();

function listFiles(root) {
  const out = [];
  for (const name of readdirSync(root)) {
    const full = join(root, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(relative(dir, full).split(sep).join("/"));
  }
  return out.sort();
}

// Any attribute order and quoting: a minified page has `<meta content=dev name=app-version>`.
const VERSION_META = /<meta\b[^>]*\bname="?app-version"?[^>]*>/;
const SCRIPT_SRC = /script-src 'self' 'wasm-unsafe-eval'[^;"]*/;

let index = readFileSync(join(dir, INDEX), "utf8");

// The glue is the module the page preloads; minified before the version is
// computed, so the version is of what is served. Property names are kept:
// the wasm imports its functions from the glue by name.
const preload = [...index.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((tag) => /\bmodulepreload\b/.test(tag));
const glue = preload?.match(/\bhref="?([^" >]+\.js)/)?.[1];
if (!glue) {
  console.error("stamp-build: no modulepreload link to the JS glue in index.html");
  process.exit(1);
}
// Minified once: terser does not give back its own output byte for byte, so
// minifying again on a re-stamp would change the version with nothing changed.
const MINIFIED = "/*minified*/";
const gluePath = join(dir, glue.split("/").pop());
const glueCode = readFileSync(gluePath, "utf8");
if (!glueCode.startsWith(MINIFIED)) {
  const minified = await minify(glueCode, { module: true, compress: true, mangle: true, format: { comments: false } });
  writeFileSync(gluePath, MINIFIED + minified.code);
}
// The packs. Rewritten at every run, so a re-stamp never keeps a stale one.
rmSync(join(dir, LOCALE_DIR), { recursive: true, force: true });
mkdirSync(join(dir, LOCALE_DIR));
const locales = localePacks(source).map(({ lang, pack }) => {
  const name = `${LOCALE_DIR}/${lang}-${createHash("sha256").update(pack).digest("hex").slice(0, 16)}.json`;
  writeFileSync(join(dir, name), pack);
  return [lang, name];
});
const LOCALES_META = /<meta\b[^>]*\bname="?app-locales"?[^>]*>/;
if (!LOCALES_META.test(index)) {
  console.error('stamp-build: no <meta name="app-locales"> in index.html');
  process.exit(1);
}
index = index.replace(LOCALES_META, `<meta name="app-locales" content="${locales.map(([lang, name]) => `${lang}=${name}`).join(" ")}">`);

const base = process.env.TRUNK_PUBLIC_URL || "/";
index = index.replaceAll("__APP_BASE__", base.endsWith("/") ? base : `${base}/`);

// The version must not depend on what this script writes, or re-stamping would change it.
const unstamped = index
  .replace(VERSION_META, '<meta name="app-version" content="dev">')
  .replace(SCRIPT_SRC, "script-src 'self' 'wasm-unsafe-eval' __CSP_SCRIPT_HASHES__");

// The version covers the packs; the worker precaches only the packs of the
// languages in use (sw.js), so they are not in its list.
const everyFile = listFiles(dir).filter((f) => f !== WORKER);
const files = everyFile.filter((f) => !f.startsWith(`${LOCALE_DIR}/`));
const versionHash = createHash("sha256");
for (const file of everyFile) {
  versionHash.update(file + "\0");
  versionHash.update(file === INDEX ? unstamped : readFileSync(join(dir, file)));
  versionHash.update("\0");
}
const version = versionHash.digest("hex").slice(0, 12);

const inlineScripts = [...unstamped.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .filter((body) => body.trim() !== "");
const hashes = inlineScripts.map((body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);

index = unstamped
  .replace("__CSP_SCRIPT_HASHES__", hashes.join(" "))
  .replace(VERSION_META, `<meta name="app-version" content="${version}">`)
  .replace(/ +;/g, ";");
if (index.includes("__CSP_SCRIPT_HASHES__") || index.includes("__APP_BASE__") || !index.includes(`content="${version}"`)) {
  console.error("stamp-build: a placeholder is left in index.html, or the version is not stamped");
  process.exit(1);
}
writeFileSync(join(dir, INDEX), index);

// From its source every time (the copy in the build is stamped and
// minified, so a re-stamp could not find its placeholders), then minified:
// its comments are most of it (6 -> 3 KB raw).
let worker = readFileSync(join(source, "public", WORKER), "utf8");
worker = worker
  .replace(/const VERSION = "[^"]*";/, `const VERSION = "${version}";`)
  .replace(/const PRECACHE = \[[^\]]*\];/, `const PRECACHE = ${JSON.stringify(files)};`)
  .replace(/const LOCALES = \{[^}]*\};/, `const LOCALES = ${JSON.stringify(Object.fromEntries(locales))};`);
if (!worker.includes(version) || files.length === 0 || !worker.includes(locales[0][1])) {
  console.error("stamp-build: could not stamp sw.js");
  process.exit(1);
}
worker = (await minify(worker, { compress: true, mangle: true, format: { comments: false } })).code;
if (!worker.includes(version)) {
  console.error("stamp-build: the minified sw.js lost its version");
  process.exit(1);
}
writeFileSync(join(dir, WORKER), worker);

console.log(`stamp-build: version ${version}, ${files.length} files precached, ${locales.length} locale packs, ${hashes.length} inline script hash(es)`);
