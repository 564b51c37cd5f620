//! Compiling a raw schema into a checked [`Form`], collecting every problem on the way.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::pattern::Pattern;
use serde_json::Value;

use crate::diag::{Diagnostic, Severity};
use crate::expr::{self, Checked, Expr, ExprError, FieldInfo, Lookup, Slot, Symbols, Type};
use crate::locale::Locale;
use crate::schema::{FORMAT_VERSION, FieldType, RawField, RawForm, RawRequired, RawRule, Widget};
use crate::validate::ISSUE_CODES;

/// Hard limits, so that a hostile schema cannot make compilation or validation slow.
pub const MAX_FIELDS: usize = 2_000;
pub const MAX_OPTIONS: usize = 1_000;
pub const MAX_PAGES: usize = 200;
pub const MAX_RULES: usize = 1_000;
pub const MAX_PATTERN_LEN: usize = crate::pattern::MAX_PATTERN_LEN;
pub const MAX_SCHEMA_BYTES: usize = 4 * 1024 * 1024;
/// Groups never hold more items than this, whatever `maxItems` says.
pub const HARD_MAX_ITEMS: u32 = 500;

/// Whether a field must be answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Required {
    No,
    Yes,
    When(Expr),
}

/// One option of a choice field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceOption {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

/// A checked field.
#[derive(Clone, Debug)]
pub struct FieldDef {
    pub id: String,
    pub kind: FieldType,
    pub label: String,
    pub hint: Option<String>,
    /// Index of the page the field is on.
    pub page: usize,
    /// Flat index of the enclosing group, for fields of a repeatable group.
    pub parent: Option<usize>,
    /// Where the value lives: top level or inside a group item.
    pub slot: Slot,
    pub required: Required,
    pub visible_when: Option<Expr>,
    pub autocomplete: Option<String>,
    pub min_length: Option<u32>,
    pub max_length: Option<u32>,
    pub pattern: Option<Pattern>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub min_date: Option<Expr>,
    pub max_date: Option<Expr>,
    pub options: Vec<ChoiceOption>,
    /// Option values sorted, with their position in `options`, for fast lookup.
    pub(crate) option_index: Vec<(String, usize)>,
    pub widget: Option<Widget>,
    pub min_items: Option<u32>,
    pub max_items: Option<u32>,
    pub item_label: Option<String>,
    /// For groups: the group's index in [`Form::groups`].
    pub group: Option<usize>,
    /// Field-specific message ids by issue code.
    pub messages: BTreeMap<String, String>,
    /// True when the field has a visibility condition of its own, on its page or its group.
    pub conditional: bool,
}

impl FieldDef {
    /// Position of an option value in `options`.
    pub fn option_position(&self, value: &str) -> Option<usize> {
        self.option_index
            .binary_search_by(|(v, _)| v.as_str().cmp(value))
            .ok()
            .and_then(|i| self.option_index.get(i))
            .map(|(_, p)| *p)
    }

    /// The message id for an issue code on this field: the field's own if it has one,
    /// else the engine's `error-<code>`.
    pub fn message_for(&self, code: &str) -> String {
        self.messages
            .get(code)
            .cloned()
            .unwrap_or_else(|| format!("error-{code}"))
    }
}

/// A repeatable group: the flat index of the group field and of its item fields.
#[derive(Clone, Debug)]
pub struct GroupInfo {
    pub field: usize,
    pub items: Vec<usize>,
    /// Item field ids sorted, with their position in `items`.
    pub(crate) item_index: Vec<(String, usize)>,
    /// Item field ids in form order.
    pub(crate) item_ids: Vec<String>,
    pub rules: Vec<Rule>,
}

/// A page.
#[derive(Clone, Debug)]
pub struct Page {
    pub id: String,
    pub heading: String,
    pub description: Option<String>,
    pub visible_when: Option<Expr>,
    /// Flat indices of the page's top-level fields.
    pub fields: Vec<usize>,
}

/// A checked plausibility rule.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub when: Option<Expr>,
    pub assert: Expr,
    /// Flat indices of the fields the rule concerns; the first is where it is shown.
    pub fields: Vec<usize>,
    pub message: String,
}

/// A compiled form: checked once, then used to validate many submissions.
#[derive(Clone, Debug)]
pub struct Form {
    pub id: String,
    pub version: String,
    pub default_locale: Locale,
    pub title: String,
    pub description: Option<String>,
    pub pages: Vec<Page>,
    /// Every field in document order; a group is followed by its item fields.
    pub fields: Vec<FieldDef>,
    /// Flat indices of top-level fields; `Slot::Top(i)` is `fields[top[i]]`.
    pub top: Vec<usize>,
    pub groups: Vec<GroupInfo>,
    pub rules: Vec<Rule>,
    /// Fields in an order where every field comes after those its visibility depends on.
    pub(crate) visibility_order: Vec<usize>,
    /// Top-level field ids sorted, with their position in `top`.
    pub(crate) top_index: Vec<(String, usize)>,
    /// Top-level field ids in form order.
    pub(crate) top_ids: Vec<String>,
    /// Every message id the form refers to, with the JSON pointer of its first use.
    pub message_ids: BTreeMap<String, String>,
    pub(crate) by_id: HashMap<String, usize>,
}

