// The fifteenth form (examples/residence-registration), written from the guide: registering
// a flat in Berlin for everyone moving in, in German, French and Polish. Walked in Polish at
// 320 px: a move-in day too late, said in a sentence that agrees with "date" whatever the
// label's gender ("Dzień wprowadzenia się" is masculine: the message once said
// "późniejsza", feminine); a Munich postcode refused with the form's own message; the other
// flat asked of a main home; where one lived before; a person with the same nationality
// twice; the languages one may be written in, a code list shown as boxes in the reader's
// alphabetical order (they came in the list's order, the codes': "العربية" first); the stored
// submission. axe on each page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, open, axe, clean, heading, next, engineForm, settled } from "./helpers.mjs";

// The service judges the days as the browser does: of today (not the tests' usual 15 March
// 2021), for the move-in day must lie within the last year.
const live = serverAndBrowser({ today: new Date().toISOString().slice(0, 10) });
const summary = (page) => page.textContent(".fe-summary").then((t) => t.replace(/[\u2068\u2069]/g, "")).catch(() => "");
// A day of the last year, as the browser's clock has it (the form's bounds are of today).
const daysAgo = (n) => {
  const d = new Date(Date.now() - n * 86_400_000);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
};
const fillDate = async (page, id, { day, month, year }) => {
  await page.fill(`#${id}-day`, day);
  await page.fill(`#${id}-month`, month);
  await page.fill(`#${id}-year`, year);
};
// The labels of a question's boxes, in the order drawn, and the same sorted as a reader of
// `locale` sorts them (the browser's collator).
const boxes = (page, name, locale) => page.evaluate(([name, locale]) => {
  const drawn = [...document.querySelectorAll(`input[name="${name}"]`)]
    .map((i) => document.querySelector(`label[for="${i.id}"]`).textContent);
  return { drawn, sorted: [...drawn].sort(new Intl.Collator(locale).compare) };
}, [name, locale]);

