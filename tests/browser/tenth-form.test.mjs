// The tenth form (examples/temporary-protection), written from the guide for refugees from
// Ukraine, used in Ukrainian: a place of birth typed in Cyrillic is refused with the letters
// named, an internal passport number typed in small Cyrillic letters ("ме 123456") is taken
// in capitals, a household too small for the family is said with Ukrainian's plural on the
// page where the family is given, and "check your answers" shows what is stored. axe on
// every page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, open, axe, clean, heading, next, engineForm, settled } from "./helpers.mjs";

const live = serverAndBrowser({ today: new Date().toISOString().slice(0, 10) });
const summary = (page) => page.textContent(".fe-summary").catch(() => "");
const day = async (page, id, d, m, y) => {
  await page.fill(`#fe0-${id}-day`, d);
  await page.fill(`#fe0-${id}-month`, m);
  await page.fill(`#fe0-${id}-year`, y);
};

test("the protection form in Ukrainian: Cyrillic refused where Latin is asked, a Cyrillic passport number in capitals, a plural said", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "uk", { width: 400, height: 800 });
  try {
    await page.goto(live.server.origin + "/schutz-ukraine.html");
    await engineForm(page);
    assert.match(await heading(page), /Відомості про вас/);
    await axe(page, "protection, person (uk)");
    // The last "о" typed on a Ukrainian keyboard: it looks like the Latin letter.
    await page.fill("#fe0-family_name", "Shevchenk\u043e");
    await page.fill("#fe0-given_names", "Olena");
    await page.fill("#fe0-name_cyrillic", "Шевченко Олена");
    await day(page, "born", "2", "9", "1986");
    await page.fill("#fe0-birth_place", "Харків");
    await page.selectOption("#fe0-nationality", "UA");
    await settled(page);
    assert.equal(await page.$("#fe0-lived_in_ukraine-0"), null, "not asked of a Ukrainian");
    await next(page);
    // Said in Ukrainian, as the applicant can act on it: a name in Cyrillic is to be
    // written in Latin letters; a Cyrillic letter among Latin ones is named as one that
    // only looks Latin (the list alone would show an "о" that looks allowed).
    const told = await summary(page);
    assert.match(told, /Напишіть «⁨Місце народження⁩» латинськими літерами/);
    assert.match(told, /«⁨Прізвище⁩» містить літери, схожі на латинські, але не латинські: ⁨о⁩\. Введіть їх знову в латинській розкладці/);
    await axe(page, "protection, person with the place refused (uk)");
    await page.fill("#fe0-family_name", "Shevchenko");
    await page.fill("#fe0-birth_place", "Charkiw");
    await next(page);
    assert.match(await heading(page), /Ваш документ/);
    await page.check("#fe0-document_kind-2");
    await settled(page);
    await page.fill("#fe0-internal_number", "ме 123456");
    await next(page);
    assert.match(await heading(page), /В'їзд і житло/);
    // The month as Ukrainians write it in a date ("8 березня 2022").
    await day(page, "arrived", "8", "березня", "2022");
    await page.check("#fe0-housing-1");
    await settled(page);
    await page.fill("#fe0-household", "1");
    await next(page);
    assert.match(await heading(page), /Родина/);
    for (const [n, relation, name, born] of [[0, 1, "Taras Shevchenko", ["14", "5", "2012"]], [1, 2, "Halyna Shevchenko", ["20", "1", "1958"]]]) {
      await page.click("#fe0-family-add");
      await settled(page);
      await page.check(`#fe0-family-${n}-member_relation-${relation}`);
      await page.fill(`#fe0-family-${n}-member_name`, name);
      await day(page, `family-${n}-member_born`, ...born);
    }
    await axe(page, "protection, family (uk)");
    await next(page);
    // One person in the household with two family members: heard on this page, where the
    // members were given (the rule names them first), with the plural's `one`.
    assert.match(await heading(page), /Родина/);
    const said = await summary(page);
    assert.match(said, /Ви вказали, що живете сам або сама, але назвали членів родини: ⁨?2/, said);
    await axe(page, "protection, the household too small (uk)");
    await page.click(".fe-back");
    await page.waitForFunction(() => document.querySelector("#fe0-household"));
    await page.fill("#fe0-household", "3");
    await next(page);
    assert.match(await heading(page), /Родина/);
    await next(page);
    await page.fill("#fe0-phone", "+380 67 123 45 67");
    await page.selectOption("#fe0-letter_language", "uk");
    await page.check("#fe0-truthful");
    await next(page);
    // "Check your answers": the number as stored, in capitals.
    const answers = await page.textContent(".fe-form");
    assert.match(answers, /МЕ123456/);
    assert.match(answers.replace(/[\u2068\u2069]/g, ""), /8 березня 2022/, "the month typed as a word, read and shown");
    assert.doesNotMatch(answers, /ме 123456/);
    await axe(page, "protection, check your answers (uk)");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});
