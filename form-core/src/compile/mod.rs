//! Compiling a schema into a checked [`Form`], collecting every problem on the way.
//!
//! The phases, one module each, run in this order:
//! 1. [`read`]: the JSON shape of the form, its pages, rules and code lists; each field's
//!    properties against the property table of its type;
//! 2. [`declare`]: every field registered in document order (ids, slots, groups), its
//!    type compiling its own properties;
//! 3. [`fields`]: what needs every field known: labels and messages, autocomplete,
//!    `required` and `visibleWhen`, the type's expressions, a group's rules;
//! 4. [`rules`]: the cross-field rules;
//! 5. [`order`]: the order in which visibility can be computed in one pass (cycles are
//!    reported), and the lookup indexes.
//! 6. [`finite`], on a form without errors: conditions and rules over answers with few
//!    values tried with every combination (never shown, never failing; and the warnings
//!    of [`rules`] that a field can be hidden while another is shown, dropped where the
//!    two conditions, written differently, show them together).
//!
//! A form is returned only when there is no error; warnings never stop it.

mod declare;
mod fields;
mod finite;
pub(crate) mod names;
mod order;
mod read;
mod rules;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{Map, Value};

use crate::codes::DiagCode;
use crate::diag::{Diagnostic, Severity};
use crate::expr::{self, Checked, ExprError, FieldInfo, Lookup, Symbols, Type};
use crate::locale::Locale;
use crate::model::{FieldDef, Form, GroupInfo, Page};
use crate::types::{CodeList, Compiling};

pub use names::{is_autocomplete, is_message_id, near};

/// The version of the format this engine reads. A schema states it in `"format"`.
pub const FORMAT_VERSION: u32 = 1;

/// Hard limits, so that a hostile schema cannot make compilation or validation slow.
pub const MAX_FIELDS: usize = 2_000;
pub const MAX_PAGES: usize = 200;
pub const MAX_RULES: usize = 1_000;
pub const MAX_SCHEMA_BYTES: usize = 4 * 1024 * 1024;

/// The result of compiling: the form (when there is no error) and every problem found.
#[derive(Debug)]
pub struct Compiled {
    pub form: Option<Form>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Compiled {
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// A declared field's JSON, kept until every field is known.
struct Pending<'v> {
    obj: Option<&'v Map<String, Value>>,
    pointer: String,
}

/// The compiler's state across phases.
struct Compiler<'v> {
    diags: Vec<Diagnostic>,
    messages: BTreeMap<String, String>,
    fields: Vec<FieldDef>,
    pending: Vec<Pending<'v>>,
    by_id: HashMap<String, usize>,
    groups: Vec<GroupInfo>,
    top: Vec<usize>,
    code_lists: BTreeMap<String, CodeList>,
    /// The code lists questions have named (`unused-code-list` for the form's own others).
    used_lists: BTreeSet<String>,
    /// For each field: the fields its own visibility condition reads.
    vis_reads: Vec<(usize, Vec<usize>)>,
    /// For each page: the fields its visibility condition reads.
    page_reads: Vec<(usize, Vec<usize>)>,
    /// The id of each page, by index.
    page_ids: Vec<String>,
    /// For each field: the conditions that can hide it (its page's, its own, its group's),
    /// by their text without spaces, so that two fields hidden by the same condition
    /// compare equal.
    hidden_by: Vec<Vec<String>>,
    /// For each rule shown early (`rule-shown-early`): its warning for each field read on
    /// a later page, latest first, each with whether the conditions' text says the field
    /// can be hidden while the rule's is shown (then it is judged by answers, in
    /// [`finite::check`]).
    shown_early: Vec<Vec<finite::Early>>,
    /// The group whose item fields expressions may name (while a group field is compiled).
    scope: Option<usize>,
    /// The ids of fields that could not be declared (their type or shape is wrong): an
    /// expression or rule naming one is not told as naming no field, which would send the
    /// author looking for a typo that is not there.
    broken: BTreeSet<String>,
    /// How many unknown field names have been compared with every field for a "did you
    /// mean": the first 20 are. A bound: a hostile schema of two thousand fields, each
    /// naming an unknown one, took 98 s to check when every name was compared (0.16 s so).
    suggested: usize,
}

