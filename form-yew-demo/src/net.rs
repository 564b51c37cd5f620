//! The browser around the form: fetch, timers, storage, focus, the document title.
//! Nothing here decides anything about answers.

use form_core::Locale;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::Config;

pub fn console_error(text: &str) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    web_sys::console::error_1(&JsValue::from_str(text));
}

/// Two texts on the console, as one line (a message and what it is about).
pub fn console_error2(text: &str, about: &str) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    web_sys::console::error_2(&JsValue::from_str(text), &JsValue::from_str(about));
}

/// A message file with a problem, said where (the embed carries no codes:
/// [`form_core::SyntaxCode`]; `form check` names the problem).
pub fn ftl_problem(url: &str, e: &form_core::ResourceError) {
    console_error(&format!(
        "form: {url}:{}: cannot be read (`form check` says why)",
        e.line
    ));
}

async fn fetch(req: &web_sys::Request) -> Result<web_sys::Response, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    JsFuture::from(window.fetch_with_request(req))
        .await?
        .dyn_into::<web_sys::Response>()
}

async fn body(resp: &web_sys::Response) -> Option<String> {
    JsFuture::from(resp.text().ok()?).await.ok()?.as_string()
}

/// Starts a GET of `url` through the loader (`__formEmbedGet` in `form-embed.js`): its early
/// request of that address (taken once: asked again, it goes to the network again), else a
/// new one. A promise of the bytes: an `ArrayBuffer`, or `null` when it failed, answered
/// other than 2xx, or took more than 20 seconds (a phone's network that drops a request
/// without a word, a proxy that holds it: the form then says so with Try again, instead
/// of loading for ever). So that several run at once, await them after with [`text_of`].
fn start(url: &str) -> Option<JsFuture> {
    let get = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("__formEmbedGet"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise = get.call1(&JsValue::NULL, &JsValue::from_str(url)).ok()?;
    Some(JsFuture::from(promise.dyn_into::<js_sys::Promise>().ok()?))
}

/// The bytes of a started GET, or `None` when it failed (see [`start`]).
async fn bytes_of(started: Option<JsFuture>) -> Option<Vec<u8>> {
    let buf = started?
        .await
        .ok()
        .filter(|v| !v.is_null() && !v.is_undefined())?;
    Some(js_sys::Uint8Array::new(&buf).to_vec())
}

/// The text of a started GET, or `None` for a network error, a status other than 2xx, or
/// an HTML page: a server that answers a missing file with a page of its own and 200 (a
/// CMS's "not found" page, a single-page app's fallback) has not sent the file. (Read as
/// messages, it would have given a form of message ids.)
async fn text_of(started: Option<JsFuture>) -> Option<String> {
    String::from_utf8(bytes_of(started).await?)
        .ok()
        .filter(|t| !t.trim_ascii_start().starts_with('<'))
}

/// The text at `url`, or `None` as [`text_of`] has it (an HTML page is not the file).
pub async fn get_text(url: &str) -> Option<String> {
    text_of(start(url)).await
}

/// Whether the browser believes it is online.
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Resolves when the browser is online again (at once when it is).
pub async fn wait_online() {
    if !online() {
        event("online").await;
    }
}

/// Waits for the window's next event `name`.
pub async fn event(name: &str) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let options = web_sys::AddEventListenerOptions::new();
            options.set_once(true);
            let _ = w.add_event_listener_with_callback_and_add_event_listener_options(
                name, &resolve, &options,
            );
        }
    });
    let _ = JsFuture::from(promise).await;
}

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// The state of the browser's current history entry: empty when it has none; `None`
/// when it is not text (a page that keeps its own state there) or there is no history.
pub fn history_state() -> Option<String> {
    let state = history()?.state().ok()?;
    if state.is_null() {
        Some(String::new())
    } else {
        state.as_string()
    }
}

