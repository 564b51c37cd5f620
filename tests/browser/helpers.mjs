// Helpers of the embed's browser tests: pages with problem watching, the registration's
// answers, axe, what the eye sees (pixels of a screenshot), and focus obscured by a host's
// fixed or sticky header.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, after } from "node:test";
import { inflateSync } from "node:zlib";
import { launch } from "./server.mjs";
import { startServer } from "./demo-server.mjs";

const { AxeBuilder } = await import("@axe-core/playwright").then((m) => ({ AxeBuilder: m.default ?? m.AxeBuilder }));

export const KEY = "fe-draft:lea-registration";
export const PAGES = ["personal", "address", "contact", "residence", "family", "finish"];
export const date = (day, month, year) => ({ day, month, year });
export const ANSWERS = [
  { family_name: "Smith", given_names: "Alice", birth_date: date("27", "3", "1985"), birth_place: "Manchester", birth_country: "GB",
    nationality: "GB", passport_number: "123456789", passport_expiry: date("1", "5", "2027") },
  { street: "Friedrichstraße", house_number: "219", postcode: "10969", district: "friedrichshain-kreuzberg" },
  { email: "alice@example.org", email_repeat: "alice@example.org" },
  { arrival_date: date("1", "9", "2015"), has_residence_document: "no" },
  { household_size: "2", family_members: [{ member_family_name: "Smith", member_given_names: "Bob", member_birth_date: date("1", "2", "2010"), member_relationship: "child" }] },
  { correspondence_language: "en", consent: true },
];
export const upTo = (k) => Object.assign({}, ...ANSWERS.slice(0, k));

/** The real receiver serving the demo page (`startServer(options)`) and Chromium, for the
 *  tests of one file: started before them, stopped after. Their `server` and `browser` are
 *  on the object returned, once started. */
export function serverAndBrowser(options) {
  const live = {};
  before(async () => {
    live.server = await startServer(options);
    live.browser = await launch();
  });
  after(async () => {
    await live.browser?.close();
    live.server?.stop();
  });
  return live;
}

/** A message of the engine in `locale` (a line of text in `locales/<locale>/engine.ftl`). */
export const engineMessage = (locale, id) => readFileSync(new URL(`../../locales/${locale}/engine.ftl`, import.meta.url), "utf8")
  .match(new RegExp(`^${id} = (.*)$`, "m"))[1];

/** The ids that occur more than once on the page. */
export const duplicateIds = (page) => page.evaluate(() => {
  const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
  return ids.filter((id, i) => ids.indexOf(id) !== i);
});

/** The hash of `<style>body {}</style>`, which Playwright adds to a page for a moment
 *  before each screenshot in Firefox, where the page's CSP forbids it (and Firefox says so
 *  as an error of the page); the embed adds no style element. */
const SCREENSHOT_STYLE = "sha256-YjaKGiklmzC6wjXA513HAMmzus8VE61XCOT+SmwNZWA=";

