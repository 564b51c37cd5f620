// The CMS embed (form-yew-demo) in real Chromium, on the demo CMS page served by the real
// form-server (SQLite) under its strict CSP: keyboard-only completion, error summary focus,
// axe on every page in de/en/ar/fa, accessibility-tree snapshots in de and ar, right to
// left at 320 px and desktop width, language switch, repeatable groups, drafts, server-side
// issues, and a failing-then-recovering endpoint with exactly one submission stored; the
// page loaded again (its step, answers and language kept); the confirmation printed.
//
// Snapshots: tests/browser/snapshots/*.aria.yml. A missing or different snapshot fails; run
// with UPDATE_SNAPSHOTS=1 to write them (CI never does), then review and commit them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { ROOT, launch } from "./server.mjs";
import * as helpers from "./helpers.mjs";
import { serverAndBrowser, KEY, PAGES, date, ANSWERS, upTo, heading, next, clean, settled, engineForm, keepControls, controlsMoved, focusOnKept, engineMessage } from "./helpers.mjs";

const { AxeBuilder } = await import("@axe-core/playwright").then((m) => ({ AxeBuilder: m.default ?? m.AxeBuilder }));

const live = serverAndBrowser();

/** A new page in `locale` on the demo page's origin (see helpers.open). */
const open = (locale, opts) => helpers.open(live.browser, live.server.origin, locale, opts);

/** The demo CMS page with a draft of answers. */
const load = (page, answers) => helpers.load(page, live.server.origin + "/", answers);

async function axe(page, what) {
  await helpers.fromTop(page);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  // The rules really ran on the form (an empty result would pass trivially).
  assert.ok(result.passes.some((r) => r.nodes.some((n) => n.target.join(" ").includes("fe0-"))), `axe checked nothing of the form on ${what}`);
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(violations, [], `axe on ${what}`);
}

function snapshot(name, actual) {
  const dir = join(ROOT, "tests/browser/snapshots");
  const file = join(dir, `${name}.aria.yml`);
  if (process.env.UPDATE_SNAPSHOTS === "1") {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual + "\n");
    return;
  }
  assert.ok(existsSync(file), `snapshot ${file} is missing (UPDATE_SNAPSHOTS=1 writes it)`);
  assert.equal(actual + "\n", readFileSync(file, "utf8"), `accessibility tree of ${name}`);
}

const exported = () => live.server.exported("lea-registration");

for (const locale of ["de", "en", "ar", "fa"]) {
  test(`axe finds no violation on any page, initially and with errors (${locale})`, async () => {
    const { context, page, problems } = await open(locale);
    try {
      for (let k = 0; k < PAGES.length; k++) {
        await load(page, upTo(k));
        for (let i = 0; i < k; i++) await next(page);
        assert.equal(await page.getAttribute(".fe-root", "lang"), locale);
        await axe(page, `${PAGES[k]} (${locale})`);
        await next(page);
        if (await page.$(".fe-summary")) await axe(page, `${PAGES[k]} with errors (${locale})`);
      }
      await load(page, upTo(PAGES.length));
      for (let i = 0; i < PAGES.length; i++) await next(page);
      assert.ok(await page.$(".fe-check"), "check your answers");
      await axe(page, `check your answers (${locale})`);
      await next(page);
      await page.waitForSelector(".fe-panel");
      await axe(page, `confirmation (${locale})`);
      await clean(page, problems);
    } finally {
      await context.close();
    }
  });
}

for (const locale of ["de", "ar"]) {
  test(`accessibility tree of every page (${locale})`, async () => {
    const { context, page } = await open(locale);
    try {
      const tree = () => page.locator(".fe-root").ariaSnapshot();
      await load(page);
      await next(page);
      snapshot(`${locale}-1-${PAGES[0]}-errors`, await tree());
      await load(page, upTo(PAGES.length));
      for (let k = 0; k < PAGES.length; k++) {
        snapshot(`${locale}-${k + 1}-${PAGES[k]}`, await tree());
        await next(page);
      }
      snapshot(`${locale}-7-check`, await tree());
      await next(page);
      await page.waitForSelector(".fe-panel");
      snapshot(`${locale}-8-confirmation`, (await tree()).replace(/LEA-[0-9A-Z]{4}-[0-9A-Z]{4}/g, "LEA-XXXX-XXXX"));
    } finally {
      await context.close();
    }
  });
}