/// Marks the current entry of the browser's history `below` and adds one named `mark`
/// above it, at the same address; with `below` empty, goes back.
///
/// The page's entry, `below`, no longer restores its scroll position: coming back to it
/// (the form going off its own entry, the browser's Back) scrolled the page to where it
/// was when the form's entry was added, after the form had put focus on a field and
/// brought it into view (smoothly, on a page with `scroll-behavior: smooth`); the form
/// scrolls to what it shows itself. The form's own entry restores it (a reload on it).
pub fn history_entry(below: &str, mark: &str) {
    use web_sys::ScrollRestoration::{Auto, Manual};
    if let Some(h) = history() {
        let _ = if below.is_empty() {
            h.back()
        } else {
            let _ = h.replace_state(&JsValue::from_str(below), "");
            let _ = h.set_scroll_restoration(Manual);
            let pushed = h.push_state(&JsValue::from_str(mark), "");
            let _ = h.set_scroll_restoration(Auto);
            pushed
        };
    }
}

#[wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`: throws where the page has no clipboard (one served
    /// over plain HTTP).
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
    /// `Array.prototype.sort` of `array` with a comparison function.
    #[wasm_bindgen(catch, js_namespace = ["Array", "prototype", "sort"], js_name = call)]
    fn sort_with(array: &js_sys::Array, compare: &JsValue) -> Result<JsValue, JsValue>;
    /// The loader's `__formEmbedFirst` (see [`take_over`]): throws where it is not defined.
    #[wasm_bindgen(catch, js_name = __formEmbedFirst)]
    fn form_embed_first(step: u8) -> Result<(), JsValue>;
}

/// Puts text on the clipboard; false when the browser does not allow it.
pub async fn copy_text(text: &str) -> bool {
    match write_text(text) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Selects the text of a text area (so the applicant can copy it themselves): with
/// `setSelectionRange`, which iOS follows on a field where it ignores `select()`.
pub fn select_text(id: &str) {
    if let Some(area) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = area.set_selection_range(0, u32::MAX);
    }
}

/// The value the element `id` shows (an input, a select, a text area).
pub fn value_of(id: &str) -> Option<String> {
    let el = web_sys::window()?.document()?.get_element_by_id(id)?;
    js_sys::Reflect::get(&el, &JsValue::from_str("value"))
        .ok()?
        .as_string()
}

/// Shows `value` in a select whose choice could not be followed (the browser keeps what
/// was picked, the page did not change).
pub fn set_select(id: &str, value: &str) {
    if let Some(select) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        select.set_value(value);
    }
}

/// Gives a select its options (`options` as (value, label), the empty one first) and
/// shows `current`. The options are made only when the select does not hold this list yet
/// (`list` names it), three calls each: yew drawing the 500 `<option>`s of two country
/// fields (a virtual node, a template clone, attributes, a text node and an insertion
/// each) made the first page of the registration slow. No HTML text is parsed, so a page
/// that enforces Trusted Types is no different.
pub fn fill_select(id: &str, list: &str, options: &[(String, String)], current: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(select) = document
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
    else {
        return;
    };
    let mark = JsValue::from_str("__feOptions");
    let held = js_sys::Reflect::get(&select, &mark)
        .ok()
        .and_then(|v| v.as_string());
    if held.as_deref() != Some(list) {
        select.set_text_content(None);
        for (value, label) in options {
            if let Ok(option) = document.create_element("option") {
                let _ = option.set_attribute("value", value);
                option.set_text_content(Some(label));
                let _ = select.append_child(&option);
            }
        }
        let _ = js_sys::Reflect::set(&select, &mark, &JsValue::from_str(list));
    }
    if select.value() != current {
        select.set_value(current);
    }
}

/// The bytes at `url`, or `None` for a network error or a status other than 2xx.
pub async fn get_bytes(url: &str) -> Option<Vec<u8>> {
    bytes_of(start(url)).await
}

/// The outcome of one POST: a status with its body, or a network failure.
pub enum Posted {
    Answer(u16, String),
    NetworkError,
}

/// How long one try of a submission may take, answer and its body included: a request
/// that never answers (a mobile connection that stalled) counts as a network failure
/// after this, and is tried again with the same idempotency key. The request itself is
/// not aborted (that needs `AbortSignal`, which Safari before 16 lacks for timeouts):
/// a late answer is not listened to, and the receiver keeps one submission per key.
pub const SEND_LIMIT_MS: i32 = 20_000;

