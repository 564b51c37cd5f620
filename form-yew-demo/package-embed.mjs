// Packages the embed: content-hashed file names (so a host can cache them forever and
// pin them with Subresource Integrity) and the loader `form-embed.js`, the one script a
// host page includes. Input: target/embed-raw (wasm-bindgen + wasm-opt output) and
// form-yew-demo/assets/form-embed.css. Output: dist/embed/.
//   node form-yew-demo/package-embed.mjs
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { shortenImports } from "./shorten-imports.mjs";

const root = new URL("../", import.meta.url);
const raw = new URL("target/embed-raw/", root);
const out = new URL("dist/embed/", root);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
const short = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 10);
const br = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
const brotli = (bytes) => br(bytes).length;

// terser (a build tool installed with the browser tests, tests/browser/package.json)
// minifies the glue and the loader: whitespace, comments and local names. It keeps exports
// and property names, so the import object's keys (the short names below) and the
// loader's strings stay as they are, and it adds no eval: the strict CSP still holds.
const { minify } = createRequire(new URL("../tests/browser/package.json", import.meta.url))("terser");
// `module`: the glue is a module; the loader is a classic script (its names and strictness
// as such).
const terse = async (code, preamble = "", module = true) => {
  const out = await minify(code, {
    module,
    ecma: 2020,
    // Function expressions that use neither this nor arguments as arrows, and object
    // members as methods: nothing constructs them (wasm-bindgen's imports are called).
    compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true },
    mangle: true,
    format: { preamble },
  });
  if (!out.code) throw new Error("package-embed: terser returned nothing");
  return out.code + "\n";
};

// Short import names in both files (shorten-imports.mjs), then the glue minified;
// `node --check` proves it still parses.
const shortened = shortenImports(
  readFileSync(new URL("form_embed_bg.wasm", raw)),
  readFileSync(new URL("form_embed.js", raw), "utf8"),
  "./form_embed_bg.js",
);
const wasm = shortened.wasm;
// The glue's ways of starting the engine that the loader never takes are cut, so that the
// minifier drops them (about 280 B after brotli): the loader always hands over a promise of
// the compiled module in an object, never a URL, a Request, a Response or bytes, and never
// calls `initSync` or `start` (the engine starts itself). Each cut must match once: another
// wasm-bindgen stops the build here rather than ship a glue that was not cut as meant.
const CUTS = [
  ["export { initSync, __wbg_init as default };", "export { __wbg_init as default };"],
  ["export function start() {", "function start() {"],
  ["if (typeof Response === 'function' && module instanceof Response) {", "if (false) {"],
  ["if (Object.getPrototypeOf(module_or_path) === Object.prototype) {", "if (true) {"],
  ["if (module_or_path === undefined) {", "if (false) {"],
  ["if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {", "if (false) {"],
];
let cut = shortened.glue;
for (const [from, to] of CUTS) {
  const n = cut.split(from).length - 1;
  if (n !== 1) throw new Error(`package-embed: the glue has ${n} times, not once: ${from}`);
  cut = cut.replace(from, to);
}
const glue = Buffer.from(await terse(cut));
const stripped = new URL("form_embed.stripped.mjs", raw);
writeFileSync(stripped, glue);
// A path, not the URL's pathname: a checkout in a folder with a space is "%20" there.
const check = spawnSync(process.execPath, ["--check", fileURLToPath(stripped)]);
if (check.status !== 0) throw new Error(`package-embed: the minified glue does not parse\n${check.stderr}`);
// The stylesheet without comments, indentation and the spaces after `:` and `,` and before
// `!important` (what a browser needs to read; no string in it has those).
const css = Buffer.from(
  readFileSync(new URL("form-yew-demo/assets/form-embed.css", root), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};])\s*/g, "$1")
    .replace(/([:,]) /g, "$1")
    .replace(/ !important/g, "!important")
    .replace(/;}/g, "}")
    .trim() + "\n",
);
const files = {
  wasm: [`form-embed.${short(wasm)}.wasm`, wasm],
  glue: [`form-embed-glue.${short(glue)}.js`, glue],
  css: [`form-embed.${short(css)}.css`, css],
};
for (const [name, bytes] of Object.values(files)) writeFileSync(new URL(name, out), bytes);

