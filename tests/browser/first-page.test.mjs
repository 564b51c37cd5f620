// The first page before the engine, on the demo page with the real receiver: the loader
// draws `first-page.json` (the engine's own first page, rendered natively) while the wasm
// is still on its way (held back here by routing), and the engine takes it over: what was
// typed or chosen, focus and caret, and a "continue" pressed meanwhile all survive; nothing
// is sent or navigated before the engine is there; the markup is the engine's own.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, serve, ROOT } from "./server.mjs";
import { startServer } from "./demo-server.mjs";
import { open, hold, KEY, engineMessage } from "./helpers.mjs";
import { brotli } from "./sizes.mjs";

// The first page travels beside the embed (size-budget.mjs keeps the embed itself at most
// 150 000 bytes): its own budget, after brotli.
const FIRST_PAGE_BUDGET = 4_000; // bytes (3 179 for the registration in German, 1 December 2026)

let server;
let hostile;
let browser;
before(async () => {
  server = await startServer();
  hostile = await startServer({ site: join(ROOT, "tests/browser/hosts") });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
  hostile?.stop();
});

/** Opens the demo page with the engine's wasm held back until `release()`; with
 *  `languages: false` the page does not list the form's languages (`data-languages`);
 *  `routes(page)` before the page is asked for (the loader asks for its files at once). */
async function held(locale, { fail = false, origin = server.origin, path = "/", languages = true, clock = false, routes } = {}) {
  const { context, page, problems } = await open(browser, origin, locale);
  await routes?.(page);
  // Time that flows, and can be moved on.
  if (clock) await page.clock.install();
  if (path !== "/" || !languages) {
    // Another host page, asking for the first page as a CMS page would.
    await page.route(origin + path, async (route) => {
      const r = await route.fetch();
      let body = await r.text();
      if (!body.includes("data-first-page")) body = body.replace("<div data-form-schema=", "<div data-first-page data-form-schema=");
      if (!languages) body = body.replace(/ data-languages="[^"]*"/, "");
      await route.fulfill({ response: r, body });
    });
  }
  const release = await hold(page, "**/*.wasm", (route) => (fail ? route.abort() : route.continue()));
  await page.goto(origin + path);
  await page.waitForSelector("[data-fe-first] .fe-form input", { timeout: 20_000 });
  const engine = await page.evaluate(() => document.querySelector("[data-form-schema]").hasAttribute("data-fe-engine"));
  assert.equal(engine, false, "the first page was drawn before the engine");
  return { context, page, problems, release };
}

const taken = (page) => page.waitForFunction(() => !document.querySelector("[data-fe-first]") && document.querySelector(".fe-form input"), null, { timeout: 30_000 });

/** The markup of the form's element: attributes sorted, the value attribute (a property
 *  in the live page) and the first page's own marks left out, option lists as sorted sets
 *  (the browser's collation orders them in the live page). */
const markup = (page) => page.evaluate(() => {
  const out = [];
  const walk = (n, depth) => {
    if (n.nodeType === 3) {
      if (n.textContent.trim()) out.push(`${" ".repeat(depth)}"${n.textContent.trim()}"`);
      return;
    }
    if (n.nodeType !== 1) return;
    if (n.classList.contains("fe-mount")) return [...n.childNodes].forEach((c) => walk(c, depth));
    const attrs = [...n.attributes].filter((a) => !["value", "data-fe-first", "selected"].includes(a.name))
      .map((a) => `${a.name}="${a.value}"`).sort().join(" ");
    out.push(`${" ".repeat(depth)}<${n.tagName.toLowerCase()} ${attrs}>`);
    if (n.tagName === "SELECT") {
      out.push(`${" ".repeat(depth + 1)}${[...n.options].map((o) => `${o.value}=${o.textContent}`).sort().join("|")}`);
      return;
    }
    [...n.childNodes].forEach((c) => walk(c, depth + 1));
  };
  const root = document.querySelector("[data-form-schema] .fe-root");
  walk(root, 0);
  return out;
});

