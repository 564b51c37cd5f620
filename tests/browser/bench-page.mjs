// The embed on the demo page in Chromium, served by the release receiver: the time until
// the first field can be used (empty cache; on localhost, and with a slow mobile network
// and a slow processor), the sequential round trips after the document, and the time from a
// keystroke to the next frame. Prints one JSON object (milliseconds, medians).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { launch, ROOT } from "./server.mjs";
import { startServer } from "./demo-server.mjs";
import { waves } from "./helpers.mjs";

const bin = join(ROOT, "target/release/form-server");
if (!existsSync(bin)) throw new Error("build the release receiver first (cargo build --release -p form-server)");
const server = await startServer({ bin });
const browser = await launch();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.9))]; };

/** One load in a fresh context (empty cache): ms from navigation start until the first
 *  field is in the document and can take focus; the requests with their times. */
async function load({ slow = false, trace = false } = {}) {
  const context = await browser.newContext({ locale: "de", viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (slow) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false, latency: 150, downloadThroughput: (1.6e6) / 8, uploadThroughput: (750e3) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  }
  // The page says when the first field is there through the console: waiting with
  // `page.waitForFunction` would make Playwright evaluate its own 330 KB injected script in
  // the page while it loads (39 ms of the main thread in a traced load, right when the first
  // page is drawn): the measurement would measure Playwright.
  const heard = {};
  const when = Object.fromEntries(["usable", "engine"].map((w) => [w, new Promise((done, fail) => {
    heard[w] = done;
    setTimeout(() => fail(new Error(`bench: no ${w} field within 60 s`)), 60_000).unref();
  })]));
  page.on("console", (m) => {
    const [w, t] = m.text().split(" ");
    if (w.startsWith("bench:")) heard[w.slice(6)]?.(+t);
  });
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      const input = document.querySelector(".fe-form input, .fe-form select");
      if (input && !window.__usable) {
        window.__usable = performance.now();
        console.log("bench:usable " + window.__usable);
        // And when the frame that shows it was painted: a task queued from the next
        // animation frame runs after that frame's paint (work still running in the task
        // that drew it, such as its microtasks, holds the paint back).
        requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }));
      }
      // The engine's own form (the first page drawn before it does not count here).
      if (input && !window.__engine && !document.querySelector("[data-fe-first]")) {
        window.__engine = performance.now();
        console.log("bench:engine " + window.__engine);
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const requests = [];
  page.on("requestfinished", async (r) => {
    const t = r.timing();
    // Made when the page asked for it (not when a connection was free: over HTTP/1.1 a
    // browser sends at most six requests at once to a host, and the rest wait their turn).
    requests.push({ url: r.url(), start: t.startTime, end: t.startTime + t.responseEnd });
  });
  // With `trace`: the main thread's time compiling wasm functions on their first call
  // (V8 compiles wasm lazily, function by function, on the thread that calls them).
  const events = [];
  let traced;
  if (trace) {
    cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
    traced = new Promise((done) => cdp.once("Tracing.tracingComplete", done));
    await cdp.send("Tracing.start", { categories: "v8.wasm,blink.user_timing,devtools.timeline,toplevel", transferMode: "ReportEvents" });
  }
  await page.goto(server.origin + "/");
  const usable = await when.usable;
  const engine = await when.engine;
  let lazyCompile = NaN;
  let mainThread = null;
  if (trace) {
    await cdp.send("Tracing.end");
    await traced;
    const loaderMark = events.find((e) => e.name === "form-embed:loader");
    const main = loaderMark?.tid;
    lazyCompile = events
      .filter((e) => e.tid === main && e.name === "wasm.CompileLazy" && e.dur)
      .reduce((sum, e) => sum + e.dur / 1000, 0);
    // Where the main thread's time went until the first field was there (ms after
    // navigation, as the page's clock has it: the loader's mark ties the two clocks).
    const loaderAt = await page.evaluate(() => performance.getEntriesByName("form-embed:loader")[0]?.startTime);
    const zero = loaderMark.ts / 1000 - loaderAt;
    const at = (e) => e.ts / 1000 - zero;
    const before = (e) => e.tid === main && e.ph === "X" && e.dur && at(e) < usable;
    // Only the part before the first field (a task may run on past it).
    const ms = (e) => Math.min(e.dur / 1000, usable - at(e));
    const sum = (es) => es.reduce((t, e) => t + ms(e), 0);
    // The main thread's tasks, outermost only (a microtask checkpoint may run on its own).
    const tasks = [];
    for (const e of events.filter((e) => before(e) && e.cat.includes("toplevel")).sort((a, b) => a.ts - b.ts)) {
      const last = tasks.at(-1);
      if (!last || e.ts >= last.ts + last.dur) tasks.push(e);
    }
    const busy = sum(tasks);
    const script = events.filter((e) => before(e) && e.name === "EvaluateScript" && /form-embed\.js/.test(e.args?.data?.url ?? ""));
    const loader = sum(script);
    const loaderStart = script.length ? Math.min(...script.map(at)) : loaderAt;
    // Before the loader ran: the navigation, the document read and parsed (the host's page
    // and the browser).
    const hostPage = sum(tasks.filter((e) => at(e) + e.dur / 1000 <= loaderStart));
    // The task in which the first page was built and put in (its JSON read, its elements
    // made): the one running when the first field came.
    const drawing = tasks.find((e) => at(e) <= usable && at(e) + e.dur / 1000 >= usable - 0.5);
    const draw = drawing ? usable - at(drawing) : NaN;
    const after = (e) => before(e) && at(e) >= loaderStart && !(drawing && at(e) >= at(drawing));
    const layout = sum(events.filter((e) => after(e) && ["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit"].includes(e.name)));
    mainThread = { page: hostPage, loader, layout, draw, other: busy - hostPage - loader - layout - draw, idle: usable - busy };
  }
  // Where the time goes: until every file had arrived, and the work after that.
  const arrived = await page.evaluate(() =>
    Math.max(...performance.getEntriesByType("resource").filter((e) => !e.name.endsWith("favicon.svg") && e.responseEnd < window.__usable).map((e) => e.responseEnd)));
  await page.waitForTimeout(200);
  const marks = await page.evaluate(() => {
    const at = (n) => performance.getEntriesByName(`form-embed:${n}`)[0]?.startTime ?? NaN;
    const file = (end) => performance.getEntriesByType("resource").find((e) => e.name.endsWith(end));
    const nav = performance.getEntriesByType("navigation")[0];
    // The first page: asked for by the loader, arrived, drawn (its first field there).
    const first = file("/first-page.json");
    // The embed's stylesheet (not the host's): the first page is drawn only once it is there.
    const css = performance.getEntriesByType("resource").find((e) => /\/form-embed\.[0-9a-f]+\.css$/.test(e.name));
    return { document: nav?.responseEnd, parsed: nav?.domInteractive, loader: at("loader"), asked: first?.startTime, page: first?.responseEnd, css: css?.responseEnd, drawn: window.__usable, painted: window.__painted, wasm: file(".wasm")?.responseEnd, glue: at("glue"), init: at("init"), start: at("start"), form: at("form"), arrived: at("messages-arrived"), read: at("messages-read"), app: at("app") };
  });
  await context.close();
  return { usable, engine, arrived, marks, requests, lazyCompile, mainThread };
}