impl Form {
    /// The field with this id.
    pub fn field(&self, id: &str) -> Option<&FieldDef> {
        self.by_id.get(id).and_then(|&i| self.fields.get(i))
    }

    /// Checks that every message id the form uses exists, given a predicate that says
    /// whether a locale's messages contain an id. Missing ids are errors.
    pub fn check_messages(&self, has: &dyn Fn(&str) -> bool, locale: &str) -> Vec<Diagnostic> {
        self.message_ids
            .iter()
            .filter(|(id, _)| !has(id))
            .map(|(id, pointer)| {
                Diagnostic::error("missing-message", pointer.clone())
                    .arg("id", id.as_str())
                    .arg("locale", locale)
            })
            .collect()
    }
}

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

fn is_field_id(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b.first().is_some_and(u8::is_ascii_lowercase)
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
        && !matches!(s, "and" | "or" | "not" | "in" | "true" | "false" | "today")
}

fn is_slug(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b.first().is_some_and(u8::is_ascii_lowercase)
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-' || *c == b'_')
}

/// Fluent identifier syntax.
pub fn is_message_id(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 200
        && b.first().is_some_and(u8::is_ascii_alphabetic)
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_')
}

const AUTOCOMPLETE_FIELDS: &[&str] = &[
    "name",
    "honorific-prefix",
    "given-name",
    "additional-name",
    "family-name",
    "honorific-suffix",
    "nickname",
    "username",
    "new-password",
    "current-password",
    "one-time-code",
    "organization-title",
    "organization",
    "street-address",
    "address-line1",
    "address-line2",
    "address-line3",
    "address-level4",
    "address-level3",
    "address-level2",
    "address-level1",
    "country",
    "country-name",
    "postal-code",
    "cc-name",
    "cc-given-name",
    "cc-additional-name",
    "cc-family-name",
    "cc-number",
    "cc-exp",
    "cc-exp-month",
    "cc-exp-year",
    "cc-csc",
    "cc-type",
    "transaction-currency",
    "transaction-amount",
    "language",
    "bday",
    "bday-day",
    "bday-month",
    "bday-year",
    "sex",
    "url",
    "photo",
];
const AUTOCOMPLETE_CONTACT: &[&str] = &[
    "tel",
    "tel-country-code",
    "tel-national",
    "tel-area-code",
    "tel-local",
    "tel-local-prefix",
    "tel-local-suffix",
    "tel-extension",
    "email",
    "impp",
];

/// Checks an autocomplete value against the HTML "autofill detail tokens" grammar.
pub fn is_autocomplete(value: &str) -> bool {
    let tokens: Vec<&str> = value.split_ascii_whitespace().collect();
    if let [single] = tokens.as_slice()
        && (*single == "on" || *single == "off")
    {
        return true;
    }
    let mut rest = tokens.as_slice();
    if let [first, tail @ ..] = rest
        && first.starts_with("section-")
    {
        rest = tail;
    }
    if let [first, tail @ ..] = rest
        && (*first == "shipping" || *first == "billing")
    {
        rest = tail;
    }
    match rest {
        [field] | [field, _] if AUTOCOMPLETE_FIELDS.contains(field) => {
            rest.get(1).is_none_or(|w| *w == "webauthn")
        }
        [contact, field] | [contact, field, _]
            if ["home", "work", "mobile", "fax", "pager"].contains(contact)
                && AUTOCOMPLETE_CONTACT.contains(field) =>
        {
            rest.get(2).is_none_or(|w| *w == "webauthn")
        }
        [field] | [field, _] if AUTOCOMPLETE_CONTACT.contains(field) => {
            rest.get(1).is_none_or(|w| *w == "webauthn")
        }
        _ => false,
    }
}