/** A new page in `locale`, watching for console errors, CSP violations and foreign requests. */
export async function open(browser, origin, locale, { width = 1024, height = 800 } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  // (Firefox reports the page's CSP forbidding something as an error of the page.)
  page.on("pageerror", (e) => String(e).includes(SCREENSHOT_STYLE) || problems.push(String(e)));
  page.on("request", (r) => { if (!r.url().startsWith(origin)) problems.push(`foreign request ${r.url()}`); });
  await page.addInitScript(() => {
    window.__csp = [];
    // Not what the test's own code does (Playwright evaluates it: "... > eval"): the
    // embed never evaluates text.
    document.addEventListener("securitypolicyviolation", (e) => /> eval$/.test(decodeURI(e.sourceFile)) || window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { context, page, problems };
}

/** Records what the page puts on the clipboard (`window.__copied`); with `refuse`, the
 *  browser does not allow it (as on a page served over plain HTTP, or with the
 *  permission refused). Before the page loads. */
export function watchClipboard(page, refuse = false, { hold = false } = {}) {
  return page.addInitScript(([refuse, hold]) => {
    window.__copied = [];
    // With `hold`, each write is done only when the test calls `window.__release.shift()()`
    // (a copy still under way).
    window.__release = [];
    const clipboard = navigator.clipboard;
    if (!clipboard) return;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text) => {
      window.__copied.push(text);
      if (refuse) return Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
      return hold ? new Promise((done) => window.__release.push(done)) : write(text);
    };
  }, [refuse, hold]);
}

/** Presses the notice's "Copy your answers" and waits until the form says what came of it;
 *  the text it tried to put on the clipboard (see `watchClipboard`). */
export async function copyAnswers(page) {
  await page.click(".fe-notice button.fe-secondary");
  await page.waitForFunction(() => document.querySelector(".fe-notice [role=status]").textContent.trim() !== "");
  const copied = await page.evaluate(() => window.__copied);
  assert.equal(copied.length, 1, "one text for the clipboard");
  return copied[0];
}

/** Presses "Copy your answers" again and returns what happened to its status line, in
 *  order, once the clipboard was asked a second time and the line says something again:
 *  `-text` for a node taken away, `+text` for one put in, `=text` for a text changed in
 *  place (which a screen reader may not read again when the words are the same). */
export async function copyAgain(page) {
  await page.evaluate(() => {
    const status = document.querySelector(".fe-notice [role=status]");
    window.__said = [];
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.removedNodes) window.__said.push("-" + n.textContent.trim());
        for (const n of r.addedNodes) window.__said.push("+" + n.textContent.trim());
        if (r.type === "characterData") window.__said.push("=" + r.target.textContent.trim());
      }
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await page.click(".fe-notice button.fe-secondary");
  await page.waitForFunction(() => window.__copied.length === 2 && document.querySelector(".fe-notice [role=status]").textContent.trim() !== "");
  return page.evaluate(() => window.__said);
}

/** Holds the page's requests to `url` (a glob or a RegExp, as `page.route` takes) until the
 *  function returned is called; then each goes on with `then(route)` (by default as asked). */
export async function hold(page, url, then = (route) => route.continue()) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(url, async (route) => {
    await gate;
    await then(route);
  });
  return release;
}

/** Opens `url` with a draft of answers (as if the applicant had kept them on the device). */
export async function load(page, url, answers) {
  await page.goto(url);
  await engineForm(page);
  // A new visit: without the copy of the answers the tab keeps for a reload (of what an
  // earlier step of the test typed in this tab).
  const kept = await page.evaluate(() => {
    const n = sessionStorage.length;
    sessionStorage.clear();
    return n > 0;
  });
  if (answers || kept) {
    if (answers) await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify({ answers })]);
    await page.reload();
    await engineForm(page);
  }
}

/** Until the engine's own form is there: on a page with `data-first-page` the loader may
 *  draw the form's first page before the engine (the same markup, `.fe-form` too), and a
 *  test that acts on that one races the engine's start and takeover. */
export async function engineForm(page) {
  await page.waitForFunction(() => !document.querySelector("[data-fe-first]")
    && document.querySelector("[data-fe-engine] .fe-form"), null, { timeout: 30_000 });
}

export const heading = (page) => page.textContent("#fe0-heading");

/** Presses the form's submit button and waits for the next page or the error summary. */
export async function next(page) {
  const before = await heading(page);
  await page.click(".fe-form button[type=submit]");
  await page.waitForFunction((b) => document.querySelector(".fe-summary") || document.querySelector(".fe-panel")
    || document.querySelector(".fe-notice") || document.querySelector("#fe0-heading")?.textContent !== b, before);
}

/** Once the embed's own scrolling after a focus change is done (it runs a task after the
 *  focus, just after the browser's own scrolling). */
export async function settled(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));
}

/** The page scrolled to its top, after the embed's own scrolling: scrolling first would let
 *  the embed scroll again afterwards (seen on a fresh machine: axe's target-size on the
 *  language switch, under the demo page's sticky header). */
export async function fromTop(page) {
  await settled(page);
  await page.evaluate(() => window.scrollTo({ top: 0, left: 0, behavior: "instant" }));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
}

