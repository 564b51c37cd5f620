// The tests of the embed on our demo CMS page (sticky header) and on hostile host pages
// (tests/browser/hosts/), run by the files hosts-cms.test.mjs, hosts-css.test.mjs and
// hosts-layout.test.mjs, a group of hosts each (HOST_GROUPS): a CMS theme with universal
// !important rules, reset form controls, hidden labels, no focus outlines and a tall
// sticky header, which also enforces Trusted Types; a right-to-left page with a fixed header; a 62.5 % root font with CSS
// zoom; a huge root font; overflow hidden with stacked, positioned boxes; an old CMS
// template without a doctype (quirks mode), its layout a table with small, centred type
// in the cells and form controls styled by element, the whole page inside one form of its
// own (as ASP.NET Web Forms pages are); a theme whose rules on the form's ancestors are
// inherited properties (a dark colour scheme, no wrapping, small capitals, a grey text fill
// colour, a transparent caret); a theme's old scripts (Prototype.js's toJSON and enumerable
// prototype methods, smooth scrolling that takes over `#` links, "no double submission",
// a wrapper around fetch, `scroll-behavior: smooth`); a reader's text spacing (WCAG 2.2
// 1.4.12, as the usual bookmarklet adds it: an important style sheet after the page's); a
// barrier-free template of the BITV 1.0 years served as XHTML (the browser parses it as XML,
// and Chromium runs no module script there); an "app shell" theme whose window never scrolls
// (a wrapper does, with the site's header sticky inside it). On
// every one, in
// German and Arabic, at 320 px and 1280 px:
// - axe (WCAG 2.2 AA) finds nothing in the form, on the first page, with errors, on the
//   page with radios and a repeatable group, and on "check your answers";
// - radios and checkboxes can be seen, and so can the chosen answer (pixels);
// - focus shows as a ring (computed style and pixels);
// - focus is never under the host's header, after an error-summary link or a Tab (and a
//   Shift+Tab on the app shell);
// - the form does not stick out of its box, and no text in it is cut off (a long country
//   name chosen in a select);
// - on the spacing host, the reader's text spacing reaches the form's text;
// - each bullet of the error summary stands by the first line of its link;
// - the form is sent and found in the database, and "Change" on "check your answers"
//   focuses its question, not under the header; the scripted host's handlers hear none of
//   the form's submissions and link clicks.
// In forced colours (Windows high contrast), on our page and the aggressive one, the chosen
// radio, the tick, the buttons' edges and the focus ring show.
// Then the third form (examples/dog-tax), unlike the first: radios, a checkbox and a
// month-and-year date inside the items of a group, "add another" and "remove" buttons, on
// every hostile host, in German at 320 px and Arabic at 1280 px.
// Then the fourth form (examples/housing-benefit): its "None of these" checkbox that stands
// alone below an "or", on every hostile host, in German at 320 px and Persian at 1280 px;
// then the other language chosen in the form and the page loaded again: the same page in it.
// With BROWSER=firefox (`cargo xtask test` does both), the same in Firefox ESR: each host in
// German at 320 px and Arabic at 1280 px, the other forms on four of the hosts, no forced
// colours (WebDriver BiDi cannot emulate them).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, ROOT, FIREFOX } from "./server.mjs";
import { startServer } from "./demo-server.mjs";
import { open, load, next, axe, clean, upTo, share, shareOf, measuredUntil, dark, yellow, box, obscured, heading, settled, engineForm, dogOwner, addDog, dogPayment, housingApplicant, housingHome, PAGES } from "./helpers.mjs";

// Our own demo CMS page (a sticky header too) first, then the hostile ones.
const HOSTS = ["demo", "aggressive", "rtl", "zoom", "huge", "stacking", "legacy", "inherited", "scripted", "spacing", "xhtml", "shell"];
/** The hosts by test file, each file about a third of the time: the CMS templates and
 *  scripts, the hostile style sheets, the layouts. Every host is in exactly one. */
export const HOST_GROUPS = {
  cms: ["demo", "legacy", "scripted", "xhtml"],
  css: ["aggressive", "inherited", "spacing", "stacking"],
  layout: ["rtl", "zoom", "huge", "shell"],
};
/** A host page's address: the XHTML one is served as XHTML (application/xhtml+xml). */
const hostUrl = (origin, host) => `${origin}/${host}.${host === "xhtml" ? "xhtml" : "html"}`;