fn escape_pointer(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

fn number(n: &serde_json::Number) -> Option<f64> {
    n.as_f64().filter(|f| f.is_finite())
}

struct Pending {
    raw: RawField,
    pointer: String,
}

struct Compiler {
    diags: Vec<Diagnostic>,
    messages: BTreeMap<String, String>,
    fields: Vec<FieldDef>,
    pending: Vec<Pending>,
    by_id: HashMap<String, usize>,
    groups: Vec<GroupInfo>,
    top: Vec<usize>,
    /// For each field: the fields its own visibility condition reads.
    vis_reads: Vec<(usize, Vec<usize>)>,
}

impl Symbols for Compiler {
    fn lookup(&self, name: &str, scope: Option<usize>) -> Lookup {
        let Some(&flat) = self.by_id.get(name) else {
            return Lookup::NotFound;
        };
        let Some(f) = self.fields.get(flat) else {
            return Lookup::NotFound;
        };
        if let Some(parent) = f.parent {
            let parent_group = self.fields.get(parent).and_then(|p| p.group);
            if parent_group != scope {
                return Lookup::OutOfScope;
            }
        }
        let ty = match f.kind {
            FieldType::Text
            | FieldType::Textarea
            | FieldType::Email
            | FieldType::Tel
            | FieldType::Choice => Type::Text,
            FieldType::Integer | FieldType::Decimal => Type::Number,
            FieldType::Date => Type::Date,
            FieldType::PartialDate => Type::PartialDate,
            FieldType::MultiChoice => Type::Set,
            FieldType::Consent => Type::Bool,
            FieldType::Group => Type::Group,
        };
        let options = matches!(f.kind, FieldType::Choice | FieldType::MultiChoice)
            .then(|| f.options.iter().map(|o| o.value.clone()).collect());
        Lookup::Found(FieldInfo {
            slot: f.slot,
            ty,
            options,
            group: f.group,
            field: flat,
        })
    }
}

impl Compiler {
    fn message(&mut self, id: &str, pointer: &str) {
        if is_message_id(id) {
            self.messages
                .entry(id.to_owned())
                .or_insert_with(|| pointer.to_owned());
        } else {
            self.diags
                .push(Diagnostic::error("invalid-message-id", pointer).arg("id", id));
        }
    }

    fn expr_diag(&mut self, e: ExprError, pointer: &str, severity: Severity) {
        let mut d = Diagnostic::error(e.code, pointer).at_column(e.column);
        d.severity = severity;
        for (k, v) in e.args {
            d = d.arg(k, v);
        }
        self.diags.push(d);
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
                    self.expr_diag(w, pointer, Severity::Warning);
                }
                if c.ty != want {
                    self.diags.push(
                        Diagnostic::error("expr-type", pointer)
                            .at_column(1)
                            .arg("expected", want.name())
                            .arg("found", c.ty.name()),
                    );
                    return None;
                }
                Some(c)
            }
            Err(e) => {
                self.expr_diag(e, pointer, Severity::Error);
                None
            }
        }
    }

    /// Registers a field (and, for groups, its item fields) in document order.
    fn declare(
        &mut self,
        value: &Value,
        pointer: String,
        page: usize,
        parent: Option<usize>,
        item_index: usize,
        code_lists: &BTreeMap<String, crate::schema::RawCodeList>,
    ) {
        if self.fields.len() >= MAX_FIELDS {
            if self.fields.len() == MAX_FIELDS {
                self.diags.push(
                    Diagnostic::error("limit-exceeded", pointer)
                        .arg("what", "fields")
                        .arg("max", MAX_FIELDS),
                );
                // A placeholder keeps the limit diagnostic from repeating.
                self.fields.push(placeholder());
                self.pending.push(Pending {
                    raw: placeholder_raw(),
                    pointer: String::new(),
                });
            }
            return;
        }
        let Some(raw) = crate::read::field(value, &pointer, &mut self.diags) else {
            return;
        };
        let flat = self.fields.len();
        if !is_field_id(&raw.id) {
            self.diags.push(
                Diagnostic::error("invalid-id", format!("{pointer}/id")).arg("id", raw.id.as_str()),
            );
        }
        if let Some(&first) = self.by_id.get(&raw.id) {
            let other = self
                .pending
                .get(first)
                .map(|p| p.pointer.clone())
                .unwrap_or_default();
            self.diags.push(
                Diagnostic::error("duplicate-id", format!("{pointer}/id"))
                    .arg("id", raw.id.as_str())
                    .arg("first", other),
            );
        } else {
            self.by_id.insert(raw.id.clone(), flat);
        }
        let slot = match parent {
            Some(_) => Slot::Item(item_index),
            None => {
                self.top.push(flat);
                Slot::Top(self.top.len() - 1)
            }
        };
        // Options, inline or from a code list.
        let mut options = Vec::new();
        if matches!(raw.kind, FieldType::Choice | FieldType::MultiChoice) {
            match (&raw.options, &raw.code_list) {
                (Some(_), Some(_)) => self.diags.push(
                    Diagnostic::error("not-applicable", format!("{pointer}/codeList"))
                        .arg("property", "codeList")
                        .arg("type", "choice with options"),
                ),
                (None, None) => self.diags.push(
                    Diagnostic::error("missing-options", pointer.as_str())
                        .arg("id", raw.id.as_str()),
                ),
                (Some(opts), None) => {
                    for (i, o) in opts.iter().enumerate() {
                        let p = format!("{pointer}/options/{i}");
                        self.message(&o.label, &format!("{p}/label"));
                        if let Some(h) = &o.hint {
                            self.message(h, &format!("{p}/hint"));
                        }
                        options.push(ChoiceOption {
                            value: o.value.clone(),
                            label: o.label.clone(),
                            hint: o.hint.clone(),
                        });
                    }
                }
                (None, Some(name)) => match code_lists.get(name) {
                    Some(list) => {
                        for (i, v) in list.values.iter().enumerate() {
                            let label = format!("{}{}", list.label_prefix, v);
                            let p = format!("/codeLists/{}/values/{i}", escape_pointer(name));
                            self.message(&label, &p);
                            options.push(ChoiceOption {
                                value: v.clone(),
                                label,
                                hint: None,
                            });
                        }
                    }
                    None => self.diags.push(
                        Diagnostic::error("unknown-code-list", format!("{pointer}/codeList"))
                            .arg("name", name.as_str()),
                    ),
                },
            }
            if options.len() > MAX_OPTIONS {
                self.diags.push(
                    Diagnostic::error("limit-exceeded", format!("{pointer}/options"))
                        .arg("what", "options")
                        .arg("max", MAX_OPTIONS),
                );
            }
            let mut seen = BTreeSet::new();
            for (i, o) in options.iter().enumerate() {
                if o.value.is_empty() || !seen.insert(o.value.as_str()) {
                    let at = match (&raw.options, &raw.code_list) {
                        (None, Some(name)) => {
                            format!("/codeLists/{}/values/{i}", escape_pointer(name))
                        }
                        _ => format!("{pointer}/options/{i}/value"),
                    };
                    self.diags.push(
                        Diagnostic::error("duplicate-option", at).arg("value", o.value.as_str()),
                    );
                }
            }
        }
        let min = raw.min.as_ref().and_then(number);
        let max = raw.max.as_ref().and_then(number);
        let mut def = FieldDef {
            id: raw.id.clone(),
            kind: raw.kind,
            label: raw.label.clone(),
            hint: raw.hint.clone(),
            page,
            parent,
            slot,
            required: Required::No,
            visible_when: None,
            autocomplete: raw.autocomplete.clone(),
            min_length: raw.min_length,
            max_length: raw.max_length,
            pattern: None,
            min,
            max,
            min_date: None,
            max_date: None,
            option_index: {
                let mut idx: Vec<(String, usize)> = options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| (o.value.clone(), i))
                    .collect();
                idx.sort();
                idx
            },
            options,
            widget: raw.widget,
            min_items: raw.min_items,
            max_items: raw.max_items,
            item_label: raw.item_label.clone(),
            group: None,
            messages: raw.messages.clone(),
            conditional: false,
        };
        if raw.kind == FieldType::Group {
            if parent.is_some() {
                self.diags.push(
                    Diagnostic::error("nested-group", pointer.as_str()).arg("id", raw.id.as_str()),
                );
            } else {
                def.group = Some(self.groups.len());
                self.groups.push(GroupInfo {
                    field: flat,
                    items: Vec::new(),
                    item_index: Vec::new(),
                    item_ids: Vec::new(),
                    rules: Vec::new(),
                });
            }
        }
        let group_index = def.group;
        let subfields = raw.fields.clone();
        self.fields.push(def);
        self.pending.push(Pending {
            raw,
            pointer: pointer.clone(),
        });
        if let (Some(sub), Some(g)) = (subfields, group_index) {
            for (i, v) in sub.iter().enumerate() {
                let before = self.fields.len();
                let item_pos = self.groups.get(g).map_or(0, |gi| gi.items.len());
                self.declare(
                    v,
                    format!("{pointer}/fields/{i}"),
                    page,
                    Some(flat),
                    item_pos,
                    code_lists,
                );
                if self.fields.len() > before
                    && let Some(gi) = self.groups.get_mut(g)
                {
                    gi.items.push(before);
                }
            }
        }
    }

    /// Checks everything about one field that needs all fields to be known.
    fn check_field(&mut self, flat: usize) {
        let Some(Pending { raw, pointer }) = self.pending.get(flat).map(|p| Pending {
            raw: p.raw.clone(),
            pointer: p.pointer.clone(),
        }) else {
            return;
        };
        if pointer.is_empty() {
            return; // the limit placeholder
        }
        let scope = self
            .fields
            .get(flat)
            .and_then(|f| f.parent)
            .and_then(|p| self.fields.get(p))
            .and_then(|p| p.group);
        self.message(&raw.label, &format!("{pointer}/label"));
        if let Some(h) = &raw.hint {
            self.message(h, &format!("{pointer}/hint"));
        }
        if let Some(l) = &raw.item_label {
            self.message(l, &format!("{pointer}/itemLabel"));
        }
        for (code, id) in &raw.messages {
            let p = format!("{pointer}/messages/{}", escape_pointer(code));
            if !ISSUE_CODES.contains(&code.as_str()) {
                self.diags.push(
                    Diagnostic::error("unknown-issue-code", p.as_str()).arg("code", code.as_str()),
                );
            }
            self.message(id, &p);
        }

        use FieldType::*;
        let k = raw.kind;
        let texty = matches!(k, Text | Textarea | Email | Tel);
        let na = |c: &mut Compiler, prop: &str, present: bool, allowed: bool| {
            if present && !allowed {
                c.diags.push(
                    Diagnostic::error("not-applicable", format!("{pointer}/{prop}"))
                        .arg("property", prop)
                        .arg("type", type_name(k)),
                );
            }
        };
        na(self, "minLength", raw.min_length.is_some(), texty);
        na(self, "maxLength", raw.max_length.is_some(), texty);
        na(self, "pattern", raw.pattern.is_some(), texty);
        na(
            self,
            "min",
            raw.min.is_some(),
            matches!(k, Integer | Decimal),
        );
        na(
            self,
            "max",
            raw.max.is_some(),
            matches!(k, Integer | Decimal),
        );
        na(
            self,
            "minDate",
            raw.min_date.is_some(),
            matches!(k, Date | PartialDate),
        );
        na(
            self,
            "maxDate",
            raw.max_date.is_some(),
            matches!(k, Date | PartialDate),
        );
        na(
            self,
            "options",
            raw.options.is_some(),
            matches!(k, Choice | MultiChoice),
        );
        na(
            self,
            "codeList",
            raw.code_list.is_some(),
            matches!(k, Choice | MultiChoice),
        );
        na(self, "widget", raw.widget.is_some(), k == Choice);
        na(self, "fields", raw.fields.is_some(), k == Group);
        na(self, "itemLabel", raw.item_label.is_some(), k == Group);
        na(self, "rules", !raw.rules.is_empty(), k == Group);
        na(
            self,
            "minItems",
            raw.min_items.is_some(),
            matches!(k, Group | MultiChoice),
        );
        na(
            self,
            "maxItems",
            raw.max_items.is_some(),
            matches!(k, Group | MultiChoice),
        );
        na(
            self,
            "autocomplete",
            raw.autocomplete.is_some(),
            !matches!(k, Group | Consent | MultiChoice),
        );
        if k == Group && raw.fields.as_ref().is_none_or(Vec::is_empty) {
            self.diags.push(
                Diagnostic::error("empty-page", format!("{pointer}/fields"))
                    .arg("id", raw.id.as_str()),
            );
        }

        if let (Some(a), Some(b)) = (raw.min_length, raw.max_length)
            && a > b
        {
            self.diags.push(
                Diagnostic::error("invalid-range", format!("{pointer}/minLength"))
                    .arg("min", a)
                    .arg("max", b),
            );
        }
        if let (Some(a), Some(b)) = (raw.min_items, raw.max_items)
            && a > b
        {
            self.diags.push(
                Diagnostic::error("invalid-range", format!("{pointer}/minItems"))
                    .arg("min", a)
                    .arg("max", b),
            );
        }
        if let Some(m) = raw.max_items
            && m > HARD_MAX_ITEMS
        {
            self.diags.push(
                Diagnostic::error("limit-exceeded", format!("{pointer}/maxItems"))
                    .arg("what", "items")
                    .arg("max", HARD_MAX_ITEMS),
            );
        }
        for (prop, n) in [("min", &raw.min), ("max", &raw.max)] {
            if let Some(n) = n {
                let ok = number(n).is_some_and(|f| k != Integer || f.fract() == 0.0);
                if !ok {
                    self.diags.push(
                        Diagnostic::error("invalid-bound", format!("{pointer}/{prop}"))
                            .arg("value", n.to_string()),
                    );
                }
            }
        }
        if let (Some(a), Some(b)) = (
            raw.min.as_ref().and_then(number),
            raw.max.as_ref().and_then(number),
        ) && a > b
        {
            self.diags.push(
                Diagnostic::error("invalid-range", format!("{pointer}/min"))
                    .arg("min", a)
                    .arg("max", b),
            );
        }
        if let Some(ac) = &raw.autocomplete
            && !is_autocomplete(ac)
        {
            self.diags.push(
                Diagnostic::error("invalid-autocomplete", format!("{pointer}/autocomplete"))
                    .arg("value", ac.as_str()),
            );
        }
        if let Some(p) = &raw.pattern {
            if p.len() > MAX_PATTERN_LEN {
                self.diags.push(
                    Diagnostic::error("limit-exceeded", format!("{pointer}/pattern"))
                        .arg("what", "pattern")
                        .arg("max", MAX_PATTERN_LEN),
                );
            } else {
                match Pattern::new(p) {
                    Ok(re) => {
                        if let Some(f) = self.fields.get_mut(flat) {
                            f.pattern = Some(re);
                        }
                    }
                    Err(e) => self.diags.push(
                        Diagnostic::error("invalid-pattern", format!("{pointer}/pattern"))
                            .arg("detail", e),
                    ),
                }
            }
        }

        // Expressions.
        let required = match &raw.required {
            None | Some(RawRequired::Always(false)) => Required::No,
            Some(RawRequired::Always(true)) => Required::Yes,
            Some(RawRequired::When(src)) => {
                match self.expr(src, &format!("{pointer}/required"), scope, Type::Bool) {
                    Some(c) => Required::When(c.expr),
                    None => Required::No,
                }
            }
        };
        let visible = raw
            .visible_when
            .as_ref()
            .and_then(|src| self.expr(src, &format!("{pointer}/visibleWhen"), scope, Type::Bool));
        let min_date = raw
            .min_date
            .as_ref()
            .and_then(|src| self.expr(src, &format!("{pointer}/minDate"), scope, Type::Date));
        let max_date = raw
            .max_date
            .as_ref()
            .and_then(|src| self.expr(src, &format!("{pointer}/maxDate"), scope, Type::Date));
        if let (Some(a), Some(b)) = (&min_date, &max_date)
            && let (Expr::Date(a), Expr::Date(b)) = (&a.expr, &b.expr)
            && a > b
        {
            self.diags.push(
                Diagnostic::error("invalid-range", format!("{pointer}/minDate"))
                    .arg("min", a.to_string())
                    .arg("max", b.to_string()),
            );
        }
        if let Some(f) = self.fields.get_mut(flat) {
            f.required = required;
            f.visible_when = visible.as_ref().map(|c| c.expr.clone());
            f.min_date = min_date.map(|c| c.expr);
            f.max_date = max_date.map(|c| c.expr);
        }
        self.vis_reads
            .push((flat, visible.map(|c| c.reads).unwrap_or_default()));

        if let Some(g) = self.fields.get(flat).and_then(|f| f.group) {
            let rules = self.rules(&raw.rules, &format!("{pointer}/rules"), Some(g));
            if let Some(gi) = self.groups.get_mut(g) {
                gi.rules = rules;
            }
        }
    }

    fn rules(&mut self, raw: &[RawRule], pointer: &str, scope: Option<usize>) -> Vec<Rule> {
        let mut out = Vec::new();
        let mut ids = BTreeSet::new();
        if raw.len() > MAX_RULES {
            self.diags.push(
                Diagnostic::error("limit-exceeded", pointer)
                    .arg("what", "rules")
                    .arg("max", MAX_RULES),
            );
            return out;
        }
        for (i, r) in raw.iter().enumerate() {
            let p = format!("{pointer}/{i}");
            if !is_slug(&r.id) {
                self.diags.push(
                    Diagnostic::error("invalid-id", format!("{p}/id")).arg("id", r.id.as_str()),
                );
            }
            if !ids.insert(r.id.as_str()) {
                self.diags.push(
                    Diagnostic::error("duplicate-id", format!("{p}/id"))
                        .arg("id", r.id.as_str())
                        .arg("first", pointer),
                );
            }
            self.message(&r.message, &format!("{p}/message"));
            let when = r
                .when
                .as_ref()
                .map(|src| self.expr(src, &format!("{p}/when"), scope, Type::Bool));
            let assert = self.expr(&r.assert, &format!("{p}/assert"), scope, Type::Bool);
            let mut reads: Vec<usize> =
                assert.as_ref().map(|c| c.reads.clone()).unwrap_or_default();
            if let Some(Some(w)) = &when {
                reads.extend(&w.reads);
            }
            let mut fields = Vec::new();
            if r.fields.is_empty() {
                self.diags.push(
                    Diagnostic::error("rule-no-fields", format!("{p}/fields"))
                        .arg("id", r.id.as_str()),
                );
            }
            for (j, name) in r.fields.iter().enumerate() {
                match self.lookup(name, scope) {
                    Lookup::Found(info) => {
                        if assert.is_some() && !reads.contains(&info.field) {
                            self.diags.push(
                                Diagnostic::warning(
                                    "rule-field-not-used",
                                    format!("{p}/fields/{j}"),
                                )
                                .arg("name", name.as_str()),
                            );
                        }
                        fields.push(info.field);
                    }
                    _ => self.diags.push(
                        Diagnostic::error("rule-unknown-field", format!("{p}/fields/{j}"))
                            .arg("name", name.as_str()),
                    ),
                }
            }
            // A rule that demands `present(x)` for a field that can be hidden would blame
            // people for a field they were never shown, unless the rule names that field
            // (a rule is skipped while one of its fields is hidden).
            if let Some(a) = &assert {
                for &f in &a.presence {
                    if let Some(fd) = self.fields.get(f)
                        && fd.conditional
                        && !fields.contains(&f)
                    {
                        self.diags.push(
                            Diagnostic::warning("requires-hidden-field", format!("{p}/assert"))
                                .arg("name", fd.id.as_str()),
                        );
                    }
                }
            }
            let when = match when {
                None => Some(None),
                Some(Some(c)) => Some(Some(c.expr)),
                Some(None) => None,
            };
            if let (Some(assert), Some(when)) = (assert, when) {
                out.push(Rule {
                    id: r.id.clone(),
                    when,
                    assert: assert.expr,
                    fields,
                    message: r.message.clone(),
                });
            }
        }
        out
    }
}