// One small file after another over one kept-alive connection, as a page asks for its
// messages or sends its answers: the service's own latency per request (no browser).
const kept = [];
{
  const { default: http } = await import("node:http");
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path) => new Promise((done, fail) => {
    const t = performance.now();
    http.get(server.origin + path, { agent, headers: { "accept-encoding": "br" } }, (res) => {
      res.resume();
      res.on("end", () => done(performance.now() - t));
    }).on("error", fail);
  });
  for (let i = 0; i < 10; i++) {
    for (const path of ["/locales/de/engine.ftl", "/locales/de/countries.ftl", "/assets/engine/embed/form-embed.js"]) kept.push(await get(path));
  }
  agent.destroy();
}

const fast = [];
const fastArrived = [];
const steps = () => ({ document: [], parsed: [], loader: [], asked: [], page: [], css: [], drawn: [], painted: [], wasm: [], glue: [], init: [], start: [], form: [], arrived: [], read: [], app: [] });
const phases = steps();
for (let i = 0; i < 15; i++) {
  const r = await load();
  fast.push(r.usable);
  fastArrived.push(r.arrived);
  for (const k of Object.keys(r.marks)) phases[k].push(r.marks[k]);
}
const slowPhases = steps();
const slow = [];
const slowEngine = [];
let chain = [];
let trips = 0;
for (let i = 0; i < 5; i++) {
  const r = await load({ slow: true });
  slow.push(r.usable);
  slowEngine.push(r.engine);
  for (const k of Object.keys(r.marks)) slowPhases[k].push(r.marks[k]);
  if (i === 0) ({ count: trips, chain } = waves(r.requests));
}
const lazy = [];
const threadParts = () => ({ page: [], loader: [], layout: [], draw: [], other: [], idle: [] });
const thread = { fast: threadParts(), slow: threadParts() };
for (let i = 0; i < 3; i++) {
  const r = await load({ slow: true, trace: true });
  lazy.push(r.lazyCompile);
  for (const [k, v] of Object.entries(r.mainThread)) thread.slow[k].push(v);
}
for (let i = 0; i < 5; i++) {
  const r = await load({ trace: true });
  for (const [k, v] of Object.entries(r.mainThread)) thread.fast[k].push(v);
}

