//! The form component: the answers as typed, the step, the errors shown, the language, the
//! draft and sending. Every decision comes from form-core: what is visible
//! ([`Form::visibility`], on every change), where "Continue", "Back" and "Send" lead and
//! what "check your answers" shows ([`form_core::flow`]), and what travels to the service
//! ([`form_core::wire`]). This component keeps state and moves focus.

use std::cell::RefCell;
use std::rc::Rc;

use form_core::date::Zone;
use form_core::flow::{Next, Section, Send, Step};
use form_core::wire::{Accepted, Envelope, Refusal};
use form_core::{Arg, Args, Catalog, Date, Form, Issue, Locale, Visibility, Widget};
use serde_json::{Map, Value};
use yew::html::Scope;
use yew::prelude::*;

use crate::net;
use crate::{Embed, Setup};

/// Option lists sorted for a language: (the address of a field's options in the form,
/// locale) and the (value, label) pairs in the reader's order. (A short list, not a hash
/// map: a few lists in a few languages. Keyed by address, not by the options' values and
/// labels: the code that compared 250 countries' values and labels on every lookup was
/// 77 B of the embed after compression, and the lookup is cheaper too.)
pub type SortedOptions = Vec<((usize, String), Rc<Vec<(String, String)>>)>;

/// Where an answer lives: a top-level field, or a field of one item of a repeatable group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Top(usize),
    Item(usize, usize, usize),
}

/// Why answers were not sent (after the last try): each has its own advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The service cannot be reached or keeps failing (network errors, 5xx, 429).
    Down,
    /// 413: the answers are larger than the service accepts.
    TooLarge,
    /// 409: the form changed since the page was loaded.
    Changed,
    /// Another refusal, or an answer that cannot be read: a problem with this page.
    Rejected,
}

impl Problem {
    pub fn message(self) -> &'static str {
        match self {
            Problem::Down => "form-problem-down",
            Problem::TooLarge => "form-problem-too-large",
            Problem::Changed => "form-problem-changed",
            Problem::Rejected => "form-problem-rejected",
        }
    }
}

/// Where sending stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sending {
    Idle,
    /// A request is on its way, or a retry is waiting.
    Busy,
    /// Waiting for the browser to be online again; then sending goes on by itself.
    Offline,
    /// Given up: the applicant is told why and what to do; the answers stay.
    Failed(Problem),
}

/// How many times a submission is sent before the applicant is told the service is down
/// (1, 2, 4, 8 seconds apart: about a quarter of a minute).
const TRIES: u32 = 5;