impl Compiler {
    fn new() -> Compiler {
        Compiler {
            diags: Vec::new(),
            messages: BTreeMap::new(),
            fields: Vec::new(),
            pending: Vec::new(),
            by_id: HashMap::new(),
            groups: Vec::new(),
            top: Vec::new(),
            vis_reads: Vec::new(),
        }
    }
}

fn type_name(k: FieldType) -> &'static str {
    match k {
        FieldType::Text => "text",
        FieldType::Textarea => "textarea",
        FieldType::Email => "email",
        FieldType::Tel => "tel",
        FieldType::Integer => "integer",
        FieldType::Decimal => "decimal",
        FieldType::Date => "date",
        FieldType::PartialDate => "partial-date",
        FieldType::Choice => "choice",
        FieldType::MultiChoice => "multi-choice",
        FieldType::Consent => "consent",
        FieldType::Group => "group",
    }
}

fn placeholder() -> FieldDef {
    FieldDef {
        id: String::new(),
        kind: FieldType::Text,
        label: String::new(),
        hint: None,
        page: 0,
        parent: None,
        slot: Slot::Top(usize::MAX),
        required: Required::No,
        visible_when: None,
        autocomplete: None,
        min_length: None,
        max_length: None,
        pattern: None,
        min: None,
        max: None,
        min_date: None,
        max_date: None,
        options: Vec::new(),
        option_index: Vec::new(),
        widget: None,
        min_items: None,
        max_items: None,
        item_label: None,
        group: None,
        messages: BTreeMap::new(),
        conditional: false,
    }
}

