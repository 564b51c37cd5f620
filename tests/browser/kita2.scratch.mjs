import { launch } from "./server.mjs";
const browser = await launch();
const page = await (await browser.newContext({ locale: "de" })).newPage();
await page.goto("http://127.0.0.1:8091/preview");
await page.waitForSelector(".fe-form");
await page.evaluate(() => localStorage.clear());
await page.fill("#fe0-parent_name", "Ayşe Yılmaz");
await page.fill("#fe0-parent_born-day", "4"); await page.fill("#fe0-parent_born-month", "5"); await page.fill("#fe0-parent_born-year", "1990");
await page.fill("#fe0-email", "a@b.de"); await page.fill("#fe0-email_repeat", "a@b.de");
await page.click("button[type=submit]");
await page.waitForSelector("#fe0-kids-add");
await page.click("#fe0-kids-add");
await page.waitForSelector("#fe0-kids-0-kid_name");
let fails = 0, lost = 0;
for (let i = 0; i < 30; i++) {
  await page.fill("#fe0-kids-0-kid_name", "Emre" + i);
  await page.fill("#fe0-kids-0-care_start-day", String(1 + i % 27)); await page.fill("#fe0-kids-0-care_start-month", "8"); await page.fill("#fe0-kids-0-care_start-year", i % 2 ? "2025" : "2026");
  const r = i % 4;
  // record states right after the click, in the same task as the click's events
  await page.evaluate((r) => {
    window.__seen = [];
    const el = document.getElementById("fe0-kids-0-care_scope-" + r);
    new MutationObserver(() => window.__seen.push(el.checked)).observe(el.closest("form"), { subtree: true, attributes: true, childList: true });
  }, r);
  try { await page.check("#fe0-kids-0-care_scope-" + r); } catch (e) { console.log("check failed", i, r, (await page.evaluate(() => window.__seen)).join(",")); }
  const now = await page.evaluate((r) => document.getElementById("fe0-kids-0-care_scope-" + r).checked, r);
  await page.waitForTimeout(200);
  const later = await page.evaluate((r) => document.getElementById("fe0-kids-0-care_scope-" + r).checked, r);
  if (!now) fails++;
  if (!later) lost++;
}
console.log({ fails, lost });
await browser.close();
