// The form on a page the browser translates (an applicant whose language the form does not
// offer; Chrome's page translation, simulated as it works: `helpers.translateLikeABrowser`).
// What the reader sees must be what the form says now, at every step (a text changed in
// place is not seen: the step before, an error already fixed, a summary that says one thing
// and links to another), and the form must still work and send.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, open, load, upTo, PAGES, next, engineForm, clean, settled, housingApplicant, translateLikeABrowser, staleText } from "./helpers.mjs";

const live = serverAndBrowser();
const SUBMIT = ".fe-form button[type=submit]";

async function fresh(page, what) {
  assert.deepEqual(await staleText(page), [], `${what}: the reader sees what the form says now`);
}

const shown = (page, selector) => page.$eval(selector, (e) => e.innerText.replace(/[\u2068\u2069]/g, ""));

async function fill(page, answers) {
  for (const [id, v] of Object.entries(answers)) {
    if (typeof v === "object") for (const [part, p] of Object.entries(v)) await page.fill(`#fe0-${id}-${part}`, p);
    else if (await page.$(`select#fe0-${id}`)) await page.selectOption(`#fe0-${id}`, v);
    else await page.fill(`#fe0-${id}`, v);
  }
}

test("a page the browser translates: errors, steps, items, the check, another language and sending are seen as the form says them now; the form sends", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "de", { width: 400, height: 900 });
  try {
    const origin = live.server.origin + "/";
    await page.goto(origin);
    await engineForm(page);
    await translateLikeABrowser(page);
    await fresh(page, "the first page");

    // Errors, then fewer, one of them of another kind (a day the month does not have).
    await page.click(SUBMIT);
    await page.waitForSelector(".fe-summary");
    await fresh(page, "the errors of an empty page");
    const before = await page.$$eval(".fe-summary li", (l) => l.length);
    await fill(page, { family_name: "Übersetzt", birth_date: { day: "31", month: "2", year: "1990" } });
    await page.click(SUBMIT);
    await page.waitForFunction((n) => document.querySelectorAll(".fe-summary li").length < n, before);
    await fresh(page, "fewer errors, one of another kind");
    assert.match(await shown(page, "#fe0-birth_date-error"), /GÜLTIGES DATUM/, "the date's new error is seen");

    // The next page, its errors, back.
    const { family_name, ...rest } = upTo(1);
    await fill(page, rest);
    await next(page);
    await fresh(page, "the second page");
    assert.equal(await shown(page, ".fe-progress"), "SCHRITT 2 VON 6");
    await page.click(SUBMIT);
    await page.waitForSelector(".fe-summary");
    await fresh(page, "the second page's errors");
    await page.click(".fe-back");
    await page.waitForFunction(() => !document.querySelector(".fe-summary"));
    await fresh(page, "back");
    assert.equal(await shown(page, ".fe-progress"), "SCHRITT 1 VON 6");

    // The whole way, with an item added and removed; the check, a change.
    await load(page, origin, { ...upTo(PAGES.length), family_name: "Übersetzt" });
    await translateLikeABrowser(page);
    for (let i = 0; i < PAGES.length; i++) {
      if (PAGES[i] === "family") {
        await page.click("#fe0-family_members-add");
        await page.waitForSelector("#fe0-family_members-1-remove");
        await fresh(page, "an item added");
        await page.click("#fe0-family_members-1-remove");
        await page.waitForFunction(() => !document.querySelector("#fe0-family_members-1-remove"));
        await fresh(page, "an item removed");
      }
      await next(page);
      await fresh(page, `after ${PAGES[i]}`);
    }
    await page.waitForSelector(".fe-check");
    await page.locator(".fe-check-action a").nth(1).click();
    await page.waitForSelector(".fe-progress");
    await fresh(page, "a change from the check");
    await page.click(SUBMIT);
    await page.waitForSelector(".fe-check");
    await fresh(page, "back at the check");

    // Another language of the form, in the translated page.
    await page.selectOption("#fe0-language", "en");
    await page.waitForFunction(() => document.querySelector(".fe-root").lang === "en");
    await fresh(page, "another language");

    // Offline when sending, then sent.
    await context.setOffline(true);
    await page.click(SUBMIT);
    await page.waitForFunction(() => document.querySelector(".fe-status").textContent.startsWith("YOU ARE OFFLINE"));
    await fresh(page, "offline");
    await context.setOffline(false);
    await page.waitForSelector(".fe-panel", { timeout: 20_000 });
    await fresh(page, "sent");
    const rows = (await live.server.exported("lea-registration")).filter((r) => JSON.stringify(r).includes("Übersetzt"));
    assert.equal(rows.length, 1, "sent once");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("a page the browser translates: the number of steps is seen as the answers make it (the housing-benefit form's household page)", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "de", { width: 400, height: 900 });
  try {
    await page.goto(live.server.origin + "/wohngeld.html");
    await engineForm(page);
    await translateLikeABrowser(page);
    await housingApplicant(page, false);
    await fresh(page, "not living alone");
    const withHousehold = await shown(page, ".fe-progress");
    await page.check("#fe0-lives_alone-0");
    await settled(page);
    await fresh(page, "living alone");
    const alone = await shown(page, ".fe-progress");
    assert.notEqual(alone, withHousehold, "one step fewer");
    assert.match(alone, /^SCHRITT 1 VON \d+$/);
    await clean(page, problems);
  } finally {
    await context.close();
  }
});