test("the residence registration in Polish: dates, a postcode, nationalities, languages in the reader's order", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "pl-PL", { width: 320, height: 800 });
  const posted = [];
  page.on("request", (r) => { if (r.method() === "POST") posted.push(r.postData() ?? ""); });
  try {
    await page.goto(live.server.origin + "/anmeldung.html");
    await engineForm(page);
    assert.equal(await page.getAttribute(".fe-root", "lang"), "pl");
    assert.match(await heading(page), /Nowe mieszkanie/);
    await axe(page, "residence, first page (pl)");
    // Moving in on a day to come: refused, in a sentence about the date, not the label.
    await fillDate(page, "fe0-move_in", { day: "1", month: "1", year: "2099" });
    await page.fill("#fe0-street", "Marienplatz 8");
    await page.fill("#fe0-postcode", "80331");
    await page.check("#fe0-kind-1");
    await settled(page);
    await page.fill("#fe0-other_dwelling", "ul. Floriańska 3, 31-019 Kraków");
    await page.check("#fe0-landlord_confirmation");
    await next(page);
    let said = await summary(page);
    assert.match(said, /Data w polu „Dzień wprowadzenia się” nie może być późniejsza niż/);
    assert.match(said, /Proszę podać berliński kod pocztowy, na przykład 10999/);
    await axe(page, "residence, a day to come and a Munich postcode");
    const moved = daysAgo(10);
    await fillDate(page, "fe0-move_in", moved);
    await page.fill("#fe0-street", "Oranienstraße 12");
    await page.fill("#fe0-postcode", "10 999");
    await next(page);
    assert.match(await heading(page), /Skąd Pani\/Pan przyjeżdża\?/);
    await page.check("#fe0-came_from-1");
    await settled(page);
    await page.selectOption("#fe0-previous_country", "PL");
    await page.fill("#fe0-arrival-month", "3");
    await page.fill("#fe0-arrival-year", moved.year);
    await axe(page, "residence, from abroad");
    await next(page);
    assert.match(await heading(page), /Kto się wprowadza\?/);
    await page.fill("#fe0-persons-0-family_name", "Żółć");
    await page.fill("#fe0-persons-0-given_names", "Łukasz");
    await page.check("#fe0-persons-0-sex-1");
    await fillDate(page, "fe0-persons-0-birth_date", { day: "12", month: "5", year: "1988" });
    await page.fill("#fe0-persons-0-birth_place", "Kraków");
    await page.selectOption("#fe0-persons-0-nationality", "PL");
    // No third nationality is asked before a second.
    assert.equal(await page.$("#fe0-persons-0-third_nationality"), null);
    await page.selectOption("#fe0-persons-0-second_nationality", "PL");
    await settled(page);
    await page.selectOption("#fe0-persons-0-third_nationality", "UA");
    await page.selectOption("#fe0-persons-0-religion", "rk");
    await next(page);
    // Said with the person it is about, in the summary and next to the question alike.
    assert.match(await summary(page), /Osoba 1: To obywatelstwo zostało już podane/);
    assert.equal((await page.textContent("#fe0-persons-0-second_nationality-error")).replace(/[\u2068\u2069]/g, ""),
      "Błąd: Osoba 1: To obywatelstwo zostało już podane.");
    await axe(page, "residence, a nationality twice");
    await page.selectOption("#fe0-persons-0-second_nationality", "DE");
    await next(page);
    assert.match(await heading(page), /Jak możemy się skontaktować\?/);
    // The engine's ten languages, each named in itself, sorted as a Polish reader sorts.
    const pl = await boxes(page, "fe0-languages", "pl");
    assert.equal(pl.drawn.length, 10);
    assert.deepEqual(pl.drawn, pl.sorted);
    assert.notEqual(pl.drawn[0], "العربية");
    await page.check(`#fe0-languages-${["ar", "de", "en", "fa", "fr", "pl", "ru", "tr", "uk", "vi"].indexOf("fr")}`);
    await page.check("#fe0-truthful");
    await axe(page, "residence, contact");
    await next(page);
    await page.waitForSelector(".fe-check");
    const answers = (await page.textContent(".fe-form")).replace(/[\u2068\u2069]/g, "");
    assert.match(answers, /Żółć/);
    assert.match(answers, /Français/);
    await axe(page, "residence, check your answers");
    await page.click(".fe-form button[type=submit]");
    await page.waitForSelector(".fe-panel", { timeout: 20_000 });
    assert.equal(posted.length, 1);
    const rows = (await live.server.exported("residence-registration")).filter((r) => JSON.stringify(r).includes("Żółć"));
    assert.equal(rows.length, 1);
    const data = JSON.stringify(rows[0]);
    assert.match(data, /"postcode":"10999"/);
    assert.match(data, /"nationality":"PL".*"second_nationality":"DE".*"third_nationality":"UA"/);
    assert.match(data, /"languages":\["fr"\]/);
    assert.match(data, /"other_dwelling":"ul. Floriańska 3, 31-019 Kraków"/);
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

// In French: the boxes of the languages sorted as a French reader sorts them, again after
// the switch from Polish; a child alone cannot be registered (someone must be 16).
test("the residence registration in French: a child alone, and the boxes re-sorted for the language switched to", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "fr-FR", { width: 1024, height: 800 });
  try {
    await page.goto(live.server.origin + "/anmeldung.html");
    await engineForm(page);
    assert.equal(await page.getAttribute(".fe-root", "lang"), "fr");
    await fillDate(page, "fe0-move_in", daysAgo(3));
    await page.fill("#fe0-street", "Karl-Marx-Allee 90");
    await page.fill("#fe0-postcode", "10243");
    await page.check("#fe0-kind-0");
    await page.check("#fe0-landlord_confirmation");
    await next(page);
    await page.check("#fe0-came_from-0");
    await settled(page);
    await page.fill("#fe0-previous_address", "12 rue de la Paix, 75002 Paris");
    await next(page);
    assert.match(await heading(page), /Qui emménage \?/);
    const child = daysAgo(365 * 10);
    await page.fill("#fe0-persons-0-family_name", "Lefèvre");
    await page.fill("#fe0-persons-0-given_names", "Élodie");
    await page.check("#fe0-persons-0-sex-0");
    await fillDate(page, "fe0-persons-0-birth_date", child);
    await page.fill("#fe0-persons-0-birth_place", "Lyon");
    await page.selectOption("#fe0-persons-0-nationality", "FR");
    await page.selectOption("#fe0-persons-0-religion", "none");
    await next(page);
    assert.match(await summary(page), /Au moins une personne doit avoir 16 ans ou plus/);
    await axe(page, "residence, a child alone (fr)");
    await fillDate(page, "fe0-persons-0-birth_date", { day: "3", month: "11", year: "1990" });
    await next(page);
    const fr = await boxes(page, "fe0-languages", "fr");
    assert.deepEqual(fr.drawn, fr.sorted);
    await page.selectOption("#fe0-language", "pl");
    await page.waitForFunction(() => document.querySelector(".fe-root").lang === "pl");
    const pl = await boxes(page, "fe0-languages", "pl");
    assert.deepEqual(pl.drawn, pl.sorted);
    await clean(page, problems);
  } finally {
    await context.close();
  }
});