/// POSTs `json` to `url`; a network failure when nothing complete came within
/// [`SEND_LIMIT_MS`].
pub async fn post_json(url: &str, json: &str) -> Posted {
    let mut send = std::pin::pin!(post_once(url, json));
    let mut limit = std::pin::pin!(sleep(SEND_LIMIT_MS));
    std::future::poll_fn(|cx| match send.as_mut().poll(cx) {
        std::task::Poll::Pending => limit.as_mut().poll(cx).map(|()| Posted::NetworkError),
        done => done,
    })
    .await
}

async fn post_once(url: &str, json: &str) -> Posted {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(json));
    let Ok(headers) = web_sys::Headers::new() else {
        return Posted::NetworkError;
    };
    let _ = headers.set("Content-Type", "application/json");
    init.set_headers(&headers);
    let Ok(req) = web_sys::Request::new_with_str_and_init(url, &init) else {
        return Posted::NetworkError;
    };
    match fetch(&req).await {
        Ok(resp) => {
            let status = resp.status();
            Posted::Answer(status, body(&resp).await.unwrap_or_default())
        }
        Err(_) => Posted::NetworkError,
    }
}

/// `f` called whenever the page is hidden (another tab or app, the screen off) or shown
/// again, as a JavaScript function for [`later`] too. Kept for the page's life.
///
/// A page that is left (a reload, a link, the tab closed) is hidden too: Chromium and
/// Firefox fire `visibilitychange` after `pagehide` then (seen on 6 December 2026), and
/// Safari since 14.1; listening to `pagehide` as well cost the bundle 55 bytes.
pub fn on_hidden(f: impl Fn() + 'static) -> Option<js_sys::Function> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let f: js_sys::Function = Closure::<dyn Fn()>::new(f).into_js_value().unchecked_into();
    let _ = web_sys::window()?.add_event_listener_with_callback("visibilitychange", &f);
    Some(f)
}

/// Calls `f` in `ms` milliseconds.
pub fn later(f: Option<&js_sys::Function>, ms: i32) {
    if let (Some(f), Some(w)) = (f, web_sys::window()) {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f, ms);
    }
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

fn message_urls(config: &Config, form_id: &str, l: &Locale) -> [(String, &'static str); 3] {
    [
        (
            format!("{}/{l}/engine.ftl", config.locales_url),
            "engine.ftl",
        ),
        (
            format!("{}/{l}/countries.ftl", config.locales_url),
            "countries.ftl",
        ),
        (
            format!("{}/{l}/{form_id}.ftl", config.form_locales_url),
            "form.ftl",
        ),
    ]
}

/// One loaded message file: (url, resource name, text).
pub type MessageFile = (String, String, String);

/// Whether the files of one language make it usable: the engine's and the form's messages
/// arrived (country names fall back to the default language); in a language the engine
/// has no messages in, the form's (the engine's texts are the default language's).
pub fn complete<'a>(l: &Locale, files: impl Iterator<Item = &'a MessageFile>) -> bool {
    let mut engine = !l.engine_speaks();
    let mut form = false;
    for (_, name, _) in files {
        engine |= name == "engine.ftl";
        form |= name == "form.ftl";
    }
    engine && form
}

/// The engine's, the country names' and the form's messages of several languages, all
/// requested at once. Missing files are reported on the console.
pub async fn fetch_all(
    config: &Config,
    form_id: &str,
    locales: &[Locale],
) -> Vec<(Locale, MessageFile)> {
    // (Loops, not a chain of iterator adapters: about 450 B less in the embed.)
    let mut urls: Vec<(Locale, String, &str)> = Vec::new();
    for l in locales {
        for (u, n) in message_urls(config, form_id, l) {
            // Nothing is asked of the engine in a language it has no messages in.
            if l.engine_speaks() || n == "form.ftl" {
                urls.push((l.clone(), u, n));
            }
        }
    }
    let started: Vec<_> = urls.iter().map(|(_, url, _)| start(url)).collect();
    let mut out = Vec::new();
    for ((l, url, name), request) in urls.into_iter().zip(started) {
        match text_of(request).await {
            Some(text) => out.push((l, (url, name.to_owned(), text))),
            None => console_error(&format!("form: cannot load {url}")),
        }
    }
    out
}