#[derive(Debug)]
pub enum Msg {
    Set(At, Option<&'static str>, Value),
    Toggle(At, String, bool),
    Continue,
    Back,
    Change(usize, String),
    Add(usize),
    Remove(usize, usize),
    Locale(String),
    Loaded(Locale, Vec<(String, String, String)>),
    KeepDraft(bool),
    Focus(String),
    Status(String),
    Sent(String),
    ServerIssues(Vec<Issue>),
    Offline,
    Failed(Problem),
    Copy,
    Copied(bool),
    /// Focus moved inside the form (Tab, a click): keep it clear of a sticky header.
    Reveal(web_sys::Element),
    /// The embed: the form and its messages arrived, or could not be loaded.
    Ready(Box<crate::Loaded>),
    /// The embed: try loading again.
    Retry,
    /// The browser went to another entry of its history (Back, Forward).
    Popped,
    /// Keep the answers as the draft now if they changed since it was last kept: a while
    /// after typing ([`DRAFT_DELAY_MS`]), and when the page is hidden or left.
    SaveDraft,
}

/// How long after an answer changed the draft is kept, at the latest. Typing writes it once
/// in this time, not on every keystroke: writing every answer to the browser's storage was
/// half the work of the embed's input handler (0.15 of 0.3 ms here). Hiding or leaving the
/// page keeps it at once, so only a browser that dies can lose up to this much typing.
pub const DRAFT_DELAY_MS: i32 = 1000;

#[derive(Debug)]
pub struct FormApp {
    pub setup: Rc<Setup>,
    pub catalog: Catalog,
    pub locale: Locale,
    loaded: Vec<Locale>,
    /// Always an object: the answers by field id, validated as they are (no copy).
    pub answers: Value,
    /// What is shown for the current answers (recomputed on every change, cheaply).
    pub vis: Visibility,
    pub step: Step,
    /// "Check your answers", computed when the applicant arrives there.
    pub check: Vec<Section>,
    return_to_check: bool,
    /// Errors shown: the engine's or the service's issues, formatted when drawn so they
    /// follow a change of language.
    pub errors: Vec<Issue>,
    focus: Option<String>,
    pub status: String,
    /// Counts the times the form is drawn anew (another step, errors shown, another
    /// language, an item added or removed, a failure to send); the form's element is keyed
    /// by it, so what it says then is written in new nodes. A browser's page translation
    /// puts each text node it translates out of the page (Chrome's, into `<font>`
    /// elements); text changed in place there stays as first translated: the step before,
    /// an error fixed, a summary that links elsewhere than it says.
    pub drawn: u32,
    pub sending: Sending,
    /// A language chosen whose messages could not be loaded.
    pub language_failed: bool,
    /// The language last chosen while its messages load (said under the switch): a slower
    /// one chosen before it that arrives later does not take the form from it.
    pub chosen: Option<Locale>,
    /// What the copy button did, said beside it: copied (`Some(true)`), or refused by the
    /// browser (`Some(false)`: the answers are shown selected, to be copied by hand).
    pub copied: Option<bool>,
    /// A copy under way: its message is not said until it is done, so that pressing
    /// Copy again says it again (a live region's text that does not change is not read).
    /// Sending again ends it: a copy done after that says nothing.
    pub copying: bool,
    key: String,
    pub keep_draft: bool,
    /// The answers changed since the draft was last kept (and a [`Msg::SaveDraft`] is on
    /// its way).
    unsaved: bool,
    /// Sends [`Msg::SaveDraft`]: called when the page is hidden or left, and after
    /// [`DRAFT_DELAY_MS`] (set by the embed once the form is there).
    pub keeper: Option<js_sys::Function>,
    base_title: String,
    /// Option lists sorted per language, made once: sorting 250 countries on every render
    /// would be wasted work.
    pub sorted: RefCell<SortedOptions>,
    /// Selects drawn by the last view, to be given their options once they are in the
    /// page: (element id, list name, options, current value).
    pub fills: RefCell<Vec<SelectFill>>,
    /// The text fields, date parts and selects drawn by the last view: (element id, the
    /// answer, the date part), for [`FormApp::take_shown`].
    pub shown: RefCell<Vec<(String, At, Option<&'static str>)>>,
    /// Whether the form's entry is in the browser's history, above the page's own: added
    /// once the form has a step to go back to, so that the browser's Back (a phone's back
    /// gesture) takes the form a step back, as its Back link does, instead of leaving the
    /// page and every answer with it (`FormApp::keep_history`).
    guarded: bool,
}

/// A select to fill after drawing: (element id, list name, options, current value).
pub type SelectFill = (String, String, Rc<Vec<(String, String)>>, String);

impl FormApp {
    pub fn form(&self) -> &Form {
        &self.setup.form
    }

    pub fn id(&self, rest: &str) -> String {
        format!("{}{rest}", self.setup.config.prefix)
    }

    pub fn t(&self, id: &str) -> String {
        self.catalog.text(&self.locale, id, &Args::new())
    }

    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut map = Args::new();
        for (k, v) in args {
            map.insert((*k).to_owned(), v.clone());
        }
        self.catalog.text(&self.locale, id, &map)
    }

    pub fn today(&self) -> Date {
        self.setup
            .config
            .today
            .or_else(|| Zone::CentralEurope.date_at(net::now_secs()))
            .unwrap_or(self.setup.started)
    }

    fn ctx(&self) -> form_core::Context {
        form_core::Context {
            today: self.today(),
        }
    }

    pub fn data(&self) -> &Value {
        &self.answers
    }

    /// Recomputes what is visible: only the answers are read, nothing is checked.
    fn refresh_visibility(&mut self) {
        self.vis = self.form().visibility(self.data(), &self.ctx());
    }

    fn draft_key(&self) -> String {
        format!("fe-draft:{}", self.form().id)
    }

    pub fn path_of(&self, at: At) -> String {
        match at {
            At::Top(i) => self.form().path_of(i, None),
            At::Item(_, n, c) => self.form().path_of(c, Some(n)),
        }
    }

    /// The DOM id of the input for a field path (`family_members[1].member_birth_date`).
    pub fn dom_id(&self, path: &str) -> String {
        let mut out = String::new();
        for c in path.chars() {
            match c {
                '[' | '.' => out.push('-'),
                ']' => {}
                c => out.push(c),
            }
        }
        self.id(&out)
    }