fn placeholder_raw() -> RawField {
    RawField {
        id: String::new(),
        kind: FieldType::Text,
        label: String::new(),
        hint: None,
        required: None,
        visible_when: None,
        autocomplete: None,
        min_length: None,
        max_length: None,
        pattern: None,
        min: None,
        max: None,
        min_date: None,
        max_date: None,
        options: None,
        code_list: None,
        widget: None,
        fields: None,
        min_items: None,
        max_items: None,
        item_label: None,
        rules: Vec::new(),
        messages: BTreeMap::new(),
    }
}

/// Compiles a schema given as JSON text.
pub fn compile(source: &str) -> Compiled {
    if source.len() > MAX_SCHEMA_BYTES {
        return Compiled {
            form: None,
            diagnostics: vec![
                Diagnostic::error("limit-exceeded", "")
                    .arg("what", "bytes")
                    .arg("max", MAX_SCHEMA_BYTES),
            ],
        };
    }
    match serde_json::from_str::<Value>(source) {
        Ok(v) => compile_value(&v),
        Err(e) => Compiled {
            form: None,
            diagnostics: vec![
                Diagnostic::error("json-syntax", "")
                    .arg("line", e.line())
                    .arg("column", e.column()),
            ],
        },
    }
}

/// Compiles a schema given as a parsed JSON value.
pub fn compile_value(value: &Value) -> Compiled {
    let mut diagnostics = Vec::new();
    match crate::read::form(value, &mut diagnostics) {
        Some(raw) => compile_raw(&raw),
        None => Compiled {
            form: None,
            diagnostics,
        },
    }
}