/// The message files of one language (see [`fetch_all`]).
pub async fn fetch_messages(config: &Config, form_id: &str, l: &Locale) -> Vec<MessageFile> {
    fetch_all(config, form_id, std::slice::from_ref(l))
        .await
        .into_iter()
        .map(|(_, f)| f)
        .collect()
}

/// The tab's `sessionStorage` (`session`), or the device's `localStorage`.
fn storage(session: bool) -> Option<web_sys::Storage> {
    let w = web_sys::window()?;
    if session {
        w.session_storage()
    } else {
        w.local_storage()
    }
    .ok()?
}

/// The draft kept on the device, else the tab's copy of the answers; whether it is the
/// device's.
pub fn load_draft(key: &str) -> Option<(String, bool)> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    [false, true]
        .into_iter()
        .find_map(|session| Some((storage(session)?.get_item(key).ok()??, !session)))
}

pub fn save_draft(key: &str, value: &str, session: bool) {
    if let Some(s) = storage(session) {
        let _ = s.set_item(key, value);
    }
}

pub fn clear_draft(key: &str, session: bool) {
    if let Some(s) = storage(session) {
        let _ = s.remove_item(key);
    }
}

/// A fresh idempotency key: 128 random bits from the browser, in decimal. From
/// `crypto.getRandomValues`, which every page has: `crypto.randomUUID` is only there for a
/// page served over HTTPS, and calling it on a CMS page served over plain HTTP stopped the
/// form before it was drawn.
pub fn random_key() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    let mut bits = [0u8; 16];
    let drawn = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bits).ok())
        .is_some();
    // (In decimal: hexadecimal formatting would cost the bundle its code.)
    let [a, b] = if drawn {
        [0, 8].map(|i| {
            bits.get(i..i + 8)
                .and_then(|h| h.try_into().ok())
                .map_or(0, u64::from_le_bytes)
        })
    } else {
        // No `crypto` at all (a browser from before 2014).
        [
            js_sys::Date::now() as u64,
            (js_sys::Math::random() * 1e15) as u64,
        ]
    };
    format!("{a}-{b}")
}

/// A `performance.mark` (`form-embed:<name>`): where loading spends its time, read by
/// `cargo xtask bench` and visible in any browser's performance panel.
pub fn mark(name: &str) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(&["form-embed:", name].concat());
    }
}

/// Seconds since 1970 by the browser's clock.
pub fn now_secs() -> i64 {
    if !cfg!(target_arch = "wasm32") {
        return 0;
    }
    (js_sys::Date::now() / 1000.0) as i64
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)
        // (The form's own ids: HTML elements. Unchecked: no `instanceof` in the glue.)
        .map(JsCast::unchecked_into)
}

/// Moves focus to an element and shows it, with its label or question, clear of anything
/// the host page keeps fixed over the top of the window (a sticky header).
pub fn focus(id: &str, offset: f64) {
    if let Some(el) = element(id) {
        reveal_ticket();
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
        reveal(&el, offset);
    }
}

fn position_of(el: &web_sys::Element) -> String {
    web_sys::window()
        .and_then(|w| w.get_computed_style(el).ok().flatten())
        .and_then(|s| s.get_property_value("position").ok())
        .unwrap_or_default()
}

/// How far down the window the host page covers it: the bottom edge of fixed or sticky
/// elements at the top (a header, a cookie bar under it), found by looking at what is
/// drawn there. The form's own elements do not count.
pub fn covered_top() -> f64 {
    let Some(window) = web_sys::window() else {
        return 0.0;
    };
    let Some(doc) = window.document() else {
        return 0.0;
    };
    let width = window
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0);
    let mut bottom: f64 = 0.0;
    // Bars can be stacked: look again just below each one found.
    for _ in 0..4 {
        let y = bottom + 1.0;
        let mut found = bottom;
        for x in [width * 0.05, width * 0.5, width * 0.95] {
            for item in doc.elements_from_point(x as f32, y as f32).iter() {
                let el: web_sys::Element = item.unchecked_into();
                if el.closest(".fe-root").ok().flatten().is_some() {
                    continue;
                }
                let mut cur = Some(el);
                while let Some(e) = cur {
                    if matches!(position_of(&e).as_str(), "fixed" | "sticky") {
                        let r = e.get_bounding_client_rect();
                        if r.top() <= y && r.bottom() > found {
                            found = r.bottom();
                        }
                        break;
                    }
                    cur = e.parent_element();
                }
            }
        }
        if found <= bottom {
            break;
        }
        bottom = found;
    }
    bottom
}

