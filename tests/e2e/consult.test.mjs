// The consultation hand-off in the release build: the municipality's
// channels in Japan time, the exact text shared, a broken configuration,
// and the app inside a municipality's iframe.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { appReady, controlledBySw, copyOfBuild, openPage, session, startServer, switchLanguage } from "./helpers.mjs";

const app = session();

describe("consultation card", () => {
  it("orders channels by Japan time on a phone set to New York, and each link carries exactly the previewed text", async () => {
    // A real municipality's file: the demonstration's desks get no links.
    const real = copyOfBuild();
    const file = join(real, "municipalities", "demo.json");
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), demo: false }));
    const own = await startServer(real);
    const { page: p, context: ny, errors } = await openPage(app.browser, { timezoneId: "America/New_York" });
    // Tuesday 24 Nov 2026 10:00 in Japan = Monday 20:00 in New York.
    await p.clock.setFixedTime(new Date("2026-11-24T01:00:00Z"));
    await p.goto(own.url + "consult");
    await appReady(p);
    const card = p.getByTestId("consult-card");
    await card.getByTestId("consult-channel").first().waitFor();
    const first = card.getByTestId("consult-channel").first();
    assert.equal(await first.getAttribute("data-open"), "true");
    assert.match(await first.getByTestId("channel-hours").textContent(), /受付中・17:15まで/);
    assert.match(await p.getByTestId("city-name").textContent(), /デモ市/);

    await p.fill("#share-note", "ことばが少ない気がして心配です & <相談>");
    const preview = (await p.getByTestId("share-preview").textContent()).trim();
    assert.match(preview, /ことばが少ない気がして心配です & <相談>/);
    const line = p.locator('[data-testid=consult-link][data-channel="line-kosodate"]');
    const href = await line.getAttribute("href");
    assert.ok(href.startsWith("https://line.me/R/oaMessage/%40demo-kosodate/?"), href);
    assert.equal(decodeURIComponent(href.split("/?")[1]), preview);
    const web = await p.locator('[data-testid=consult-link][data-channel="web-form"]').getAttribute("href");
    assert.equal(decodeURIComponent(new URL(web).searchParams.get("message")), preview);
    // No name unless the family adds it.
    assert.doesNotMatch(preview, /子どもの名前/);
    // Emergency and national lines are always there.
    assert.equal(await p.locator('a[href="tel:119"]').count(), 1);
    assert.equal(await p.locator('[data-channel="national-189"]').getAttribute("href"), "tel:189");
    assert.deepEqual(errors, []);
    await ny.close();
    await own.close();
  });

  it("sends nothing to a demonstration municipality's fictional desks", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await page.goto(app.server.url + "consult");
    await appReady(page);
    await page.getByTestId("demo-city").waitFor();
    const desks = page.getByTestId("consult-card").getByTestId("consult-channel");
    await desks.first().waitFor();
    assert.equal(await page.getByTestId("demo-no-link").count(), await desks.count());
    assert.equal(await desks.locator("a").count(), 0);
    assert.equal(await page.locator('a[href*="line.me"], a[href^="mailto:"]').count(), 0);
    assert.equal(await page.locator('[data-channel="national-189"]').getAttribute("href"), "tel:189", "the national lines are real");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("tells an English-speaking parent which line answers in English, and how", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await page.goto(app.server.url + "consult");
    await appReady(page);
    await switchLanguage(page, "en");
    const yorisoi = page.locator("li", { has: page.locator('[data-channel="national-yorisoi"]') });
    assert.match(await yorisoi.getByTestId("line-languages").textContent(), /In English .*press 2/);
    assert.equal(await page.getByTestId("line-languages").count(), 1, "only the line that has one says so");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("says when nothing is open and points to the 24-hour lines", async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ja-JP" });
    const p = await context.newPage();
    // Sunday 29 Nov 2026 03:00 in Japan: the phone desk is closed; message channels still take messages.
    await p.clock.setFixedTime(new Date("2026-11-28T18:00:00Z"));
    await p.goto(app.server.url + "consult");
    await appReady(p);
    await p.getByTestId("consult-channel").first().waitFor();
    const phone = p.getByTestId("consult-channel").last();
    assert.match(await phone.getByTestId("channel-hours").textContent(), /次は11月30日（月）8:30から/);
    await context.close();
  });

  it("keeps \"open now\" true as time passes on an open page", async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ja-JP" });
    const p = await context.newPage();
    // Tuesday 24 Nov 2026 17:14 in Japan: the phone desk closes at 17:15.
    await p.clock.install({ time: new Date("2026-11-24T08:14:00Z") });
    await p.goto(app.server.url + "consult");
    await appReady(p);
    const phone = p.locator('[data-testid=consult-channel][data-desk="phone-center"]');
    assert.match(await phone.getByTestId("channel-hours").textContent(), /受付中・17:15まで/);
    await p.clock.fastForward("02:00");
    await p.waitForFunction(() => /次は/.test(document.querySelector('[data-testid=consult-channel][data-desk="phone-center"] [data-testid=channel-hours]')?.textContent));
    assert.equal(await phone.getAttribute("data-open"), "false");
    await context.close();
  });

  it("keeps the municipality's channels offline after the first visit", async () => {
    const own = await startServer();
    const { page, context } = await openPage(app.browser);
    await page.goto(own.url + "consult");
    await appReady(page);
    await page.getByTestId("consult-channel").first().waitFor();
    // Offline means from the service worker: on a busy machine it can still
    // be installing when the channels are already on screen.
    await controlledBySw(page);
    await own.close();
    await context.setOffline(true);
    await page.reload().catch(() => {});
    await appReady(page);
    await page.getByTestId("consult-channel").first().waitFor();
    await context.close();
  });
});

