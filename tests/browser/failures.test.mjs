// What the applicant sees when something fails, on the demo CMS page with the real
// receiver: each failure injected (Playwright routing, offline mode, answers of 413, 409,
// 422 and 500), the message asserted in the reader's language (or the built-in German and
// English when no messages could be had), and the answers still there afterwards.
import { test } from "node:test";
import assert from "node:assert/strict";
import { FIREFOX } from "./server.mjs";
import { serverAndBrowser, open, load, next, axe, upTo, PAGES, engineForm, engineMessage as message, watchClipboard, copyAnswers, copyAgain } from "./helpers.mjs";

const SUBMISSIONS = "**/api/forms/lea-registration/submissions";

const live = serverAndBrowser();

const exported = () => live.server.exported("lea-registration");

/** Only the browser's own network messages of the failures injected. */
function onlyNetwork(problems) {
  return problems.filter((p) => !/Failed to load resource|^form: |net::ERR_/.test(p));
}

/** The notice shown instead of the form (or above the send button). */
async function notice(page) {
  await page.waitForSelector(".fe-notice", { timeout: 30_000 });
  return {
    title: (await page.textContent(".fe-notice h2")).trim(),
    text: (await page.textContent(".fe-notice p")).trim(),
    lang: await page.evaluate(() => document.querySelector(".fe-notice").closest("[lang]").getAttribute("lang")),
    buttons: await page.$$eval(".fe-notice button", (bs) => bs.map((b) => b.textContent.trim())),
  };
}

/** On "check your answers", with every answer given (a family name to find it by). */
async function atCheck(page, name, locale) {
  const answers = upTo(PAGES.length);
  answers.family_name = name;
  await load(page, live.server.origin + "/", answers);
  for (let i = 0; i < PAGES.length; i++) await next(page);
  await page.waitForSelector(".fe-check");
  assert.equal(await page.getAttribute(".fe-root", "lang"), locale);
}

/** On "check your answers" (as `name`, in `locale`), sent to a service that answers `reply`
 *  (`{ status, body, contentType }`); the clipboard watched, and refused when `refuse`. The
 *  notice the form then shows. */
async function sendRefused(page, name, locale, reply, refuse = false) {
  await watchClipboard(page, refuse);
  await page.route(SUBMISSIONS, (route) => route.fulfill(reply));
  await atCheck(page, name, locale);
  await page.click(".fe-form button[type=submit]");
  return notice(page);
}

/** After sending, the tries' waits passed on the page's fake clock (`page.clock.install()`
 *  before the page loads) until the service is given up on: its notice. */
async function givenUp(page) {
  // Five tries wait 1 + 2 + 4 + 8 s: ten steps of 8 s are more than enough.
  for (let step = 0; !(await page.$(".fe-notice")); step++) {
    assert.ok(step < 10, "no notice 80 s after sending (on the fake clock)");
    await page.clock.fastForward(8000);
    await page.waitForTimeout(50);
  }
  return notice(page);
}