let server;
let demo;
let browser;

/** Every test of this module for the hosts in `group`, in one browser, with a service of
 *  their own.
 *  The hosts are split over three test files (`hosts-*.test.mjs`): the test runner runs
 *  files side by side (`cargo xtask test` lets it run three at once on 2 cores), and the tests of one
 *  file one after the other. */
export function hostTests(group) {
  const grouped = Object.values(HOST_GROUPS).flat();
  assert.deepEqual([...grouped].sort(), [...HOSTS].sort(), "every host in exactly one group");
  assert.ok(Object.values(HOST_GROUPS).includes(group), "one of HOST_GROUPS");
  before(async () => {
    server = await startServer({ site: join(ROOT, "tests/browser/hosts") });
    if (group.includes("demo")) demo = await startServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.stop();
    demo?.stop();
  });
  const within = (hosts) => hosts.filter((h) => group.includes(h));
  matrixTests(within(HOSTS));
  forcedColourTests(within(["demo", "aggressive"]));
  dogTaxTests(within(OTHER_FORM_HOSTS));
  housingBenefitTests(within(OTHER_FORM_HOSTS));
}

/** The form stays inside its own box and the window. */
async function fits(page, what) {
  const fit = await page.evaluate(() => {
    const el = document.querySelector(".fe-root");
    const root = el.getBoundingClientRect();
    const outside = [...el.querySelectorAll("*")].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.left < root.left - 1 || r.right > root.right + 1);
    }).map((e) => e.id || e.className || e.tagName);
    return { overflow: el.scrollWidth - el.clientWidth, outside, left: root.left, right: root.right, width: window.innerWidth };
  });
  assert.ok(fit.overflow <= 0, `${what}: the form scrolls sideways by ${fit.overflow}px`);
  assert.deepEqual(fit.outside, [], `${what}: parts stick out of the form`);
  assert.ok(fit.left >= -1 && fit.right <= fit.width + 1, `${what}: the form is wider than the window ${JSON.stringify(fit)}`);
}

/** No text in the form is cut off: a closed select shows its choice on one line (a second
 *  line is hidden), an input its whole value, a box that clips all it holds. */
async function nothingCut(page, what) {
  const cut = await page.evaluate(() => [...document.querySelectorAll(".fe-root *")].filter((e) => {
    if (e.closest(".fe-visually-hidden") || !e.getClientRects().length) return false;
    if (e.matches("select")) return e.scrollHeight > e.clientHeight + 1;
    if (e.matches("input:not([type=radio], [type=checkbox])")) return e.scrollWidth > e.clientWidth + 1;
    return getComputedStyle(e).overflow !== "visible" && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
  }).map((e) => `${e.id || e.className || e.tagName} ${e.scrollWidth}x${e.scrollHeight} in ${e.clientWidth}x${e.clientHeight}`));
  assert.deepEqual(cut, [], `${what}: text cut off`);
}

/** The reader's text spacing (hosts/spacing.css, added after the page's style sheets as a
 *  bookmarklet adds it) reaches the form: the line height, letter and word spacing of its
 *  labels, hints, inputs, buttons and step counter, and the space after its paragraphs. */
async function spacingTaken(page, what) {
  await page.waitForFunction(() => document.getElementById("text-spacing")?.sheet);
  const seen = await page.evaluate(() => [".fe-label", "div.fe-hint", "p.fe-hint", "input.fe-input", ".fe-button", ".fe-progress"].map((sel) => {
    const e = document.querySelector(`.fe-root ${sel}`);
    const c = getComputedStyle(e);
    const em = (v) => Math.round((parseFloat(v) / parseFloat(c.fontSize)) * 100) / 100;
    const spacing = { sel, line: em(c.lineHeight), letters: em(c.letterSpacing), words: em(c.wordSpacing) };
    return e.tagName === "P" ? { ...spacing, after: em(c.marginBottom) } : spacing;
  }));
  // The space after: only paragraphs (the bookmarklet sets it on them alone).
  assert.ok(seen.filter((s) => "after" in s).length >= 2, `${what}: paragraphs measured`);
  for (const s of seen) {
    const wanted = { sel: s.sel, line: 1.5, letters: 0.12, words: 0.16, ...("after" in s ? { after: 2 } : {}) };
    assert.deepEqual(s, wanted, `${what}: the reader's text spacing`);
  }
}

