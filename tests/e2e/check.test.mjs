// The development check in the release build: a child of 18 months answering
// through the flow, the levels on the result page, warning signs, the
// caregiver's answers, resuming after a reload, and the history.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { addChild, appReady, dateBefore, openPage, session } from "./helpers.mjs";

const app = session();

const ALL_YES = (id) => (id.startsWith("sign-lost-skill") || id === "caregiver-anxious" ? "not-yet" : "yes");

/** Opens the check page and starts (or resumes) the only child's check; returns the run page's address. */
async function startCheck(page) {
  await page.goto(app.server.url + "check");
  await appReady(page);
  await page.getByTestId("start-check").click();
  await page.waitForURL(/\/check\/run\/\d+$/);
  return page.url();
}

/** Answers every question with `pick(questionId)`, up to and including the last, which is left unfinished. */
async function answerAll(page, pick) {
  for (let n = 0; n < 60; n++) {
    const id = await page.getByTestId("check-question").getAttribute("data-question");
    await page.getByTestId(`answer-${pick(id)}`).click();
    if (await page.getByTestId("check-finish").isVisible()) return;
    await page.getByTestId("check-next").click();
    await page.waitForFunction((prev) => document.querySelector("[data-testid=check-question]")?.dataset.question !== prev, id);
  }
  throw new Error("the check never reached its last question");
}

/** Starts the check for the only child, answers every question with `pick(questionId)` and finishes it. */
async function answerCheck(page, pick) {
  await startCheck(page);
  await answerAll(page, pick);
  await page.getByTestId("check-finish").click();
  await page.waitForURL(/\/check\/result\/\d+\/\d+$/);
}

async function levels(page) {
  await page.getByTestId("result-domain").first().waitFor();
  return page.$$eval("[data-testid=result-domain]", (els) => Object.fromEntries(els.map((e) => [e.dataset.domain, e.dataset.level])));
}

async function eighteenMonthOld(page) {
  await addChild(page, app.server.url, { name: "そら", birth: dateBefore(18, 5) });
}