    pub fn value(&self, at: At) -> Option<&Value> {
        let f = &self.form().fields;
        match at {
            At::Top(i) => self.answers.get(&*f.get(i)?.id),
            At::Item(g, n, c) => self
                .answers
                .get(&*f.get(g)?.id)?
                .as_array()?
                .get(n)?
                .get(&*f.get(c)?.id),
        }
    }

    fn slot(&mut self, at: At) -> Option<&mut Value> {
        let f = &self.setup.form.fields;
        match at {
            At::Top(i) => Some(
                self.answers
                    .as_object_mut()?
                    .entry(f.get(i)?.id.as_ref().to_owned())
                    .or_insert(Value::Null),
            ),
            At::Item(g, n, c) => {
                let item = self
                    .answers
                    .get_mut(&*f.get(g)?.id)?
                    .as_array_mut()?
                    .get_mut(n)?
                    .as_object_mut()?;
                Some(
                    item.entry(f.get(c)?.id.as_ref().to_owned())
                        .or_insert(Value::Null),
                )
            }
        }
    }

    /// The first error shown for exactly this path.
    pub fn error_for(&self, path: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.path == path)
            .map(|e| self.render(e))
    }

    pub fn render(&self, e: &Issue) -> String {
        self.catalog
            .render_issue(&self.locale, e, Some(self.form()))
    }

    /// The element a summary link or a "Change" link moves focus to. What the page does
    /// not show (an issue of the service naming an item the applicant has not added, a
    /// field this page hides or does not know) leads to the nearest thing it does: the
    /// item's heading, the group's "Add" button, the page's heading.
    pub fn target_id(&self, path: &str) -> String {
        let top = path.split(['[', '.']).next().unwrap_or(path);
        if !self.vis.field(path) {
            // The item (`family[3]`), if the page shows it, else the group's "Add".
            let item = path.split_once('.').map_or(path, |(item, _)| item);
            if !item.contains('[') {
                return self.id("heading");
            }
            let inside = format!("{item}.");
            let shown = self
                .vis
                .fields
                .iter()
                .any(|v| v.visible && v.path.starts_with(&inside));
            return if shown {
                format!("{}-legend", self.dom_id(item))
            } else {
                self.id(&format!("{top}-add"))
            };
        }
        let field = if let Some((_, child)) = path.rsplit_once('.') {
            self.form().field(child)
        } else {
            self.form().field(top)
        };
        let base = self.dom_id(path);
        let hints = field.map(|f| f.kind.hints());
        match hints.as_ref().map(|h| h.widget) {
            Some(Widget::DateParts) => {
                // The first part to blame (a day its month does not have: the day).
                let asked = hints.map_or(form_core::date::Precision::Full, |h| h.date_parts);
                let wrong = crate::view::wrong_parts(self, path, asked);
                format!("{base}-{}", wrong.first().unwrap_or(&"year"))
            }
            Some(Widget::Radios | Widget::Checkboxes) => format!("{base}-0"),
            Some(Widget::Group) if !path.contains('[') => format!("{base}-add"),
            _ => base,
        }
    }

    fn show_errors(&mut self, errors: Vec<Issue>) {
        self.errors = errors;
        self.drawn += 1;
        if self.errors.is_empty() {
            net::set_title(&self.base_title);
        } else {
            net::set_title(&self.t_args(
                "form-page-title-error-prefix",
                &[("title", Arg::Str(self.base_title.clone()))],
            ));
            self.focus = Some(self.id("summary"));
        }
    }

    /// Shows everything in another (loaded) language; answers and errors stay.
    fn switch_to(&mut self, l: Locale) {
        self.locale = l;
        self.drawn += 1;
        if !self.errors.is_empty() {
            // The title's "Error:" prefix in the new language.
            let errors = std::mem::take(&mut self.errors);
            self.show_errors(errors);
        }
        // After show_errors (which aims at the summary): the reader stays on the switch.
        self.focus = Some(self.id("language"));
        // Kept with the answers: the page loaded again is in the language chosen.
        self.save_draft();
    }

    /// An answer changed: the draft is kept within [`DRAFT_DELAY_MS`].
    fn changed(&mut self) {
        if !self.unsaved {
            self.unsaved = true;
            net::later(self.keeper.as_ref(), DRAFT_DELAY_MS);
        }
    }

