// Size budgets, after brotli (quality 11): bytes are stable, so these are tests (part of
// `cargo xtask test`; `cargo xtask size` runs only them). Needs `cargo xtask wasm`,
// `cargo xtask embed` and the example form packed to target/lea-registration.form (with
// the messages beside it, as `form pack` writes them).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { brotli } from "./sizes.mjs";

const ROOT = new URL("../../", import.meta.url);
const ENGINE_BUDGET = 130_000; // bytes (127 336 on 3 December 2026, with month names and grouped numbers); goal: 100 000
const EMBED_BUDGET = 150_000; // bytes (149 146 on 3 December 2026, with month names and grouped numbers); next goal: 100 000

const size = (path) => {
  const bytes = readFileSync(new URL(path, ROOT));
  return { path, raw: bytes.length, brotli: brotli(bytes) };
};
const line = (s) => console.log(`# ${s.path.padEnd(62)} ${String(s.raw).padStart(8)} ${String(s.brotli).padStart(8)}`);

test(`the engine module pages ship (runtime build) is at most ${ENGINE_BUDGET} bytes after brotli`, () => {
  const runtime = size("dist/runtime/form_engine_bg.wasm");
  for (const f of ["dist/form_engine_bg.wasm", "dist/form_engine.js", "dist/runtime/form_engine.js"]) line(size(f));
  line(runtime);
  assert.ok(runtime.brotli <= ENGINE_BUDGET, `${runtime.brotli} > ${ENGINE_BUDGET}`);
});

test(`the whole embed for one locale is at most ${EMBED_BUDGET} bytes after brotli`, () => {
  // Everything a visitor in the form's default language (German) downloads: loader, glue,
  // wasm, CSS, the messages of one language and the packed form (the language names are in the wasm).
  const built = readdirSync(new URL("dist/embed/", ROOT))
    .filter((f) => f !== "manifest.json" && f !== "form-embed.js" && !/\.(br|gz)$/.test(f))
    .map((f) => `dist/embed/${f}`);
  // The messages as `form pack` writes them and form-server sends them: without comments.
  const rest = ["target/locales/de/engine.ftl", "target/locales/de/countries.ftl",
    "target/lea-registration/locales/de/lea-registration.ftl", "target/lea-registration.form"];
  let total = 0;
  for (const f of [...built, ...rest]) {
    const s = size(f);
    line(s);
    total += s.brotli;
  }
  console.log(`# total transferred (brotli): ${total}`);
  // A page that lets the loader draw the first page before the engine is there
  // (data-first-page, as the demo page does) also downloads that page (two selects of
  // countries on the registration's first page): reported, not yet within the budget.
  const first = size("target/lea-registration/locales/de/first-page.json");
  line(first);
  console.log(`# total with the first page (brotli): ${total + first.brotli}`);
  assert.ok(total <= EMBED_BUDGET, `${total} > ${EMBED_BUDGET}`);
});
