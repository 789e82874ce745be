// Hosting under a sub-path (https://city.example/city/app/), as municipal
// sites do: built with --public-url /city/app/ (scripts/test builds it).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { appReady, controlledBySw, launch, openPage, startServer } from "./helpers.mjs";

const BUILD = "target/dist-subpath";

let browser;
let server;
before(async () => {
  assert.ok(existsSync(BUILD), "build it first: scripts/build --public-url /city/app/ --dist target/dist-subpath");
  browser = await launch();
  server = await startServer(BUILD, { base: "/city/app/" });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe("under a sub-path", () => {
  it("links, deep links, the municipality file and offline use all stay under the app's path", async () => {
    const { page, context, errors, requests } = await openPage(browser);
    await page.goto(server.url);
    await appReady(page);
    assert.equal(await page.getAttribute('[data-testid=nav-record]', "href"), "/city/app/record");
    await page.getByTestId("nav-consult").click();
    await page.waitForURL(server.url + "consult");
    await page.getByTestId("consult-channel").first().waitFor();
    assert.ok(requests.every((url) => url.startsWith(server.url)), requests.filter((u) => !u.startsWith(server.url)).join("\n"));

    await controlledBySw(page);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), server.url);
    await server.close();
    await context.setOffline(true);
    await page.goto(server.url + "settings").catch(() => {});
    await appReady(page);
    assert.equal(await page.locator("#page-title").textContent(), "設定");
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), []);
    await context.close();
  });
});
