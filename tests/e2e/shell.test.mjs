// The app shell in the release build: first load, navigation, language,
// small screens, no third-party requests, and a readable failure.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { appReady, holdWasm, openPage, session, switchLanguage } from "./helpers.mjs";

const ROUTES = [
  { id: "nav-home", path: "", ja: "すくすく手帳", en: "Sukusuku Handbook" },
  { id: "nav-record", path: "record", ja: "記録", en: "Record" },
  { id: "nav-check", path: "check", ja: "発達のめやすチェック", en: "Development check" },
  { id: "nav-consult", path: "consult", ja: "相談する", en: "Talk to someone" },
  { id: "nav-settings", path: "settings", ja: "設定", en: "Settings" },
];

const app = session();

describe("first visit", () => {
  it("shows the home page in Japanese with no console error and no request off the app's origin", async () => {
    const { page, context, errors, requests } = await openPage(app.browser);
    await page.goto(app.server.url);
    await appReady(page);
    assert.equal(await page.locator("#page-title").textContent(), "すくすく手帳");
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    assert.equal(await page.title(), "すくすく手帳");
    await page.waitForLoadState("networkidle");
    assert.deepEqual(errors, []);
    const foreign = requests.filter((url) => !url.startsWith(app.server.url) && !url.startsWith("data:"));
    assert.deepEqual(foreign, [], "every request stays on the app's origin");
    await context.close();
  });

  it("moves between every section with the bottom navigation and marks the current one", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await page.goto(app.server.url);
    await appReady(page);
    // Gone if a click loads the page again instead of changing it in place.
    await page.evaluate(() => { window.sameDocument = true; });
    for (const route of [...ROUTES.slice(1), ROUTES[0]]) {
      await page.getByTestId(route.id).click();
      await page.waitForURL(app.server.url + route.path);
      assert.equal(await page.locator("#page-title").textContent(), route.ja, route.id);
      assert.equal(await page.getByTestId(route.id).getAttribute("aria-current"), "page");
      // Focus moves to the new heading so a screen reader announces the page.
      assert.equal(await page.evaluate(() => document.activeElement?.id), "page-title");
    }
    await page.goBack();
    await page.waitForURL(app.server.url + "settings");
    assert.equal(await page.locator("#page-title").textContent(), "設定");
    assert.equal(await page.evaluate(() => window.sameDocument), true, "no page load on a link or on back");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("leaves a click with a modifier key and a link to a place on the page to the browser", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await page.goto(app.server.url);
    await appReady(page);
    // Ctrl+click opens the page in a new tab; this one stays where it is.
    const opened = context.waitForEvent("page", { timeout: 5000 }).catch(() => null);
    await page.getByTestId("nav-record").click({ modifiers: ["Control"] });
    await opened;
    assert.equal(page.url(), app.server.url);
    assert.equal(await page.locator("#page-title").textContent(), "すくすく手帳");
    // "Skip to content" goes to #main on the same page, as a plain link does.
    await page.evaluate(() => { window.sameDocument = true; });
    await page.locator(".skip-link").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash === "#main");
    assert.equal(page.url(), app.server.url + "#main");
    // The browser moved the reading point there: Tab goes on inside the page's content.
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.getElementById("main").contains(document.activeElement)), true);
    assert.equal(await page.locator("#page-title").textContent(), "すくすく手帳");
    assert.equal(await page.evaluate(() => window.sameDocument), true);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("opens any section from its own address and shows a way home for an unknown one", async () => {
    const { page, context } = await openPage(app.browser);
    for (const route of ROUTES) {
      await page.goto(app.server.url + route.path);
      await appReady(page);
      assert.equal(await page.locator("#page-title").textContent(), route.ja);
    }
    await page.goto(app.server.url + "no/such/page");
    await page.getByText("ページが見つかりません").waitFor();
    await page.getByRole("link", { name: "ホームへ戻る" }).click();
    await page.waitForURL(app.server.url);
    await context.close();
  });
});

