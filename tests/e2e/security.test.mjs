// Nothing the family types or imports can run as code: script and markup
// payloads typed into every free-text field of the forms, in every
// free-text field of an imported record and in every text of a municipality's
// file render as text; the page's policy forbids inline script; nothing
// leaves the app's origin.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addDays, appReady, copyOfBuild, dateBefore, openPage, session, startServer } from "./helpers.mjs";

const app = session();

// Short enough for name fields (40 characters).
const PAYLOADS = [
  `<img src=x onerror=__pwned='img'>`,
  `<script>__pwned='script'</script>`,
  `"><svg onload=__pwned='svg'>`,
  `javascript:__pwned='href'`,
];
// For the 20-character lot number; alert() is caught by `watchForScript`.
const SHORT_PAYLOAD = `<svg/onload=alert()>`;

/** Elements a payload would have created, had it been parsed as markup. */
const INJECTED = "main img[src=x], main svg[onload], main script, body > svg[onload]";

/** Makes any alert() or dialog mark the page as having run injected code. */
async function watchForScript(page) {
  await page.addInitScript(() => {
    window.alert = () => (window.__pwned = "alert");
  });
  page.on("dialog", (dialog) => dialog.dismiss().catch(() => {}));
}

const pwned = (page) => page.evaluate(() => window.__pwned ?? null);

/** The n-th payload, numbered so no two fields hold the same text (35 characters at most). */
const numbered = (n) => `${PAYLOADS[n % PAYLOADS.length]}${n}`;

/**
 * The free-text fields the record's forms declare (FieldKind::Text or
 * LongText in the pure form tables), so a new one cannot go untested.
 */
function declaredFreeTextFields() {
  const ids = new Set();
  for (const file of ["src/domain/forms.rs", "src/domain/schedule_forms.rs"]) {
    for (const m of readFileSync(file, "utf8").matchAll(/field\("([a-z-]+)",\s*Key::\w+,\s*FieldKind::(?:Text|LongText)\)/g)) ids.add(m[1]);
  }
  return ids;
}

/** Fills every free-text field of the open form with a payload; records which. */
async function poisonOpenForm(page, typed) {
  const fields = page.locator("form textarea:visible, form input[type=text]:not([inputmode]):visible");
  const count = await fields.count();
  assert.ok(count > 0, "the open form has a free-text field");
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    const id = await field.getAttribute("id");
    // Each field its own text, so each is found on screen on its own.
    const payload = id === "dose-lot" ? SHORT_PAYLOAD : numbered(typed.size);
    await field.fill(payload);
    typed.set(id, payload);
  }
}

/** Saves the open form and waits for it to close (a refused save fails with its errors). */
async function save(page) {
  await page.getByTestId("form-save").click();
  const closed = await page
    .locator("form")
    .first()
    .waitFor({ state: "detached", timeout: 5000 })
    .then(() => true, () => false);
  if (!closed) assert.fail(`the form was not saved: ${await page.locator("form").first().textContent()}`);
}

/** The good fixture with its own payload in every free-text field; returns it and the payloads. */
function poisonedBackup() {
  const backup = JSON.parse(readFileSync("tests/fixtures/backups/good/family-v2.json", "utf8"));
  const used = [];
  const next = () => {
    used.push(numbered(used.length));
    return used.at(-1);
  };
  const r = backup.record;
  for (const c of r.caregivers) Object.assign(c, { name: next(), relation: next() });
  for (const p of r.pregnancies) {
    p.notes = next();
    for (const c of p.checkups) c.notes = next();
    if (p.birth) p.birth.notes = next();
  }
  for (const c of r.children) {
    c.name = next();
    c.questions_for_nurse = next();
    for (const f of c.firsts) if (f.kind === null) f.label = next();
    for (const note of c.notes) note.text = next();
    for (const v of c.vaccinations ?? []) v.given.lot = SHORT_PAYLOAD;
    for (const v of c.checkup_visits ?? []) Object.assign(v, { place: next(), notes: next() });
  }
  return { file: JSON.stringify(backup, null, 2), payloads: [...used, SHORT_PAYLOAD] };
}

