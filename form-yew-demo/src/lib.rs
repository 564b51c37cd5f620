//! form-yew-demo: the accessible, multilingual form renderer (yew) and the one-script-tag
//! CMS embed.
//!
//! A host page holds `<div data-form-schema="…" data-endpoint="…" data-locale="auto">`;
//! [`start`] finds every such element, loads the schema and the messages of one language,
//! and mounts a [`app::FormApp`] into it (light DOM, classes prefixed `fe-`).
//!
//! Architecture invariant: no form logic here. Visibility, validation, cleaning and every
//! text come from form-core, the same code the server runs; this crate only draws the
//! answers, moves focus and talks to the network.

mod app;
mod net;
mod view;

use std::rc::Rc;

use form_core::{Catalog, Date, Form, Locale};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// What a host element asks for, read from its `data-` attributes.
#[derive(Clone, Debug)]
pub struct Config {
    /// `fe{n}-`: makes the ids of several forms on one page unique.
    pub prefix: String,
    pub schema_url: String,
    /// The compiled form (`data-form-packed`; default: the schema's path with `.form`).
    pub packed_url: String,
    pub endpoint: String,
    /// Where `<tag>/engine.ftl`, `<tag>/countries.ftl` and `languages.ftl` are.
    pub locales_url: String,
    /// Where `<tag>/<form id>.ftl` is (default: next to the schema, `<schema>/locales`).
    pub form_locales_url: String,
    pub languages: Vec<Locale>,
    /// A fixed date for demonstrations and tests; otherwise the office's date (Berlin).
    pub today: Option<Date>,
}

/// Everything a mounted form starts with.
pub struct Setup {
    pub config: Config,
    pub form: Form,
    pub catalog: std::cell::RefCell<Option<Catalog>>,
    pub locale: Locale,
    pub loaded: Vec<Locale>,
    /// The date when the form was mounted (if the clock cannot be read later).
    pub started: Date,
}

impl std::fmt::Debug for Setup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Setup")
    }
}

fn attr(el: &web_sys::Element, name: &str) -> Option<String> {
    el.get_attribute(name).filter(|s| !s.trim().is_empty())
}

fn config(el: &web_sys::Element, n: usize) -> Option<Config> {
    let schema_url = attr(el, "data-form-schema")?;
    let base = schema_url
        .strip_suffix(".json")
        .unwrap_or(&schema_url)
        .to_owned();
    Some(Config {
        prefix: format!("fe{n}-"),
        endpoint: attr(el, "data-endpoint").unwrap_or_default(),
        locales_url: attr(el, "data-locales").unwrap_or_else(|| "/locales".to_owned()),
        form_locales_url: attr(el, "data-form-locales").unwrap_or(format!("{base}/locales")),
        languages: attr(el, "data-languages")
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|t| Locale::parse(t).ok())
            .collect(),
        today: attr(el, "data-today").and_then(|d| Date::parse_iso(&d).ok()),
        packed_url: attr(el, "data-form-packed").unwrap_or(format!("{base}.form")),
        schema_url,
    })
}

/// The language the page asks for: `data-locale`, or with `auto` the browser's languages.
fn wanted(el: &web_sys::Element) -> Vec<String> {
    match attr(el, "data-locale") {
        Some(l) if l != "auto" => vec![l],
        _ => web_sys::window()
            .map(|w| {
                w.navigator()
                    .languages()
                    .iter()
                    .filter_map(|v| v.as_string())
                    .collect()
            })
            .unwrap_or_default(),
    }
}

async fn mount(el: web_sys::Element, n: usize) {
    let Some(mut config) = config(&el, n) else {
        return;
    };
    // The compiled form, packed by the server or by `form pack` (the embed carries no
    // schema compiler).
    let Some(bytes) = net::get_bytes(&config.packed_url).await else {
        net::console_error(&format!(
            "form: cannot load {} (make it with `form pack {}`)",
            config.packed_url, config.schema_url
        ));
        return;
    };
    let form = match form_core::packed::decode(&bytes) {
        Ok(form) => form,
        Err(e) => {
            net::console_error(&format!("form: {}: {e}", config.packed_url));
            return;
        }
    };
    if !config.languages.contains(&form.default_locale) {
        config.languages.insert(0, form.default_locale.clone());
    }
    let locale =
        form_core::messages::negotiate_among(&config.languages, &wanted(&el), &form.default_locale);
    let mut catalog = Catalog::new(form.default_locale.clone());
    let mut loaded = Vec::new();
    // The default language (the fallback for any missing message), the reader's and the
    // language names, all requested at once.
    let mut wanted_locales = vec![form.default_locale.clone()];
    if locale != form.default_locale {
        wanted_locales.push(locale.clone());
    }
    let names_url = format!("{}/languages.ftl", config.locales_url);
    let (files, names) = net::fetch_all(&config, &form.id, &wanted_locales, &names_url).await;
    for (l, (url, name, text)) in files {
        for e in catalog.add_resource(&l, &name, &text) {
            net::console_error(&format!("{url}:{}: {}", e.line, e.kind));
        }
    }
    if let Some(names) = names {
        catalog.add_resource(&form.default_locale, "languages.ftl", &names);
    }
    loaded.extend(wanted_locales);
    let Some(started) = config
        .today
        .or_else(|| form_core::date::Zone::CentralEurope.date_at(net::now_secs()))
    else {
        return;
    };
    let setup = Rc::new(Setup {
        config,
        form,
        catalog: std::cell::RefCell::new(Some(catalog)),
        locale,
        loaded,
        started,
    });
    el.set_inner_html("");
    yew::Renderer::<app::FormApp>::with_root_and_props(el, app::Props { setup }).render();
}

/// Mounts a form into every element with `data-form-schema` on the page.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(list) = doc.query_selector_all("[data-form-schema]") else {
        return;
    };
    for i in 0..list.length() {
        if let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            wasm_bindgen_futures::spawn_local(mount(el, i as usize));
        }
    }
}