describe("development check", () => {
  it("ideas to try at home are written for the child's age: in an area on track, the next steps", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await addChild(page, app.server.url, { name: "ひな", birth: dateBefore(2, 5) });
    await answerCheck(page, ALL_YES);
    assert.equal((await levels(page)).daily, "on-track");
    // Everything done at 2 months: the ideas are the 4-month check's, what comes next.
    const next = JSON.parse(readFileSync(new URL("../../assessments/band-04m.json", import.meta.url), "utf8"));
    const dailyTries = next.items.filter((item) => item.domain === "daily").map((item) => item.try.ja);
    const shown = await page.locator("#result-daily .result__tries li").allTextContents();
    assert.equal(shown.length, 2);
    for (const idea of shown) assert.ok(dailyTries.includes(idea), `"${idea}" is one of the 4-month band's ideas`);
    assert.doesNotMatch(await page.locator("#result-daily").textContent(), /着替え/, "nothing about dressing for a baby of two months");
    // Titled as what comes next, not as things to do now.
    assert.equal(await page.locator("#result-daily .result__try-title").textContent(), "次のステップ（4か月ごろ）");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("an 18-month-old doing everything is on track in all four areas, with the guide wording and the next date", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await eighteenMonthOld(page);
    await answerCheck(page, ALL_YES);
    assert.deepEqual(await levels(page), { motor: "on-track", language: "on-track", social: "on-track", daily: "on-track" });
    assert.match(await page.getByTestId("result-guide").textContent(), /診断ではありません/);
    assert.equal(await page.getByTestId("consult-offer").count(), 0);
    // Still someone to talk to, without urging.
    const anytime = page.getByTestId("consult-anytime");
    assert.match(await anytime.textContent(), /いつでも相談できます/);
    assert.match(await anytime.getByRole("link").getAttribute("href"), /\/consult\?child=/);
    assert.match(await page.getByTestId("next-check").textContent(), /次のチェック: \d{4}年\d+月\d+日$/);
    // The history keeps it, and home says when the next one is.
    await page.goto(app.server.url + "check");
    await appReady(page);
    assert.equal(await page.getByTestId("history-row").count(), 1);
    await page.goto(app.server.url);
    await appReady(page);
    assert.match(await page.getByTestId("home-next-check").textContent(), /そらさんの次のチェック/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("answering \"not yet\" to everything is worth talking over in all four areas, and the card leads to the city's channels", async () => {
    const { page, context } = await openPage(app.browser);
    await eighteenMonthOld(page);
    await answerCheck(page, () => "not-yet");
    assert.deepEqual(await levels(page), { motor: "consult", language: "consult", social: "consult", daily: "consult" });
    const offer = page.getByTestId("consult-offer");
    await offer.waitFor();
    // The areas at a glance come first, above the channels.
    const glance = page.getByTestId("result-glance");
    assert.equal(await glance.locator("li").count(), 4);
    assert.match(await glance.textContent(), /ことば：.*一度相談してみましょう/);
    assert.ok((await glance.boundingBox()).y < (await offer.boundingBox()).y);
    // The city's channels are right there, after the exact text they carry.
    assert.ok((await offer.getByTestId("consult-channel").count()) > 0);
    assert.match(await offer.getByTestId("share-preview").textContent(), /からだの動き.*ことば/s);
    assert.doesNotMatch(await offer.getByTestId("share-preview").textContent(), /そら/, "no name unless the family adds it");
    await page.getByTestId("consult-offer-link").click();
    await page.waitForURL(/\/consult\?child=\d+&check=\d+&concerns=motor,language,social,daily$/);
    await appReady(page);
    assert.match(await page.getByTestId("share-preview").textContent(), /からだの動き/);

    // Copied as shown; an edit takes "copied" back.
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.server.url });
    await page.getByTestId("share-copy").click();
    await page.getByTestId("share-copied").filter({ hasText: "コピーしました" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.getByTestId("share-preview").textContent());
    await page.fill("#share-note", "よろしくお願いします");
    assert.equal(await page.getByTestId("share-copied").textContent(), "");
    // The check's areas belong to its child, not to a message about nobody in particular.
    assert.ok(await page.locator("#share-name").isVisible(), "a child's name can be added");
    await page.selectOption("#share-about", "");
    assert.doesNotMatch(await page.getByTestId("share-preview").textContent(), /からだの動き/);
    assert.ok(!(await page.locator("#share-name").isVisible()), "no name to add when the message is about no child");
    await context.close();
  });

  it("with the city's file out of reach, a result worth talking over still lists the 24-hour lines", async () => {
    const { page, context } = await openPage(app.browser);
    await page.route("**/municipalities/*.json", (route) => route.abort());
    await eighteenMonthOld(page);
    await answerCheck(page, () => "not-yet");
    const offer = page.getByTestId("consult-offer");
    await offer.waitFor();
    assert.equal(await offer.getByTestId("consult-channel").count(), 0);
    assert.match(await offer.getByTestId("nothing-open").textContent(), /全国の電話相談を使えます/);
    assert.equal(await offer.locator('[data-channel="national-189"]').getAttribute("href"), "tel:189");
    // The line for anyone's worries first, not the one named for abuse.
    const lines = await offer.locator('[data-channel^="national-"]').evaluateAll((links) => links.map((a) => a.dataset.channel));
    assert.deepEqual(lines, ["national-yorisoi", "national-189", "national-8000"]);
    await context.close();
  });

  it("a result worth watching says when to look again: a month on while the age band lasts, else at the next check", async () => {
    const scribbleNotYet = (id) => (id === "18m-motor-scribble" ? "not-yet" : ALL_YES(id));
    const watchText = async (birth) => {
      const { page, context } = await openPage(app.browser);
      await addChild(page, app.server.url, { name: "そら", birth });
      await answerCheck(page, scribbleNotYet);
      assert.equal((await levels(page)).motor, "watch");
      const text = await page.locator("[data-testid=result-domain][data-domain=motor]").textContent();
      const next = (await page.getByTestId("next-check").textContent()).match(/\d{4}年\d+月\d+日/)[0];
      await context.close();
      return { text, next };
    };
    const early = await watchText(dateBefore(18, 5));
    assert.ok(early.text.includes(`1か月後（${early.next}ごろ）`), early.text);
    // At 20 months 20 days a month on is past the 18-month window: the 21-month check comes instead.
    const late = await watchText(dateBefore(20, 20));
    assert.ok(late.text.includes(`次のチェック（${late.next}ごろ）`), late.text);
    assert.doesNotMatch(late.text, /1か月後/);
  });

  it("an older result does not say when the next check is: that is the latest's to say", async () => {
    const { page, context } = await openPage(app.browser);
    // The demo child is 18 months old with checks only from 12 and 15 months.
    await page.goto(app.server.url + "check?demo=1");
    await appReady(page);
    const rows = page.getByTestId("history-row");
    assert.equal(await rows.count(), 2);
    await rows.first().getByRole("link").click();
    await page.waitForURL(/\/check\/result\/\d+\/\d+$/);
    await page.getByTestId("result-domain").first().waitFor();
    assert.equal(await page.getByTestId("next-check").count(), 0);
    assert.doesNotMatch(await page.locator("main").textContent(), /1か月後|次のチェック（/);
    await context.close();
  });

  it("a warning sign alone (no words at 18 months) leads to consult in its area", async () => {
    const { page, context } = await openPage(app.browser);
    await eighteenMonthOld(page);
    await answerCheck(page, (id) => (id === "sign-first-words" ? "not-yet" : ALL_YES(id)));
    assert.deepEqual(await levels(page), { motor: "on-track", language: "consult", social: "on-track", daily: "on-track" });
    // The message to the city names the sign and the answer, not only the area.
    const shared = await page.getByTestId("consult-offer").getByTestId("share-preview").textContent();
    assert.match(shared, /チェックの質問「意味のある言葉を、1つ以上言いますか.*」: まだ/, shared);
    await context.close();
  });

  it("a warning sign answered \"not sure\" is never on track, and the check comes back a month on", async () => {
    const { page, context } = await openPage(app.browser);
    await eighteenMonthOld(page);
    await answerCheck(page, (id) => (id === "sign-first-words" ? "unknown" : ALL_YES(id)));
    assert.deepEqual(await levels(page), { motor: "on-track", language: "incomplete", social: "on-track", daily: "on-track" });
    const language = await page.locator("[data-testid=result-domain][data-domain=language]").textContent();
    const next = (await page.getByTestId("next-check").textContent()).match(/\d{4}年\d+月\d+日/)[0];
    assert.ok(language.includes(`1か月後（${next}ごろ）`), language);
    // Every item was done: the ideas are the band's own, never an empty list under its title.
    assert.ok(language.includes("おうちで試せること"));
    assert.equal(await page.locator("#result-language .result__tries li").count(), 3);
    await page.goto(app.server.url + "check");
    await appReady(page);
    assert.match(await page.getByTestId("check-plan").textContent(), new RegExp(`次のチェックは ${next} から`));
    await context.close();
  });

  it("at 2 months, no reaction to a loud sound is a sign to ask about hearing; yes-no questions offer no 'sometimes', and a baby's lost-skill question names a baby's skills", async () => {
    const { page, context } = await openPage(app.browser);
    await addChild(page, app.server.url, { name: "ひな", birth: dateBefore(2, 5) });
    await startCheck(page);
    const asked = {};
    for (;;) {
      const id = await page.getByTestId("check-question").getAttribute("data-question");
      asked[id] = await page.evaluate(() => ({
        text: document.querySelector("[data-testid=check-question]").textContent,
        answers: [...document.querySelectorAll(".answers input[type=radio]")].map((r) => r.dataset.testid),
      }));
      await page.getByTestId(`answer-${id === "02m-language-loud-sound" ? "not-yet" : ALL_YES(id)}`).click();
      if (await page.getByTestId("check-finish").isVisible()) break;
      await page.getByTestId("check-next").click();
      await page.waitForFunction((prev) => document.querySelector("[data-testid=check-question]")?.dataset.question !== prev, id);
    }
    await page.getByTestId("check-finish").click();
    await page.waitForURL(/\/check\/result\/\d+\/\d+$/);
    const yesNo = ["answer-yes", "answer-not-yet", "answer-unknown"];
    for (const id of ["02m-language-loud-sound", "sign-lost-skill-baby", "caregiver-someone", "caregiver-anxious"]) assert.deepEqual(asked[id]?.answers, yesNo, id);
    assert.equal(asked["02m-motor-head-up"].answers.length, 4, "a behaviour keeps its four answers");
    assert.ok(!asked["sign-lost-skill"], "the toddler's lost-skill question is not asked of a baby");
    assert.match(asked["sign-lost-skill-baby"].text, /声を出す/);
    assert.doesNotMatch(asked["sign-lost-skill-baby"].text, /言葉|身ぶり/);
    assert.deepEqual(await levels(page), { motor: "on-track", language: "consult", social: "on-track", daily: "on-track" });
    assert.match(await page.locator("#result-language").textContent(), /聞こえを確かめるために.*聴覚検査/);
    // The sign comes first on the page, not three screens down with its area.
    assert.match(await page.getByTestId("result-sign").textContent(), /聞こえを確かめるために/);
    // An area at a glance leads to its card, and focus goes along.
    await page.getByTestId("result-glance").getByRole("link", { name: "ことば" }).click();
    await page.waitForFunction(() => document.activeElement?.id === "result-language");
    // The next check, months away, is not a reason to wait.
    assert.match(await page.getByTestId("next-check").textContent(), /待たずに/);
    // The answers as a table a screen reader can read by column.
    assert.deepEqual(await page.locator("[data-testid=result-answers] th").allTextContents(), ["質問", "答え"]);
    // The message to the city names the sign and its answer.
    assert.match(await page.getByTestId("consult-offer").getByTestId("share-preview").textContent(), /大きな音がすると.*」: いいえ/);
    await context.close();
  });

  it("a skill lost is a sign to talk about early, and the message to the city says so, on the result page and on the Talk page", async () => {
    const { page, context } = await openPage(app.browser);
    await eighteenMonthOld(page);
    await answerCheck(page, (id) => (id === "sign-lost-skill" ? "yes" : ALL_YES(id)));
    await page.getByTestId("result-sign").waitFor();
    // Read by headings, the areas at a glance are not filed under the sign.
    const headingOfGlance = await page.evaluate(() => {
      const glance = document.querySelector("[data-testid=result-glance]");
      const before = [...document.querySelectorAll("h1, h2, h3")].filter((h) => h.compareDocumentPosition(glance) & Node.DOCUMENT_POSITION_FOLLOWING);
      return before.at(-1)?.textContent;
    });
    assert.equal(headingOfGlance, "分野ごとの結果");
    const offer = page.getByTestId("consult-offer");
    assert.match(await offer.getByTestId("share-preview").textContent(), /チェックの質問「前はできていたことが、できなくなったことはありますか.*」: はい/);
    await page.getByTestId("consult-offer-link").click();
    await page.waitForURL(/\/consult\?child=\d+&check=\d+&concerns=$/);
    await appReady(page);
    assert.match(await page.getByTestId("share-preview").textContent(), /前はできていたことが/);
    await context.close();
  });

  it("a caregiver with nobody to talk to is offered consultation whatever the child's results, and the 24-hour lines though a desk is open", async () => {
    const { page, context } = await openPage(app.browser);
    // Every desk open at any hour: the lines are not there as a fallback.
    const city = JSON.parse(readFileSync("public/municipalities/demo.json", "utf8"));
    for (const channel of city.channels) channel.hours = { always: true };
    await page.route("**/municipalities/demo.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(city) }));
    await eighteenMonthOld(page);
    await answerCheck(page, (id) => (id === "caregiver-someone" ? "not-yet" : ALL_YES(id)));
    assert.deepEqual(await levels(page), { motor: "on-track", language: "on-track", social: "on-track", daily: "on-track" });
    const offer = page.getByTestId("consult-offer");
    assert.match(await offer.textContent(), /あなた自身のことも相談できます/);
    assert.doesNotMatch(await offer.textContent(), /結果は診断ではありませんが/, "the card is about the parent, not the child's result");
    const desks = await offer.getByTestId("consult-channel").count();
    assert.ok(desks > 0);
    assert.equal(await offer.locator('[data-testid=consult-channel][data-open=true]').count(), desks);
    assert.equal(await offer.getByTestId("nothing-open").count(), 0);
    assert.equal(await offer.locator('[data-channel="national-189"]').getAttribute("href"), "tel:189");
    // The line for anyone's worries first, not the one named for abuse.
    const lines = await offer.locator('[data-channel^="national-"]').evaluateAll((links) => links.map((a) => a.dataset.channel));
    assert.deepEqual(lines, ["national-yorisoi", "national-189", "national-8000"]);
    await context.close();
  });

  it("a draft missing an answer (saved before the bank gained a question) goes back to it instead of finishing", async () => {
    const { page, context } = await openPage(app.browser);
    await eighteenMonthOld(page);
    const runUrl = await startCheck(page);
    await answerAll(page, ALL_YES);
    // As a draft from before "sign-first-words" was asked would be stored.
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem("sukusuku.record"));
      delete stored.record.children[0].check_draft.answers["sign-first-words"];
      localStorage.setItem("sukusuku.record", JSON.stringify(stored));
    });
    await page.goto(runUrl);
    await appReady(page);
    await page.getByTestId("check-finish").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=check-question]")?.dataset.question === "sign-first-words");
    assert.equal(page.url(), runUrl, "not finished with a question unasked");
    await page.getByTestId("answer-yes").click();
    for (;;) {
      if (await page.getByTestId("check-finish").isVisible()) break;
      await page.getByTestId("check-next").click();
    }
    await page.getByTestId("check-finish").click();
    await page.waitForURL(/\/check\/result\/\d+\/\d+$/);
    await context.close();
  });

  it("resumes after a reload at the same question, and back changes an earlier answer", async () => {
    const { page, context } = await openPage(app.browser);
    await eighteenMonthOld(page);
    const runUrl = await startCheck(page);
    for (let n = 0; n < 3; n++) {
      await page.getByTestId("answer-yes").click();
      await page.getByTestId("check-next").click();
    }
    const fourth = await page.getByTestId("check-question").getAttribute("data-question");
    await page.reload();
    await appReady(page);
    assert.equal(await page.getByTestId("check-question").getAttribute("data-question"), fourth);
    assert.match(await page.getByTestId("check-progress").textContent(), /質問 4 \/ \d+/);
    await page.getByTestId("check-back").click();
    assert.ok(await page.getByTestId("answer-yes").isChecked(), "the earlier answer is shown chosen");
    await page.getByTestId("answer-sometimes").click();
    assert.ok(await page.getByTestId("answer-sometimes").isChecked());
    assert.ok(!(await page.getByTestId("answer-yes").isChecked()), "one answer at a time");
    // The check page offers to continue rather than start over.
    await page.goto(app.server.url + "check");
    await appReady(page);
    assert.equal(await page.getByTestId("start-check").textContent(), "続きから答える");
    // Clearing the answers asks first: "cancel" keeps them.
    page.once("dialog", (dialog) => dialog.dismiss());
    await page.getByRole("button", { name: "途中の回答を消して最初から" }).click();
    await page.goto(runUrl);
    await appReady(page);
    assert.match(await page.getByTestId("check-progress").textContent(), /質問 3 \/ \d+/);

    // Once that age band has passed, the half-done check is not offered as one to continue.
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem("sukusuku.record"));
      stored.record.children[0].check_draft.band = "12m";
      localStorage.setItem("sukusuku.record", JSON.stringify(stored));
    });
    await page.goto(app.server.url + "check");
    await appReady(page);
    assert.equal(await page.getByTestId("start-check").textContent(), "チェックを始める");
    // Nor continued at its address: it would be saved under the wrong age.
    await page.goto(runUrl);
    await appReady(page);
    await page.getByTestId("check-draft-stale").waitFor();
    assert.equal(await page.getByTestId("check-question").count(), 0);
    await context.close();
  });

  it("a check whose age band passes while it is open is not saved under that band, and says why", async () => {
    const { page, context } = await openPage(app.browser);
    await eighteenMonthOld(page);
    await startCheck(page);
    await answerAll(page, ALL_YES);
    // Another tab moves the birth date back three months: the child is now in the 21-month band.
    const other = await context.newPage();
    await other.goto(app.server.url + "record");
    await appReady(other);
    await other.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem("sukusuku.record"));
      const birth = new Date(stored.record.children[0].birth_date);
      birth.setMonth(birth.getMonth() - 3);
      stored.record.children[0].birth_date = birth.toISOString().slice(0, 10);
      stored.write_count += 1; // as a save from that tab would
      localStorage.setItem("sukusuku.record", JSON.stringify(stored));
    });
    await page.waitForTimeout(300);
    await page.getByTestId("check-finish").click();
    await page.getByTestId("check-draft-stale").waitFor();
    assert.match(page.url(), /\/check\/run\/\d+$/, "no result saved");
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("sukusuku.record")).record.children[0].checks.length);
    assert.equal(saved, 0);
    await context.close();
  });

  it("for a child in developmental support the result stops urging and suggests sharing instead", async () => {
    const { page, context } = await openPage(app.browser);
    await eighteenMonthOld(page);
    await page.goto(app.server.url + "check");
    await appReady(page);
    await page.getByTestId("in-support").check();
    await answerCheck(page, (id) => (id.startsWith("caregiver") || id.startsWith("sign-lost-skill") ? ALL_YES(id) : "not-yet"));
    assert.equal((await levels(page)).motor, "consult");
    const offer = await page.getByTestId("consult-offer").textContent();
    assert.match(offer, /療育の先生/);
    assert.match(await page.getByTestId("result-domain").first().textContent(), /支援の先生と一緒に見てみましょう/);
    await context.close();
  });
});
