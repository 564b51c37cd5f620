//! Validating a submission against a compiled [`Form`]: normalisation, visibility,
//! data minimisation, field checks and plausibility rules, in one deterministic pass.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::compile::{FieldDef, Form, HARD_MAX_ITEMS, Required};
use crate::date::{Date, PartialDate};
use crate::diag::{Arg, Args};
use crate::expr::{self, Env, Slot, Val};
use crate::schema::FieldType;
use crate::text;

/// Every issue code a report can contain. Each has a message `error-<code>` in every
/// shipped locale (a test checks this).
pub const ISSUE_CODES: &[&str] = &[
    "required",
    "wrong-type",
    "too-short",
    "too-long",
    "pattern",
    "invalid-email",
    "invalid-tel",
    "invalid-integer",
    "invalid-decimal",
    "too-small",
    "too-large",
    "invalid-date",
    "date-incomplete",
    "date-too-early",
    "date-too-late",
    "invalid-partial-date",
    "invalid-choice",
    "too-few-selected",
    "too-many-selected",
    "too-few-items",
    "too-many-items",
    "not-an-object",
    "plausibility",
];

/// Longest text value looked at, in bytes; longer values are reported as too long
/// without being scanned further.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// What the caller supplies: the engine has no clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context {
    pub today: Date,
}

/// One problem with a submission.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Issue {
    /// Where: `email`, `family[1].member_birth_date`; empty for the whole submission.
    pub path: String,
    /// Stable code, one of [`ISSUE_CODES`].
    pub code: &'static str,
    /// Fluent message id that explains the issue.
    pub message: String,
    /// Message id of the field's label, to be formatted and passed as `$label`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// For `plausibility`: the rule's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// For `plausibility`: every field the rule concerns.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    pub args: Args,
}

/// A value that was not kept, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Dropped {
    pub path: String,
    /// `hidden` (the field is not shown for these answers) or `unknown` (not in the form).
    pub reason: &'static str,
}

/// The verdict on a submission.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub valid: bool,
    pub issues: Vec<Issue>,
    /// The normalised, minimised submission: what a receiver stores.
    pub cleaned: Map<String, Value>,
    pub dropped: Vec<Dropped>,
}

/// Whether a page or field is shown, by page id or field path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VisibleItem {
    pub path: String,
    pub visible: bool,
}

/// Which pages and fields are visible for a set of answers. Fields of group items are
/// listed per existing item (`family[0].name`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Visibility {
    pub pages: Vec<VisibleItem>,
    pub fields: Vec<VisibleItem>,
}

impl Report {
    /// The issues that concern one field path: its own, and those of rules that name it.
    pub fn issues_for<'r>(&'r self, path: &'r str) -> impl Iterator<Item = &'r Issue> + 'r {
        self.issues
            .iter()
            .filter(move |i| i.path == path || i.fields.iter().any(|f| f == path))
    }
}

/// A parsed answer.
#[derive(Clone, Debug, PartialEq)]
enum Answer {
    Text(String),
    Int(i64),
    /// A decimal: its value and its canonical text (`.` as separator, digits as typed).
    Dec(f64, String),
    Date(Date),
    Partial(PartialDate),
    Set(Vec<String>),
    Bool(bool),
}

#[derive(Clone, Debug, PartialEq)]
enum Cell {
    Empty,
    Val(Answer),
    /// Unreadable: what was typed (normalised) is kept for redisplay, with the problem.
    Invalid(Value, &'static str, Args),
    Items(Vec<Vec<Cell>>),
    /// A field of a group item that is hidden for this item.
    Hidden,
}

impl Cell {
    fn has_value(&self) -> bool {
        match self {
            Cell::Empty | Cell::Hidden => false,
            Cell::Items(items) => !items.is_empty(),
            _ => true,
        }
    }
}

struct Scope<'a> {
    top: &'a [Cell],
    item: Option<&'a [Cell]>,
    today: Date,
}

fn val(cell: Option<&Cell>) -> Option<Val<'_>> {
    match cell? {
        Cell::Val(a) => Some(match a {
            Answer::Text(s) => Val::Text(s),
            Answer::Int(i) => Val::Num(*i as f64),
            Answer::Dec(f, _) => Val::Num(*f),
            Answer::Date(d) => Val::Date(*d),
            Answer::Partial(p) => Val::Partial(*p),
            Answer::Set(s) => Val::Set(s),
            Answer::Bool(b) => Val::Bool(*b),
        }),
        _ => None,
    }
}