/** Waits (real time, 10 s at most) until `done()` holds in the test, or fails saying `what`. */
async function expectSoon(done, what) {
  const end = Date.now() + 10_000;
  while (!done()) {
    assert.ok(Date.now() < end, `not within 10 s: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The answers are all still there: on "check your answers" and in the stored draft. */
async function answersKept(page, name) {
  const shown = await page.$$eval(".fe-check", (cs) => cs.map((c) => c.textContent).join(" "));
  assert.ok(shown, "still on check your answers");
  assert.match(shown, new RegExp(name));
  assert.match(shown, /alice@example\.org/);
}

test("the form cannot be loaded (404, damaged): a notice with Try again, in the reader's language; the retry shows the form", async () => {
  for (const [locale, failure, title] of [
    ["en", "404", "This form cannot be shown at the moment"],
    ["de", "damaged", "Dieses Formular kann gerade nicht angezeigt werden"],
    ["ar", "404", null], // explained with the Arabic engine messages
  ]) {
    const { context, page, problems } = await open(live.browser, live.server.origin, locale);
    try {
      let broken = true;
      await page.route("**/forms/lea-registration.form", async (route) => {
        if (!broken) return route.continue();
        if (failure === "404") return route.fulfill({ status: 404, body: "not found" });
        const real = await route.fetch();
        const bytes = await real.body();
        return route.fulfill({ status: 200, body: bytes.subarray(0, bytes.length / 2), contentType: "application/octet-stream" });
      });
      await page.goto(live.server.origin + "/");
      const n = await notice(page);
      if (title) assert.equal(n.title, title);
      assert.equal(n.lang, locale);
      assert.ok(!/form-|problem-/.test(n.title + n.text), `no message ids: ${JSON.stringify(n)}`);
      assert.equal(n.buttons.length, 1);
      // The page keeps its focus when the notice appears on load.
      assert.ok(await page.evaluate(() => !document.activeElement?.closest(".fe-root")));
      await axe(page, `${locale}: form unavailable`);
      broken = false;
      await page.click(".fe-notice button");
      await engineForm(page);
      assert.equal(await page.evaluate(() => document.activeElement.id), "fe0-heading", "focus on the form after Try again");
      assert.deepEqual(onlyNetwork(problems), []);
    } finally {
      await context.close();
    }
  }
});

test("nothing can be loaded (form and every message file): the built-in notice, German or English", async () => {
  for (const [locale, title] of [
    ["de", "Dieses Formular kann gerade nicht angezeigt werden"],
    ["fr", "This form cannot be shown at the moment"], // no built-in French: English
  ]) {
    const { context, page } = await open(live.browser, live.server.origin, locale);
    try {
      await page.route(/\.(form|ftl)$/, (route) => route.abort("internetdisconnected"));
      await page.goto(live.server.origin + "/");
      const n = await notice(page);
      assert.equal(n.title, title);
      assert.equal(n.lang, locale === "de" ? "de" : "en");
      // Try again while still failing: the notice again, and it takes focus this time.
      await page.click(".fe-notice button");
      await page.waitForSelector(".fe-notice");
      await page.waitForFunction(() => document.activeElement?.classList.contains("fe-notice"));
    } finally {
      await context.close();
    }
  }
});

/** The demo page with the page's own content in the form's element (what a CMS puts there
 *  for browsers that cannot run the form), and with `csp` as its Content-Security-Policy. */
async function hostPage(page, csp) {
  await page.route(live.server.origin + "/", async (route) => {
    const r = await route.fetch();
    const body = (await r.text()).replace(/(<div data-form-schema=[^>]*>)/, '$1<p class="host-own">Auch auf Papier: Bürgeramt</p>');
    await route.fulfill({ response: r, body, headers: csp ? { ...r.headers(), "content-security-policy": csp } : r.headers() });
  });
}

/** The title of the notice in `locale`, from its engine messages. */
const unavailable = (locale) => message(locale, "form-problem-unavailable-title");

/** What the notice leaves: the page's own content after it, focus where asked; Try again
 *  unless the browser has no WebAssembly (`none`: then what to do instead). */
async function noticeOverHost(page, locale, focused, none = false) {
  const n = await notice(page);
  assert.equal(n.title, unavailable(locale));
  assert.equal(n.lang, locale);
  assert.equal(await page.getAttribute(".fe-root", "dir"), ["ar", "fa"].includes(locale) ? "rtl" : "ltr");
  assert.ok(!/form-|problem-/.test(n.title + n.text), `no message ids: ${JSON.stringify(n)}`);
  assert.equal(n.text, message(locale, none ? "form-problem-no-webassembly" : "form-problem-unavailable"));
  assert.equal(n.buttons.length, none ? 0 : 1);
  assert.ok(await page.isVisible(".fe-root + .host-own"), "the page's own content stays, after the notice");
  assert.equal(await page.$("[data-fe-first]:visible"), null, "no first page that cannot work");
  assert.equal(await page.evaluate(() => !!document.activeElement?.closest(".fe-notice")), focused);
}

test("the engine cannot start (its wasm or its glue fails): a notice in the reader's language above the page's own content; Try again starts it with what was typed", async () => {
  for (const [locale, file] of [["de", /\/form-embed\.[0-9a-f]{10}\.wasm$/], ["ar", /\/form-embed-glue\.[0-9a-f]{10}\.js/]]) {
    const { context, page, problems } = await open(live.browser, live.server.origin, locale);
    try {
      await hostPage(page);
      let release;
      const gate = new Promise((r) => (release = r));
      let broken = true;
      await page.route(file, async (route) => {
        if (!broken) return route.continue();
        // The wasm only after something was typed on the first page.
        if (locale === "de") await gate;
        return locale === "de" ? route.abort("internetdisconnected") : route.fulfill({ status: 404, body: "not found" });
      });
      await page.goto(live.server.origin + "/");
      if (locale === "de") {
        await page.waitForSelector("[data-fe-first] #fe0-family_name", { timeout: 20_000 });
        await page.fill("#fe0-family_name", "Müller");
        await page.focus("#fe0-family_name");
        release();
      }
      // Focus was in the form (the first page): it moves to the notice; on load it stays.
      await noticeOverHost(page, locale, locale === "de");
      await axe(page, `${locale}: the engine cannot start`);
      assert.ok(problems.some((p) => p.startsWith("form-embed: the engine cannot start")), "said in the console");
      broken = false;
      await page.click(".fe-notice button");
      await engineForm(page);
      await page.waitForFunction(() => document.activeElement?.id === "fe0-heading");
      assert.equal(await page.inputValue("#fe0-family_name"), locale === "de" ? "Müller" : "");
      assert.equal(await page.$(".host-own"), null, "the engine's form replaces the page's own content");
      assert.equal(await page.getAttribute(".fe-root", "lang"), locale);
    } finally {
      await context.close();
    }
  }
});

test("the engine cannot start and no message came (or its request stalls), the page forbids WebAssembly, the browser has none (then what to do instead of Try again), the reader's messages with Windows line ends or a placeable: the reader's notice or the built-in one; Try again says it again", async () => {
  for (const [locale, how, said] of [["fr", "offline", "en"], ["ar", "stalled", "en"], ["de", "csp", "de"], ["en", "none", "en"],
    ["fa", "none", "fa"], ["uk", "crlf", "uk"], ["tr", "placeable", "en"]]) {
    const { context, page } = await open(live.browser, live.server.origin, locale);
    try {
      // A host that allows scripts from itself but not compiling WebAssembly.
      await hostPage(page, how === "csp" ? "script-src 'self'" : null);
      if (how === "offline") await page.route(/\.(wasm|ftl|form|json)$/, (route) => route.abort("internetdisconnected"));
      // What the page asks of the network (a browser without WebAssembly downloads none of
      // the engine: on a phone that is most of the embed's bytes).
      const asked = [];
      page.on("request", (r) => asked.push(r.url()));
      if (how === "none") await page.addInitScript(() => delete globalThis.WebAssembly);
      if (how === "crlf" || how === "placeable") {
        // The reader's engine messages as a translator may leave them: Windows line ends (read
        // as they are), or a placeable in one of the notice's messages (then the built-in).
        await page.route(new RegExp(`/${locale}/engine\\.ftl$`), async (route) => {
          const text = await (await route.fetch()).text();
          const body = how === "crlf" ? text.replace(/\n/g, "\r\n") : text.replace(/^form-try-again = .*$/m, "form-try-again = { -brand }");
          await route.fulfill({ body, contentType: "text/plain; charset=utf-8" });
        });
        await page.route(/\.wasm$/, (route) => route.abort("internetdisconnected"));
      }
      if (how === "stalled") {
        // The reader's engine messages are never answered; the wasm fails.
        await page.route(/\/ar\/engine\.ftl$/, () => {});
        await page.route(/\.wasm$/, (route) => route.abort("internetdisconnected"));
      }
      await page.goto(live.server.origin + "/");
      if (how === "none") {
        // Try again cannot help: the notice says what can, with no button.
        await noticeOverHost(page, said, false, true);
        await axe(page, `${locale}: a browser without WebAssembly`);
        const engineFiles = asked.filter((u) => /\/form-embed(-glue)?\.[0-9a-f]{10}\.(wasm|js)$/.test(u));
        assert.deepEqual(engineFiles, [], "none of the engine is downloaded");
        assert.ok(!asked.some((u) => u.endsWith("/first-page.json")), "no first page that cannot work");
        assert.ok(asked.some((u) => u.endsWith(`/${said}/engine.ftl`)), "the reader's messages, for the notice");
        continue;
      }
      await noticeOverHost(page, said, false);
      await page.click(".fe-notice button");
      await page.waitForFunction(() => document.activeElement?.classList.contains("fe-notice"), null, { timeout: 20_000 });
      await noticeOverHost(page, said, true);
    } finally {
      await context.close();
    }
  }
});

test("the dog-tax page, which does not list its languages, whose engine cannot start: the notice in the language the packed form offers the reader, or its default; Try again starts it", async () => {
  // Ukrainian is offered by the dog-tax form; French is not (its default, German, then).
  for (const [locale, said] of [["uk", "uk"], ["fr", "de"]]) {
    const { context, page } = await open(live.browser, live.server.origin, locale);
    try {
      let broken = true;
      await page.route(/\/form-embed\.[0-9a-f]{10}\.wasm$/, (route) => (broken ? route.abort("internetdisconnected") : route.continue()));
      await page.goto(live.server.origin + "/hundesteuer.html");
      const n = await notice(page);
      assert.equal(n.title, unavailable(said));
      assert.equal(n.lang, said);
      await axe(page, `dog tax, ${locale}: the engine cannot start`);
      broken = false;
      await page.click(".fe-notice button");
      await engineForm(page);
      await page.waitForFunction(() => document.activeElement?.id === "fe0-heading");
      assert.equal(await page.getAttribute(".fe-root", "lang"), said);
    } finally {
      await context.close();
    }
  }
});

test("two forms whose engine cannot start, and one the page adds later: a notice in each, in its language, ids unique; Try again in the second starts all, focus in the second", async () => {
  const { context, page } = await open(live.browser, live.server.origin, "en");
  try {
    let broken = true;
    await page.route(/\/form-embed\.[0-9a-f]{10}\.wasm$/, (route) => (broken ? route.abort("internetdisconnected") : route.continue()));
    await page.goto(live.server.origin + "/two-forms.html");
    await page.waitForFunction(() => document.querySelectorAll(".fe-notice").length === 2, null, { timeout: 20_000 });
    // A tab the page fills later (a form in Ukrainian, and an element without a form).
    await page.evaluate(() => {
      const section = document.createElement("section");
      section.innerHTML = '<h2>Hundesteuer</h2><div id="late" data-form-schema="/forms/dog-tax.json" data-endpoint="/api/forms/dog-tax/submissions" data-locale="uk"><p class="host-own">Auch auf Papier</p></div><div id="empty" data-form-schema=" "></div>';
      document.querySelector("main").append(section);
    });
    await page.waitForFunction(() => document.querySelectorAll(".fe-notice").length === 3, null, { timeout: 20_000 });
    const notices = await page.$$eval(".fe-notice", (ns) => ns.map((n) => [n.id, n.closest("[lang]").lang, n.closest("[dir]").dir, n.querySelector("h2").textContent]));
    assert.deepEqual(notices, [["fe0-notice", "de", "ltr", unavailable("de")], ["fe1-notice", "ar", "rtl", unavailable("ar")],
      ["fe2-notice", "uk", "ltr", unavailable("uk")]]);
    assert.ok(await page.isVisible("#late .fe-root + .host-own"), "the page's own content stays, after the notice");
    assert.equal(await page.$eval("#empty", (e) => e.childNodes.length), 0, "an element without a form stays as it is");
    await axe(page, "three forms whose engine cannot start");
    broken = false;
    await page.click("#fe1-notice button");
    await page.waitForFunction(() => document.querySelectorAll("[data-fe-engine] .fe-form").length === 3, null, { timeout: 30_000 });
    await page.waitForFunction(() => document.activeElement?.id === "fe1-heading");
    assert.equal(await page.getAttribute("#late .fe-root", "lang"), "uk");
  } finally {
    await context.close();
  }
});

// A missing file as a 404, and as many servers answer it: their own "not found" page with 200
// (a CMS's, a single-page app's fallback), which is not read as messages.
const NOT_FOUND_PAGE = "\n<!DOCTYPE html>\n<html lang=\"de\"><head><title>Seite nicht gefunden</title></head><body><h1>Seite nicht gefunden</h1><p>Die angeforderte Seite existiert nicht.</p></body></html>";
for (const [missing, reply] of [
  ["missing", { status: 404, body: "" }],
  ["answered with a \"not found\" page and 200", { status: 200, body: NOT_FOUND_PAGE, contentType: "text/html" }],
]) test(`the default language's messages are ${missing}: no form of message ids but a notice; the reader's: the default language, said under the switch`, async () => {
  {
    const { context, page } = await open(live.browser, live.server.origin, "en");
    try {
      await page.route("**/locales/de/engine.ftl", (route) => route.fulfill(reply));
      await page.goto(live.server.origin + "/");
      const n = await notice(page);
      assert.equal(n.title, "This form cannot be shown at the moment");
    } finally {
      await context.close();
    }
  }
  {
    const { context, page } = await open(live.browser, live.server.origin, "de");
    try {
      await page.route("**/lea-registration/locales/de/lea-registration.ftl", (route) => route.fulfill(reply));
      await page.goto(live.server.origin + "/");
      const n = await notice(page);
      assert.equal(n.title, "Dieses Formular kann gerade nicht angezeigt werden");
    } finally {
      await context.close();
    }
  }
  {
    const { context, page } = await open(live.browser, live.server.origin, "fr");
    try {
      await page.route("**/locales/fr/engine.ftl", (route) => route.fulfill(reply.status === 200 ? reply : { status: 500, body: "" }));
      await page.goto(live.server.origin + "/");
      await engineForm(page);
      assert.equal(await page.getAttribute(".fe-root", "lang"), "de");
      assert.equal(await page.textContent("#fe0-language-error"), "Diese Sprache konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und wählen Sie sie erneut aus.");
      assert.equal(await page.getAttribute("#fe0-language", "aria-describedby"), "fe0-language-error");
      assert.doesNotMatch(await page.textContent(".fe-root"), /\bform-[a-z-]+/);
    } finally {
      await context.close();
    }
  }
});

test("a text the form shows in neither the reader's language nor the default one (the country names not loaded; the form's messages older than the form, without a label, a hint, a later page's heading, a question's or a rule's error message): no id in the form but a notice with Try again, in the reader's language; the retry shows the form", async () => {
  const unavailable = "Dieses Formular kann gerade nicht angezeigt werden";
  for (const [locale, lacking, title, id] of [
    ["de", "countries", unavailable, "country-"],
    ["uk", "countries", null, "country-"], // the reader's country names fail too: explained in Ukrainian
    ["de", "older", unavailable, "lea-birth-place"],
    ["de", "older", unavailable, "lea-email-hint"],
    ["de", "older", unavailable, "lea-page-address"],
    ["de", "older", unavailable, "lea-family-name-required"],
    ["de", "older", unavailable, "lea-rule-adult"],
  ]) {
    const { context, page, problems } = await open(live.browser, live.server.origin, locale);
    try {
      let broken = true;
      if (lacking === "countries") {
        await page.route("**/countries.ftl", (route) => (broken ? route.fulfill({ status: 404, body: "" }) : route.continue()));
      } else {
        // The German messages as they were before the form had the message `id` (each a
        // message of one line).
        await page.route("**/lea-registration/locales/de/lea-registration.ftl", async (route) => {
          if (!broken) return route.continue();
          const text = await (await route.fetch()).text();
          const older = text.replace(new RegExp(`^${id} = .*\n`, "m"), "");
          assert.notEqual(older, text);
          return route.fulfill({ status: 200, body: older, contentType: "text/plain; charset=utf-8" });
        });
      }
      await page.goto(live.server.origin + "/");
      const n = await notice(page);
      if (title) assert.equal(n.title, title);
      assert.equal(n.lang, locale);
      assert.ok(!/form-|problem-|country-|lea-/.test(n.title + n.text), `no message ids: ${JSON.stringify(n)}`);
      assert.equal(n.buttons.length, 1);
      assert.equal(await page.$(".fe-form"), null);
      // Said on the console for the host's developers, with the message missing.
      assert.ok(problems.some((p) => p.startsWith(`form: no message ${id}`)), problems.join("\n"));
      broken = false;
      await page.click(".fe-notice button");
      await engineForm(page);
      assert.doesNotMatch(await page.textContent(".fe-root"), /\b(country|lea)-[a-zA-Z]/);
      assert.deepEqual(onlyNetwork(problems), []);
    } finally {
      await context.close();
    }
  }
});

test("the default language's country names not loaded, the reader's there: the form, with the reader's names", async () => {
  const { context, page } = await open(live.browser, live.server.origin, "uk");
  try {
    let refused = 0;
    await page.route("**/de/countries.ftl", (route) => {
      refused++;
      return route.fulfill({ status: 404, body: "" });
    });
    await page.goto(live.server.origin + "/");
    await engineForm(page);
    assert.ok(refused >= 1, "the German country names were asked for, and refused");
    assert.equal(await page.$(".fe-notice"), null);
    assert.equal(await page.getAttribute(".fe-root", "lang"), "uk");
    assert.equal(await page.$eval("#fe0-birth_country option[value=GB]", (o) => o.textContent.trim()), "Велика Британія");
  } finally {
    await context.close();
  }
});

test("a file that never comes (the packed form; the country names): 20 s later the notice with Try again, not \"loading\" for ever; after Try again the form, with what was typed on its first page", async () => {
  for (const file of ["**/forms/lea-registration.form", "**/locales/de/countries.ftl"]) {
    const { context, page } = await open(live.browser, live.server.origin, "de");
    try {
      await page.clock.install();
      let stalled = true;
      await page.route(file, (route) => (stalled ? undefined : route.continue())); // held, never answered
      await page.goto(live.server.origin + "/");
      await page.waitForSelector("[data-fe-first] #fe0-family_name");
      await page.fill("#fe0-family_name", "Müller");
      // Not before 20 s: a slow file is not given up on too early.
      await page.clock.fastForward(15_000);
      await page.waitForTimeout(500);
      assert.equal(await page.$(".fe-notice"), null, `${file}: a notice before 20 s`);
      assert.equal(await page.inputValue("[data-fe-first] #fe0-family_name"), "Müller");
      await page.clock.fastForward(6_000);
      const n = await notice(page);
      assert.equal(n.title, "Dieses Formular kann gerade nicht angezeigt werden", file);
      assert.equal(n.buttons.length, 1);
      stalled = false;
      await page.click(".fe-notice button");
      await engineForm(page);
      assert.equal(await page.inputValue("#fe0-family_name"), "Müller", file);
      assert.doesNotMatch(await page.textContent(".fe-root"), /\bcountry-[A-Z]/);
    } finally {
      await context.close();
    }
  }
});

test("the language names are the embed's own: none is asked of the page, so a host without /locales/languages.ftl still names every language in itself", async () => {
  const { context, page } = await open(live.browser, live.server.origin, "uk");
  try {
    const asked = [];
    await page.route("**/languages.ftl", (route) => {
      asked.push(route.request().url());
      return route.fulfill({ status: 404, body: "" });
    });
    await page.goto(live.server.origin + "/");
    await engineForm(page);
    assert.equal(await page.getAttribute(".fe-root", "lang"), "uk");
    const names = await page.$$eval("#fe0-language option", (os) => os.map((o) => [o.value, o.textContent.trim(), o.lang]));
    assert.deepEqual(names, [
      ["de", "Deutsch", "de"], ["en", "English", "en"], ["ar", "العربية", "ar"], ["fa", "فارسی", "fa"], ["fr", "Français", "fr"],
      ["pl", "Polski", "pl"], ["ru", "Русский", "ru"], ["tr", "Türkçe", "tr"], ["uk", "Українська", "uk"], ["vi", "Tiếng Việt", "vi"],
    ]);
    assert.doesNotMatch(await page.textContent(".fe-root"), /\blanguage-[a-z]/);
    assert.deepEqual(asked, []);
  } finally {
    await context.close();
  }
});

test("offline while switching language: the language is not marked loaded, said so, and loads when chosen again", async () => {
  const { context, page } = await open(live.browser, live.server.origin, "de");
  try {
    await load(page, live.server.origin + "/", upTo(1));
    await context.setOffline(true);
    await page.selectOption("#fe0-language", "fr");
    await page.waitForSelector("#fe0-language-error");
    assert.equal(await page.getAttribute(".fe-root", "lang"), "de");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe0-language");
    assert.equal(await page.inputValue("#fe0-family_name"), "Smith");
    assert.equal(await page.inputValue("#fe0-language"), "de", "the switch shows the language the form is in");
    await context.setOffline(false);
    await page.selectOption("#fe0-language", "fr");
    await page.waitForFunction(() => document.querySelector(".fe-root").lang === "fr");
    assert.equal(await page.$("#fe0-language-error"), null);
    assert.equal(await page.inputValue("#fe0-family_name"), "Smith");
    assert.match(await page.textContent("#fe0-heading"), /[a-zé]/);
  } finally {
    await context.close();
  }
});

for (const [what, status, body, contentType, message, headers] of [
  ["a 422 whose body is not JSON", 422, "<html>Unprocessable</html>", "text/html",
    "The service did not accept your answers because of a problem with this form."],
  ["a 422 whose issues are not a list", 422, JSON.stringify({ error: "invalid", issues: { family_name: "bad" } }), "application/json",
    "The service did not accept your answers because of a problem with this form."],
  ["a 413", 413, JSON.stringify({ error: "too-large" }), "application/json", "Your answers are too long to send."],
  ["a 409", 409, JSON.stringify({ error: "changed" }), "application/json", "This form has been changed since you opened it."],
  ["a 400", 400, "", "text/plain", "The service did not accept your answers because of a problem with this form."],
  // Successes that stored nothing: not said as sent (before, the answers and the draft were
  // cleared and "Your reference is ." shown).
  ["a 200 that is a firewall's block page", 200, "<html><body>The requested URL was rejected. Your support ID is: 1234</body></html>", "text/html",
    "The service did not accept your answers because of a problem with this form."],
  ["a 201 without a reference", 201, JSON.stringify({ stored: true }), "application/json",
    "The service did not accept your answers because of a problem with this form."],
  // An intranet's sign-in sent as a redirect of the POST (an expired single sign-on session):
  // the browser follows it to a page, 200.
  ["a redirect to a sign-in page", 302, "", "text/html",
    "The service did not accept your answers because of a problem with this form.", { location: "/" }],
]) {
  test(`the service answers ${what}: the reason and what to do, a copy of the answers, the answers kept`, async () => {
    const { context, page, problems } = await open(live.browser, live.server.origin, "en");
    try {
      const followed = [];
      page.on("request", (r) => r.redirectedFrom() && followed.push(r.url()));
      const n = await sendRefused(page, "Refused", "en", { status, body, contentType, headers });
      if (headers) assert.deepEqual(followed, [live.server.origin + "/"], "the browser followed the redirect");
      assert.equal(n.title, "Your answers have not been sent");
      assert.ok(n.text.startsWith(message), n.text);
      assert.deepEqual(n.buttons, ["Copy your answers"]);
      assert.equal(await page.evaluate(() => document.activeElement.id), "fe0-notice");
      await answersKept(page, "Refused");
      // The answers as text, to keep them safe.
      const text = await copyAnswers(page);
      assert.match(text, /Family name: Refused/);
      assert.match(text, /alice@example\.org/);
      assert.doesNotMatch(text, /[\u2068\u2069]/);
      await axe(page, `${what}: notice`);
      assert.deepEqual(onlyNetwork(problems).filter((p) => !p.includes(String(status))), []);
    } finally {
      await context.close();
    }
  });
}

test("Copy your answers: the answers as text on the clipboard, said beside the button", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "de");
  try {
    if (!FIREFOX) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: live.server.origin });
    await sendRefused(page, "Kopiert", "de", { status: 409, body: "{}", contentType: "application/json" });
    const copied = await copyAnswers(page);
    assert.equal((await page.textContent(".fe-notice [role=status]")).trim(), "Ihre Angaben wurden kopiert.");
    assert.match(copied, /Familienname: Kopiert\n/);
    if (!FIREFOX) assert.equal(await page.evaluate(() => navigator.clipboard.readText()), copied, "on the clipboard");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Angaben kopieren", "the focus stays on the button");
    assert.equal(await page.$("#fe0-answers-text"), null, "no box to copy from by hand");
    await axe(page, "copied");
    // Pressed again: said again (a live region whose words stay the same is not read).
    assert.deepEqual(await copyAgain(page), ["-Ihre Angaben wurden kopiert.", "+Ihre Angaben wurden kopiert."]);
    assert.deepEqual(onlyNetwork(problems).filter((p) => !p.includes("409")), []);
  } finally {
    await context.close();
  }
});

// (Without a stand-in: on a page served over plain HTTP, in loading.test.mjs.)
test("Copy your answers where the browser refuses the clipboard (Arabic, a phone): said beside the button, the answers shown selected and focused, to copy by hand", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "ar", { width: 360, height: 640 });
  try {
    await sendRefused(page, "Refused", "ar", { status: 413, body: "{}", contentType: "application/json" }, true);
    const copied = await copyAnswers(page);
    await page.waitForFunction(() => document.activeElement.id === "fe0-answers-text");
    const text = (await page.textContent(".fe-notice [role=status]")).trim();
    assert.equal(text, message("ar", "form-copy-refused"));
    assert.match(copied, /Refused\n[^]*alice@example\.org/, "the answers, in the order of the pages");
    assert.equal(await page.inputValue("#fe0-answers-text"), copied, "the text it tried to copy");
    const area = await page.evaluate(() => {
      const a = document.activeElement;
      const r = a.getBoundingClientRect();
      return { start: a.selectionStart, end: a.selectionEnd, length: a.value.length, top: r.top, bottom: r.bottom, height: innerHeight };
    });
    assert.ok(area.length > 100, "the answers are in the box");
    assert.deepEqual([area.start, area.end], [0, area.length], "all of them selected");
    assert.ok(area.top >= 0 && area.top < area.height, `the box is in view: ${JSON.stringify(area)}`);
    await axe(page, "copy refused, ar");
    // Pressed again: said again, and the same box focused and selected once more.
    const box = await page.$("#fe0-answers-text");
    const refused = message("ar", "form-copy-refused");
    assert.deepEqual(await copyAgain(page), ["-" + refused, "+" + refused]);
    await page.waitForFunction(() => document.activeElement.id === "fe0-answers-text");
    assert.ok(await box.evaluate((b) => b.isConnected && b === document.activeElement), "the box is kept, not drawn anew");
    assert.deepEqual(await box.evaluate((b) => [b.selectionStart, b.selectionEnd]), [0, area.length]);
    assert.deepEqual(onlyNetwork(problems).filter((p) => !p.includes("413")), []);
  } finally {
    await context.close();
  }
});

test("the service names answers this page does not show (an item not added, an item itself, a field unknown here): every link in the summary leads somewhere", async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "en");
  try {
    const issue = (path, code, message, label) => ({ path, code, message, label, text: "" });
    const issues = [
      issue("family_members[3].member_given_names", "required", "error-required", "lea-member-given-names"),
      issue("family_members[0]", "not-an-object", "error-not-an-object", "lea-family-member"),
      issue("family_members[0].member_given_names", "required", "error-required", "lea-member-given-names"),
      { ...issue("household_size", "too-large", "error-too-large", "lea-household-size"), args: { max: 30 } },
      issue("no_such_field", "required", "error-required", "lea-family-name"),
    ];
    await page.route(SUBMISSIONS, (route) =>
      route.fulfill({ status: 422, body: JSON.stringify({ error: "invalid", issues }), contentType: "application/json" }));
    await atCheck(page, "Named", "en");
    await page.click(".fe-form button[type=submit]");
    await page.waitForSelector(".fe-summary");
    const targets = await page.$$eval(".fe-summary a", (as) => as.map((a) => a.getAttribute("href")));
    assert.equal(targets.length, issues.length);
    assert.deepEqual(targets, ["#fe0-family_members-add", "#fe0-family_members-0-legend", "#fe0-family_members-0-member_given_names", "#fe0-household_size", "#fe0-heading"]);
    for (const [n, href] of targets.entries()) {
      assert.ok(await page.$(href), `${href} is on the page`);
      await page.click(`.fe-summary li:nth-child(${n + 1}) a`);
      assert.equal(await page.evaluate(() => "#" + document.activeElement.id), href, "the link moves the focus there");
    }
    assert.equal(await page.inputValue("#fe0-household_size"), "2", "the answers are kept");
    assert.deepEqual(onlyNetwork(problems).filter((p) => !p.includes("422")), []);
  } finally {
    await context.close();
  }
});

test("the endpoint answers 500 for ever: a bounded number of tries, then what to do and the answers; Try again sends once it is back", async () => {
  const { context, page } = await open(live.browser, live.server.origin, "de");
  try {
    let calls = 0;
    let down = true;
    await page.route(SUBMISSIONS, (route) => {
      calls++;
      return down ? route.fulfill({ status: 500, body: "{}", contentType: "application/json" }) : route.continue();
    });
    // The waits between tries (1, 2, 4, 8 s) passed on a fake clock.
    await page.clock.install();
    await atCheck(page, "Unreachable", "de");
    await page.click(".fe-form button[type=submit]");
    const n = await givenUp(page);
    assert.equal(calls, 5, "five tries");
    assert.equal(n.title, "Ihre Angaben wurden nicht gesendet");
    assert.ok(n.text.startsWith("Der Dienst ist gerade nicht erreichbar."), n.text);
    assert.deepEqual(n.buttons, ["Erneut versuchen", "Angaben kopieren"]);
    await answersKept(page, "Unreachable");
    down = false;
    await page.click(".fe-notice button >> text=Erneut versuchen");
    await page.waitForSelector(".fe-panel", { timeout: 20_000 });
    assert.equal(calls, 6);
    const rows = (await exported()).filter((r) => JSON.stringify(r).includes("Unreachable"));
    assert.equal(rows.length, 1, "exactly one stored submission");
  } finally {
    await context.close();
  }
});

test("Copy your answers, then Try again before the copy is done: the next notice does not start with the copy's message; Copy there says its own", async () => {
  const { context, page } = await open(live.browser, live.server.origin, "en");
  try {
    // The retries' waits (1, 2, 4, 8 s) passed on a fake clock, and a clipboard that
    // answers only when the test lets it.
    await page.clock.install();
    await watchClipboard(page, false, { hold: true });
    let status = 500;
    await page.route(SUBMISSIONS, (route) => route.fulfill({ status, body: "{}", contentType: "application/json" }));
    await atCheck(page, "Raced", "en");
    await page.click(".fe-form button[type=submit]");
    assert.deepEqual((await givenUp(page)).buttons, ["Try again", "Copy your answers"]);
    await page.click(".fe-notice button.fe-secondary");
    await page.waitForFunction(() => window.__copied.length === 1);
    status = 409;
    await page.click(".fe-notice button >> text=Try again");
    await page.waitForFunction(() => document.querySelectorAll(".fe-notice button").length === 1);
    assert.match(await page.textContent(".fe-notice p"), /changed since you opened it/);
    // The first copy ends now, after the second try was refused.
    await page.evaluate(() => window.__release.shift()());
    await page.waitForTimeout(300);
    assert.equal((await page.textContent(".fe-notice [role=status]")).trim(), "", "the stale copy is not said");
    await page.click(".fe-notice button.fe-secondary");
    await page.waitForFunction(() => window.__copied.length === 2);
    await page.evaluate(() => window.__release.shift()());
    await page.waitForFunction(() => document.querySelector(".fe-notice [role=status]").textContent.trim() !== "");
    assert.equal((await page.textContent(".fe-notice [role=status]")).trim(), "Your answers have been copied.");
  } finally {
    await context.close();
  }
});

test("the answer stalls (the submission got through, its answer never comes): after 20 s a network failure, said; tried again with the same key; stored once, its reference shown", async (t) => {
  const { context, page } = await open(live.browser, live.server.origin, "de");
  try {
    const bodies = [];
    await page.route(SUBMISSIONS, async (route) => {
      const request = route.request();
      bodies.push(request.postData());
      if (bodies.length > 1) return route.continue();
      // The first try's answer never comes: its route is never fulfilled. Where the test
      // can read the request (not over BiDi in Firefox), the request first goes to the
      // receiver from here, as the browser would have sent it: the submission got through.
      if (bodies[0] === null) return t.diagnostic("the request's body cannot be read here: the first try does not reach the receiver");
      const stored = await fetch(request.url(), { method: "POST", headers: request.headers(), body: bodies[0] });
      assert.equal(stored.status, 201);
    });
    // The time limit and the wait before the next try passed on a fake clock (which also
    // runs on by itself, so the margin): not said 18 s after sending, said by 20 s.
    await page.clock.install();
    await atCheck(page, "Stalled", "de");
    await page.click(".fe-form button[type=submit]");
    await expectSoon(() => bodies.length >= 1, "the submission reached the service");
    const said = () => !!document.querySelector(".fe-status")?.textContent.includes("Wir versuchen es automatisch noch einmal");
    await page.clock.fastForward(18_000);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(said), false, "not said before the time limit");
    await page.clock.fastForward(2_000);
    await page.waitForFunction(said, null, { timeout: 2_000 });
    await page.clock.fastForward(1000);
    await page.waitForSelector(".fe-panel", { timeout: 20_000 });
    assert.equal(bodies.length, 2, "tried twice");
    if (bodies[0] !== null) assert.equal(JSON.parse(bodies[0]).idempotencyKey, JSON.parse(bodies[1]).idempotencyKey, "with the same idempotency key");
    const rows = (await exported()).filter((r) => JSON.stringify(r).includes("Stalled"));
    assert.equal(rows.length, 1, "stored once");
    assert.match(rows[0].reference, /^[A-Z]+-/);
    assert.ok((await page.textContent(".fe-panel")).includes(rows[0].reference), "the stored reference shown");
  } finally {
    await context.close();
  }
});

test("offline when sending: said so, the answers kept, sent when the connection is back", async () => {
  const { context, page } = await open(live.browser, live.server.origin, "en");
  try {
    await atCheck(page, "Offline", "en");
    await context.setOffline(true);
    await page.click(".fe-form button[type=submit]");
    await page.waitForFunction(() => document.querySelector(".fe-status")?.textContent.startsWith("You are offline."));
    await answersKept(page, "Offline");
    await page.waitForTimeout(1500);
    assert.equal((await exported()).filter((r) => JSON.stringify(r).includes("Offline")).length, 0);
    await context.setOffline(false);
    await page.waitForSelector(".fe-panel", { timeout: 20_000 });
    const rows = (await exported()).filter((r) => JSON.stringify(r).includes("Offline"));
    assert.equal(rows.length, 1, "sent once when back online");
  } finally {
    await context.close();
  }
});