/** Radios (and the chosen one) and checkboxes can be seen. */
async function controlsVisible(page, what, { radio = "#fe0-has_residence_document-0", draft = "#fe0-draft" } = {}) {
  const style = await page.evaluate((sel) => {
    const label = document.querySelector(`label[for="${sel.slice(1)}"]`);
    const s = getComputedStyle(label, "::before");
    return { content: s.content, display: s.display, border: parseFloat(s.borderTopWidth), color: s.borderTopColor, visibility: s.visibility };
  }, radio);
  assert.ok(style.content !== "none" && style.display !== "none" && style.border >= 1.5 && style.visibility === "visible",
    `${what}: the radio is drawn ${JSON.stringify(style)}`);
  // A ring of border b around a circle of diameter d darkens about pi*b/d of its box.
  const whole = { x: 0, y: 0, width: 1, height: 1 };
  const least = (0.5 * Math.PI * style.border) / (await box(page, radio)).width;
  const before = await shareOf(page, radio, whole, dark, (b) => b > least);
  assert.ok(before > least, `${what}: the radio's circle shows (${before.toFixed(2)} dark, at least ${least.toFixed(2)})`);
  await page.check(radio);
  const dot = await shareOf(page, radio, { x: 0.35, y: 0.35, width: 0.3, height: 0.3 }, dark, (d) => d > 0.5);
  assert.ok(dot > 0.5, `${what}: the chosen radio shows its dot (${dot.toFixed(2)} dark)`);
  await page.uncheck(draft);
  const { width } = await box(page, draft);
  const edge = (2 * style.border) / width;
  const empty = await shareOf(page, draft, whole, dark, (e) => e > edge);
  assert.ok(empty > edge, `${what}: the checkbox's box shows (${empty.toFixed(2)} dark)`);
  // The inside of the box: white when empty, the tick when ticked.
  const inside = { x: 0.3, y: 0.3, width: 0.4, height: 0.4 };
  const clear = await shareOf(page, draft, inside, dark, (c) => c < 0.05);
  await page.check(draft);
  const ticked = await shareOf(page, draft, inside, dark, (t) => t > 0.15);
  assert.ok(clear < 0.05 && ticked > 0.15, `${what}: the ticked checkbox shows its tick (${clear.toFixed(2)} -> ${ticked.toFixed(2)} dark inside)`);
}

/** Each bullet of the error summary stands beside the first line of its link, also when the
 *  link wraps (an inline block used to carry it down to its last line). */
async function bulletsByFirstLines(page, what) {
  const rtl = (await page.getAttribute(".fe-root", "dir")) === "rtl";
  const n = await page.$$eval(".fe-summary-list a", (as) => as.length);
  for (let i = 0; i < n; i++) {
    const link = `.fe-summary-list li:nth-child(${i + 1}) a`;
    const line = await page.$eval(link, (e) => parseFloat(getComputedStyle(e).lineHeight) || 20);
    // Beside the first line, and beside the rest: the bullet (dark) is in the first. Both
    // measured again (the link's box too) until they hold: the page may still be settling.
    const strips = async () => {
      const a = await box(page, link);
      const strip = (y, height) => ({ x: rtl ? a.x + a.width + 2 : a.x - 24, y, width: 22, height });
      const first = await share(page, strip(a.y, line), dark);
      const rest = a.height > 1.5 * line ? await share(page, strip(a.y + line, a.height - line), dark) : 0;
      return { first, rest };
    };
    const { first, rest } = await measuredUntil(page, strips, (s) => s.first > 0.02 && s.rest < 0.01);
    assert.ok(first > 0.02, `${what}: the bullet of summary link ${i + 1} is beside its first line (${first.toFixed(3)} dark)`);
    assert.ok(rest < 0.01, `${what}: nothing beside the other lines of summary link ${i + 1} (${rest.toFixed(3)} dark)`);
  }
}