// The built-in messages, German and English: the few the embed needs when even the
// message files cannot be loaded ("loading", "this form cannot be shown", "try again"),
// taken from locales/{de,en}/engine.ftl, one line of text each. The loader has them, for
// its own notice when the engine cannot start, and gives them to the engine
// (globalThis.__formEmbedBuiltIn). `said` reads the notice's title, text and button from
// an engine.ftl: the reader's in the browser, else the built-in one.
const NOTICE = ["form-problem-unavailable-title", "form-problem-unavailable", "form-try-again"];
const said = (ftl, ids) => {
  const texts = ids.map((id) => ftl.match(new RegExp("^" + id + " *=(.*(\\n[ \\t]+[^\\s.[*}].*)*)", "m"))?.[1].replace(/\s+/g, " ").trim());
  return texts.every((t) => t && !t.includes("{")) ? texts : null;
};
const builtIn = {};
for (const tag of ["de", "en"]) {
  // Read by `said` itself, so the loader reads back exactly what was taken.
  const ids = ["form-loading", ...NOTICE];
  const texts = said(readFileSync(new URL(`locales/${tag}/engine.ftl`, root), "utf8"), ids);
  if (!texts) throw new Error(`package-embed: locales/${tag}/engine.ftl lacks one of ${ids} as text without placeables`);
  builtIn[tag] = ids.map((id, i) => `${id} = ${texts[i]}\n`).join("");
}
// The languages written right to left, as form-core's Locale::direction has them.
const rtlTags = readFileSync(new URL("form-core/src/locale.rs", root), "utf8")
  .match(/match self\.language\(\) \{\s*((?:"[a-z]+"[\s|]*)+)=>/)?.[1].match(/[a-z]+/g);
if (!rtlTags?.includes("ar")) throw new Error("package-embed: no right-to-left languages in form-core/src/locale.rs");
const rtl = `/^(${rtlTags.join("|")})$/`;
// The languages the engine has messages in, as form-core's codelists::LANGUAGES has them:
// of another, only the form's messages are asked for (the engine's are the default's).
const engineTags = readFileSync(new URL("form-core/src/codelists.rs", root), "utf8")
  .match(/pub const LANGUAGES: &\[&str\] = &\[([^\]]*)\]/)?.[1].match(/[a-z]+/g);
if (!engineTags?.includes("de")) throw new Error("package-embed: no engine languages in form-core/src/codelists.rs");
const engineSpeaks = `/^(${engineTags.join("|")})$/`;

