// `form dev` driven as an author and a translator would: a copy of a small form is served
// with the real embed; editing its schema and a message file on disk updates the page
// (the preview, the problems with file and line, the translation coverage, the cases);
// the switches for language, pseudo-locales, a right-to-left host, 320 px and message
// ids change the preview. A month-and-year question shows no Day box.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { launch, ROOT } from "./server.mjs";

const FORM = ["debug", "release"].map((p) => join(ROOT, "target", p, "form")).find(existsSync);

let dir;
let child;
let origin;
let browser;

before(async () => {
  if (!FORM) throw new Error("build the form command first (cargo build -p form-cli)");
  dir = join(mkdtempSync(join(tmpdir(), "form-dev-")), "partial-date");
  cpSync(join(ROOT, "tests/types/partial-date"), dir, { recursive: true });
  for (let attempt = 0; !origin; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 20000);
    child = spawn(FORM, ["dev", dir, "--port", String(port), "--dist", join(ROOT, "dist")], { stdio: ["ignore", "pipe", "pipe"] });
    for (let i = 0; i < 100 && child.exitCode === null && !origin; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/status.json`)).ok) origin = `http://127.0.0.1:${port}`;
      } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
    if (!origin) child.kill();
    if (attempt > 3) throw new Error("form dev did not start");
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  child?.kill();
  if (dir) rmSync(dirname(dir), { recursive: true, force: true });
});

const edit = (file, from, to) => {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  assert.ok(text.includes(from), `${file} lacks ${from}`);
  writeFileSync(path, text.replace(from, to));
};

/** The preview frame, once its form is drawn. */
async function frame(page) {
  await page.waitForFunction(() => document.querySelector("#frame")?.contentDocument?.querySelector(".fe-form, .fe-notice"));
  return page.frames().find((f) => f.url().includes("/preview"));
}

const version = (page) => page.evaluate(() => Number(document.body.dataset.version || 0));

/** Waits for the page to show a newer build than `v`. */
async function newer(page, v) {
  await page.waitForFunction((v) => Number(document.body.dataset.version || 0) > v, v, { timeout: 15_000 });
}

/** Waits for an edit made after build `v` to show in a panel: `text` in `selector`, in a
 *  newer build (15 s at most), then asserts it. One edit can make more than one build: the
 *  watcher may see the file half written (emptied, not yet filled), build, and then see it
 *  again; on a busy machine the first newer build can still be of the edit before. */
async function shows(page, v, selector, text) {
  await page.waitForFunction(([v, selector, source]) => Number(document.body.dataset.version || 0) > v
    && new RegExp(source).test(document.querySelector(selector)?.textContent ?? ""), [v, selector, text.source], { timeout: 15_000 })
    .catch(() => {});
  assert.match(await page.textContent(selector), text);
}