/** A focused text input shows the focus ring. */
async function focusRingVisible(page, what, input = "#fe0-arrival_date-year") {
  await page.focus(input);
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  const id = await page.evaluate(() => document.activeElement.id);
  const s = await page.evaluate(() => {
    const c = getComputedStyle(document.activeElement);
    return { style: c.outlineStyle, width: parseFloat(c.outlineWidth), color: c.outlineColor, caret: c.caretColor, scheme: c.colorScheme, fill: c.webkitTextFillColor, text: c.color };
  });
  assert.ok(s.style === "solid" && s.width >= 2 && s.color === "rgb(255, 221, 0)", `${what}: focus ring ${JSON.stringify(s)}`);
  // What is typed shows, and so does where: the caret not transparent, the text not painted
  // over in another colour, the control drawn for a light page (it has a white background).
  assert.ok(!/^(transparent|rgba\(.*, 0\))$/.test(s.caret) && s.fill === s.text && !/dark/.test(s.scheme), `${what}: typing shows ${JSON.stringify(s)}`);
  const ring = await shareOf(page, `#${id}`, { x: 0, y: 0, width: 1, height: 1 }, yellow, (r) => r > 0.05, { pad: 4 });
  assert.ok(ring > 0.05, `${what}: the focus ring shows (${ring.toFixed(2)} yellow)`);
}

// In Firefox, each host in German at 320 px and Arabic at 1280 px (as the other forms
// below), to keep the test run short; `FULL_MATRIX=1` runs all four there too.
const MATRIX = FIREFOX && !process.env.FULL_MATRIX ? [["de", 320], ["ar", 1280]] : [["de", 320], ["de", 1280], ["ar", 320], ["ar", 1280]];