/** axe with the WCAG 2.2 AA rules; it must have looked at the form itself. */
export async function axe(page, what) {
  // From the top of the page: a host's sticky header over a control scrolled beneath it
  // would count as the control's fault (target-size measures what is not covered).
  await fromTop(page);
  // axe runs in the page's own world: a host's enumerable additions to the built-in
  // prototypes (Prototype.js habits, `tests/browser/hosts/scripted.js`) break its own
  // `for ... in` loops. They are set aside while it runs; the form meets them as they are.
  await page.evaluate(() => {
    const away = [];
    for (const proto of [Object.prototype, Array.prototype, String.prototype]) {
      for (const key of Object.getOwnPropertyNames(proto)) {
        const d = Object.getOwnPropertyDescriptor(proto, key);
        if (d.enumerable || key === "toJSON") away.push([proto, key, d]);
      }
    }
    for (const [proto, key] of away) delete proto[key];
    window.__axeAway = away;
  });
  const result = await new AxeBuilder({ page }).include(".fe-root")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()
    .finally(() => page.evaluate(() => {
      for (const [proto, key, d] of window.__axeAway ?? []) Object.defineProperty(proto, key, d);
    }));
  assert.ok(result.passes.some((r) => r.nodes.some((n) => n.target.join(" ").includes("fe0-"))), `axe checked nothing of the form on ${what}`);
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(violations, [], `axe on ${what}`);
}

export async function clean(page, problems) {
  assert.deepEqual(await page.evaluate(() => window.__csp), [], "CSP violations");
  assert.deepEqual(problems, [], "console errors or foreign requests");
}

// --- The housing-benefit form ----------------------------------------------------------

/** The housing-benefit form (examples/housing-benefit): the applicant's own page answered,
 *  living alone (no household page) or not. */
export async function housingApplicant(page, alone) {
  await page.fill("#fe0-full_name", "Ayşe Yılmaz");
  await page.fill("#fe0-birth_date-day", "14");
  await page.fill("#fe0-birth_date-month", "6");
  await page.fill("#fe0-birth_date-year", "1985");
  await page.check(`#fe0-lives_alone-${alone ? 0 : 1}`);
  await settled(page);
}

/** The housing-benefit form's home page answered. */
export async function housingHome(page) {
  // The amounts with their units typed, as people do (taken off by the engine).
  await page.fill("#fe0-rent", "780,20 €");
  await page.fill("#fe0-heating_cost", "95");
  await page.fill("#fe0-area", "62,5 m²");
  await page.fill("#fe0-moved_in-month", "9");
  await page.fill("#fe0-moved_in-year", "2016");
  await settled(page);
}

// --- The dog-tax form ------------------------------------------------------------------

/** The dog-tax form (examples/dog-tax): the first page answered: a private owner. */
export async function dogOwner(page) {
  await page.fill("#fe0-owner_name", "Jürgen Müller");
  await page.fill("#fe0-owner_born-day", "2");
  await page.fill("#fe0-owner_born-month", "5");
  await page.fill("#fe0-owner_born-year", "1980");
  await page.check("#fe0-is_company-1");
  await next(page);
}

/** Adds dog `n` (a radio for the breed, the month and year it came, its weight). */
export async function addDog(page, n, name, breed, weight) {
  // The first dog's questions are there at once (the group needs one); later dogs are added.
  if (!(await page.$(`#fe0-dog_list-${n}-dog_name`))) await page.click("#fe0-dog_list-add");
  await page.waitForSelector(`#fe0-dog_list-${n}-dog_name`);
  await page.fill(`#fe0-dog_list-${n}-dog_name`, name);
  await page.check(`#fe0-dog_list-${n}-dog_breed-${breed}`);
  assert.equal(await page.$(`#fe0-dog_list-${n}-dog_since-day`), null, "year and month only");
  await page.fill(`#fe0-dog_list-${n}-dog_since-month`, "4");
  await page.fill(`#fe0-dog_list-${n}-dog_since-year`, "2019");
  await page.fill(`#fe0-dog_list-${n}-dog_weight`, weight);
}

/** The payment page answered: an IBAN as people type it, the tax starting in a week (inside
 *  "today to a year from today" on either side of a midnight: the browser's and the
 *  receiver's day may differ by one). */
export async function dogPayment(page) {
  await page.fill("#fe0-iban", "de89 3704 0044 0532 0130 00");
  const start = new Date(Date.now() + 7 * 864e5);
  await page.fill("#fe0-start-day", String(start.getDate()));
  await page.fill("#fe0-start-month", String(start.getMonth() + 1));
  await page.fill("#fe0-start-year", String(start.getFullYear()));
  await next(page);
}