impl Symbols for Compiler<'_> {
    fn lookup(&self, name: &str, scope: Option<usize>) -> Lookup {
        let Some(&flat) = self.by_id.get(name) else {
            return Lookup::NotFound;
        };
        let Some(f) = self.fields.get(flat) else {
            return Lookup::NotFound;
        };
        if let Some(parent) = f.parent {
            let parent_group = self.fields.get(parent).and_then(FieldDef::group);
            if parent_group != scope {
                return Lookup::OutOfScope;
            }
        }
        Lookup::Found(FieldInfo {
            slot: f.slot,
            ty: f.kind.value_type(),
            options: f
                .kind
                .options()
                .map(|o| o.list.iter().map(|o| o.value.clone()).collect()),
            group: f.group(),
            field: flat,
            sure: f.kind.sure(),
        })
    }
}

impl Compiling for Compiler<'_> {
    fn report(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }
    fn message(&mut self, id: &str, pointer: &str) {
        Compiler::message(self, id, pointer);
    }
    fn code_list(&mut self, name: &str) -> Option<&CodeList> {
        if !self.used_lists.contains(name) {
            self.used_lists.insert(name.to_owned());
        }
        self.code_lists.get(name)
    }
    fn expr(&mut self, src: &str, pointer: &str, want: Type) -> Option<Checked> {
        Compiler::expr(self, src, pointer, self.scope, want)
    }
}

