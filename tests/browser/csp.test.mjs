// The engine loads and validates in a page served with a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval'; no 'unsafe-eval', no 'unsafe-inline'), makes no
// request to another origin and logs no error. Also measures validation time in Chromium
// and the time from navigation to engine ready.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, launch } from "./server.mjs";

const APP = `
import init, { FormEngine, textDirection } from "/dist/form_engine.js";
const t0 = performance.now();
await init();
const [schema, engineFtl, formFtl, data] = await Promise.all([
  fetch("/examples/lea-registration/form.json").then((r) => r.text()),
  fetch("/locales/en/engine.ftl").then((r) => r.text()),
  fetch("/examples/lea-registration/locales/en/lea-registration.ftl").then((r) => r.text()),
  fetch("/examples/lea-registration/cases/02-valid-complete.json").then((r) => r.json()),
]);
const engine = new FormEngine(schema);
// Before any messages: the best of the form's languages, to know which to load.
const toLoad = engine.negotiate(["sw", "fr-CA", "en"]);
engine.addMessages("en", engineFtl);
engine.addMessages("en", formFtl);
const ready = performance.now() - t0;
const valid = engine.validate(data, "2021-03-15");
const invalid = engine.validate({ email: "x" }, "2021-03-15");
const text = engine.renderIssue("en", invalid.issues[0]);
// Median of 25 batches of 40 validations.
const batches = [];
for (let b = 0; b < 25; b++) {
  const s = performance.now();
  for (let i = 0; i < 40; i++) engine.validate(data, "2021-03-15");
  batches.push((performance.now() - s) / 40);
}
batches.sort((a, b) => a - b);
const out = document.getElementById("out");
out.textContent = JSON.stringify({
  ok: engine.ok, valid: valid.valid, invalidCount: invalid.issues.length, text,
  dir: textDirection("ar"), negotiated: engine.negotiate(["fr", "en-GB"]), toLoad,
  readyMs: ready, medianValidateUs: batches[12] * 1000,
});
document.body.dataset.done = "1";
`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP test</title>
<script type="module" src="/app.js"></script></head><body><pre id="out"></pre></body></html>`;

// A control page that breaks the policy: proves that violations are detected.
const BAD_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bad</title></head>
<body><script>document.body.dataset.inline = "ran";</script><pre id="out"></pre></body></html>`;

async function visit(browser, server, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const foreign = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("request", (r) => {
    if (!r.url().startsWith(server.origin) && !r.url().startsWith("data:")) foreign.push(r.url());
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(server.origin + path);
  return { page, context, problems, foreign };
}

test("the engine runs under a strict CSP, with no violation, foreign request or console error", async () => {
  const server = await serve({ "/": { body: PAGE }, "/app.js": { body: APP, type: "text/javascript" }, "/bad": { body: BAD_PAGE } });
  const browser = await launch();
  try {
    const { page, context, problems, foreign } = await visit(browser, server, "/");
    await page.waitForSelector("body[data-done='1']", { timeout: 30000 });
    const result = JSON.parse(await page.textContent("#out"));
    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    assert.deepEqual(foreign, []);
    assert.equal(result.ok, true);
    assert.equal(result.valid, true);
    assert.ok(result.invalidCount > 10, `expected many issues, got ${result.invalidCount}`);
    assert.equal(result.dir, "rtl");
    // With English loaded, the best language with messages; before, the best the form offers.
    assert.equal(result.negotiated, "en");
    assert.equal(result.toLoad, "fr");
    assert.match(result.text, /Enter your family name/);
    console.log(`# engine ready ${result.readyMs.toFixed(1)} ms after module start; median validation in Chromium ${result.medianValidateUs.toFixed(1)} µs`);
    await context.close();

    // Control: an inline script on a page with the same policy is blocked and reported.
    const bad = await visit(browser, server, "/bad");
    await bad.page.waitForTimeout(300);
    const badViolations = await bad.page.evaluate(() => window.__violations);
    assert.equal(await bad.page.evaluate(() => document.body.dataset.inline), undefined);
    assert.ok(badViolations.some((v) => v.startsWith("script-src")), JSON.stringify(badViolations));
    await bad.context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  assert.ok(server.reports.some((r) => r.includes("inline")), "the control page's violation reached the report endpoint");
  assert.ok(server.reports.every((r) => !r.includes('"document-uri":"' + server.origin + '/"')), server.reports.join("\n"));
});
