#!/usr/bin/env node
// Benchmark (not a test): a heavy six-year record in the release build, in
// headless Chromium with the CPU slowed 4x (a cheap phone). Prints medians of
// the app's own performance marks: loading the record at start-up, saving a
// change, and opening a child's page to its painted list.
//   node scripts/bench-record.mjs [runs=7] [cpu-slowdown=4]
import { appReady, openPage } from "../tests/e2e/helpers.mjs";
import { benchArgs, benchSession, heavyRecord, median } from "./bench-common.mjs";

const { runs, slowdown } = benchArgs(7);
const heavy = heavyRecord();
const { server, browser } = await benchSession();
const load = [];
const save = [];
const open = [];
for (let i = 0; i < runs; i++) {
  const { page, context } = await openPage(browser);
  await page.goto(server.url + "settings");
  await page.evaluate((json) => localStorage.setItem("sukusuku.record", json), heavy);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
  await page.goto(server.url + "record");
  await appReady(page);
  load.push(await page.evaluate(() => performance.getEntriesByName("sukusuku:record-load")[0].duration));

  const started = await page.evaluate(() => performance.now());
  await page.getByTestId("child-card").first().click();
  await page.getByTestId("measurement").first().waitFor();
  await page.locator("[data-testid=growth-chart] [data-testid=growth-dots]").waitFor({ state: "attached" });
  open.push((await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))))) - started);

  await page.getByTestId("add-note").click();
  await page.fill("#note-text", "bench");
  await page.getByTestId("form-save").click();
  await page.getByTestId("note").first().waitFor();
  save.push(await page.evaluate(() => performance.getEntriesByName("sukusuku:record-save").at(-1).duration));
  await context.close();
}
await browser.close();
await server.close();
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`browser, ${slowdown}x CPU slowdown, median of ${runs}:`);
console.log(`  load the heavy record at start-up: ${ms(median(load))}`);
console.log(`  save one change (check, encode, write, verify): ${ms(median(save))}`);
console.log(`  open a child's page until painted (tap to frame): ${ms(median(open))}`);
