// The language that is loading, said under the switch, on host pages unlike ours: a CMS
// with aggressive global styles, a right-to-left page, an old theme, huge text; at a phone's
// 320 px and on a desktop, in scripts of both directions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT } from "./server.mjs";
import { serverAndBrowser, open, engineForm, engineMessage } from "./helpers.mjs";

const live = serverAndBrowser({ site: join(ROOT, "tests/browser/hosts") });
const NAMES = { ar: "العربية", vi: "Tiếng Việt", en: "English", fa: "فارسی" };

for (const [host, locale, width, chosen] of [
  ["aggressive", "de", 320, "ar"],
  ["rtl", "ar", 320, "vi"],
  ["legacy", "fa", 1280, "en"],
  ["huge", "uk", 320, "fa"],
]) {
  test(`${host} host, ${locale}, ${width} px, ${chosen} chosen on a slow network: said under the switch, in the form's box, seen, nothing sticking out; then the form is in ${chosen}`, async () => {
    const { context, page, problems } = await open(live.browser, live.server.origin, locale, { width, height: 800 });
    try {
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(`**/locales/${chosen}/engine.ftl`, async (route) => {
        await held;
        return route.continue();
      });
      await page.goto(`${live.server.origin}/${host}.html`);
      await engineForm(page);
      await page.selectOption("#fe0-language", chosen);
      await page.waitForFunction(() => document.querySelector(".fe-language [role=status]").textContent !== "");
      const seen = await page.evaluate(() => {
        const status = document.querySelector(".fe-language [role=status]");
        const box = status.getBoundingClientRect();
        const root = document.querySelector(".fe-root").getBoundingClientRect();
        const select = document.querySelector(".fe-language select").getBoundingClientRect();
        const style = getComputedStyle(status);
        return {
          text: status.textContent,
          inside: box.height > 0 && box.left >= root.left - 1 && box.right <= root.right + 1,
          under: box.top >= select.bottom - 1,
          shown: style.display !== "none" && style.visibility === "visible" && style.opacity === "1",
          color: style.color,
          scrolls: document.documentElement.scrollWidth > innerWidth,
        };
      });
      assert.equal(seen.text, `${engineMessage(locale, "form-language-loading")} ${NAMES[chosen]}`);
      assert.ok(seen.inside, "in the form's box");
      assert.ok(seen.under, "under the switch");
      assert.ok(seen.shown, "seen");
      assert.equal(seen.color, "rgb(11, 12, 12)", "in the form's colour, not the page's");
      assert.equal(seen.scrolls, false, "nothing sticks out of the page");
      release();
      await page.waitForSelector(`.fe-root[lang=${chosen}]`);
      assert.equal(await page.textContent(".fe-language [role=status]"), "");
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