/// Scrolls so that an element, and the label or legend that asks for it, are fully in
/// view below whatever covers the top of the window (at least `offset` pixels, which a
/// host page may declare).
pub fn reveal(el: &web_sys::Element, offset: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Into view first, to measure it and what covers it there; then where it goes. Both at
    // once, not smoothly as a host's `scroll-behavior: smooth` would have it: what is
    // measured next must be where the element is now, and focus moves should not glide
    // under the eyes.
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    let rect = el.get_bounding_client_rect();
    let mut top = rect.top();
    let mut bottom = rect.bottom();
    let doc = window.document();
    let label = el.get_attribute("id").and_then(|id| {
        doc.as_ref()?
            .query_selector(&format!("label[for=\"{id}\"]"))
            .ok()
            .flatten()
    });
    let question = el
        .closest("fieldset.fe-fieldset")
        .ok()
        .flatten()
        .and_then(|f| f.query_selector("legend").ok().flatten());
    // The label next to a radio or checkbox can be taller than the box itself (a long
    // answer, large text on a narrow phone): it says what the box means, so all of it.
    // The field's own label always; the question of a group of radios or checkboxes only
    // when it is near: a question far above a long list is not pulled in.
    let mut below = false;
    if let Some(r) = label.map(|l| l.get_bounding_client_rect()) {
        below = r.bottom() > bottom;
        bottom = bottom.max(r.bottom());
        top = top.min(r.top());
    }
    if let Some(r) = question
        .as_ref()
        .map(web_sys::Element::get_bounding_client_rect)
        && r.top() < top
        && top - r.top() < 400.0
    {
        top = r.top();
    }
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let margin = 8.0;
    let clear = covered_top().max(offset) + margin;
    let room = height - margin - clear;
    // Where the element goes, with the room it needs around it as its scroll margin: then
    // every box that scrolls it, the window or a host's own scrolling wrapper (a theme
    // whose window never scrolls), brings it there.
    let (block, above, under) = if bottom - top <= room {
        // The question and its answer fit: show them all (nothing moves when they show).
        (
            web_sys::ScrollLogicalPosition::Nearest,
            clear + rect.top() - top,
            margin + bottom - rect.bottom(),
        )
    } else if below || rect.height() > room {
        // A radio or checkbox whose label is taller than the room: the box at the top, and
        // as much of its label below it as fits. The field alone taller than the room (a
        // long text area): its top.
        (web_sys::ScrollLogicalPosition::Start, clear, 0.0)
    } else {
        // Too tall together: the field itself in full, at the bottom, and as much of its
        // question above it as fits.
        (web_sys::ScrollLogicalPosition::End, 0.0, margin)
    };
    // Set through the style object, which a Content-Security-Policy without
    // 'unsafe-inline' styles allows (a style attribute it does not). Left there: the
    // browser's own scrolling to the field (Firefox's, again, after a Tab) keeps it clear
    // too.
    let _ = el
        .unchecked_ref::<web_sys::HtmlElement>()
        .style()
        .set_property(
            "scroll-margin",
            // (Whole pixels, rounded up: formatting a float would bring its code into the
            // embed, 4.8 KB.)
            &format!("{}px 0 {}px", above.ceil() as i32, under.ceil() as i32),
        );
    options.set_block(block);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

pub fn title() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.title())
        .unwrap_or_default()
}

pub fn set_title(t: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(t);
    }
}