test("what is typed and chosen on the first page, focus and caret survive the engine's takeover; Enter waits for it", async () => {
  const { context, page, problems, release } = await held("de");
  await page.focus("#fe0-family_name");
  await page.keyboard.type("Müller");
  await page.keyboard.press("ArrowLeft");
  await page.selectOption("#fe0-nationality", "GB");
  await page.focus("#fe0-given_names");
  await page.keyboard.type("Anna");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  const url = page.url();
  await page.keyboard.press("Enter");
  await page.waitForTimeout(300);
  assert.equal(page.url(), url, "nothing navigated or was sent before the engine");
  // The button does not seem to do nothing: the status line (a live region there from the
  // start, so that screen readers hear the change) says the form is still loading.
  assert.equal(await page.textContent("[data-fe-first] .fe-status[role=status]"), "Das Formular wird geladen …");
  assert.ok(await page.isVisible("[data-fe-first] .fe-status[role=status]"));
  release();
  await taken(page);
  // The pressed "continue" is pressed again: the engine's error summary, without the
  // answers given on the first page.
  await page.waitForSelector(".fe-summary", { timeout: 20_000 });
  const summary = await page.textContent(".fe-summary");
  assert.ok(!/Familienname|Vornamen|Staatsangehörigkeit/.test(summary), summary);
  assert.equal(await page.inputValue("#fe0-family_name"), "Müller");
  assert.equal(await page.inputValue("#fe0-given_names"), "Anna");
  assert.equal(await page.inputValue("#fe0-nationality"), "GB");
  assert.equal(await page.locator("#fe0-family_name").count(), 1, "one form, no copy left");
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  await context.close();
});

// Served as XHTML, the page is XML to the browser: element names as written (a select's
// tagName is "select"), and no module scripts in Chromium. What is chosen in a select
// before the engine is there must reach the engine as it does on an HTML page.
test("on a host page served as XHTML, the first page is drawn and taken over: a country chosen and a name typed on it are the engine's answers", async () => {
  const { context, page, problems, release } = await held("de", { origin: hostile.origin, path: "/xhtml.xhtml" });
  assert.equal(await page.evaluate(() => document.contentType), "application/xhtml+xml");
  await page.fill("#fe0-family_name", "Weiß");
  await page.selectOption("#fe0-nationality", "GB");
  release();
  await taken(page);
  // (Playwright's inputValue refuses the XHTML elements: their nodeName is in small letters.)
  const value = (sel) => page.$eval(sel, (e) => e.value);
  assert.equal(await value("#fe0-family_name"), "Weiß");
  assert.equal(await value("#fe0-nationality"), "GB");
  // The engine holds them: "continue" names neither among the missing answers.
  await page.click(".fe-form button[type=submit]");
  await page.waitForSelector(".fe-summary");
  const summary = await page.textContent(".fe-summary");
  assert.ok(!/Familienname|Staatsangehörigkeit/.test(summary), summary);
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  await context.close();
});

test("continue before the engine says, in the reader's language, that the form is still loading (Arabic)", async () => {
  const { context, page, problems, release } = await held("ar");
  assert.equal(await page.textContent("[data-fe-first] .fe-status[role=status]"), "");
  await page.click("[data-fe-first] .fe-form button[type=submit]");
  const status = page.locator("[data-fe-first] .fe-status[role=status]");
  assert.equal(await status.textContent(), "جارٍ تحميل النموذج…");
  // In the form's status line under its button, not in the one under the language switch.
  assert.equal(await page.textContent("[data-fe-first] .fe-language [role=status]"), "");
  assert.equal(await status.evaluate((s) => getComputedStyle(s).direction), "rtl");
  release();
  await taken(page);
  await page.waitForSelector(".fe-summary", { timeout: 20_000 });
  assert.equal(await page.textContent(".fe-status"), "", "the engine's status line, empty again");
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  await context.close();
});