/// Compiles an already deserialised schema.
pub fn compile_raw(raw: &RawForm) -> Compiled {
    let mut c = Compiler::new();
    let mut vis = VisState::default();
    if raw.format != FORMAT_VERSION {
        c.diags.push(
            Diagnostic::error("unsupported-format", "/format")
                .arg("found", raw.format)
                .arg("supported", FORMAT_VERSION),
        );
    }
    if !is_slug(&raw.id) {
        c.diags
            .push(Diagnostic::error("invalid-id", "/id").arg("id", raw.id.as_str()));
    }
    let default_locale = match Locale::parse(&raw.default_locale) {
        Ok(l) => l,
        Err(_) => {
            c.diags.push(
                Diagnostic::error("invalid-locale", "/defaultLocale")
                    .arg("value", raw.default_locale.as_str()),
            );
            Locale::fallback()
        }
    };
    c.message(&raw.title, "/title");
    if let Some(d) = &raw.description {
        c.message(d, "/description");
    }
    if raw.pages.is_empty() {
        c.diags.push(Diagnostic::error("no-pages", "/pages"));
    }
    if raw.pages.len() > MAX_PAGES {
        c.diags.push(
            Diagnostic::error("limit-exceeded", "/pages")
                .arg("what", "pages")
                .arg("max", MAX_PAGES),
        );
    }
    for (name, list) in &raw.code_lists {
        if list.values.len() > MAX_OPTIONS {
            c.diags.push(
                Diagnostic::error(
                    "limit-exceeded",
                    format!("/codeLists/{}", escape_pointer(name)),
                )
                .arg("what", "options")
                .arg("max", MAX_OPTIONS),
            );
        }
    }
    let mut page_ids = BTreeSet::new();
    let mut pages = Vec::new();
    for (pi, page) in raw.pages.iter().enumerate().take(MAX_PAGES) {
        let p = format!("/pages/{pi}");
        if !is_slug(&page.id) {
            c.diags.push(
                Diagnostic::error("invalid-id", format!("{p}/id")).arg("id", page.id.as_str()),
            );
        }
        if !page_ids.insert(page.id.as_str()) {
            c.diags.push(
                Diagnostic::error("duplicate-id", format!("{p}/id"))
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
                Diagnostic::warning("empty-page", format!("{p}/fields"))
                    .arg("id", page.id.as_str()),
            );
        }
        let top_before = c.top.len();
        for (fi, f) in page.fields.iter().enumerate() {
            c.declare(f, format!("{p}/fields/{fi}"), pi, None, 0, &raw.code_lists);
        }
        pages.push(Page {
            id: page.id.clone(),
            heading: page.heading.clone(),
            description: page.description.clone(),
            visible_when: None,
            fields: c.top.get(top_before..).unwrap_or_default().to_vec(),
        });
    }
    // Which fields can be hidden (needed before rules are checked).
    for (pi, page) in raw.pages.iter().enumerate().take(MAX_PAGES) {
        let page_conditional = page.visible_when.is_some();
        let fields: Vec<usize> = (0..c.fields.len())
            .filter(|&i| c.fields.get(i).is_some_and(|f| f.page == pi))
            .collect();
        for i in fields {
            let own = c
                .pending
                .get(i)
                .is_some_and(|p| p.raw.visible_when.is_some());
            let parent = c
                .fields
                .get(i)
                .and_then(|f| f.parent)
                .and_then(|p| c.pending.get(p))
                .is_some_and(|p| p.raw.visible_when.is_some());
            if let Some(f) = c.fields.get_mut(i) {
                f.conditional = page_conditional || own || parent;
            }
        }
    }
    for flat in 0..c.fields.len() {
        c.check_field(flat);
    }
    for (pi, page) in raw.pages.iter().enumerate().take(MAX_PAGES) {
        if let Some(src) = &page.visible_when {
            let checked = c.expr(src, &format!("/pages/{pi}/visibleWhen"), None, Type::Bool);
            if let Some(ch) = checked {
                vis.page_reads.push((pi, ch.reads));
                if let Some(pg) = pages.get_mut(pi) {
                    pg.visible_when = Some(ch.expr);
                }
            }
        }
    }
    let rules = c.rules(&raw.rules, "/rules", None);

    // Visibility dependencies: a field depends on what its own condition, its page's
    // condition and its group read, and on its group itself.
    let n = c.fields.len();
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (f, reads) in std::mem::take(&mut c.vis_reads) {
        for r in reads {
            if let Some(e) = edges.get_mut(r) {
                e.push(f);
            }
        }
    }
    for (pi, reads) in &vis.page_reads {
        for (f, def) in c.fields.iter().enumerate() {
            if def.page == *pi {
                for &r in reads {
                    if let Some(e) = edges.get_mut(r) {
                        e.push(f);
                    }
                }
            }
        }
    }
    for (f, def) in c.fields.iter().enumerate() {
        if let Some(p) = def.parent
            && let Some(e) = edges.get_mut(p)
        {
            e.push(f);
        }
    }
    let order = match topo_order(&edges) {
        Ok(order) => order,
        Err(cycle) => {
            let names: Vec<&str> = cycle
                .iter()
                .filter_map(|&i| c.fields.get(i).map(|f| f.id.as_str()))
                .collect();
            let first = cycle
                .first()
                .and_then(|&i| c.pending.get(i))
                .map(|p| format!("{}/visibleWhen", p.pointer))
                .unwrap_or_default();
            c.diags
                .push(Diagnostic::error("visibility-cycle", first).arg("cycle", names.join(" → ")));
            Vec::new()
        }
    };

    let has_errors = c.diags.iter().any(|d| d.severity == Severity::Error);
    let mut diagnostics = c.diags;
    diagnostics.sort_by(|a, b| {
        pointer_key(&a.pointer)
            .cmp(&pointer_key(&b.pointer))
            .then(a.column.cmp(&b.column))
    });
    let index = |ids: &mut dyn Iterator<Item = (String, usize)>| {
        let mut v: Vec<(String, usize)> = ids.collect();
        v.sort();
        v
    };
    let top_index = index(
        &mut c
            .top
            .iter()
            .enumerate()
            .filter_map(|(i, &f)| Some((c.fields.get(f)?.id.clone(), i))),
    );
    let top_ids: Vec<String> = c
        .top
        .iter()
        .filter_map(|&f| c.fields.get(f).map(|d| d.id.clone()))
        .collect();
    for g in &mut c.groups {
        g.item_ids = g
            .items
            .iter()
            .filter_map(|&f| c.fields.get(f).map(|d| d.id.clone()))
            .collect();
        g.item_index = index(
            &mut g
                .items
                .iter()
                .enumerate()
                .filter_map(|(i, &f)| Some((c.fields.get(f)?.id.clone(), i))),
        );
    }
    let form = (!has_errors).then(|| Form {
        id: raw.id.clone(),
        version: raw.version.clone(),
        default_locale,
        title: raw.title.clone(),
        description: raw.description.clone(),
        pages,
        fields: c.fields,
        top: c.top,
        groups: c.groups,
        rules,
        visibility_order: order,
        top_index,
        top_ids,
        message_ids: c.messages,
        by_id: c.by_id,
    });
    Compiled { form, diagnostics }
}

