// The `form dev` page: draws the status the server computes from the form's files, keeps
// the preview frame in step with the switches, and reloads both after every save (the
// server answers /wait when something changed).
const $ = (id) => document.getElementById(id);
let version = 0;
let texts = {};
const t = (id) => texts[id] ?? id;

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

function settings() {
  const s = new URLSearchParams(location.hash.slice(1));
  return { lang: s.get("lang") ?? "", rtl: s.get("rtl") === "1", narrow: s.get("narrow") === "1", ids: s.get("ids") === "1" };
}

function save() {
  const s = new URLSearchParams();
  if ($("lang").value) s.set("lang", $("lang").value);
  for (const k of ["rtl", "narrow", "ids"]) if ($(k).checked) s.set(k, "1");
  history.replaceState(null, "", "#" + s.toString());
}

function preview() {
  const s = settings();
  // The language the switch shows (the form's own until one is chosen), never the
  // browser's behind a switch that says another.
  const lang = s.lang || $("lang").value;
  const q = new URLSearchParams({ lang, rtl: s.rtl ? "1" : "0", ids: s.ids ? "1" : "0", v: String(version) });
  $("frame").src = "/preview?" + q.toString();
  $("frame").classList.toggle("narrow", s.narrow);
}

function draw(status) {
  texts = status.texts || {};
  for (const e of document.querySelectorAll("[data-text]")) e.textContent = t(e.dataset.text);
  // Languages: those the form offers, then the pseudo-locales.
  const s = settings();
  const sel = $("lang");
  sel.replaceChildren(
    ...(status.coverage || []).map((c) => el("option", { value: c.tag, text: `${c.name} (${c.tag})` })),
    el("option", { value: "en-XA", text: t("dev-pseudo-accented") + " (en-XA)" }),
    el("option", { value: "ar-XB", text: t("dev-pseudo-bidi") + " (ar-XB)" }),
  );
  sel.value = s.lang || status.defaultLocale || "";
  $("rtl").checked = s.rtl;
  $("narrow").checked = s.narrow;
  $("ids").checked = s.ids;

  const diags = status.diagnostics || [];
  $("diag-count").textContent = `${status.errors} ${t("dev-error")} · ${status.warnings} ${t("dev-warning")}`;
  $("diagnostics").replaceChildren(...(diags.length ? diags.map((d) => el("li", { class: d.severity },
    // Line 0: the file as a whole (a message or a file it lacks).
    el("a", d.line
      ? { href: `/source?file=${encodeURIComponent(d.file)}&line=${d.line}#L${d.line}`, target: "_blank", class: "where", text: `${d.file}:${d.line}` }
      : { href: `/source?file=${encodeURIComponent(d.file)}`, target: "_blank", class: "where", text: d.file }),
    el("span", { class: "sev", text: ` ${t("dev-severity-" + d.severity)} [${d.code}] ` }),
    el("span", { class: "text", text: d.text }),
  )) : [el("li", { class: "ok", text: t("dev-no-diagnostics") })]));

  const head = el("tr", {}, ...["", "dev-translated", "dev-missing", "dev-extra", "dev-broken"].map((k) => el("th", { scope: "col", text: k ? t(k) : "" })));
  $("coverage").tHead.replaceChildren(head);
  $("coverage").tBodies[0].replaceChildren(...(status.coverage || []).map((c) => el("tr", { "data-tag": c.tag, class: c.missing || c.broken ? "partial" : "complete" },
    el("th", { scope: "row", dir: "auto", text: `${c.name} (${c.tag})${c.reference ? " · " + t("dev-reference") : ""}${c.offered ? "" : " · " + t("dev-not-offered")}` }),
    el("td", { class: "translated", text: `${c.translated}/${c.total}` }),
    el("td", { class: "missing", text: String(c.missing) }),
    el("td", { class: "extra", text: String(c.extra) }),
    el("td", { class: "broken", text: String(c.broken) }),
  )));

  const cases = status.cases || [];
  const passed = cases.filter((c) => c.pass === true).length;
  $("cases-count").textContent = `${passed}/${cases.length}`;
  $("cases").replaceChildren(...(cases.length ? cases.map((c) => {
    const verdict = c.pass === true ? "dev-pass" : c.pass === false ? "dev-fail" : "dev-new-case";
    const li = el("li", { class: c.pass === true ? "ok" : c.pass === false ? "error" : "warning", "data-case": c.name },
      el("span", { class: "sev", text: t(verdict) + " " }),
      el("a", { href: `/source?file=${encodeURIComponent(c.file)}`, target: "_blank", text: c.name }),
      el("span", { class: "text", text: c.problem ? ` · ${c.problem}`
        : ` · ${t(c.valid ? "dev-valid" : "dev-invalid")}${c.issues?.length ? ": " + c.issues.join(", ") : ""}` }));
    if (c.diff) li.append(el("div", { class: "diff" },
      el("div", { text: `${t("dev-expected")} (${c.diff.line}): ${c.diff.expected}` }),
      el("div", { text: `${t("dev-got")}: ${c.diff.got}` })));
    return li;
  }) : [el("li", { text: t("dev-no-cases") })]));
  if (!status.form) $("updated").textContent = t("dev-no-form");
}

async function refresh(first) {
  const r = await fetch("/status.json", { cache: "no-store" });
  const { version: v, status } = await r.json();
  version = v;
  draw(status);
  preview();
  if (!first) $("updated").textContent = `${t("dev-updated")} ${new Date().toLocaleTimeString()}`;
  document.body.dataset.version = String(v);
}

async function watch() {
  for (;;) {
    try {
      const r = await fetch(`/wait?v=${version}`, { cache: "no-store" });
      const { version: v } = await r.json();
      if (v > version) await refresh(false);
    } catch {
      await new Promise((res) => setTimeout(res, 1000));
    }
  }
}

for (const id of ["lang", "rtl", "narrow", "ids"]) {
  $(id).addEventListener("change", () => { save(); preview(); });
}
await refresh(true);
watch();
