// What the browser benchmarks share: their arguments, the heavy six-year
// record (written by the native benchmark, examples/bench_record.rs), a
// median, and the release build served to headless Chromium.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { launch, startServer } from "../tests/e2e/helpers.mjs";

export function benchArgs(defaultRuns) {
  return { runs: Number(process.argv[2] || defaultRuns), slowdown: Number(process.argv[3] || 4) };
}

export function heavyRecord() {
  const file = "target/heavy-record.json";
  execFileSync("cargo", ["run", "-q", "--release", "--example", "bench_record", file], { stdio: "inherit" });
  return readFileSync(file, "utf8");
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchSession() {
  return { server: await startServer(), browser: await launch() };
}