/** Visits each route: nothing ran, no element was injected; returns the pages' text. */
async function visitAll(page, base, routes) {
  let text = "";
  for (const route of routes) {
    await page.goto(base + route);
    await appReady(page);
    await page.waitForTimeout(100);
    assert.equal(await pwned(page), null, `/${route}`);
    assert.equal(await page.locator(INJECTED).count(), 0, `/${route} has injected elements`);
    text += await page.locator("body").textContent();
  }
  return text;
}

describe("payloads render as text", () => {
  it("typed into every free-text field of every form, they are saved and shown as text, and nothing runs", async () => {
    const { page, context, requests } = await openPage(app.browser);
    await watchForScript(page);
    const typed = new Map();
    const today = dateBefore(0);

    await page.goto(app.server.url + "record");
    await appReady(page);
    await page.getByTestId("add-caregiver").click();
    await poisonOpenForm(page, typed);
    await save(page);

    await page.getByTestId("add-pregnancy").click();
    await page.fill("#preg-edd", addDays(today, 60));
    await poisonOpenForm(page, typed);
    await page.getByTestId("form-save").click();
    await page.waitForURL(/\/record\/pregnancy\/\d+$/);
    const pregnancy = new URL(page.url()).pathname.slice(1);
    await page.getByTestId("add-checkup").click();
    await page.fill("#pc-date", addDays(today, -7));
    await page.fill("#pc-weeks", "30");
    await page.fill("#pc-days", "2");
    await poisonOpenForm(page, typed);
    await save(page);
    await page.getByTestId("add-birth").click();
    await page.fill("#birth-date", addDays(today, -1));
    await page.fill("#birth-weeks", "31");
    await page.fill("#birth-days", "2");
    await page.fill("#birth-weight", "1800");
    await poisonOpenForm(page, typed);
    await save(page);

    await page.goto(app.server.url + "record");
    await appReady(page);
    await page.getByTestId("add-child").click();
    await page.fill("#child-birth-date", dateBefore(18, 5));
    await poisonOpenForm(page, typed);
    await page.getByTestId("form-save").click();
    await page.waitForURL(/\/record\/child\/\d+$/);
    await appReady(page);
    const child = new URL(page.url()).pathname.slice(1);

    await page.getByTestId("add-first").click();
    await page.selectOption("#first-kind", "other");
    await page.fill("#first-date", dateBefore(2));
    await poisonOpenForm(page, typed);
    await save(page);
    await page.getByTestId("add-note").click();
    await page.fill("#note-date", today);
    await poisonOpenForm(page, typed);
    await save(page);
    await page.locator("[data-testid=record-dose]:visible").first().click();
    await page.fill("#dose-date", addDays(today, -2));
    if (await page.locator("#dose-product").isVisible()) await page.selectOption("#dose-product", { index: 1 });
    await poisonOpenForm(page, typed);
    await save(page);
    await page.locator("[data-testid=record-checkup-visit]:visible").first().click();
    await page.fill("#visit-date", addDays(today, -3));
    await poisonOpenForm(page, typed);
    await save(page);

    const declared = declaredFreeTextFields();
    assert.ok(declared.size >= 11, `found the form tables' free-text fields: ${[...declared]}`);
    assert.deepEqual([...declared].filter((id) => !typed.has(id)), [], "every declared free-text field was typed into");

    // The two free-text fields outside the record's forms.
    await page.goto(app.server.url + child + "/summary");
    await appReady(page);
    await page.fill("#summary-questions", PAYLOADS.join("\n"));
    await page.locator("#summary-questions").blur();
    await page.goto(app.server.url + "consult");
    await appReady(page);
    await page.fill("#share-note", PAYLOADS.join(" "));
    assert.match(await page.getByTestId("share-preview").textContent(), /<script>__pwned='script'<\/script>/);
    assert.equal(await pwned(page), null);

    const text = await visitAll(page, app.server.url, ["", "record", child, pregnancy, child + "/summary", "check", "consult"]);
    for (const [id, payload] of typed) assert.ok(text.includes(payload), `${id}'s text is shown as typed`);
    assert.equal(await page.locator("#summary-questions").count(), 0, "left on the Talk page");
    await page.goto(app.server.url + child + "/summary");
    await appReady(page);
    assert.equal(await page.inputValue("#summary-questions"), PAYLOADS.join("\n"), "the questions for the nurse were kept as typed");
    assert.deepEqual(requests.filter((u) => !u.startsWith(app.server.url)), [], "no request left the app's origin");
    await context.close();
  });

  it("an imported record full of markup shows it as text on every page, and nothing runs", async () => {
    const { page, context, requests } = await openPage(app.browser);
    await watchForScript(page);
    await page.goto(app.server.url + "settings");
    await appReady(page);
    const poisoned = poisonedBackup();
    await page.getByTestId("import-backup").setInputFiles({ name: "family.json", mimeType: "application/json", buffer: Buffer.from(poisoned.file) });
    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-done").waitFor();
    const routes = ["", "record", "record/child/4", "record/child/4/summary", "record/pregnancy/2", "check", "consult"];
    const text = await visitAll(page, app.server.url, routes);
    // Every field's payload, the lot number's too, reached the screen as text.
    for (const payload of poisoned.payloads) assert.ok(text.includes(payload), `shown as text: ${payload}`);
    // The share text carries the name as text too.
    await page.goto(app.server.url + "consult");
    await appReady(page);
    await page.fill("#share-note", PAYLOADS.join(" "));
    assert.match(await page.getByTestId("share-preview").textContent(), /<script>__pwned='script'<\/script>/);
    assert.equal(await pwned(page), null);
    assert.deepEqual(requests.filter((u) => !u.startsWith(app.server.url)), [], "no request left the app's origin");
    await context.close();
  });

  it("a municipality's file with markup in every text shows it as text, and nothing runs", async () => {
    const build = copyOfBuild();
    const file = join(build, "municipalities", "demo.json");
    const config = JSON.parse(readFileSync(file, "utf8"));
    const used = [];
    const both = () => {
      used.push(numbered(used.length));
      return { ja: used.at(-1), en: used.at(-1) };
    };
    config.name = both();
    for (const channel of config.channels) Object.assign(channel, { label: both(), ...(channel.description ? { description: both() } : {}) });
    for (const service of config.services) service.label = both();
    writeFileSync(file, JSON.stringify(config, null, 2));
    const server = await startServer(build);
    try {
      for (const locale of ["ja-JP", "en-US"]) {
        const { page, context, requests } = await openPage(app.browser, { locale });
        await watchForScript(page);
        const text = await visitAll(page, server.url, ["", "consult", "settings", "check"]);
        // The file is valid, so it is used: no webmaster panel, its texts on screen as text.
        assert.equal(await page.getByTestId("config-error").count(), 0);
        for (const payload of used) assert.ok(text.includes(payload), `${locale}: shown as text: ${payload}`);
        assert.deepEqual(requests.filter((u) => !u.startsWith(server.url)), [], "no request left the app's origin");
        await context.close();
      }
    } finally {
      await server.close();
    }
  });

  it("the page's policy has no unsafe-inline or unsafe-eval, and blocks an injected inline script", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url);
    await appReady(page);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'/);
    assert.match(policy, /object-src 'none'/);
    assert.match(policy, /base-uri 'none'/);
    assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
    // An inline script added to the page (as an injection would) is refused.
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__pwned = 'inline'";
      document.body.append(s);
    });
    assert.equal(await pwned(page), null);
    await context.close();
  });
});
