#!/usr/bin/env node
// Prints the raw, gzip and brotli size of every file a first visit downloads
// (the page, what it loads, and everything the service worker precaches),
// and fails when the brotli total is over the budget. Of the language packs
// (locale/) a first visit downloads one, its language's: the largest counts.
//   node scripts/size.mjs [dir=dist] [--budget-kib 120] [--json out.json]
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const take = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const budgetKiB = Number(take("--budget-kib") ?? 120);
const jsonOut = take("--json");
const dir = args[0] || "dist";

const list = (root) =>
  readdirSync(root).flatMap((name) => {
    const full = join(root, name);
    return statSync(full).isDirectory() ? list(full) : [full];
  });

// Images are already compressed; hosts send them as they are.
const INCOMPRESSIBLE = /\.(png|jpe?g|webp|ico)$/;
const rows = list(dir)
  .map((full) => {
    const body = readFileSync(full);
    const name = relative(dir, full).split(sep).join("/");
    if (INCOMPRESSIBLE.test(name)) return { name, raw: body.length, gzip: body.length, brotli: body.length };
    return {
      name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  })
  .sort((a, b) => b.brotli - a.brotli);

// Every pack but the largest is left out of the total, and listed as such.
const PACK = /^locale\//;
const packs = rows.filter((r) => PACK.test(r.name));
const counted = rows.filter((r) => !PACK.test(r.name) || r === packs[0]);
const total = counted.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kib = (n) => (n / 1024).toFixed(1).padStart(8);
const width = Math.max(5, ...rows.map((r) => r.name.length));
console.log(`${"file".padEnd(width)}  ${"raw KiB".padStart(8)}  ${"gzip KiB".padStart(8)}  ${"br KiB".padStart(8)}`);
for (const r of rows) {
  const note = counted.includes(r) ? "" : "  (another language's pack: not downloaded on a first visit)";
  console.log(`${r.name.padEnd(width)}  ${kib(r.raw)}  ${kib(r.gzip)}  ${kib(r.brotli)}${note}`);
}
console.log(`${"total".padEnd(width)}  ${kib(total.raw)}  ${kib(total.gzip)}  ${kib(total.brotli)}`);
console.log(`first-visit brotli total: ${(total.brotli / 1024).toFixed(1)} KiB (budget ${budgetKiB} KiB)`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ files: counted, otherPacks: rows.filter((r) => !counted.includes(r)), total, budgetKiB }, null, 2));
if (total.brotli > budgetKiB * 1024) {
  console.error(`size: over budget by ${((total.brotli - budgetKiB * 1024) / 1024).toFixed(1)} KiB`);
  process.exit(1);
}