describe("municipality configuration", () => {
  it("a broken file shows the webmaster what and where, and no unsafe link is rendered", async () => {
    const broken = copyOfBuild();
    const file = join(broken, "municipalities", "demo.json");
    const config = JSON.parse(readFileSync(file, "utf8"));
    config.channels[1].url = "javascript:alert(document.cookie)";
    config.theme.primary = "#ffff00";
    writeFileSync(file, JSON.stringify(config, null, 2));
    const bad = await startServer(broken);
    const { page, context } = await openPage(app.browser);
    await page.goto(bad.url + "consult");
    await appReady(page);
    const panel = page.locator("[role=alert][data-testid=config-error]");
    await panel.waitFor();
    const text = await panel.textContent();
    assert.match(text, /channels\[1\]\.url/);
    assert.match(text, /theme\.primary/);
    assert.match(text, /https/);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    assert.equal(await page.getByTestId("consult-channel").count(), 0, "a broken file is not used at all");
    assert.equal(await page.getByTestId("city-status").count(), 0, "no endless \"loading\" under the panel");
    assert.equal(await page.locator('a[href="tel:119"]').count(), 1, "families still get the emergency and national lines");
    await context.close();
    await bad.close();
  });

  it("a file broken after a good one keeps the good copy for families, with the panel for the webmaster", async () => {
    const copy = copyOfBuild();
    const file = join(copy, "municipalities", "demo.json");
    const good = readFileSync(file, "utf8");
    const own = await startServer(copy);
    const { page, context } = await openPage(app.browser);
    await page.goto(own.url + "consult");
    await appReady(page);
    const desks = await page.getByTestId("consult-card").getByTestId("consult-channel").count();
    assert.ok(desks > 0);
    writeFileSync(file, good.replace('"channels"', '"chanels"'));
    await page.reload();
    await appReady(page);
    await page.locator("[role=alert][data-testid=config-error]").waitFor();
    assert.match(await page.getByTestId("config-error").textContent(), /chanels/);
    assert.equal(await page.getByTestId("consult-card").getByTestId("consult-channel").count(), desks);
    // A file gone from the server: the same.
    rmSync(file);
    await page.reload();
    await appReady(page);
    await page.getByTestId("config-error").filter({ hasText: "このファイルがサーバーにありません" }).waitFor();
    assert.equal(await page.getByTestId("consult-card").getByTestId("consult-channel").count(), desks);
    await context.close();
    await own.close();
  });

  it("?city= picks a municipality, remembers it, and names a missing file", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + "consult?city=nowhere-shi");
    await appReady(page);
    const panel = page.getByTestId("config-error");
    await panel.waitFor();
    assert.match(await panel.textContent(), /municipalities\/nowhere-shi\.json/);
    await page.goto(app.server.url + "settings");
    await appReady(page);
    assert.equal(await page.getByTestId("city-select").inputValue(), "nowhere-shi", "the choice is remembered");
    await page.getByTestId("city-select").selectOption("demo");
    await page.getByTestId("city-name").waitFor();
    await page.waitForFunction(() => !document.querySelector("[data-testid=config-error]"));
    // An id that cannot be one is named, not silently replaced by the remembered city.
    await page.goto(app.server.url + "consult?city=Kosodate_Shi");
    await appReady(page);
    assert.match(await page.getByTestId("config-error").textContent(), /\?city=Kosodate_Shi: idは半角英小文字/);
    await page.getByTestId("city-name").filter({ hasText: "デモ市" }).waitFor();
    // Chosen in Settings, a municipality clears it.
    await page.getByTestId("nav-settings").click();
    await page.getByTestId("city-select").selectOption("demo");
    await page.waitForFunction(() => !document.querySelector("[data-testid=config-error]"));
    await context.close();
  });
});