/** Each of `hosts` in each language and width of MATRIX. */
function matrixTests(hosts) {
for (const host of hosts) {
  for (const [locale, width] of MATRIX) {
    test(`${host} host, ${locale}, ${width} px: axe, visible controls and focus, nothing obscured or sticking out`, async (t) => {
      const origin = host === "demo" ? demo.origin : server.origin;
      const url = host === "demo" ? `${origin}/` : hostUrl(origin, host);
      const { context, page, problems } = await open(browser, origin, locale, { width, height: 720 });
      const what = `${host}/${locale}/${width}`;
      try {
        // The first page, then with errors: each summary link brings its field into view.
        await load(page, url);
        // The old CMS template is there for quirks mode: a doctype added to it would end that.
        if (host === "legacy") assert.equal(await page.evaluate(() => document.compatMode), "BackCompat");
        // The XHTML one is XML to the browser (where module scripts never run), and the
        // old template's tag is the module one of earlier versions.
        if (host === "xhtml") assert.equal(await page.evaluate(() => document.contentType), "application/xhtml+xml");
        if (host === "legacy") assert.equal(await page.$$eval('script[type="module"][src*="form-embed"]', (s) => s.length), 1);
        if (host === "spacing") await spacingTaken(page, what);
        await axe(page, `${what} first page`);
        await fits(page, `${what} first page`);
        // The longest country name: its select keeps it on one line.
        await page.selectOption("#fe0-birth_country", "GS");
        await nothingCut(page, `${what} first page`);
        await next(page);
        await page.waitForSelector(".fe-summary");
        await axe(page, `${what} first page with errors`);
        const links = await page.$$eval(".fe-summary a", (as) => as.map((a) => a.getAttribute("href")));
        assert.ok(links.length >= 5);
        await bulletsByFirstLines(page, what);
        for (const href of links) {
          await page.click(`.fe-summary a[href="${href}"]`);
          assert.deepEqual(await obscured(page), [], `${what}: after the summary link ${href}`);
          await page.evaluate(() => window.scrollTo({ top: 0, left: 0, behavior: "instant" }));
        }
        if (host === "legacy") {
          // The whole page is one form of the CMS's own: Enter in a field is the engine's
          // "continue" (the summary again, focus on it), never a submit of that form.
          const left = [];
          page.on("request", (r) => r.url().endsWith("/Default.aspx") && left.push(r.method()));
          await page.fill("#fe0-family_name", "Weiß");
          await page.press("#fe0-family_name", "Enter");
          await page.waitForFunction(() => document.activeElement?.classList.contains("fe-summary"));
          await page.waitForTimeout(300);
          assert.deepEqual(left, [], `${what}: Enter submitted the page's own form`);
          assert.ok(page.url().endsWith("/legacy.html"), page.url());
        }
        // Tab through the page: never under the header. A link after the form ends it
        // inside the page: Tab from a page's last control moves focus to the browser's
        // own toolbar, and Firefox, driven over WebDriver BiDi, never gives it back
        // (focus rings then stop showing on this page).
        await page.evaluate(() => document.body.append(Object.assign(document.createElement("a"), { href: "#", textContent: "after" })));
        await page.focus("#fe0-language");
        let forward = 0;
        for (let i = 1; ; i++) {
          await page.keyboard.press("Tab");
          if (!(await page.evaluate(() => document.activeElement?.closest(".fe-root")))) break;
          const hidden = await obscured(page);
          assert.deepEqual(hidden, [], `${what}: after Tab ${i}`);
          forward = i;
        }
        // (The walk went through the page's fields, not straight out of the form.)
        assert.ok(forward >= 5, `${what}: Tab reached only ${forward} controls`);
        // Where the window never scrolls (the app shell: a wrapper does), back up the page
        // too: each field then comes into view from above, where the wrapper's sticky
        // header is. Back to the language switch at least: every control Tab reached.
        if (host === "shell") {
          let back = 0;
          for (let i = 1; ; i++) {
            await page.keyboard.press("Shift+Tab");
            if (!(await page.evaluate(() => document.activeElement?.closest(".fe-root")))) break;
            assert.deepEqual(await obscured(page), [], `${what}: after Shift+Tab ${i}`);
            back = i;
          }
          assert.ok(back > forward, `${what}: Shift+Tab reached ${back} controls, Tab ${forward}`);
        }
        // The residence page: radios; the family page: a group.
        await load(page, url, upTo(3));
        for (let i = 0; i < 3; i++) await next(page);
        await axe(page, `${what} residence`);
        await controlsVisible(page, what);
        await focusRingVisible(page, what);
        await nothingCut(page, `${what} residence`);
        await load(page, url, upTo(4));
        for (let i = 0; i < 4; i++) await next(page);
        await axe(page, `${what} family`);
        await fits(page, `${what} family`);
        await nothingCut(page, `${what} family`);
        await load(page, url, upTo(PAGES.length));
        for (let i = 0; i < PAGES.length; i++) await next(page);
        assert.ok(await page.$(".fe-check"), "check your answers");
        await axe(page, `${what} check your answers`);
        await fits(page, `${what} check your answers`);
        await nothingCut(page, `${what} check your answers`);
        // Sent, then found in the service's database: on the scripted host through its
        // Prototype.js-era prototypes, its wrapper around fetch and its handler that
        // disables the submit button of every form submitted.
        const reference = await send(page, what);
        const rows = await (host === "demo" ? demo : server).exported("lea-registration");
        assert.ok(rows.some((r) => r.reference === reference), `${what}: ${reference} is in the database`);
        // "Change" on "check your answers": the question again, focused, not under the
        // header (a host's smooth scrolling to `#` links must not take the click over).
        await load(page, url, upTo(PAGES.length));
        for (let i = 0; i < PAGES.length; i++) await next(page);
        // The second answer's: its question is not at the top of the page, so reaching it scrolls.
        const change = page.locator(".fe-check-action a").nth(1);
        const target = (await change.getAttribute("href")).slice(1);
        await change.click();
        await page.waitForFunction((id) => document.activeElement?.id === id, target);
        assert.deepEqual(await obscured(page), [], `${what}: after "change"`);
        // And stays there: the browser restores the page's scroll position when the form
        // goes off its history entry (on its first step), after the form scrolled, and on
        // the scripted host smoothly (about 300 ms), unless the page's entry is told not to.
        await page.waitForTimeout(500);
        assert.deepEqual(await obscured(page), [], `${what}: half a second after "change"`);
        // The theme's scripts heard none of the form's submissions and link clicks (its
        // own "skip to content" link, outside the form, it does hear).
        if (host === "scripted") {
          assert.deepEqual(await page.evaluate(() => window.__taken), [], `${what}: the theme's handlers took over`);
          await page.click(".top a");
          assert.deepEqual(await page.evaluate(() => window.__taken), ["click #inhalt"], `${what}: the theme's own link`);
        }
        await clean(page, problems);
      } finally {
        await context.close();
      }
    });
  }
}
}