test("the engine starts but its messages cannot be had (the German engine messages, the country names): its notice takes the first page's place; after Try again, what was typed and chosen there is in the engine's form", async () => {
  for (const file of ["**/locales/de/engine.ftl", "**/locales/*/countries.ftl"]) {
    let broken = true;
    const routes = (page) => page.route(file, (route) => (broken ? route.fulfill({ status: 404, body: "" }) : route.continue()));
    const { context, page, problems, release } = await held("de", { routes });
    await page.fill("#fe0-family_name", "Müller");
    await page.selectOption("#fe0-birth_country", "GB");
    release();
    await page.waitForSelector(".fe-notice button");
    assert.equal(await page.$("[data-fe-first]"), null, `${file}: the first page is gone`);
    broken = false;
    await page.click(".fe-notice button");
    await taken(page);
    assert.equal(await page.inputValue("#fe0-family_name"), "Müller", file);
    assert.equal(await page.inputValue("#fe0-birth_country"), "GB", file);
    assert.equal(await page.locator("#fe0-family_name").count(), 1, "one form, no copy left");
    // Heard by the engine as typed: it goes on with them.
    await page.click(".fe-form button[type=submit]");
    await page.waitForSelector(".fe-summary");
    const listed = await page.$$eval(".fe-summary a", (as) => as.map((a) => a.getAttribute("href")));
    assert.ok(!listed.includes("#fe0-family_name") && !listed.includes("#fe0-birth_country"), listed.join(" "));
    assert.deepEqual(problems.filter((p) => !/Failed to load resource|^form: /.test(p)), []);
    await context.close();
  }
});

test("continue, and the engine's download stalls: 20 seconds later a notice says the form cannot be loaded, with Try again and focus; the engine that comes after all (or after Try again, or after a Try again that failed) takes over what was typed and goes on", async () => {
  for (const how of ["late", "again", "again fails"]) {
    const { context, page, problems, release } = await held("de", { clock: true });
    await page.fill("#fe0-family_name", "Müller");
    const press = () => page.click("[data-fe-first] .fe-form button[type=submit]");
    await press();
    assert.equal(await page.textContent("[data-fe-first] .fe-status[role=status]"), "Das Formular wird geladen …");
    // Pressed again 10 seconds later: 20 seconds from then.
    await page.clock.fastForward(10_000);
    await press();
    await page.clock.fastForward(15_000);
    assert.equal(await page.$(".fe-notice"), null, `${how}: not before 20 seconds after the last press`);
    await page.clock.fastForward(6_000);
    await page.waitForSelector(".fe-notice button");
    assert.equal(await page.textContent(".fe-notice h2"), engineMessage("de", "form-problem-unavailable-title"));
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest(".fe-notice")), `${how}: focus on the notice`);
    if (how === "again fails") {
      // Try again's own download fails at once; the stalled one still comes.
      await page.route("**/*.wasm", (route) => route.abort("internetdisconnected"));
      await page.click(".fe-notice button");
      await page.waitForFunction(() => document.activeElement?.closest(".fe-notice"));
    }
    if (how === "again") {
      await page.click(".fe-notice button");
      assert.equal(await page.inputValue("[data-fe-first] #fe0-family_name"), "Müller", "the first page back, as typed");
      // Waiting again without a press: no notice comes back.
      await page.clock.fastForward(25_000);
      assert.equal(await page.$(".fe-notice"), null, "no notice after Try again");
    }
    release();
    await taken(page);
    // The pressed "continue" goes on: the engine's error summary, with focus.
    await page.waitForSelector(".fe-summary", { timeout: 20_000 });
    await page.waitForFunction(() => document.activeElement?.closest(".fe-summary"));
    assert.equal(await page.inputValue("#fe0-family_name"), "Müller", how);
    assert.equal(await page.$(".fe-notice"), null, `${how}: the notice is gone`);
    assert.equal(await page.locator("#fe0-family_name").count(), 1, "one form, no copy left");
    // (The failed Try again is said in the console, as every engine that cannot start.)
    const said = how === "again fails" ? ["form-embed: the engine cannot start: TypeError: Failed to fetch"] : [];
    assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), said);
    await context.close();
  }
});