    /// Keeps the language, the answers, the page and the idempotency key on the device if
    /// the applicant asked for it, else in the tab (`sessionStorage`, gone with the tab), so
    /// that the page loaded again (a reload, a pull to refresh, a phone bringing back a tab
    /// it had dropped) loses nothing and sends nothing twice; the loader reads the language
    /// (`package-embed.mjs`). Hidden answers are not kept (data minimisation).
    fn save_draft(&mut self) {
        self.unsaved = false;
        let page = match self.step {
            Step::Page(p) => p,
            Step::Check => usize::MAX,
            Step::Done(_) => return,
        };
        let answers = json_text(&Value::Object(self.form().draft(&self.answers, &self.vis)));
        net::save_draft(
            &self.draft_key(),
            &format!(
                "{{\"locale\":\"{}\",\"answers\":{answers},\"page\":{page},\"key\":\"{}\"}}",
                self.locale, self.key
            ),
            !self.keep_draft,
        );
    }

    fn go(&mut self, step: Step) {
        if step == Step::Check {
            let data = self.data();
            let (report, vis) = self.form().evaluate(data, &self.ctx());
            self.check = self.form().check_answers(&report, &vis);
        }
        self.step = step;
        self.drawn += 1;
        self.focus = Some(self.id("heading"));
        net::scroll_top(&self.id("top"), self.setup.config.scroll_offset);
        self.save_draft();
    }

    fn next_page(&mut self) {
        let Step::Page(current) = self.step else {
            return;
        };
        let data = self.data();
        let (report, vis) = self.form().evaluate(data, &self.ctx());
        match self
            .form()
            .next(&report, &vis, current, self.return_to_check)
        {
            Next::Stay { issues } => self.show_errors(issues),
            Next::Page { page, issues } => {
                self.show_errors(Vec::new());
                self.go(Step::Page(page));
                if !issues.is_empty() {
                    self.show_errors(issues);
                }
            }
            Next::Check => {
                self.show_errors(Vec::new());
                self.return_to_check = false;
                self.go(Step::Check);
            }
        }
    }

    fn submit(&mut self, link: &Scope<Embed>) {
        if matches!(self.sending, Sending::Busy | Sending::Offline) {
            return; // a second click while sending does nothing (no disabled button)
        }
        let data = &self.answers;
        let report = self.form().validate(data, &self.ctx());
        match self.form().send(&report) {
            Send::Fix { page, issues } => {
                if let Some(p) = page {
                    self.step = Step::Page(p);
                }
                self.show_errors(issues);
                return;
            }
            Send::Send => {}
        }
        self.sending = Sending::Busy;
        self.copied = None;
        self.copying = false;
        self.status = self.t("form-sending");
        let envelope = Envelope {
            form_id: self.form().id.clone(),
            schema_version: self.form().version.clone(),
            locale: self.locale.to_string(),
            idempotency_key: self.key.clone(),
            submission: report.cleaned.to_value(),
        };
        let body = json_text(&envelope.to_value());
        let endpoint = self.setup.config.endpoint.clone();
        let link = link.clone();
        let retry = self.t("form-send-retry");
        wasm_bindgen_futures::spawn_local(async move {
            let mut delay = 1000;
            let mut tries = 0;
            loop {
                if !net::online() {
                    // Not a failed try: wait for the connection, then go on.
                    link.send_message(Msg::Offline);
                    net::wait_online().await;
                    link.send_message(Msg::Status(String::new()));
                }
                tries += 1;
                match net::post_json(&endpoint, &body).await {
                    net::Posted::Answer(200 | 201, body) => {
                        // Stored only when the receiver says so, with a reference. Any other
                        // success (a firewall's block page, a proxy's error page, both sent
                        // as 200) stored nothing: the answers stay, and the applicant is told.
                        link.send_message(
                            match form_core::json::parse_value(&body)
                                .ok()
                                .and_then(|v| Accepted::from_value(&v))
                            {
                                Some(a) => Msg::Sent(a.reference),
                                None => Msg::Failed(Problem::Rejected),
                            },
                        );
                        return;
                    }
                    net::Posted::Answer(422, body) => {
                        // Issues the service found: shown on their fields. An answer that
                        // cannot be read is a problem of this page.
                        match form_core::json::parse_value(&body)
                            .ok()
                            .and_then(|v| Refusal::issues_from_value(&v))
                        {
                            Some(issues) if !issues.is_empty() => {
                                link.send_message(Msg::ServerIssues(issues));
                            }
                            _ => link.send_message(Msg::Failed(Problem::Rejected)),
                        }
                        return;
                    }
                    net::Posted::Answer(413, _) => {
                        link.send_message(Msg::Failed(Problem::TooLarge));
                        return;
                    }
                    net::Posted::Answer(409, _) => {
                        link.send_message(Msg::Failed(Problem::Changed));
                        return;
                    }
                    net::Posted::Answer(s, _) if s < 500 && s != 429 && s != 408 => {
                        link.send_message(Msg::Failed(Problem::Rejected));
                        return;
                    }
                    _ if tries >= TRIES && net::online() => {
                        link.send_message(Msg::Failed(Problem::Down));
                        return;
                    }
                    _ => {
                        // Network failure or a temporary server problem: the same envelope,
                        // with the same idempotency key, again later.
                        link.send_message(Msg::Status(retry.clone()));
                        net::sleep(delay).await;
                        delay = (delay * 2).min(30_000);
                    }
                }
            }
        });
    }

