#!/usr/bin/env node
// Phone-size screenshots of a child's page with the growth chart, the
// vaccinations and the checkups, in both languages, to look at them.
//   node scripts/screenshot-growth.mjs [out-dir=/tmp/growth-shots] [width=390] [height=844]
import { mkdirSync } from "node:fs";
import { addChild, addDays, addMeasurement, appReady, dateBefore, launch, openPage, startServer } from "../tests/e2e/helpers.mjs";

const out = process.argv[2] || "/tmp/growth-shots";
const width = Number(process.argv[3] || 390);
const height = Number(process.argv[4] || 844);
mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await launch();
for (const lang of ["ja", "en"]) {
  const { page, context, errors } = await openPage(browser, { viewport: { width, height } });
  await page.goto(server.url);
  await appReady(page);
  if (lang === "en") await page.getByTestId("lang-toggle").click();
  const birth = dateBefore(10, 3);
  await addChild(page, server.url, { name: lang === "ja" ? "ゆい" : "Yui", birth, sex: "female", weeks: "35" });
  const values = [
    [0, "2.6", "46.0", "32.0"],
    [30, "3.7", "51.5", "35.5"],
    [95, "5.5", "58.0", "39.0"],
    [190, "6.9", "64.0", "41.5"],
    [280, "6.8", "66.5", "42.5"],
    [300, "6.0", "", ""], // below the 3rd centile: the calm note shows
  ];
  for (const [days, weight, length, head] of values) {
    await addMeasurement(page, { date: addDays(birth, days), weight, length, head });
  }
  const dose = page.locator('[data-testid=vaccine-dose][data-vaccine=hepb][data-dose="1"]');
  await dose.getByTestId("record-dose").click();
  await page.fill("#dose-date", addDays(birth, 62));
  await page.fill("#dose-lot", "AB12");
  await page.getByTestId("form-save").click();
  await dose.locator("[data-state=done]").or(page.locator('[data-vaccine=hepb][data-dose="1"][data-state=done]')).first().waitFor();
  await page.screenshot({ path: `${out}/${lang}-child-${width}.png`, fullPage: true });
  await page.getByTestId("measurement").first().screenshot({ path: `${out}/${lang}-growth-note-${width}.png` });
  // The long page in screen-sized parts, readable one at a time.
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, k = 0; y < total; y += height, k++) {
    const clip = { x: 0, y, width, height: Math.min(height, total - y) };
    await page.screenshot({ path: `${out}/${lang}-child-${width}-part${k}.png`, fullPage: true, clip });
  }
  await page.getByTestId("growth-chart").screenshot({ path: `${out}/${lang}-chart-weight-${width}.png` });
  for (const measure of ["length", "head"]) {
    await page.locator(`[data-testid=growth-measure][data-measure=${measure}]`).click();
    await page.locator(`[data-testid=growth-chart][data-measure=${measure}]`).waitFor();
    await page.getByTestId("growth-chart").screenshot({ path: `${out}/${lang}-chart-${measure}-${width}.png` });
  }
  await page.getByTestId("growth-span").nth(1).click();
  await page.getByTestId("growth-chart").screenshot({ path: `${out}/${lang}-chart-head-5y-${width}.png` });
  await page.locator(".growth-table-details > summary").click();
  await page.locator("section.growth").screenshot({ path: `${out}/${lang}-growth-section-${width}.png` });
  if (errors.length) console.error(errors);
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
