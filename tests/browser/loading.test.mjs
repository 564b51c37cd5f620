// How the embed loads, on the demo page with the real receiver: everything the form needs
// is requested at once by the loader (not one file after another), each file once, and
// the embed's files are sent as their brotli 11 copies with the right caching. Structure
// is asserted here; the times are reported by `cargo xtask bench`, never asserted. And the
// form loads and sends on a page served over plain HTTP under a name, which browsers do not
// take for a secure context (a CMS's preview, an intranet).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, FIREFOX, launch } from "./server.mjs";
import { serverAndBrowser, waves, open, engineForm, duplicateIds, clean, load, next, upTo, PAGES } from "./helpers.mjs";

const live = serverAndBrowser();

/** Loads the demo page in a fresh context over a slow network (150 ms latency, 1.6 Mbps):
 *  the requests with their times, once the first field is there. */
async function slowLoad(locale, path = "/") {
  const context = await live.browser.newContext({ locale });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
  const requests = [];
  page.on("requestfinished", (r) => {
    const t = r.timing();
    // Made when the page asked for it (not when a connection was free: over HTTP/1.1 a
    // browser sends at most six requests at once to a host, and the rest wait their turn).
    requests.push({ url: r.url(), start: t.startTime, end: t.startTime + t.responseEnd });
  });
  await page.goto(live.server.origin + path);
  // The engine's own form (the first page drawn before it is not the engine).
  await page.waitForFunction(() => !document.querySelector("[data-fe-first]") && document.querySelector(".fe-form input"), null, { timeout: 60_000 });
  await page.waitForTimeout(300);
  await context.close();
  return requests;
}

for (const [locale, form, page, how, trips] of [
  ["de", "lea-registration", "/", "the page lists the languages", 3],
  ["ar", "lea-registration", "/", "the page lists the languages", 3],
  // The lockdown form's page has no data-languages: the loader reads them from the end of
  // the packed form, so the messages come one round trip later: still long before the engine.
  ["fa", "lockdown-registration", "/online-registrierung.html", "the packed form lists the languages", 4],
]) {
  // The slow network is Chromium's (DevTools); Firefox over WebDriver BiDi has none.
  const skip = FIREFOX && "no network throttling in Firefox over WebDriver BiDi";
  test(`the loader requests the form and the reader's messages with the engine, each once (${locale}, ${how})`, { skip }, async () => {
    const requests = await slowLoad(locale, page);
    const path = (r) => new URL(r.url).pathname;
    const find = (re) => {
      const found = requests.filter((r) => re.test(path(r)));
      assert.equal(found.length, 1, `${re} requested once: ${found.map(path)}`);
      return found[0];
    };
    const wasm = find(/\/form-embed\.[0-9a-f]{10}\.wasm$/);
    // Requested while the engine is still on its way, not after it started.
    for (const re of [new RegExp(`/${form}\\.form$`), new RegExp(`/locales/${locale}/engine\\.ftl$`),
      new RegExp(`/${form}/locales/${locale}/${form}\\.ftl$`)]) {
      assert.ok(find(re).start < wasm.end, `${re} waited for the engine`);
    }
    // The language names are built into the embed.
    assert.deepEqual(requests.filter((r) => /\/languages\.ftl$/.test(path(r))), []);
    if (how === "the page lists the languages") {
      // The first page is the loader's first request: before the stylesheet and the engine.
      // (Where the packed form lists the languages, the first page waits for it instead.)
      const first = find(/\/first-page\.json$/).start;
      for (const re of [/\/form-embed\.[0-9a-f]{10}\.css$/, /\/form-embed\.[0-9a-f]{10}\.wasm$/, /\/form-embed-glue\.[0-9a-f]{10}\.js$/]) {
        assert.ok(first <= find(re).start, `${re} asked for before the first page`);
      }
    }
    const { count, chain } = waves(requests);
    assert.ok(count <= trips, `${count} round trips after the document:\n${chain.join("\n")}`);
  });
}