    /// The answers as plain text, to copy when they could not be sent: each page's
    /// heading, then "question: answer" lines, as on "check your answers".
    pub fn answers_text(&self) -> String {
        let data = self.data();
        let (report, vis) = self.form().evaluate(data, &self.ctx());
        crate::view::answers_text(self, &self.form().check_answers(&report, &vis))
    }
}

/// The form's part of the embed's component ([`Embed`]): created when the form and its
/// messages are loaded, then given every message and drawn.
impl FormApp {
    pub fn new(setup: Rc<Setup>) -> Self {
        let catalog = setup
            .catalog
            .borrow_mut()
            .take()
            .unwrap_or_else(|| Catalog::new(setup.form.default_locale.clone()));
        let mut app = FormApp {
            locale: setup.locale.clone(),
            loaded: setup.loaded.clone(),
            catalog,
            answers: Value::Object(Map::new()),
            vis: Visibility::default(),
            step: Step::Page(0),
            check: Vec::new(),
            return_to_check: false,
            errors: Vec::new(),
            focus: None,
            status: String::new(),
            drawn: 0,
            sending: Sending::Idle,
            language_failed: setup.language_failed,
            chosen: None,
            copied: None,
            copying: false,
            key: net::random_key(),
            keep_draft: false,
            unsaved: false,
            keeper: None,
            base_title: net::title(),
            sorted: RefCell::new(Vec::new()),
            fills: RefCell::new(Vec::new()),
            shown: RefCell::new(Vec::new()),
            // Until the first drawing looks: loaded again on the form's entry (a reload, a
            // phone bringing back a tab it had dropped), the form starts on its first
            // step and goes off that entry, or the applicant's first Back would do nothing.
            guarded: true,
            setup,
        };
        let mut page = None;
        if let Some((text, device)) = net::load_draft(&app.draft_key())
            && let Ok(Value::Object(mut draft)) = form_core::json::parse_value(&text)
            && let Some(Value::Object(answers)) = draft.get_mut("answers").map(Value::take)
        {
            app.answers = Value::Object(answers);
            app.keep_draft = device;
            page = draft.get("page").and_then(Value::as_u64);
            // Only the tab's own copy gives its key: a draft on the device may be open in
            // two tabs, and a second send with the first's key would be taken for the first
            // (the service keeps the first, and says its reference).
            if let (false, Some(k)) = (device, draft.get("key").and_then(Value::as_str)) {
                app.key = k.to_owned();
            }
        }
        // A group that needs items shows them at once.
        if let Some(answers) = app.answers.as_object_mut() {
            app.setup.form.start_groups(answers);
        }
        app.refresh_visibility();
        if let Some(p) = app.form().resume(&app.vis, page.map(|p| p as usize)) {
            app.step = Step::Page(p);
        }
        app
    }

    /// Writes an answer typed or chosen; whether the form must be drawn again (what is
    /// shown changes only when this answer drives visibility: the input shows what was
    /// typed already).
    #[inline(never)]
    fn put(&mut self, at: At, part: Option<&'static str>, v: Value) -> bool {
        if let Some(slot) = self.slot(at) {
            match part {
                Some(part) => {
                    if !slot.is_object() {
                        *slot = Value::Object(Map::new());
                    }
                    if let Some(o) = slot.as_object_mut() {
                        o.insert(part.to_owned(), v);
                    }
                }
                None => *slot = v,
            }
        }
        self.changed();
        let field = match at {
            At::Top(i) | At::Item(_, _, i) => i,
        };
        if !self.form().drives_visibility(field) {
            return false;
        }
        let before = std::mem::take(&mut self.vis);
        self.refresh_visibility();
        self.vis != before
    }

