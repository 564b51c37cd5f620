//! Pieces several types share: reading text, length and pattern rules, number ranges,
//! date ranges and date reading, options. Each type module composes these; none of them
//! knows which type uses it.

use std::borrow::Cow;
use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::Problem;
use super::props::Props;
use crate::bytes::record;
use crate::charset::Charset;
use crate::codes::{DiagCode, IssueCode};
use crate::date::{Date, PartialDate};
use crate::diag::{Arg, Diagnostic};
use crate::expr::{self, Env, Expr, Type};
use crate::model::answer::{Answer, Cell, args};
use crate::model::{ChoiceOption, Options};
use crate::pattern::{MAX_PATTERN_LEN, Pattern};
use crate::text;

/// Longest text value looked at, in bytes; longer values are reported as too long
/// without being scanned further.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// Most options a choice may have.
pub const MAX_OPTIONS: usize = 1_000;

/// Reads a text-ish JSON value: strings (normalised), and numbers as their text.
/// `Ok(None)` for nothing given, `Err` for another kind of JSON value.
pub fn read_text(raw: &Value, multiline: bool) -> Result<Option<Cow<'_, str>>, ()> {
    let s = match raw {
        Value::Null => return Ok(None),
        Value::String(s) => text::normalize(s, multiline),
        Value::Number(n) => Cow::Owned(n.to_string()),
        _ => return Err(()),
    };
    Ok((!s.is_empty()).then_some(s))
}

/// Reads a number, a date part or another answer made of digits: as [`read_text`], with
/// the digits of every script as ASCII digits (Arabic and Persian keyboards type ٣ and ۳).
pub fn read_digits(raw: &Value) -> Result<Option<Cow<'_, str>>, ()> {
    Ok(read_text(raw, false)?.map(text::ascii_digits_cow))
}

/// Length and pattern rules of the text-like types.
#[derive(Clone, Debug, Default)]
pub struct TextRules {
    pub min_length: Option<u32>,
    pub max_length: Option<u32>,
    pub pattern: Option<Pattern>,
    /// A character set of DIN 91379 the whole value must keep to.
    pub characters: Option<Charset>,
}

record!(TextRules {
    min_length,
    max_length,
    pattern,
    characters
});

impl TextRules {
    pub(crate) fn compile(p: &mut Props<'_>) -> TextRules {
        let (min_length, max_length) = (p.count("minLength"), p.count("maxLength"));
        if let (Some(a), Some(b)) = (min_length, max_length)
            && a > b
        {
            p.report(
                Diagnostic::error(DiagCode::InvalidRange, p.at("minLength"))
                    .arg("min", a)
                    .arg("max", b),
            );
        }
        let mut pattern = None;
        if let Some(src) = p.text("pattern") {
            if src.len() > MAX_PATTERN_LEN {
                p.report(
                    Diagnostic::error(DiagCode::LimitExceeded, p.at("pattern"))
                        .arg("what", "pattern")
                        .arg("max", MAX_PATTERN_LEN),
                );
            } else {
                match Pattern::new(src) {
                    Ok(re) => pattern = Some(re),
                    Err(problem) => p.report(
                        Diagnostic::error(DiagCode::InvalidPattern, p.at("pattern"))
                            .arg("problem", problem),
                    ),
                }
            }
        }
        TextRules {
            min_length,
            max_length,
            pattern,
            characters: p.text("characters").and_then(Charset::parse),
        }
    }

    /// Reads a text answer (normalised), refusing values too long to look at. Where a
    /// pattern is expected, the digits of every script become ASCII digits.
    pub(crate) fn read<'v>(
        &self,
        raw: &'v Value,
        multiline: bool,
    ) -> Result<Option<Cow<'v, str>>, Cell<'v>> {
        let Ok(mut t) = read_text(raw, multiline) else {
            return Err(Cell::wrong_type("text"));
        };
        if self.pattern.is_some() {
            t = t.map(text::ascii_digits_cow);
        }
        match t {
            Some(t) if t.len() > MAX_TEXT_BYTES => {
                let max = self.max_length.map_or(Arg::from(MAX_TEXT_BYTES), Arg::from);
                Err(Cell::Invalid(
                    Value::String(t.into_owned()),
                    IssueCode::TooLong,
                    args([("max", max)]),
                ))
            }
            t => Ok(t),
        }
    }

    pub(crate) fn check(&self, t: &str) -> Option<Problem> {
        // A text has at most as many graphemes as bytes and, when it is not empty, at
        // least one: count only when a limit could be crossed.
        let need_count = self.min_length.is_some_and(|m| m > 1)
            || self.max_length.is_some_and(|m| t.len() > m as usize);
        if need_count {
            let len = text::grapheme_len(t);
            if let Some(min) = self.min_length
                && len < min as usize
            {
                return Some((
                    IssueCode::TooShort,
                    args([("min", Arg::from(min)), ("count", Arg::from(len))]),
                ));
            }
            if let Some(max) = self.max_length
                && len > max as usize
            {
                return Some((
                    IssueCode::TooLong,
                    args([("max", Arg::from(max)), ("count", Arg::from(len))]),
                ));
            }
        }
        if let Some(problem) = self.characters.and_then(|c| c.check(t)) {
            return Some(problem);
        }
        if let Some(re) = &self.pattern
            && !re.is_match(t)
        {
            return Some((IssueCode::Pattern, Default::default()));
        }
        None
    }
}

