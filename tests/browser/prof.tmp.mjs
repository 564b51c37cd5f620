import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, ROOT } from "./server.mjs";
import { startServer } from "./demo-server.mjs";
const server = await startServer({ bin: join(ROOT, "target/release/form-server") });
const browser = await launch();
const self = new Map();
let total = 0;
for (let run = 0; run < 6; run++) {
  const context = await browser.newContext({ locale: "de", viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      const input = document.querySelector(".fe-form input, .fe-form select");
      if (input && !window.__usable) { window.__usable = performance.now(); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
  await cdp.send("Profiler.start");
  await page.goto(server.origin + "/");
  await page.waitForFunction(() => window.__usable, null, { timeout: 60000 });
  const usable = await page.evaluate(() => window.__usable);
  const { profile } = await cdp.send("Profiler.stop");
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const dt = profile.timeDeltas; 
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    const f = n.callFrame;
    const key = (f.functionName || "(anon)") + " " + (f.url.split("/").pop() || "") + (f.url.endsWith(".wasm")||f.url.includes("wasm")?"":"");
    self.set(key, (self.get(key) || 0) + (dt[i] || 0));
    total += dt[i] || 0;
  }
  console.log("usable", Math.round(usable));
  await context.close();
}
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45);
for (const [k, v] of top) console.log((v / 6000).toFixed(1).padStart(7), "ms", k);
console.log("total per load", (total / 6000).toFixed(1));
await browser.close(); server.stop();
