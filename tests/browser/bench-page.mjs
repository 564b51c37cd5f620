// The embed on the demo page in Chromium, served by the release receiver: the time until
// the first field can be used (empty cache; on localhost, and with a slow mobile network
// and a slow processor), the sequential round trips after the document, and the time from a
// keystroke to the next frame. Prints one JSON object (milliseconds, medians).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { launch, ROOT } from "./server.mjs";
import { startServer } from "./demo-server.mjs";
import { waves } from "./helpers.mjs";

const bin = join(ROOT, "target/release/form-server");
if (!existsSync(bin)) throw new Error("build the release receiver first (cargo build --release -p form-server)");
const server = await startServer({ bin });
const browser = await launch();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.9))]; };

/** One load in a fresh context (empty cache): ms from navigation start until the first
 *  field is in the document and can take focus; the requests with their times. */
async function load({ slow = false } = {}) {
  const context = await browser.newContext({ locale: "de", viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (slow) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false, latency: 150, downloadThroughput: (1.6e6) / 8, uploadThroughput: (750e3) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  }
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      const input = document.querySelector(".fe-form input, .fe-form select");
      if (input && !window.__usable) {
        window.__usable = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const requests = [];
  page.on("requestfinished", async (r) => {
    const t = r.timing();
    requests.push({ url: r.url(), start: t.startTime + Math.max(0, t.requestStart), end: t.startTime + t.responseEnd });
  });
  await page.goto(server.origin + "/");
  await page.waitForFunction(() => window.__usable, null, { timeout: 60_000 });
  const usable = await page.evaluate(() => window.__usable);
  await page.waitForTimeout(200);
  await context.close();
  return { usable, requests };
}

const fast = [];
for (let i = 0; i < 15; i++) fast.push((await load()).usable);
const slow = [];
let chain = [];
let trips = 0;
for (let i = 0; i < 5; i++) {
  const r = await load({ slow: true });
  slow.push(r.usable);
  if (i === 0) ({ count: trips, chain } = waves(r.requests));
}

// Keystrokes: from keydown to the next frame, typing into the first field.
const context = await browser.newContext({ locale: "de", viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(server.origin + "/");
await page.waitForSelector("#fe0-family_name");
await page.evaluate(() => {
  window.__lat = [];
  window.__work = [];
  let t0 = 0;
  document.addEventListener("keydown", () => {
    t0 = performance.now();
    const start = t0;
    requestAnimationFrame(() => window.__lat.push(performance.now() - start));
  }, true);
  // The work of one keystroke on the main thread, without waiting for a frame: the
  // embed's input handler (window is the last stop of the event) and the style and
  // layout it causes.
  window.addEventListener("input", () => {
    document.documentElement.getBoundingClientRect();
    window.__work.push(performance.now() - t0);
  });
});
await page.focus("#fe0-family_name");
for (const ch of "Mustermann-Lüdenscheidt Smith Jones") await page.keyboard.type(ch, { delay: 40 });
await page.waitForTimeout(200);
const lat = await page.evaluate(() => window.__lat);
const work = await page.evaluate(() => window.__work);
await context.close();
await browser.close();
server.stop();

console.log(JSON.stringify({
  first_field_ms: Math.round(median(fast)),
  first_field_slow_ms: Math.round(median(slow)),
  round_trips: trips,
  chain,
  keystroke_median_ms: +median(lat).toFixed(2),
  keystroke_p90_ms: +p90(lat).toFixed(2),
  keystroke_work_median_ms: +median(work).toFixed(2),
  keystroke_work_p90_ms: +p90(work).toFixed(2),
}));
