#!/usr/bin/env node
// Benchmark (not a test): answering the development check in the release
// build, in headless Chromium with the CPU slowed 4x (a cheap phone), on the
// heavy six-year record (every tap saves the whole record). Prints medians of
// the time from a tap to the next frame painted: tapping an answer (its
// button shown as chosen) and tapping "next" (the next question shown).
//   node scripts/bench-check.mjs [runs=3] [cpu-slowdown=4]
import { appReady, openPage } from "../tests/e2e/helpers.mjs";
import { benchArgs, benchSession, heavyRecord, median } from "./bench-common.mjs";

const { runs, slowdown } = benchArgs(3);
const heavy = heavyRecord();
const { server, browser } = await benchSession();
const answer = [];
const next = [];
for (let i = 0; i < runs; i++) {
  const { page, context } = await openPage(browser);
  await page.goto(server.url + "settings");
  await page.evaluate((json) => localStorage.setItem("sukusuku.record", json), heavy);
  await page.goto(server.url + "check");
  await appReady(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
  await page.getByTestId("start-check").first().click();
  await page.getByTestId("check-question").waitFor();
  // From the tap (capture phase, before the app's handler) to the frame after
  // the app's update: the callback after requestAnimationFrame runs once painted.
  await page.evaluate(() => {
    window.taps = [];
    document.addEventListener("click", (event) => {
      const started = performance.now();
      const what = event.target.closest("[data-testid]")?.dataset.testid;
      requestAnimationFrame(() => setTimeout(() => window.taps.push([what, performance.now() - started]), 0));
    }, true);
  });
  while (!(await page.getByTestId("check-finish").isVisible())) {
    await page.getByTestId("answer-yes").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=answer-yes]").checked);
    const before = await page.getByTestId("check-question").getAttribute("data-question");
    await page.getByTestId("check-next").click();
    await page.waitForFunction((b) => document.querySelector("[data-testid=check-question]").dataset.question !== b, before);
  }
  await page.waitForTimeout(100);
  for (const [what, ms] of await page.evaluate(() => window.taps)) (what === "check-next" ? next : answer).push(ms);
  await context.close();
}
await browser.close();
await server.close();
console.log(`CPU ${slowdown}x, ${runs} runs, ${answer.length} answers and ${next.length} "next" taps on the heavy record`);
console.log(`tap an answer → painted: median ${median(answer).toFixed(1)} ms`);
console.log(`tap "next" → next question painted: median ${median(next).toFixed(1)} ms`);
