//! form-yew-demo: the accessible, multilingual form renderer (yew) and the one-script-tag
//! CMS embed.
//!
//! A host page holds `<div data-form-schema="…" data-endpoint="…" data-locale="auto">`;
//! [`start`] finds every such element and mounts an [`Embed`] into it (light DOM, classes
//! prefixed `fe-`). The embed loads the packed form and the messages of one language,
//! saying so while it waits; when the form or its messages cannot be loaded it says that,
//! in the reader's language where it can and otherwise in German or English (built in),
//! with a button to try again. Then it shows the [`app::FormApp`].
//!
//! Architecture invariant: no form logic here. Visibility, validation, cleaning, the page
//! flow and every text come from form-core and Fluent, the same code the server runs; this
//! crate only draws the answers, moves focus and talks to the network.

mod app;
#[cfg(not(target_arch = "wasm32"))]
pub mod first_page;
mod net;
mod view;

use std::cell::RefCell;
use std::rc::Rc;

use form_core::{Args, Catalog, Date, Form, Locale};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Each language's name in itself (`locales/languages.ftl` without its comments, `build.rs`),
/// for the language switch and the `languages` code list.
const LANGUAGE_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/languages.ftl"));

/// What a host element asks for, read from its `data-` attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// `fe{n}-`: makes the ids of several forms on one page unique.
    pub prefix: String,
    pub schema_url: String,
    /// The compiled form (`data-form-packed`; default: the schema's path with `.form`).
    pub packed_url: String,
    pub endpoint: String,
    /// Where `<tag>/engine.ftl` and `<tag>/countries.ftl` are.
    pub locales_url: String,
    /// Where `<tag>/<form id>.ftl` is (default: next to the schema, `<schema>/locales`).
    pub form_locales_url: String,
    pub languages: Vec<Locale>,
    /// The languages the reader asks for: `data-locale`, or the browser's.
    pub wanted: Vec<String>,
    /// A fixed date for demonstrations and tests; otherwise the office's date (Berlin).
    pub today: Option<Date>,
    /// How many pixels at the top of the window the host page covers (a fixed header),
    /// if it says so (`data-scroll-offset`); the embed also measures it.
    pub scroll_offset: f64,
    /// The loader drew the first page before the engine was there: the engine takes it
    /// over instead of saying it is loading.
    pub first_page: bool,
    /// The loader could not start the engine at first and the applicant pressed its "Try
    /// again" (`data-fe-retried`): focus goes to the form when it is drawn.
    pub retried: bool,
}

/// Everything a mounted form starts with.
pub struct Setup {
    pub config: Config,
    pub form: Form,
    pub catalog: RefCell<Option<Catalog>>,
    pub locale: Locale,
    pub loaded: Vec<Locale>,
    /// The reader's language could not be loaded: the form is in the default language
    /// and says so under the language switch.
    pub language_failed: bool,
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
            .split_ascii_whitespace()
            .filter_map(|t| Locale::parse(t).ok())
            .collect(),
        wanted: wanted(el),
        today: attr(el, "data-today").and_then(|d| Date::parse_iso(&d).ok()),
        first_page: false,
        retried: el.has_attribute("data-fe-retried"),
        scroll_offset: attr(el, "data-scroll-offset")
            .and_then(|s| {
                let s = s.trim();
                form_core::diag::parse_number(s.strip_suffix("px").unwrap_or(s).trim())
            })
            .filter(|n| n.is_finite() && *n >= 0.0)
            .unwrap_or(0.0),
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

/// The built-in messages (German and English), and the one of the two to show: German
/// for a reader who asks for German before English, else English. The loader has them
/// (`globalThis.__formEmbedBuiltIn`: tag -> Fluent text, taken from `locales/{de,en}/
/// engine.ftl` when the embed is packaged), for its own notice when the engine cannot
/// start: one copy for both.
fn built_in(config: &Config) -> (Catalog, Locale) {
    let en = Locale::fallback();
    let mut catalog = Catalog::new(en.clone());
    let texts = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("__formEmbedBuiltIn"))
        .unwrap_or(JsValue::UNDEFINED);
    for tag in ["de", "en"] {
        let ftl = js_sys::Reflect::get(&texts, &JsValue::from_str(tag))
            .ok()
            .and_then(|t| t.as_string());
        if let (Ok(l), Some(ftl)) = (Locale::parse(tag), ftl) {
            catalog.add_resource(&l, "built-in.ftl", &ftl);
        }
    }
    let available: Vec<Locale> = ["de", "en"]
        .iter()
        .filter_map(|t| Locale::parse(t).ok())
        .collect();
    let locale = form_core::messages::negotiate_among(&available, &config.wanted, &en);
    (catalog, locale)
}