// Also on a page served as XHTML, where a select's tagName is in small letters: an
// untouched select must not empty the draft's answer.
for (const xhtml of [false, true]) test(`a draft saved meanwhile (another tab) keeps its answers: the takeover gives the engine only what was changed on the first page${xhtml ? " (a page served as XHTML)" : ""}`, async () => {
  const { context, page, problems, release } = await held("de", xhtml ? { origin: hostile.origin, path: "/xhtml.xhtml" } : {});
  await page.focus("#fe0-family_name");
  await page.keyboard.type("Müller");
  // Another tab of the same form saves its draft while this one still shows the first page.
  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({
    answers: { family_name: "Other", given_names: "Anna", nationality: "GB", birth_place: "Manchester" },
  })), KEY);
  release();
  await taken(page);
  // The takeover gives the engine what was typed here (the draft said "Other").
  await page.waitForFunction(() => document.querySelector("#fe0-family_name")?.value === "Müller", null, { timeout: 20_000 });
  // What was not touched here is not emptied: the draft's answers stay. (Read as `.value`:
  // Playwright's inputValue refuses XHTML elements.)
  const value = (sel) => page.$eval(sel, (e) => e.value);
  assert.equal(await value("#fe0-birth_place"), "Manchester");
  assert.equal(await value("#fe0-given_names"), "Anna");
  assert.equal(await value("#fe0-nationality"), "GB");
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  await context.close();
});

test("the second form's first page (radios with hints): the choice made on it, by keyboard, is the engine's; Continue pressed meanwhile goes on", async () => {
  const { context, page, problems, release } = await held("de", { path: "/online-registrierung.html" });
  assert.equal(await page.getAttribute("#fe0-concern-2", "aria-describedby"), "fe0-concern-2-hint");
  await page.focus("#fe0-concern-0");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.isChecked("#fe0-concern-2"), true);
  await page.keyboard.press("Enter");
  release();
  // The engine takes the choice over and goes on to the settlement's page.
  await page.waitForFunction(() => !document.querySelector("[data-fe-first]") && !document.querySelector("#fe0-concern-0"), null, { timeout: 30_000 });
  await page.click(".fe-back");
  await page.waitForSelector("#fe0-concern-2");
  assert.equal(await page.isChecked("#fe0-concern-2"), true);
  assert.equal(await page.isChecked("#fe0-concern-0"), false);
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  await context.close();
});

test("focus and caret move to the engine's field", async () => {
  const { context, page, release } = await held("de");
  await page.focus("#fe0-birth_place");
  await page.keyboard.type("Manchester");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
  release();
  await taken(page);
  const at = await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart]);
  assert.deepEqual(at, ["fe0-birth_place", 7]);
  await page.keyboard.type("X");
  assert.equal(await page.inputValue("#fe0-birth_place"), "ManchesXter");
  await context.close();
});

for (const locale of ["de", "ar"]) {
  test(`the first page is the engine's own first page, element for element (${locale})`, async () => {
    const { context, page, release } = await held(locale);
    const first = await markup(page);
    assert.ok(first.length > 50, `${first.length} lines`);
    release();
    await taken(page);
    const live = await markup(page);
    assert.deepEqual(first, live);
    assert.ok(first[0].includes(`lang="${locale}"`) && first[0].includes(`dir="${locale === "ar" ? "rtl" : "ltr"}"`), first[0]);
    await context.close();
  });
}