describe("while the app loads", () => {
  const shellText = (page) => page.locator("#boot").evaluate((el) => el.innerText.replace(/\s+/g, " ").trim());

  for (const lang of ["ja", "en"]) {
    for (const route of [ROUTES[0], ROUTES[2]]) {
      it(`shows ${route.path || "home"}'s own heading and opening words in ${lang} before the app runs, then the same in the app`, async () => {
        const { page, context, errors } = await openPage(app.browser);
        // As the language toggle leaves it (a visit here first would install
        // the service worker, whose fetches the held route cannot see).
        if (lang === "en") await page.addInitScript(() => localStorage.setItem("sukusuku.lang", "en"));
        const release = await holdWasm(page);
        await page.goto(app.server.url + route.path);
        const heading = page.locator("#boot h1:visible");
        assert.equal(await heading.count(), 1, "one heading shows");
        assert.equal(await heading.textContent(), route[lang]);
        const opening = await page.locator("#boot .boot__page:visible p").allTextContents();
        assert.ok(opening.length >= 1, "the page's opening paragraph shows");
        assert.match(await shellText(page), lang === "ja" ? /読み込み中/ : /Loading/);
        release();
        await appReady(page);
        assert.equal(await page.locator("#page-title").textContent(), route[lang]);
        for (const text of opening) {
          assert.ok(await page.locator("#main p", { hasText: text }).count() >= 1, `the app shows "${text}" too`);
        }
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
});

describe("from the loading shell to the app", () => {
  it("marks the opened section in the shell's navigation, then shows the whole app at once, the municipality's name included", async () => {
    const { page, context, errors } = await openPage(app.browser);
    // What the app holds at the moment it is first shown: it is built out of
    // sight (#app hidden) and must not show part by part.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const target = document.getElementById("app");
        if (!target) return;
        if (target.hidden) window.__built = true;
        else if (window.__built && !window.__shown) {
          window.__shown = {
            shellGone: document.getElementById("boot") === null,
            header: document.querySelector("#app .app-header") !== null,
            title: document.querySelector("#app #page-title")?.textContent ?? null,
            navLinks: document.querySelectorAll("#app .bottom-nav a").length,
            city: document.querySelector('#app [data-testid="city-name"]')?.textContent ?? null,
          };
        }
      }).observe(document, { attributes: true, childList: true, subtree: true });
    });
    const release = await holdWasm(page);
    await page.goto(app.server.url + "check");
    const marked = await page
      .locator("#boot .bottom-nav__link")
      .evaluateAll((links) => links.filter((a) => getComputedStyle(a).fontWeight === "700").map((a) => a.innerText.trim()));
    assert.deepEqual(marked, ["チェック"], "the shell marks the section being opened, in the page's language");
    release();
    await appReady(page);
    const shown = await page.evaluate(() => window.__shown);
    assert.equal(shown.shellGone, true, "the shell goes as the app shows");
    assert.equal(shown.header, true);
    assert.equal(shown.title, "発達のめやすチェック");
    assert.equal(shown.navLinks, 5);
    assert.match(shown.city ?? "", /デモ市/, "a first visit shows the municipality from the start, not a moment later");
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("a first visit whose municipality file stalls", () => {
  it("opens the app without it after a short wait, then shows the municipality once the file comes", async () => {
    const { page, context, errors } = await openPage(app.browser);
    let release;
    const released = new Promise((done) => (release = done));
    await page.route(/municipalities\/demo\.json$/, async (route) => {
      await released;
      await route.continue().catch(() => {});
    });
    await page.goto(app.server.url);
    // The start waits 2 s for the file; a fetch's own limit would be 20 s.
    await page.locator("#page-title").waitFor({ state: "visible", timeout: 8000 });
    assert.equal(await page.getByTestId("city-name").count(), 0, "no municipality yet");
    release();
    await page.getByTestId("city-name").waitFor();
    assert.match(await page.getByTestId("city-name").textContent(), /デモ市/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("installable", () => {
  it("links a complete Japanese manifest whose icons exist at their stated sizes", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url);
    await appReady(page);
    const href = await page.getAttribute('link[rel="manifest"]', "href");
    const manifestUrl = new URL(href, app.server.url);
    const manifest = await (await fetch(manifestUrl)).json();
    assert.equal(manifest.lang, "ja");
    assert.equal(manifest.name, "すくすく手帳");
    assert.ok(manifest.short_name.length <= 12);
    assert.equal(manifest.display, "standalone");
    assert.equal(manifest.start_url, "./");
    assert.equal(manifest.scope, "./");
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
    assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
    const wanted = new Set(["192x192 any", "512x512 any", "512x512 maskable"]);
    for (const icon of manifest.icons) {
      const png = Buffer.from(await (await fetch(new URL(icon.src, manifestUrl))).arrayBuffer());
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      assert.equal(`${w}x${h}`, icon.sizes, icon.src);
      wanted.delete(`${icon.sizes} ${icon.purpose}`);
    }
    assert.deepEqual([...wanted], []);
    await context.close();
  });
});

describe("language", () => {
  it("offers a reload when the server answers a language's pack with something else (a newer version there)", async () => {
    // No worker, so the route below sees the page's own requests.
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ja-JP", serviceWorkers: "block" });
    const page = await context.newPage();
    await page.route(/\/locale\/en-[0-9a-f]+\.json$/, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>index</title>" }),
    );
    await page.goto(app.server.url + "settings");
    await appReady(page);
    await page.getByTestId("lang-toggle").click();
    const notice = page.getByTestId("lang-unavailable");
    await notice.waitFor();
    assert.match(await notice.textContent(), /English.*再読み込みしてから/);
    assert.equal(await notice.getByRole("button", { name: "再読み込み" }).count(), 1);
    assert.equal(await page.getAttribute("html", "lang"), "ja", "nothing changes");
    assert.equal(await page.locator("#page-title").textContent(), "設定");
    await context.close();
  });

  it("switches to English, sets <html lang>, and keeps the choice after a reload", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await page.goto(app.server.url + "settings");
    await appReady(page);
    const toggle = page.getByTestId("lang-toggle");
    assert.equal(await toggle.textContent(), "English");
    await switchLanguage(page, "en");
    assert.equal(await page.locator("#page-title").textContent(), "Settings");
    assert.equal(await page.getByTestId("nav-home").textContent(), "Home");
    assert.equal(await page.title(), "Settings | Sukusuku Handbook");

    await page.reload();
    await appReady(page);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(await page.locator("#page-title").textContent(), "Settings");
    assert.equal(await page.getByTestId("lang-toggle").textContent(), "日本語");

    await switchLanguage(page, "ja");
    await page.reload();
    await appReady(page);
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("small phones", () => {
  it("fits a 320 px screen with no sideways scrolling and tap targets of at least 44 px", async () => {
    const { page, context } = await openPage(app.browser, { viewport: { width: 320, height: 640 } });
    for (const lang of ["ja", "en"]) {
      for (const route of ROUTES) {
        await page.goto(app.server.url + route.path);
        await appReady(page);
        if (lang === "en" && (await page.getAttribute("html", "lang")) !== "en") {
          await switchLanguage(page, "en");
        }
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 320, `${lang} ${route.id}: page is ${width}px wide`);
        const small = await page.evaluate(() =>
          [...document.querySelectorAll("a, button, input, select, textarea")]
            .filter((el) => !el.classList.contains("skip-link") && el.getClientRects().length > 0)
            // An input inside its label is tapped through the label.
            .map((el) => ({ el: el.outerHTML.slice(0, 60), box: (el.closest("label") || el).getBoundingClientRect() }))
            .filter(({ box }) => box.width < 44 || box.height < 44)
            .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`),
        );
        assert.deepEqual(small, [], `${lang} ${route.id}: targets under 44px`);
        // A select shows its choice whole: it cannot wrap, only cut it off.
        const cut = await page.evaluate(() =>
          [...document.querySelectorAll("select")]
            .filter((select) => select.getClientRects().length > 0)
            .map((select) => {
              const style = getComputedStyle(select);
              const pen = document.createElement("canvas").getContext("2d");
              pen.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              const text = select.options[select.selectedIndex]?.text ?? "";
              // The content box, less the drop-down arrow's 20 px.
              const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
              return { text, wide: Math.round(pen.measureText(text).width), room: Math.round(room) };
            })
            .filter(({ wide, room }) => wide > room)
            .map(({ text, wide, room }) => `"${text}" ${wide}px in ${room}px`),
        );
        assert.deepEqual(cut, [], `${lang} ${route.id}: a select's choice cut off`);
      }
    }
    await context.close();
  });
});

describe("start-up failure", () => {
  it("shows a readable panel in Japanese and English, not a blank page, when the wasm cannot load", async () => {
    const { page, context } = await openPage(app.browser);
    await page.route("**/*.wasm", (route) => route.abort());
    await page.goto(app.server.url);
    const panel = page.locator("#boot-error");
    await panel.waitFor({ state: "visible", timeout: 15000 });
    const text = await panel.textContent();
    assert.match(text, /アプリを起動できませんでした/);
    assert.match(text, /The app could not start/);
    assert.ok(await page.getByRole("button", { name: /再読み込み/ }).isVisible());
    await context.close();
  });
});