// Keystrokes: from keydown to the next frame, typing into the first two fields of the
// embed, then the same into a plain input the page adds outside the embed (what the browser
// costs anyway: the embed's own cost is the difference).
//
// With the display's clock (60 Hz), a frame waits for the next tick: a keystroke waits 0 to
// 16.7 ms whatever it costs, a plain input as much as the embed (about 7 / 14 ms on this
// machine). The figure would measure when the keys happened to fall between ticks. So the
// keystrokes are typed in a browser that draws a frame as soon as one is due
// (`--disable-frame-rate-limit --disable-gpu-vsync`): the figure is the work of a keystroke
// until its frame. The clocked figures are printed too.
async function keystrokes(b) {
  const context = await b.newContext({ locale: "de", viewport: { width: 1280, height: 900 } });
  const out = {};
  for (const target of ["embed", "plain"]) {
    const page = await context.newPage();
    await page.goto(server.origin + "/");
    await page.waitForSelector("#fe0-given_names");
    await page.evaluate(() => {
      window.__lat = [];
      window.__work = [];
      window.__handler = [];
      let t0 = 0;
      let caught = 0;
      document.addEventListener("keydown", () => {
        t0 = performance.now();
        const start = t0;
        requestAnimationFrame(() => window.__lat.push(performance.now() - start));
      }, true);
      // The embed's own handler: from the event's first stop (the document, capturing) to
      // its last (the window, bubbling); the embed listens on its element, in between.
      document.addEventListener("input", () => { caught = performance.now(); }, true);
      // The work without waiting for a frame: up to the handler's end, and the style and
      // layout it causes.
      window.addEventListener("input", () => {
        window.__handler.push(performance.now() - caught);
        document.documentElement.getBoundingClientRect();
        window.__work.push(performance.now() - t0);
      });
      const input = document.createElement("input");
      input.id = "bench-plain";
      document.querySelector("main, body").prepend(input);
    });
    const fields = target === "embed" ? ["#fe0-family_name", "#fe0-given_names"] : ["#bench-plain"];
    for (const [i, text] of ["Mustermann-Lüdenscheidt Smith Jones", "Erika Maria Gabriele Anna"].entries()) {
      await page.focus(fields[i % fields.length]);
      for (const ch of text) await page.keyboard.type(ch, { delay: 30 });
    }
    await page.waitForTimeout(200);
    out[target] = await page.evaluate(() => ({ lat: window.__lat, work: window.__work, handler: window.__handler }));
    await page.close();
  }
  await context.close();
  return out;
}
const clocked = await keystrokes(browser);
const unclocked = await launch(["--disable-frame-rate-limit", "--disable-gpu-vsync"]);
const keys = await keystrokes(unclocked);
await unclocked.close();
await browser.close();
server.stop();

console.log(JSON.stringify({
  first_field_ms: Math.round(median(fast)),
  files_arrived_ms: Math.round(median(fastArrived)),
  // Medians of when each step ended (ms after navigation): the document arrived and was
  // parsed, the loader ran, the first page asked for, arrived, drawn and painted, the wasm downloaded,
  // the engine started loading, the form decoded, the messages arrived and were read, the app
  // built; on localhost, and on the slow profile.
  phases_ms: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(median(v))])),
  slow_phases_ms: Object.fromEntries(Object.entries(slowPhases).map(([k, v]) => [k, Math.round(median(v))])),
  first_field_slow_ms: Math.round(median(slow)),
  // The engine's own form on the slow profile (the first page comes before it).
  engine_form_slow_ms: Math.round(median(slowEngine)),
  // Median of 3 traced slow loads: main-thread time in V8's lazy wasm compilation, until
  // the engine's own form.
  lazy_compile_slow_ms: Math.round(median(lazy)),
  // Medians of 5 traced loads on localhost and 3 on the slow profile: the main thread until
  // the first field was there, busy with the navigation and the host's document until the
  // loader ran, then with the loader's script, the page's style, layout and paint, the task
  // that built and put in the first page, and other work (the engine's files arriving, the
  // glue module); and idle (waiting for the network and the browser's other processes).
  // Tracing slows each a little.
  main_thread_ms: Object.fromEntries(Object.entries(thread).map(([p, parts]) =>
    [p, Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, Math.round(median(v))]))])),
  round_trips: trips,
  // Median of 30 small files fetched one after another over one kept-alive connection.
  kept_alive_request_ms: +median(kept).toFixed(2),
  chain,
  // Typed in the browser that draws a frame as soon as one is due (see above).
  keystroke_median_ms: +median(keys.embed.lat).toFixed(2),
  keystroke_p90_ms: +p90(keys.embed.lat).toFixed(2),
  keystroke_work_median_ms: +median(keys.embed.work).toFixed(2),
  keystroke_work_p90_ms: +p90(keys.embed.work).toFixed(2),
  keystroke_handler_median_ms: +median(keys.embed.handler).toFixed(2),
  keystroke_handler_p90_ms: +p90(keys.embed.handler).toFixed(2),
  plain_keystroke_median_ms: +median(keys.plain.lat).toFixed(2),
  plain_keystroke_p90_ms: +p90(keys.plain.lat).toFixed(2),
  plain_work_median_ms: +median(keys.plain.work).toFixed(2),
  plain_work_p90_ms: +p90(keys.plain.work).toFixed(2),
  // With the display's 60 Hz clock.
  clocked_keystroke_median_ms: +median(clocked.embed.lat).toFixed(2),
  clocked_keystroke_p90_ms: +p90(clocked.embed.lat).toFixed(2),
  clocked_plain_keystroke_median_ms: +median(clocked.plain.lat).toFixed(2),
  clocked_plain_keystroke_p90_ms: +p90(clocked.plain.lat).toFixed(2),
}));