/** Presses "send" on "check your answers"; the reference the service gave. */
async function send(page, what) {
  await page.click(".fe-form button[type=submit]");
  await page.waitForSelector(".fe-panel", { timeout: 20_000 });
  const reference = (await page.textContent(".fe-panel")).match(/[A-Z]+-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0];
  assert.ok(reference, `${what}: a reference on the confirmation`);
  return reference;
}

// Forced colours (Windows high contrast, used by many with low vision): backgrounds become
// the page's colour and borders its text colour, so what is drawn with a background
// vanishes. The chosen radio, the ticked checkbox, the buttons' edges and the focus ring
// must still show, on our page and on the hostile one.
/** Each of `hosts` in forced colours. */
function forcedColourTests(hosts) {
for (const host of hosts) {
  // WebDriver BiDi has no forced colours to emulate (Playwright's `emulateMedia` there).
  const skip = FIREFOX && "forced colours cannot be emulated in Firefox over WebDriver BiDi";
  test(`${host} host, forced colours: the chosen radio, the tick, the buttons' edges and the focus ring show`, { skip }, async () => {
    const origin = host === "demo" ? demo.origin : server.origin;
    const url = host === "demo" ? `${origin}/` : hostUrl(origin, host);
    const what = `${host}/forced-colours`;
    const { context, page, problems } = await open(browser, origin, "de", { width: 1280, height: 720 });
    try {
      await page.emulateMedia({ forcedColors: "active" });
      await load(page, url, upTo(3));
      for (let i = 0; i < 3; i++) await next(page);
      assert.ok(await page.evaluate(() => matchMedia("(forced-colors: active)").matches));
      await controlsVisible(page, what);
      // Every side of a button has an edge in the text's colour (its background is gone).
      for (const button of [".fe-form > button[type=submit]"]) {
        // The box measured again with the pixels until every side holds (see shareOf).
        const edges = await measuredUntil(page, async () => {
          const b = await box(page, button);
          const sides = [
            { x: b.x, y: b.y, width: 2, height: b.height },
            { x: b.x + b.width - 2, y: b.y, width: 2, height: b.height },
            { x: b.x, y: b.y, width: b.width, height: 2 },
            { x: b.x, y: b.y + b.height - 2, width: b.width, height: 2 },
          ];
          const shares = [];
          for (const side of sides) shares.push(await share(page, side, dark));
          return shares;
        }, (shares) => shares.every((e) => e > 0.5));
        for (const edge of edges) {
          assert.ok(edge > 0.5, `${what}: ${button} has an edge on every side (${edge.toFixed(2)} dark)`);
        }
      }
      // The focus ring: an outline in a system colour, wide enough to see.
      await page.focus("#fe0-arrival_date-year");
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      const ring = await page.evaluate(() => {
        const c = getComputedStyle(document.activeElement);
        return { style: c.outlineStyle, width: parseFloat(c.outlineWidth) };
      });
      assert.ok(ring.style === "solid" && ring.width >= 2, `${what}: focus ring ${JSON.stringify(ring)}`);
      await clean(page, problems);
    } finally {
      await context.close();
    }
  });
}
}

/** The hostile hosts the other forms run on: every one; in Firefox, to keep the test run
 *  short, the theme at its worst, the right-to-left page, the old template in quirks mode
 *  and the XHTML one. */
const OTHER_FORM_HOSTS = FIREFOX ? ["aggressive", "rtl", "legacy", "xhtml"] : HOSTS.filter((h) => h !== "demo");

/** The host page with another of the examples' forms in place of the registration (the page
 *  as the host serves it, with the one element changed). */