thread_local! {
    /// Until when (ms since 1970) a mouse button that went down in the form and has not
    /// come up there yet counts as down; 0 for none.
    static PRESSED: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

thread_local! {
    /// How many times focus was moved or asked to be revealed: a reveal waiting for the
    /// mouse button goes ahead only if nothing newer came meanwhile.
    static REVEALS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// A new reveal (or focus move); its number, for `latest`.
pub fn reveal_ticket() -> u32 {
    let n = REVEALS.get().wrapping_add(1);
    REVEALS.set(n);
    n
}

/// Whether no reveal or focus move came after the one numbered `ticket`.
pub fn latest(ticket: u32) -> bool {
    REVEALS.get() == ticket
}

/// A mouse button down (`true`) or up (`false`) in the form.
pub fn press(down: bool) {
    PRESSED.set(if down {
        js_sys::Date::now() + 2000.0
    } else {
        0.0
    });
}

/// Whether a mouse button is down in the form: focus it gave is moved clear of a sticky
/// header only once it is up (see `Msg::Reveal`). Two seconds at most: a button let go
/// outside the form (a text selection dragged out of it) is never heard there, and every
/// later reveal, by the keyboard too, would wait for it.
pub fn pressed() -> bool {
    PRESSED.get() > js_sys::Date::now()
}

thread_local! {
    /// The collators' compare functions by locale: making a collator loads the language's
    /// collation data (about 20 ms the first time on a desktop).
    static COLLATORS: std::cell::RefCell<Vec<(String, js_sys::Function)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn collator_compare(locale: &str) -> js_sys::Function {
    COLLATORS.with_borrow_mut(|all| {
        if let Some((_, f)) = all.iter().find(|(l, _)| l == locale) {
            return f.clone();
        }
        let locales = js_sys::Array::of1(&JsValue::from_str(locale));
        let f = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new()).compare();
        all.push((locale.to_owned(), f.clone()));
        f
    })
}

/// Orders option labels for a reader of `locale` (the browser's collation; display only).
/// The labels cross into JavaScript once and are sorted there with the collator's own
/// `compare` (250 country names: one call instead of two thousand, each with two strings).
pub fn sort_labels(items: &mut Vec<(String, String)>, locale: &str) {
    if !cfg!(target_arch = "wasm32") {
        // Drawn natively (the first page before the engine): letters before their marks,
        // marks dropped, case folded (Ägypten among the A), for selects, radios and boxes
        // alike, as the engine will draw them in the browser's collation.
        items.sort_by_cached_key(|(_, label)| form_core::text::loose_sort_key(label));
        return;
    }
    let compare = collator_compare(locale);
    let labels: js_sys::Array = items
        .iter()
        .map(|(_, label)| JsValue::from_str(label))
        .collect();
    if sort_with(&labels, &compare).is_err() {
        return;
    }
    // Back from labels to items: each to the first item not yet placed with its label, so
    // that equal labels keep their order (the sort is stable). (A scan, not a map: 250
    // names take well under a millisecond, and a map of this type cost the embed 1.1 KB.)
    let mut old: Vec<Option<(String, String)>> =
        std::mem::take(items).into_iter().map(Some).collect();
    for label in labels.iter().filter_map(|v| v.as_string()) {
        if let Some(item) = old
            .iter_mut()
            .find(|o| o.as_ref().is_some_and(|(_, l)| *l == label))
            .and_then(Option::take)
        {
            items.push(item);
        }
    }
    // Anything not matched (cannot happen) keeps its place at the end rather than vanish.
    items.extend(old.into_iter().flatten());
}

/// Scrolls the form's top into view (after a change of page), below a sticky header.
pub fn scroll_top(id: &str, offset: f64) {
    if let Some(el) = element(id) {
        reveal(&el, offset);
    }
}

/// Whether the loader drew the first page into `el` (the form's host element).
pub fn first_page_of(el: &web_sys::Element) -> bool {
    el.has_attribute("data-fe-first-page")
}

/// Whether the first page the loader drew is still shown.
pub fn first_page_shown(prefix: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("{prefix}top")))
        .is_some_and(|root| root.has_attribute("data-fe-first"))
}

/// Hands the first page over to the loader's `__formEmbedFirst`: step 0 (the engine's
/// page is drawn) reads what was typed, chosen and focused there and removes it; step 1
/// (the engine's selects are filled) gives it to the same fields through their own events,
/// so the engine hears it as typed, puts focus and caret back and presses a "continue"
/// pressed meanwhile; step 2 (the engine's notice instead) only removes it.
pub fn take_over(step: u8) {
    // (Throws, harmlessly, when the loader drew no first page.)
    let _ = form_embed_first(step);
}
