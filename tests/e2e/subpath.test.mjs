// Hosting under a sub-path (https://city.example/city/app/), as municipal
// sites do: built with --public-url /city/app/ (scripts/test builds it).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { addChild, appReady, controlledBySw, dateBefore, holdWasm, openPage, session } from "./helpers.mjs";

const BUILD = "target/dist-subpath";

const app = session({
  dir: BUILD,
  serve: { base: "/city/app/" },
  ready: () => assert.ok(existsSync(BUILD), "build it first: scripts/build --public-url /city/app/ --dist target/dist-subpath"),
});

describe("under a sub-path", () => {
  // First: the next test closes the server to go offline.
  it("shows the opened section's words while the app loads, reading the section under the base", async () => {
    const { page, context, errors } = await openPage(app.browser);
    const release = await holdWasm(page);
    await page.goto(app.server.url + "check");
    assert.equal(await page.locator("#boot h1:visible").textContent(), "発達のめやすチェック");
    // The shell's navigation works before the app does: its links lead under the base.
    assert.deepEqual(
      await page.locator("#boot .bottom-nav a").evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
      ["/city/app/", "/city/app/record", "/city/app/check", "/city/app/consult", "/city/app/settings"],
    );
    release();
    await appReady(page);
    assert.equal(await page.locator("#page-title").textContent(), "発達のめやすチェック");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("pages opened by buttons, and back, stay under the app's path", async () => {
    const { page, context, errors } = await openPage(app.browser);
    // Saving a child opens the child's page.
    await addChild(page, app.server.url, { birth: dateBefore(18, 5) });
    assert.match(page.url().slice(app.server.url.length), /^record\/child\/\d+$/);
    await page.getByTestId("nav-check").click();
    await page.waitForURL(app.server.url + "check");
    await page.getByTestId("start-check").click();
    await page.waitForURL(/\/check\/run\/\d+$/);
    // Not /city/app/city/app/check/run/1, a "page not found" (the router
    // before src/ui/router.rs added the base twice).
    assert.match(page.url().slice(app.server.url.length), /^check\/run\/\d+$/);
    await page.getByTestId("check-question").waitFor();
    await page.goBack();
    await page.waitForURL(app.server.url + "check");
    assert.equal(await page.locator("#page-title").textContent(), "発達のめやすチェック");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("links, deep links, the municipality file and offline use all stay under the app's path", async () => {
    const { page, context, errors, requests } = await openPage(app.browser);
    await page.goto(app.server.url);
    await appReady(page);
    assert.equal(await page.getAttribute('[data-testid=nav-record]', "href"), "/city/app/record");
    await page.getByTestId("nav-consult").click();
    await page.waitForURL(app.server.url + "consult");
    await page.getByTestId("consult-channel").first().waitFor();
    assert.ok(requests.every((url) => url.startsWith(app.server.url)), requests.filter((u) => !u.startsWith(app.server.url)).join("\n"));

    await controlledBySw(page);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), app.server.url);
    await app.server.close();
    await context.setOffline(true);
    await page.goto(app.server.url + "settings").catch(() => {});
    await appReady(page);
    assert.equal(await page.locator("#page-title").textContent(), "設定");
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), []);
    await context.close();
  });
});