    /// Takes what the fields show that the form was not told of: an autofill that fires
    /// no event (Chrome on iOS; vuejs/vue#7058) leaves its values in the fields only.
    /// Taken before any other message is handled, what the applicant sees is what is
    /// checked and sent, and it is not lost when the form is drawn anew (another language,
    /// Back, an item added). Whether the form must be drawn again.
    #[inline(never)]
    fn take_shown(&mut self) -> bool {
        let shown = self.shown.take();
        let mut redraw = false;
        for (id, at, part) in &shown {
            let Some(now) = net::value_of(id) else {
                continue;
            };
            let v = self.value(*at);
            if crate::view::text_of(part.map_or(v, |p| v.and_then(|v| v.get(p)))) != now {
                redraw |= self.put(*at, *part, Value::String(now));
            }
        }
        *self.shown.borrow_mut() = shown;
        redraw
    }

    pub fn update(&mut self, link: &Scope<Embed>, msg: Msg) -> bool {
        let redraw = !matches!(msg, Msg::Set(..)) && self.take_shown();
        let redraw = self.handle(link, msg) || redraw;
        if redraw {
            // Until drawn, the fields in the page may no longer be the answers they were
            // drawn for (an item removed); the view lists them again.
            self.shown.borrow_mut().clear();
        }
        redraw
    }

    /// The form's entry in the browser's history: added when there is a step to go back
    /// to, above the page's entry, which is marked as the form's page (only an entry with
    /// no state of its own: a page that keeps its own history state is left alone, as is
    /// a second form). When there is none (the first step, reached by the form's own Back
    /// link; sent; loaded again on it), the form goes off its entry, so that the browser's
    /// Back leaves at once.
    fn keep_history(&mut self) {
        let back = self.form().back(&self.vis, &self.step).is_some();
        if back == self.guarded {
            return;
        }
        if back {
            let mark = self.id("history");
            let below = self.id("page");
            if net::history_state().is_some_and(|s| s.is_empty() || s == below) {
                net::history_entry(&below, &mark);
            }
            // On the form's entry now: just added, or after a reload.
            self.guarded = net::history_state().is_some_and(|s| s == mark);
        } else {
            if net::history_state().is_some_and(|s| s == self.id("history")) {
                net::history_entry("", "");
            }
            self.guarded = false;
        }
    }

