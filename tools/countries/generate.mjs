// Generates locales/<tag>/countries.ftl (message ids `country-XX`) and
// locales/countries.json (the list of codes) from Unicode CLDR.
//
//   cd tools/countries && npm ci && node generate.mjs [--check]
//
// The country set is ISO 3166-1 (CLDR regions with an ISO numeric code below 900 that
// are not deprecated aliases) plus XK (Kosovo), which German and EU authorities use.
// With --check nothing is written; the exit code is 1 when a file would change.
import { readFileSync, writeFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const locales = join(here, "..", "..", "locales");
const check = process.argv.includes("--check");

const mappings = require("cldr-core/supplemental/codeMappings.json").supplemental.codeMappings;
const aliases = require("cldr-core/supplemental/aliases.json").supplemental.metadata.alias.territoryAlias;
const version = require("cldr-core/package.json").version;

function names(tag) {
  return require(`cldr-localenames-full/main/${tag}/territories.json`).main[tag].localeDisplayNames.territories;
}
const english = names("en");
const codes = Object.entries(mappings)
  .filter(([k, v]) => /^[A-Z]{2}$/.test(k) && v._numeric && Number(v._numeric) < 900 && !aliases[k] && english[k])
  .map(([k]) => k)
  .concat(["XK"])
  .sort();

let stale = [];
function emit(path, text) {
  const old = existsSync(path) ? readFileSync(path, "utf8") : null;
  if (old === text) return;
  stale.push(path);
  if (!check) writeFileSync(path, text);
}

emit(join(locales, "countries.json"), JSON.stringify({ source: `CLDR ${version}`, codes }, null, 2) + "\n");

const tags = readdirSync(locales, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith("x-")).map((d) => d.name).sort();
for (const tag of tags) {
  const t = names(tag);
  const lines = [
    `# Country and territory names for ${tag}, generated from Unicode CLDR ${version}.`,
    "### status: generated",
    "# Do not edit: run `cd tools/countries && npm ci && node generate.mjs` instead.",
    "",
  ];
  for (const code of codes) {
    const name = t[code] ?? english[code];
    lines.push(`country-${code} = ${name}`);
  }
  emit(join(locales, tag, "countries.ftl"), lines.join("\n") + "\n");
}

if (stale.length) {
  console.log((check ? "out of date: " : "wrote: ") + stale.join(", "));
  if (check) process.exit(1);
} else {
  console.log(`countries: ${codes.length} codes, ${tags.length} locales, up to date`);
}
