// Growth charts, vaccinations and checkups on a child's page, in the release
// build: points exactly where the entered values are, the same numbers in the
// table, a calm note with the consultation page one tap away, a recorded dose
// moving the schedule on, the calendar file, and a checkup visit.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { addChild as addChildAt, addDays, addMeasurement, appReady, dateBefore, openPage, session, switchLanguage } from "./helpers.mjs";

const app = session();

const addChild = (page, options) => addChildAt(page, app.server.url, options);

/** 2026-03-04 → 2026年3月4日, as the Japanese pages write dates. */
const ja = (date) => {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

/** The chart's dots, from the one path that draws them: [{ x, y }] in chart units. */
const dots = async (page) => {
  const d = await page.getByTestId("growth-dots").getAttribute("d");
  return [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)h0/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
};

/** The table's rows as [age in days, value], opening the table if it is closed. */
const tableRows = async (page) => {
  const toggle = page.getByTestId("growth-table-toggle");
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.getByTestId("growth-row").first().waitFor();
  return page.getByTestId("growth-row").evaluateAll((trs) => trs.map((tr) => [Number(tr.dataset.ageDays), tr.dataset.value]));
};

const dose = (page, vaccine, n) => page.locator(`[data-testid=vaccine-dose][data-vaccine=${vaccine}][data-dose="${n}"]`);

describe("the growth chart", () => {
  it("shows exactly the three measurements entered, in the right places, and the table has the same numbers", async () => {
    const { page, context, errors } = await openPage(app.browser);
    const birth = dateBefore(14);
    await addChild(page, { name: "はな", birth, sex: "female" });
    // Entered out of order; the second and third have no length.
    const entered = [
      { days: 365, weight: "9.1" },
      { days: 31, weight: "4.25", length: "54.5" },
      { days: 183, weight: "7.4" },
    ];
    for (const m of entered) await addMeasurement(page, { date: addDays(birth, m.days), ...m });

    const chart = page.getByTestId("growth-chart");
    assert.equal(await chart.getAttribute("data-measure"), "weight");
    assert.equal(await chart.getAttribute("role"), "img");
    assert.match(await chart.getAttribute("aria-label"), /体重の成長曲線.*記録3件/);
    const points = await dots(page);
    assert.equal(points.length, 3, "one dot per measurement, nothing else");
    for (let i = 1; i < points.length; i++) {
      assert.ok(points[i].x > points[i - 1].x, "older is further right");
      assert.ok(points[i].y < points[i - 1].y, "heavier is higher (SVG y grows downwards)");
    }
    // Inside the plot and proportional to age: 365 days is about half the 0-2 year axis.
    const box = await chart.evaluate((svg) => ({ width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height }));
    assert.ok(points.every((p) => p.x > 0 && p.x < box.width && p.y > 0 && p.y < box.height));
    const ratio = (points[2].x - points[0].x) / (points[1].x - points[0].x);
    assert.ok(Math.abs(ratio - (365 - 31) / (183 - 31)) < 0.02, `x is linear in age (${ratio})`);

    assert.deepEqual(await tableRows(page), [[31, "4.25"], [183, "7.4"], [365, "9.1"]]);
    const rows = await page.getByTestId("growth-row").evaluateAll((trs) => trs.map((tr) => tr.textContent));
    assert.equal(rows.length, 3);
    assert.match(rows[0], new RegExp(`${ja(addDays(birth, 31))}.*4\\.25 kg.*パーセンタイル`));
    assert.match(rows[1], /7\.4 kg/);
    assert.match(rows[2], /9\.1 kg/);
    assert.equal(await page.getByTestId("growth-table").locator("th").count(), 4);

    // Each measurement in the list shows its centile.
    assert.match(await page.getByTestId("measurement").first().textContent(), /体重 9\.1 kg（\d+パーセンタイル）/);

    // Length: the blanks are no point at all, never a zero.
    await page.locator("[data-testid=growth-measure][data-measure=length]").click();
    await page.locator("[data-testid=growth-chart][data-measure=length]").waitFor();
    assert.equal((await dots(page)).length, 1);
    assert.deepEqual(await tableRows(page), [[31, "54.5"]]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("asks which reference to use when the sex is not recorded, instead of guessing", async () => {
    const { page, context } = await openPage(app.browser);
    const birth = dateBefore(5);
    await addChild(page, { name: "そら", birth });
    await addMeasurement(page, { date: addDays(birth, 60), weight: "5.6" });
    assert.equal(await page.getByTestId("growth-chart").count(), 0);
    assert.match(await page.getByTestId("measurement").first().textContent(), /体重 5\.6 kg(?!（)/, "no centile without a reference");
    await page.selectOption("#growth-reference", "male");
    await page.getByTestId("growth-dots").waitFor({ state: "attached" }); // a lone dot has an empty bounding box
    assert.equal((await dots(page)).length, 1);
    assert.match(await page.getByTestId("growth-chart").getAttribute("aria-label"), /男の子の基準/);
    assert.match(await page.getByTestId("measurement").first().textContent(), /体重 5\.6 kg（\d+パーセンタイル）/, "the list follows the choice");
    await context.close();
  });

  it("notes a value below the 3rd centile calmly, with the consultation page one tap away", async () => {
    const { page, context, errors } = await openPage(app.browser);
    const birth = dateBefore(7);
    await addChild(page, { name: "めい", birth, sex: "female" });
    const childPath = new URL(page.url()).pathname;
    const id = childPath.split("/").pop();
    await addMeasurement(page, { date: addDays(birth, 152), weight: "4.6" });
    const note = page.getByTestId("growth-note");
    await note.waitFor();
    assert.equal(await note.count(), 1);
    const text = await note.textContent();
    assert.match(text, /3パーセンタイルを下回っています/);
    assert.match(text, /次の健診で相談してみましょう/);
    assert.doesNotMatch(text, /異常|診断|病気/, "never a diagnosis");
    const link = note.getByRole("link");
    assert.equal(new URL(await link.getAttribute("href"), app.server.url).pathname + new URL(await link.getAttribute("href"), app.server.url).search, `/consult?child=${id}`);
    await link.click();
    await page.waitForURL(/\/consult\?child=/);
    await appReady(page);
    assert.equal(await page.locator("#page-title").textContent(), "相談する");
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("on a 360 px phone", () => {
  it("the child's page fits with no sideways scrolling, chart text of 10 px or more and tap targets of 44 px", async () => {
    const { page, context } = await openPage(app.browser, { viewport: { width: 360, height: 740 } });
    const birth = dateBefore(9);
    await addChild(page, { name: "ひなた", birth, sex: "female", weeks: "34" });
    await addMeasurement(page, { date: addDays(birth, 120), weight: "5.1", length: "58", head: "39" });
    // Born at 34 weeks: corrected age is 280 - 238 = 42 days less, and on by default.
    assert.deepEqual(await tableRows(page), [[120 - 42, "5.1"]]);
    assert.match(await page.getByTestId("growth-row").textContent(), /2か月\d+日/, "the table gives the corrected age too");
    const x = async () => (await dots(page))[0].x;
    const correctedX = await x();
    await page.getByTestId("growth-corrected").uncheck();
    await page.locator('[data-testid=growth-row][data-age-days="120"]').waitFor();
    const onTwoYears = await x();
    assert.ok(onTwoYears > correctedX, "by the real age the dot sits further right");
    await page.getByTestId("growth-span").nth(1).click();
    await page.locator("[data-testid=growth-span][aria-pressed=true]").filter({ hasText: "0〜5歳" }).waitFor();
    assert.ok((await x()) < onTwoYears, "the same age sits further left on the 5-year chart");
    await page.getByTestId("growth-corrected").check();
    for (const lang of ["ja", "en"]) {
      if (lang === "en") await switchLanguage(page, "en");
      await page.getByTestId("growth-corrected").waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `${lang}: page is ${width}px wide`);
      const chart = await page.getByTestId("growth-chart").boundingBox();
      assert.ok(chart.width >= 300 && chart.x + chart.width <= 360, `${lang}: chart ${chart.width}px`);
      const smallest = await page.getByTestId("growth-chart").evaluate((svg) =>
        Math.min(...[...svg.querySelectorAll("text")].map((t) => t.getBoundingClientRect().height)),
      );
      assert.ok(smallest >= 10, `${lang}: chart text ${smallest}px high`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll("main a, main button, main input, main select, main summary")]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({ el: el.outerHTML.slice(0, 60), box: (el.closest("label") || el).getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`),
      );
      assert.deepEqual(small, [], `${lang}: targets under 44px`);
    }
    await context.close();
  });
});

describe("a preterm child past two", () => {
  it("still places what was measured before the second birthday by corrected age, and later measurements by real age", async () => {
    const { page, context, errors } = await openPage(app.browser);
    const birth = dateBefore(30);
    await addChild(page, { name: "つむぎ", birth, sex: "female", weeks: "28" });
    await addMeasurement(page, { date: addDays(birth, 182), weight: "5.5" });
    await addMeasurement(page, { date: addDays(birth, 800), weight: "10.5" });
    // 84 days early: the first by corrected age, the one past two as measured.
    assert.deepEqual(await tableRows(page), [[182 - 84, "5.5"], [800, "10.5"]]);
    assert.equal(await page.getByTestId("growth-corrected").isChecked(), true);
    // About the 25th centile by corrected age; by real age it would read below the 3rd.
    assert.match(await page.locator(`[data-testid=growth-row][data-age-days="98"]`).textContent(), /2[0-9]パーセンタイル/);
    assert.match(await page.getByTestId("growth-chart").textContent(), /2歳になる前の計測は修正/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("vaccinations", () => {
  it("records a dose (checked like every form), shows it done with the next dose's date, exports the calendar, and deletes on confirmation", async () => {
    const { page, context, errors } = await openPage(app.browser);
    const birth = dateBefore(3);
    await addChild(page, { name: "ゆう", birth, sex: "male" });
    assert.equal(await dose(page, "hepb", 1).getAttribute("data-state"), "due");
    assert.match(await page.getByTestId("vaccine-next").textContent(), /B型肝炎 1回目/);
    // A date counted from a dose not given yet is no appointment, and says so.
    assert.match(await dose(page, "hepb", 2).textContent(), /前の回を受けた日によって変わります/);
    // What to know before a dose is on its row, not only in the calendar file.
    assert.match(await dose(page, "rotavirus", 1).getByTestId("dose-note").textContent(), /15週0日後以降/);

    await dose(page, "hepb", 1).getByTestId("record-dose").click();
    await page.fill("#dose-date", addDays(dateBefore(0), 3));
    await page.fill("#dose-lot", "AB12");
    await page.getByTestId("form-save").click();
    await page.locator("#dose-date-error").filter({ hasText: "未来" }).waitFor();
    assert.equal(await page.getAttribute("#dose-date", "aria-invalid"), "true");

    const given = dateBefore(0, 2);
    await page.fill("#dose-date", given);
    await page.getByTestId("form-save").click();
    await page.locator('[data-testid=vaccine-dose][data-vaccine=hepb][data-dose="1"][data-state=done]').waitFor();
    const done = await dose(page, "hepb", 1).textContent();
    assert.match(done, new RegExp(`接種済み（${ja(given)}）`));
    assert.match(done, /ロット AB12/);
    // Dose 2 at least 27 clear days after dose 1.
    const second = addDays(given, 28);
    assert.equal(await dose(page, "hepb", 2).getAttribute("data-state"), "upcoming");
    assert.match(await dose(page, "hepb", 2).textContent(), new RegExp(`${ja(second)}から`));
    assert.doesNotMatch(await dose(page, "hepb", 2).textContent(), /前の回を受けた日/);
    assert.doesNotMatch(await page.getByTestId("vaccine-next").textContent(), /B型肝炎 1回目/);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-ics").click()]);
    assert.equal(download.suggestedFilename(), "sukusuku-ゆう-schedule.ics");
    const ics = readFileSync(await download.path(), "utf8");
    assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    const unfolded = ics.replace(/\r\n /g, "");
    const event = unfolded.split("BEGIN:VEVENT").find((e) => e.includes("SUMMARY:ゆう: B型肝炎 2回目"));
    assert.ok(event, "the next dose is in the calendar");
    assert.match(event, new RegExp(`DTSTART;VALUE=DATE:${second.replaceAll("-", "")}`));
    assert.ok(!unfolded.includes("B型肝炎 1回目"), "a dose given is not a coming date");

    await dose(page, "hepb", 1).getByTestId("delete").click();
    await dose(page, "hepb", 1).getByTestId("confirm-delete").click();
    await page.locator('[data-testid=vaccine-dose][data-vaccine=hepb][data-dose="1"][data-state=due]').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("a recorded dose", () => {
  it("shows its product, and can be corrected in place: the same dose, and the course follows the product", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await addChild(page, { name: "みお", birth: dateBefore(3), sex: "female" });
    await dose(page, "rotavirus", 1).getByTestId("record-dose").click();
    await page.fill("#dose-date", dateBefore(0, 7));
    await page.selectOption("#dose-product", "rv5");
    await page.getByTestId("form-save").click();
    const first = page.locator('[data-testid=vaccine-dose][data-vaccine=rotavirus][data-dose="1"][data-state=done]');
    await first.waitFor();
    // Focus stays with the saved dose (its Edit), not back at the top of the page.
    await page.waitForFunction(() => document.activeElement?.closest("[data-testid=vaccine-dose]")?.dataset.vaccine === "rotavirus");
    assert.match(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), /^編集（ロタウイルス 1回目）$/);
    assert.equal(await first.getByTestId("dose-product").textContent(), "5価(ロタテック)");
    assert.equal(await dose(page, "rotavirus", 3).count(), 1, "the pentavalent course has a third dose");
    const before = JSON.parse(await page.evaluate(() => localStorage.getItem("sukusuku.record"))).record.children[0].vaccinations;

    // The product was wrong: corrected, not deleted and recorded again.
    await first.getByRole("button", { name: /^編集/ }).click();
    assert.equal(await page.inputValue("#dose-date"), dateBefore(0, 7), "the form starts from the dose as recorded");
    await page.selectOption("#dose-product", "rv1");
    await page.fill("#dose-lot", "R-77");
    await page.getByTestId("form-save").click();
    await first.getByTestId("dose-product").filter({ hasText: "1価(ロタリックス)" }).waitFor();
    assert.match(await first.textContent(), /ロット R-77/);
    assert.equal(await dose(page, "rotavirus", 3).count(), 0, "the monovalent course has two doses");
    const after = JSON.parse(await page.evaluate(() => localStorage.getItem("sukusuku.record"))).record.children[0].vaccinations;
    assert.equal(after.length, 1);
    assert.equal(after[0].id, before[0].id, "the same dose, corrected");
    // The course completed, its card stays open under the family's eyes.
    await dose(page, "rotavirus", 2).getByTestId("record-dose").click();
    assert.equal(await page.inputValue("#dose-product"), "rv1", "the next dose starts with the course's product");
    await page.fill("#dose-date", dateBefore(0, 1));
    await page.getByTestId("form-save").click();
    await page.locator('[data-testid=vaccine-dose][data-vaccine=rotavirus][data-dose="2"][data-state=done]').waitFor();
    assert.equal(await dose(page, "rotavirus", 2).evaluate((row) => row.closest("details").open), true);

    // Two doses given the same day have forms alike: each keeps its own typing.
    for (const vaccine of ["hepb", "pcv"]) {
      await dose(page, vaccine, 1).getByTestId("record-dose").click();
      await page.fill("#dose-date", dateBefore(0, 7));
      await page.getByTestId("form-save").click();
      await page.locator(`[data-testid=vaccine-dose][data-vaccine=${vaccine}][data-dose="1"][data-state=done]`).waitFor();
    }
    await dose(page, "hepb", 1).getByRole("button", { name: /^編集/ }).click();
    await page.fill("#dose-lot", "HEPB-LOT");
    await dose(page, "pcv", 1).getByRole("button", { name: /^編集/ }).click();
    assert.equal(await dose(page, "pcv", 1).locator("#dose-lot").inputValue(), "", "the other dose's form does not take over what was typed");
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("a late start", () => {
  it("a first PCV dose after the first birthday leaves out doses 2 and 3, and dates the next one 60 clear days on", async () => {
    const { page, context, errors } = await openPage(app.browser);
    await addChild(page, { name: "はる", birth: dateBefore(14), sex: "female" });
    assert.equal(await dose(page, "pcv", 3).count(), 1);
    const given = dateBefore(0, 1);
    await dose(page, "pcv", 1).getByTestId("record-dose").click();
    await page.fill("#dose-date", given);
    await page.getByTestId("form-save").click();
    await page.locator('[data-testid=vaccine-dose][data-vaccine=pcv][data-dose="1"][data-state=done]').waitFor();
    assert.equal(await dose(page, "pcv", 2).count(), 0);
    assert.equal(await dose(page, "pcv", 3).count(), 0);
    assert.match(await dose(page, "pcv", 4).textContent(), new RegExp(`${ja(addDays(given, 61))}から`));
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("checkups", () => {
  it("records a visit with its measurements: the checkup shows as done and the weight joins the chart", async () => {
    const { page, context, errors } = await openPage(app.browser);
    const birth = dateBefore(4);
    await addChild(page, { name: "りく", birth, sex: "male" });
    const row = page.locator('[data-testid=checkup-visit-status][data-checkup="3-4m"]');
    assert.equal(await row.getAttribute("data-state"), "due");
    assert.equal(await page.locator('[data-testid=checkup-visit-status][data-state=upcoming] [data-testid=record-checkup-visit]').count(), 0, "no visit to record before its time");
    // When towns usually hold the 3-year checkup, under its legal window.
    assert.match(await page.locator('[data-testid=checkup-visit-status][data-checkup="3y"]').getByTestId("checkup-note").textContent(), /3歳6か月/);
    await row.getByTestId("record-checkup-visit").click();
    const visited = dateBefore(0, 1);
    await page.fill("#visit-date", visited);
    await page.fill("#visit-place", "中央保健センター");
    await page.fill("#visit-weight", "6450");
    await page.fill("#visit-head", "41.2");
    await page.fill("#visit-notes", "順調と言われた");
    await page.getByTestId("form-save").click();
    await page.locator("#visit-weight-error").filter({ hasText: "6.45 kg" }).waitFor();
    await page.fill("#visit-weight", "6.45");
    await page.getByTestId("form-save").click();
    await page.locator('[data-testid=checkup-visit-status][data-checkup="3-4m"][data-state=done]').waitFor();
    const visit = await page.getByTestId("checkup-visit").textContent();
    assert.match(visit, /中央保健センター/);
    assert.match(visit, /体重 6\.45 kg/);
    assert.match(visit, /順調と言われた/);
    assert.equal((await dots(page)).length, 1);
    assert.deepEqual((await tableRows(page)).map(([, value]) => value), ["6.45"]);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
