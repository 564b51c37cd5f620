// The engine through its JavaScript API (the runtime build, dist/runtime/, in Node) and
// ajv (with `$data` and ajv-formats) validating the same registration data against a JSON
// Schema of the same rules (bench-lea-registration.schema.json), timed in the same run.
// Prints one JSON object (nanoseconds per call, medians over batches).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./server.mjs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const read = (p) => readFileSync(join(ROOT, p), "utf8");
const valid = JSON.parse(read("examples/lea-registration/cases/02-valid-complete.json"));
const invalid = JSON.parse(read("examples/lea-registration/cases/43-family-member-incomplete.json"));

function median(f) {
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < 100) { f(); n++; }
  const batch = Math.max(1, Math.floor(n / 20));
  const samples = [];
  for (let s = 0; s < 31; s++) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) f();
    samples.push(((performance.now() - t) * 1e6) / batch);
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[15]);
}

// ajv: compiled once, validated many times.
const ajv = new Ajv2020({ $data: true, allErrors: true, strict: false });
addFormats(ajv);
const check = ajv.compile(JSON.parse(readFileSync(new URL("./bench-lea-registration.schema.json", import.meta.url), "utf8")));
if (!check(valid)) throw new Error("ajv rejects the valid case: " + JSON.stringify(check.errors));
if (check(invalid)) throw new Error("ajv accepts the invalid case");
const ajvAll = new Ajv2020({ $data: true, allErrors: false, strict: false });
addFormats(ajvAll);
const checkFirst = ajvAll.compile(JSON.parse(readFileSync(new URL("./bench-lea-registration.schema.json", import.meta.url), "utf8")));

// The engine's runtime build, as pages use it.
const glue = await import(join(ROOT, "dist/runtime/form_engine.js"));
await glue.default({ module_or_path: readFileSync(join(ROOT, "dist/runtime/form_engine_bg.wasm")) });
const engine = glue.FormEngine.fromPacked(readFileSync(join(ROOT, "target/lea-registration.form")));
const today = "2021-03-15";
if (!engine.validate(valid, today).valid) throw new Error("the engine rejects the valid case");
// The same messages as the native side, for the report's texts (validateJson).
for (const f of ["locales/de/engine.ftl", "examples/lea-registration/locales/de/lea-registration.ftl"]) {
  engine.addMessages("de", read(f), f.split("/").pop());
}
const validText = JSON.stringify(valid);

const out = {
  ajv_all_errors_ns: median(() => check(valid)),
  ajv_first_error_ns: median(() => checkFirst(valid)),
  wasm_validate_ns: median(() => engine.validate(valid, today)),
  wasm_is_valid_ns: median(() => engine.isValid(valid, today)),
  wasm_visibility_ns: median(() => engine.visibility(valid, today)),
  // Text in, text out (a service that has the request's body as text).
  wasm_validate_json_ns: median(() => engine.validateJson(validText, today, "de")),
};
console.log(JSON.stringify(out));