test("without the engine (its wasm fails), the first page goes: nothing that cannot work stays, a notice says so", async () => {
  const { context, page, release } = await held("de", { fail: true });
  release();
  await page.waitForFunction(() => !document.querySelector("[data-fe-first]"), null, { timeout: 20_000 });
  assert.equal((await page.textContent(".fe-notice h2")).trim(), "Dieses Formular kann gerade nicht angezeigt werden");
  await context.close();
});

test("a first page that never arrives holds the engine back at most a second", async () => {
  const { context, page, problems } = await open(browser, server.origin, "de");
  // The server stalls on the first page: the request is never answered.
  await page.route("**/first-page.json", () => {});
  const start = Date.now();
  await page.goto(server.origin + "/");
  await page.waitForSelector("[data-fe-engine] .fe-form input", { timeout: 20_000 });
  const waited = Date.now() - start;
  assert.ok(waited < 8_000, `the engine's form after ${waited} ms`);
  assert.equal(await page.$("[data-fe-first]"), null, "no first page");
  assert.deepEqual(problems, []);
  await context.close();
});

/** The embed's stylesheet (not the host page's). */
const STYLESHEET = /\/form-embed\.[0-9a-f]+\.css$/;

for (const fails of [false, true]) test(`the first page is drawn only once its stylesheet is there, never unstyled on the host's page (the stylesheet ${fails ? "cannot be had: no first page, the engine draws the form" : "slow to come"})`, async () => {
  const { context, page, problems } = await open(browser, server.origin, "de");
  const css = await hold(page, STYLESHEET, (route) => (fails ? route.fulfill({ status: 404, body: "" }) : route.continue()));
  const wasm = await hold(page, "**/*.wasm");
  const arrived = page.waitForResponse((r) => r.url().endsWith("/first-page.json"));
  // (The page's load event waits for the stylesheet.)
  await page.goto(server.origin + "/", { waitUntil: "domcontentloaded" });
  await arrived;
  // The first page is in the browser (and built, while the stylesheet is on its way).
  await page.waitForTimeout(500);
  assert.equal(await page.$("[data-fe-first]"), null, "no first page before its stylesheet");
  css();
  if (fails) {
    await page.waitForTimeout(500);
    assert.equal(await page.$("[data-fe-first]"), null, "no first page without its stylesheet");
  } else {
    await page.waitForSelector("[data-fe-first] .fe-form input");
    const border = await page.$eval("[data-fe-first] .fe-input", (i) => getComputedStyle(i).borderTopStyle);
    assert.equal(border, "solid", "drawn with the embed's stylesheet");
  }
  wasm();
  await page.waitForSelector("[data-fe-engine] .fe-form input:not([data-fe-first] *)", { timeout: 20_000 });
  assert.equal(await page.$("[data-fe-first]"), null, "the engine's form, no first page left");
  // (The stylesheet that cannot be had is said by the browser, as a failed request.)
  if (!fails) assert.deepEqual(problems, []);
  await context.close();
});

test("a stylesheet slower than the engine: the engine draws the form, and the first page, built meanwhile, never comes after it", async () => {
  const { context, page, problems } = await open(browser, server.origin, "de");
  const css = await hold(page, STYLESHEET);
  await page.goto(server.origin + "/", { waitUntil: "domcontentloaded" });
  // The engine starts at most a second after the first page was due.
  await page.waitForSelector("[data-fe-engine] .fe-form input", { timeout: 20_000 });
  css();
  await page.waitForFunction(() => getComputedStyle(document.querySelector(".fe-form .fe-input")).borderTopStyle === "solid");
  await page.waitForTimeout(300);
  assert.equal(await page.$("[data-fe-first]"), null, "no first page after the engine");
  assert.equal(await page.$$eval("[data-form-schema] form", (f) => f.length), 1, "one form");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a first page that fails to draw (a host that broke the DOM) does not keep the engine from starting", async () => {
  const { context, page, problems } = await open(browser, server.origin, "de");
  await page.addInitScript(() => {
    const set = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name, value) {
      if (name === "data-fe-first") throw new Error("host: no");
      return set.call(this, name, value);
    };
  });
  await page.goto(server.origin + "/");
  await page.waitForSelector("[data-fe-engine] .fe-form input", { timeout: 20_000 });
  assert.equal(await page.$("[data-fe-first]"), null, "no first page");
  assert.ok(problems.some((p) => p.includes("host: no")), "the failure is said");
  await context.close();
});