test("after a failed submit, focus is on the error summary and each link moves focus to its field", async () => {
  const { context, page, problems } = await open("de");
  try {
    await load(page);
    await next(page);
    assert.equal(await page.evaluate(() => document.activeElement.className), "fe-summary");
    assert.match(await page.title(), /^Fehler: /);
    const links = await page.$$eval(".fe-summary-list a", (as) => as.map((a) => a.getAttribute("href").slice(1)));
    assert.equal(links.length, 8);
    for (const [i, target] of links.entries()) {
      await page.click(`.fe-summary-list li:nth-child(${i + 1}) a`);
      assert.equal(await page.evaluate(() => document.activeElement.id), target);
      // The field's error is linked to it (directly or through its fieldset).
      const described = await page.evaluate((id) => {
        const el = document.getElementById(id);
        const owner = el.closest("fieldset[aria-describedby]") ?? el;
        return owner.getAttribute("aria-describedby") ?? "";
      }, target);
      assert.match(described, /-error/, target);
    }
    // The inline error starts with a visually hidden "Fehler:".
    assert.match(await page.textContent("#fe0-family_name-error"), /^Fehler: /);
    // Each question in error (of every kind on the page), and only those, is marked along
    // its start.
    const marks = await page.$$eval(".fe-form .fe-field", (fs) =>
      fs.map((f) => [f.id, f.querySelector(".fe-error") !== null, getComputedStyle(f).borderInlineStartWidth]));
    assert.equal(marks.filter(([, inError]) => inError).length, 8);
    for (const [id, inError, width] of marks) assert.equal(width, inError ? "5px" : "0px", id);
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

for (const locale of ["de", "fa"]) {
  test(`a date that is none: only its wrong parts are marked, and the summary links the first of them (${locale})`, async () => {
    const { context, page, problems } = await open(locale);
    try {
      // [day, month, year] typed -> the parts marked; the link goes to the first of them
      // in the reader's order (Persian: year, month, day).
      const cases = [
        [["31", "2", "1985"], ["day"]],
        [["27", "", "1985"], ["month"]],
        [["27", "3", "85"], ["year"]],
        [["32", "13", "1985"], ["day", "month"]],
        [["", "", ""], ["day", "month", "year"]],
        // A month by its name is read: April has no 31st. Letters of two months are none.
        [["31", "Apr.", "1985"], ["day"]],
        [["27", "Ju", "1985"], ["month"]],
      ];
      const order = locale === "fa" ? ["year", "month", "day"] : ["day", "month", "year"];
      for (const [[d, m, y], wrong] of cases) {
        await load(page, { ...upTo(1), birth_date: undefined });
        await page.fill("#fe0-birth_date-day", d);
        await page.fill("#fe0-birth_date-month", m);
        await page.fill("#fe0-birth_date-year", y);
        await next(page);
        await page.waitForSelector(".fe-summary");
        const marked = await page.evaluate(() => ["day", "month", "year"].map((p) => {
          const el = document.getElementById(`fe0-birth_date-${p}`);
          return [p, el.getAttribute("aria-invalid"), getComputedStyle(el).borderTopColor];
        }));
        const what = `${d}.${m}.${y}`;
        assert.deepEqual(marked.filter(([, a]) => a === "true").map(([p]) => p), wrong, what);
        // Red where wrong (not focused), the usual dark border elsewhere.
        for (const [p, , color] of marked) {
          assert.equal(color === "rgb(212, 53, 28)", wrong.includes(p), `${what} ${p}: ${color}`);
        }
        // The question in error is marked along its start, in red.
        const mark = await page.$eval("#fe0-birth_date-wrap", (w) => {
          const s = getComputedStyle(w);
          return [s.borderInlineStartWidth, s.borderInlineStartColor];
        });
        assert.deepEqual(mark, ["5px", "rgb(212, 53, 28)"], what);
        const href = await page.$eval(".fe-summary-list a[href*=birth_date]", (a) => a.getAttribute("href"));
        assert.equal(href, `#fe0-birth_date-${order.find((p) => wrong.includes(p))}`, what);
        await page.click(".fe-summary-list a[href*=birth_date]");
        assert.equal(await page.evaluate(() => document.activeElement.id), href.slice(1), what);
      }
      // Answered: no mark; the year's box is wider than the day's.
      await load(page, upTo(1));
      const [mark, day, year] = await page.evaluate(() => [
        getComputedStyle(document.getElementById("fe0-birth_date-wrap")).borderInlineStartWidth,
        ...["day", "year"].map((p) => document.getElementById(`fe0-birth_date-${p}`).getBoundingClientRect().width),
      ]);
      assert.equal(mark, "0px");
      assert.ok(year > day * 1.2, `the year ${year} px, the day ${day} px`);
      await clean(page, problems);
    } finally {
      await context.close();
    }
  });
}

/** Presses Tab until the element matching `selector` has focus (at most 80 times). */
async function tabTo(page, selector, back = false) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  assert.fail(`${selector} cannot be reached with the keyboard`);
}

async function typeInto(page, id, text) {
  await tabTo(page, `#fe0-${id}`);
  await page.keyboard.type(text);
}

async function chooseWithKeys(page, id, value) {
  await tabTo(page, `#fe0-${id}`);
  for (let i = 0; i < 300 && (await page.inputValue(`#fe0-${id}`)) !== value; i++) await page.keyboard.press("ArrowDown");
  assert.equal(await page.inputValue(`#fe0-${id}`), value);
}

async function continueWithKeys(page) {
  const before = await heading(page);
  await tabTo(page, ".fe-form button[type=submit]");
  await page.keyboard.press("Enter");
  await page.waitForFunction((b) => document.querySelector(".fe-panel") || document.querySelector("#fe0-heading")?.textContent !== b, before);
}

test("a keyboard-only applicant completes the registration from first field to confirmation", async () => {
  const { context, page, problems } = await open("en");
  try {
    await load(page);
    const dateWithKeys = async (id, d, m, y) => {
      await typeInto(page, `${id}-day`, d);
      await typeInto(page, `${id}-month`, m);
      await typeInto(page, `${id}-year`, y);
    };
    await typeInto(page, "family_name", "Keyboard");
    await typeInto(page, "given_names", "Kim");
    await dateWithKeys("birth_date", "27", "3", "1985");
    await typeInto(page, "birth_place", "Leeds");
    await chooseWithKeys(page, "birth_country", "GB");
    await chooseWithKeys(page, "nationality", "GB");
    // As people type it: small letters and spaces (the field's transform).
    await typeInto(page, "passport_number", "ab 123 4567");
    // The month as printed in a passport (GOV.UK: accept month names).
    await dateWithKeys("passport_expiry", "1", "MAY", "2027");
    await continueWithKeys(page);
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe0-heading");
    await typeInto(page, "street", "Alt-Moabit");
    await typeInto(page, "house_number", "101");
    await typeInto(page, "postcode", "10559");
    await chooseWithKeys(page, "district", "mitte");
    await continueWithKeys(page);
    await typeInto(page, "email", "kim@example.org");
    await typeInto(page, "email_repeat", "kim@example.org");
    await continueWithKeys(page);
    await dateWithKeys("arrival_date", "1", "9", "2015");
    await tabTo(page, "#fe0-has_residence_document-0");
    await page.keyboard.press("ArrowDown"); // radio buttons: arrow keys choose "No"
    assert.equal(await page.isChecked("#fe0-has_residence_document-1"), true);
    await continueWithKeys(page);
    await typeInto(page, "household_size", "1");
    await continueWithKeys(page);
    await tabTo(page, "#fe0-correspondence_language-0");
    await page.keyboard.press("Space");
    await tabTo(page, "#fe0-consent");
    await page.keyboard.press("Space");
    await continueWithKeys(page);
    assert.equal(await heading(page), "Check your answers");
    assert.match(await page.textContent(".fe-check"), /Keyboard/);
    assert.match(await page.textContent(".fe-check"), /AB1234567/);
    // Each part of the date in its own isolate (⁨1⁩ ⁨May⁩ ⁨2027⁩).
    assert.match((await page.textContent(".fe-check")).replace(/[\u2068\u2069]/g, ""), /1 May 2027/);
    await continueWithKeys(page);
    await page.waitForSelector(".fe-panel");
    assert.equal(await page.evaluate(() => document.activeElement.className), "fe-panel");
    const reference = (await page.textContent(".fe-panel")).match(/LEA-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0];
    assert.ok(reference);
    const rows = await exported();
    const row = rows.find((r) => r.reference === reference);
    assert.ok(row, "the submission is in the database");
    assert.equal(row.data?.family_name ?? row.submission?.family_name, "Keyboard");
    assert.equal(row.data?.passport_number ?? row.submission?.passport_number, "AB1234567");
    assert.equal(row.data?.passport_expiry ?? row.submission?.passport_expiry, "2027-05-01");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

/** A select's options: the empty one first (named as "check your answers" names no answer:
 *  it had no text, and a screen reader said "blank"), then the labels in the reader's
 *  collation, each value once, with the chosen one. */
async function countryList(page, id, lang) {
  return page.evaluate(([id, lang]) => {
    const select = document.getElementById(id);
    const options = [...select.options];
    const labels = options.slice(1).map((o) => o.textContent);
    const compare = new Intl.Collator(lang).compare;
    return {
      first: options[0]?.value,
      none: options[0]?.textContent,
      sorted: labels.every((l, i) => i === 0 || compare(labels[i - 1], l) <= 0),
      count: options.length,
      unique: new Set(options.map((o) => o.value)).size === options.length,
      value: select.value,
      shown: select.selectedOptions[0]?.textContent,
    };
  }, [id, lang]);
}

/** Values put into fields as an autofill does that tells nobody (Chrome on iOS fills
 *  without an input or change event: vuejs/vue#7058, evervault/evervault-js#758). */
const fillSilently = (page, values) => page.evaluate((values) => {
  for (const [id, v] of Object.entries(values)) document.getElementById(id).value = v;
}, values);

test("answers an autofill put in without an event are the engine's: kept through a language switch and Back, and taken on Continue", async () => {
  const { context, page, problems } = await open("en");
  try {
    await load(page);
    await page.fill("#fe0-family_name", "Smith");
    const personal = {
      "fe0-given_names": "Alice", "fe0-birth_date-day": "27", "fe0-birth_date-month": "3", "fe0-birth_date-year": "1985",
      "fe0-birth_place": "Manchester", "fe0-birth_country": "GB", "fe0-nationality": "GB", "fe0-passport_number": "123456789",
      "fe0-passport_expiry-day": "1", "fe0-passport_expiry-month": "5", "fe0-passport_expiry-year": "2027",
    };
    await fillSilently(page, personal);
    const shown = (values) => page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, document.getElementById(id)?.value])), Object.keys(values));
    // Another language draws the form anew: what was filled is still there.
    await page.selectOption("#fe0-language", "de");
    await page.waitForSelector(".fe-root[lang=de]");
    assert.deepEqual(await shown(personal), personal);
    await page.selectOption("#fe0-language", "en");
    await page.waitForSelector(".fe-root[lang=en]");
    await next(page);
    assert.equal(await page.$(".fe-summary"), null, await page.textContent(".fe-root"));
    assert.equal(await heading(page), "Your address in Berlin");
    const address = { "fe0-street": "Friedrichstraße", "fe0-house_number": "219", "fe0-postcode": "10969", "fe0-district": "friedrichshain-kreuzberg" };
    await fillSilently(page, address);
    await page.click(".fe-back");
    assert.deepEqual(await shown(personal), personal);
    await next(page);
    assert.deepEqual(await shown(address), address);
    await next(page);
    assert.equal(await page.$(".fe-summary"), null, await page.textContent(".fe-root"));
    assert.equal(await heading(page), "Contact details");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("the language switch keeps every answer; lang and dir follow", async () => {
  const { context, page, problems } = await open("de");
  try {
    await load(page);
    await page.fill("#fe0-family_name", "Smith");
    await page.fill("#fe0-birth_date-day", "27");
    await page.selectOption("#fe0-nationality", "GB");
    const de = await countryList(page, "fe0-nationality", "de");
    assert.ok(de.first === "" && de.sorted && de.unique && de.count > 200, JSON.stringify(de));
    assert.equal(de.none, engineMessage("de", "form-not-answered"));
    assert.equal(de.value, "GB");
    await page.selectOption("#fe0-language", "ar");
    await page.waitForSelector(".fe-root[lang=ar]");
    assert.equal(await page.getAttribute(".fe-root", "dir"), "rtl");
    assert.equal(await page.inputValue("#fe0-family_name"), "Smith");
    assert.equal(await page.inputValue("#fe0-birth_date-day"), "27");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe0-language");
    // The country names are the reader's, in the reader's order, and the choice stays.
    const ar = await countryList(page, "fe0-nationality", "ar");
    assert.ok(ar.first === "" && ar.sorted && ar.unique && ar.count === de.count, JSON.stringify(ar));
    assert.equal(ar.none, engineMessage("ar", "form-not-answered"));
    assert.equal(ar.value, "GB");
    assert.notEqual(ar.shown, de.shown);
    await page.selectOption("#fe0-language", "en");
    await page.waitForSelector(".fe-root[lang=en][dir=ltr]");
    assert.equal(await page.inputValue("#fe0-family_name"), "Smith");
    const en = await countryList(page, "fe0-nationality", "en");
    assert.ok(en.sorted && en.count === de.count, JSON.stringify(en));
    assert.equal(en.shown, "United Kingdom");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("a language chosen while a slower one still loads is the one shown: the slower one, arriving later, neither takes the form from it nor is said to have failed, and is there at once when chosen again", async () => {
  const { context, page, problems } = await open("de");
  try {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route("**/locales/uk/engine.ftl", async (route) => {
      await held;
      return route.continue();
    });
    await load(page);
    await page.fill("#fe0-family_name", "Smith");
    await page.selectOption("#fe0-language", "uk"); // its engine messages held
    await page.selectOption("#fe0-language", "ar");
    await page.waitForSelector(".fe-root[lang=ar]");
    const arrived = page.waitForResponse("**/locales/uk/engine.ftl");
    release();
    await arrived;
    // The engine reads the Ukrainian files (a task or two after they arrived). Were they
    // not read yet, choosing Ukrainian below would ask for them again and fail the test,
    // so this wait cannot hide a form taken by them.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    assert.equal(await page.getAttribute(".fe-root", "lang"), "ar");
    assert.equal(await page.inputValue("#fe0-language"), "ar");
    assert.equal(await page.$("#fe0-language-error"), null);
    assert.equal(await page.inputValue("#fe0-family_name"), "Smith");
    // Chosen again, it is shown at once: nothing more is asked for.
    let asked = 0;
    page.on("request", (r) => r.url().includes("/uk/") && asked++);
    await page.selectOption("#fe0-language", "uk");
    await page.waitForSelector(".fe-root[lang=uk]");
    assert.equal(asked, 0);
    assert.equal(await page.inputValue("#fe0-family_name"), "Smith");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("a language that loads slowly is said to be loading, under the switch, in the form's language and with the chosen one's own name, until it is there or has failed; nothing is said or kept room for otherwise", async () => {
  const { context, page } = await open("de");
  try {
    const held = {};
    for (const tag of ["ar", "fr"]) {
      held[tag] = new Promise((resolve) => (held[`${tag}-release`] = resolve));
      await page.route(`**/locales/${tag}/engine.ftl`, async (route) => ((await held[tag]) ? route.continue() : route.abort()));
    }
    await load(page);
    // The switch's row as tall as its label or its select: no line (nor the row's gap) for
    // an empty status.
    const roomKept = async () => {
      const heights = await Promise.all([".fe-language", ".fe-language label", "#fe0-language"]
        .map(async (s) => (await page.locator(s).boundingBox()).height));
      return heights[0] - Math.max(heights[1], heights[2]);
    };
    assert.ok(Math.abs(await roomKept()) < 1, "no room is kept for it at first");
    const said = () => page.evaluate(() => document.querySelector(".fe-language [role=status]").textContent);
    assert.equal(await said(), "");
    await page.selectOption("#fe0-language", "ar");
    await page.waitForFunction(() => document.querySelector(".fe-language [role=status]").textContent !== "");
    assert.equal(await said(), "Die gewählte Sprache wird geladen: العربية");
    assert.equal(await page.getAttribute(".fe-language [role=status] [lang=ar]", "dir"), "auto");
    assert.equal(await page.getAttribute(".fe-root", "lang"), "de", "the form stays as it is meanwhile");
    const select = await page.locator("#fe0-language").boundingBox();
    const status = await page.locator(".fe-language [role=status]").boundingBox();
    const root = await page.locator(".fe-root").boundingBox();
    assert.ok(status.y >= select.y + select.height - 1, "under the switch");
    assert.ok(status.height > 0 && status.x >= root.x - 1 && status.x + status.width <= root.x + root.width + 1, "seen, in the form's box");
    held["ar-release"](true);
    await page.waitForSelector(".fe-root[lang=ar]");
    assert.equal(await said(), "");
    assert.ok(Math.abs(await roomKept()) < 1, "no room is kept for it once done");
    // Failed: the failure is said in its place.
    await page.selectOption("#fe0-language", "fr");
    await page.waitForFunction(() => document.querySelector(".fe-language [role=status]").textContent !== "");
    assert.equal(await said(), "جارٍ تحميل اللغة التي اخترتها: Français");
    held["fr-release"](false);
    await page.waitForSelector("#fe0-language-error");
    assert.equal(await said(), "");
    assert.equal(await page.getAttribute(".fe-root", "lang"), "ar");
    // Changed back to the form's own language while another loads: nothing is said any
    // more, and the other, arriving later, does not take the form.
    let releaseFa;
    const fa = new Promise((resolve) => (releaseFa = resolve));
    await page.route("**/locales/fa/engine.ftl", async (route) => {
      await fa;
      return route.continue();
    });
    await page.selectOption("#fe0-language", "fa");
    await page.waitForFunction(() => document.querySelector(".fe-language [role=status]").textContent !== "");
    await page.selectOption("#fe0-language", "ar");
    await page.waitForFunction(() => document.querySelector(".fe-language [role=status]").textContent === "");
    assert.equal(await page.$("#fe0-language-error"), null, "the earlier failure is not said again");
    const arrived = page.waitForResponse("**/locales/fa/engine.ftl");
    releaseFa();
    await arrived;
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    assert.equal(await page.getAttribute(".fe-root", "lang"), "ar");
    assert.equal(await said(), "");
  } finally {
    await context.close();
  }
});

test("a question shown or hidden by a radio chosen with the arrow keys: focus stays on that radio, and every field keeps its own element and answer", async () => {
  const { context, page, problems } = await open("en");
  try {
    // The registration: "yes" shows two questions after the radios, "no" hides them.
    await load(page, { ...upTo(3), has_residence_document: "no" });
    for (let i = 0; i < 3; i++) await next(page);
    await page.fill("#fe0-arrival_date-day", "2");
    await page.focus("#fe0-has_residence_document-1");
    for (const [key, chosen, shown] of [["ArrowUp", 0, true], ["ArrowDown", 1, false]]) {
      await keepControls(page);
      await page.keyboard.press(key);
      await page.waitForFunction((shown) => !!document.querySelector("#fe0-residence_document_number") === shown, shown);
      await settled(page);
      assert.deepEqual(await controlsMoved(page), [], `${key}: no field became another`);
      assert.ok(await focusOnKept(page, `fe0-has_residence_document-${chosen}`), `${key}: focus stays on the radio chosen`);
      assert.equal(await page.isChecked(`#fe0-has_residence_document-${chosen}`), true);
      assert.equal(await page.inputValue("#fe0-arrival_date-day"), "2");
    }
    // The dog-tax form: "a company" shows its name after the radios.
    await page.goto(live.server.origin + "/hundesteuer.html");
    await engineForm(page);
    await page.fill("#fe0-owner_name", "Jürgen Müller");
    await page.focus("#fe0-is_company-1");
    await keepControls(page);
    await page.keyboard.press("ArrowUp");
    await page.waitForSelector("#fe0-company_name");
    await settled(page);
    assert.deepEqual(await controlsMoved(page), [], "no field became another");
    assert.ok(await focusOnKept(page, "fe0-is_company-0"), "focus stays on the radio chosen");
    assert.equal(await page.inputValue("#fe0-owner_name"), "Jürgen Müller");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("repeatable groups: add moves focus to the new item, remove to the add button; visibility follows answers", async () => {
  const { context, page, problems } = await open("en");
  try {
    await load(page, upTo(3));
    for (let i = 0; i < 3; i++) await next(page);
    assert.equal(await page.isVisible("#fe0-residence_document_number"), false);
    await page.check("#fe0-has_residence_document-0");
    assert.equal(await page.isVisible("#fe0-residence_document_number"), true);
    await page.check("#fe0-has_residence_document-1");
    assert.equal(await page.isVisible("#fe0-residence_document_number"), false);
    await page.fill("#fe0-arrival_date-day", "1");
    await page.fill("#fe0-arrival_date-month", "9");
    await page.fill("#fe0-arrival_date-year", "2015");
    await next(page);
    await page.click("#fe0-family_members-add");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe0-family_members-0-member_family_name");
    await page.click("#fe0-family_members-add");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe0-family_members-1-member_family_name");
    await page.fill("#fe0-family_members-1-member_family_name", "Second");
    assert.match(await page.textContent("#fe0-family_members-0-remove"), /Remove\W+Family member\W+1/);
    await page.click("#fe0-family_members-0-remove");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe0-family_members-add");
    assert.equal(await page.inputValue("#fe0-family_members-0-member_family_name"), "Second");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("drafts: nothing is kept on the device without consent; kept when opted in; cleared after sending", async () => {
  const { context, page, problems } = await open("en");
  try {
    await load(page);
    await page.fill("#fe0-family_name", "Draft");
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
    await page.check("#fe0-draft");
    assert.match(await page.evaluate((k) => localStorage.getItem(k), KEY), /Draft/);
    await page.uncheck("#fe0-draft");
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
    await load(page, upTo(PAGES.length));
    for (let i = 0; i <= PAGES.length; i++) await next(page);
    await page.waitForSelector(".fe-panel");
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("the page loaded again (a reload, a pull to refresh, a phone bringing back a tab it had dropped) loses nothing: the tab keeps the answers, the page and the key of a send, not hidden answers, and nothing once sent; a new tab starts empty", async () => {
  const { context, page, problems } = await open("en");
  try {
    const keys = [];
    let reload = false;
    await page.route("**/api/forms/lea-registration/submissions", async (route) => {
      keys.push(route.request().postDataJSON().idempotencyKey);
      if (reload) return route.continue();
      if (keys.length === 1) {
        await route.fetch(); // the server stores it, but the answer is lost on the way back
        return route.abort("connectionreset");
      }
      return route.abort("internetdisconnected");
    });
    const tab = () => page.evaluate((k) => sessionStorage.getItem(k), KEY);
    const device = () => page.evaluate((k) => localStorage.getItem(k), KEY);
    const answers = upTo(PAGES.length);
    answers.family_name = "Reloaded";
    await load(page, answers);
    await page.uncheck("#fe0-draft"); // not kept on the device: the tab's copy is enough
    assert.equal(await device(), null);
    for (let i = 0; i < 3; i++) await next(page);
    const residence = await heading(page);
    // A question shown by a radio, answered, then hidden again: its answer is not kept.
    await page.check("#fe0-has_residence_document-0");
    await page.fill("#fe0-residence_document_number", "HIDDEN-123");
    await page.check("#fe0-has_residence_document-1");
    await page.fill("#fe0-arrival_date-day", "2");
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true }))); // kept now
    assert.match(await tab(), /"arrival_date":\{[^}]*"day":"2"/);
    assert.doesNotMatch(await tab(), /HIDDEN-123/);
    // The loader draws no first page (step 1, empty) over the step the tab kept.
    await page.addInitScript(() => new MutationObserver(() => {
      if (document.querySelector("[data-fe-first]")) window.__firstDrawn = true;
    }).observe(document, { childList: true, subtree: true }));
    await page.reload();
    await engineForm(page);
    assert.equal(await page.evaluate(() => window.__firstDrawn ?? false), false, "no first page drawn");
    assert.equal(await heading(page), residence, "the same page");
    assert.equal(await page.inputValue("#fe0-arrival_date-day"), "2", "what was typed last");
    assert.equal(await page.isChecked("#fe0-has_residence_document-1"), true);
    await page.check("#fe0-has_residence_document-0");
    assert.equal(await page.inputValue("#fe0-residence_document_number"), "", "the hidden answer is gone");
    await page.check("#fe0-has_residence_document-1");
    assert.equal(await device(), null, "nothing on the device without consent");
    // The browser's Back still goes a step back, with the answers there.
    await page.evaluate(() => history.back());
    await page.waitForFunction((h) => document.querySelector("#fe0-heading")?.textContent !== h, residence);
    assert.equal(await page.inputValue("#fe0-email"), "alice@example.org");
    // Sent, but the answer lost; loaded again before the form could try again: the next
    // send has the same key, and the service stores the answers once.
    for (let i = 0; i < PAGES.length - 2; i++) await next(page);
    await page.click(".fe-form button[type=submit]");
    await page.waitForFunction(() => document.querySelector(".fe-status")?.textContent || document.querySelector(".fe-notice"));
    assert.ok(keys.length >= 1);
    reload = true;
    await page.reload();
    await engineForm(page);
    // Sent from "check your answers": back on the last page, one Continue from it.
    assert.equal(await heading(page), "Language and consent");
    await next(page);
    await page.click(".fe-form button[type=submit]");
    await page.waitForSelector(".fe-panel", { timeout: 20_000 });
    assert.ok(keys.every((k) => typeof k === "string" && k.length > 8), String(keys));
    assert.equal(new Set(keys).size, 1, "one key for every send");
    const rows = (await exported()).filter((r) => JSON.stringify(r).includes("Reloaded"));
    assert.equal(rows.length, 1, "exactly one stored submission");
    assert.equal(await tab(), null, "nothing kept once sent");
    await page.reload();
    await engineForm(page);
    assert.equal(await page.inputValue("#fe0-family_name"), "");
    // Another tab starts empty: the copy is the tab's own.
    await page.fill("#fe0-family_name", "Only here");
    const other = await context.newPage();
    await other.goto(live.server.origin + "/");
    await engineForm(other);
    assert.equal(await other.inputValue("#fe0-family_name"), "");
    assert.deepEqual(problems.filter((p) => !p.includes("Failed to load resource")), []);
  } finally {
    await context.close();
  }
});

test("typing keeps the draft a second later, not on every keystroke; hiding the page (a phone may then drop the tab) or leaving it keeps it at once", async () => {
  const { context, page, problems } = await open("en");
  try {
    await load(page);
    const tab = () => page.evaluate((k) => sessionStorage.getItem(k) ?? "", KEY);
    await page.fill("#fe0-family_name", "Hidden");
    // Hidden as the browser hides it (the event bubbles to the window); the draft is read
    // once the page's tasks of the event (promise callbacks) have run.
    const [before, after] = await page.evaluate(async (k) => {
      const before = sessionStorage.getItem(k) ?? "";
      document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      return [before, sessionStorage.getItem(k) ?? ""];
    }, KEY);
    assert.doesNotMatch(before, /Hidden/, "not written on the keystroke");
    assert.match(after, /"family_name":"Hidden"/, "kept when hidden");
    // Left at once (a reload): the browser hides the page as it goes.
    await page.fill("#fe0-family_name", "Left");
    await page.reload();
    await engineForm(page);
    assert.equal(await page.inputValue("#fe0-family_name"), "Left");
    // Nothing else happens: kept within a second or so.
    await page.fill("#fe0-family_name", "Waited");
    assert.doesNotMatch(await tab(), /Waited/);
    await page.waitForFunction((k) => sessionStorage.getItem(k)?.includes("Waited"), KEY, { timeout: 3_000 });
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("the page loaded again is in the language the applicant chose (Arabic on a German page), on the same step with the answers, and focus stays where the browser puts it; a language the form does not have is not taken", async () => {
  const { context, page, problems } = await open("de");
  try {
    await load(page, upTo(PAGES.length));
    await page.uncheck("#fe0-draft"); // the tab's copy only
    await next(page);
    await next(page);
    await page.selectOption("#fe0-language", "ar");
    await page.waitForSelector(".fe-root[lang=ar]");
    await page.fill("#fe0-email", "reload@example.org");
    const contact = await heading(page);
    const asked = [];
    page.on("request", (r) => asked.push(new URL(r.url()).pathname));
    await page.reload();
    await engineForm(page);
    await page.waitForSelector(".fe-root[lang=ar][dir=rtl]", { timeout: 5_000 });
    // Its messages asked for once (the loader asks, the engine takes the request over).
    assert.equal(asked.filter((p) => p.endsWith("/ar/engine.ftl")).length, 1, asked.join("\n"));
    assert.equal(await heading(page), contact, "the same page, in Arabic");
    assert.equal(await page.inputValue("#fe0-email"), "reload@example.org");
    assert.equal(await page.inputValue("#fe0-language"), "ar", "the switch says Arabic");
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), "fe0-language", "focus is not taken");
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, "nothing on the device");
    // Back to German, kept the same way.
    await page.selectOption("#fe0-language", "de");
    await page.waitForSelector(".fe-root[lang=de]");
    await page.reload();
    await engineForm(page);
    await page.waitForSelector(".fe-root[lang=de][dir=ltr]");
    assert.equal(await page.inputValue("#fe0-email"), "reload@example.org");
    // A kept language the form does not offer (another version of the form, a hand-edited
    // storage): the page's language, the answers kept.
    for (const locale of ["xx", "../../de", "", 5, { de: 1 }, null]) {
      await page.evaluate(([k, l]) => {
        const draft = JSON.parse(sessionStorage.getItem(k));
        sessionStorage.setItem(k, JSON.stringify({ ...draft, locale: l }));
      }, [KEY, locale]);
      await page.reload();
      await engineForm(page);
      assert.equal(await page.getAttribute(".fe-root", "lang"), "de", JSON.stringify(locale));
      assert.equal(await page.inputValue("#fe0-email"), "reload@example.org", JSON.stringify(locale));
    }
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

/** The colours a PDF paints with (`r g b rg`, in its compressed content streams). */
function pdfFills(pdf) {
  const fills = new Set();
  const text = pdf.toString("latin1");
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endstream", start);
    let body;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue; // not compressed content (a font, an image)
    }
    for (const [, r, g, b] of body.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg/g)) {
      fills.add([r, g, b].map((c) => Math.round(Number(c) * 255).toString(16).padStart(2, "0")).join(""));
    }
  }
  return fills;
}

test("a step printed: its questions and answers are on paper; Back, the language and the buttons (white on a green the browser leaves out) are not, and come back on screen", async () => {
  const { context, page, problems } = await open("de");
  try {
    await load(page, upTo(2));
    await next(page);
    await page.waitForSelector(".fe-form .fe-back");
    const shown = () => page.evaluate(() => Object.fromEntries(
      [".fe-form .fe-button", ".fe-back", ".fe-language", ".fe-form .fe-input", ".fe-form .fe-label", ".fe-heading"]
        .map((s) => [s, getComputedStyle(document.querySelector(s)).display]),
    ));
    await page.emulateMedia({ media: "print" });
    assert.deepEqual(await shown(), {
      ".fe-form .fe-button": "none", ".fe-back": "none", ".fe-language": "none",
      ".fe-form .fe-input": "block", ".fe-form .fe-label": "block", ".fe-heading": "block",
    });
    await page.emulateMedia({ media: "screen" });
    assert.deepEqual(await shown(), {
      ".fe-form .fe-button": "inline-block", ".fe-back": "inline-block", ".fe-language": "flex",
      ".fe-form .fe-input": "block", ".fe-form .fe-label": "block", ".fe-heading": "block",
    });
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("the confirmation printed, or saved as a PDF (as phones keep it): its white text stays on its green panel, so the reference can be read on paper", async () => {
  const { context, page, problems } = await open("de");
  try {
    await load(page, { ...upTo(PAGES.length), family_name: "Gedruckt" });
    for (let i = 0; i < PAGES.length; i++) await next(page);
    await page.click(".fe-form button[type=submit]");
    await page.waitForSelector(".fe-panel");
    const reference = await page.textContent(".fe-panel p");
    assert.match(reference, /LEA-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    // As a browser prints by default: without the page's backgrounds (unless a rule keeps
    // them), which would leave white text on white paper.
    const fills = pdfFills(await page.pdf({ format: "A4" }));
    assert.ok(fills.has("ffffff"), [...fills].join(" "));
    assert.ok(fills.has("00703c"), `the panel's green is printed: ${[...fills].join(" ")}`);
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("a draft kept on the device, open in two tabs: each tab sends with a key of its own, and both are stored", async () => {
  const { context, page, problems } = await open("en");
  try {
    await load(page, { ...upTo(PAGES.length), family_name: "Twotabs" });
    await page.fill("#fe0-given_names", "First"); // the draft now holds this tab's key
    // A browser hides this tab as the other one comes to the front, and the draft is kept
    // then; a headless one does not hide it.
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true })));
    const other = await context.newPage();
    await other.goto(live.server.origin + "/");
    await engineForm(other);
    assert.equal(await other.inputValue("#fe0-given_names"), "First");
    await other.fill("#fe0-given_names", "Second");
    for (const p of [page, other]) {
      for (let i = 0; i <= PAGES.length; i++) await next(p);
      await p.waitForSelector(".fe-panel");
    }
    const rows = (await exported()).filter((r) => JSON.stringify(r).includes("Twotabs"));
    assert.deepEqual(rows.map((r) => JSON.stringify(r).includes("Second")).sort(), [false, true], "both sends stored");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("a browser that refuses storage (cookies blocked: reading either storage throws) or has no room (writing throws): the form works and sends, and a reload starts it anew", async () => {
  for (const how of ["blocked", "full"]) {
    const { context, page, problems } = await open("en");
    try {
      // "full" starts from answers kept on the device, read before the storage filled up.
      await load(page, how === "full" ? { ...upTo(PAGES.length), family_name: "Full" } : undefined);
      await page.addInitScript((how) => {
        if (how === "blocked") {
          for (const name of ["localStorage", "sessionStorage"]) {
            Object.defineProperty(window, name, { get() { throw new DOMException("The operation is insecure.", "SecurityError"); } });
          }
        } else {
          Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
        }
      }, how);
      await page.reload();
      await engineForm(page);
      if (how === "blocked") {
        for (const [id, v] of Object.entries(ANSWERS[0])) {
          if (typeof v === "object") for (const [part, p] of Object.entries(v)) await page.fill(`#fe0-${id}-${part}`, p);
          else if (await page.$(`select#fe0-${id}`)) await page.selectOption(`#fe0-${id}`, v);
          else await page.fill(`#fe0-${id}`, v);
        }
        await next(page);
        assert.equal(await heading(page), "Your address in Berlin", `${how}: Continue works`);
        await page.reload();
        await engineForm(page);
        assert.equal(await heading(page), "Personal details", `${how}: nothing could be kept`);
        assert.equal(await page.inputValue("#fe0-family_name"), "");
      } else {
        assert.equal(await page.inputValue("#fe0-family_name"), "Full");
        await page.fill("#fe0-given_names", "Alice Mary");
        for (let i = 0; i <= PAGES.length; i++) await next(page);
        await page.waitForSelector(".fe-panel");
        const rows = (await exported()).filter((r) => JSON.stringify(r).includes("Alice Mary"));
        assert.equal(rows.length, 1, `${how}: sent once`);
      }
      await clean(page, problems);
    } finally {
      await context.close();
    }
  }
});

test("the endpoint fails, then recovers: exactly one submission arrives", async () => {
  const { context, page, problems } = await open("en");
  try {
    let calls = 0;
    await page.route("**/api/forms/lea-registration/submissions", async (route) => {
      calls++;
      if (calls === 1) return route.abort("internetdisconnected"); // nothing reached the server
      if (calls === 2) {
        await route.fetch(); // the server stores it, but the answer is lost on the way back
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    const answers = upTo(PAGES.length);
    answers.family_name = "Retry";
    await load(page, answers);
    for (let i = 0; i < PAGES.length; i++) await next(page);
    await page.click(".fe-form button[type=submit]");
    await page.click(".fe-form button[type=submit]"); // an impatient second click sends nothing more
    await page.waitForSelector(".fe-panel", { timeout: 20_000 });
    assert.equal(calls, 3);
    const rows = (await exported()).filter((r) => JSON.stringify(r).includes("Retry"));
    assert.equal(rows.length, 1, "exactly one stored submission");
    // Console errors from the two failed requests are the browser's own network messages.
    assert.deepEqual(problems.filter((p) => !p.includes("Failed to load resource")), []);
  } finally {
    await context.close();
  }
});

test("an email address with an internationalised domain: typed (Chromium hands it over as xn--) or handed over as typed, the engine accepts it", async () => {
  const { context, page, problems } = await open("de");
  try {
    await load(page, upTo(2));
    for (let i = 0; i < 2; i++) await next(page);
    assert.equal(await page.getAttribute("#fe0-email", "type"), "email");
    await page.fill("#fe0-email", "");
    await page.type("#fe0-email", "info@bücher.de");
    assert.equal(await page.inputValue("#fe0-email"), "info@xn--bcher-kva.de");
    // As typed: the way a browser that keeps the domain as typed would hand it over.
    await page.$eval("#fe0-email_repeat", (e) => {
      e.value = "info@bücher.de";
      e.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await next(page);
    const summary = await page.textContent(".fe-summary");
    // Both are addresses; the only complaint is that they differ (written two ways).
    assert.match(summary, /Die E-Mail-Adressen stimmen nicht überein/);
    assert.doesNotMatch(summary, /im richtigen Format/);
    await page.$eval("#fe0-email", (e) => {
      e.value = "info@bücher.de";
      e.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await next(page);
    assert.equal(await heading(page), "Ihr Aufenthalt in Deutschland");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("issues found by the server are shown on their fields, in the reader's language", async () => {
  // The server's date is 2021-03-15; the browser's is today. Born in June 2003 the
  // applicant is an adult here but was 17 on the server's date: the server refuses.
  const { context, page, problems } = await open("de");
  try {
    const answers = upTo(PAGES.length);
    answers.birth_date = date("1", "6", "2003");
    await load(page, answers);
    for (let i = 0; i <= PAGES.length; i++) await next(page);
    await page.waitForSelector(".fe-summary");
    assert.equal(await page.evaluate(() => document.activeElement.className), "fe-summary");
    assert.match(await page.textContent("#fe0-birth_date-error"), /^Fehler: .*18/);
    assert.deepEqual(problems.filter((p) => !p.includes("422")), []);
  } finally {
    await context.close();
  }
});

test("right to left: dir=rtl, mirrored layout, no horizontal scrolling at 320 px; screenshots", async () => {
  const shots = join(ROOT, "target/screenshots");
  mkdirSync(shots, { recursive: true });
  for (const [locale, dir] of [["ar", "rtl"], ["fa", "rtl"], ["de", "ltr"]]) {
    for (const width of [320, 1280]) {
      const { context, page, problems } = await open(locale, { width });
      try {
        await load(page);
        await next(page);
        assert.equal(await page.getAttribute(".fe-root", "dir"), dir);
        // The embed's own box, not the host page's: the host's text depends on the fonts a
        // machine has, and is not ours to test.
        const box = await page.evaluate(() => {
          const el = document.querySelector(".fe-root");
          const root = el.getBoundingClientRect();
          const label = document.querySelector(".fe-label").getBoundingClientRect();
          const input = document.querySelector("#fe0-family_name").getBoundingClientRect();
          const outside = [...el.querySelectorAll("*")].filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && (r.left < root.left - 1 || r.right > root.right + 1);
          }).map((e) => e.id || e.className || e.tagName);
          return { root: [root.left, root.right], label: [label.left, label.right], input: [input.left, input.right],
            overflow: el.scrollWidth - el.clientWidth, outside, viewport: window.innerWidth };
        });
        assert.ok(box.overflow <= 0, `the form scrolls sideways at ${width}px (${locale}): ${box.overflow}px`);
        assert.deepEqual(box.outside, [], `parts of the form stick out of it at ${width}px (${locale})`);
        assert.ok(box.root[0] >= -1 && box.root[1] <= box.viewport + 1,
          `the form is wider than the screen at ${width}px (${locale}): ${JSON.stringify(box)}`);
        // Labels start at the inline start: the right edge in right-to-left, the left in left-to-right.
        const gap = dir === "rtl" ? box.input[1] - box.label[1] : box.label[0] - box.input[0];
        assert.ok(Math.abs(gap) <= 2, `label not at the inline start (${locale}, ${width}px): ${JSON.stringify(box)}`);
        await page.screenshot({ path: join(shots, `${locale}-${width}.png`), fullPage: true });
        await clean(page, problems);
      } finally {
        await context.close();
      }
    }
  }
});

test("several forms on one page: unique ids, each with its own language, errors and focus", async () => {
  const { context, page, problems } = await open("en");
  try {
    await page.goto(live.server.origin + "/two-forms.html");
    await page.waitForSelector("#fe0-heading");
    await page.waitForSelector("#fe1-heading");
    assert.equal(await page.getAttribute("#fe0-top", "lang"), "de");
    assert.equal(await page.getAttribute("#fe1-top", "dir"), "rtl");
    assert.deepEqual(await helpers.duplicateIds(page), []);
    await page.click("#fe1-top button[type=submit]");
    await page.waitForSelector("#fe1-summary");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe1-summary");
    assert.equal(await page.$("#fe0-summary"), null);
    await page.click("#fe1-summary a >> nth=0");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe1-family_name");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("a form the page adds later (content loaded as the reader moves on, or the main part replaced) is mounted: unique ids, its own language, errors and focus; an element that names no form is looked at once", async () => {
  const { context, page, problems } = await open("en");
  try {
    await page.goto(live.server.origin + "/two-forms.html");
    await page.waitForSelector("#fe1-heading");
    // Loaded into a new section, inside a wrapper; beside it an element without a form.
    await page.evaluate(() => {
      const section = document.createElement("section");
      section.innerHTML = '<h2>Hundesteuer</h2><div class="tab"><div id="late" data-form-schema="/forms/dog-tax.json" data-endpoint="/api/forms/dog-tax/submissions" data-locale="uk"></div></div><div id="empty" data-form-schema=" "></div>';
      document.querySelector("main").append(section);
    });
    await page.waitForSelector("#late #fe2-heading", { timeout: 20_000 });
    assert.equal(await page.getAttribute("#fe2-top", "lang"), "uk");
    assert.ok(await page.$eval("#empty", (e) => e.hasAttribute("data-fe-engine")), "looked at once");
    assert.deepEqual(await helpers.duplicateIds(page), []);
    await page.click("#fe2-top button[type=submit]");
    await page.waitForSelector("#fe2-summary");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe2-summary");
    assert.equal(await page.$("#fe0-summary"), null);
    await page.click("#fe2-summary a >> nth=0");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe2-owner_name");
    await helpers.axe(page, "a form added later");
    // The main part replaced, as a CMS that navigates without reloading does.
    await page.evaluate(() => {
      const div = document.createElement("div");
      for (const [k, v] of Object.entries({ "data-form-schema": "/forms/lea-registration.json",
        "data-endpoint": "/api/forms/lea-registration/submissions", "data-locale": "ar", "data-languages": "de en ar" })) {
        div.setAttribute(k, v);
      }
      document.querySelector("main").replaceChildren(div);
    });
    await page.waitForSelector("#fe4-heading", { timeout: 20_000 });
    assert.equal(await page.getAttribute("#fe4-top", "dir"), "rtl");
    assert.deepEqual(await helpers.duplicateIds(page), []);
    await page.fill("#fe4-family_name", "Haddad");
    await page.click("#fe4-top button[type=submit]");
    await page.waitForSelector("#fe4-summary");
    assert.equal(await page.inputValue("#fe4-family_name"), "Haddad");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

/** The form opened after a page of the browser's own (so that leaving it by Back shows),
 *  with answers for every step: the page left behind and the form's address. */
async function afterBlank(page) {
  const before = "about:blank";
  await page.goto(before);
  await load(page, upTo(PAGES.length));
  return { before, address: page.url() };
}

test("the browser's Back (a phone's back gesture) goes a step back in the form, as its Back link does; from the first page, and once the answers are sent, it leaves the page", async () => {
  const { context, page, problems } = await open("en");
  try {
    const { before, address } = await afterBlank(page);
    const back = async (heading) => {
      await page.evaluate(() => history.back());
      await page.waitForFunction((h) => document.querySelector("#fe0-heading")?.textContent === h, heading);
      assert.equal(page.url(), address, "the address stays");
      await settled(page);
      assert.equal(await page.evaluate(() => document.activeElement.id), "fe0-heading");
    };
    await next(page);
    await next(page);
    assert.equal(await heading(page), "Contact details");
    // A link to a place on the page (a host's skip link, a table of contents) adds an
    // entry of its own: no step back, neither there nor on the browser's Back off it.
    await page.evaluate(() => { location.hash = "#main"; });
    await page.evaluate(() => history.back());
    await page.waitForFunction(() => location.hash === "");
    await settled(page);
    assert.equal(await heading(page), "Contact details");
    await back("Your address in Berlin");
    await back("Personal details");
    assert.equal(await page.inputValue("#fe0-family_name"), "Smith");
    // The form's own Back link, then the browser's Back: the same step, not two.
    await next(page);
    await next(page);
    await page.click(".fe-back");
    assert.equal(await heading(page), "Your address in Berlin");
    await back("Personal details");
    // From the first page, Back leaves the page; also when the form's own Back link led
    // there (no Back press that does nothing first).
    await page.goBack();
    assert.equal(page.url(), before);
    await page.goForward();
    await engineForm(page);
    await next(page);
    await page.click(".fe-back");
    assert.equal(await heading(page), "Personal details");
    await settled(page);
    await page.goBack();
    assert.equal(page.url(), before);
    // Loaded again on the form's entry (a reload; a phone bringing back a tab it had
    // dropped): the form is on the step it was on (the tab kept it), and Back goes a
    // step back.
    await page.goForward();
    await engineForm(page);
    await next(page);
    await next(page);
    assert.equal(await heading(page), "Contact details");
    await page.reload();
    await engineForm(page);
    assert.equal(await heading(page), "Contact details");
    await back("Your address in Berlin");
    // The same with answers kept that do not say where the applicant was (kept by an
    // earlier version of the embed): the form starts on its first step, and Back
    // leaves at once.
    await page.evaluate((k) => {
      for (const s of [localStorage, sessionStorage]) {
        const kept = JSON.parse(s.getItem(k));
        if (kept) s.setItem(k, JSON.stringify({ answers: kept.answers }));
      }
    }, KEY);
    await page.reload();
    await engineForm(page);
    assert.equal(await heading(page), "Personal details");
    await page.waitForFunction(() => history.state === "fe0-page");
    await page.goBack();
    assert.equal(page.url(), before);
    await page.goto(address);
    await engineForm(page);
    for (let i = 0; i < PAGES.length; i++) await next(page);
    assert.equal(await heading(page), "Check your answers");
    await back("Language and consent");
    await page.evaluate(() => history.forward());
    await next(page);
    await next(page);
    assert.ok(await page.$(".fe-panel"), "sent");
    await clean(page, problems);
    // Sent: one Back leaves the page.
    await page.goBack();
    assert.equal(page.url(), before);
    // A page that keeps its own state in its history entry (a single-page application's
    // router) is left alone: no entry of the form's, and Back is the page's.
    await load(page, upTo(PAGES.length));
    await page.evaluate(() => history.replaceState({ route: "form" }, ""));
    const entries = await page.evaluate(() => history.length);
    await next(page);
    await next(page);
    assert.equal(await heading(page), "Contact details");
    assert.equal(await page.evaluate(() => history.length), entries, "no entry added");
    assert.deepEqual(await page.evaluate(() => history.state), { route: "form" });
  } finally {
    await context.close();
  }
});

for (const gap of [5, 40]) test(`two Backs in quick succession (a double back gesture, the second ${gap} ms after the page got the first): two steps back, what was typed kept; a third Back leaves the page from the first step`, async () => {
  const { context, page, problems } = await open("en");
  try {
    const { before, address } = await afterBlank(page);
    await next(page);
    await next(page);
    assert.equal(await heading(page), "Contact details");
    await page.fill("#fe0-phone", "+49 30 1234567");
    await settled(page);
    // The form takes the first press, draws the step before and adds its entry again within
    // that press's own event (13 to 27 ms here): the second press, however soon after it,
    // is a step back too. (Two \`history.back()\` before the page hears of the first, which
    // no hand can do but a busy machine can make of a 5 ms timer, leave the page from the
    // step before: the browser goes two entries back before the page can act; Forward
    // brings the form back on it.)
    await page.evaluate((gap) => {
      addEventListener("popstate", () => setTimeout(() => history.back(), gap), { once: true });
      history.back();
    }, gap);
    await page.waitForFunction(() => document.querySelector("#fe0-heading")?.textContent === "Personal details");
    await settled(page);
    assert.equal(page.url(), address, "still on the form's page");
    assert.equal(await page.inputValue("#fe0-family_name"), "Smith");
    // The step typed on is still there, with what was typed.
    await next(page);
    await next(page);
    assert.equal(await heading(page), "Contact details");
    assert.equal(await page.inputValue("#fe0-phone"), "+49 30 1234567");
    await page.click(".fe-back");
    await page.click(".fe-back");
    assert.equal(await heading(page), "Personal details");
    await settled(page);
    await page.goBack();
    assert.equal(page.url(), before);
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("leaving for another page and coming back with Back: the browser's back/forward cache keeps the form as it was (nothing in the embed keeps the page out of it), and Back is the form's again", async () => {
  // Chromium as it ships, with the cache on (Playwright's own launch turns it off).
  const browser = await launch([], { bfcache: true });
  try {
    const { context, page, problems } = await helpers.open(browser, live.server.origin, "en");
    await page.addInitScript(() => addEventListener("pageshow", (e) => { window.__restored = e.persisted; }));
    await load(page, upTo(PAGES.length));
    await page.uncheck("#fe0-draft");
    await next(page);
    await next(page);
    assert.equal(await heading(page), "Contact details");
    await page.fill("#fe0-phone", "+49 30 1234567");
    await page.goto(live.server.origin + "/hundesteuer.html");
    await page.goBack({ waitUntil: "commit" });
    await page.waitForFunction(() => document.querySelector("#fe0-heading"));
    const restored = await page.evaluate(() => ({
      persisted: window.__restored,
      reasons: JSON.stringify(performance.getEntriesByType("navigation")[0]?.notRestoredReasons ?? null),
    }));
    assert.equal(restored.persisted, true, `restored from the back/forward cache (${restored.reasons})`);
    assert.equal(await heading(page), "Contact details");
    assert.equal(await page.inputValue("#fe0-phone"), "+49 30 1234567");
    await page.evaluate(() => history.back());
    await page.waitForFunction(() => document.querySelector("#fe0-heading")?.textContent === "Your address in Berlin");
    assert.equal(page.url(), live.server.origin + "/");
    await clean(page, problems);
    await context.close();
  } finally {
    await browser.close();
  }
});

test("back keeps answers; a Change link on check your answers goes to the field and returns", async () => {
  const { context, page, problems } = await open("en");
  try {
    await load(page, upTo(PAGES.length));
    await next(page);
    assert.equal(await heading(page), "Your address in Berlin");
    await page.click(".fe-back");
    assert.equal(await page.inputValue("#fe0-family_name"), "Smith");
    for (let i = 0; i < PAGES.length; i++) await next(page);
    assert.equal(await heading(page), "Check your answers");
    await page.click('.fe-check-action a[href="#fe0-email"]');
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe0-email");
    await page.fill("#fe0-email", "changed@example.org");
    await page.fill("#fe0-email_repeat", "changed@example.org");
    await next(page);
    assert.equal(await heading(page), "Check your answers");
    const shown = await page.textContent(".fe-root");
    assert.match(shown, /changed@example\.org/, shown);
    await clean(page, problems);
  } finally {
    await context.close();
  }
});