impl<'v> Compiler<'v> {
    fn new(code_lists: BTreeMap<String, CodeList>) -> Compiler<'v> {
        Compiler {
            diags: Vec::new(),
            messages: BTreeMap::new(),
            fields: Vec::new(),
            pending: Vec::new(),
            by_id: HashMap::new(),
            groups: Vec::new(),
            top: Vec::new(),
            code_lists,
            used_lists: BTreeSet::new(),
            vis_reads: Vec::new(),
            page_reads: Vec::new(),
            hidden_by: Vec::new(),
            shown_early: Vec::new(),
            page_ids: Vec::new(),
            scope: None,
            broken: BTreeSet::new(),
            suggested: 0,
        }
    }

    /// Warns where a condition of a `what` (`page`, `field`) on page `on` (`pointer`) reads
    /// a field asked on a later page: the applicant would answer the question before the
    /// answer that decides whether it is asked (or must be answered), and meet it again only
    /// when sending. (The same page is fine: a question revealed by an answer beside it.)
    fn reads_later_page(&mut self, pointer: &str, what: &str, on: usize, reads: &[usize]) {
        let mut said = BTreeSet::new();
        for &r in reads {
            // A field of a group item is asked with its group: the group is named.
            let r = self.fields.get(r).and_then(|f| f.parent).unwrap_or(r);
            let Some(read) = self.fields.get(r) else {
                continue;
            };
            if read.page > on && said.insert(r) {
                let page = self.page_ids.get(read.page).cloned().unwrap_or_default();
                let d = Diagnostic::warning(DiagCode::ReadsLaterPage, pointer)
                    .arg("name", &*read.id)
                    .arg("page", page)
                    .arg("what", what);
                self.diags.push(d);
            }
        }
    }

    /// Whether an expression's error names (`name`) a field already reported as broken.
    fn names_broken(&self, args: &[(&'static str, String)]) -> bool {
        args.iter()
            .any(|(k, v)| *k == "name" && self.broken.contains(v))
    }

    /// Records a message id the form uses, with the pointer of its first use.
    fn message(&mut self, id: &str, pointer: &str) {
        if is_message_id(id) {
            self.messages
                .entry(id.to_owned())
                .or_insert_with(|| pointer.to_owned());
        } else {
            self.diags
                .push(Diagnostic::error(DiagCode::InvalidMessageId, pointer).arg("id", id));
        }
    }

    fn expr_diag(&mut self, e: ExprError, pointer: &str, severity: Severity, scope: Option<usize>) {
        let unknown = e.code == DiagCode::ExprUnknownField;
        if unknown && self.names_broken(&e.args) {
            return;
        }
        let mut d = Diagnostic::error(e.code, pointer).at_column(e.column);
        d.severity = severity;
        for (k, v) in e.args {
            if unknown && k == "name" {
                d = self.near_field(d, &v, scope);
            }
            d = d.arg(k, v);
        }
        self.diags.push(d);
    }

    /// `d` with the field an expression or rule in `scope` can name that `name` is likely
    /// a slip for (`owner_brn`, `ownerBorn`), if any. (A name found both in `by_id` and
    /// among the broken is one candidate: `near` does not count it twice.)
    fn near_field(&mut self, d: Diagnostic, name: &str, scope: Option<usize>) -> Diagnostic {
        if self.suggested >= 20 {
            return d;
        }
        self.suggested += 1;
        // Fields that could not be declared too: `owner_nme` for a field whose type is wrong.
        let ids = self
            .by_id
            .keys()
            .filter(|id| matches!(self.lookup(id, scope), Lookup::Found(_)))
            .chain(&self.broken)
            .map(String::as_str);
        match near(name, ids) {
            Some(n) => d.arg("near", n),
            None => d,
        }
    }

    /// Compiles an expression that must have type `want`; reports problems and returns
    /// `None` on error.
    fn expr(
        &mut self,
        src: &str,
        pointer: &str,
        scope: Option<usize>,
        want: Type,
    ) -> Option<Checked> {
        match expr::compile(src, self, scope) {
            Ok(c) => {
                for w in c.warnings.clone() {
                    // A comparison with an option the field does not offer is never true
                    // (`works == "Yes"` for `yes`): what it shows would never be asked,
                    // and its answers would be dropped. An error, not a warning.
                    let severity = if w.code == DiagCode::UnknownOption {
                        Severity::Error
                    } else {
                        Severity::Warning
                    };
                    self.expr_diag(w, pointer, severity, scope);
                }
                if c.ty != want {
                    let e = expr::check::mismatch(1, want, &c.expr, c.ty);
                    self.expr_diag(e, pointer, Severity::Error, scope);
                    return None;
                }
                Some(c)
            }
            Err(e) => {
                self.expr_diag(e, pointer, Severity::Error, scope);
                None
            }
        }
    }
}

/// Compiles a schema given as JSON text.
pub fn compile(source: &str) -> Compiled {
    if source.len() > MAX_SCHEMA_BYTES {
        return Compiled {
            form: None,
            diagnostics: vec![
                Diagnostic::error(DiagCode::LimitExceeded, "")
                    .arg("what", "bytes")
                    .arg("max", MAX_SCHEMA_BYTES),
            ],
        };
    }
    // form-core's own reader, the one answers and typed numbers are read with, so a bound
    // and the same number typed are the same `f64`.
    match crate::json::parse_value(source) {
        Ok(v) => compile_value(&v),
        Err(e) => {
            let d = e.described(source);
            Compiled {
                form: None,
                diagnostics: vec![
                    Diagnostic::error(DiagCode::JsonSyntax, "")
                        .arg("line", d.line)
                        .arg("column", d.column)
                        .arg("problem", d.problem),
                ],
            }
        }
    }
}

/// Compiles a schema given as a parsed JSON value.
pub fn compile_value(value: &Value) -> Compiled {
    let mut diagnostics = Vec::new();
    let Some(raw) = read::form(value, &mut diagnostics) else {
        return Compiled {
            form: None,
            diagnostics,
        };
    };
    // The engine's lists (countries, languages) by name, unless the form has its own.
    let mut lists = raw.code_lists.clone();
    for name in crate::codelists::NAMES {
        if !lists.contains_key(*name)
            && let Some(list) = crate::codelists::built_in(name)
        {
            lists.insert((*name).to_owned(), list);
        }
    }
    let mut c = Compiler::new(lists);
    c.diags = diagnostics;
    if raw.format != FORMAT_VERSION {
        c.diags.push(
            Diagnostic::error(DiagCode::UnsupportedFormat, "/format")
                .arg("found", raw.format)
                .arg("supported", FORMAT_VERSION),
        );
    }
    if !names::is_slug(&raw.id) {
        c.diags
            .push(Diagnostic::error(DiagCode::InvalidId, "/id").arg("id", raw.id.as_str()));
    }
    let default_locale = match Locale::parse(&raw.default_locale) {
        Ok(l) => l,
        Err(_) => {
            c.diags.push(
                Diagnostic::error(DiagCode::InvalidLocale, "/defaultLocale")
                    .arg("value", raw.default_locale.as_str()),
            );
            Locale::fallback()
        }
    };
    if !default_locale.engine_speaks() {
        c.diags.push(
            Diagnostic::error(DiagCode::DefaultLanguageUnsupported, "/defaultLocale")
                .arg("value", raw.default_locale.as_str())
                .arg("languages", crate::codelists::LANGUAGES.join(", ")),
        );
    }
    // The languages offered: the default one always, first.
    let mut languages = vec![default_locale.clone()];
    let mut listed = Vec::new();
    for (i, tag) in raw.languages.iter().enumerate() {
        match Locale::parse(tag) {
            Ok(l) if listed.contains(&l) => c.diags.push(
                Diagnostic::warning(DiagCode::DuplicateLanguage, format!("/languages/{i}"))
                    .arg("value", tag.as_str()),
            ),
            Ok(l) => {
                // A language the engine does not name in the switch is named by the form
                // (`language-it = Italiano`), and shows the engine's texts in the default
                // language.
                if !l.engine_speaks() {
                    c.message(
                        &format!("{}{l}", crate::codelists::LANGUAGE_NAME),
                        &format!("/languages/{i}"),
                    );
                }
                listed.push(l.clone());
                if !languages.contains(&l) {
                    languages.push(l);
                }
            }
            Err(_) => c.diags.push(
                Diagnostic::error(DiagCode::InvalidLocale, format!("/languages/{i}"))
                    .arg("value", tag.as_str()),
            ),
        }
    }
    c.message(&raw.title, "/title");
    if let Some(d) = &raw.description {
        c.message(d, "/description");
    }
    if raw.pages.is_empty() {
        c.diags.push(Diagnostic::error(DiagCode::NoPages, "/pages"));
    }
    if raw.pages.len() > MAX_PAGES {
        c.diags.push(
            Diagnostic::error(DiagCode::LimitExceeded, "/pages")
                .arg("what", "pages")
                .arg("max", MAX_PAGES),
        );
    }
    for (name, list) in &raw.code_lists {
        if list.values.len() > crate::types::MAX_OPTIONS {
            c.diags.push(
                Diagnostic::error(
                    DiagCode::LimitExceeded,
                    format!("/codeLists/{}", names::escape_pointer(name)),
                )
                .arg("what", "options")
                .arg("max", crate::types::MAX_OPTIONS),
            );
        }
    }

    // Declare every field, page by page.
    let mut page_ids = BTreeSet::new();
    let mut pages = Vec::new();
    for (pi, page) in raw.pages.iter().enumerate().take(MAX_PAGES) {
        let p = format!("/pages/{pi}");
        if !names::is_slug(&page.id) {
            c.diags.push(
                Diagnostic::error(DiagCode::InvalidId, format!("{p}/id"))
                    .arg("id", page.id.as_str()),
            );
        }
        if !page_ids.insert(page.id.as_str()) {
            c.diags.push(
                Diagnostic::error(DiagCode::DuplicateId, format!("{p}/id"))
                    .arg("id", page.id.as_str())
                    .arg("first", "/pages"),
            );
        }
        c.message(&page.heading, &format!("{p}/heading"));
        if let Some(d) = &page.description {
            c.message(d, &format!("{p}/description"));
        }
        if page.fields.is_empty() {
            c.diags.push(
                Diagnostic::warning(DiagCode::EmptyPage, format!("{p}/fields"))
                    .arg("id", page.id.as_str()),
            );
        }
        let top_before = c.top.len();
        for (fi, f) in page.fields.iter().enumerate() {
            c.declare(f, format!("{p}/fields/{fi}"), pi, None, 0);
        }
        pages.push(Page {
            id: page.id.clone(),
            heading: page.heading.clone(),
            description: page.description.clone(),
            visible_when: None,
            fields: c.top.get(top_before..).unwrap_or_default().to_vec(),
        });
    }

    // What needs every field known.
    c.page_ids = pages.iter().map(|p: &Page| p.id.clone()).collect();
    c.mark_conditional(&raw.pages);
    for flat in 0..c.fields.len() {
        c.check_field(flat);
    }
    // Every question is compiled: a list of the form's own that none looked up is unused.
    for name in raw.code_lists.keys() {
        if !c.used_lists.contains(name) {
            c.diags.push(
                Diagnostic::warning(
                    DiagCode::UnusedCodeList,
                    format!("/codeLists/{}", names::escape_pointer(name)),
                )
                .arg("name", name.as_str()),
            );
        }
    }
    for (pi, page) in raw.pages.iter().enumerate().take(MAX_PAGES) {
        if let Some(src) = &page.visible_when {
            let checked = c.expr(src, &format!("/pages/{pi}/visibleWhen"), None, Type::Bool);
            if let Some(ch) = checked {
                c.reads_later_page(&format!("/pages/{pi}/visibleWhen"), "page", pi, &ch.reads);
                c.page_reads.push((pi, ch.reads));
                if let Some(pg) = pages.get_mut(pi) {
                    pg.visible_when = Some(ch.expr);
                }
            }
        }
    }
    let rules = c.rules(&raw.rules, "/rules", None);
    let (visibility_order, drives) = c.visibility_order();
    c.finish(
        raw,
        (default_locale, languages),
        pages,
        rules,
        (visibility_order, drives),
    )
}

impl Compiler<'_> {
    /// Builds the form (when there is no error) and sorts the diagnostics by position.
    fn finish(
        mut self,
        raw: read::RawForm<'_>,
        (default_locale, languages): (Locale, Vec<Locale>),
        pages: Vec<Page>,
        rules: Vec<crate::model::Rule>,
        (visibility_order, drives): (Vec<usize>, Vec<bool>),
    ) -> Compiled {
        let has_errors = self.diags.iter().any(|d| d.severity == Severity::Error);
        let mut diagnostics = std::mem::take(&mut self.diags);
        if has_errors {
            // No form to try answers with: the conditions' text decides.
            let early = std::mem::take(&mut self.shown_early).into_iter();
            diagnostics.extend(
                early
                    .filter_map(|c| c.into_iter().find(|c| !c.apart))
                    .map(|c| c.warning),
            );
        }
        let by_position = |diagnostics: &mut Vec<Diagnostic>| {
            diagnostics.sort_by(|a, b| {
                names::pointer_key(&a.pointer)
                    .cmp(&names::pointer_key(&b.pointer))
                    .then(a.column.cmp(&b.column))
            });
        };
        by_position(&mut diagnostics);
        if has_errors {
            return Compiled {
                form: None,
                diagnostics,
            };
        }
        let top_index = order::index(&self.fields, &self.top);
        for g in &mut self.groups {
            g.item_index = order::index(&self.fields, &g.items);
        }
        let form = Form {
            id: raw.id,
            version: raw.version,
            default_locale,
            languages,
            title: raw.title,
            description: raw.description,
            pages,
            fields: self.fields,
            top: self.top,
            groups: self.groups,
            rules,
            visibility_order,
            drives,
            top_index,
            message_ids: self.messages,
            by_id: crate::model::Keys::new(self.by_id.into_iter().collect()),
        };
        let tried = finite::check(&form, &mut diagnostics, self.shown_early);
        diagnostics.extend(tried);
        by_position(&mut diagnostics);
        Compiled {
            form: Some(form),
            diagnostics,
        }
    }
}
