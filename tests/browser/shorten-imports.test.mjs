// The embed's packaging gives the wasm's imports short names in the module and its glue
// (form-yew-demo/shorten-imports.mjs), and its closure shims short export names. On a module
// made by hand: names change in both places and the module still links and runs; imports of
// other modules and other kinds stay; a glue that does not name an import exactly once stops
// the build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { shortenImports } from "../../form-yew-demo/shorten-imports.mjs";

const str = (s) => [s.length, ...Buffer.from(s)];
const section = (id, body) => [id, body.length, ...body];
const FOO = "__wbg_foo_0123456789abcdef";
const BAR = "__wbg_bar_fedcba9876543210";
const SHIM = "wasm_bindgen_cc63f516c68fb03e___convert__closures_____invoke_______true_";
const module = Buffer.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 1, 0x7f, 1, 0x7f]), // one type: (i32) -> i32
  ...section(2, [
    3,
    ...str("./x_bg.js"), ...str(FOO), 0, 0,
    ...str("env"), ...str("memory"), 2, 0, 1,
    ...str("./x_bg.js"), ...str(BAR), 0, 0,
  ]),
  ...section(3, [1, 0]), // one function of type 0
  ...section(7, [2, ...str(SHIM), 0, 2, ...str("memory_size"), 0, 2]),
  ...section(10, [1, 6, 0, 0x20, 0, 0x10, 0, 0x0b]), // local.get 0; call $foo; end
]);
const glue = `const import0 = {\n  ${FOO}: function(arg0) { return arg0 + 1; },\n  ${BAR}: function(arg0) { return arg0 * 2; },\n};\n` +
  `function ${SHIM}(a) { return wasm.${SHIM}(a); }\n`;

test("imports of the glue's module get short names in the wasm and the glue; the rest stays", () => {
  const out = shortenImports(module, glue, "./x_bg.js");
  assert.equal(out.renamed, 2);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(out.wasm));
  assert.deepEqual(imports, [
    { module: "./x_bg.js", name: "a", kind: "function" },
    { module: "env", name: "memory", kind: "memory" },
    { module: "./x_bg.js", name: "b", kind: "function" },
  ]);
  assert.equal(out.shims, 1);
  assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(out.wasm)).map((e) => e.name), ["__wbg_c0", "memory_size"]);
  assert.equal(out.glue, "const import0 = {\n  a: function(arg0) { return arg0 + 1; },\n  b: function(arg0) { return arg0 * 2; },\n};\n" +
    "function __wbg_c0(a) { return wasm.__wbg_c0(a); }\n");
  // The renamed module links against the renamed glue's functions, and the glue's wrapper
  // reaches the renamed export.
  const memory = new WebAssembly.Memory({ initial: 1 });
  const run = new Function("instantiate", `let wasm; ${out.glue}; wasm = instantiate(import0).exports; return __wbg_c0(41);`);
  assert.equal(run((import0) => new WebAssembly.Instance(new WebAssembly.Module(out.wasm), { "./x_bg.js": import0, env: { memory } })), 42);
});

test("a glue that does not name an import exactly once as a key stops the build", () => {
  assert.throws(() => shortenImports(module, glue.replace(FOO, "other"), "./x_bg.js"), /__wbg_foo_0123456789abcdef is in the glue 0 times/);
  assert.throws(() => shortenImports(module, glue + `// ${BAR}\n`, "./x_bg.js"), /__wbg_bar_fedcba9876543210 is in the glue 2 times/);
});

test("a file that is not a wasm module, or ends early, is refused", () => {
  assert.throws(() => shortenImports(Buffer.from("not wasm at all"), glue, "./x_bg.js"), /not a wasm module/);
  assert.throws(() => shortenImports(module.subarray(0, module.length - 3), glue, "./x_bg.js"), /shorten-imports/);
});
