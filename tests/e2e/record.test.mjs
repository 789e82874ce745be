// The handbook record in the release build: entering data, keeping it across
// reloads, backups, malformed imports, two tabs, a full disk, unreadable data.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { addChild as addChildAt, appReady, focusOn, openPage, session } from "./helpers.mjs";

const RECORD_KEY = "sukusuku.record";
const BAD_BACKUPS = "tests/fixtures/backups/bad";

const app = session();

const addChild = (page, options) => addChildAt(page, app.server.url, options);

async function addMeasurement(page, { date = "2025-09-01", weight = "", length = "" }) {
  await page.getByTestId("add-measurement").click();
  await page.fill("#m-date", date);
  if (weight) await page.fill("#m-weight", weight);
  if (length) await page.fill("#m-length", length);
  await page.getByTestId("form-save").click();
}

/** Clicks "export" and returns the downloaded backup's text. */
async function exportBackup(page) {
  await page.goto(app.server.url + "settings");
  await appReady(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-backup").click()]);
  assert.match(download.suggestedFilename(), /^sukusuku-backup-\d{4}-\d{2}-\d{2}\.json$/);
  return readFileSync(await download.path(), "utf8");
}

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), RECORD_KEY);

/** Storage that refuses every write, as a full disk does, while `window.__diskFull` is true. */
const diskThatFills = (page) =>
  page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__diskFull) throw new DOMException("full", "QuotaExceededError");
      return original.call(this, key, value);
    };
  });