test("a draft kept on the device is shown by the engine, without a first page", async () => {
  const { context, page } = await open(browser, server.origin, "de");
  await page.goto(server.origin + "/");
  await page.waitForSelector(".fe-form input:not([data-fe-first] *)");
  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ answers: { family_name: "Kept" } })), KEY);
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector("[data-fe-first]")) window.__first = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await page.waitForFunction(() => document.querySelector("#fe0-family_name")?.value === "Kept", null, { timeout: 20_000 });
  assert.equal(await page.evaluate(() => window.__first ?? false), false);
  await context.close();
});

test(`the first page of the registration is at most ${FIRST_PAGE_BUDGET} bytes after brotli, in every language`, async () => {
  for (const tag of ["de", "en", "ar", "fa", "fr", "pl", "ru", "tr", "uk", "vi"]) {
    const r = await fetch(`${server.origin}/forms/lea-registration/locales/${tag}/first-page.json`);
    assert.equal(r.status, 200, tag);
    const bytes = Buffer.from(await r.arrayBuffer());
    const page = JSON.parse(bytes.toString("utf8"));
    assert.equal(page.locale, tag);
    assert.ok(Array.isArray(page.tree) && page.tree.length > 0, tag);
    const size = brotli(bytes);
    console.log(`# first-page.json ${tag}: ${bytes.length} raw, ${size} brotli`);
    assert.ok(size <= FIRST_PAGE_BUDGET, `${tag}: ${size} > ${FIRST_PAGE_BUDGET}`);
  }
  const unknown = await fetch(`${server.origin}/forms/lea-registration/locales/xx/first-page.json`);
  assert.equal(unknown.status, 404);
});

test("on a host with a theme's old scripts, \"continue\" on the first page before the engine is not heard by them (their \"no double submission\" would disable it), nor is the engine's after it", async () => {
  const { context, page, problems, release } = await held("de", { origin: hostile.origin, path: "/scripted.html" });
  await page.fill("#fe0-family_name", "Müller");
  await page.click("[data-fe-first] .fe-form button[type=submit]");
  assert.equal(await page.textContent("[data-fe-first] .fe-status[role=status]"), engineMessage("de", "form-loading"));
  assert.deepEqual(await page.evaluate(() => window.__taken), [], "the theme heard the first page's submission");
  assert.equal(await page.isEnabled("[data-fe-first] .fe-form button[type=submit]"), true);
  release();
  await taken(page);
  await page.waitForSelector(".fe-summary", { timeout: 20_000 });
  assert.equal(await page.inputValue("#fe0-family_name"), "Müller");
  await page.click(".fe-form button[type=submit]");
  await page.waitForFunction(() => document.activeElement?.classList.contains("fe-summary"));
  assert.deepEqual(await page.evaluate(() => window.__taken), [], "the theme heard the engine's submission");
  assert.equal(await page.isEnabled(".fe-form button[type=submit]"), true);
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  await context.close();
});

