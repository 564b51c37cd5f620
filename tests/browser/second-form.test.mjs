// The second seed form (examples/lockdown-registration) in the embed, on its demo page:
// the languages it declares, a month-and-year question with two boxes, the follow-up page of
// the chosen concern only, a rule on a partial date, axe in German and Arabic, Persian digits
// typed into a date and a postcode, and a submission stored by the real receiver.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, open, axe, clean, heading, next } from "./helpers.mjs";

// Judged as of the real today, like the browser (the demo's fixed day is for the other form).
const live = serverAndBrowser({ today: new Date().toISOString().slice(0, 10) });

const exported = () => live.server.exported("lockdown-registration");

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
    await page.fill("#fe0-family_name", "Rezaei");
    await page.fill("#fe0-given_names", "Sara");
    await page.fill("#fe0-birth_date-day", "۳");
    await page.fill("#fe0-birth_date-month", "۴");
    await page.fill("#fe0-birth_date-year", "۱۹۸۸");
    await page.selectOption("#fe0-nationality", "IR");
    await page.fill("#fe0-passport_number", "K12345678");
    await next(page);
    await page.check("#fe0-current_title-3"); // blue card
    await page.fill("#fe0-title_expiry-day", "30");
    await page.fill("#fe0-title_expiry-month", "6");
    const year = new Date().getFullYear();
    await page.fill("#fe0-title_expiry-year", String(year + 1));
    await next(page);
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
