// The service worker in the release build: offline after the first visit,
// and a new version that waits for the user.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { appReady, controlledBySw, copyOfBuild, openPage, session, startServer } from "./helpers.mjs";

const app = session({ server: false });

const version = (page) => page.getAttribute('meta[name="app-version"]', "content");

describe("offline", () => {
  it("says it works offline after the first visit, then opens and moves between every route with no network", async () => {
    const server = await startServer();
    const { page, context, errors } = await openPage(app.browser);
    await page.goto(server.url);
    await appReady(page);
    await page.getByTestId("offline-ready").waitFor({ timeout: 15000 });
    // News, not a question: it stays long enough to read (8 s), then goes by itself.
    const shown = Date.now();
    await page.getByTestId("offline-ready").waitFor({ state: "detached", timeout: 15000 });
    const stayed = Date.now() - shown;
    assert.ok(stayed >= 7000, `the notice stayed ${stayed} ms`);
    await controlledBySw(page);

    await server.close();
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    for (const [id, title] of [
      ["nav-record", "記録"],
      ["nav-check", "発達のめやすチェック"],
      ["nav-consult", "相談する"],
      ["nav-settings", "設定"],
      ["nav-home", "すくすく手帳"],
    ]) {
      await page.getByTestId(id).click();
      await page.locator("#page-title", { hasText: title }).waitFor();
    }
    // A deep link opened with no network comes from the cache too.
    await page.goto(server.url + "settings");
    await appReady(page);
    assert.match(await page.getByTestId("offline-status").textContent(), /オフラインでも開けます/);
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), []);
    await context.close();
  });
});

describe("update", () => {
  it("installs a changed build in the background and switches only when the user accepts", async () => {
    const first = await startServer();
    const { page, context } = await openPage(app.browser);
    await page.goto(first.url);
    await appReady(page);
    await controlledBySw(page);
    const oldVersion = await version(page);

    // Stamping the same build again gives the same version: no update for nothing.
    const same = copyOfBuild();
    execFileSync("node", ["scripts/stamp-build.mjs", same], { stdio: "pipe" });
    const restamped = readFileSync(join(same, "index.html"), "utf8").match(/name="app-version" content="([^"]+)"/)?.[1];
    assert.equal(restamped, oldVersion, "re-stamping an unchanged build keeps its version");

    // A second build with a change: the page differs, so the stamp changes.
    const second = copyOfBuild();
    const index = join(second, "index.html");
    writeFileSync(index, readFileSync(index, "utf8").replace("</body>", "<!-- second build -->\n</body>"));
    execFileSync("node", ["scripts/stamp-build.mjs", second], { stdio: "pipe" });
    await first.close();
    const server = await startServer(second, { port: first.port });

    await page.reload();
    await appReady(page);
    const prompt = page.getByTestId("update-prompt");
    await prompt.waitFor({ timeout: 20000 });
    assert.equal(await version(page), oldVersion, "the old version stays until the user accepts");

    await page.getByTestId("update-accept").click();
    await page.waitForFunction((old) => document.querySelector('meta[name="app-version"]')?.content !== old, oldVersion, {
      timeout: 20000,
    });
    await appReady(page);
    assert.notEqual(await version(page), oldVersion);
    assert.equal(await prompt.count(), 0);
    await context.close();
    await server.close();
  });
});
