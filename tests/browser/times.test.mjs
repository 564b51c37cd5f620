// Times of day (the `time` type) on the assembly notice (examples/assembly-notice), in German
// at 320 px: a start typed "25.00" is refused as no time, an end before the start on a one-day
// assembly is said on the page where both were given, with both times as stored ("18:30",
// not "18.30"), and times typed as people write them ("18.30", "20 Uhr") are taken. The
// input is narrow, written left to right, without spelling correction and without a number
// pad (which has no colon). axe on the page with its errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, open, axe, clean, heading, next, engineForm } from "./helpers.mjs";

const live = serverAndBrowser({ today: new Date().toISOString().slice(0, 10) });
const summary = (page) => page.textContent(".fe-summary").catch(() => "");

test("times as people write them: refused when no time, an end before the start heard at once, then taken", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "de", { width: 320, height: 700 });
  try {
    await page.goto(live.server.origin + "/versammlung.html");
    await engineForm(page);
    assert.match(await heading(page), /Die Versammlung/);
    const input = await page.$eval("#fe0-start_time", (e) => ({
      dir: e.getAttribute("dir"), inputmode: e.getAttribute("inputmode"), spellcheck: e.getAttribute("spellcheck"),
      width: e.getBoundingClientRect().width, line: e.parentElement.getBoundingClientRect().width,
    }));
    assert.equal(input.dir, "ltr");
    assert.equal(input.inputmode, null, "no number pad: it has no colon");
    assert.equal(input.spellcheck, "false");
    assert.ok(input.width < input.line / 2, `a narrow input: ${input.width} of ${input.line} px`);
    const day = new Date(Date.now() + 3 * 86_400_000);
    await page.fill("#fe0-topic", "Mehr Bäume für die Sonnenallee");
    await page.fill("#fe0-start_date-day", String(day.getUTCDate()));
    await page.fill("#fe0-start_date-month", String(day.getUTCMonth() + 1));
    await page.fill("#fe0-start_date-year", String(day.getUTCFullYear()));
    await page.fill("#fe0-start_time", "25.00");
    await page.fill("#fe0-end_time", "6pm");
    await page.check("#fe0-kind-0");
    await page.fill("#fe0-place", "Hermannplatz");
    await page.fill("#fe0-participants", "40");
    await next(page);
    assert.match(await heading(page), /Die Versammlung/);
    assert.match(await summary(page), /„⁨Beginn⁩“ muss eine gültige Uhrzeit sein, zum Beispiel 14:30/);
    assert.equal(await page.$eval(".fe-summary a", (a) => a.getAttribute("href")), "#fe0-start_time");
    assert.equal(await page.inputValue("#fe0-start_time"), "25.00", "what was typed is kept for correction");
    await axe(page, "assembly, a start that is no time (de)");
    await page.fill("#fe0-start_time", "18.30");
    await next(page);
    assert.match(await heading(page), /Die Versammlung/);
    const said = await summary(page);
    assert.match(said, /Das Ende \(⁨18:00⁩ Uhr\) muss nach dem Beginn \(⁨18:30⁩ Uhr\) liegen/, said);
    assert.equal(await page.$eval(".fe-summary a", (a) => a.getAttribute("href")), "#fe0-end_time");
    await axe(page, "assembly, an end before the start (de)");
    await page.fill("#fe0-end_time", "20 Uhr");
    await next(page);
    assert.match(await heading(page), /Veranstalter und Leitung/);
    await clean(page, problems);
  } finally {
    await context.close();
  }
});
