// Nothing the family types or imports can run as code: script and markup
// payloads in every free-text field of an imported record and in the forms
// render as text; the page's policy forbids inline script; nothing leaves
// the app's origin.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { appReady, openPage, session } from "./helpers.mjs";

const app = session();

// Short enough for name fields (40 characters).
const PAYLOADS = [
  `<img src=x onerror=__pwned='img'>`,
  `<script>__pwned='script'</script>`,
  `"><svg onload=__pwned='svg'>`,
  `javascript:__pwned='href'`,
];

/** The good fixture with a payload in every free-text field. */
function poisonedBackup() {
  const backup = JSON.parse(readFileSync("tests/fixtures/backups/good/family.json", "utf8"));
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length];
  const r = backup.record;
  for (const c of r.caregivers) Object.assign(c, { name: next(), relation: next() });
  for (const p of r.pregnancies) {
    p.notes = next();
    for (const c of p.checkups) c.notes = next();
    if (p.birth) p.birth.notes = next();
  }
  for (const c of r.children) {
    c.name = next();
    for (const f of c.firsts) if (f.kind === null) f.label = next();
    for (const note of c.notes) note.text = next();
  }
  return JSON.stringify(backup, null, 2);
}

const pwned = (page) => page.evaluate(() => window.__pwned ?? null);

describe("payloads render as text", () => {
  it("an imported record full of markup shows it as text on every page, and nothing runs", async () => {
    const { page, context, requests } = await openPage(app.browser);
    await page.goto(app.server.url + "settings");
    await appReady(page);
    await page.getByTestId("import-backup").setInputFiles({ name: "family.json", mimeType: "application/json", buffer: Buffer.from(poisonedBackup()) });
    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-done").waitFor();
    const pages = ["", "record", "record/child/4", "record/pregnancy/2", "check", "consult"];
    for (const route of pages) {
      await page.goto(app.server.url + route);
      await appReady(page);
      await page.waitForTimeout(100);
      assert.equal(await pwned(page), null, `/${route}`);
      assert.equal(await page.locator("main img[src=x], main svg[onload], main script").count(), 0, `/${route} has injected elements`);
    }
    await page.goto(app.server.url + "record/child/4");
    await appReady(page);
    const text = await page.locator("main").textContent();
    // The child's name and a note, exactly as typed.
    assert.ok(PAYLOADS.filter((p) => text.includes(p)).length >= 2, text);
    // The share text carries the name as text too.
    await page.goto(app.server.url + "consult");
    await appReady(page);
    await page.fill("#share-note", PAYLOADS.join(" "));
    assert.match(await page.getByTestId("share-preview").textContent(), /<script>__pwned='script'<\/script>/);
    assert.equal(await pwned(page), null);
    assert.deepEqual(requests.filter((u) => !u.startsWith(app.server.url)), [], "no request left the app's origin");
    await context.close();
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