/// Why a form cannot be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The packed form or every engine message file failed to load (or was damaged).
    Unavailable,
}

/// Messages to explain a failure with, in the reader's language, when they could be had.
pub type Explained = Option<(Catalog, Locale)>;

/// What loading gave: the form, or why not (with messages to say so).
pub type Loaded = Result<Setup, (Failure, Explained)>;

/// Loads the packed form and the messages; `Err` with what could be loaded to explain.
async fn load(config: &Config) -> Loaded {
    let mut config = config.clone();
    net::mark("start");
    // The compiled form, packed by the server or by `form pack` (the embed carries no
    // schema compiler).
    let form = match net::get_bytes(&config.packed_url).await {
        None => {
            net::console_error(&format!("form: cannot load {}", config.packed_url));
            None
        }
        Some(bytes) => match form_core::packed::decode(&bytes) {
            Ok(form) => Some(form),
            Err(e) => {
                net::console_error(&format!("form: {}: {e}", config.packed_url));
                None
            }
        },
    };
    let Some(form) = form else {
        // Explain in the reader's language if its messages can be had, else built in.
        return Err((Failure::Unavailable, explain_in(&config).await));
    };
    config.languages = offered(&form, std::mem::take(&mut config.languages));
    let locale = form_core::messages::negotiate_among(
        &config.languages,
        &config.wanted,
        &form.default_locale,
    );
    let mut catalog = Catalog::new(form.default_locale.clone());
    // The default language (the fallback for any missing message) and the reader's, all
    // requested at once.
    let mut wanted_locales = vec![form.default_locale.clone()];
    if locale != form.default_locale {
        wanted_locales.push(locale.clone());
    }
    net::mark("form");
    let files = net::fetch_all(&config, &form.id, &wanted_locales).await;
    net::mark("messages-arrived");
    let loaded: Vec<Locale> = wanted_locales
        .iter()
        .filter(|l| net::complete(l, files.iter().filter(|(f, _)| f == *l).map(|(_, m)| m)))
        .cloned()
        .collect();
    for (l, (url, name, text)) in files {
        for e in catalog.add_resource(&l, &name, &text) {
            net::ftl_problem(&url, &e);
        }
    }
    if !loaded.contains(&form.default_locale) {
        // Without the engine's and the form's messages in the default language (the
        // fallback of every other) the form would show message ids. Explained in the
        // reader's language when its engine messages came.
        let explained = (locale != form.default_locale)
            .then(|| (catalog, locale.clone()))
            .filter(|(c, l)| c.has(l, "form-problem-unavailable"));
        return Err((Failure::Unavailable, explained));
    }
    // The language names are built in (`build.rs`): no file of the page's can take them.
    catalog.add_resource(&form.default_locale, "languages.ftl", LANGUAGE_NAMES);
    // A language whose engine messages did not load is shown in the default language and
    // loaded again when chosen.
    let language_failed = !loaded.contains(&locale);
    let locale = if language_failed {
        form.default_locale.clone()
    } else {
        locale
    };
    // A text the form shows that neither the reader's language nor the default one has
    // would show its id where the applicant reads a question, an option, a hint, a heading
    // or what is wrong: the country names that did not load, a message file older than the
    // form. A notice with Try again instead (in the reader's language when it loaded), and
    // the id on the console.
    if lacks_text(&form, &catalog, &locale) {
        return Err((Failure::Unavailable, Some((catalog, locale))));
    }
    net::mark("messages-read");
    let Some(started) = config
        .today
        .or_else(|| form_core::date::Zone::CentralEurope.date_at(net::now_secs()))
    else {
        return Err((Failure::Unavailable, None));
    };
    Ok(Setup {
        config,
        form,
        catalog: RefCell::new(Some(catalog)),
        locale,
        loaded,
        language_failed,
        started,
    })
}

