// Shared set-up for the end-to-end tests: Debian's Chromium driven by
// playwright-core, against the release build served by scripts/serve.mjs.
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serve } from "../../scripts/serve.mjs";

export const DIST = resolve(process.env.DIST_DIR || "dist");
export const PHONE = { width: 390, height: 844 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-quic",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

/**
 * One browser (and one server of `dir`, unless `server: false`) shared by a
 * test file: started before its tests, closed after them. Read them as
 * `app.browser` and `app.server` inside the tests.
 */
export function session({ dir = DIST, serve = {}, server = true, ready } = {}) {
  const app = {};
  before(async () => {
    ready?.();
    app.browser = await launch();
    if (server) app.server = await startServer(dir, serve);
  });
  after(async () => {
    await app.browser?.close();
    // Also the servers of a test that failed before closing its own: an open
    // one would keep the file's process alive and hide the failure.
    await Promise.all([...openServers].map((server) => server.close()));
  });
  return app;
}

const openServers = new Set();

/**
 * Serves `dir` on 127.0.0.1 (a free port unless given); returns { url, port,
 * close, served }: `served` lists the path of every request that reached the
 * server (what the HTTP cache answered never does).
 */
export async function startServer(dir = DIST, options = {}) {
  const server = await serve(dir, { quiet: true, ...options });
  const served = [];
  server.on("request", (request) => served.push(request.url.split("?")[0]));
  const { port } = server.address();
  const handle = {
    served,
    port,
    url: `http://127.0.0.1:${port}${options.base || "/"}`,
    close: () => {
      openServers.delete(handle);
      return new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      });
    },
  };
  openServers.add(handle);
  return handle;
}

/** A copy of the build to change without touching dist/. */
export function copyOfBuild(dir = DIST) {
  const copy = mkdtempSync(join(tmpdir(), "sukusuku-build-"));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/**
 * Opens a page that records console errors, page errors and every request's
 * URL, so tests can assert "no error" and "nothing left the app's origin".
 */
export async function openPage(browser, { viewport = PHONE, locale = "ja-JP", timezoneId } = {}) {
  const context = await browser.newContext({ viewport, locale, timezoneId, serviceWorkers: "allow" });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  context.on("request", (request) => requests.push(request.url()));
  return { context, page, errors, requests };
}

/**
 * Taps the header's language switch and waits until the page shows `lang`
 * (a language not yet on the page has its words fetched first).
 */
export async function switchLanguage(page, lang) {
  await page.getByTestId("lang-toggle").click();
  await page.waitForFunction((want) => document.documentElement.lang === want, lang);
}

/** Waits for the app to have replaced the static loading shell. */
export async function appReady(page) {
  await page.locator("#page-title").waitFor({ state: "visible", timeout: 15000 });
  await page.waitForFunction(() => document.getElementById("boot") === null);
}

/**
 * Holds the page's wasm download until the returned function is called, so
 * the static loading shell stays on screen. Only for pages no service worker
 * controls yet (its fetches bypass the route).
 */
export async function holdWasm(page) {
  let release;
  const released = new Promise((done) => (release = done));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue().catch(() => {});
  });
  return release;
}

/** Waits until a service worker is active and controls the page. */
export async function controlledBySw(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await appReady(page);
  }
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

/** Adds a child through the Record form; resolves on the child's page. */
export async function addChild(page, appUrl, { name = "ゆい", birth = "2025-05-14", weeks = "", sex = "" } = {}) {
  await page.goto(appUrl + "record");
  await appReady(page);
  await page.getByTestId("add-child").click();
  await page.fill("#child-name", name);
  await page.fill("#child-birth-date", birth);
  if (sex) await page.selectOption("#child-sex", sex);
  if (weeks) await page.fill("#child-gestation-weeks", weeks);
  await page.getByTestId("form-save").click();
  await page.waitForURL(/\/record\/child\/\d+$/);
  await appReady(page);
}

/** `date` (YYYY-MM-DD) moved by `days` days, as YYYY-MM-DD. */
export function addDays(date, days) {
  const d = new Date(date + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds a measurement through the child page's form (kg and cm as typed). */
export async function addMeasurement(page, { date, weight = "", length = "", head = "" }) {
  await page.getByTestId("add-measurement").click();
  await page.fill("#m-date", date);
  if (weight) await page.fill("#m-weight", weight);
  if (length) await page.fill("#m-length", length);
  if (head) await page.fill("#m-head", head);
  await page.getByTestId("form-save").click();
  await page.locator("#m-date").waitFor({ state: "detached" });
}

/** The date `months` months and `days` days before today, as YYYY-MM-DD. */
export function dateBefore(months, days = 0) {
  const d = new Date();
  d.setMonth(d.getMonth() - months);
  d.setDate(d.getDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Waits up to 5 s for focus to reach the element with this id or test id; fails with `what` otherwise. */
export async function focusOn(page, wanted, what) {
  const reached = await page
    .waitForFunction((w) => [document.activeElement?.id, document.activeElement?.dataset.testid].includes(w), wanted, { timeout: 5000 })
    .then(() => true, () => false);
  const at = await page.evaluate(() => document.activeElement?.id || document.activeElement?.dataset.testid || document.activeElement?.tagName);
  if (!reached) throw new Error(`${what}: focus is on ${at}, not ${wanted}`);
}
