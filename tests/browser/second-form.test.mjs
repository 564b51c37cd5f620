// The second seed form (examples/lockdown-registration) in the embed, on its demo page:
// the languages it declares, a month-and-year question with two boxes, the follow-up page of
// the chosen concern only, a rule on a partial date, axe in German and Arabic, Persian digits
// typed into a date and a postcode, and a submission stored by the real receiver; a large
// income on "check your answers" grouped as each language groups digits, in Arabic too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, open, axe, clean, heading, next } from "./helpers.mjs";

// Judged as of the real today, like the browser (the demo's fixed day is for the other form).
const live = serverAndBrowser({ today: new Date().toISOString().slice(0, 10) });

const exported = () => live.server.exported("lockdown-registration");

/** The identity page (name, birth date in parts, nationality, passport) and the title page
 *  (a Blue Card valid until next summer), each continued. */
async function identityAndTitle(page, [family, given, day, month, year, nationality, passport]) {
  await page.fill("#fe0-family_name", family);
  await page.fill("#fe0-given_names", given);
  await page.fill("#fe0-birth_date-day", day);
  await page.fill("#fe0-birth_date-month", month);
  await page.fill("#fe0-birth_date-year", year);
  await page.selectOption("#fe0-nationality", nationality);
  await page.fill("#fe0-passport_number", passport);
  await next(page);
  await page.check("#fe0-current_title-3"); // blue card
  await page.fill("#fe0-title_expiry-day", "30");
  await page.fill("#fe0-title_expiry-month", "6");
  await page.fill("#fe0-title_expiry-year", String(new Date().getFullYear() + 1));
  await next(page);
}

