// For the checkup room: the demo family never touches the real record, the
// presentation setting, and the "share this app" QR code decoded back.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { addChild, appReady, openPage, session, switchLanguage } from "./helpers.mjs";

const JSQR = readFileSync("node_modules/jsqr/dist/jsQR.js", "utf8");

const app = session();

async function exportBackup(page) {
  await page.goto(app.server.url + "settings");
  await appReady(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-backup").click()]);
  const backup = JSON.parse(readFileSync(await download.path(), "utf8"));
  delete backup.exported_at; // the moment of export, the only field allowed to differ
  return JSON.stringify(backup);
}
const storedRecord = (page) => page.evaluate(() => localStorage.getItem("sukusuku.record"));

describe("demo mode", () => {
  it("entering, changing and leaving the demo leaves the real record byte for byte as it was", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await addChild(page, app.server.url, { name: "ゆい", birth: "2025-05-14" });
    const exportBefore = await exportBackup(page);
    const realBefore = await storedRecord(page);

    await page.getByTestId("demo-enter").click();
    await page.getByTestId("demo-banner").waitFor();
    await page.goto(app.server.url + "record");
    await appReady(page);
    await page.getByTestId("demo-banner").waitFor();
    const cards = await page.getByTestId("child-card").allTextContents();
    assert.equal(cards.length, 1);
    assert.match(cards[0], /見本 さくら/);
    // The sample has a past check worth watching, visible on the check page.
    await page.goto(app.server.url + "check");
    await appReady(page);
    assert.equal(await page.getByTestId("history-row").count(), 2);
    assert.equal(await page.locator(".level--watch").count() > 0, true);

    // Change the sample, then reset it.
    await page.goto(app.server.url + "record");
    await appReady(page);
    await page.getByTestId("child-card").first().click();
    // The sample family went to its checkups: none is shown as missed.
    assert.match(await page.locator("body").textContent(), /見本保健センター/);
    await page.getByTestId("add-note").click();
    await page.fill("#note-text", "デモで書いたメモ");
    await page.getByTestId("form-save").click();
    await page.getByText("デモで書いたメモ").waitFor();
    // Deleting in the demo says the sample can be brought back.
    await page.getByTestId("note").first().getByRole("button", { name: /削除/ }).click();
    assert.match(await page.locator(".confirm__text").first().textContent(), /見本を元に戻す/);
    await page.getByTestId("cancel-delete").click();
    assert.equal(await storedRecord(page), realBefore, "the demo never writes the real record");
    await page.getByTestId("demo-reset").click();
    await page.getByText("デモで書いたメモ").waitFor({ state: "detached" });

    // The nurse shows it in English: the demo tab stays in English, even
    // through a reload (the loading page too), and the family's app does not.
    await switchLanguage(page, "en");
    // A reload stays in the demo; leaving returns to the real record.
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    await appReady(page);
    await page.getByTestId("demo-banner").waitFor();
    await page.getByTestId("demo-exit").click();
    await page.waitForURL(/\?demo=0$/);
    await appReady(page);
    assert.equal(await page.getByTestId("demo-banner").count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "ja", "the family's language is as they left it");
    // The next demonstration starts in the family's language again.
    await page.goto(app.server.url + "?demo=1");
    await appReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "ja");
    await page.getByTestId("demo-exit").click();
    await page.waitForURL(/\?demo=0$/);
    await appReady(page);
    assert.match(await page.getByTestId("demo-left").textContent(), /デモを終わりました/, "whose record this is now is said");
    assert.equal(await storedRecord(page), realBefore);
    assert.equal(await exportBackup(page), exportBefore);
    await page.goto(app.server.url + "record");
    await appReady(page);
    assert.deepEqual((await page.getByTestId("child-card").allTextContents()).map((t) => t.includes("ゆい")), [true]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("a demo started in English is in English, with its two past checks", async () => {
    const { page, context, errors } = await openPage(app.browser, { locale: "en-US" });
    await page.goto(app.server.url);
    await appReady(page);
    await switchLanguage(page, "en");
    await page.goto(app.server.url + "check?demo=1");
    await appReady(page);
    await page.getByTestId("demo-banner").waitFor();
    assert.equal(await page.getByTestId("history-row").count(), 2);
    assert.match(await page.locator("main").textContent(), /Sakura \(sample\)/);
    assert.doesNotMatch(await page.locator("main").textContent(), /見本/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("a demo switched to English gets the sample family in English, unless it was changed first", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await page.goto(app.server.url + "check?demo=1");
    await appReady(page);
    await page.getByTestId("demo-banner").waitFor();
    assert.match(await page.locator("main").textContent(), /見本 さくら/);
    await switchLanguage(page, "en");
    await page.waitForFunction(() => document.querySelector("main")?.textContent.includes("Sakura (sample)"));
    assert.doesNotMatch(await page.locator("main").textContent(), /見本/);
    assert.equal(await page.getByTestId("history-row").count(), 2);
    // A demo the nurse has changed keeps its changes through a switch.
    await page.goto(app.server.url + "record");
    await appReady(page);
    await page.getByTestId("child-card").first().click();
    await page.getByTestId("add-note").click();
    await page.fill("#note-text", "A note written in the demo");
    await page.getByTestId("form-save").click();
    await page.getByText("A note written in the demo").waitFor();
    await switchLanguage(page, "ja");
    await page.getByText("A note written in the demo").waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("?demo=1 opens the demo directly, and the presentation setting enlarges the text", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + "?demo=1");
    await appReady(page);
    await page.getByTestId("demo-banner").waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem("sukusuku.record")), null);
    await page.goto(app.server.url + "settings");
    await appReady(page);
    // "Delete all data on this device" would touch only the demo's copy: the banner resets instead.
    await page.getByTestId("export-backup").waitFor();
    assert.equal(await page.getByTestId("delete-all-data").count(), 0);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await size();
    await page.getByTestId("presentation").check();
    assert.ok((await size()) >= normal * 1.2, "larger text for a projector");
    // A demonstration on a parent's phone leaves their own app as it was:
    // another municipality and the large text stay in the demo's tab.
    await page.goto(app.server.url + "?city=demo");
    await appReady(page);
    const own = await page.evaluate(() => [localStorage.getItem("sukusuku.city"), localStorage.getItem("sukusuku.presentation")]);
    assert.deepEqual(own, [null, null]);
    await page.getByTestId("demo-exit").click();
    await page.waitForURL(/demo=0/);
    await appReady(page);
    assert.equal(await size(), normal, "the family's app is back at its own text size");
    await context.close();
  });

  it("a nurse who turns on large text, then starts the demo, keeps it; on a projector the QR code and the growth chart fit the screen", async () => {
    const { page, context } = await openPage(app.browser, { viewport: { width: 1024, height: 768 } });
    await page.goto(app.server.url + "settings");
    await appReady(page);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.getByTestId("presentation").check();
    const large = await size();
    await page.goto(app.server.url + "?demo=1");
    await appReady(page);
    await page.getByTestId("demo-banner").waitFor();
    assert.equal(await size(), large, "the demo opens in the text size on screen");
    const navTop = async () => (await page.locator(".bottom-nav").boundingBox()).y;
    await page.goto(app.server.url + "settings/share");
    await appReady(page);
    const qr = await page.getByTestId("share-qr").boundingBox();
    assert.ok(qr.y + qr.height <= (await navTop()), `the whole code is on screen (bottom ${qr.y + qr.height})`);
    assert.ok(qr.width >= 240, `still large enough to scan (${qr.width}px)`);
    await page.goto(app.server.url + "record");
    await appReady(page);
    await page.getByTestId("child-card").first().click();
    const chart = page.getByTestId("growth-chart").first();
    await chart.waitFor();
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    const banner = await page.getByTestId("demo-banner").boundingBox();
    assert.ok(box.height <= (await navTop()) - (banner.y + banner.height), `the chart (${box.height}px) fits between the banner and the navigation`);
    await context.close();
  });
});

describe("demo banner", () => {
  it("stays in full view, with nothing over it, however far the page is scrolled", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + "record?demo=1");
    await appReady(page);
    const banner = page.getByTestId("demo-banner");
    await banner.waitFor();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => window.scrollY > 300);
    const uncovered = await banner.evaluate((b) => {
      const box = b.getBoundingClientRect();
      // The top-left and top-right of its text, and its middle, are the banner's own.
      const points = [[box.left + 8, box.top + 8], [box.right - 8, box.top + 8], [(box.left + box.right) / 2, (box.top + box.bottom) / 2]];
      return box.top >= 0 && points.every(([x, y]) => b.contains(document.elementFromPoint(x, y)));
    });
    assert.ok(uncovered, "the demo banner is covered or off screen");
    await context.close();
  });

  it("never hides a field to fix beneath it", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + "record?demo=1");
    await appReady(page);
    await page.getByTestId("child-card").first().click();
    const measurement = page.getByTestId("measurement").first();
    await measurement.getByRole("button", { name: "編集" }).click();
    await measurement.getByLabel("体重").fill("1010");
    await measurement.getByTestId("form-save").click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-invalid") === "true");
    const [bannerBottom, fieldTop] = await page.evaluate(() => [
      document.querySelector("[data-testid=demo-banner]").getBoundingClientRect().bottom,
      document.activeElement.getBoundingClientRect().top,
    ]);
    assert.ok(fieldTop >= bannerBottom, `the field (top ${fieldTop}) is under the banner (bottom ${bannerBottom})`);
    await context.close();
  });
});