impl Env for Scope<'_> {
    fn today(&self) -> Date {
        self.today
    }
    fn get(&self, slot: Slot) -> Option<Val<'_>> {
        match slot {
            Slot::Top(i) => val(self.top.get(i)),
            Slot::Item(i) => val(self.item?.get(i)),
        }
    }
    fn items(&self, group: usize) -> usize {
        match self.top.get(group) {
            Some(Cell::Items(v)) => v.len(),
            _ => 0,
        }
    }
    fn with_item(
        &self,
        group: usize,
        index: usize,
        f: &mut dyn FnMut(&dyn Env) -> Option<bool>,
    ) -> Option<bool> {
        let Some(Cell::Items(v)) = self.top.get(group) else {
            return None;
        };
        let scope = Scope {
            top: self.top,
            item: Some(v.get(index)?),
            today: self.today,
        };
        f(&scope)
    }
    fn present(&self, slot: Slot) -> bool {
        let cell = match slot {
            Slot::Top(i) => self.top.get(i),
            Slot::Item(i) => self.item.and_then(|it| it.get(i)),
        };
        matches!(cell, Some(Cell::Val(_)) | Some(Cell::Items(_)))
            && cell.is_some_and(Cell::has_value)
    }
}

fn args<const N: usize>(pairs: [(&str, Arg); N]) -> Args {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

fn invalid(raw: Value, code: &'static str) -> Cell {
    Cell::Invalid(raw, code, Args::new())
}

fn wrong_type(expected: &str) -> Cell {
    Cell::Invalid(
        Value::Null,
        "wrong-type",
        args([("expected", Arg::from(expected))]),
    )
}

/// Reads a text-ish JSON value: strings, and numbers as their text.
fn read_text(raw: &Value, multiline: bool) -> Result<Option<String>, ()> {
    let s = match raw {
        Value::Null => return Ok(None),
        Value::String(s) => text::normalize(s, multiline),
        Value::Number(n) => n.to_string(),
        _ => return Err(()),
    };
    Ok((!s.is_empty()).then_some(s))
}

fn parse_int(s: &str) -> Option<i64> {
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    if digits.is_empty() || digits.len() > 15 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.strip_prefix('+').unwrap_or(s).parse().ok()
}

/// A decimal with `.` or `,` as separator; returns the value and the canonical text.
fn parse_decimal(s: &str) -> Option<(f64, String)> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = match body.split_once(['.', ',']) {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let ok = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_none_or(str::is_empty))
        || !ok(int)
        || !frac.is_none_or(|f| !f.is_empty() && ok(f))
        || body.len() > 30
    {
        return None;
    }
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let mut canon = String::new();
    if neg {
        canon.push('-');
    }
    canon.push_str(int);
    if let Some(f) = frac {
        canon.push('.');
        canon.push_str(f);
    }
    let v: f64 = canon.parse().ok()?;
    if canon == "-0" {
        canon = "0".into();
    }
    v.is_finite().then_some((v, canon))
}

/// Reads one part of a date given as an object (`{"day": "5", "month": "3", "year": "1980"}`).
fn date_part(obj: &Map<String, Value>, key: &str) -> Result<Option<String>, ()> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => {
            let t = text::normalize(s, false);
            Ok((!t.is_empty()).then_some(t))
        }
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(_) => Err(()),
    }
}

