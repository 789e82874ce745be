#!/usr/bin/env node
// Speed gate: Lighthouse 12 with its mobile defaults (simulated slow 4G, 4x
// CPU slowdown, a phone's screen) against the release build served from
// 127.0.0.1 by scripts/serve.mjs, in Debian's Chromium, on a first visit
// (fresh profile, no service worker). Each page is measured several times and
// the medians are gated, because one simulated run moves with the machine's
// load. Exits 1 when a median misses a threshold.
//   node scripts/lighthouse.mjs [dist] [--runs 3] [--pages /,/check] [--json out.json]
//   node scripts/lighthouse.mjs dist --compare other-dist [--runs 7]
// With --compare, the two builds' runs are interleaved (so a busy spell of
// the machine falls on both) and both medians are printed; nothing is gated.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { writeFileSync } from "node:fs";
import { serve } from "./serve.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args.splice(at, 2)[1];
};
const runs = Number(option("--runs", 3));
const pages = option("--pages", "/,/check").split(",");
const jsonOut = option("--json", null);
const compareWith = option("--compare", null);
const dist = args[0] || "dist";

// The thresholds (performance score out of 100, times in ms).
const GATES = [
  { key: "score", label: "performance score", ok: (v) => v >= 95, limit: ">= 95" },
  { key: "lcp", label: "Largest Contentful Paint (ms)", ok: (v) => v <= 1500, limit: "<= 1500" },
  { key: "tbt", label: "Total Blocking Time (ms)", ok: (v) => v <= 100, limit: "<= 100" },
  { key: "cls", label: "Cumulative Layout Shift", ok: (v) => v <= 0.05, limit: "<= 0.05" },
];
// Reported, not gated: when the app itself can be used.
const INFO = [
  { key: "fcp", label: "First Contentful Paint (ms)" },
  { key: "si", label: "Speed Index (ms)" },
  { key: "tti", label: "Time to Interactive (ms)" },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measure(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id].numericValue;
    return {
      score: Math.round(lhr.categories.performance.score * 100),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
      fcp: audit("first-contentful-paint"),
      si: audit("speed-index"),
      tti: audit("interactive"),
      lcpElement: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? "",
    };
  } finally {
    await chrome.kill();
  }
}

const mid = (results, key) => median(results.map((r) => r[key]));

if (compareWith) {
  const builds = [dist, compareWith];
  const servers = await Promise.all(builds.map((dir) => serve(dir, { quiet: true })));
  try {
    for (const page of pages) {
      const results = builds.map(() => []);
      for (let i = 0; i < runs; i++) {
        for (const [at, server] of servers.entries()) {
          results[at].push(await measure(`http://127.0.0.1:${server.address().port}${page}`));
        }
      }
      for (const [at, dir] of builds.entries()) {
        const r = results[at];
        console.log(
          `${page} ${dir}: score ${mid(r, "score")}, LCP ${Math.round(mid(r, "lcp"))} ms, TBT ${Math.round(mid(r, "tbt"))} ms (runs ${r.map((x) => Math.round(x.tbt)).join(", ")}), CLS ${mid(r, "cls").toFixed(3)}`,
        );
      }
    }
  } finally {
    for (const server of servers) {
      server.closeAllConnections?.();
      server.close();
    }
  }
  process.exit(0);
}

const server = await serve(dist, { quiet: true });
const origin = `http://127.0.0.1:${server.address().port}`;
let failed = false;
const report = {};
try {
  for (const page of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await measure(origin + page));
    const med = Object.fromEntries([...GATES, ...INFO].map(({ key }) => [key, mid(results, key)]));
    report[page] = { median: med, runs: results };
    console.log(`lighthouse ${page} (median of ${runs}; runs: ${results.map((r) => r.score).join(", ")})`);
    for (const gate of GATES) {
      const value = med[gate.key];
      const pass = gate.ok(value);
      if (!pass) failed = true;
      const shown = gate.key === "cls" ? value.toFixed(3) : Math.round(value);
      console.log(`  ${pass ? "ok  " : "FAIL"} ${gate.label}: ${shown} (gate ${gate.limit}; runs ${results.map((r) => (gate.key === "cls" ? r[gate.key].toFixed(3) : Math.round(r[gate.key]))).join(", ")})`);
    }
    for (const info of INFO) console.log(`       ${info.label}: ${Math.round(med[info.key])}`);
    console.log(`       LCP element: ${results[0].lcpElement}`);
  }
} finally {
  server.closeAllConnections?.();
  server.close();
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
if (failed) {
  console.error("lighthouse: a median missed its gate (see FAIL above)");
  process.exit(1);
}
