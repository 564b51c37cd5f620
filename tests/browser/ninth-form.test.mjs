// The ninth form (examples/street-cafe), written from the guide: selects in the order the
// author wrote them ("Other" last), a rule that wants either of two answers (`present`), a
// group of areas whose total is a sum of products and whose items have a rule of their own
// under `when`, a multi-choice said as a list on "check your answers". In German and, with
// the language switch, in Turkish; axe on every page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, open, axe, clean, heading, next, engineForm, settled } from "./helpers.mjs";

const live = serverAndBrowser({ today: new Date().toISOString().slice(0, 10) });
const summary = (page) => page.textContent(".fe-summary").catch(() => "");
const values = (page, id) => page.$$eval(`#${id} option`, (os) => os.map((o) => o.value).filter(Boolean));

/** A season the form accepts from today on: 15 April to 31 October, at least two weeks and
 *  at most a year ahead. */
function season() {
  const soon = new Date(Date.now() + 14 * 864e5);
  let year = soon.getFullYear();
  if (soon > new Date(Date.UTC(year, 3, 15))) year += 1;
  return year;
}

test("the café form: selects in the author's order, either email or phone, areas summed, a list said as the language writes it", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "de", { width: 400, height: 800 });
  try {
    await page.goto(live.server.origin + "/aussengastronomie.html");
    await engineForm(page);
    // The author's order, not the alphabet's ("Andere" would come first).
    assert.deepEqual(await values(page, "fe0-legal_form"), ["sole", "gbr", "gmbh", "ug", "other"]);
    await axe(page, "café, business");
    await page.fill("#fe0-business_name", "Café Morgenrot");
    await page.selectOption("#fe0-legal_form", "gmbh");
    await settled(page);
    await page.fill("#fe0-register_number", "hrb 12345 b");
    await page.fill("#fe0-contact_name", "Ayşe Demir");
    // Neither email nor phone: the rule is heard, and leads to the email box.
    await next(page);
    assert.match(await summary(page), /E-Mail-Adresse oder eine Telefonnummer/);
    assert.equal(await page.getAttribute(".fe-summary a", "href"), "#fe0-email");
    await axe(page, "café, business with the rule");
    await page.fill("#fe0-phone", "030 1234567");
    await next(page);
    assert.match(await heading(page), /Ort/);
    await page.fill("#fe0-street", "Oranienstraße 12");
    await page.fill("#fe0-postcode", "80331");
    await page.selectOption("#fe0-district", "friedrichshain-kreuzberg");
    await next(page);
    assert.match(await summary(page), /80331.*nicht in Berlin/);
    await page.fill("#fe0-postcode", "10 999");
    await next(page);
    // The areas: one at once (minItems 1); a kerb area too deep, and two too large together.
    assert.ok(await page.$("#fe0-areas-0-area_place-1"), "the first area's questions at once");
    await page.check("#fe0-areas-0-area_place-1");
    await page.fill("#fe0-areas-0-area_width", "10");
    await page.fill("#fe0-areas-0-area_depth", "3");
    await page.click("#fe0-areas-add");
    await settled(page);
    await page.check("#fe0-areas-1-area_place-2");
    await page.fill("#fe0-areas-1-area_width", "15");
    await page.fill("#fe0-areas-1-area_depth", "4");
    await page.fill("#fe0-walkway", "2");
    await page.fill("#fe0-tables", "8");
    await page.fill("#fe0-chairs", "30");
    await page.check("#fe0-furniture-0");
    await page.check("#fe0-furniture-1");
    await next(page);
    const said = await summary(page);
    assert.match(said, /am Bordstein darf höchstens 2,5 Meter tief sein/);
    assert.match(said, /zusammen größer als 60 Quadratmeter/);
    await axe(page, "café, areas with errors");
    await page.fill("#fe0-areas-0-area_depth", "2");
    await page.fill("#fe0-areas-1-area_width", "8");
    await next(page);
    assert.match(await heading(page), /Zeitraum/);
    const year = season();
    for (const [id, d, m] of [["season_from", "15", "4"], ["season_to", "31", "10"]]) {
      await page.fill(`#fe0-${id}-day`, d);
      await page.fill(`#fe0-${id}-month`, m);
      await page.fill(`#fe0-${id}-year`, String(year));
    }
    await page.check("#fe0-late_use-0");
    await next(page);
    await page.check("#fe0-truthful");
    await next(page);
    // "Check your answers": the furniture as a list, in German, then in Turkish.
    const answers = await page.textContent(".fe-form");
    assert.match(answers, /Sonnenschirme, Pflanzkübel/);
    await axe(page, "café, check your answers");
    await page.selectOption("#fe0-language", "tr");
    await page.waitForFunction(() => document.querySelector(".fe-form")?.textContent.includes("Şemsiyeler"));
    assert.match(await page.textContent(".fe-form"), /Şemsiyeler, Saksılar/);
    await axe(page, "café, check your answers (tr)");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});