for (const languages of [true, false]) {
test(`on the hostile host (Trusted Types required, a theme that restyles everything) the first page is drawn and taken over; Persian digits typed on it reach the engine (${languages ? "the page lists the languages" : "the packed form lists them"})`, async () => {
  const { context, page, problems, release } = await held("fa", { origin: hostile.origin, path: "/aggressive.html", languages });
  assert.equal(await page.getAttribute("[data-fe-first]", "dir"), "rtl", "the reader's language, Persian");
  await page.fill("#fe0-birth_date-day", "۲۷");
  await page.fill("#fe0-birth_date-month", "۳");
  await page.fill("#fe0-birth_date-year", "۱۹۸۵");
  await page.keyboard.press("Enter");
  // The theme restyles everything: the status line still says, in Persian, that the form
  // is loading (set as text: Trusted Types allow it).
  const status = page.locator("[data-fe-first] .fe-status[role=status]");
  assert.equal(await status.textContent(), engineMessage("fa", "form-loading"));
  assert.ok(await status.isVisible());
  release();
  await taken(page);
  await page.waitForSelector(".fe-summary", { timeout: 20_000 });
  // The date is answered (in Persian digits) and valid: no issue names it.
  const bad = await page.$$eval(".fe-summary a", (as) => as.map((a) => a.getAttribute("href")));
  assert.ok(bad.length > 0 && !bad.some((h) => h.includes("birth_date")), bad.join(" "));
  assert.equal(await page.inputValue("#fe0-birth_date-year"), "۱۹۸۵");
  const csp = await page.evaluate(() => window.__csp);
  assert.deepEqual(csp, [], "no Trusted Types or CSP violation");
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  await context.close();
});
}

test("a page without data-languages whose packed form cannot be had: no first page (nothing tells its language), the engine's notice with Try again", async () => {
  const { context, page, problems } = await open(browser, server.origin, "de");
  await page.route(server.origin + "/online-registrierung.html", async (route) => {
    const r = await route.fetch();
    await route.fulfill({ response: r, body: (await r.text()).replace("<div data-form-schema=", "<div data-first-page data-form-schema=") });
  });
  await page.route("**/*.form", (route) => route.fulfill({ status: 503, body: "" }));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector("[data-fe-first]")) window.__first = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.origin + "/online-registrierung.html");
  await page.waitForSelector(".fe-notice button", { timeout: 30_000 });
  assert.equal(await page.evaluate(() => window.__first ?? false), false);
  assert.match(await page.textContent(".fe-notice"), /Formular/);
  const asked = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));
  assert.ok(!asked.some((p) => p.endsWith("first-page.json")), asked.join(" "));
  assert.deepEqual(problems.filter((p) => !/Failed to load resource|^form: /.test(p)), []);
  await context.close();
});

/** A CMS's upload of the registration in a fresh folder: the packed form and its first pages
 *  as `form pack` writes them (`<folder>/lea-registration.form`, and
 *  `<folder>/lea-registration/locales/<tag>/first-page.json`), the form's messages beside the
 *  first pages. */
function packedUpload(folder) {
  const today = new Date().toISOString().slice(0, 10);
  execFileSync("cargo", ["run", "--quiet", "-p", "form-cli", "--", "pack", "examples/lea-registration/form.json",
    "--out", join(folder, "lea-registration.form"), "--today", today], { cwd: ROOT, stdio: "pipe" });
  cpSync(join(ROOT, "examples/lea-registration/locales"), join(folder, "lea-registration/locales"), { recursive: true });
}

