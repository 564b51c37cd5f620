// Prints the raw and brotli (quality 11) sizes of the files in dist/.
//   node sizes.mjs
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
}

export function sizes(dir) {
  return readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return { file: f, raw: bytes.length, brotli: brotli(bytes) };
    });
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
  const rows = [...sizes(dist), ...sizes(dist + "runtime/").map((r) => ({ ...r, file: "runtime/" + r.file }))];
  const w = Math.max(...rows.map((r) => r.file.length));
  console.log(`${"file".padEnd(w)}  ${"raw".padStart(9)}  ${"brotli".padStart(9)}`);
  for (const r of rows) console.log(`${r.file.padEnd(w)}  ${String(r.raw).padStart(9)}  ${String(r.brotli).padStart(9)}`);
}