/// The range of a number field.
#[derive(Clone, Debug, Default)]
pub struct NumRange {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

record!(NumRange { min, max });

fn finite(n: &serde_json::Number) -> Option<f64> {
    n.as_f64().filter(|f| f.is_finite())
}

impl NumRange {
    pub(crate) fn compile(p: &mut Props<'_>, whole: bool) -> NumRange {
        for prop in ["min", "max"] {
            if let Some(n) = p.number(prop) {
                let ok = finite(n).is_some_and(|f| !whole || f.fract() == 0.0);
                if !ok {
                    p.report(
                        Diagnostic::error(DiagCode::InvalidBound, p.at(prop))
                            .arg("value", n.to_string()),
                    );
                }
            }
        }
        let min = p.number("min").and_then(finite);
        let max = p.number("max").and_then(finite);
        if let (Some(a), Some(b)) = (min, max)
            && a > b
        {
            p.report(
                Diagnostic::error(DiagCode::InvalidRange, p.at("min"))
                    .arg("min", a)
                    .arg("max", b),
            );
        }
        NumRange { min, max }
    }

    pub(crate) fn check(&self, v: f64) -> Option<Problem> {
        if let Some(min) = self.min
            && v < min
        {
            return Some((IssueCode::TooSmall, args([("min", Arg::from(min))])));
        }
        if let Some(max) = self.max
            && v > max
        {
            return Some((IssueCode::TooLarge, args([("max", Arg::from(max))])));
        }
        None
    }
}

/// The earliest and latest date a date field allows, as expressions (they may depend on
/// `today` or on other answers).
#[derive(Clone, Debug, Default)]
pub struct DateRange {
    pub min_date: Option<Expr>,
    pub max_date: Option<Expr>,
}

record!(DateRange { min_date, max_date });

impl DateRange {
    /// Compiles `minDate` and `maxDate` (they may name any field, so this runs once every
    /// field is known).
    pub(crate) fn link(&mut self, p: &mut Props<'_>) {
        let min = p.expr("minDate", Type::Date);
        let max = p.expr("maxDate", Type::Date);
        if let (Some(a), Some(b)) = (&min, &max)
            && let (Expr::Date(a), Expr::Date(b)) = (&a.expr, &b.expr)
            && a > b
        {
            p.report(
                Diagnostic::error(DiagCode::InvalidRange, p.at("minDate"))
                    .arg("min", a.to_string())
                    .arg("max", b.to_string()),
            );
        }
        self.min_date = min.map(|c| c.expr);
        self.max_date = max.map(|c| c.expr);
    }

    /// Checks an answer that stands for any day from `earliest` to `latest`.
    pub(crate) fn check(&self, earliest: Date, latest: Date, env: &dyn Env) -> Option<Problem> {
        if let Some(min) = self.min_date.as_ref().and_then(|e| expr::eval_date(e, env))
            && latest < min
        {
            return Some((
                IssueCode::DateTooEarly,
                args([("min", Arg::from(min.to_string()))]),
            ));
        }
        if let Some(max) = self.max_date.as_ref().and_then(|e| expr::eval_date(e, env))
            && earliest > max
        {
            return Some((
                IssueCode::DateTooLate,
                args([("max", Arg::from(max.to_string()))]),
            ));
        }
        None
    }
}

/// Reads one part of a date given as an object (`{"day": "5", "month": "3", "year": "1980"}`).
fn date_part<'v>(obj: &'v Map<String, Value>, key: &str) -> Result<Option<Cow<'v, str>>, ()> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => {
            let t = text::ascii_digits_cow(text::normalize(s, false));
            Ok((!t.is_empty()).then_some(t))
        }
        Some(Value::Number(n)) => Ok(Some(Cow::Owned(n.to_string()))),
        Some(_) => Err(()),
    }
}