describe("a host that answers a missing file with the app's page", () => {
  it("names the file as missing, not as a file with a mistake", async () => {
    const copy = copyOfBuild();
    writeFileSync(join(copy, "municipalities", "spa-shi.json"), readFileSync(join(copy, "index.html")));
    const own = await startServer(copy);
    const { page, context } = await openPage(app.browser);
    await page.goto(own.url + "consult?city=spa-shi");
    await appReady(page);
    const panel = page.getByTestId("config-error");
    await panel.waitFor();
    assert.match(await panel.textContent(), /municipalities\/spa-shi\.json: このファイルがサーバーにありません/);
    assert.doesNotMatch(await panel.textContent(), /JSON/);
    await context.close();
    await own.close();
  });
});

describe("switching municipality", () => {
  it("shows nothing of the previous one while the new one's file cannot be fetched", async () => {
    const copy = copyOfBuild();
    const dir = join(copy, "municipalities");
    const demo = JSON.parse(readFileSync(join(dir, "demo.json"), "utf8"));
    const second = { ...demo, id: "second-shi", demo: false, name: { ja: "第二市", en: "Second City" }, theme: {} };
    writeFileSync(join(dir, "second-shi.json"), JSON.stringify(second));
    writeFileSync(join(dir, "index.json"), JSON.stringify([{ id: "demo", name: demo.name }, { id: "second-shi", name: second.name }]));
    const own = await startServer(copy);
    const { page, context } = await openPage(app.browser);
    await page.goto(own.url + "settings");
    await appReady(page);
    await page.getByTestId("city-name").filter({ hasText: "デモ市" }).waitFor();
    const primary = () => page.evaluate(() => document.documentElement.style.getPropertyValue("--color-primary"));
    assert.equal(await primary(), demo.theme.primary);
    // Offline: the second city's file cannot be had, and none is kept.
    await context.setOffline(true);
    await page.getByTestId("city-select").selectOption("second-shi");
    await page.getByTestId("nav-consult").click();
    await page.getByTestId("city-status").filter({ hasText: /./ }).waitFor();
    assert.equal(await page.getByTestId("city-name").count(), 0, "not the previous city's name");
    assert.equal(await page.getByTestId("consult-channel").count(), 0, "nor its desks");
    assert.equal(await primary(), "", "nor its colours");
    assert.equal(await page.locator('a[href="tel:119"]').count(), 1, "the emergency and national lines stay");
    await own.close();
    await context.close();
  });
});

describe("embedded in a municipal site", () => {
  it("runs inside an iframe from another origin and offers to open in its own tab", async () => {
    const portal = createServer((req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><title>City portal</title><h1>子育て</h1><iframe id="app" src="${framed.url}" width="390" height="700"></iframe>`);
    });
    await new Promise((done) => portal.listen(0, "127.0.0.1", done));
    const portalOrigin = `http://127.0.0.1:${portal.address().port}`;
    const framed = await startServer(undefined, { frameAncestors: `'self' ${portalOrigin}` });
    const { page, context } = await openPage(app.browser);
    await page.goto(portalOrigin);
    const frame = page.frameLocator("#app");
    await frame.locator("#page-title").waitFor({ timeout: 15000 });
    const own = frame.getByTestId("open-own-tab");
    await own.waitFor();
    assert.equal(await own.getAttribute("target"), "_blank");
    assert.equal(await own.getAttribute("href"), framed.url);
    await context.close();
    await framed.close();
    await new Promise((done) => portal.close(done));
  });
});
