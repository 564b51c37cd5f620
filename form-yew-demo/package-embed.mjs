// Packages the embed: content-hashed file names (so a host can cache them forever and
// pin them with Subresource Integrity) and the loader `form-embed.js`, the one script a
// host page includes. Input: target/embed-raw (wasm-bindgen + wasm-opt output) and
// form-yew-demo/assets/form-embed.css. Output: dist/embed/.
//   node form-yew-demo/package-embed.mjs
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const root = new URL("../", import.meta.url);
const raw = new URL("target/embed-raw/", root);
const out = new URL("dist/embed/", root);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
const short = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 10);
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const wasm = readFileSync(new URL("form_embed_bg.wasm", raw));
const glue = readFileSync(new URL("form_embed.js", raw));
// The stylesheet without comments and indentation (what a browser needs to read).
const css = Buffer.from(
  readFileSync(new URL("form-yew-demo/assets/form-embed.css", root), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};])\s*/g, "$1")
    .trim() + "\n",
);
const files = {
  wasm: [`form-embed.${short(wasm)}.wasm`, wasm],
  glue: [`form-embed-glue.${short(glue)}.js`, glue],
  css: [`form-embed.${short(css)}.css`, css],
};
for (const [name, bytes] of Object.values(files)) writeFileSync(new URL(name, out), bytes);

// The loader adds the stylesheet once (with its integrity hash), fetches the engine with its
// integrity hash and starts it; the engine then mounts every [data-form-schema] element.
const loader = `// form-embed: include with <script type="module" src=".../form-embed.js"></script>
import init from "./${files.glue[0]}";
const here = import.meta.url;
if (!document.querySelector("link[data-form-embed]")) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL("./${files.css[0]}", here).href;
  link.integrity = "${sri(css)}";
  link.dataset.formEmbed = "";
  document.head.append(link);
}
await init({ module_or_path: fetch(new URL("./${files.wasm[0]}", here), { integrity: "${sri(wasm)}" }) });
`;
const loaderBytes = Buffer.from(loader);
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

let total = 0;
console.log(`${"file".padEnd(40)} ${"raw".padStart(9)} ${"brotli".padStart(9)}`);
for (const [name, bytes] of [[loaderName, loaderBytes], ...Object.values(files)]) {
  const b = brotli(bytes);
  total += b;
  console.log(`${name.padEnd(40)} ${String(bytes.length).padStart(9)} ${String(b).padStart(9)}`);
}
console.log(`${"embed (without messages)".padEnd(40)} ${"".padStart(9)} ${String(total).padStart(9)}`);