describe("entering the record", () => {
  it("keeps a child and a measurement across a reload, after explaining a weight typed in grams", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await addChild(page, { weeks: "33" });
    assert.equal(await page.locator("#page-title").textContent(), "ゆい");
    // Born at 33 weeks and under two years old: the corrected age is shown.
    assert.match(await page.getByTestId("corrected-age").textContent(), /修正月齢/);

    await addMeasurement(page, { weight: "7250" });
    const error = page.locator("#m-weight-error");
    await error.waitFor();
    assert.match(await error.textContent(), /7\.25 kg/);
    assert.equal(await page.getAttribute("#m-weight", "aria-invalid"), "true");
    // Focus moves once the explanation is on screen, a frame later on a busy machine.
    await focusOn(page, "m-weight", "focus goes to the field to fix");
    assert.match(await page.locator(".form__summary[role=alert]").textContent(), /1/);

    await page.fill("#m-weight", "7.25");
    await page.fill("#m-length", "68.5");
    await page.getByTestId("form-save").click();
    await page.getByTestId("measurement").first().waitFor();

    await page.reload();
    await appReady(page);
    const row = await page.getByTestId("measurement").first().textContent();
    assert.match(row, /7\.25 kg/);
    assert.match(row, /68\.5 cm/);
    const record = JSON.parse(await stored(page));
    assert.equal(record.schema_version, 2);
    assert.equal(record.record.children[0].measurements[0].weight_g, 7250);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("a long list shows ten entries and the rest on request, and an entry is edited in place", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await addChild(page, {});
    for (let n = 1; n <= 11; n++) {
      await page.getByTestId("add-note").click();
      await page.fill("#note-date", `2025-06-${String(n).padStart(2, "0")}`);
      await page.fill("#note-text", `メモ${n}`);
      await page.getByTestId("form-save").click();
      await page.getByTestId("note").nth(Math.min(n, 10) - 1).waitFor();
    }
    assert.equal(await page.getByTestId("note").count(), 10, "a six-year record opens quickly: ten at first");
    await page.getByRole("button", { name: "すべて表示（11件）" }).click();
    await page.getByTestId("note").nth(10).waitFor();
    assert.equal(await page.getByTestId("note").count(), 11);

    // Newest first. Edited in place: focus goes into the form, then back to the entry's Edit.
    const newest = page.getByTestId("note").first();
    assert.match(await newest.textContent(), /メモ11/);
    await newest.getByRole("button", { name: "編集" }).click();
    await page.waitForFunction(() => document.activeElement?.id === "note-date");
    await page.fill("#note-text", "書き直したメモ");
    await page.getByTestId("form-save").click();
    await page.getByTestId("note").first().filter({ hasText: "書き直したメモ" }).waitFor();
    await page.waitForFunction(() => {
      const a = document.activeElement;
      return a?.textContent === "編集" && a.closest("[data-testid=note]")?.textContent.includes("書き直したメモ");
    });
    assert.equal(await page.getByTestId("note").count(), 11);
    assert.equal(JSON.parse(await stored(page)).record.children[0].notes.filter((n) => n.text === "書き直したメモ").length, 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("what is typed in an open form survives saving another form on the page", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await addChild(page, {});
    await addMeasurement(page, { date: "2025-09-01", weight: "7.5" });
    await page.getByTestId("measurement").first().waitFor();
    // Correcting the first entry, not saved yet, while a second one is added above.
    await page.getByTestId("measurement").first().getByRole("button", { name: "編集" }).click();
    // A mistake first: grams in the kilogram field, explained under the field.
    await page.getByTestId("measurement").first().getByLabel("体重").fill("7900");
    await page.getByTestId("measurement").first().getByTestId("form-save").click();
    await page.getByTestId("measurement").first().locator(".field__error").filter({ hasText: "7.9 kg" }).waitFor();
    await page.getByTestId("add-measurement").click();
    const adding = page.locator("form").first();
    await adding.getByLabel("計測日").fill("2025-10-01");
    await adding.getByLabel("体重").fill("8.2");
    await adding.getByTestId("form-save").click();
    await page.getByTestId("measurement").filter({ hasText: "8.2 kg" }).waitFor();

    // Newest first: the entry being corrected is second, its form still open
    // with what was typed and its explanation, and focus back on the add button.
    const correcting = page.getByTestId("measurement").nth(1);
    assert.equal(await correcting.getByLabel("体重").inputValue(), "7900");
    assert.equal(await correcting.locator(".field__error").filter({ hasText: "7.9 kg" }).count(), 1);
    await page.waitForFunction(() => document.activeElement?.dataset.testid === "add-measurement");
    await correcting.getByLabel("体重").fill("7.9");
    await correcting.getByTestId("form-save").click();
    await page.getByTestId("measurement").filter({ hasText: "7.9 kg" }).waitFor();
    assert.deepEqual(JSON.parse(await stored(page)).record.children[0].measurements.map((m) => m.weight_g).sort(), [7900, 8200]);

    // A form that was closed keeps nothing: opened again, it starts empty.
    await page.getByTestId("add-measurement").click();
    await page.getByLabel("体重").fill("9.9");
    await page.getByRole("button", { name: "やめる" }).click();
    await page.getByTestId("add-measurement").click();
    assert.equal(await page.getByLabel("体重").inputValue(), "");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("a prenatal checkup with high blood pressure and protein says when not to wait, and where to talk", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + "record");
    await appReady(page);
    await page.getByTestId("add-pregnancy").click();
    await page.fill("#preg-edd", new Date(Date.now() + 60 * 86400000).toISOString().slice(0, 10));
    await page.getByTestId("form-save").click();
    await page.waitForURL(/\/record\/pregnancy\/\d+$/);
    await page.getByTestId("add-checkup").click();
    await page.fill("#pc-date", new Date(Date.now() - 7 * 86400000).toISOString().slice(0, 10));
    await page.fill("#pc-weeks", "30");
    await page.fill("#pc-bp-systolic", "145");
    await page.fill("#pc-bp-diastolic", "92");
    await page.selectOption("#pc-urine-protein", "plus1");
    await page.getByTestId("form-save").click();
    const notes = page.getByTestId("prenatal-note");
    await notes.first().waitFor();
    assert.equal(await notes.count(), 2);
    assert.match(await notes.first().textContent(), /140\/90 mmHg以上.*診断ではありません.*次の健診を待たずに/);
    assert.match(await notes.nth(1).textContent(), /尿たんぱく/);
    // Someone to talk to, about the pregnancy.
    await page.getByTestId("pregnancy-consult").click();
    await page.waitForURL(/\/consult\?child=pregnancy$/);
    await appReady(page);
    assert.equal(await page.locator("#share-about").inputValue(), "pregnancy");
    assert.match(await page.getByTestId("share-preview").textContent(), /妊娠/);
    await context.close();
  });

  it("the birth starts the child's own record, and a twin's: date, weeks and measurements are not typed twice", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await page.goto(app.server.url + "record");
    await appReady(page);
    await page.getByTestId("add-pregnancy").click();
    // Local dates, as the app counts them.
    const day = (offset) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return d.toLocaleDateString("sv-SE");
    };
    await page.fill("#preg-edd", day(3));
    await page.getByTestId("form-save").click();
    await page.waitForURL(/\/record\/pregnancy\/\d+$/);
    const pregnancy = page.url();
    // Home says how far along, and leads to the pregnancy's page.
    await page.goto(app.server.url);
    await appReady(page);
    assert.match(await page.getByTestId("home-pregnancy").textContent(), /妊娠39週4日です/);
    await page.getByTestId("home-pregnancy").click();
    await page.waitForURL(pregnancy);
    await appReady(page);
    // A checkup's weeks left blank are the due date's count for its day (39+4).
    await page.getByTestId("add-checkup").click();
    await page.getByTestId("form-save").click();
    await page.getByTestId("checkup").filter({ hasText: "39週4日" }).waitFor();
    // Weeks that do not fit the due date are caught.
    await page.getByTestId("add-birth").click();
    await page.fill("#birth-date", day(-1));
    await page.fill("#birth-weeks", "30");
    await page.fill("#birth-weight", "3120");
    await page.fill("#birth-length", "49.5");
    await page.getByTestId("form-save").click();
    await page.locator("#birth-weeks[aria-invalid=true]").waitFor();
    assert.match(await page.locator(".form").textContent(), /39週3日ごろ/);
    await page.fill("#birth-weeks", "39");
    await page.fill("#birth-days", "3");
    await page.getByTestId("form-save").click();
    await page.getByTestId("birth").waitFor();
    await page.getByTestId("add-child-from-birth").click();
    assert.equal(await page.inputValue("#child-birth-date"), day(-1));
    assert.equal(await page.inputValue("#child-gestation-weeks"), "39");
    await page.fill("#child-name", "ゆい");
    await page.getByTestId("form-save").click();
    await page.waitForURL(/\/record\/child\/\d+$/);
    await appReady(page);
    await page.getByTestId("measurement").filter({ hasText: "3.12 kg" }).waitFor();
    // Once done, the pregnancy offers a twin's record (date and weeks, not the
    // first baby's weight), and no longer the pregnancy's Talk link.
    await page.goto(pregnancy);
    await appReady(page);
    await page.getByTestId("birth").waitFor();
    assert.match(await page.getByTestId("child-from-birth").textContent(), /双子/);
    assert.equal(await page.getByTestId("pregnancy-consult").count(), 0);
    await page.getByTestId("add-child-from-birth").click();
    assert.equal(await page.inputValue("#child-birth-date"), day(-1));
    await page.fill("#child-name", "あおい");
    await page.getByTestId("form-save").click();
    await page.waitForURL(/\/record\/child\/\d+$/);
    await appReady(page);
    await page.getByRole("heading", { level: 1, name: "あおい" }).waitFor();
    assert.equal(await page.getByTestId("measurement").count(), 0);
    await page.goto(pregnancy);
    await appReady(page);
    // Deleting the pregnancy says what goes with it (then cancelled).
    await page.getByTestId("delete").first().click();
    assert.match(await page.locator(".confirm__text").textContent(), /妊婦健診: 1回、出産の記録: 1件/);
    await page.getByRole("button", { name: "やめる" }).click();
    // The list tells it by its birth date now.
    await page.goto(app.server.url + "record");
    await appReady(page);
    assert.match(await page.getByTestId("pregnancy-card").textContent(), new RegExp(`出生日: `));
    await page.goto(app.server.url);
    await appReady(page);
    assert.equal(await page.getByTestId("home-pregnancy").count(), 0, "born: no longer on home as a pregnancy");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("asks before deleting, and deletes only when confirmed", async () => {
    const { page, context } = await openPage(app.browser);
    await addChild(page, { name: "はると" });
    await addMeasurement(page, { weight: "9.1" });
    await page.getByTestId("measurement").first().waitFor();
    await page.getByTestId("measurement").first().getByTestId("delete").click();
    assert.match(await page.locator(".confirm__text").textContent(), /削除/);
    await focusOn(page, "cancel-delete", "focus goes to the confirmation, on cancel");
    // A second Enter (a key pressed twice) cancels rather than deletes.
    await page.keyboard.press("Enter");
    await focusOn(page, "delete", "cancelling returns focus to Delete");
    assert.equal(await page.getByTestId("measurement").count(), 1);
    await page.getByTestId("measurement").first().getByTestId("delete").click();
    await page.getByTestId("confirm-delete").click();
    await page.getByText("まだ計測の記録はありません。").waitFor();
    await context.close();
  });

  it("shows markup typed by the family as text", async () => {
    const { page, context } = await openPage(app.browser);
    let dialogs = 0;
    page.on("dialog", async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    await addChild(page, { name: "<img src=x onerror=alert(1)>" });
    await page.getByTestId("add-note").click();
    await page.fill("#note-text", "<script>alert(2)</script><b>太字?</b>");
    await page.getByTestId("form-save").click();
    await page.getByTestId("note").first().waitFor();
    assert.equal(await page.locator("#page-title").textContent(), "<img src=x onerror=alert(1)>");
    assert.match(await page.getByTestId("note").first().textContent(), /<script>alert\(2\)<\/script><b>太字\?<\/b>/);
    assert.equal(await page.locator("main img, main b, main script").count(), 0);
    assert.equal(dialogs, 0);
    await context.close();
  });
});

describe("backup", () => {
  it("export, delete all, import gives back an identical record", async () => {
    const { page, context } = await openPage(app.browser);
    await addChild(page);
    await addMeasurement(page, { weight: "6.45", length: "61.5" });
    await page.getByTestId("measurement").first().waitFor();
    const first = JSON.parse(await exportBackup(page));
    assert.equal(first.format, "sukusuku-backup");
    assert.equal(first.record.children[0].measurements[0].length_mm, 615);

    await page.getByTestId("delete-all-data").click();
    // What will go is counted, and only what there is.
    const warning = await page.locator("#delete-all-warning").textContent();
    assert.match(warning, /（お子さん1人・計測1件）/);
    assert.doesNotMatch(warning, /0件|0回|0人/);
    await page.getByTestId("confirm-delete-all").click();
    assert.equal(await stored(page), null);
    await page.goto(app.server.url + "record");
    await appReady(page);
    assert.equal(await page.getByTestId("child-card").count(), 0);

    await page.goto(app.server.url + "settings");
    await appReady(page);
    await page.getByTestId("import-backup").setInputFiles({
      name: "backup.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(first)),
    });
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    assert.match(await preview.textContent(), /ゆい/);
    // Nothing here to lose; with a record, the safe step comes first (below).
    assert.match(await preview.textContent(), /今の記録（記録なし）は消えて.*元に戻せない/);
    assert.equal(await preview.locator("button").first().getAttribute("data-testid"), "import-export-first");
    assert.equal(await stored(page), null, "nothing is written before the family confirms");
    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-done").waitFor();

    const second = JSON.parse(await exportBackup(page));
    assert.deepEqual(second.record, first.record);
    await context.close();
  });

  it("dates an export by the family's calendar, and the preview of a chosen file takes focus", async () => {
    const { page, context: tokyo, errors } = await openPage(app.browser, { timezoneId: "Asia/Tokyo" });
    // 07:30 on 24 November in Japan is still the 23rd in UTC.
    await page.clock.setFixedTime(new Date("2026-11-23T22:30:00Z"));
    await addChild(page);
    const file = await exportBackup(page);
    assert.match(await page.getByTestId("last-export").textContent(), /2026年11月24日/);
    await page.waitForFunction(() => document.querySelector("[data-testid=announcer]")?.textContent.startsWith("バックアップを書き出しました。"));
    // Seen too, since a download can go unnoticed on a phone.
    assert.match(await page.getByTestId("export-done").textContent(), /なくさない場所に保管/);
    await page.getByTestId("import-backup").setInputFiles({ name: "b.json", mimeType: "application/json", buffer: Buffer.from(file) });
    await page.getByTestId("import-preview").waitFor();
    assert.match(await page.getByTestId("import-preview").textContent(), /2026年11月24日/);
    await page.waitForFunction(() => document.activeElement?.id === "import-preview-title");
    assert.deepEqual(errors, []);
    await tokyo.close();
  });

  it("refuses every malformed file with its own message and leaves the record byte-for-byte unchanged", async () => {
    const { page, context } = await openPage(app.browser);
    await addChild(page);
    await addMeasurement(page, { weight: "5.2" });
    await page.getByTestId("measurement").first().waitFor();
    await page.goto(app.server.url + "settings");
    await appReady(page);
    const before = await stored(page);
    const messages = new Set();
    const files = readdirSync(BAD_BACKUPS).sort();
    assert.ok(files.length >= 15);
    for (const file of files) {
      await page.getByTestId("import-backup").setInputFiles(join(BAD_BACKUPS, file));
      const error = page.locator("[role=alert] [data-testid=import-error]");
      await error.waitFor();
      const text = await error.textContent();
      assert.ok(text.length > 20, `${file}: ${text}`);
      // In the family's words, and saying their record is safe.
      assert.doesNotMatch(text, /[\[_`]|。。/, `${file}: ${text}`);
      assert.match(text, /今の記録はそのままで/, `${file}: ${text}`);
      messages.add(text);
      assert.equal(await page.getByTestId("import-preview").count(), 0, `${file}: no preview`);
      assert.equal(await stored(page), before, `${file}: the stored record is unchanged`);
    }
    assert.ok(messages.size >= 15, `${messages.size} distinct messages`);
    await context.close();
  });

  it("restores a record an earlier version let a dose predate the birth in, and says what to check", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + "settings");
    await appReady(page);
    await page.getByTestId("import-backup").setInputFiles("tests/fixtures/backups/good/dose-before-birth-from-an-earlier-version.json");
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    assert.match(await preview.getByTestId("import-before-birth").textContent(), /1件は、生まれた日より前/);
    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-done").waitFor();
    assert.equal(JSON.parse(await stored(page)).record.children[0].vaccinations.length > 0, true);
    await context.close();
  });

  it("says so when the browser cannot open the chosen file, instead of calling it malformed", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + "settings");
    await appReady(page);
    // What Chromium does when a chosen file was moved or deleted before it is read.
    await page.evaluate(() => {
      File.prototype.text = () => Promise.reject(new DOMException("gone", "NotReadableError"));
    });
    await page.getByTestId("import-backup").setInputFiles({
      name: "backup.json",
      mimeType: "application/json",
      buffer: Buffer.from("{}"),
    });
    const error = page.locator("[role=alert] [data-testid=import-error]");
    await error.waitFor();
    const text = await error.textContent();
    assert.match(text, /開けませんでした/);
    assert.doesNotMatch(text, /行目/, "no line and column for a file that was never read");
    await context.close();
  });
});

describe("reminders", () => {
  it("asks the browser to keep the record at the first save, and reminds to export after 30 days", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + "settings");
    await appReady(page);
    const before = await page.getByTestId("persist-status").textContent();
    await addChild(page);
    await page.goto(app.server.url + "settings");
    await appReady(page);
    assert.notEqual(await page.getByTestId("persist-status").textContent(), before, "the answer is shown");
    assert.match(await page.getByTestId("last-export").textContent(), /まだ/);

    await page.goto(app.server.url);
    await appReady(page);
    assert.equal(await page.getByTestId("export-reminder").count(), 0, "no reminder for a record made today");
    await page.evaluate((key) => {
      const envelope = JSON.parse(localStorage.getItem(key));
      envelope.created_at = "2026-01-01T00:00:00Z";
      localStorage.setItem(key, JSON.stringify(envelope));
    }, RECORD_KEY);
    await page.reload();
    await appReady(page);
    await page.getByTestId("export-reminder").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-reminder").getByRole("button").click()]);
    assert.ok(download.suggestedFilename().startsWith("sukusuku-backup-"));
    await page.getByTestId("export-reminder").waitFor({ state: "detached" });
    await context.close();
  });
});

describe("storage trouble", () => {
  it("a second tab sees changes, and its own change lands on top of the newer record", async () => {
    const { page: tabA, context } = await openPage(app.browser);
    await addChild(tabA, { name: "たろう" });
    const tabB = await context.newPage();
    await tabB.goto(app.server.url + "record");
    await appReady(tabB);
    assert.equal(await tabB.getByTestId("child-card").count(), 1);

    // Tab A adds a second child; tab B updates through the storage event.
    await addChild(tabA, { name: "はなこ" });
    await tabB.getByTestId("child-card").nth(1).waitFor();
    assert.match(await tabB.getByTestId("updated-elsewhere").textContent(), /別のタブ/);

    // Both tabs write: nothing is lost.
    await addChild(tabB, { name: "じろう" });
    await tabA.goto(app.server.url + "record");
    await appReady(tabA);
    const names = await tabA.getByTestId("child-card").locator(".card__title").allTextContents();
    assert.deepEqual(names.sort(), ["じろう", "たろう", "はなこ"].sort());
    await context.close();
  });

  it("a change saved in another tab keeps what this tab is typing, and where", async () => {
    const { page: tabA, context } = await openPage(app.browser);
    await addChild(tabA, {});
    const addNote = async (tab, text) => {
      await tab.getByTestId("add-note").click();
      await tab.getByRole("textbox", { name: "メモ", exact: true }).fill(text);
      await tab.getByTestId("form-save").click();
      await tab.getByTestId("note").filter({ hasText: text }).waitFor();
    };
    await addNote(tabA, "寝返り");
    const tabB = await context.newPage();
    await tabB.goto(tabA.url());
    await appReady(tabB);
    await tabB.getByTestId("note").first().getByRole("button", { name: "編集" }).click();
    const field = tabB.getByTestId("note").first().getByRole("textbox", { name: "メモ", exact: true });
    await field.fill("寝返りの練習");
    await field.focus();

    await addNote(tabA, "タブAのメモ");
    await tabB.getByTestId("note").filter({ hasText: "タブAのメモ" }).waitFor();
    const stillEditing = tabB.locator("[data-testid=note] form").getByRole("textbox", { name: "メモ", exact: true });
    assert.equal(await stillEditing.inputValue(), "寝返りの練習");
    // Still typing into the same field, without reaching for it again.
    await tabB.keyboard.type("をした");
    assert.equal(await stillEditing.inputValue(), "寝返りの練習をした");
    await tabB.locator("[data-testid=note] form").getByTestId("form-save").click();
    await tabB.getByTestId("note").filter({ hasText: "寝返りの練習をした" }).waitFor();
    const notes = JSON.parse(await stored(tabB)).record.children[0].notes.map((n) => n.text);
    assert.deepEqual(notes.sort(), ["タブAのメモ", "寝返りの練習をした"].sort());
    await context.close();
  });

  it("the questions for the nurse are saved as they are typed, and a change from another tab leaves them be", async () => {
    const { page: tabA, context, errors } = await openPage(app.browser);
    await addChild(tabA, {});
    const child = tabA.url();
    await tabA.getByTestId("open-summary").click();
    const questions = tabA.getByTestId("summary-questions");
    await questions.click();
    await tabA.keyboard.type("ことばについて");
    // Saved without leaving the field (a phone may close the tab from here).
    await tabA.waitForFunction(
      (key) => JSON.parse(localStorage.getItem(key)).record.children[0].questions_for_nurse === "ことばについて",
      RECORD_KEY,
    );
    const tabB = await context.newPage();
    await tabB.goto(child);
    await appReady(tabB);
    await addMeasurement(tabB, { date: "2025-09-01", weight: "7.5" });
    await tabA.getByTestId("updated-elsewhere").waitFor();
    assert.equal(await questions.inputValue(), "ことばについて");
    await tabA.keyboard.type("聞きたい");
    await tabA.waitForFunction(
      (key) => JSON.parse(localStorage.getItem(key)).record.children[0].questions_for_nurse === "ことばについて聞きたい",
      RECORD_KEY,
    );
    assert.equal(JSON.parse(await stored(tabA)).record.children[0].measurements.length, 1, "the other tab's entry is kept");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("the questions for the nurse: too long is explained and not saved; leaving at once keeps the last words", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await addChild(page, {});
    await page.getByTestId("open-summary").click();
    const questions = page.getByTestId("summary-questions");
    const saved = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key)).record.children[0].questions_for_nurse, RECORD_KEY);
    await questions.fill("あ".repeat(2001));
    await page.locator("#summary-questions-error").filter({ hasText: "2000文字以内" }).waitFor();
    assert.equal(await saved(), "", "nothing saved while it is too long");
    await questions.fill("ことばについて");
    await page.waitForFunction(() => document.getElementById("summary-questions-error").textContent === "");
    // Typing, then the phone hides the page (another app, the tab closed) at once: written there and then.
    await questions.focus();
    await page.keyboard.type("と");
    const whenHidden = await page.evaluate((key) => {
      document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
      return JSON.parse(localStorage.getItem(key)).record.children[0].questions_for_nurse;
    }, RECORD_KEY);
    assert.equal(whenHidden, "ことばについてと");
    await page.keyboard.press("Backspace");
    // Typing, then straight back to the child's page with the browser's Back (the field never loses focus).
    await questions.focus();
    await page.keyboard.type("聞きたい");
    await page.goBack();
    await page.getByTestId("child-summary").waitFor();
    await page.waitForTimeout(600);
    assert.equal(await saved(), "ことばについて聞きたい");
    assert.deepEqual(errors, [], "no crash when the page goes before the pause is over");
    await context.close();
  });

  it("a full disk shows a lasting warning, keeps the entry on screen, and saves once space is back", async () => {
    const { page, context } = await openPage(app.browser);
    await diskThatFills(page);
    await addChild(page);
    const before = await stored(page);
    await page.evaluate(() => (window.__diskFull = true));
    await addMeasurement(page, { weight: "8.4" });
    const warning = page.locator("[role=alert] [data-testid=storage-warning]");
    await warning.waitFor();
    assert.match(await warning.textContent(), /容量/);
    assert.match(await page.getByTestId("measurement").first().textContent(), /8\.4 kg/, "the entry stays on screen");
    assert.equal(await stored(page), before, "the last good copy is untouched");
    await page.getByTestId("nav-home").click();
    assert.equal(await warning.count(), 1, "the warning lasts across pages");

    // Starting the demo would start the page again: the family is asked first, and may stay.
    await page.getByTestId("nav-settings").click();
    const asked = [];
    page.once("dialog", async (dialog) => {
      asked.push(dialog.message());
      await dialog.dismiss();
    });
    await page.getByTestId("demo-enter").click();
    await page.waitForTimeout(300);
    assert.match(asked[0] ?? "", /保存できていない変更/);
    assert.doesNotMatch(page.url(), /demo=1/, "staying keeps the page");
    assert.equal(await warning.count(), 1, "and what was not saved");
    await page.goBack();

    await page.evaluate(() => (window.__diskFull = false));
    await page.goBack();
    await addMeasurement(page, { date: "2025-10-01", weight: "8.9" });
    await page.waitForFunction(() => !document.querySelector("[data-testid=storage-warning]"));
    const record = JSON.parse(await stored(page));
    assert.equal(record.record.children[0].measurements.length, 2, "what was kept in memory is saved too");
    await context.close();
  });

  it("closing a tab that holds a change it could not save asks first; with everything saved it does not", async () => {
    const { page, context } = await openPage(app.browser);
    await diskThatFills(page);
    await addChild(page);
    const asked = [];
    page.on("dialog", async (dialog) => {
      asked.push(dialog.type());
      await dialog.dismiss();
    });
    await page.evaluate(() => (window.__diskFull = true));
    await addMeasurement(page, { weight: "8.4" });
    await page.locator("[role=alert] [data-testid=storage-warning]").waitFor();
    await page.close({ runBeforeUnload: true });
    await page.waitForTimeout(300);
    assert.deepEqual(asked, ["beforeunload"], "the browser asks before the change is lost");

    const saved = await context.newPage();
    const none = [];
    saved.on("dialog", async (dialog) => {
      none.push(dialog.type());
      await dialog.accept();
    });
    await saved.goto(app.server.url + "record");
    await appReady(saved);
    await saved.getByTestId("add-pregnancy").click();
    await saved.getByTestId("form-save").click();
    await saved.waitForURL(/pregnancy/);
    await saved.close({ runBeforeUnload: true });
    await new Promise((done) => setTimeout(done, 300));
    assert.deepEqual(none, []);
    await context.close();
  });

  it("a tab that could not save never writes over what another tab saved meanwhile, and can export its own", async () => {
    const { page: tabA, context } = await openPage(app.browser);
    await diskThatFills(tabA);
    await addChild(tabA);
    await tabA.reload();
    await appReady(tabA);
    await tabA.evaluate(() => (window.__diskFull = true));
    await addMeasurement(tabA, { weight: "8.4" });
    const warning = tabA.locator("[role=alert] [data-testid=storage-warning]");
    await warning.waitFor();

    const tabB = await context.newPage();
    await tabB.goto(tabA.url());
    await appReady(tabB);
    await addMeasurement(tabB, { date: "2025-10-01", weight: "9.0" });
    await tabA.waitForFunction(() => /別のタブ/.test(document.querySelector("[data-testid=storage-warning]")?.textContent));
    assert.match(await tabA.getByTestId("measurement").first().textContent(), /8\.4 kg/, "tab A still shows its entry");

    await tabA.evaluate(() => (window.__diskFull = false));
    await addMeasurement(tabA, { date: "2025-11-01", weight: "9.5" });
    const weights = (text) => JSON.parse(text).record.children[0].measurements.map((m) => m.weight_g);
    assert.deepEqual(weights(await stored(tabA)), [9000], "tab B's save is not written over");
    const [download] = await Promise.all([tabA.waitForEvent("download"), warning.getByRole("button").click()]);
    const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
    assert.deepEqual(exported.record.children[0].measurements.map((m) => m.weight_g).sort(), [8400, 9500]);
    await context.close();
  });

  it("unreadable stored data is kept aside, never replaced, and can be saved as a file", async () => {
    const { page, context } = await openPage(app.browser);
    const garbage = '{"schema_version":1,"record":{"children":[{"name":"ゆ';
    await page.goto(app.server.url);
    await appReady(page);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [RECORD_KEY, garbage]);
    await page.reload();
    await appReady(page);
    await page.getByTestId("quarantine-notice").waitFor();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("sukusuku.quarantine.")).map((k) => localStorage.getItem(k)),
    );
    assert.deepEqual(kept, [garbage]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("quarantine-notice").getByRole("button").click(),
    ]);
    assert.equal(readFileSync(await download.path(), "utf8"), garbage);

    // In Settings it can be deleted, but only once confirmed: it may be the only copy.
    await page.goto(app.server.url + "settings");
    await appReady(page);
    const quarantineCount = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("sukusuku.quarantine.")).length);
    await page.getByTestId("delete").click();
    await page.getByTestId("confirm-delete").waitFor();
    assert.equal(await quarantineCount(), 1, "one tap does not delete it");
    await page.getByTestId("confirm-delete").click();
    await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith("sukusuku.quarantine.")));
    await context.close();
  });

  it("a record saved by a newer version is exported as stored, never as an empty backup", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url);
    await appReady(page);
    const newer = JSON.stringify({
      schema_version: 99,
      write_count: 9,
      record: { children: [{ id: 1, name: "ゆい", birth_date: "2025-05-14", a_field_from_the_future: 1 }] },
    });
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [RECORD_KEY, newer]);
    await page.goto(app.server.url + "settings");
    await appReady(page);
    await page.getByTestId("storage-warning").waitFor();
    const lastExport = await page.getByTestId("last-export").textContent();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-backup").click()]);
    assert.equal(readFileSync(await download.path(), "utf8"), newer, "the stored text, as it is");
    assert.doesNotMatch(download.suggestedFilename(), /backup/, "not named as a backup it is not");
    assert.equal(await page.getByTestId("last-export").textContent(), lastExport, "no export date recorded");
    assert.equal(await stored(page), newer, "the newer record is untouched");
    // Deleting everything says that this record goes too, though it counts
    // nothing, and offers to save it first.
    await page.getByTestId("delete-all-data").click();
    assert.match(await page.getByTestId("delete-all-unread").textContent(), /読み取れなかったデータ/);
    const [unread] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("group").getByRole("button", { name: "読み取れなかったデータを書き出す" }).click(),
    ]);
    assert.equal(readFileSync(await unread.path(), "utf8"), newer);
    // Chosen for import, that file is named for what it is, not "not a backup".
    await page.getByRole("group").getByRole("button", { name: "やめる" }).click();
    await page.getByTestId("import-backup").setInputFiles(await unread.path());
    assert.match(await page.getByTestId("import-error").textContent(), /新しいバージョンのアプリで作られた/);
    await context.close();
  });
});