/// Sorts pointers by document position (numeric segments compare as numbers).
fn pointer_key(p: &str) -> Vec<(u64, String)> {
    p.split('/')
        .map(|s| {
            s.parse::<u64>()
                .map_or((u64::MAX, s.to_owned()), |n| (n, String::new()))
        })
        .collect()
}

#[derive(Default)]
struct VisState {
    page_reads: Vec<(usize, Vec<usize>)>,
}

/// Kahn's algorithm, taking the lowest index first so the order is deterministic.
/// On a cycle, returns the fields of one cycle.
fn topo_order(edges: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = edges.len();
    let mut indeg = vec![0usize; n];
    for targets in edges {
        for &t in targets {
            if let Some(d) = indeg.get_mut(t) {
                *d += 1;
            }
        }
    }
    let mut ready: std::collections::BinaryHeap<std::cmp::Reverse<usize>> = (0..n)
        .filter(|&i| indeg.get(i) == Some(&0))
        .map(std::cmp::Reverse)
        .collect();
    let mut order = Vec::with_capacity(n);
    while let Some(std::cmp::Reverse(i)) = ready.pop() {
        order.push(i);
        for &t in edges.get(i).map(Vec::as_slice).unwrap_or_default() {
            if let Some(d) = indeg.get_mut(t) {
                *d -= 1;
                if *d == 0 {
                    ready.push(std::cmp::Reverse(t));
                }
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    // Walk backwards along unresolved edges until a node repeats: that is a cycle.
    let stuck: Vec<bool> = indeg.iter().map(|&d| d > 0).collect();
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (s, targets) in edges.iter().enumerate() {
        for &t in targets {
            if stuck.get(s) == Some(&true)
                && let Some(p) = preds.get_mut(t)
            {
                p.push(s);
            }
        }
    }
    let start = stuck.iter().position(|&s| s).unwrap_or(0);
    let mut seen = vec![usize::MAX; n];
    let mut path = Vec::new();
    let mut cur = start;
    while seen.get(cur) == Some(&usize::MAX) {
        if let Some(s) = seen.get_mut(cur) {
            *s = path.len();
        }
        path.push(cur);
        match preds.get(cur).and_then(|p| p.iter().min()) {
            Some(&p) => cur = p,
            None => break,
        }
    }
    let from = seen.get(cur).copied().unwrap_or(0).min(path.len());
    let mut cycle: Vec<usize> = path.get(from..).unwrap_or_default().to_vec();
    cycle.reverse();
    if let Some(&first) = cycle.first() {
        cycle.push(first);
    }
    Err(cycle)
}
