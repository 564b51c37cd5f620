import { join } from "node:path";
import { launch, ROOT } from "./server.mjs";
import { startServer } from "./demo-server.mjs";
const server = await startServer({ bin: join(ROOT, "target/release/form-server") });
const browser = await launch();
for (let run = 0; run < 4; run++) {
  const context = await browser.newContext({ locale: "de" });
  const page = await context.newPage();
  await page.goto(server.origin + "/robots.txt").catch(()=>{});
  const r = await page.evaluate(async () => {
    const t0 = performance.now();
    const c = new Intl.Collator("de");
    const t1 = performance.now();
    const xs = ["Österreich","Deutschland","Ägypten","Zypern"]; xs.sort(c.compare);
    const t2 = performance.now();
    const ps = []; for (let i = 0; i < 7; i++) ps.push(fetch("/robots.txt?" + i));
    const t3 = performance.now();
    const nf = new Intl.NumberFormat("de"); const t4 = performance.now();
    const pr = new Intl.PluralRules("de"); const t5 = performance.now();
    return { collator: t1 - t0, sort: t2 - t1, fetch7: t3 - t2, numfmt: t4-t3, plural: t5-t4 };
  });
  console.log(JSON.stringify(r));
  await context.close();
}
await browser.close(); server.stop();