// --- Pixels ---------------------------------------------------------------------------

/** Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium's screenshots are). */
export function decodePng(buf) {
  let pos = 8;
  let width = 0, height = 0, channels = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString("ascii", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, "8-bit PNG");
      channels = { 2: 3, 6: 4 }[data[9]];
      assert.ok(channels, `PNG colour type ${data[9]}`);
    } else if (type === "IDAT") idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const px = Buffer.alloc(width * height * 4);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? line[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[x] = v & 255;
    }
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 3; k++) px[(y * width + x) * 4 + k] = line[x * channels + k];
      px[(y * width + x) * 4 + 3] = channels === 4 ? line[x * channels + 3] : 255;
    }
    prev = line;
  }
  return { width, height, px };
}

/** The share of pixels in a region of the page for which `test(r, g, b)` holds. */
export async function share(page, clip, test) {
  const { width, height, px } = decodePng(await page.screenshot({ clip }));
  let n = 0;
  for (let i = 0; i < width * height; i++) if (test(px[i * 4], px[i * 4 + 1], px[i * 4 + 2])) n++;
  return n / (width * height);
}

/** The share of the pixels passing `test` in a part of an element's box grown by `pad`
 *  (`part`: fractions of it), measured again until `ok` holds, for `ms` at most; the last measurement. What a
 *  click changes can be drawn somewhere else a moment later: the embed brings the clicked
 *  control clear of a host's header once the mouse button is up (it looks every 50 ms),
 *  which on a busy machine can come after the first measurement. */
export async function shareOf(page, selector, part, test, ok, { pad = 0, ms = 3000 } = {}) {
  return measuredUntil(page, async () => {
    const b = await box(page, selector, pad);
    const clip = { x: b.x + b.width * part.x, y: b.y + b.height * part.y, width: b.width * part.width, height: b.height * part.height };
    return share(page, clip, test);
  }, ok, ms);
}

/** `measure()` (pixels of the page, boxes measured anew each time) again until `ok` holds,
 *  for `ms` at most; the last measurement (see `shareOf`). */
export async function measuredUntil(page, measure, ok, ms = 3000) {
  const end = Date.now() + ms;
  for (;;) {
    const seen = await measure();
    if (ok(seen) || Date.now() > end) return seen;
    await page.waitForTimeout(100);
  }
}

export const dark = (r, g, b) => r + g + b < 200;
export const yellow = (r, g, b) => r > 220 && g > 190 && b < 90;

/** The box of an element (page coordinates for a screenshot clip), grown by `pad`. */
export async function box(page, selector, pad = 0) {
  // In the middle of the window: at its edge (where Playwright scrolls to), a host's
  // sticky header would be in the picture instead of the element.
  await page.locator(selector).first().evaluate((e) => e.scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" }));
  const b = await page.locator(selector).first().boundingBox();
  assert.ok(b, `${selector} has a box`);
  return { x: Math.max(0, b.x - pad), y: Math.max(0, b.y - pad), width: b.width + 2 * pad, height: b.height + 2 * pad };
}

// --- Focus ----------------------------------------------------------------------------

/** What hides the focused element: the host's fixed or sticky boxes that overlap it, or
 *  the edges of the window. Empty when it can be seen, with its label or question. */
export async function obscured(page) {
  await settled(page);
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return ["nothing has focus"];
    let r = el.getBoundingClientRect();
    // A radio or checkbox is drawn by its label; a field's question is its label or legend.
    const parts = [r];
    const label = el.id && document.querySelector(`label[for="${el.id}"]`);
    if (label) parts.push(label.getBoundingClientRect());
    const top = Math.min(...parts.map((p) => p.top));
    const bottom = Math.max(...parts.map((p) => p.bottom));
    const covers = [];
    for (const h of document.querySelectorAll("body *")) {
      if (h.closest(".fe-root")) continue;
      const pos = getComputedStyle(h).position;
      if (pos !== "fixed" && pos !== "sticky") continue;
      const b = h.getBoundingClientRect();
      if (b.width === 0 || b.height === 0 || b.top > window.innerHeight / 2) continue;
      if (b.left < r.right && b.right > r.left) covers.push(h);
    }
    const covered = Math.max(0, ...covers.map((h) => h.getBoundingClientRect().bottom));
    // When the question and the field together are taller than the room below the header,
    // the field itself must be in full view.
    const [t, bt] = bottom - top > window.innerHeight - covered ? [r.top, r.bottom] : [top, bottom];
    const found = [];
    if (t < -1 || bt > window.innerHeight + 1) found.push(`outside the window (${Math.round(t)}..${Math.round(bt)})`);
    for (const h of covers) {
      const b = h.getBoundingClientRect();
      if (b.top < bt && b.bottom > t + 0.5) found.push(`under ${h.className || h.tagName} (${Math.round(b.bottom)} > ${Math.round(t)})`);
    }
    return found.length ? [`${el.id || el.tagName}: ${found.join(", ")}`] : [];
  });
}

