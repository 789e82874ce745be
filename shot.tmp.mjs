import { chromium } from "playwright-core";
const [url, out, locale = "ja-JP", w = "390"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
const page = await browser.newPage({ viewport: { width: Number(w), height: 844 }, locale });
await page.goto(url);
await page.waitForSelector("#boot", { state: "detached" });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