test("on a CMS that only hosts files (the output of `form pack`, uploaded as docs/embedding.md says), the first page is drawn and taken over", async () => {
  // The upload: the packed form and its first pages as `form pack` writes them, the form's
  // messages beside the first pages; the embed and the engine's messages from the build.
  const uploads = mkdtempSync(join(tmpdir(), "fe-cms-"));
  packedUpload(uploads);
  const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>CMS</title>
<script async src="/dist/embed/form-embed.js"></script></head><body><main><h1>Anmeldung</h1>
<div data-form-schema="/forms/lea-registration.json" data-endpoint="/api/submissions" data-locales="/locales"
  data-locale="auto" data-first-page data-languages="de en ar fa fr pl ru tr uk vi"></div></main></body></html>`;
  const cms = await serve({ "/cms.html": { body: PAGE } }, { dirs: { "/forms/": uploads } });
  const missing = [];
  try {
    const { context, page, problems, release } = await held("uk", { origin: cms.origin, path: "/cms.html" });
    page.on("response", (r) => r.status() >= 400 && missing.push(`${r.status()} ${r.url()}`));
    assert.equal(await page.getAttribute("[data-fe-first]", "lang"), "uk");
    await page.fill("#fe0-family_name", "Шевченко");
    release();
    await taken(page);
    assert.equal(await page.inputValue("#fe0-family_name"), "Шевченко");
    assert.deepEqual(missing, []);
    assert.deepEqual(cms.reports, [], "no CSP violation");
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await cms.close();
    rmSync(uploads, { recursive: true, force: true });
  }
});

test("on a CMS that keeps files in the browser's cache for an hour, what was edited there since the last visit is what the next visit shows", async () => {
  // A CMS that sends every file with `max-age=3600` (as many do by file type, whatever
  // docs/embedding.md asks for), and a web team that edits the form's messages, its first
  // page and an engine message (or updates the embed) between an applicant's two visits.
  // A file kept from the first visit would show the old text, or a message id where the old
  // file lacks a new message.
  const uploads = mkdtempSync(join(tmpdir(), "fe-cms-"));
  packedUpload(join(uploads, "forms"));
  cpSync(join(ROOT, "locales"), join(uploads, "engine"), { recursive: true });
  const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>CMS</title>
<script async src="/dist/embed/form-embed.js"></script></head><body><main><h1>Anmeldung</h1>
<div data-form-schema="/forms/lea-registration.json" data-endpoint="/api/submissions" data-locales="/engine"
  data-locale="de" data-first-page data-languages="de en"></div></main></body></html>`;
  const cms = await serve({ "/cms.html": { body: PAGE } }, {
    dirs: { "/forms/": join(uploads, "forms"), "/engine/": join(uploads, "engine") },
    headers: { "cache-control": "max-age=3600" },
  });
  const edit = (file, from, to) => {
    const path = join(uploads, file);
    const text = readFileSync(path, "utf8");
    assert.ok(text.includes(from), `${file} has ${from}`);
    writeFileSync(path, text.replaceAll(from, to));
  };
  const visit = async (page) => {
    // The first page's label as drawn before the engine, then the engine's.
    await page.addInitScript(() => new MutationObserver((_, obs) => {
      const label = document.querySelector("[data-fe-first] label[for=fe0-family_name]");
      if (label) {
        window.__first = label.textContent;
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true }));
    await page.goto(cms.origin + "/cms.html");
    await taken(page);
    return page.evaluate(() => ({
      first: window.__first ?? null,
      label: document.querySelector("label[for=fe0-family_name]").textContent,
      button: document.querySelector(".fe-form button[type=submit]").textContent,
    }));
  };
  try {
    const { context, page, problems } = await open(browser, cms.origin, "de");
    const before = await visit(page);
    assert.deepEqual([before.first, before.label.trim()], ["Familienname", "Familienname"]);
    await page.close();
    edit("forms/lea-registration/locales/de/lea-registration.ftl", "lea-family-name = Familienname\n", "lea-family-name = Nachname\n");
    edit("forms/lea-registration/locales/de/first-page.json", '"Familienname"', '"Nachname"');
    edit("engine/de/engine.ftl", "form-continue = Weiter\n", "form-continue = Weiter zum nächsten Schritt\n");
    const again = await context.newPage();
    const after = await visit(again);
    assert.deepEqual(
      { first: after.first, label: after.label.trim(), button: after.button.trim() },
      { first: "Nachname", label: "Nachname", button: "Weiter zum nächsten Schritt" },
    );
    assert.deepEqual(cms.reports, [], "no CSP violation");
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await cms.close();
    rmSync(uploads, { recursive: true, force: true });
  }
});