/// The languages offered: the page's `data-languages` (`configured`), else the form's own
/// list; the form's default language always among them.
fn offered(form: &Form, configured: Vec<Locale>) -> Vec<Locale> {
    let mut languages = if configured.is_empty() {
        form.languages.clone()
    } else {
        configured
    };
    if !languages.contains(&form.default_locale) {
        languages.insert(0, form.default_locale.clone());
    }
    languages
}

/// Whether a text `form` shows is in neither `locale` nor the default language (the first
/// such id said on the console).
#[inline(never)]
fn lacks_text(form: &Form, catalog: &Catalog, locale: &Locale) -> bool {
    let mut lacking = false;
    form.each_text(&mut |id| {
        if !lacking && !catalog.has(locale, id) && !catalog.has(&form.default_locale, id) {
            net::console_error2("form: no message", id);
            lacking = true;
        }
    });
    lacking
}

/// The engine's messages in the reader's language, for a failure notice before any form
/// is known (the reader's choice among `data-languages`).
async fn explain_in(config: &Config) -> Explained {
    let first = config.languages.first()?.clone();
    let locale = form_core::messages::negotiate_among(&config.languages, &config.wanted, &first);
    let text = net::get_text(&format!("{}/{locale}/engine.ftl", config.locales_url)).await?;
    let mut catalog = Catalog::new(locale.clone());
    catalog.add_resource(&locale, "engine.ftl", &text);
    Some((catalog, locale))
}

#[derive(Clone, Debug, PartialEq, Properties)]
pub struct EmbedProps {
    pub config: Config,
    /// A form already loaded (drawing the first page natively): no loading.
    #[prop_or_default]
    pub preset: Preset,
}

/// A loaded form handed to the component, compared by identity.
#[derive(Clone, Debug, Default)]
pub struct Preset(pub Option<Rc<RefCell<Option<Setup>>>>);

impl PartialEq for Preset {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

/// One embedded form: loading, then the form, or a notice that it cannot be shown. The
/// only yew component of the embed: the form's state ([`app::FormApp`]) lives inside it,
/// so yew's generic component code is in the bundle once.
#[derive(Debug)]
pub struct Embed {
    state: State,
    /// The applicant pressed "Try again": focus follows what comes next (the notice again,
    /// or the form's heading). A notice shown when the page loads does not take focus from
    /// the host page.
    retried: bool,
    /// The loader holds what was typed on the first page it drew (taken over by the
    /// engine's page, or by its notice): given to the engine's fields once its form is
    /// drawn, also after "Try again".
    held: bool,
}

enum State {
    Loading,
    Failed(Failure, Catalog, Locale),
    Ready(Box<app::FormApp>),
}

impl std::fmt::Debug for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            State::Loading => "Loading",
            State::Failed(..) => "Failed",
            State::Ready(_) => "Ready",
        })
    }
}

impl Embed {
    fn start_loading(ctx: &Context<Self>) {
        let config = ctx.props().config.clone();
        let link = ctx.link().clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = load(&config).await;
            let loaded = result.is_ok();
            link.send_message(app::Msg::Ready(Box::new(result)));
            // The form is there: the browser's Back and Forward are its messages from now
            // on (in this same task, so that no second one is spawned; a failed load ends
            // it, and "Try again" starts another).
            #[allow(clippy::while_immutable_condition)] // Ends only with the page.
            while loaded {
                net::event("popstate").await;
                link.send_message(app::Msg::Popped);
            }
        });
    }
}

impl Component for Embed {
    type Message = app::Msg;
    type Properties = EmbedProps;

