// The twelfth form (examples/business-registration), written from the guide: a business
// registration whose partners are a group of at least two. The group starts with two empty
// partners (its minItems), not with one and "add at least 2" after it is filled in; their
// shares must add up to 100 per cent, heard at the partners on their own page, and a share
// typed "50,000" is read by its bounds (at most 100) as 50, not asked about. axe on each page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, open, axe, clean, heading, next, engineForm, settled } from "./helpers.mjs";

const today = new Date();
const live = serverAndBrowser({ today: today.toISOString().slice(0, 10) });
const summary = (page) => page.textContent(".fe-summary").catch(() => "");
const day = async (page, id, d, m, y) => {
  await page.fill(`#fe0-${id}-day`, d);
  await page.fill(`#fe0-${id}-month`, m);
  await page.fill(`#fe0-${id}-year`, y);
};

test("the business registration: a partnership starts with two partners whose shares must add up to 100", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "de-DE", { width: 400, height: 800 });
  try {
    await page.goto(live.server.origin + "/gewerbe.html");
    await engineForm(page);
    assert.match(await heading(page), /Ihr Gewerbe/);
    await page.check("#fe0-legal_form-1");
    await settled(page);
    await page.fill("#fe0-company_name", "Drei Räder GbR");
    await page.fill("#fe0-activity", "Reparatur von Lastenrädern");
    // A start next month: within three months back and six ahead, whatever today is.
    const start = new Date(today.getFullYear(), today.getMonth() + 1, 1);
    await day(page, "start_date", "1", String(start.getMonth() + 1), String(start.getFullYear()));
    await next(page);
    assert.match(await heading(page), /Gesellschafter/);
    // Both partners the group needs are there at once, and nothing asks for a third.
    for (const n of [0, 1]) assert.ok(await page.$(`#fe0-owners-${n}-owner_name`), `partner ${n + 1} is asked at once`);
    assert.equal(await page.$("#fe0-owners-2-owner_name"), null);
    await axe(page, "business, two partners");
    for (const [n, name, born, share] of [[0, "Anna Schmidt", ["1", "1", "1980"], "60"], [1, "Jan Nowak", ["5", "5", "1985"], "30"]]) {
      await page.fill(`#fe0-owners-${n}-owner_name`, name);
      await day(page, `owners-${n}-owner_born`, ...born);
      await page.fill(`#fe0-owners-${n}-owner_share`, share);
    }
    await next(page);
    // Heard on the partners' page, with their number; never "add at least 2".
    assert.match(await heading(page), /Gesellschafter/);
    const said = await summary(page);
    assert.match(said, /Die Anteile der ⁨?2⁩? Gesellschafterinnen und Gesellschafter ergeben zusammen nicht 100 Prozent/, said);
    assert.doesNotMatch(said, /mindestens/);
    await axe(page, "business, shares that do not add up");
    // "50,000" could be 50000 or 50; a share is at most 100, so it is 50.
    await page.fill("#fe0-owners-0-owner_share", "50,000");
    await page.fill("#fe0-owners-1-owner_share", "50");
    await next(page);
    assert.match(await heading(page), /Umsatz und Kontakt/);
    await page.fill("#fe0-employees", "2");
    await page.fill("#fe0-turnover", "60000");
    await page.fill("#fe0-email", "info@example.org");
    await next(page);
    // "Check your answers": the share as stored, in German.
    const answers = (await page.textContent(".fe-form")).replace(/[\u2068\u2069]/g, "");
    assert.match(answers, /Anna Schmidt/);
    assert.match(answers, /Anteil in Prozent\s*50\b/);
    assert.doesNotMatch(answers, /50\.000|50,000/);
    await axe(page, "business, check your answers");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});