test("form dev: panels, live reload after edits of the schema and a message file, and the switches", async () => {
  // A browser in German, to show that the preview speaks the language its switch shows.
  const context = await browser.newContext({ locale: "de-DE", viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  // The preview reloads on every switch and edit: a request still in flight is cancelled,
  // and Chromium logs that ("Fetch API cannot load ..."); that is not a problem of the page.
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().includes("422") && !m.text().startsWith("Fetch API cannot load")) problems.push(m.text());
  });
  try {
    await page.goto(origin + "/");
    let f = await frame(page);
    // The panels: two warnings located in form.json, complete German, all cases passing.
    await page.waitForFunction(() => document.querySelector("#cases-count")?.textContent === "14/14");
    assert.match(await page.textContent("#diag-count"), /^0 errors · 2 warnings$/);
    const links = await page.$$eval("#diagnostics a", (as) => as.map((a) => a.textContent));
    assert.deepEqual(links, ["form.json:34", "form.json:34"]);
    assert.equal(await page.textContent('#coverage tr[data-tag="de"] .missing'), "0");
    // The source link opens the file at the line.
    const source = await context.newPage();
    await source.goto(origin + (await page.getAttribute("#diagnostics a", "href")));
    assert.match(await source.textContent("li.here"), /"assert": "arrived >= born"/);
    await source.close();

    // The preview speaks the language its switch shows (the form's own, English), not
    // the browser's.
    assert.equal(await page.inputValue("#lang"), "en");
    assert.equal(await f.evaluate(() => document.querySelector(".fe-root").lang), "en");

    // A month-and-year question: month and year boxes, no day.
    assert.ok(await f.$("#fe0-born-month"));
    assert.ok(await f.$("#fe0-born-year"));
    assert.equal(await f.$("#fe0-born-day"), null);
    assert.ok(await f.$("#fe0-arrived-year"));
    assert.equal(await f.$("#fe0-arrived-month"), null);

    // The language switch, then a translator's edit on disk: the preview follows.
    await page.selectOption("#lang", "de");
    f = await frame(page);
    await f.waitForFunction(() => document.querySelector("#fe0-born-wrap legend")?.textContent.includes("Monat und Jahr der Geburt"));
    let v = await version(page);
    edit("locales/de/type-partial-date.ftl", "pd-born = Monat und Jahr der Geburt", "pd-born = Geburtsmonat");
    await newer(page, v);
    // Asked from the outer page: a second build for the same edit reloads the preview again.
    await page.waitForFunction(() => document.querySelector("#frame")?.contentDocument
      ?.querySelector("#fe0-born-wrap legend")?.textContent.includes("Geburtsmonat"));
    assert.equal(new URL(page.url()).hash, "#lang=de", "the switches survive the reload");

    // A message removed: coverage shows it missing, as a warning.
    v = await version(page);
    edit("locales/de/type-partial-date.ftl", "pd-children = Anzahl der Kinder\n", "");
    await shows(page, v, "#diag-count", /^0 errors · 3 warnings$/);
    assert.equal(await page.textContent('#coverage tr[data-tag="de"] .missing'), "1");

    // The author breaks the schema: the error with its place; the preview keeps the last form.
    v = await version(page);
    edit("form.json", '"assert": "arrived >= born"', '"assert": "arrived >= bron"');
    await shows(page, v, "#diag-count", /^1 errors/);
    const first = await page.textContent("#diagnostics li.error");
    assert.match(first, /form\.json:34.*expr-unknown-field.*bron/);
    v = await version(page);
    edit("form.json", '"assert": "arrived >= bron"', '"assert": "arrived >= born"');
    await shows(page, v, "#diag-count", /^0 errors/);

    // Message ids, for translators.
    await page.check("#ids");
    f = await frame(page);
    await f.waitForFunction(() => document.querySelector("#fe0-born-wrap legend")?.textContent.startsWith("\u27E6pd-born\u27E7"));
    assert.match(await f.textContent("#fe0-heading"), /\u27E6pd-heading\u27E7/);
    await page.uncheck("#ids");

    // The pseudo-locales: longer text, and right to left.
    await page.selectOption("#lang", "en-XA");
    f = await frame(page);
    await f.waitForFunction(() => /[ȧḗīǿŭ]/.test(document.querySelector("#fe0-heading")?.textContent ?? ""));
    await page.selectOption("#lang", "ar-XB");
    f = await frame(page);
    await f.waitForFunction(() => document.querySelector(".fe-root")?.getAttribute("dir") === "rtl");

    // A right-to-left host page at 320 px.
    await page.selectOption("#lang", "en");
    await page.check("#rtl");
    await page.check("#narrow");
    // Asked from the outer page: the preview reloads for each switch, and a frame's own
    // context may be gone between two questions.
    await page.waitForFunction(() => {
      const d = document.querySelector("#frame")?.contentDocument;
      return d?.location.search.includes("rtl=1") && d.documentElement?.dir === "rtl" && d.querySelector(".fe-form");
    });
    f = await frame(page);
    const width = await page.evaluate(() => document.querySelector("#frame").getBoundingClientRect().width);
    assert.equal(Math.round(width), 320);
    assert.ok(
      await page.evaluate(() => document.querySelector("#frame").contentDocument.documentElement.scrollWidth <= 320),
      "no sideways scrolling at 320 px",
    );

    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