    fn create(ctx: &Context<Self>) -> Self {
        // Only natively (`first_page`): in the browser the form is always loaded.
        if !cfg!(target_arch = "wasm32")
            && let Some(setup) = ctx
                .props()
                .preset
                .0
                .as_ref()
                .and_then(|s| s.borrow_mut().take())
        {
            return Embed {
                state: State::Ready(Box::new(app::FormApp::new(Rc::new(setup)))),
                retried: false,
                held: false,
            };
        }
        Self::start_loading(ctx);
        Embed {
            state: State::Loading,
            retried: ctx.props().config.retried,
            held: false,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: app::Msg) -> bool {
        match msg {
            app::Msg::Ready(result) => {
                self.state = match *result {
                    Ok(setup) => {
                        let mut app = app::FormApp::new(Rc::new(setup));
                        // Typing keeps the draft a while later (`app::DRAFT_DELAY_MS`);
                        // hiding the page (another tab or app, the screen off: a phone may
                        // then drop the tab unannounced) or leaving it keeps it at once.
                        let link = ctx.link().clone();
                        app.keeper = net::on_hidden(move || link.send_message(app::Msg::SaveDraft));
                        net::mark("app");
                        State::Ready(Box::new(app))
                    }
                    Err((failure, explained)) => {
                        let (catalog, locale) =
                            explained.unwrap_or_else(|| built_in(&ctx.props().config));
                        State::Failed(failure, catalog, locale)
                    }
                };
                true
            }
            app::Msg::Retry => {
                self.retried = true;
                self.state = State::Loading;
                Self::start_loading(ctx);
                true
            }
            msg => match &mut self.state {
                State::Ready(form) => form.update(ctx.link(), msg),
                _ => false,
            },
        }
    }

    fn rendered(&mut self, ctx: &Context<Self>, _first: bool) {
        let config = &ctx.props().config;
        let retried = std::mem::take(&mut self.retried);
        // The engine's own page (or its notice) is drawn: the first page the loader drew
        // is read and removed before the selects are filled (they share its ids), and
        // what was typed there is given to the engine's fields after.
        let first = config.first_page
            && !matches!(self.state, State::Loading)
            && net::first_page_shown(&config.prefix);
        if first {
            net::take_over(if matches!(self.state, State::Ready(_)) {
                0
            } else {
                2
            });
            self.held = true;
        }
        match &mut self.state {
            State::Ready(form) => {
                if retried {
                    net::focus(&format!("{}heading", config.prefix), config.scroll_offset);
                }
                form.rendered();
                if std::mem::take(&mut self.held) {
                    net::take_over(1);
                }
            }
            State::Failed(..) if retried => {
                net::focus(&format!("{}notice", config.prefix), config.scroll_offset);
            }
            State::Failed(..) => {}
            // Still loading after "Try again": wait for the outcome.
            State::Loading => self.retried = retried,
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let config = &ctx.props().config;
        match &self.state {
            State::Ready(form) => form.view(ctx.link()),
            // The loader drew the first page: it stays, and nothing says "loading".
            State::Loading if config.first_page && net::first_page_shown(&config.prefix) => {
                Html::default()
            }
            State::Loading => {
                let (catalog, locale) = built_in(config);
                html! {
                    <div class="fe-root" lang={locale.to_string()} dir={locale.direction().as_str()}>
                        <p class="fe-loading" role="status">{ catalog.text(&locale, "form-loading", &Args::new()) }</p>
                    </div>
                }
            }
            State::Failed(Failure::Unavailable, catalog, locale) => {
                let t = |id: &str| catalog.text(locale, id, &Args::new());
                let retry = ctx.link().callback(|_: MouseEvent| app::Msg::Retry);
                let id = |s: &str| format!("{}{s}", config.prefix);
                html! {
                    <div class="fe-root" lang={locale.to_string()} dir={locale.direction().as_str()}>
                        <div class="fe-notice fe-notice-error" id={id("notice")} tabindex="-1"
                            aria-labelledby={id("notice-title")}>
                            <h2 id={id("notice-title")}>{ t("form-problem-unavailable-title") }</h2>
                            <p>{ t("form-problem-unavailable") }</p>
                            <button type="button" class="fe-button" onclick={retry}>{ t("form-try-again") }</button>
                        </div>
                    </div>
                }
            }
        }
    }
}

/// Mounts a form into every element with `data-form-schema` on the page.
#[wasm_bindgen(start)]
pub fn start() {
    mount();
}

thread_local! {
    /// How many elements were looked at by [`mount`]: the next one's id prefix.
    static SEEN: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Mounts a form into every element with `data-form-schema` that has none yet: at the
/// start, and again when the loader sees such an element added to the page (a CMS that
/// loads content as the reader moves on). Ids stay unique: each element gets a prefix of
/// its own (`fe0-`, `fe1-`, ...), never used again.
#[wasm_bindgen]
pub fn mount() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(list) = doc.query_selector_all("[data-form-schema]:not([data-fe-engine])") else {
        return;
    };
    for i in 0..list.length() {
        let n = SEEN.get();
        SEEN.set(n + 1);
        let Some(el) = list
            .item(i)
            // (Found by a selector: elements.)
            .map(JsCast::unchecked_into::<web_sys::Element>)
        else {
            continue;
        };
        // Looked at once, also when it names no form.
        let _ = el.set_attribute("data-fe-engine", "");
        let Some(mut config) = config(&el, n) else {
            continue;
        };
        // The first page the loader drew (`first-page.json`) stays until the engine's
        // own is drawn; whatever else the page put there (a "please enable JavaScript"
        // text) is removed by yew when it mounts (node by node, which a page enforcing
        // Trusted Types allows; `innerHTML` is refused there even for an empty text).
        config.first_page = net::first_page_of(&el);
        // yew empties the element it draws into: beside a first page, that is an element
        // of its own (`display: contents`, so the page looks and reads the same).
        let root = match config.first_page {
            true => match doc.create_element("div") {
                Ok(mount) => {
                    mount.set_class_name("fe-mount");
                    let _ = el.append_child(&mount);
                    mount
                }
                Err(_) => el,
            },
            false => el,
        };
        yew::Renderer::<Embed>::with_root_and_props(
            root,
            EmbedProps {
                config,
                preset: Preset::default(),
            },
        )
        .render();
    }
}

/// The first page of a form as the embed draws it, rendered natively (yew's server
/// renderer) for a reader of `locale`: what a page shows before the engine has arrived
/// (`first-page.json` beside the form's messages; the loader draws it, the engine takes it
/// over). `today` is the date its texts and conditions are drawn for.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_page(
    form: &Form,
    catalog: Catalog,
    locale: &Locale,
    today: Date,
) -> serde_json::Value {
    let languages = offered(form, Vec::new());
    // Said in the page's status line when "continue" is pressed before the engine is there.
    let loading = catalog.text(locale, "form-loading", &Args::new());
    let config = Config {
        prefix: "fe0-".into(),
        schema_url: String::new(),
        packed_url: String::new(),
        endpoint: String::new(),
        locales_url: String::new(),
        form_locales_url: String::new(),
        languages,
        wanted: vec![locale.to_string()],
        today: Some(today),
        scroll_offset: 0.0,
        first_page: false,
        retried: false,
    };
    let setup = Setup {
        loaded: vec![form.default_locale.clone(), locale.clone()],
        config: config.clone(),
        form: form.clone(),
        catalog: RefCell::new(Some(catalog)),
        locale: locale.clone(),
        language_failed: false,
        started: today,
    };
    let preset = Preset(Some(Rc::new(RefCell::new(Some(setup)))));
    let html = tokio::runtime::Builder::new_current_thread()
        .build()
        .map(|rt| {
            tokio::task::LocalSet::new().block_on(&rt, async move {
                yew::LocalServerRenderer::<Embed>::with_props(EmbedProps { config, preset })
                    .hydratable(false)
                    .render()
                    .await
            })
        })
        .unwrap_or_default();
    serde_json::json!({
        "form": form.id,
        "version": form.version,
        "locale": locale.to_string(),
        "loading": loading,
        "tree": first_page::tree(&html),
    })
}
