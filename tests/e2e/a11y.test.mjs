// Accessibility: every route, in Japanese and in English, audited with
// axe-core (WCAG 2.1 A and AA rules) with zero serious or critical
// violations; the check answered and records added with the keyboard alone;
// text usable at 200%.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { addChild, addMeasurement, appReady, dateBefore, focusOn, openPage, session, switchLanguage } from "./helpers.mjs";

const AXE = readFileSync("node_modules/axe-core/axe.min.js", "utf8");

const app = session();

/** Serious and critical violations on the page as it is now, one line each. */
async function audit(page) {
  // evaluate() runs outside the page's CSP, so the app's policy stays strict.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  });
  return violations;
}

/** A family with a child, a measurement and a completed check; returns the child's pages. */
async function family(page) {
  await addChild(page, app.server.url, { name: "そら", birth: dateBefore(18, 5) });
  const child = page.url().split("/").pop();
  await page.getByTestId("add-measurement").click();
  await page.fill("#m-date", dateBefore(1));
  await page.fill("#m-weight", "10.2");
  await page.getByTestId("form-save").click();
  await page.getByTestId("measurement").first().waitFor();
  await page.goto(app.server.url + "check");
  await appReady(page);
  await page.getByTestId("start-check").click();
  await page.getByTestId("check-question").waitFor();
  while (!(await page.getByTestId("check-finish").isVisible())) {
    await page.getByTestId("answer-not-yet").click();
    await page.getByTestId("check-next").click();
  }
  await page.getByTestId("answer-yes").click();
  await page.getByTestId("check-finish").click();
  await page.waitForURL(/\/check\/result\//);
  const result = new URL(page.url()).pathname.replace(/^\//, "");
  // A check in progress too, for the question page.
  await page.goto(app.server.url + "check");
  await appReady(page);
  await page.getByTestId("start-check").click();
  await page.getByTestId("check-question").waitFor();
  return ["", "record", `record/child/${child}`, `record/child/${child}/summary`, "check", `check/run/${child}`, result, "consult", "settings", "settings/share", "no-such-page"];
}

/** Opens every route in Japanese, then in English, and calls `visit("ja /record")` on each once it is ready. */
async function visitEveryRoute(page, routes, visit) {
  for (const lang of ["ja", "en"]) {
    if (lang === "en") await switchLanguage(page, "en");
    for (const route of routes) {
      await page.goto(app.server.url + route);
      await appReady(page).catch((e) => { throw new Error(`/${route}: ${e.message}`); });
      await visit(`${lang} /${route}`);
    }
  }
}

/**
 * Tabs from the top of the page round to the top again; returns the
 * visible controls Tab never reached, the ones it focused out of sight
 * behind the fixed bottom navigation, and any positive tabindex (which
 * would reorder the page for keyboard users). Of a group of radio buttons
 * one is enough: the arrow keys move within it.
 */
async function controlsTabMisses(page) {
  const total = await page.evaluate(() => {
    const shown = (el) => el.getClientRects().length > 0 && !el.closest("[inert], details:not([open]) > :not(summary)");
    const controls = [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]")]
      .filter((el) => !el.matches(":disabled") && el.getAttribute("tabindex") !== "-1" && shown(el));
    controls.forEach((el, i) => (el.dataset.kbd = String(i)));
    document.activeElement?.blur();
    window.__reached = new Set();
    window.__hidden = new Set();
    document.addEventListener("focusin", (e) => {
      if (!e.target.dataset?.kbd) return;
      window.__reached.add(e.target.dataset.kbd);
      // Once the key's task, which scrolls the control into view, is over:
      // is it under the navigation? (Unless Tab has already moved on.)
      const target = e.target;
      setTimeout(() => {
        const nav = document.querySelector(".bottom-nav");
        if (!nav || nav.contains(target) || document.activeElement !== target) return;
        // A text area is scrolled to its caret: its first line, or a whole button, must show.
        const box = target.getBoundingClientRect();
        if (Math.min(box.bottom, box.top + 40) > nav.getBoundingClientRect().top + 1) window.__hidden.add(target.dataset.kbd);
      });
    });
    return controls.length;
  });
  for (let i = 0; i < total + 5; i++) await page.keyboard.press("Tab");
  await page.evaluate(() => new Promise((done) => setTimeout(done)));
  return page.evaluate(() => {
    const reached = window.__reached;
    const missed = [...document.querySelectorAll("[data-kbd]")].filter((el) => !reached.has(el.dataset.kbd));
    const radioGroupsReached = new Set(
      [...document.querySelectorAll("input[type=radio][data-kbd]")].filter((el) => reached.has(el.dataset.kbd)).map((el) => el.name),
    );
    const described = (el) => `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ""} "${(el.textContent || el.getAttribute("aria-label") || el.id || "").trim().slice(0, 30)}"`;
    const positive = [...document.querySelectorAll("[tabindex]")].filter((el) => Number(el.getAttribute("tabindex")) > 0);
    const hidden = [...document.querySelectorAll("[data-kbd]")].filter((el) => window.__hidden.has(el.dataset.kbd));
    return [
      ...missed.filter((el) => !(el.type === "radio" && radioGroupsReached.has(el.name))).map(described),
      ...hidden.map((el) => `focused behind the bottom navigation: ${described(el)}`),
      ...positive.map((el) => `positive tabindex on ${described(el)}`),
    ];
  });
}

/** What `check(page)` finds on every route of a family's app in both languages, each with where. */
async function onEveryRoute(check) {
  const { page, context } = await openPage(app.browser);
  const found = [];
  await visitEveryRoute(page, await family(page), async (where) => {
    for (const problem of await check(page)) found.push(`${where}: ${problem}`);
  });
  await context.close();
  return found;
}

describe("accessibility", () => {
  it("on every route, in both languages, Tab reaches every visible control, never out of sight behind the navigation", async () => {
    assert.deepEqual(await onEveryRoute(controlsTabMisses), []);
  });

  it("every route in both languages has no serious or critical axe violations", async () => {
    assert.deepEqual(await onEveryRoute(audit), []);
  });

  it("the check can be answered and finished with the keyboard alone, and tells a screen reader where it is and what came out", async () => {
    const { page, context } = await openPage(app.browser);
    await addChild(page, app.server.url, { name: "そら", birth: dateBefore(18, 5) });
    await page.goto(app.server.url + "check");
    await appReady(page);
    await page.getByTestId("start-check").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("check-question").waitFor();
    const progress = page.getByTestId("check-progress");
    assert.equal(await progress.getAttribute("aria-live"), "polite");
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "そらの発達のめやすチェック", "the heading says whose check it is");
    for (let n = 0; n < 40; n++) {
      // The live region says which question of how many, and in which area;
      // after the first, focus is on the question itself, so it is read next
      // (the first is read after the page's heading, which has focus then).
      assert.match(await progress.textContent(), new RegExp(`^質問 ${n + 1} / \\d+ · \\S`));
      if (n > 0) await focusOn(page, "check-question", `question ${n + 1}`);
      // Tabbing straight to the answers, their radio group is named by the question.
      const question = (await page.getByTestId("check-question").textContent()).trim();
      assert.equal(await page.getByRole("radiogroup", { name: question }).count(), 1, `the answers are labelled "${question}"`);
      // The first answer is one Tab away; the arrow keys choose among them, as in any form.
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "answer-yes");
      await page.keyboard.press("ArrowDown");
      assert.ok(await page.locator(".answers input[type=radio]").nth(1).isChecked(), "an arrow key moves to the next answer and chooses it");
      await page.keyboard.press("ArrowUp");
      assert.ok(await page.getByTestId("answer-yes").isChecked());
      assert.equal(await page.getByRole("radio", { checked: true }).count(), 1);
      // On past the other answers (and "back") to "next", or "finish" at the end.
      let target;
      for (let t = 0; t < 8 && !["check-next", "check-finish"].includes(target); t++) {
        await page.keyboard.press("Tab");
        target = await page.evaluate(() => document.activeElement?.dataset.testid);
      }
      await page.keyboard.press("Enter");
      if (target === "check-finish") break;
      assert.equal(target, "check-next");
    }
    await page.waitForURL(/\/check\/result\//);
    assert.equal(await page.getByTestId("result-domain").count(), 4);
    // The result's heading takes focus; the app's one live region, there
    // before the page changed, then reads each area's level and that this
    // is a guide, not a diagnosis.
    await focusOn(page, "page-title", "the result page");
    const announcer = page.locator("[role=status][data-testid=announcer]");
    await page.waitForFunction(() => document.querySelector("[data-testid=announcer]")?.textContent.includes("診断ではありません"));
    const spoken = await announcer.textContent();
    const levels = await page.locator("[data-testid=result-domain] .result__level").allTextContents();
    const areas = await page.locator("[data-testid=result-domain] .card__title").allTextContents();
    assert.equal(areas.length, 4);
    areas.forEach((area, i) => assert.ok(spoken.includes(`${area}：${levels[i].replace(/^\S+\s/, "").trim()}`), `${area} in "${spoken}"`));
    // Leaving the result leaves nothing of it to be found in the region.
    await page.getByTestId("nav-home").click();
    await page.waitForURL((url) => new URL(url).pathname === "/");
    await page.waitForFunction(() => document.querySelector("[data-testid=announcer]")?.textContent === "");
    await context.close();
  });

  it("adds a child and a measurement with the keyboard alone: required fields marked, focus goes into each form, to the field to fix, and back to its button (Edit, after editing the child)", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await page.goto(app.server.url + "record");
    await appReady(page);
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.dataset.testid || document.activeElement?.tagName);
    const tabTo = async (wanted) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        if ((await focused()) === wanted) return;
      }
      assert.fail(`Tab never reached ${wanted}`);
    };
    const focusReaches = (wanted) => page.waitForFunction((w) => [document.activeElement?.id, document.activeElement?.dataset.testid].includes(w), wanted);

    await tabTo("add-child");
    await page.keyboard.press("Enter");
    await focusReaches("child-name");
    // What must be filled in says so before saving: seen beside the label, heard from the field.
    assert.equal(await page.getAttribute("#child-name", "aria-required"), "true");
    assert.equal(await page.getAttribute("#child-birth-date", "aria-required"), "true");
    assert.equal(await page.getAttribute("#child-gestation-weeks", "aria-required"), null);
    assert.equal(await page.locator("label[for=child-name] .field__required").textContent(), "必須");
    assert.equal(await page.locator("label[for=child-gestation-weeks] .field__required").count(), 0);
    // Saved empty: the errors are on screen, tied to their fields, and focus is on the first to fix.
    await page.keyboard.press("Enter");
    await page.locator("#child-name[aria-invalid=true]").waitFor();
    assert.equal(await focused(), "child-name");
    const describedBy = (await page.getAttribute("#child-name", "aria-describedby")).split(" ");
    assert.equal(await page.locator(`#${describedBy.find((id) => id.endsWith("-error"))}`).textContent(), "入力してください。");
    assert.deepEqual(await audit(page), [], "a form showing its errors");
    await page.keyboard.type("はな");
    await page.keyboard.press("Tab");
    assert.equal(await focused(), "child-birth-date");
    // The date field's segments are the browser's own control; its value goes in at once here.
    await page.fill("#child-birth-date", dateBefore(6));
    await tabTo("form-save");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/record\/child\/\d+$/);
    await focusReaches("page-title");

    await tabTo("add-measurement");
    await page.keyboard.press("Enter");
    await focusReaches("m-date");
    await page.fill("#m-date", dateBefore(0, 1));
    await tabTo("m-weight");
    await page.keyboard.type("7.2");
    await tabTo("form-save");
    await page.keyboard.press("Enter");
    await page.getByTestId("measurement").first().waitFor();
    await focusReaches("add-measurement");
    assert.match(await page.getByTestId("measurement").first().textContent(), /7\.2 kg/);

    // Editing the child: saved with Enter, focus comes back to "Edit", not past it.
    await tabTo("edit-child");
    await page.keyboard.press("Enter");
    await focusReaches("child-name");
    await page.keyboard.press("End");
    await page.keyboard.type("ちゃん");
    await page.keyboard.press("Enter");
    await focusReaches("edit-child");
    assert.equal((await page.locator("#page-title").textContent()).trim(), "はなちゃん");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("deleting an entry by keyboard: the confirmation reads out what is lost, then focus goes to the entry in its place (or the section's add button) and the deletion is announced", async () => {
    const { page, context } = await openPage(app.browser);
    await addChild(page, app.server.url, { name: "そら", birth: dateBefore(8) });
    await addMeasurement(page, { date: dateBefore(2), weight: "7.1" });
    await addMeasurement(page, { date: dateBefore(1), weight: "7.6" });
    const entries = page.getByTestId("measurement");
    await entries.nth(1).waitFor();
    // Among many "Delete" buttons, each names its entry.
    assert.match(await entries.first().getByTestId("delete").getAttribute("aria-label"), /^削除（\d+年\d+月\d+日）$/);
    await entries.first().getByTestId("delete").focus();
    await page.keyboard.press("Enter");
    // Focus lands on "cancel": Enter pressed twice keeps the entry. The group
    // it is in is named by what will be lost, so a screen reader says it first.
    await focusOn(page, "cancel-delete", "the confirmation's cancel");
    const question = await page.evaluate(() => {
      const group = document.activeElement.closest("[role=group]");
      return document.getElementById(group.getAttribute("aria-labelledby"))?.textContent;
    });
    assert.match(question, /\d+年\d+月\d+日.*削除/, question);
    await page.keyboard.press("Shift+Tab");
    await focusOn(page, "confirm-delete", "the confirmation");
    // The button itself is described by what will be lost, not only "削除する".
    const description = await page.evaluate(() => {
      const button = document.activeElement;
      return document.getElementById(button.getAttribute("aria-describedby"))?.textContent;
    });
    assert.match(description, /\d+年\d+月\d+日.*削除/, description);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("[data-testid=announcer]")?.textContent === "削除しました。");
    assert.equal(await entries.count(), 1);
    const focusedIn = await page.evaluate(() => document.activeElement?.closest("[data-testid=measurement]")?.textContent ?? document.activeElement?.tagName);
    assert.match(focusedIn, /7\.1 kg/, "focus is on the entry now in its place");
    // The last one gone, focus goes to the section's "add", not back to the top of the page.
    await entries.first().getByTestId("delete").focus();
    await page.keyboard.press("Enter");
    await focusOn(page, "cancel-delete", "the confirmation's cancel");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await focusOn(page, "add-measurement", "the section's add button");
    assert.equal(await entries.count(), 0);
    await context.close();
  });

  it("in Settings, a panel that opens takes focus, and focus comes back when it closes", async () => {
    const { page, context } = await openPage(app.browser);
    await addChild(page, app.server.url, { name: "そら", birth: dateBefore(8) });
    await page.goto(app.server.url + "settings");
    await appReady(page);
    await page.getByTestId("delete-all-data").focus();
    await page.keyboard.press("Enter");
    await focusOn(page, "delete-all-export", "the delete-all panel (export first)");
    await page.getByRole("group").getByRole("button", { name: "やめる" }).focus();
    await page.keyboard.press("Enter");
    await focusOn(page, "delete-all-open", "the button that opened it");
    await context.close();
  });

  it("a switch of language is said, in the new language", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + "settings");
    await appReady(page);
    await page.getByTestId("lang-toggle").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("[data-testid=announcer]")?.textContent === "The app is now in English.");
    await page.getByTestId("lang-toggle").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("[data-testid=announcer]")?.textContent === "表示を日本語に切り替えました。");
    await context.close();
  });

  it("saving a form is announced, and a checkup recorded leaves focus on the page, not nowhere", async () => {
    const { page, context } = await openPage(app.browser);
    await addChild(page, app.server.url, { name: "そら", birth: dateBefore(2) });
    const due = page.locator("[data-testid=checkup-visit-status][data-state=due], [data-testid=checkup-visit-status][data-state=passed]").first();
    await due.getByTestId("record-checkup-visit").click();
    await page.fill("#visit-date", dateBefore(0, 1));
    await page.locator("#visit-date").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("[data-testid=announcer]")?.textContent === "保存しました。");
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    assert.notEqual(focused, "BODY");
    await context.close();
  });

  it("two forms of the same kind open at once keep their ids, labels and messages apart", async () => {
    const { page, context } = await openPage(app.browser);
    await addChild(page, app.server.url, { name: "そら", birth: dateBefore(8) });
    await page.getByTestId("add-measurement").click();
    await page.fill("#m-date", dateBefore(1));
    await page.fill("#m-weight", "8.1");
    await page.getByTestId("form-save").click();
    await page.getByTestId("measurement").first().waitFor();
    // Adding a second while correcting the first.
    await page.getByTestId("add-measurement").click();
    await page.getByTestId("measurement").first().getByRole("button", { name: "編集" }).click();
    await page.locator("form").nth(1).waitFor();
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    assert.deepEqual(duplicates, []);
    // Each form's labels name its own fields, and a mistake in one shows in that one.
    const editing = page.getByTestId("measurement").first().locator("form");
    await editing.getByLabel("体重").fill("8100");
    await editing.getByTestId("form-save").click();
    await editing.locator(".field__error").filter({ hasText: "8.1 kg" }).waitFor();
    assert.equal(await page.locator("form").first().locator("[aria-invalid=true]").count(), 0);
    assert.deepEqual(await audit(page), [], "two forms open");
    await context.close();
  });

  it("at 200% text size the question and its answers stay on screen without sideways scrolling", async () => {
    const { page, context } = await openPage(app.browser);
    await addChild(page, app.server.url, { name: "そら", birth: dateBefore(18, 5) });
    await page.goto(app.server.url + "check");
    await appReady(page);
    await page.getByTestId("start-check").click();
    await page.getByTestId("check-question").waitFor();
    await page.evaluate(() => { document.documentElement.style.fontSize = "200%"; });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 200%`);
    const box = await page.getByTestId("answer-not-yet").boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, "the answer buttons fit the width");
    await context.close();
  });

  it("at 200% text size no page in either language scrolls sideways on a phone", async () => {
    const { page, context } = await openPage(app.browser);
    const wide = [];
    await visitEveryRoute(page, await family(page), async (where) => {
      await page.evaluate(() => { document.documentElement.style.fontSize = "200%"; });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${where}: ${overflow}px`);
      // The language button keeps its word whole ("English", 日本語), inside its outline.
      const toggle = await page.getByTestId("lang-toggle").evaluate((b) => {
        const range = document.createRange();
        range.selectNodeContents(b);
        const text = range.getBoundingClientRect();
        const box = b.getBoundingClientRect();
        return { lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, inside: text.left >= box.left && text.right <= box.right };
      });
      if (toggle.lines !== 1 || !toggle.inside) wide.push(`${where}: the language button's word is split or spills (${JSON.stringify(toggle)})`);
      // The bottom navigation's labels stay whole words ("Settings", not "Setti / ngs").
      const split = await page.locator(".bottom-nav__label").evaluateAll((labels) =>
        labels
          .filter((label) => {
            const range = document.createRange();
            range.selectNodeContents(label);
            const text = range.getBoundingClientRect();
            const link = label.closest("a").getBoundingClientRect();
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
            return lines !== 1 || text.left < link.left || text.right > link.right;
          })
          .map((label) => label.textContent),
      );
      if (split.length) wide.push(`${where}: navigation labels split or spill: ${split.join(", ")}`);
    });
    assert.deepEqual(wide, []);
    await context.close();
  });
});