/** Sequential round trips after the document, from requests with the time the page asked
 *  for each and the time it arrived: a request's wave is one more than the latest wave of the
 *  requests that had arrived before the page asked for it (the document is wave 1). A request
 *  waiting for a free connection (HTTP/1.1 allows six to a host) waits for no answer: it is
 *  in the wave it was asked in. */
export function waves(requests) {
  const rs = requests.filter((r) => !r.url.endsWith("favicon.svg")).sort((a, b) => a.start - b.start);
  const wave = [];
  rs.forEach((r, i) => {
    let w = 1;
    for (let j = 0; j < i; j++) if (rs[j].end <= r.start + 1) w = Math.max(w, wave[j] + 1);
    wave.push(w);
  });
  return { count: Math.max(...wave) - 1, chain: rs.map((r, i) => `${wave[i]} ${new URL(r.url).pathname}`) };
}

/** Keeps each control of the form, by its id, as an element in the page (for `controlsMoved`
 *  and `focusOnKept`). */
export const keepControls = (page) => page.evaluate(() => {
  window.__kept = new Map([...document.querySelectorAll(".fe-form input, .fe-form select, .fe-form textarea")].map((e) => [e.id, e]));
});

/** The controls kept that are now another's (yew reused the element for another field). */
export const controlsMoved = (page) => page.evaluate(() =>
  [...window.__kept].filter(([id, e]) => e.isConnected && e.id !== id).map(([id, e]) => `${id} became ${e.id}`));

/** Whether focus is on the very element kept as control `id`. */
export const focusOnKept = (page, id) => page.evaluate((id) => document.activeElement === window.__kept.get(id), id);

// --- A page the browser translates -------------------------------------------------------

/** Translates the page as a browser's page translation does (Chrome's, into `<font>`): each
 *  text node is taken out of the page and replaced by `<font><font>translation</font></font>`,
 *  and text the page adds later is translated as it comes (a MutationObserver). The
 *  "translation" here is the text in capitals. A text node the page changes after that is
 *  no longer in the page: the reader goes on seeing its first translation. */
export const translateLikeABrowser = (page) => page.evaluate(() => {
  const translate = (node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()
        && !child.parentElement.closest("font, script, style, option, textarea, title")) {
        const outer = document.createElement("font");
        const inner = document.createElement("font");
        outer.style.verticalAlign = inner.style.verticalAlign = "inherit";
        inner.textContent = child.textContent.toUpperCase();
        outer.append(inner);
        outer.__original = child;
        child.replaceWith(outer);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        translate(child);
      }
    }
  };
  translate(document.body);
  window.__untranslated = () => [...document.querySelectorAll(".fe-root *")].some((e) => !e.closest("font, script, style, option, textarea")
    && [...e.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent.trim()));
  if (!window.__translator) {
    window.__translator = new MutationObserver(() => {
      clearTimeout(window.__translating);
      window.__translating = setTimeout(() => translate(document.body), 20);
    });
    window.__translator.observe(document.body, { childList: true, subtree: true, characterData: true });
  }
});

/** Once the translation has caught up: the form's texts the reader sees as first translated
 *  though the form has since changed them ("SEEN -> what the form says now"). */
export async function staleText(page) {
  await settled(page);
  await page.waitForFunction(() => !window.__untranslated());
  return page.evaluate(() => [...document.querySelectorAll(".fe-root font")]
    .filter((f) => f.__original && f.textContent !== f.__original.textContent.toUpperCase())
    .map((f) => `${f.textContent} -> ${f.__original.textContent}`));
}