    fn handle(&mut self, link: &Scope<Embed>, msg: Msg) -> bool {
        match msg {
            Msg::Set(at, part, v) => return self.put(at, part, v),
            Msg::Toggle(at, value, on) => {
                // The engine says what ticking does ("None of these" clears the others).
                let setup = self.setup.clone();
                let (At::Top(f) | At::Item(_, _, f)) = at;
                let options = setup.form.fields.get(f).and_then(|d| d.kind.options());
                if let (Some(slot), Some(options)) = (self.slot(at), options) {
                    if !slot.is_array() {
                        *slot = Value::Array(Vec::new());
                    }
                    if let Some(list) = slot.as_array_mut() {
                        options.toggle(list, &value, on);
                    }
                }
                self.refresh_visibility();
                self.changed();
            }
            Msg::Continue => match self.step {
                Step::Page(_) => self.next_page(),
                Step::Check => self.submit(link),
                Step::Done(_) => {}
            },
            Msg::Back => {
                self.show_errors(Vec::new());
                if let Some(p) = self.form().back(&self.vis, &self.step) {
                    self.go(Step::Page(p));
                }
            }
            Msg::Change(page, target) => {
                self.show_errors(Vec::new());
                self.return_to_check = true;
                self.step = Step::Page(page);
                self.focus = Some(target);
            }
            Msg::Add(g) => {
                let Some(id) = self.form().fields.get(g).map(|f| f.id.clone()) else {
                    return false;
                };
                let Some(answers) = self.answers.as_object_mut() else {
                    return false;
                };
                let list = answers
                    .entry(id.as_ref().to_owned())
                    .or_insert(Value::Array(Vec::new()));
                if !list.is_array() {
                    *list = Value::Array(Vec::new());
                }
                let n = list.as_array().map_or(0, Vec::len);
                self.drawn += 1;
                if let Some(a) = list.as_array_mut() {
                    a.push(Value::Object(Map::new()));
                }
                // Focus goes to the new item's first question (visible once the
                // visibility knows the item).
                self.refresh_visibility();
                let first = self.form().group_items(g).first().copied();
                self.focus = Some(match first {
                    Some(c) => self.target_id(&self.path_of(At::Item(g, n, c))),
                    None => self.id(&format!("{id}-{n}-legend")),
                });
                self.save_draft();
            }
            Msg::Remove(g, n) => {
                let Some(id) = self.form().fields.get(g).map(|f| f.id.clone()) else {
                    return false;
                };
                if let Some(a) = self.answers.get_mut(&*id).and_then(Value::as_array_mut)
                    && n < a.len()
                {
                    a.remove(n);
                }
                self.drawn += 1;
                // Errors of later items would now point at the wrong item.
                self.errors
                    .retain(|e| !e.path.starts_with(&format!("{id}[")));
                self.focus = Some(self.id(&format!("{id}-add")));
                self.refresh_visibility();
                self.save_draft();
            }
            Msg::Locale(tag) => {
                let Ok(l) = Locale::parse(&tag) else {
                    return false;
                };
                // A failure said before is over: the language is there or is asked for again.
                self.language_failed = false;
                if self.loaded.contains(&l) {
                    self.chosen = None;
                    self.switch_to(l);
                } else {
                    self.chosen = Some(l.clone());
                    let config = self.setup.config.clone();
                    let form_id = self.form().id.clone();
                    let link = link.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let files = net::fetch_messages(&config, &form_id, &l).await;
                        link.send_message(Msg::Loaded(l, files));
                    });
                }
            }
            Msg::Loaded(l, files) => {
                // Asked for twice while it loaded: the first answer was taken.
                if self.loaded.contains(&l) {
                    return false;
                }
                // Only a language whose engine and form messages arrived counts as loaded;
                // another choice of it loads it again.
                let engine = net::complete(&l, files.iter());
                for (url, name, text) in files {
                    for e in self.catalog.add_resource(&l, &name, &text) {
                        net::ftl_problem(&url, &e);
                    }
                }
                if engine {
                    self.loaded.push(l.clone());
                }
                // Another language was chosen since (or one already there): this one is
                // kept for later, and neither shown nor said to have failed.
                if self.chosen.as_ref() != Some(&l) {
                    return false;
                }
                self.chosen = None;
                if engine {
                    self.switch_to(l);
                } else {
                    self.language_failed = true;
                    // The switch shows the language the form is in.
                    net::set_select(&self.id("language"), &self.locale.to_string());
                    self.focus = Some(self.id("language"));
                }
            }
            Msg::KeepDraft(on) => {
                // Kept in one place: on the device, or in the tab.
                self.keep_draft = on;
                net::clear_draft(&self.draft_key(), on);
                self.save_draft();
            }
            Msg::Focus(id) => {
                net::focus(&id, self.setup.config.scroll_offset);
                return false;
            }
            Msg::Reveal(el) => {
                // After the browser's own scrolling to the focused element, and after the
                // mouse button that gave focus is up (two seconds at most): what it pressed
                // is under the pointer, and moving the page before the button comes up
                // would send the click to what comes under it instead (another option).
                // Only the newest: a summary link pressed takes focus, and its click gives
                // focus to a field; the link's reveal, woken after the field's, would
                // scroll the field out of the window again.
                let offset = self.setup.config.scroll_offset;
                let ticket = net::reveal_ticket();
                wasm_bindgen_futures::spawn_local(async move {
                    net::sleep(0).await;
                    while net::pressed() {
                        net::sleep(50).await;
                    }
                    if net::latest(ticket) && el.is_connected() {
                        net::reveal(&el, offset);
                    }
                });
                return false;
            }
            Msg::Status(s) => {
                if self.sending == Sending::Offline {
                    self.sending = Sending::Busy;
                }
                self.status = s;
            }
            Msg::Sent(reference) => {
                self.sending = Sending::Idle;
                self.status = String::new();
                let key = self.draft_key();
                net::clear_draft(&key, false);
                net::clear_draft(&key, true);
                self.keep_draft = false;
                self.answers = Value::Object(Map::new());
                self.refresh_visibility();
                self.show_errors(Vec::new());
                self.go(Step::Done(reference));
            }
            Msg::ServerIssues(issues) => {
                self.sending = Sending::Idle;
                self.status = String::new();
                match self.form().page_of_issues(&issues) {
                    Some(p) => {
                        self.step = Step::Page(p);
                        let here = self.form().issues_on_page(&issues, p);
                        self.show_errors(here);
                    }
                    None => self.show_errors(issues),
                }
            }
            Msg::Offline => {
                self.sending = Sending::Offline;
                self.status = self.t("form-offline");
            }
            Msg::Failed(problem) => {
                self.sending = Sending::Failed(problem);
                self.status = String::new();
                self.drawn += 1;
                self.focus = Some(self.id("notice"));
            }
            Msg::Copy => {
                let text = self.answers_text();
                let link = link.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    link.send_message(Msg::Copied(net::copy_text(&text).await));
                });
                // The message taken away until the copy is done, and then written in a
                // new node: a screen reader reads the same words again.
                self.copying = true;
            }
            // (A copy that ends after Try again was pressed says nothing: its notice is
            // gone, and the next one would start with its stale message.)
            Msg::Copied(done) if self.copying => {
                self.copied = Some(done);
                self.copying = false;
                if !done {
                    // The page does not allow the clipboard (a page served over plain
                    // HTTP, a permission refused): the answers shown, selected, focused.
                    self.focus = Some(self.id("answers-text"));
                }
            }
            Msg::Popped => {
                // Back onto the form's page: a step back, as the form's Back link (on the
                // first page, nothing: another Back leaves the page). Onto the form's
                // entry: it is there again. Any other entry (a link to a place on the
                // page adds one) is not the form's.
                let state = net::history_state().unwrap_or_default();
                let left = self.guarded && state == self.id("page");
                self.guarded = state == self.id("history");
                return left && self.handle(link, Msg::Back);
            }
            Msg::SaveDraft => {
                if self.unsaved {
                    self.save_draft();
                }
                return false;
            }
            // The embed's own messages (handled by `Embed`).
            Msg::Ready(_) | Msg::Retry | Msg::Copied(_) => return false,
        }
        true
    }

    pub fn rendered(&mut self) {
        self.keep_history();
        for (id, list, options, current) in self.fills.take() {
            net::fill_select(&id, &list, &options, &current);
        }
        if let Some(id) = self.focus.take() {
            net::focus(&id, self.setup.config.scroll_offset);
            if self.copied == Some(false) {
                net::select_text(&id);
            }
        }
    }

    pub fn view(&self, link: &Scope<Embed>) -> Html {
        crate::view::root(self, link)
    }
}

