// The demo: the CMS page served by form-server (SQLite) under its strict CSP; an applicant
// fills the registration with the keyboard-free Playwright API, gets the error summary
// first, then a reference; the submission is in the database.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, ROOT } from "./server.mjs";

const BIN = ["debug", "release"].map((p) => join(ROOT, "target", p, "form-server")).find(existsSync);

async function startServer(db) {
  const port = 18000 + Math.floor(Math.random() * 2000);
  const child = spawn(BIN, ["--db", db, "--forms", join(ROOT, "examples"), "serve", "--listen", `127.0.0.1:${port}`,
    "--locales", join(ROOT, "locales"), "--dist", join(ROOT, "dist"), "--site", join(ROOT, "examples/cms-page"), "--rate-limit", "0",
    "--today", "2021-03-15"], { stdio: "ignore" });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(origin + "/api/health")).ok) return { child, origin }; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("form-server did not start");
}

test("the CMS page takes a registration into the database", async () => {
  assert.ok(BIN, "build form-server first (cargo build -p form-server)");
  const db = join(mkdtempSync(join(tmpdir(), "form-demo-")), "db.sqlite3");
  const { child, origin } = await startServer(db);
  const browser = await launch();
  try {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    const problems = [];
    const foreign = [];
    page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
    page.on("pageerror", (e) => problems.push(String(e)));
    page.on("request", (r) => { if (!r.url().startsWith(origin)) foreign.push(r.url()); });
    await page.goto(origin + "/");
    await page.waitForSelector(".fe-form");
    assert.equal(await page.getAttribute(".fe-root", "lang"), "de");

    // Submitting the empty form: the summary takes focus and links to the fields.
    await page.click("button[type=submit]");
    assert.equal(await page.evaluate(() => document.activeElement.className), "fe-summary");
    assert.match(await page.title(), /^Fehler: /);
    await page.click(".fe-summary-list a >> nth=0");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fe0-family_name");

    // Answering: the residence document questions appear only for "yes".
    const fill = (id, v) => page.fill(`#fe0-${id}`, v);
    await fill("family_name", "Smith");
    await fill("given_names", "Alice");
    for (const [f, d, m, y] of [["birth_date", "27", "3", "1985"], ["passport_expiry", "1", "5", "2027"], ["arrival_date", "1", "9", "2015"]]) {
      await fill(`${f}-day`, d); await fill(`${f}-month`, m); await fill(`${f}-year`, y);
    }
    await fill("birth_place", "Manchester");
    await page.selectOption("#fe0-birth_country", "GB");
    await page.selectOption("#fe0-nationality", "GB");
    await fill("passport_number", "123456789");
    await fill("street", "Friedrichstraße");
    await fill("house_number", "219");
    await fill("postcode", "10969");
    await page.selectOption("#fe0-district", "friedrichshain-kreuzberg");
    await fill("email", "alice@example.org");
    await fill("email_repeat", "alice@example.org");
    assert.equal(await page.isVisible("#fe0-residence_document_number"), false);
    await page.check("input[name=fe0-has_residence_document][value=yes]");
    assert.equal(await page.isVisible("#fe0-residence_document_number"), true);
    await page.check("input[name=fe0-has_residence_document][value=no]");
    await fill("household_size", "1");
    await page.check("input[name=fe0-correspondence_language][value=en]");
    await page.check("#fe0-consent");
    await page.click("button[type=submit]");
    await page.waitForSelector(".fe-panel");
    const panel = await page.textContent(".fe-panel");
    const reference = panel.match(/LEA-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0];
    assert.ok(reference, panel);
    assert.deepEqual(problems, []);
    assert.deepEqual(foreign, []);

    // Arabic: right to left.
    const ar = await browser.newContext({ locale: "ar" });
    const arPage = await ar.newPage();
    await arPage.goto(origin + "/");
    await arPage.waitForSelector(".fe-form");
    assert.equal(await arPage.getAttribute(".fe-root", "dir"), "rtl");
    assert.equal(await arPage.getAttribute(".fe-root", "lang"), "ar");
    await ar.close();
    await context.close();

    // The submission is in the database (exported by the case workers' command).
    const out = await new Promise((resolve) => {
      const p = spawn(BIN, ["--db", db, "--forms", join(ROOT, "examples"), "export", "--form", "lea-registration", "--format", "jsonl"]);
      let s = "";
      p.stdout.on("data", (d) => (s += d));
      p.on("close", () => resolve(s));
    });
    assert.ok(out.includes(reference), out);
  } finally {
    await browser.close();
    child.kill();
  }
});