// The loader starts everything the form needs at once, before the engine is there: the
// engine's wasm (compiled while it streams), its glue module, the stylesheet (each with its
// integrity hash), the packed form of every [data-form-schema] element and, where the page
// names its languages, the messages the reader will most likely need. The engine takes
// those requests over by their addresses (globalThis.__formEmbedPrefetch: address -> promise
// of the bytes, or null), through __formEmbedGet, which asks the network for anything
// else, so a wrong guess costs only the bytes. Round trips after the document: the loader,
// then everything at once.
const loader = `// form-embed: include with <script async src=".../form-embed.js"></script>
// A classic script, not a module: Chromium runs no module script on a page served as XHTML
// (application/xhtml+xml, crbug.com/717643), where the form would never come. (Hence no
// import.meta and no await outside a function.)
(async () => {
// Given twice (a CMS template's script tag and a content block's, at two addresses, maybe
// two versions): the first that runs does the work, the others nothing (each would fetch
// the engine, and draw the first page over the other's). The map of its early requests
// says it runs.
if (!globalThis.__formEmbedPrefetch) {
const early = (globalThis.__formEmbedPrefetch = new Map());
performance.mark("form-embed:loader");
// Its own address, read before anything waits (the browser names the running classic
// script only until then). A page that still has the older module tag (\`type="module"\`:
// no currentScript) gets its tag's address by the file's name.
const here = (document.currentScript || document.querySelector("[src*=form-embed]")).src;
const at = (f) => new URL(f, here).href;
// Compiled while it streams, at the same time as the glue module loads (a server that
// does not send application/wasm gets the slower way, not a failure). Started by
// \`engine()\`: right after the first page's request where the page is already parsed (that
// small file first, so that the first page can be drawn while the engine streams; on
// HTTP/1.1 a browser opens six connections to a host), else at once.
let wasm = null;
let glue = null;
// The engine could not start (no first page is drawn then); how often Try again was
// pressed, and in which form.
let broken = false;
let tries = 0;
let pressed = null;
let waiting;
let watching;
// A browser without WebAssembly (Lockdown Mode on iPhone and iPad turns it off) fetches
// none of the engine and no first page: its notice comes at once.
const none = typeof WebAssembly != "object";
// The stylesheet (the page's own link to it where it has one), asked for by the first
// \`engine()\`: after the first page's request, before the engine's files. (Made before the
// page's forms were read, it delayed that request by 2 to 5 ms, about 25 with a four times
// slower processor.)
let sheet = document.querySelector("link[data-form-embed]");
const engine = () => {
  if (!sheet) {
    sheet = document.createElement("link");
    sheet.rel = "stylesheet";
    sheet.href = at("./${files.css[0]}");
    sheet.integrity = "${sri(css)}";
    sheet.dataset.formEmbed = "";
    document.head.append(sheet);
  }
  if (wasm) return;
  if (none) {
    wasm = glue = Promise.reject(new Error("no WebAssembly"));
    wasm.catch(() => {});
    return;
  }
  wasm = fetch(at("./${files.wasm[0]}"), { integrity: "${sri(wasm)}" }).then((r) => {
    if (!r.ok) throw new Error(\`form-embed: \${r.status} \${r.url}\`);
    return (r.headers.get("content-type") ?? "").startsWith("application/wasm")
      ? WebAssembly.compileStreaming(r)
      : r.arrayBuffer().then((b) => WebAssembly.compile(b));
  });
  wasm.catch(() => {}); // a failure is reported where it is awaited, not before
  const url = at("./${files.glue[0]}");
  glue = glue ? glue.catch(() => import(url + "?" + tries)) : import(url);
};
// With <script async> the loader may run before the page is parsed: the
// engine is already on its way; the elements are read once they are there.
if (document.readyState === "loading") {
  engine();
  await new Promise((parsed) => document.addEventListener("DOMContentLoaded", parsed, { once: true }));
}
// A file's bytes (or null: it failed, was not 2xx, or took more than 20 seconds: a phone's
// network may drop a request without a word, and the form then says so with Try again
// instead of loading for ever), asked for once. The engine takes each through
// __formEmbedGet: this early request of the address, else a new one.
// The form, its first page and the messages are edited where the page is hosted, under
// the same names, and depend on each other (a new field's label, a new engine message):
// each is checked with the host on every visit (\`no-cache\`: a kept copy is used only when
// the host says it is unchanged), whatever caching the host sends with it. A copy kept
// from an earlier visit would show old texts, or message ids beside a newer file.
const fresh = { cache: "no-cache" };
const get = (u) => {
  if (!early.has(u)) early.set(u, Promise.race([fetch(u, fresh).then((r) => (r.ok ? r.arrayBuffer() : null)).catch(() => null), new Promise((t) => setTimeout(t, 2e4, null))]));
};
globalThis.__formEmbedGet = (u) => {
  get(u);
  const bytes = early.get(u);
  early.delete(u);
  return bytes;
};
const attr = (el, n) => {
  const v = el.getAttribute(n);
  return v && v.trim() ? v : null;
};
const simple = (t) => /^[a-z]{2,3}$/.test(t);
const readers = [];
let firstPage = null;
// Every form of the page, for the notice when the engine cannot start.
const forms = [];
// Reads a form's element and asks for what it needs (\`late\`: added to the page after the
// engine failed, for its notice).
const read = (el, late) => {
  const schema = attr(el, "data-form-schema");
  if (!schema) return;
  const base = schema.endsWith(".json") ? schema.slice(0, -5) : schema;
  const locales = attr(el, "data-locales") ?? "/locales";
  const formLocales = attr(el, "data-form-locales") ?? base + "/locales";
  const id = base.split("/").pop();
  const offered = (attr(el, "data-languages") ?? "").split(/\\s+/).filter(simple);
  let asked = attr(el, "data-locale");
  const wanted = () => (asked && asked !== "auto" ? [asked] : [...navigator.languages]);
  // The reader's language among those offered (the first, the default, when none fits).
  const pick = (offered) => wanted()
    .map((w) => w.toLowerCase())
    .map((w) => offered.find((o) => o === w) ?? offered.find((o) => o === w.split("-")[0]))
    .find(Boolean) ?? offered[0];
  const messages = (offered, reader) => {
    if (!reader) return;
    readers.push(reader);
    for (const l of new Set([offered[0], reader])) {
      if (${engineSpeaks}.test(l)) {
        get(\`\${locales}/\${l}/engine.ftl\`);
        get(\`\${locales}/\${l}/countries.ftl\`);
      }
      get(\`\${formLocales}/\${l}/\${id}.ftl\`);
    }
  };
  const page = (reader) => reader && fetch(\`\${formLocales}/\${reader}/first-page.json\`, fresh)
    .then((r) => (r.ok ? r.json() : null)).catch(() => null);
  const form = { el, locales, host: [...el.childNodes] };
  forms.push(form);
  // The first form of the page is drawn before the engine is there, from its first page
  // rendered by the engine's own code beside its messages, where the page says it is
  // hosted (data-first-page). Asked for first, in the page's language: with a draft (below)
  // the engine draws the form, and no first page is drawn.
  if (!firstPage && !none && !late && el === document.querySelector("[data-form-schema]") && el.hasAttribute("data-first-page")) {
    firstPage = { el, page: page(pick(offered)), form };
  }
  engine();
  // The form's draft as the engine keeps it (FormApp::save_draft): on the device when the
  // applicant asked for it, else in the tab. Read after the requests above: a storage's
  // first read waits on the browser (1 to 10 ms, about 20 with a four times slower
  // processor). (Throws without storage.)
  try {
    const kept = localStorage.getItem("fe-draft:" + id) ?? sessionStorage.getItem("fe-draft:" + id);
    // A draft is shown by the engine, with its answers (on the device, or the tab's copy:
    // the page loaded again, a reload or a phone bringing back a tab it had dropped), maybe
    // on a later page: no first page is drawn.
    if (kept !== null && firstPage?.el === el) firstPage = null;
    // The language the applicant chose in the form: the page loaded again is in it, and its
    // messages come at once. (As text: a hand-edited storage may hold anything there.)
    const { locale } = JSON.parse(kept);
    if (locale) el.setAttribute("data-locale", (asked = String(locale)));
  } catch {
    // no storage, no draft
  }
  form.wanted = wanted();
  const reader = (form.reader = pick(offered));
  const packed = attr(el, "data-form-packed") ?? base + ".form";
  get(packed);
  if (reader) {
    messages(offered, reader);
  } else {
    // The page does not list the form's languages: the packed form ends with them (the
    // tags, the default first, then a byte of their length: form-core/src/packed.rs; tested
    // in form-core/tests/packed.rs and loading.test.mjs). One round trip later than with
    // data-languages, still long before the engine. (A file that is none gives no tags, or
    // some that match no file: a wrong guess costs only the bytes.)
    const later = early.get(packed).then((b) => {
      const bytes = new Uint8Array(b ?? 0);
      const end = bytes.length - 1;
      const offered = String.fromCharCode(...bytes.subarray(end - bytes[end], end)).split(" ").filter(simple);
      const reader = pick(offered);
      messages(offered, reader);
      return reader;
    });
    form.reader = later.catch(() => null);
    if (firstPage?.el === el) firstPage.page = later.then(page);
  }
  return form;
};
for (const el of document.querySelectorAll("[data-form-schema]")) read(el);
engine();
// The first page is drawn only once its stylesheet is there.
const styled = sheet.sheet
  ? Promise.resolve(true)
  : new Promise((done) => {
      sheet.addEventListener("load", () => done(true), { once: true });
      sheet.addEventListener("error", () => done(false), { once: true });
    });
// Elements and texts only, built one by one: no HTML is parsed (a page enforcing Trusted
// Types allows this), no script, handler or style attribute can come in.
const TAGS = new Set(["div", "p", "h2", "h3", "label", "input", "select", "option", "textarea", "form",
  "fieldset", "legend", "span", "button", "ul", "li", "strong", "br", "a"]);
const make = (n) => {
  if (typeof n === "string") return document.createTextNode(n);
  const [tag, attrs, ...kids] = n;
  if (!TAGS.has(tag)) throw new Error("form-embed: first page: " + tag);
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (/^[a-z][a-z-]*$/.test(k) && !k.startsWith("on") && k !== "style" && (k !== "href" || String(v).startsWith("#"))) {
      e.setAttribute(k, v);
    }
  }
  e.append(...kids.map(make));
  return e;
};
const draw = async ({ el, page }) => {
  const doc = await page;
  if (!doc || !Array.isArray(doc.tree)) return;
  // Built while the stylesheet may still be on its way (asked for just after the first
  // page, it often comes after it on a slow network), put in the page once it is there:
  // 15 to 25 ms sooner on the slow profile of \`cargo xtask bench\`.
  let nodes;
  try {
    nodes = doc.tree.map(make);
  } catch (e) {
    console.error(e.message);
    return;
  }
  if (!(await styled) || broken || el.hasAttribute("data-fe-engine")) return;
  const root = nodes.find((n) => n.nodeType === 1);
  if (!root) return;
  root.setAttribute("data-fe-first", "");
  el.replaceChildren(...nodes);
  firstPage.root = root;
  el.setAttribute("data-fe-first-page", "");
  // Called by the engine (net::take_over): 0 when its page is drawn (read what was typed
  // and remove this page), 1 when its selects are filled (give it to its fields), 2 when
  // it shows a notice instead (remove this page).
  let kept = null;
  globalThis.__formEmbedFirst = (step) => {
    if (step !== 1) {
      const active = document.activeElement;
      // Only what the applicant changed here is given to the engine: a draft saved
      // meanwhile (in another tab) keeps the answers this page never touched.
      kept = [...root.querySelectorAll("input, select, textarea")].map((f) => {
        const check = f.type === "checkbox" || f.type === "radio";
        return {
          id: f.id, value: f.value, check, checked: f.checked,
          // (A select is known by its options: on a page served as XHTML its tagName is
          // "select", in small letters. Without a selected option it shows its first one.)
          event: f.options ? "change" : "input",
          changed: f.options ? f.selectedIndex !== Math.max(0, [...f.options].findIndex((o) => o.defaultSelected))
            : check ? f.checked !== f.defaultChecked : f.value !== f.defaultValue,
          focus: f === active ? [f.selectionStart, f.selectionEnd] : null,
        };
      });
      root.remove();
      el.removeAttribute("data-fe-first-page");
      return;
    }
    for (const k of kept ?? []) {
      const to = document.getElementById(k.id);
      if (!to || !el.contains(to)) continue;
      if (!k.changed) {
        // untouched here: the engine's own answer stays
      } else if (k.check) {
        if (k.checked !== to.checked) to.click();
      } else if (k.value !== to.value) {
        // Through the field's own event: the engine hears it as typed there.
        to.value = k.value;
        to.dispatchEvent(new Event(k.event, { bubbles: true }));
      }
      if (k.focus) {
        to.focus({ preventScroll: true });
        try {
          to.setSelectionRange(...k.focus);
        } catch {
          // not a text field
        }
      }
    }
    kept = null;
    if (el.hasAttribute("data-fe-continue")) el.querySelector("form")?.requestSubmit();
    el.removeAttribute("data-fe-continue");
  };
  // "Continue" (or Enter) before the engine is there: nothing is sent anywhere, the page's
  // status line (a live region, where the engine says "sending") says the form is still
  // loading, in the reader's language, and the engine presses it again when it has taken
  // over. The page's own handlers do not hear it, as they do not hear the engine's (a
  // theme's "no double submission" would disable the button).
  root.querySelector("form")?.addEventListener("submit", (e) => {
    e.preventDefault();
    e.stopPropagation();
    el.setAttribute("data-fe-continue", "");
    const status = root.querySelector(".fe-status");
    if (status && typeof doc.loading == "string") status.textContent = doc.loading;
    // Still no engine 20 seconds after the last press (its download stalled): said as when
    // it cannot start, with Try again, and what was typed kept aside.
    clearTimeout(waiting);
    waiting = setTimeout(() => {
      if (!broken && !el.hasAttribute("data-fe-engine") && el.hasAttribute("data-fe-first-page")) fail(firstPage.form);
    }, 20000);
  });
};
// Option lists (countries) are sorted with the browser's collator, and the first collator a
// page makes loads the collation data: 20 to 30 ms on a desktop, several times that on a
// phone. Made while the network works, not while the engine draws its first page; after
// the first page is drawn, which it would otherwise hold up.
const warm = () => {
  try {
    new Intl.Collator(readers.length ? readers : undefined);
  } catch {
    // a tag the browser does not know: the engine makes its own collator later
  }
};
// A first page that fails to draw (whatever a host did to the DOM) never keeps the engine
// from starting: the failure is said, and the engine draws the form. Drawn means painted:
// the collator and the engine wait for the frame that shows it (a task queued from the
// next animation frame runs after its paint). Started at once, they held that frame back
// until the engine's own form replaced the page, which on localhost was never painted (cargo
// xtask bench: the frame came 100 ms after the page was put in).
const drawn = firstPage
  ? draw(firstPage).catch((e) => console.error(e))
    .then(() => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted))))
    .finally(warm)
  : null;
if (!drawn) warm();
// When the engine cannot start (its files cannot be had, the browser has no WebAssembly,
// the page's Content-Security-Policy forbids compiling it), each form says so in its box
// with Try again, in the reader's language where its engine messages came (a line each,
// without placeables: otherwise the built-in German or English, taken from the same
// messages when the embed was packaged), above what the page had there. A first page
// drawn already is kept aside with what was typed on it, for Try again.
const NOTICE = ${JSON.stringify(NOTICE)};
const BUILT_IN = (globalThis.__formEmbedBuiltIn = ${JSON.stringify(builtIn)});
const said = ${said};
// What the network may never answer (a stalled request) is waited for two seconds at most.
const soon = (p) => Promise.race([p, new Promise((later) => setTimeout(later, 2000))]);
const fail = async (f) => {
  const { el } = f;
  let tag = await soon(f.reader);
  let texts = null;
  // Without WebAssembly Try again cannot help: the reader's message says what can (else
  // the built-in notice).
  try {
    texts = said(new TextDecoder().decode(await soon(early.get(f.locales + "/" + tag + "/engine.ftl"))),
      none ? [NOTICE[0], "form-problem-no-webassembly"] : NOTICE);
  } catch {
    // not loaded: built in
  }
  if (!texts) {
    const rank = (l) => (f.wanted.map((w) => w.toLowerCase().split("-")[0]).indexOf(l) + 1 || 1e9);
    tag = rank("de") < rank("en") ? "de" : "en";
    texts = said(BUILT_IN[tag], NOTICE);
  }
  // The ids of the engine's own notice (fe<n>-notice): the engine is not there to use them.
  const id = "fe" + forms.indexOf(f) + "-notice";
  const box = make(["div", { class: "fe-root", lang: tag, dir: ${rtl}.test(tag) ? "rtl" : "ltr" },
    ["div", { class: "fe-notice fe-notice-error", id, tabindex: "-1", "aria-labelledby": id + "-title" },
      ["h2", { id: id + "-title" }, texts[0]], ["p", {}, texts[1]],
      ...(texts[2] ? [["button", { type: "button", class: "fe-button" }, texts[2]]] : [])]]);
  box.querySelector("button")?.addEventListener("click", () => again(f), { once: true });
  const inside = el.contains(document.activeElement);
  el.removeAttribute("data-fe-first-page");
  el.replaceChildren(box, ...f.host);
  // Focus moves only when it was in the form, or after its Try again.
  if (inside || f === pressed) box.firstChild.focus();
};
const start = async () => {
  const compiled = wasm;
  try {
    const module = await glue;
    performance.mark("form-embed:glue");
    // The engine starts once the first page is drawn and painted (or could not be): both
    // want the main thread, and the small page is there sooner. Never more than a second
    // later (a tab in the background paints no frame).
    if (drawn) await Promise.race([drawn, new Promise((later) => setTimeout(later, 1000))]);
    const code = await compiled;
    // It came while its notice was shown (it took too long, or a Try again failed
    // meanwhile): the first page comes back for it to take over, with what was typed on it
    // (and focus, where the notice had it).
    if (firstPage?.root && !firstPage.root.isConnected && !firstPage.el.hasAttribute("data-fe-engine")) {
      if (firstPage.el.contains(document.activeElement)) firstPage.el.setAttribute("data-fe-retried", "");
      back();
    }
    await module.default({ module_or_path: code });
    performance.mark("form-embed:init");
    mount = module.mount;
  } catch (e) {
    console.error("form-embed: the engine cannot start: " + e);
    broken = true;
    for (const f of forms) if (!f.el.hasAttribute("data-fe-engine")) fail(f);
  }
  watch();
};
// A form the page adds later (a CMS that loads content as the reader moves on, or replaces
// the page's main part) is mounted by the engine when it comes; while the engine cannot
// start, it says so with Try again, as the others do. (One observer: a stalled start and
// its Try again may both get here.)
let mount;
const watch = () => (watching ??= new MutationObserver(() => {
  for (const el of document.querySelectorAll("[data-form-schema]:not([data-fe-engine])")) {
    if (!broken) return mount?.();
    if (!forms.some((f) => f.el === el)) {
      const f = read(el, true);
      if (f) fail(f);
    }
  }
})).observe(document.documentElement, { childList: true, subtree: true });
// Try again: the engine's files asked for again (the glue module only if it failed, at
// another address: a browser keeps a module that failed as failed), the first page back with
// what was typed on it; the engine moves focus to the form when it is drawn.
function again(form) {
  pressed = form;
  tries++;
  broken = false;
  wasm = null;
  engine();
  form.el.setAttribute("data-fe-retried", "");
  back();
  start();
}
function back() {
  clearTimeout(waiting);
  if (firstPage?.root) {
    firstPage.el.replaceChildren(firstPage.root);
    firstPage.el.setAttribute("data-fe-first-page", "");
  }
}
start();
}
})();
`;
const loaderBytes = Buffer.from(
  await terse(loader, '// form-embed: <script async src=".../form-embed.js"></script>', false),
);
const loaderName = `form-embed.${short(loaderBytes)}.js`;
writeFileSync(new URL(loaderName, out), loaderBytes);
writeFileSync(new URL("form-embed.js", out), loaderBytes);

