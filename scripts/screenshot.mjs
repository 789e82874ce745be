#!/usr/bin/env node
// Screenshots of the release build at phone size, to look at what users see.
//   node scripts/screenshot.mjs [out-dir=target/screenshots] [width=390] [height=844]
import { mkdirSync } from "node:fs";
import { addChild, appReady, dateBefore, launch, openPage, startServer } from "../tests/e2e/helpers.mjs";

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
  if (lang === "en") await page.getByTestId("lang-toggle").click();
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
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
