// A small, dependency-free renderer for the demo page: it draws the form from its schema
// and asks the engine (WebAssembly, the same Rust code as the server) everything else:
// visibility, validation, cleaned answers and every text. No validation logic here.
// (The full accessible, multi-page renderer is the form-yew-demo crate's job.)
import init, { FormEngine, textDirection } from "/assets/engine/form_engine.js";

const today = () => new Date().toISOString().slice(0, 10);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    if (k === "text") e.textContent = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
};

async function text(url) {
  const r = await fetch(url);
  return r.ok ? r.text() : "";
}

async function mount(host, n) {
  const schemaUrl = host.dataset.formSchema;
  const endpoint = host.dataset.endpoint;
  const schemaText = await text(schemaUrl);
  const schema = JSON.parse(schemaText);
  const engine = new FormEngine(schemaText);
  if (!engine.ok) {
    console.error("form schema problems", engine.diagnostics);
    return;
  }
  const info = await (await fetch(`/api/forms/${schema.id}`)).json();
  const loaded = new Set();
  async function load(locale) {
    if (loaded.has(locale)) return;
    loaded.add(locale);
    for (const f of ["engine.ftl", "countries.ftl"]) engine.addMessages(locale, await text(`/locales/${locale}/${f}`), f);
    engine.addMessages(locale, await text(`/forms/${schema.id}/locales/${locale}/${schema.id}.ftl`), `${schema.id}.ftl`);
  }
  await load(schema.defaultLocale);
  for (const l of info.locales) await load(l);
  let locale = host.dataset.locale === "auto" ? engine.negotiate(navigator.languages) : host.dataset.locale;
  const t = (id, args) => engine.format(locale, id, args);
  const uid = (s) => `fe${n}-${s}`;
  const answers = {};
  let submitted = false;
  const key = crypto.randomUUID();

  const root = el("div", { class: "fe-root" });
  host.replaceChildren(root);

  function readField(f, scope, prefix) {
    const id = uid(prefix + f.id);
    switch (f.type) {
      case "date": case "partial-date": {
        const part = (p) => root.querySelector(`#${id}-${p}`)?.value ?? "";
        return { day: part("day"), month: part("month"), year: part("year") };
      }
      case "choice":
        if (f.widget === "select") return root.querySelector(`#${id}`)?.value ?? "";
        return root.querySelector(`input[name="${id}"]:checked`)?.value ?? "";
      case "multi-choice":
        return [...root.querySelectorAll(`input[name="${id}"]:checked`)].map((i) => i.value);
      case "consent":
        return root.querySelector(`#${id}`)?.checked ?? false;
      case "group":
        return scope[f.id] ?? [];
      default:
        return root.querySelector(`#${id}`)?.value ?? "";
    }
  }

  function collect() {
    for (const page of schema.pages) {
      for (const f of page.fields) {
        if (f.type === "group") {
          answers[f.id] = (answers[f.id] ?? []).map((_, i) => Object.fromEntries(f.fields.map((s) => [s.id, readField(s, {}, `${f.id}-${i}-`)])));
        } else answers[f.id] = readField(f, answers, "");
      }
    }
    return answers;
  }

  function options(f) {
    if (f.options) return f.options;
    const list = schema.codeLists[f.codeList];
    return list.values.map((v) => ({ value: v, label: list.labelPrefix + v }));
  }

  function fieldView(f, prefix, value) {
    const id = uid(prefix + f.id);
    const hint = f.hint ? el("div", { class: "fe-hint", id: `${id}-hint`, text: t(f.hint) }) : null;
    const error = el("p", { class: "fe-error", id: `${id}-error`, hidden: true });
    const described = [hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(" ");
    const wrap = el("div", { class: "fe-field", "data-path": prefix ? null : f.id, id: `${id}-wrap` });
    const autocomplete = f.autocomplete;
    if (["date", "partial-date", "choice", "multi-choice", "group"].includes(f.type) && !(f.type === "choice" && f.widget === "select")) {
      const fs = el("fieldset", { class: "fe-fieldset", "aria-describedby": described, id });
      fs.append(el("legend", { class: "fe-legend", text: t(f.label) }), hint, error);
      if (f.type === "date" || f.type === "partial-date") {
        const row = el("div", { class: "fe-date" });
        for (const part of engine.dateOrder(locale)) {
          const pid = `${id}-${part}`;
          const ac = autocomplete === "bday" ? `bday-${part}` : null;
          row.append(el("div", { class: `fe-date-${part}` },
            el("label", { for: pid, text: t(`form-date-${part}`) }),
            el("input", { id: pid, class: "fe-input", inputmode: "numeric", autocomplete: ac, value: value?.[part] ?? "", size: part === "year" ? 4 : 2 })));
        }
        fs.append(row);
      } else if (f.type === "choice" || f.type === "multi-choice") {
        for (const [i, o] of options(f).entries()) {
          const oid = `${id}-${i}`;
          const checked = f.type === "choice" ? value === o.value : (value ?? []).includes(o.value);
          fs.append(el("div", { class: "fe-option" },
            el("input", { type: f.type === "choice" ? "radio" : "checkbox", id: i === 0 ? id + "-first" : oid, name: id, value: o.value, checked }),
            el("label", { for: i === 0 ? id + "-first" : oid, text: t(o.label) })));
        }
      } else if (f.type === "group") {
        (value ?? []).forEach((item, i) => {
          const itemBox = el("fieldset", { class: "fe-item" }, el("legend", { text: t("form-item-heading", { label: t(f.itemLabel ?? f.label), number: i + 1 }) }));
          for (const s of f.fields) itemBox.append(fieldView(s, `${f.id}-${i}-`, item[s.id]));
          const remove = el("button", { type: "button", class: "fe-button fe-secondary", text: t("form-remove-item", { label: t(f.itemLabel ?? f.label), number: i + 1 }) });
          remove.addEventListener("click", () => { collect(); answers[f.id].splice(i, 1); render(); root.querySelector(`#${id} .fe-add`)?.focus(); });
          itemBox.append(remove);
          fs.append(itemBox);
        });
        const add = el("button", { type: "button", class: "fe-button fe-secondary fe-add", text: t("form-add-another") });
        add.addEventListener("click", () => { collect(); answers[f.id] = [...(answers[f.id] ?? []), {}]; render(); root.querySelector(`#${uid(`${f.id}-${answers[f.id].length - 1}-${f.fields[0].id}`)}`)?.focus(); });
        fs.append(add);
      }
      wrap.append(fs);
      return wrap;
    }
    wrap.append(el("label", { for: id, class: "fe-label", text: t(f.label) }), hint, error);
    let input;
    if (f.type === "textarea") input = el("textarea", { id, class: "fe-input", rows: 5, "aria-describedby": described });
    else if (f.type === "choice") {
      input = el("select", { id, class: "fe-input", "aria-describedby": described, autocomplete });
      input.append(el("option", { value: "", text: "" }));
      const opts = options(f).map((o) => ({ ...o, text: t(o.label) })).sort((a, b) => a.text.localeCompare(b.text, locale));
      for (const o of opts) input.append(el("option", { value: o.value, text: o.text, selected: value === o.value }));
    } else if (f.type === "consent") {
      input = el("input", { type: "checkbox", id, class: "fe-check", checked: value === true, "aria-describedby": described });
      wrap.replaceChildren(el("div", { class: "fe-option" }, input, el("label", { for: id, text: t(f.label) })), hint, error);
      return wrap;
    } else {
      const type = { email: "email", tel: "tel" }[f.type] ?? "text";
      const inputmode = { integer: "numeric", decimal: "decimal" }[f.type];
      input = el("input", { id, type, class: "fe-input", inputmode, autocomplete, spellcheck: f.type === "text" ? null : "false", "aria-describedby": described });
    }
    if (value != null && f.type !== "choice" && f.type !== "consent") input.value = value;
    wrap.append(input);
    return wrap;
  }

  function render() {
    const dir = textDirection(locale);
    root.setAttribute("lang", locale);
    root.setAttribute("dir", dir);
    const langSelect = el("select", { id: uid("lang"), class: "fe-input fe-lang" });
    for (const l of info.locales) langSelect.append(el("option", { value: l, selected: l === locale, text: engine.format(l, "form-language-name") }));
    langSelect.addEventListener("change", async () => { collect(); locale = langSelect.value; render(); root.querySelector(`#${uid("lang")}`)?.focus(); });
    const form = el("form", { class: "fe-form", novalidate: true, action: endpoint, method: "post" });
    form.append(el("div", { class: "fe-language" }, el("label", { for: uid("lang"), text: t("form-language") }), langSelect));
    form.append(el("div", { class: "fe-summary", id: uid("summary"), tabindex: "-1", hidden: true }));
    form.append(el("h2", { class: "fe-title", text: t(schema.title) }));
    for (const page of schema.pages) {
      const section = el("section", { class: "fe-page", "data-page": page.id, "aria-labelledby": uid(`page-${page.id}`) });
      section.append(el("h3", { id: uid(`page-${page.id}`), text: t(page.heading) }));
      if (page.description) section.append(el("p", { class: "fe-hint", text: t(page.description) }));
      for (const f of page.fields) section.append(fieldView(f, "", answers[f.id]));
      form.append(section);
    }
    form.append(el("div", { class: "fe-status", role: "status", "aria-live": "polite", id: uid("status") }));
    form.append(el("button", { type: "submit", class: "fe-button", text: t("form-submit") }));
    form.addEventListener("input", () => { collect(); applyVisibility(); });
    form.addEventListener("change", () => { collect(); applyVisibility(); });
    form.addEventListener("submit", (e) => { e.preventDefault(); submit(); });
    root.replaceChildren(form);
    applyVisibility();
  }

  function applyVisibility() {
    const vis = engine.visibility(answers, today());
    for (const p of vis.pages) root.querySelector(`[data-page="${p.path}"]`)?.toggleAttribute("hidden", !p.visible);
    for (const f of vis.fields) {
      const m = f.path.match(/^(\w+)\[(\d+)\]\.(\w+)$/);
      const id = m ? uid(`${m[1]}-${m[2]}-${m[3]}`) : uid(f.path);
      root.querySelector(`#${id}-wrap`)?.toggleAttribute("hidden", !f.visible);
    }
  }

  function fieldId(path) {
    const m = path.match(/^(\w+)\[(\d+)\](?:\.(\w+))?$/);
    return m ? uid(m[3] ? `${m[1]}-${m[2]}-${m[3]}` : m[1]) : uid(path);
  }

  function showIssues(issues) {
    const summary = root.querySelector(`#${uid("summary")}`);
    for (const e of root.querySelectorAll(".fe-error")) { e.hidden = true; e.textContent = ""; }
    for (const w of root.querySelectorAll(".fe-field-error")) w.classList.remove("fe-field-error");
    if (issues.length === 0) { summary.hidden = true; document.title = document.title.replace(/^.*?: /, (m) => m); return; }
    const list = el("ul", { class: "fe-summary-list" });
    for (const issue of issues) {
      const message = issue.text ?? engine.renderIssue(locale, issue);
      const id = fieldId(issue.path);
      const target = root.querySelector(`#${id}-first`) ?? root.querySelector(`#${id}-${engine.dateOrder(locale)[0]}`) ?? root.querySelector(`#${id}`);
      const link = el("a", { href: `#${target?.id ?? id}`, text: message });
      link.addEventListener("click", (ev) => { ev.preventDefault(); target?.focus(); target?.scrollIntoView({ block: "center" }); });
      list.append(el("li", {}, link));
      const err = root.querySelector(`#${id}-error`);
      if (err && err.hidden) {
        err.hidden = false;
        err.append(el("span", { class: "fe-visually-hidden", text: t("form-error-prefix") + " " }), message);
        root.querySelector(`#${id}-wrap`)?.classList.add("fe-field-error");
      }
    }
    summary.replaceChildren(el("h2", { class: "fe-summary-title", text: t("form-error-summary-title") }), list);
    summary.hidden = false;
    summary.focus();
  }

  let sending = false;
  async function submit() {
    if (sending) return;
    collect();
    const report = engine.validate(answers, today());
    const baseTitle = document.title.replace(/^[^:]+: /, "");
    if (!report.valid) {
      showIssues(report.issues);
      document.title = t("form-page-title-error-prefix", { title: baseTitle });
      return;
    }
    showIssues([]);
    sending = true;
    const status = root.querySelector(`#${uid("status")}`);
    status.textContent = t("form-sending");
    const body = JSON.stringify({ formId: schema.id, schemaVersion: schema.version, locale, idempotencyKey: key, submission: report.cleaned });
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/json" }, body });
        const json = await r.json();
        if (r.status === 201) {
          root.replaceChildren(el("div", { class: "fe-panel", tabindex: "-1", role: "status" },
            el("h2", { text: t("form-submitted") }), el("p", { text: t("form-reference", { reference: json.reference }) })));
          root.firstChild.focus();
          return;
        }
        if (r.status === 422) { sending = false; status.textContent = ""; showIssues(json.issues); return; }
        if (r.status < 500 && r.status !== 429) { sending = false; status.textContent = json.error; return; }
      } catch { /* network failure: retry below */ }
      status.textContent = t("form-send-retry");
      await new Promise((res) => setTimeout(res, Math.min(30000, 1000 * 2 ** attempt)));
    }
  }

  render();
}

await init();
let n = 0;
for (const host of document.querySelectorAll("[data-form-schema]")) mount(host, n++);