const manifest = {
  loader: { file: loaderName, integrity: sri(loaderBytes) },
  glue: { file: files.glue[0], integrity: sri(glue) },
  wasm: { file: files.wasm[0], integrity: sri(wasm) },
  css: { file: files.css[0], integrity: sri(css) },
};
writeFileSync(new URL("manifest.json", out), JSON.stringify(manifest, null, 2) + "\n");

// Precompressed copies beside each file (brotli quality 11, gzip level 9): form-server
// sends them as they are, and a CMS or web server can do the same (docs/embedding.md).
const served = [[loaderName, loaderBytes], ["form-embed.js", loaderBytes], ...Object.values(files)];
for (const [name, bytes] of served) {
  writeFileSync(new URL(name + ".br", out), br(bytes));
  writeFileSync(new URL(name + ".gz", out), gzipSync(bytes, { level: 9 }));
}

let total = 0;
console.log(`${"file".padEnd(40)} ${"raw".padStart(9)} ${"brotli".padStart(9)}`);
for (const [name, bytes] of [[loaderName, loaderBytes], ...Object.values(files)]) {
  const b = brotli(bytes);
  total += b;
  console.log(`${name.padEnd(40)} ${String(bytes.length).padStart(9)} ${String(b).padStart(9)}`);
}
console.log(`${"embed (without messages)".padEnd(40)} ${"".padStart(9)} ${String(total).padStart(9)}`);