test("the embed's files are sent as their brotli 11 copies: hashed ones cached for a year, the loader revalidated", async () => {
  const dir = join(ROOT, "dist/embed");
  const hashed = readdirSync(dir).filter((f) => /\.[0-9a-f]{10}\.(wasm|js|css)$/.test(f));
  assert.equal(hashed.length, 4, `loader, glue, wasm and stylesheet: ${hashed}`);
  for (const f of [...hashed, "form-embed.js"]) {
    const res = await fetch(`${live.server.origin}/assets/engine/embed/${f}`, { headers: { "accept-encoding": "br" } });
    assert.equal(res.status, 200, f);
    assert.equal(res.headers.get("content-encoding"), "br", f);
    // Node's fetch decodes brotli: the body is the original file.
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), readFileSync(join(dir, f)), f);
    assert.equal(res.headers.get("cache-control"), f === "form-embed.js" ? "no-cache" : "public, max-age=31536000, immutable", f);
    if (f.endsWith(".wasm")) assert.equal(res.headers.get("content-type"), "application/wasm");
  }
});

test("a returning visitor gets the engine's files from the browser's cache, and the form, its first page and the messages checked with the receiver: unchanged, none is sent again", { skip: FIREFOX && "DevTools network events" }, async () => {
  const context = await live.browser.newContext({ locale: "de" });
  try {
    const visit = async () => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      const urls = new Map();
      const got = {};
      cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, e.response));
      cdp.on("Network.loadingFinished", (e) => {
        const r = urls.get(e.requestId);
        if (r) got[new URL(r.url).pathname.split("/").pop()] = r.fromDiskCache || r.fromMemoryCache ? "cache" : e.encodedDataLength;
      });
      await page.goto(live.server.origin + "/");
      await engineForm(page);
      await page.waitForTimeout(300);
      await page.close();
      return got;
    };
    await visit();
    const again = await visit();
    const mutable = ["first-page.json", "lea-registration.form", "engine.ftl", "countries.ftl", "lea-registration.ftl"];
    for (const f of mutable) {
      // Asked again (\`no-cache\`), answered 304 Not Modified: its headers only.
      assert.equal(typeof again[f], "number", `${f} checked with the receiver: ${JSON.stringify(again)}`);
      assert.ok(again[f] < 700, `${f}: ${again[f]} bytes, not the file again`);
    }
    for (const f of Object.keys(again).filter((f) => /\.[0-9a-f]{10}\.(wasm|js|css)$/.test(f))) {
      assert.equal(again[f], "cache", f);
    }
    assert.equal(Object.keys(again).filter((f) => /\.[0-9a-f]{10}\./.test(f)).length, 3, `wasm, glue and stylesheet: ${Object.keys(again)}`);
  } finally {
    await context.close();
  }
});

// Slow: the engine comes after both loaders could draw the first page (each would, and the
// first one's check for "its notice was shown" took the other's page for a notice and put
// its own back, for good).
for (const slow of [false, true]) test(`the loader given twice (a CMS template's script tag and a content block's, at two addresses${slow ? ", the engine slow to come" : ""}): one form, its ids unique, one stylesheet, the engine fetched once, and it works`, async () => {
  const { context, page, problems } = await open(live.browser, live.server.origin, "de");
  try {
    let engines = 0;
    await page.route(/\/form-embed\.[0-9a-f]{10}\.wasm$/, async (route) => {
      engines++;
      if (slow) await new Promise((later) => setTimeout(later, 1500));
      await route.continue();
    });
    await page.route(live.server.origin + "/", async (route) => {
      const response = await route.fetch();
      // The content block's tag: the one earlier versions of the documentation gave (a
      // module), or a classic one.
      const body = (await response.text()).replace(/<script[^>]*src="([^"]*form-embed\.js)"[^>]*><\/script>/,
        (tag, src) => `${tag}\n<script ${slow ? "defer" : 'type="module"'} src="${src}?v=3"></script>`);
      await route.fulfill({ response, body });
    });
    await page.goto(live.server.origin + "/");
    await engineForm(page);
    assert.equal(await page.$$eval('script[src*="form-embed.js"]', (s) => s.length), 2, "both script tags in the page");
    await page.waitForTimeout(1000); // the second loader has run its course
    assert.equal(await page.$$eval(".fe-root", (r) => r.length), 1, "one form");
    assert.equal(await page.$$eval("link[data-form-embed]", (l) => l.length), 1, "one stylesheet");
    assert.equal(engines, 1, "the engine fetched once");
    assert.deepEqual(await duplicateIds(page), []);
    await page.fill("#fe0-family_name", "Zweimal");
    await page.click(".fe-form button[type=submit]");
    await page.waitForSelector(".fe-summary");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe0-summary", "the summary has focus");
    assert.equal(await page.inputValue("#fe0-family_name"), "Zweimal");
    await clean(page, problems);
  } finally {
    await context.close();
  }
});