async function withForm(page, url, form) {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<div data-form-schema="[^"]*"[^>]*>/,
      `<div data-form-schema="/forms/${form}.json" data-endpoint="/api/forms/${form}/submissions" data-locale="auto">`);
    await route.fulfill({ response, body });
  });
}

/** A new page on a hostile host with `form` in place of the registration, its engine's form
 *  drawn; `what` names it in messages. The caller closes `context`. */
async function onHost(host, form, locale, width) {
  const url = hostUrl(server.origin, host);
  const { context, page, problems } = await open(browser, server.origin, locale, { width, height: 720 });
  try {
    await withForm(page, url, form);
    await page.goto(url);
    await engineForm(page);
  } catch (e) {
    await context.close();
    throw e;
  }
  return { context, page, problems, what: `${host}/${form}/${locale}/${width}` };
}

/** The dog-tax form on each of `hosts`. */
function dogTaxTests(hosts) {
for (const host of hosts) {
  for (const [locale, width] of [["de", 320], ["ar", 1280]]) {
    test(`${host} host, dog-tax form, ${locale}, ${width} px: controls in group items, axe, focus, nothing sticking out`, async () => {
      const { context, page, problems, what } = await onHost(host, "dog-tax", locale, width);
      try {
        await dogOwner(page);
        // The first dog's questions, not answered: the summary links to each, in view.
        const dogs = await heading(page);
        await next(page);
        await page.waitForSelector(".fe-summary");
        await axe(page, `${what} dogs with errors`);
        for (const href of await page.$$eval(".fe-summary a", (as) => as.map((a) => a.getAttribute("href")))) {
          await page.click(`.fe-summary a[href="${href}"]`);
          assert.deepEqual(await obscured(page), [], `${what}: after the summary link ${href}`);
          await page.evaluate(() => window.scrollTo({ top: 0, left: 0, behavior: "instant" }));
        }
        // Two dogs, the first a pit bull (its test checkbox appears); the second removed.
        await addDog(page, 0, "Rex", 2, locale === "ar" ? "٣١٫٥" : "31,5");
        await addDog(page, 1, "Max", 3, "28");
        await settled(page);
        assert.equal(await heading(page), dogs);
        await axe(page, `${what} two dogs`);
        await fits(page, `${what} two dogs`);
        await controlsVisible(page, what, { radio: "#fe0-dog_list-0-dog_breed-2", draft: "#fe0-dog_list-0-dog_test" });
        await focusRingVisible(page, what, "#fe0-dog_list-0-dog_weight");
        // Every control of the items in turn: never under the host's header.
        await page.focus("#fe0-dog_list-0-dog_name");
        for (let i = 1; i < 40; i++) {
          await page.keyboard.press("Tab");
          if (!(await page.evaluate(() => document.activeElement?.closest(".fe-root")))) break;
          assert.deepEqual(await obscured(page), [], `${what}: after Tab ${i}`);
        }
        await page.click("#fe0-dog_list-1-remove");
        await page.waitForFunction(() => !document.querySelector("#fe0-dog_list-1-dog_name"));
        assert.deepEqual(await obscured(page), [], `${what}: focus after removing an item`);
        // The only dog left offers no "Remove": hidden, whatever the host's CSS says of
        // `[hidden]` or of buttons.
        assert.equal(await page.isVisible("#fe0-dog_list-0-remove"), false, `${what}: no Remove on the only dog`);
        await next(page);
        await dogPayment(page);
        assert.ok(await page.$(".fe-check"), `${what}: check your answers`);
        await axe(page, `${what} check your answers`);
        await fits(page, `${what} check your answers`);
        await clean(page, problems);
      } finally {
        await context.close();
      }
    });
  }
}
}