/// A JSON value as text, written here: serde_json's writer is its `Serialize`
/// machinery instantiated for `Value` (and `Display` goes through an `io::Write`
/// adapter), about 1 KB of the bundle more. Control characters are written as `\u00XX`,
/// every other character as it is: the same JSON as serde_json's, if not the same text.
fn json_text(v: &Value) -> String {
    let mut out = String::new();
    write_json(&mut out, v);
    out
}

fn write_json(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(out, item);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (i, (k, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, k);
                out.push(':');
                write_json(out, item);
            }
            out.push('}');
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\0'..='\u{1f}' => {
                let n = u32::from(c);
                out.push_str("\\u00");
                for d in [n >> 4, n & 15] {
                    out.extend(char::from_digit(d, 16));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the embed writes (drafts, the submission) reads back as the same value, and
    /// is serde_json's own text where serde_json writes no short escape.
    #[test]
    fn json_text_is_the_value() {
        let texts = [
            r#"{"a":"x","b":[1,-2,3.5,1e-7,null,true,false],"c":{"d":[],"e":{}},"f":""}"#,
            r#"{"name":"Ünal \"Ali\" O'Neil \\ 🇺🇦 ليلى","key":"fe-1"}"#,
            r#"["line\nbreak","tab\t","\u0000\u001f","\u007f\u2028"]"#,
            r#"[[],[[]],{},[{"x":[1,{"y":"z"}]}]]"#,
        ];
        for text in texts {
            let value: Value = serde_json::from_str(text).expect("test data is JSON");
            let written = json_text(&value);
            assert_eq!(
                serde_json::from_str::<Value>(&written).ok(),
                Some(value.clone()),
                "{written}"
            );
            if !text.contains("\\n") && !text.contains("\\t") && !text.contains("\\u00") {
                assert_eq!(written, serde_json::to_string(&value).unwrap_or_default());
            }
        }
        let control = json_text(&Value::String("a\n\u{1}".into()));
        assert_eq!(control, r#""a\u000a\u0001""#);
    }
}