test("a CMS page served over plain HTTP under a name (not a secure context: no crypto.randomUUID, no clipboard) draws the form and sends it once", async (t) => {
  // Browsers take 127.0.0.1 and localhost for secure; a name is not.
  const browser = await launch(["--host-resolver-rules=MAP cms.test 127.0.0.1"], { firefoxPrefs: { "network.dns.localDomains": "cms.test" } });
  try {
    const origin = live.server.origin.replace("127.0.0.1", "cms.test");
    const { context, page, problems } = await open(browser, origin, "en");
    const keys = [];
    page.on("request", (r) => r.method() === "POST" && keys.push(r.postData() ? r.postDataJSON().idempotencyKey : undefined));
    const answers = upTo(PAGES.length);
    answers.family_name = "Plainhttp";
    await load(page, origin + "/", answers);
    assert.equal(await page.evaluate(() => [isSecureContext, typeof crypto.randomUUID].join()), "false,undefined");
    for (let i = 0; i <= PAGES.length; i++) await next(page);
    await page.waitForSelector(".fe-panel");
    assert.equal(keys.length, 1, "sent once");
    // (Firefox over WebDriver BiDi does not hand the request's body to Playwright.)
    if (keys[0] === undefined && FIREFOX) t.diagnostic("the request's body cannot be read here: its key is not checked");
    else assert.match(keys[0], /^\d{1,20}-\d{1,20}$/, "a key of 128 random bits");
    const rows = (await live.server.exported("lea-registration")).filter((r) => JSON.stringify(r).includes("Plainhttp"));
    assert.equal(rows.length, 1, "stored once");
    await clean(page, problems);
    await context.close();
  } finally {
    await browser.close();
  }
});

test("on a page served over plain HTTP (no clipboard there), Copy your answers says so and shows the answers selected, to copy by hand", async () => {
  const browser = await launch(["--host-resolver-rules=MAP cms.test 127.0.0.1"], { firefoxPrefs: { "network.dns.localDomains": "cms.test" } });
  try {
    const origin = live.server.origin.replace("127.0.0.1", "cms.test");
    const { context, page, problems } = await open(browser, origin, "en");
    await page.route("**/api/forms/lea-registration/submissions", (route) =>
      route.fulfill({ status: 409, body: JSON.stringify({ error: "changed" }), contentType: "application/json" }));
    const answers = upTo(PAGES.length);
    answers.family_name = "Byhand";
    await load(page, origin + "/", answers);
    assert.equal(await page.evaluate(() => typeof navigator.clipboard), "undefined");
    for (let i = 0; i <= PAGES.length; i++) await next(page);
    await page.waitForSelector(".fe-notice");
    await page.click(".fe-notice button.fe-secondary");
    await page.waitForFunction(() => document.activeElement.id === "fe0-answers-text");
    assert.equal((await page.textContent(".fe-notice [role=status]")).trim(),
      "Your browser did not allow copying. Your answers are selected below: copy them yourself.");
    const box = await page.evaluate(() => {
      const a = document.activeElement;
      return { value: a.value, start: a.selectionStart, end: a.selectionEnd, readOnly: a.readOnly, name: a.getAttribute("aria-label") };
    });
    assert.match(box.value, /Family name: Byhand\n/);
    assert.deepEqual([box.start, box.end, box.readOnly, box.name], [0, box.value.length, true, "Copy your answers"]);
    assert.deepEqual(problems.filter((p) => !/409|Failed to load resource/.test(p)), []);
    await context.close();
  } finally {
    await browser.close();
  }
});