fn digits(s: &str, max: usize) -> Option<u32> {
    (!s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn read_date(raw: &Value, partial: bool) -> Cell {
    let bad = if partial {
        "invalid-partial-date"
    } else {
        "invalid-date"
    };
    match raw {
        Value::Null => Cell::Empty,
        Value::String(s) => {
            let t = text::normalize(s, false);
            if t.is_empty() {
                return Cell::Empty;
            }
            if partial {
                match PartialDate::parse_iso(&t) {
                    Ok(p) => Cell::Val(Answer::Partial(p)),
                    Err(_) => invalid(Value::String(t), bad),
                }
            } else {
                match Date::parse_iso(&t) {
                    Ok(d) => Cell::Val(Answer::Date(d)),
                    Err(_) => invalid(Value::String(t), bad),
                }
            }
        }
        Value::Object(obj) => {
            let (Ok(day), Ok(month), Ok(year)) = (
                date_part(obj, "day"),
                date_part(obj, "month"),
                date_part(obj, "year"),
            ) else {
                return wrong_type("date");
            };
            let mut kept = Map::new();
            for (k, v) in [("day", &day), ("month", &month), ("year", &year)] {
                if let Some(v) = v {
                    kept.insert(k.to_owned(), Value::String(v.clone()));
                }
            }
            if obj
                .keys()
                .any(|k| !matches!(k.as_str(), "day" | "month" | "year"))
            {
                return wrong_type("date");
            }
            if day.is_none() && month.is_none() && year.is_none() {
                return Cell::Empty;
            }
            let kept = Value::Object(kept);
            let y = year
                .as_deref()
                .and_then(|y| (y.len() == 4).then(|| digits(y, 4)).flatten());
            let m = month.as_deref().map(|m| digits(m, 2));
            let d = day.as_deref().map(|d| digits(d, 2));
            if partial {
                let (Some(y), Some(m), Some(d)) = (y, m.unwrap_or(Some(0)), d.unwrap_or(Some(0)))
                else {
                    return invalid(kept, bad);
                };
                let m = month.is_some().then_some(m as u8);
                let d = day.is_some().then_some(d as u8);
                return match PartialDate::new(y as i32, m, d) {
                    Ok(p) => Cell::Val(Answer::Partial(p)),
                    Err(_) => invalid(kept, bad),
                };
            }
            let missing: Vec<&str> = [("day", &day), ("month", &month), ("year", &year)]
                .iter()
                .filter(|(_, v)| v.is_none())
                .map(|(k, _)| *k)
                .collect();
            if !missing.is_empty() {
                return Cell::Invalid(
                    kept,
                    "date-incomplete",
                    args([("missing", Arg::from(missing.join("-")))]),
                );
            }
            match (y, m.flatten(), d.flatten()) {
                (Some(y), Some(m), Some(d)) => match Date::new(y as i32, m as u8, d as u8) {
                    Ok(date) => Cell::Val(Answer::Date(date)),
                    Err(_) => invalid(kept, bad),
                },
                _ => invalid(kept, bad),
            }
        }
        _ => wrong_type("date"),
    }
}

/// Reads a raw JSON value as the answer to one (non-group) field.
fn read(def: &FieldDef, raw: &Value) -> Cell {
    use FieldType::*;
    match def.kind {
        Text | Textarea | Email | Tel => {
            let Ok(t) = read_text(raw, def.kind == Textarea) else {
                return wrong_type("text");
            };
            let Some(t) = t else {
                return Cell::Empty;
            };
            if t.len() > MAX_TEXT_BYTES {
                let max = def.max_length.map_or(Arg::from(MAX_TEXT_BYTES), Arg::from);
                return Cell::Invalid(Value::String(t), "too-long", args([("max", max)]));
            }
            match def.kind {
                Email if !text::is_whatwg_email(&t) => invalid(Value::String(t), "invalid-email"),
                Tel if !text::is_plausible_tel(&t) => invalid(Value::String(t), "invalid-tel"),
                _ => Cell::Val(Answer::Text(t)),
            }
        }
        Integer => match raw {
            Value::Number(n) => match n.as_i64().or_else(|| {
                n.as_f64()
                    .filter(|f| f.fract() == 0.0 && f.abs() < 1e15)
                    .map(|f| f as i64)
            }) {
                Some(i) => Cell::Val(Answer::Int(i)),
                None => invalid(raw.clone(), "invalid-integer"),
            },
            _ => match read_text(raw, false) {
                Err(()) => wrong_type("integer"),
                Ok(None) => Cell::Empty,
                Ok(Some(t)) => match parse_int(&t) {
                    Some(i) => Cell::Val(Answer::Int(i)),
                    None => invalid(Value::String(t), "invalid-integer"),
                },
            },
        },
        Decimal => match read_text(raw, false) {
            Err(()) => wrong_type("decimal"),
            Ok(None) => Cell::Empty,
            Ok(Some(t)) => match parse_decimal(&t) {
                Some((v, canon)) => Cell::Val(Answer::Dec(v, canon)),
                None => invalid(Value::String(t), "invalid-decimal"),
            },
        },
        Date => read_date(raw, false),
        PartialDate => read_date(raw, true),
        Choice => match read_text(raw, false) {
            Err(()) => wrong_type("text"),
            Ok(None) => Cell::Empty,
            Ok(Some(t)) => {
                if def.option_position(&t).is_some() {
                    Cell::Val(Answer::Text(t))
                } else {
                    let a = args([("value", Arg::from(t.as_str()))]);
                    Cell::Invalid(Value::String(t), "invalid-choice", a)
                }
            }
        },
        MultiChoice => {
            let items: Vec<&Value> = match raw {
                Value::Null => return Cell::Empty,
                Value::Array(a) => a.iter().collect(),
                Value::String(_) => vec![raw],
                _ => return wrong_type("list"),
            };
            let mut chosen = vec![false; def.options.len()];
            let mut typed = Vec::new();
            for item in items.iter().take(def.options.len() + 1) {
                let Ok(Some(t)) = read_text(item, false) else {
                    if matches!(item, Value::Null)
                        || matches!(item, Value::String(s) if s.trim().is_empty())
                    {
                        continue;
                    }
                    return wrong_type("list");
                };
                match def.option_position(&t) {
                    Some(i) => {
                        if let Some(c) = chosen.get_mut(i) {
                            *c = true;
                        }
                    }
                    None => {
                        let a = args([("value", Arg::from(t.as_str()))]);
                        typed.push(Value::String(t));
                        return Cell::Invalid(Value::Array(typed), "invalid-choice", a);
                    }
                }
                typed.push(Value::String(t));
            }
            let set: Vec<String> = def
                .options
                .iter()
                .zip(&chosen)
                .filter(|(_, c)| **c)
                .map(|(o, _)| o.value.clone())
                .collect();
            if set.is_empty() {
                Cell::Empty
            } else {
                Cell::Val(Answer::Set(set))
            }
        }
        Consent => match raw {
            Value::Bool(true) => Cell::Val(Answer::Bool(true)),
            Value::Bool(false) | Value::Null => Cell::Empty,
            Value::String(s) => match s.trim() {
                "true" | "on" | "yes" => Cell::Val(Answer::Bool(true)),
                "" | "false" | "off" | "no" => Cell::Empty,
                _ => wrong_type("boolean"),
            },
            _ => wrong_type("boolean"),
        },
        Group => wrong_type("list"),
    }
}

fn answer_json(a: &Answer) -> Value {
    match a {
        Answer::Text(s) => Value::String(s.clone()),
        Answer::Int(i) => Value::from(*i),
        Answer::Dec(_, canon) => Value::String(canon.clone()),
        Answer::Date(d) => Value::String(d.to_string()),
        Answer::Partial(p) => Value::String(p.to_string()),
        Answer::Set(s) => Value::Array(s.iter().cloned().map(Value::String).collect()),
        Answer::Bool(b) => Value::Bool(*b),
    }
}

fn answer_arg(a: &Answer) -> Arg {
    match a {
        Answer::Int(i) => Arg::Num(*i as f64),
        Answer::Dec(f, _) => Arg::Num(*f),
        other => match answer_json(other) {
            Value::String(s) => Arg::Str(s),
            Value::Array(v) => Arg::Str(
                v.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            v => Arg::Str(v.to_string()),
        },
    }
}

/// Sort key: position of the top-level field, item index + 1 (0 outside items), flat
/// index of the field, then field issues before rule issues.
type Key = (usize, usize, usize, usize);

struct Run<'f> {
    form: &'f Form,
    /// Visibility of each top-level field (item fields that are hidden hold `Cell::Hidden`).
    top_visible: Vec<bool>,
    /// Stop at the first issue and build nothing else (the `is_valid` path).
    fast: bool,
    issues: Vec<(Key, Issue)>,
    dropped: Vec<Dropped>,
}

fn item_path(form: &Form, def: &FieldDef, item: Option<usize>) -> String {
    match (def.parent.and_then(|p| form.fields.get(p)), item) {
        (Some(g), Some(i)) => format!("{}[{i}].{}", g.id, def.id),
        _ => def.id.clone(),
    }
}

impl Run<'_> {
    fn done(&self) -> bool {
        self.fast && !self.issues.is_empty()
    }

    fn field_issue(
        &mut self,
        key: Key,
        def: &FieldDef,
        item: Option<usize>,
        code: &'static str,
        args: Args,
    ) {
        if self.fast {
            if self.issues.is_empty() {
                self.issues.push((
                    key,
                    Issue {
                        path: String::new(),
                        code,
                        message: String::new(),
                        label: None,
                        rule: None,
                        fields: Vec::new(),
                        args,
                    },
                ));
            }
            return;
        }
        let path = item_path(self.form, def, item);
        self.issues.push((
            key,
            Issue {
                path,
                code,
                message: def.message_for(code),
                label: Some(def.label.clone()),
                rule: None,
                fields: Vec::new(),
                args,
            },
        ));
    }

    /// Checks a visible field's answer (or its absence).
    fn check(
        &mut self,
        key: Key,
        def: &FieldDef,
        item: Option<usize>,
        cell: &Cell,
        scope: &Scope<'_>,
    ) {
        match cell {
            Cell::Invalid(_, code, a) => {
                self.field_issue(key, def, item, code, a.clone());
                return;
            }
            Cell::Empty | Cell::Items(_) if def.kind != FieldType::Group || !cell.has_value() => {
                let required = match &def.required {
                    Required::No => false,
                    Required::Yes => true,
                    Required::When(e) => expr::eval_bool(e, scope) == Some(true),
                };
                if required {
                    self.field_issue(key, def, item, "required", Args::new());
                    return;
                }
                if def.kind != FieldType::Group {
                    return;
                }
            }
            _ => {}
        }
        match (def.kind, cell) {
            (FieldType::Group, _) => {
                let n = match cell {
                    Cell::Items(v) => v.len(),
                    _ => 0,
                };
                if let Some(min) = def.min_items
                    && (n as u64) < u64::from(min)
                {
                    self.field_issue(
                        key,
                        def,
                        item,
                        "too-few-items",
                        args([("min", Arg::from(min)), ("count", Arg::from(n))]),
                    );
                }
                let max = def.max_items.unwrap_or(HARD_MAX_ITEMS).min(HARD_MAX_ITEMS);
                if n as u64 > u64::from(max) {
                    self.field_issue(
                        key,
                        def,
                        item,
                        "too-many-items",
                        args([("max", Arg::from(max)), ("count", Arg::from(n))]),
                    );
                }
            }
            (_, Cell::Val(Answer::Text(t))) => {
                // A text has at most as many graphemes as bytes and, when it is not empty,
                // at least one: count only when a limit could be crossed.
                let need_count = def.min_length.is_some_and(|m| m > 1)
                    || def.max_length.is_some_and(|m| t.len() > m as usize);
                if need_count {
                    let len = text::grapheme_len(t);
                    if let Some(min) = def.min_length
                        && len < min as usize
                    {
                        self.field_issue(
                            key,
                            def,
                            item,
                            "too-short",
                            args([("min", Arg::from(min)), ("count", Arg::from(len))]),
                        );
                        return;
                    }
                    if let Some(max) = def.max_length
                        && len > max as usize
                    {
                        self.field_issue(
                            key,
                            def,
                            item,
                            "too-long",
                            args([("max", Arg::from(max)), ("count", Arg::from(len))]),
                        );
                        return;
                    }
                }
                if let Some(re) = &def.pattern
                    && !re.is_match(t)
                {
                    self.field_issue(key, def, item, "pattern", Args::new());
                }
            }
            (_, Cell::Val(a @ (Answer::Int(_) | Answer::Dec(..)))) => {
                let v = match a {
                    Answer::Int(i) => *i as f64,
                    Answer::Dec(f, _) => *f,
                    _ => 0.0,
                };
                if let Some(min) = def.min
                    && v < min
                {
                    self.field_issue(key, def, item, "too-small", args([("min", Arg::from(min))]));
                } else if let Some(max) = def.max
                    && v > max
                {
                    self.field_issue(key, def, item, "too-large", args([("max", Arg::from(max))]));
                }
            }
            (_, Cell::Val(a @ (Answer::Date(_) | Answer::Partial(_)))) => {
                let (earliest, latest) = match a {
                    Answer::Date(d) => (*d, *d),
                    Answer::Partial(p) => (p.earliest(), p.latest()),
                    _ => return,
                };
                if let Some(min) = def
                    .min_date
                    .as_ref()
                    .and_then(|e| expr::eval_date(e, scope))
                    && latest < min
                {
                    self.field_issue(
                        key,
                        def,
                        item,
                        "date-too-early",
                        args([("min", Arg::from(min.to_string()))]),
                    );
                } else if let Some(max) = def
                    .max_date
                    .as_ref()
                    .and_then(|e| expr::eval_date(e, scope))
                    && earliest > max
                {
                    self.field_issue(
                        key,
                        def,
                        item,
                        "date-too-late",
                        args([("max", Arg::from(max.to_string()))]),
                    );
                }
            }
            (_, Cell::Val(Answer::Set(s))) => {
                if let Some(min) = def.min_items
                    && s.len() < min as usize
                {
                    self.field_issue(
                        key,
                        def,
                        item,
                        "too-few-selected",
                        args([("min", Arg::from(min)), ("count", Arg::from(s.len()))]),
                    );
                } else if let Some(max) = def.max_items
                    && s.len() > max as usize
                {
                    self.field_issue(
                        key,
                        def,
                        item,
                        "too-many-selected",
                        args([("max", Arg::from(max)), ("count", Arg::from(s.len()))]),
                    );
                }
            }
            _ => {}
        }
    }

    /// Evaluates rules; `top_key` is the group's position for item rules, `None` for
    /// top-level rules (placed at their first field).
    fn rules(
        &mut self,
        rules: &[crate::compile::Rule],
        scope: &Scope<'_>,
        top_key: Option<usize>,
        item: Option<usize>,
    ) {
        for (ri, rule) in rules.iter().enumerate() {
            if self.done() {
                return;
            }
            if let Some(w) = &rule.when
                && expr::eval_bool(w, scope) != Some(true)
            {
                continue;
            }
            if expr::eval_bool(&rule.assert, scope) != Some(false) {
                continue;
            }
            let Some(&first) = rule.fields.first() else {
                continue;
            };
            // One problem at a time: a rule says nothing about a field that already has an
            // issue of its own (its value was unreadable, out of range, ...).
            let flagged = rule.fields.iter().any(|&f| {
                let in_item = self.form.fields.get(f).is_some_and(|d| d.parent.is_some());
                let want = if in_item {
                    item.map_or(0, |i| i + 1)
                } else {
                    0
                };
                self.issues
                    .iter()
                    .any(|(k, _)| k.2 == f && k.1 == want && k.3 == 0)
            });
            // A rule is skipped while one of the fields it concerns is hidden: its message
            // would point at something the person cannot see.
            let hidden =
                rule.fields
                    .iter()
                    .any(|&f| match self.form.fields.get(f).map(|d| d.slot) {
                        Some(Slot::Top(i)) => self.top_visible.get(i) == Some(&false),
                        Some(Slot::Item(i)) => {
                            scope.item.and_then(|it| it.get(i)) == Some(&Cell::Hidden)
                        }
                        None => false,
                    });
            if flagged || hidden {
                continue;
            }
            let top = top_key.unwrap_or_else(|| {
                self.form
                    .fields
                    .get(first)
                    .and_then(|d| d.parent)
                    .unwrap_or(first)
            });
            let key = (top, item.map_or(0, |i| i + 1), first, 1 + ri);
            if self.fast {
                self.issues.push((
                    key,
                    Issue {
                        path: String::new(),
                        code: "plausibility",
                        message: String::new(),
                        label: None,
                        rule: None,
                        fields: Vec::new(),
                        args: Args::new(),
                    },
                ));
                return;
            }
            let mut a = Args::new();
            let mut paths = Vec::new();
            for &f in &rule.fields {
                let Some(def) = self.form.fields.get(f) else {
                    continue;
                };
                let cell = match def.slot {
                    Slot::Top(i) => scope.top.get(i),
                    Slot::Item(i) => scope.item.and_then(|it| it.get(i)),
                };
                if let Some(Cell::Val(ans)) = cell {
                    a.insert(def.id.clone(), answer_arg(ans));
                }
                let in_item = if def.parent.is_some() { item } else { None };
                paths.push(item_path(self.form, def, in_item));
            }
            let path = paths.first().cloned().unwrap_or_default();
            self.issues.push((
                key,
                Issue {
                    path,
                    code: "plausibility",
                    message: rule.message.clone(),
                    label: None,
                    rule: Some(rule.id.clone()),
                    fields: paths,
                    args: a,
                },
            ));
        }
    }
}

impl Form {
    /// Validates a submission: every issue, the cleaned submission, and what was dropped.
    pub fn validate(&self, data: &Value, ctx: &Context) -> Report {
        self.run(data, ctx, false, None)
    }

    /// Validates and also says which pages and fields are visible for these answers
    /// (for renderers that show and hide fields live).
    pub fn evaluate(&self, data: &Value, ctx: &Context) -> (Report, Visibility) {
        let mut vis = Visibility::default();
        let report = self.run(data, ctx, false, Some(&mut vis));
        (report, vis)
    }

    /// The fast yes/no path: the same rules, stopping at the first issue.
    pub fn is_valid(&self, data: &Value, ctx: &Context) -> bool {
        self.run(data, ctx, true, None).valid
    }

    fn run(&self, data: &Value, ctx: &Context, fast: bool, vis: Option<&mut Visibility>) -> Report {
        let mut run = Run {
            form: self,
            top_visible: Vec::new(),
            fast,
            issues: Vec::new(),
            dropped: Vec::new(),
        };
        let empty = Map::new();
        let obj = match data {
            Value::Object(o) => o,
            _ => {
                run.issues.push((
                    (0, 0, 0, 0),
                    Issue {
                        path: String::new(),
                        code: "not-an-object",
                        message: "error-not-an-object".into(),
                        label: None,
                        rule: None,
                        fields: Vec::new(),
                        args: Args::new(),
                    },
                ));
                &empty
            }
        };

        // 1. Read every answer. Keys are matched to fields in one pass over the object.
        let mut group_shape: Vec<(usize, Option<usize>)> = Vec::new();
        let mut cells: Vec<Cell> = Vec::with_capacity(self.top.len());
        let mut unknown = Vec::new();
        let raws = spread(obj, &self.top_index, &self.top_ids, &mut unknown);
        if !fast {
            run.dropped.extend(unknown.drain(..).map(|k| Dropped {
                path: k.to_owned(),
                reason: "unknown",
            }));
        }
        for (&flat, raw) in self.top.iter().zip(&raws) {
            let Some(def) = self.fields.get(flat) else {
                continue;
            };
            let raw = raw.unwrap_or(&Value::Null);
            let cell = match (def.kind, def.group.and_then(|g| self.groups.get(g))) {
                (FieldType::Group, Some(g)) => match raw {
                    Value::Null => Cell::Items(Vec::new()),
                    Value::Array(items) => {
                        let limit = (HARD_MAX_ITEMS as usize) + 1;
                        let mut out = Vec::with_capacity(items.len().min(limit));
                        for (i, item) in items.iter().take(limit).enumerate() {
                            let item_obj = match item {
                                Value::Object(o) => o,
                                _ => {
                                    group_shape.push((flat, Some(i)));
                                    &empty
                                }
                            };
                            let item_raws =
                                spread(item_obj, &g.item_index, &g.item_ids, &mut unknown);
                            if !fast {
                                run.dropped.extend(unknown.drain(..).map(|k| Dropped {
                                    path: format!("{}[{i}].{k}", def.id),
                                    reason: "unknown",
                                }));
                            }
                            let row = g
                                .items
                                .iter()
                                .zip(&item_raws)
                                .filter_map(|(&f, v)| {
                                    Some(read(self.fields.get(f)?, v.unwrap_or(&Value::Null)))
                                })
                                .collect();
                            out.push(row);
                        }
                        Cell::Items(out)
                    }
                    _ => {
                        group_shape.push((flat, None));
                        Cell::Items(Vec::new())
                    }
                },
                _ => read(def, raw),
            };
            cells.push(cell);
        }

        // 2. Visibility, in dependency order; hidden answers are removed before anything
        //    that depends on them is evaluated.
        let mut page_visible: Vec<Option<bool>> = vec![None; self.pages.len()];
        let mut top_visible = vec![true; self.top.len()];
        for &flat in &self.visibility_order {
            let Some(def) = self.fields.get(flat) else {
                continue;
            };
            match def.slot {
                Slot::Top(i) => {
                    let page = match page_visible.get(def.page).copied().flatten() {
                        Some(v) => v,
                        None => {
                            let scope = Scope {
                                top: &cells,
                                item: None,
                                today: ctx.today,
                            };
                            let v = self
                                .pages
                                .get(def.page)
                                .and_then(|p| p.visible_when.as_ref())
                                .is_none_or(|e| expr::eval_bool(e, &scope) == Some(true));
                            if let Some(slot) = page_visible.get_mut(def.page) {
                                *slot = Some(v);
                            }
                            v
                        }
                    };
                    let visible = page && {
                        let scope = Scope {
                            top: &cells,
                            item: None,
                            today: ctx.today,
                        };
                        def.visible_when
                            .as_ref()
                            .is_none_or(|e| expr::eval_bool(e, &scope) == Some(true))
                    };
                    if !visible {
                        if let Some(v) = top_visible.get_mut(i) {
                            *v = false;
                        }
                        if let Some(c) = cells.get_mut(i) {
                            if c.has_value() || matches!(c, Cell::Invalid(..)) {
                                run.dropped.push(Dropped {
                                    path: def.id.clone(),
                                    reason: "hidden",
                                });
                            }
                            *c = if def.kind == FieldType::Group {
                                Cell::Items(Vec::new())
                            } else {
                                Cell::Empty
                            };
                        }
                    }
                }
                Slot::Item(j) => {
                    let Some(cond) = &def.visible_when else {
                        continue;
                    };
                    let Some(Slot::Top(g)) =
                        def.parent.and_then(|p| self.fields.get(p)).map(|p| p.slot)
                    else {
                        continue;
                    };
                    let n = match cells.get(g) {
                        Some(Cell::Items(v)) => v.len(),
                        _ => 0,
                    };
                    for i in 0..n {
                        let visible = {
                            let Some(Cell::Items(rows)) = cells.get(g) else {
                                break;
                            };
                            let scope = Scope {
                                top: &cells,
                                item: rows.get(i).map(Vec::as_slice),
                                today: ctx.today,
                            };
                            expr::eval_bool(cond, &scope) == Some(true)
                        };
                        if !visible
                            && let Some(Cell::Items(rows)) = cells.get_mut(g)
                            && let Some(c) = rows.get_mut(i).and_then(|r| r.get_mut(j))
                        {
                            if c.has_value() || matches!(c, Cell::Invalid(..)) {
                                run.dropped.push(Dropped {
                                    path: item_path(self, def, Some(i)),
                                    reason: "hidden",
                                });
                            }
                            *c = Cell::Hidden;
                        }
                    }
                }
            }
        }
        if !fast {
            run.dropped.sort_by(|a, b| a.path.cmp(&b.path));
        }

        // 3. Field checks and rules, in document order.
        run.top_visible.clone_from(&top_visible);
        let scope = Scope {
            top: &cells,
            item: None,
            today: ctx.today,
        };
        for &(gflat, item) in &group_shape {
            if let (Some(def), Some(Slot::Top(i))) = (
                self.fields.get(gflat),
                self.fields.get(gflat).map(|d| d.slot),
            ) && top_visible.get(i) == Some(&true)
            {
                let key = (gflat, item.map_or(0, |x| x + 1), gflat, 0);
                let mut issue_def = def.clone();
                issue_def.parent = None;
                run.field_issue(
                    key,
                    &issue_def,
                    None,
                    "wrong-type",
                    args([(
                        "expected",
                        Arg::from(if item.is_some() { "object" } else { "list" }),
                    )]),
                );
                if let (Some(x), Some(last)) = (item, run.issues.last_mut()) {
                    last.1.path = format!("{}[{x}]", def.id);
                }
            }
        }
        for (i, &flat) in self.top.iter().enumerate() {
            if run.done() {
                break;
            }
            if top_visible.get(i) != Some(&true) {
                continue;
            }
            let (Some(def), Some(cell)) = (self.fields.get(flat), cells.get(i)) else {
                continue;
            };
            run.check((flat, 0, flat, 0), def, None, cell, &scope);
            if let (Some(g), Cell::Items(rows)) = (def.group.and_then(|g| self.groups.get(g)), cell)
            {
                for (n, row) in rows.iter().enumerate() {
                    let item_scope = Scope {
                        top: &cells,
                        item: Some(row),
                        today: ctx.today,
                    };
                    for (j, &f) in g.items.iter().enumerate() {
                        let (Some(idef), Some(c)) = (self.fields.get(f), row.get(j)) else {
                            continue;
                        };
                        if *c == Cell::Hidden {
                            continue;
                        }
                        run.check((flat, n + 1, f, 0), idef, Some(n), c, &item_scope);
                    }
                    run.rules(&g.rules, &item_scope, Some(flat), Some(n));
                }
            }
        }
        if !run.done() {
            run.rules(&self.rules, &scope, None, None);
        }

        if let Some(vis) = vis {
            for (pi, page) in self.pages.iter().enumerate() {
                // A page whose fields were never reached in the visibility pass (no fields)
                // is visible unless its own condition says otherwise.
                let visible = match page_visible.get(pi).copied().flatten() {
                    Some(v) => v,
                    None => page
                        .visible_when
                        .as_ref()
                        .is_none_or(|e| expr::eval_bool(e, &scope) == Some(true)),
                };
                vis.pages.push(VisibleItem {
                    path: page.id.clone(),
                    visible,
                });
            }
            for (i, &flat) in self.top.iter().enumerate() {
                let Some(def) = self.fields.get(flat) else {
                    continue;
                };
                let visible = top_visible.get(i) == Some(&true);
                vis.fields.push(VisibleItem {
                    path: def.id.clone(),
                    visible,
                });
                if let (Some(g), Some(Cell::Items(rows))) =
                    (def.group.and_then(|g| self.groups.get(g)), cells.get(i))
                {
                    for (n, row) in rows.iter().enumerate() {
                        for (&f, c) in g.items.iter().zip(row) {
                            if let Some(idef) = self.fields.get(f) {
                                vis.fields.push(VisibleItem {
                                    path: item_path(self, idef, Some(n)),
                                    visible: visible && *c != Cell::Hidden,
                                });
                            }
                        }
                    }
                }
            }
        }
        if fast {
            return Report {
                valid: run.issues.is_empty(),
                issues: Vec::new(),
                cleaned: Map::new(),
                dropped: Vec::new(),
            };
        }

        // 4. The cleaned submission, in schema order.
        let mut cleaned = Map::with_capacity(self.top.len());
        for (i, &flat) in self.top.iter().enumerate() {
            let (Some(def), Some(cell)) = (self.fields.get(flat), cells.get_mut(i)) else {
                continue;
            };
            if top_visible.get(i) != Some(&true) {
                continue;
            }
            if let Some(v) = cell_json(self, def, std::mem::replace(cell, Cell::Empty)) {
                cleaned.insert(def.id.clone(), v);
            }
        }
        let mut issues = run.issues;
        issues.sort_by_key(|(k, _)| *k);
        let issues: Vec<Issue> = issues.into_iter().map(|(_, i)| i).collect();
        Report {
            valid: issues.is_empty(),
            issues,
            cleaned,
            dropped: run.dropped,
        }
    }
}

/// Places the values of `obj` by field position, using a sorted (id, position) index;
/// keys that are no field are collected in `unknown`.
///
/// Submissions usually list fields in form order, so `order` (the ids in form order) is
/// tried first, from just after the previous match; the index is the fallback.
fn spread<'v>(
    obj: &'v Map<String, Value>,
    index: &[(String, usize)],
    order: &[String],
    unknown: &mut Vec<&'v str>,
) -> Vec<Option<&'v Value>> {
    let mut out = vec![None; order.len()];
    let mut cursor = 0;
    for (k, v) in obj {
        let ahead = order
            .get(cursor..)
            .unwrap_or_default()
            .iter()
            .take(4)
            .position(|id| id == k);
        if let Some(step) = ahead {
            cursor += step;
            if let Some(slot) = out.get_mut(cursor) {
                *slot = Some(v);
            }
            cursor += 1;
            continue;
        }
        match index
            .binary_search_by(|(id, _)| id.as_str().cmp(k))
            .ok()
            .and_then(|i| index.get(i))
        {
            Some(&(_, pos)) => {
                if let Some(slot) = out.get_mut(pos) {
                    *slot = Some(v);
                }
            }
            None => unknown.push(k),
        }
    }
    out
}

fn cell_json(form: &Form, def: &FieldDef, cell: Cell) -> Option<Value> {
    match cell {
        Cell::Empty | Cell::Hidden => None,
        Cell::Val(a) => Some(answer_into_json(a)),
        Cell::Invalid(raw, ..) => (!raw.is_null()).then_some(raw),
        Cell::Items(rows) => {
            if rows.is_empty() {
                return None;
            }
            let g = def.group.and_then(|g| form.groups.get(g))?;
            let items = rows
                .into_iter()
                .map(|row| {
                    let mut m = Map::with_capacity(g.items.len());
                    for (&f, c) in g.items.iter().zip(row) {
                        if let Some(idef) = form.fields.get(f)
                            && let Some(v) = cell_json(form, idef, c)
                        {
                            m.insert(idef.id.clone(), v);
                        }
                    }
                    Value::Object(m)
                })
                .collect();
            Some(Value::Array(items))
        }
    }
}

fn answer_into_json(a: Answer) -> Value {
    match a {
        Answer::Text(s) | Answer::Dec(_, s) => Value::String(s),
        Answer::Set(s) => Value::Array(s.into_iter().map(Value::String).collect()),
        other => answer_json(&other),
    }
}