describe("share this app", () => {
  it("shows a QR code that decodes to the app's address, with the address in text", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + "settings");
    await appReady(page);
    await page.getByTestId("share-app").click();
    await page.getByTestId("share-qr").waitFor();
    const address = await page.getByTestId("share-address").textContent();
    // This copy's address with the municipality chosen, so a new phone opens on it.
    assert.equal(address, app.server.url + "?city=demo");
    const box = await page.getByTestId("share-qr").boundingBox();
    assert.ok(box.width >= 280, `large enough to scan at arm's length (${box.width}px)`);
    await page.evaluate(JSQR);
    const decoded = await page.evaluate(async () => {
      const svg = document.querySelector("[data-testid=share-qr]");
      const image = new Image();
      image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(new XMLSerializer().serializeToString(svg));
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 400;
      const g = canvas.getContext("2d");
      g.drawImage(image, 0, 0, 400, 400);
      const pixels = g.getImageData(0, 0, 400, 400);
      return window.jsQR(pixels.data, 400, 400)?.data ?? null;
    });
    assert.equal(decoded, address);
    await context.close();
  });
});

describe("checkup summary", () => {
  it("shows the child's data and prints on one A4 page", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + "?demo=1");
    await appReady(page);
    await page.goto(app.server.url + "record");
    await appReady(page);
    await page.getByTestId("child-card").first().click();
    await page.getByTestId("open-summary").click();
    await page.getByTestId("summary-page").waitFor();
    const text = await page.getByTestId("summary-page").textContent();
    for (const expected of ["見本 さくら", "1歳6か月", "パーセンタイル", "様子を見ましょう", "はいはい", "夜中に何度も起きます"]) {
      assert.ok(text.includes(expected), `the summary shows ${expected}`);
    }
    // What the nurse asks about first: the question answered "not yet", the
    // check due now, and that a check is a guide.
    assert.match(text, /気にかけたい答え（質問と答え）:.*（まだ）/);
    assert.equal(await page.getByTestId("summary-check-due").textContent(), "1歳6か月のチェックは、まだ答えていません。");
    assert.match(text, /診断ではありません/);
    // The parent's questions are kept with the record.
    await page.fill("#summary-questions", "ことばについて聞きたい");
    await page.locator("#summary-questions").blur();
    await page.reload();
    await appReady(page);
    assert.equal(await page.inputValue("#summary-questions"), "ことばについて聞きたい");
    await page.getByTestId("print-summary").waitFor();
    // Printed (emulated print media, A4): one page, with the data on it.
    await page.emulateMedia({ media: "print" });
    const sheets = async () => {
      const pdf = await page.pdf({ format: "A4", printBackground: false, preferCSSPageSize: true });
      return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    };
    assert.equal(await sheets(), 1, "the summary prints on one page");
    assert.equal(await page.getByTestId("print-summary").isVisible(), false, "no buttons on paper");
    assert.ok(await page.getByText("ことばについて聞きたい").first().isVisible(), "the questions are printed");
    // Large text on the screen does not spill the sheet; nor do English's longer words.
    await page.evaluate(() => document.documentElement.setAttribute("data-presentation", "on"));
    assert.equal(await sheets(), 1, "with large text on");
    await page.emulateMedia({ media: "screen" });
    await switchLanguage(page, "en");
    await page.emulateMedia({ media: "print" });
    assert.equal(await sheets(), 1, "in English");
    assert.match(await page.getByTestId("summary-page").textContent(), /Hepatitis B: \d+ \w+ \d{4}, \d+ \w+ \d{4}/, "a vaccine's doses on one line");
    await context.close();
  });
});
