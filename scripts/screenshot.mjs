#!/usr/bin/env node
// Screenshots of the release build at phone size, to look at what users see.
//   node scripts/screenshot.mjs [out-dir=target/screenshots] [width=390] [height=844]
import { mkdirSync } from "node:fs";
import { addChild, addDays, addMeasurement, appReady, dateBefore, launch, openPage, startServer, switchLanguage } from "../tests/e2e/helpers.mjs";

const out = process.argv[2] || "target/screenshots";
const width = Number(process.argv[3] || 390);
const height = Number(process.argv[4] || 844);
mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await launch();
for (const lang of ["ja", "en"]) {
  const { page, context, errors } = await openPage(browser, { viewport: { width, height } });
  await page.goto(server.url);
  await appReady(page);
  if (lang === "en") await switchLanguage(page, "en");
  for (const route of ["", "record", "check", "consult", "settings"]) {
    await page.goto(server.url + route);
    await appReady(page);
    await page.screenshot({ path: `${out}/${lang}-${route || "home"}-${width}.png`, fullPage: true });
  }
  // The check with a child of 18 months: a question, then a mixed result.
  await addChild(page, server.url, { name: lang === "ja" ? "そら" : "Sora", birth: dateBefore(18, 5) });
  await page.goto(server.url + "check");
  await appReady(page);
  await page.screenshot({ path: `${out}/${lang}-check-child-${width}.png`, fullPage: true });
  await page.getByTestId("start-check").click();
  await page.getByTestId("check-question").waitFor();
  await page.screenshot({ path: `${out}/${lang}-check-question-${width}.png`, fullPage: true });
  const picks = ["yes", "sometimes", "not-yet", "yes"];
  for (let n = 0; !(await page.getByTestId("check-finish").isVisible()); n++) {
    await page.getByTestId(`answer-${picks[n % picks.length]}`).click();
    await page.getByTestId("check-next").click();
  }
  await page.getByTestId("answer-yes").click();
  await page.getByTestId("check-finish").click();
  await page.getByTestId("result-domain").first().waitFor();
  await page.screenshot({ path: `${out}/${lang}-check-result-${width}.png`, fullPage: true });
  if (errors.length) console.error(errors);
  await context.close();
  await growthShots(lang);
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);

// A child's page with measurements, a growth note, a dose and the chart in
// each measure and span, on a fresh record in `lang`.
async function growthShots(lang) {
  const { page, context, errors } = await openPage(browser, { viewport: { width, height } });
  await page.goto(server.url);
  await appReady(page);
  if (lang === "en") await switchLanguage(page, "en");
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
  await page.getByTestId("growth-table-toggle").click();
  await page.locator("section.growth").screenshot({ path: `${out}/${lang}-growth-section-${width}.png` });
  if (errors.length) console.error(errors);
  await context.close();
}
