// A tiny static server for browser tests: serves the repository's dist/, examples/ and
// locales/ plus test pages, with a strict Content-Security-Policy on HTML pages.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

// A path, not the URL's pathname (which spells a space in a folder's name "%20").
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; report-uri /csp-report";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** Starts a server; `pages` maps paths to { body, type } served before files; `dirs` maps
 *  address prefixes (`/forms/`) to folders served as they are, as a CMS serves uploads;
 *  `headers` are sent with every file (a CMS's own caching, say). */
export async function serve(pages = {}, { dirs = {}, headers = {} } = {}) {
  const reports = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    if (url.pathname === "/csp-report") {
      let body = "";
      for await (const chunk of req) body += chunk;
      reports.push(body);
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const page = pages[url.pathname];
    if (page) {
      res.writeHead(200, { "content-type": page.type ?? TYPES[".html"], "content-security-policy": STRICT_CSP });
      res.end(page.body);
      return;
    }
    const allowed = ["/dist/", "/examples/", "/locales/"];
    const path = normalize(decodeURIComponent(url.pathname));
    const upload = Object.keys(dirs).find((p) => path.startsWith(p));
    if (!upload && !allowed.some((p) => path.startsWith(p))) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(upload ? join(dirs[upload], path.slice(upload.length)) : join(ROOT, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, reports, close: () => new Promise((r) => server.close(r)) };
}

/** The tests run in Firefox (`BROWSER=firefox`), not Chromium. */
export const FIREFOX = process.env.BROWSER === "firefox";

/** Debian's Chromium through playwright-core, with the flags this machine needs and
 *  `extra` switches; with `bfcache`, the back/forward cache on, as browsers ship it
 *  (Playwright turns it off). In Firefox with `BROWSER=firefox` (`extra` is for Chromium,
 *  `firefoxPrefs` for Firefox). */
export async function launch(extra = [], { bfcache = false, firefoxPrefs } = {}) {
  if (FIREFOX) return launchFirefox(firefoxPrefs);
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    ignoreDefaultArgs: bfcache ? ["--disable-back-forward-cache"] : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", ...extra],
  });
}

/** Debian's Firefox ESR through WebDriver BiDi (Playwright's `moz-firefox` channel, no
 *  browser of Playwright's own): `BROWSER=firefox` runs a test file in it. Playwright
 *  1.65 sends a BiDi command (`emulation.setMediaFeaturesOverride`) that Firefox ESR 153
 *  does not know, so this is 1.64 (`playwright-firefox` in package.json). */
export async function launchFirefox(prefs) {
  const { firefox } = await import("playwright-firefox");
  return firefox.launch({
    channel: "moz-firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    firefoxUserPrefs: prefs,
  });
}