// The housing-benefit form's income page: "I have no income" stands alone below an "or"
// (GOV.UK's exclusive checkbox). The "or" is the embed's own text between two options, the
// kind of element a host's rules for `div` and `*` reach first.
/** The housing-benefit form on each of `hosts`. */
function housingBenefitTests(hosts) {
for (const host of hosts) {
  for (const [locale, width] of [["de", 320], ["fa", 1280]]) {
    test(`${host} host, housing-benefit form, ${locale}, ${width} px: the "or" before an option that stands alone, ticking, axe, focus`, async () => {
      const { context, page, problems, what } = await onHost(host, "housing-benefit", locale, width);
      try {
        await housingApplicant(page, true);
        await next(page);
        await housingHome(page);
        await next(page);
        await page.waitForSelector("#fe0-income_sources-wrap");
        const rtl = (await page.getAttribute(".fe-root", "dir")) === "rtl";
        assert.equal(rtl, locale === "fa");
        // The "or": in the reader's language, between the last ordinary option and the one
        // that stands alone, at the boxes' edge, its text drawn dark enough to read.
        const or = await page.$eval("#fe0-income_sources-wrap .fe-divider", (d) => {
          const r = (e) => e.getBoundingClientRect();
          const box = r(d);
          const before = r(d.previousElementSibling);
          const after = r(d.nextElementSibling);
          const s = getComputedStyle(d);
          return {
            text: d.textContent.trim(), display: s.display, width: box.width, height: box.height,
            left: box.left - after.left, right: after.right - box.right,
            above: box.top - before.bottom, below: after.top - box.bottom,
          };
        });
        assert.equal(or.text, locale === "de" ? "oder" : "یا");
        assert.ok(or.display !== "none" && or.width > 0 && or.height > 0, `${what}: the "or" is drawn ${JSON.stringify(or)}`);
        assert.ok(Math.abs(rtl ? or.right : or.left) < 1, `${what}: the "or" at the boxes' edge ${JSON.stringify(or)}`);
        assert.ok(or.above >= 0 && or.below >= 0, `${what}: the "or" between the options, not over them ${JSON.stringify(or)}`);
        const ink = await share(page, await box(page, "#fe0-income_sources-wrap .fe-divider"), dark);
        assert.ok(ink > 0.02, `${what}: the "or" can be read (${ink.toFixed(3)} dark)`);
        // The boxes and the radios of the page can be seen, ticked and not.
        await controlsVisible(page, what, { radio: "#fe0-savings_over_limit-1", draft: "#fe0-income_sources-3" });
        // Ticking: salary and pension, then "none": only "none" is left, focus stays on it,
        // never under the host's header; the income box goes.
        await page.check("#fe0-income_sources-0");
        await page.check("#fe0-income_sources-1");
        await settled(page);
        await page.check("#fe0-income_sources-3");
        await settled(page);
        const ticked = () => page.$$eval("#fe0-income_sources-wrap input", (is) => is.filter((i) => i.checked).map((i) => i.id));
        assert.deepEqual(await ticked(), ["fe0-income_sources-3"], `${what}: ticking "none" clears the others`);
        assert.equal(await page.evaluate(() => document.activeElement?.id), "fe0-income_sources-3", `${what}: focus stays on "none"`);
        assert.deepEqual(await obscured(page), [], `${what}: focus on "none"`);
        assert.equal(await page.$("#fe0-monthly_income"), null, `${what}: no income box once "none" is ticked`);
        await axe(page, `${what} income, "none" ticked`);
        await fits(page, `${what} income`);
        // Every control of the page in turn: never under the header.
        await page.focus("#fe0-income_sources-0");
        for (let i = 1; i < 20; i++) {
          await page.keyboard.press("Tab");
          if (!(await page.evaluate(() => document.activeElement?.closest(".fe-root")))) break;
          assert.deepEqual(await obscured(page), [], `${what}: after Tab ${i}`);
        }
        // The page loaded again (a reload, a phone bringing back a tab it dropped), after
        // the other language was chosen in the form: the same page in that language, "none"
        // still ticked, nothing sticking out.
        const other = locale === "de" ? "fa" : "de";
        await page.selectOption("#fe0-language", other);
        await page.waitForSelector(`.fe-root[lang=${other}]`);
        const income = await heading(page);
        await page.reload();
        await engineForm(page);
        await page.waitForSelector(`.fe-root[lang=${other}]`, { timeout: 5_000 });
        assert.equal(await heading(page), income, `${what}: the same page, loaded again`);
        assert.deepEqual(await ticked(), ["fe0-income_sources-3"], `${what}: "none" still ticked, loaded again`);
        await fits(page, `${what} loaded again`);
        await clean(page, problems);
      } finally {
        await context.close();
      }
    });
  }
}
}