test("the lockdown registration: its own languages, the settlement path with a month-and-year date, Persian digits, stored once", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "fa");
  try {
    await page.goto(live.server.origin + "/online-registrierung.html");
    await page.waitForSelector(".fe-form");
    // The form's own list of languages (the page names none), Persian chosen by the browser.
    const offered = await page.$$eval("#fe0-language option", (os) => os.map((o) => o.value));
    assert.deepEqual(offered, ["de", "en", "ar", "fa", "fr", "pl", "ru", "tr", "uk", "vi"]);
    assert.equal(await page.getAttribute(".fe-root", "dir"), "rtl");
    await axe(page, "lockdown first page (fa)");
    await page.selectOption("#fe0-language", "de");
    await page.waitForFunction(() => document.querySelector(".fe-root").lang === "de");
    // Option hints are read with their option.
    assert.equal(await page.getAttribute("#fe0-concern-2", "aria-describedby"), "fe0-concern-2-hint");
    await page.check("#fe0-concern-2"); // settlement
    await next(page);
    await identityAndTitle(page, ["Rezaei", "Sara", "۳", "۴", "۱۹۸۸", "IR", "K12345678"]);
    const year = new Date().getFullYear();
    // Only the settlement page of the concern's follow-ups; month and year, no day.
    assert.match(await heading(page), /Niederlassungserlaubnis/);
    assert.ok(await page.$("#fe0-arrived-month"));
    assert.equal(await page.$("#fe0-arrived-day"), null);
    await axe(page, "lockdown settlement page (de)");
    // Arrived this year: too early even with a Blue Card; the rule says so.
    await page.fill("#fe0-arrived-month", "1");
    await page.fill("#fe0-arrived-year", String(year));
    await page.fill("#fe0-pension_months", "۲۱");
    await page.check("#fe0-german_level-3");
    await next(page);
    await page.waitForSelector(".fe-summary");
    assert.match(await page.textContent(".fe-summary"), /21 Monaten/);
    await page.fill("#fe0-arrived-year", String(year - 3));
    await next(page);
    await next(page); // no family members
    await page.fill("#fe0-email", "sara@example.org");
    await page.fill("#fe0-email_repeat", "sara@example.org");
    await page.fill("#fe0-postcode", "۱۰۹۹۹");
    await page.check("#fe0-consent");
    await next(page);
    await page.waitForSelector(".fe-check");
    await axe(page, "lockdown check your answers (de)");
    await page.click(".fe-form button[type=submit]");
    await page.waitForSelector(".fe-panel", { timeout: 20_000 });
    const rows = (await exported()).filter((r) => JSON.stringify(r).includes("Rezaei"));
    assert.equal(rows.length, 1);
    const data = JSON.stringify(rows[0]);
    assert.match(data, new RegExp(`"arrived":"${year - 3}-01"`));
    assert.match(data, /"postcode":"10999"/);
    assert.match(data, /"birth_date":"1988-04-03"/);
    assert.match(data, /"pension_months":21/);
    assert.doesNotMatch(data, /new_passport|employer/);
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

// A large amount, in Arabic (right to left) and in the other languages: "check your answers"
// groups its digits as the reader's language does, the grouped number still reads from left
// to right inside the right-to-left row, and what is stored is the number's canonical text
// (`12500.5`), not the text of any language.
test("the lockdown registration: a grouped income on check your answers, in Arabic and as each language writes it, stored as canonical text", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "ar", { width: 420, height: 900 });
  try {
    await page.goto(live.server.origin + "/online-registrierung.html");
    await page.waitForSelector(".fe-form");
    assert.equal(await page.getAttribute(".fe-root", "dir"), "rtl");
    await page.check("#fe0-concern-0"); // extend
    await next(page);
    await identityAndTitle(page, ["Haddad", "Lina", "12", "11", "1990", "SY", "N0123456"]);
    await page.check("#fe0-employed-0");
    await page.fill("#fe0-employer", "Bäckerei Weber");
    await page.fill("#fe0-net_income", "12500.5");
    await next(page);
    await next(page); // no family members
    await page.fill("#fe0-email", "lina@example.org");
    await page.fill("#fe0-email_repeat", "lina@example.org");
    await page.fill("#fe0-postcode", "10115");
    await page.check("#fe0-consent");
    await next(page);
    await page.waitForSelector(".fe-check");
    await axe(page, "lockdown check your answers (ar)");
    // The income's row: found by its label, in the reader's language.
    const income = (label) => page.evaluate((label) => {
      const row = [...document.querySelectorAll(".fe-check-row")].find((r) => r.querySelector(".fe-check-key")?.textContent.trim() === label);
      return row?.querySelector(".fe-check-value").textContent.trim();
    }, label);
    const ar = await income("صافي الدخل الشهري باليورو");
    assert.equal(ar, "12,500.5");
    // Drawn from left to right inside the right-to-left row: the first digit left of the last,
    // the whole number inside the value's box, at its start (the right).
    const order = await page.evaluate(() => {
      const cell = [...document.querySelectorAll(".fe-check-value")].find((c) => c.textContent.trim() === "12,500.5");
      if (!cell) return null;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode();
      while (text && !text.textContent.includes("12,500.5")) text = walker.nextNode();
      if (!text) return null;
      const at = text.textContent.indexOf("12,500.5");
      const rect = (i) => { const r = document.createRange(); r.setStart(text, at + i); r.setEnd(text, at + i + 1); return r.getBoundingClientRect(); };
      const box = cell.getBoundingClientRect();
      return { first: rect(0).left, last: rect(7).left, right: rect(7).right, boxLeft: box.left, boxRight: box.right };
    });
    assert.ok(order, "the number is one text in its cell");
    assert.ok(order.first < order.last, `the digits read left to right: ${JSON.stringify(order)}`);
    assert.ok(order.right <= order.boxRight + 0.5 && order.first >= order.boxLeft - 0.5, `inside its box: ${JSON.stringify(order)}`);
    assert.ok(order.boxRight - order.right < order.first - order.boxLeft, `at the start of a right-to-left row: ${JSON.stringify(order)}`);
    // Each language's own grouping and decimal sign, from its engine.ftl.
    for (const [locale, key, shown] of [
      ["de", "Monatliches Nettoeinkommen in Euro", "12.500,5"],
      ["fr", "Revenu net mensuel en euros", "12\u202F500,5"],
      ["ru", "Ежемесячный чистый доход в евро", "12\u00A0500,5"],
      ["tr", "Avro olarak aylık net gelir", "12.500,5"],
      ["en", "Monthly net income in euros", "12,500.5"],
    ]) {
      await page.selectOption("#fe0-language", locale);
      await page.waitForFunction((l) => document.querySelector(".fe-root").lang === l, locale);
      assert.equal(await income(key), shown, locale);
    }
    await page.click(".fe-form button[type=submit]");
    await page.waitForSelector(".fe-panel", { timeout: 20_000 });
    const rows = (await exported()).filter((r) => JSON.stringify(r).includes("Haddad"));
    assert.equal(rows.length, 1);
    assert.match(JSON.stringify(rows[0]), /"net_income":"12500\.5"/);
    await clean(page, problems);
  } finally {
    await context.close();
  }
});