fn digits(s: &str, max: usize) -> Option<u32> {
    (!s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// Reads a date, full or partial, written `YYYY-MM-DD` (`YYYY`, `YYYY-MM` when partial)
/// or given in parts.
pub(crate) fn read_date(raw: &Value, partial: bool) -> Cell<'_> {
    let bad = if partial {
        IssueCode::InvalidPartialDate
    } else {
        IssueCode::InvalidDate
    };
    match raw {
        Value::Null => Cell::Empty,
        Value::String(s) => {
            let t = text::ascii_digits_cow(text::normalize(s, false));
            if t.is_empty() {
                return Cell::Empty;
            }
            if partial {
                match PartialDate::parse_iso(&t) {
                    Ok(p) => Cell::Val(Answer::Partial(p)),
                    Err(_) => Cell::invalid(Value::String(t.into_owned()), bad),
                }
            } else {
                match Date::parse_iso(&t) {
                    Ok(d) => Cell::Val(Answer::Date(d)),
                    Err(_) => Cell::invalid(Value::String(t.into_owned()), bad),
                }
            }
        }
        Value::Object(obj) => {
            let (Ok(day), Ok(month), Ok(year)) = (
                date_part(obj, "day"),
                date_part(obj, "month"),
                date_part(obj, "year"),
            ) else {
                return Cell::wrong_type("date");
            };
            let mut kept = Map::new();
            for (k, v) in [("day", &day), ("month", &month), ("year", &year)] {
                if let Some(v) = v {
                    kept.insert(k.to_owned(), Value::String(v.to_string()));
                }
            }
            if obj
                .keys()
                .any(|k| !matches!(k.as_str(), "day" | "month" | "year"))
            {
                return Cell::wrong_type("date");
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
                    return Cell::invalid(kept, bad);
                };
                let m = month.is_some().then_some(m as u8);
                let d = day.is_some().then_some(d as u8);
                return match PartialDate::new(y as i32, m, d) {
                    Ok(p) => Cell::Val(Answer::Partial(p)),
                    Err(_) => Cell::invalid(kept, bad),
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
                    IssueCode::DateIncomplete,
                    args([("missing", Arg::from(missing.join("-")))]),
                );
            }
            match (y, m.flatten(), d.flatten()) {
                (Some(y), Some(m), Some(d)) => match Date::new(y as i32, m as u8, d as u8) {
                    Ok(date) => Cell::Val(Answer::Date(date)),
                    Err(_) => Cell::invalid(kept, bad),
                },
                _ => Cell::invalid(kept, bad),
            }
        }
        _ => Cell::wrong_type("date"),
    }
}

fn escape_pointer(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// The options of a choice: inline (`options`) or from a code list (`codeList`), with
/// their message ids recorded and duplicates reported.
pub(crate) fn compile_options(p: &mut Props<'_>) -> Options {
    let mut options = Vec::new();
    let inline = p.list("options");
    let list_name = p.text("codeList");
    match (inline, list_name) {
        (Some(_), Some(_)) => p.report(Diagnostic::error(
            DiagCode::OptionsAndCodeList,
            p.at("codeList"),
        )),
        (None, None) => {
            let id = p.id();
            p.report(Diagnostic::error(DiagCode::MissingOptions, p.at("")).arg("id", id));
        }
        (Some(opts), None) => {
            for (i, o) in opts.iter().enumerate() {
                let at = p.at(&format!("options/{i}"));
                let s = |k: &str| o.get(k).and_then(Value::as_str).map(str::to_owned);
                let (Some(value), Some(label)) = (s("value"), s("label")) else {
                    continue;
                };
                p.message(&label, &format!("{at}/label"));
                let hint = s("hint");
                if let Some(h) = &hint {
                    p.message(h, &format!("{at}/hint"));
                }
                options.push(ChoiceOption { value, label, hint });
            }
        }
        (None, Some(name)) => match p.code_list(name).cloned() {
            Some(list) => {
                for (i, v) in list.values.iter().enumerate() {
                    let label = format!("{}{}", list.label_prefix, v);
                    let at = format!("/codeLists/{}/values/{i}", escape_pointer(name));
                    p.message(&label, &at);
                    options.push(ChoiceOption {
                        value: v.clone(),
                        label,
                        hint: None,
                    });
                }
            }
            None => p.report(
                Diagnostic::error(DiagCode::UnknownCodeList, p.at("codeList")).arg("name", name),
            ),
        },
    }
    if options.len() > MAX_OPTIONS {
        p.report(
            Diagnostic::error(DiagCode::LimitExceeded, p.at("options"))
                .arg("what", "options")
                .arg("max", MAX_OPTIONS),
        );
    }
    let mut seen = BTreeSet::new();
    for (i, o) in options.iter().enumerate() {
        if o.value.is_empty() || !seen.insert(o.value.as_str()) {
            let at = match (inline, list_name) {
                (None, Some(name)) => format!("/codeLists/{}/values/{i}", escape_pointer(name)),
                _ => p.at(&format!("options/{i}/value")),
            };
            p.report(
                Diagnostic::error(DiagCode::DuplicateOption, at).arg("value", o.value.as_str()),
            );
        }
    }
    Options::new(options)
}

/// `minItems` ≤ `maxItems`.
pub(crate) fn check_item_range(p: &mut Props<'_>) -> (Option<u32>, Option<u32>) {
    let (min, max) = (p.count("minItems"), p.count("maxItems"));
    if let (Some(a), Some(b)) = (min, max)
        && a > b
    {
        p.report(
            Diagnostic::error(DiagCode::InvalidRange, p.at("minItems"))
                .arg("min", a)
                .arg("max", b),
        );
    }
    (min, max)
}
