import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, ROOT } from "./server.mjs";
import { startServer } from "./demo-server.mjs";
const server = await startServer({ bin: join(ROOT, "target/release/form-server") });
const browser = await launch();
const slow = process.argv[2] === "slow";
for (let run = 0; run < 3; run++) {
const context = await browser.newContext({ locale: "de", viewport: { width: 412, height: 915 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Network.enable");
await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
if (slow) {
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 1.6e6/8, uploadThroughput: 750e3/8 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}
await page.addInitScript(() => {
  new MutationObserver((_, obs) => {
    const input = document.querySelector(".fe-form input, .fe-form select");
    if (input && !window.__usable) { window.__usable = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
});
await browser.startTracing(page, { path: `/tmp/trace${run}.json`, categories: ["devtools.timeline", "v8", "v8.wasm", "disabled-by-default-devtools.timeline", "blink.user_timing", "loading"] });
await page.goto(server.origin + "/");
await page.waitForFunction(() => window.__usable, null, { timeout: 60000 });
const usable = await page.evaluate(() => window.__usable);
await page.waitForTimeout(300);
await browser.stopTracing();
const marks = await page.evaluate(() => performance.getEntriesByType("mark").map(m => [m.name, Math.round(m.startTime)]));
const res = await page.evaluate(() => performance.getEntriesByType("resource").map(e => [e.name.split("/").pop(), Math.round(e.startTime), Math.round(e.responseEnd)]));
console.log(run, "usable", Math.round(usable), JSON.stringify(marks), JSON.stringify(res));
await context.close();
}
await browser.close(); server.stop();
