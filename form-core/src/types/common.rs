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
use crate::json::{Json, View};
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
pub fn read_text<J: Json>(raw: &J, multiline: bool) -> Result<Option<Cow<'_, str>>, ()> {
    let s = match raw.view() {
        View::Null => return Ok(None),
        View::Str(s) => text::normalize(s, multiline),
        // As written in full (`0.0000001`, `46120001011301800000`), not in the exponent
        // notation JSON writes such numbers in (`1e-7`), which no number field reads.
        View::Number(n) => Cow::Owned(match n.as_f64() {
            Some(f) if n.is_f64() => crate::diag::number_string(f),
            _ => n.to_string(),
        }),
        _ => return Err(()),
    };
    Ok((!s.is_empty()).then_some(s))
}

/// Reads a number, a date part or another answer made of digits: as [`read_text`], with
/// the digits of every script as ASCII digits (Arabic and Persian keyboards type ٣ and ۳).
pub fn read_digits<J: Json>(raw: &J) -> Result<Option<Cow<'_, str>>, ()> {
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
    /// Done to the answer before anything is checked (`text` only).
    pub transform: text::Transform,
}

record!(TextRules {
    min_length,
    max_length,
    pattern,
    characters,
    transform
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
        let names: Vec<&str> = p.strings("transform").collect();
        let transform = text::Transform::from_names(names.iter().copied());
        // What the transform leaves out can never be matched: `[a-z]+` after `uppercase`
        // (or `a{0}`) refuses every answer.
        if let Some(re) = &pattern
            && !re.matches_some(|c| transform.char(c) == Some(c))
        {
            let names = if names.is_empty() {
                "none".to_owned()
            } else {
                names.join(", ")
            };
            p.report(
                Diagnostic::error(DiagCode::PatternNeverMatches, p.at("pattern"))
                    .arg("transform", names),
            );
        }
        TextRules {
            min_length,
            max_length,
            pattern,
            characters: p.text("characters").and_then(Charset::parse),
            transform,
        }
    }

    /// Reads a text answer (normalised, then transformed), refusing values too long to
    /// look at. Where a pattern is expected, the digits of every script become ASCII digits.
    pub(crate) fn read<'v, J: Json>(
        &self,
        raw: &'v J,
        multiline: bool,
    ) -> Result<Option<Cow<'v, str>>, Cell<'v>> {
        let Ok(mut t) = read_text(raw, multiline) else {
            return Err(Cell::wrong_type("text"));
        };
        if self.transform != text::Transform::default() {
            // Normalised again: a space taken out can bring a letter and an accent typed
            // after the space together (`e \u{301}` is `E\u{301}`, which NFC makes `É`), and
            // what is stored must read back as itself.
            t = t.map(|t| {
                let applied = self.transform.apply(&t);
                // Most often already normalised (ASCII): kept, not copied.
                Cow::Owned(match text::normalize(&applied, multiline) {
                    Cow::Borrowed(same) if same.len() == applied.len() => applied,
                    other => other.into_owned(),
                })
            });
        }
        if self.pattern.is_some() {
            t = t.map(text::ascii_digits_cow);
        }
        match t {
            Some(t) if t.len() > MAX_TEXT_BYTES => {
                let max = self.max_length.map_or(Arg::from(MAX_TEXT_BYTES), Arg::from);
                Err(Cell::unreadable(
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

/// The range of a number field, and its unit.
#[derive(Clone, Debug, Default)]
pub struct NumRange {
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Drawn beside the input, and taken off where it is typed (`650 €`).
    pub unit: Option<crate::unit::Unit>,
}

record!(NumRange { min, max, unit });

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
        NumRange {
            min,
            max,
            unit: p.text("unit").and_then(crate::unit::Unit::parse),
        }
    }

    /// Whether `v` is within the bounds ([`NumRange::check`] finds nothing).
    pub(crate) fn allows(&self, v: f64) -> bool {
        self.min.is_none_or(|m| v >= m) && self.max.is_none_or(|m| v <= m)
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

/// The earliest and latest answer a field allows, as expressions (they may depend on
/// `today` or on other answers): of dates ([`DateRange`]) or times (`types/time.rs`).
#[derive(Clone, Debug, Default)]
pub struct Bounds {
    pub min: Option<Expr>,
    pub max: Option<Expr>,
}

record!(Bounds { min, max });

/// The earliest and latest date a date field allows.
#[derive(Clone, Debug, Default)]
pub struct DateRange {
    pub bounds: Bounds,
}

record!(DateRange { bounds });

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
        } else if let (Some(a), Some(b)) = (&min, &max)
            && a.reads.is_empty()
            && b.reads.is_empty()
            && empty_on_every_day(&a.expr, &b.expr)
        {
            // Bounds from `today` alone, swapped: `"minDate": "add_years(today, -14)"`
            // meant "at least 14". No answer could ever be accepted.
            let (from, to) = (p.text("minDate"), p.text("maxDate"));
            let (from, to) = (from.unwrap_or_default(), to.unwrap_or_default());
            p.report(
                Diagnostic::error(DiagCode::InvalidRange, p.at("minDate"))
                    .arg("min", from)
                    .arg("max", to),
            );
        } else if let (Some(a), Some(b)) = (&min, &max)
            && a.reads.is_empty()
            && b.reads.is_empty()
            && let Some(day) = empty_from(&a.expr, &b.expr)
        {
            // A fixed date against `today`: a form still online that day refuses every
            // answer.
            let (from, to) = (p.text("minDate"), p.text("maxDate"));
            let (from, to) = (from.unwrap_or_default(), to.unwrap_or_default());
            p.report(
                Diagnostic::warning(DiagCode::DateRangeEnds, p.at("minDate"))
                    .arg("day", day.to_string())
                    .arg("min", from)
                    .arg("max", to),
            );
        }
        self.bounds.min = min.map(|c| c.expr);
        self.bounds.max = max.map(|c| c.expr);
    }

    /// Checks an answer that stands for any day from `earliest` to `latest`.
    pub(crate) fn check(&self, earliest: Date, latest: Date, env: &dyn Env) -> Option<Problem> {
        if let Some(min) = self
            .bounds
            .min
            .as_ref()
            .and_then(|e| expr::eval_date(e, env))
            && latest < min
        {
            return Some((
                IssueCode::DateTooEarly,
                args([("min", Arg::from(min.to_string()))]),
            ));
        }
        if let Some(max) = self
            .bounds
            .max
            .as_ref()
            .and_then(|e| expr::eval_date(e, env))
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

/// Whether bounds that read no answer leave no date at all, whatever day it is: on days
/// that month and leap-year arithmetic treat differently, and on days centuries apart (a
/// fixed date against `today`, `date("2026-01-01")` to `today`, is a range from some day on).
fn empty_on_every_day(min: &Expr, max: &Expr) -> bool {
    [
        "1800-07-15",
        "2024-02-29",
        "2025-01-31",
        "2025-07-15",
        "2025-12-31",
        "2200-07-15",
    ]
    .into_iter()
    .filter_map(|d| Date::parse_iso(d).ok())
    .all(|today| empty_on(min, max, today))
}

/// Whether bounds that read no answer leave no date on the day `today`.
fn empty_on(min: &Expr, max: &Expr, today: Date) -> bool {
    // The answers' scope with no answer: every field's value is unknown.
    let day = crate::model::answer::Scope {
        top: &[],
        item: None,
        today,
        unread: Default::default(),
    };
    matches!(
        (expr::eval_date(min, &day), expr::eval_date(max, &day)),
        (Some(a), Some(b)) if a > b
    )
}

/// The first day from which bounds that read no answer leave no date, if that happens
/// while a form may be online (2000 to 2100) and they leave some before: a fixed date
/// against `today` (a deadline, or a typing error). Bounds move with `today` in one
/// direction (`today` plus or minus a time), so the day is found by halving the interval.
/// (Bounds that leave no date until some day are not reported: without today's date the
/// compiler cannot tell a day long past, `date("2020-01-01")` to `today`, from a future one.)
fn empty_from(min: &Expr, max: &Expr) -> Option<Date> {
    let empty = |days: i64| Date::from_days(days).is_some_and(|today| empty_on(min, max, today));
    let (mut lo, mut hi) = (
        Date::new(2000, 1, 1).ok()?.to_days(),
        Date::new(2100, 12, 31).ok()?.to_days(),
    );
    if empty(lo) || !empty(hi) {
        return None;
    }
    // Dates left on `lo`, none on `hi`: the first empty day is after `lo`, at most `hi`.
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if empty(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Date::from_days(hi)
}

/// Reads one part of a date given as an object (`{"day": "5", "month": "3", "year": "1980"}`).
fn date_part<'v, J: Json + 'v>(obj: &'v J::Members, key: &str) -> Result<Option<Cow<'v, str>>, ()> {
    match J::get(obj, key).map(J::view) {
        None | Some(View::Null) => Ok(None),
        Some(View::Str(s)) => {
            let t = text::ascii_digits_cow(text::normalize(s, false));
            Ok((!t.is_empty()).then_some(t))
        }
        Some(View::Number(n)) => Ok(Some(Cow::Owned(n.to_string()))),
        Some(_) => Err(()),
    }
}

fn digits(s: &str, max: usize) -> Option<u32> {
    (s.len() <= max)
        .then(|| text::ascii_number(s.as_bytes()))
        .flatten()
        .and_then(|n| u32::try_from(n).ok())
}

/// The names of the months, in capitals without marks (as [`text::bare_capitals`] writes
/// them: `ЛЮТИИ` is `лютий`, `МАИ` `май`), in English, German, French, Spanish, Turkish,
/// Polish, Ukrainian and Russian (with the genitive their dates use), and `MRZ`; `/`
/// between months. A name that begins another of its month (`МАРТ`, `МАРТА`) is left out.
const MONTH_NAMES: &str = "JANUARY JANUAR JANVIER ENERO OCAK STYCZEN STYCZNIA СІЧЕНЬ СІЧНЯ ЯНВАРЬ ЯНВАРЯ / \
    FEBRUARY FEBRUAR FEVRIER FEBRERO SUBAT LUTY LUTEGO ЛЮТИИ ЛЮТОГО ФЕВРАЛЬ ФЕВРАЛЯ / \
    MARCH MARZ MRZ MARS MARZO MART MARZEC MARCA БЕРЕЗЕНЬ БЕРЕЗНЯ МАРТА / \
    APRIL AVRIL ABRIL NISAN KWIECIEN KWIETNIA КВІТЕНЬ КВІТНЯ АПРЕЛЬ АПРЕЛЯ / \
    MAY MAI MAYO MAYIS MAJA ТРАВЕНЬ ТРАВНЯ МАИ МАЯ / \
    JUNE JUNI JUIN JUNIO HAZIRAN CZERWIEC CZERWCA ЧЕРВЕНЬ ЧЕРВНЯ ИЮНЬ ИЮНЯ / \
    JULY JULI JUILLET JULIO TEMMUZ LIPIEC LIPCA ЛИПЕНЬ ЛИПНЯ ИЮЛЬ ИЮЛЯ / \
    AUGUST AOUT AGOSTO AGUSTOS SIERPIEN SIERPNIA СЕРПЕНЬ СЕРПНЯ АВГУСТА / \
    SEPTEMBER SEPTEMBRE SEPTIEMBRE EYLUL WRZESIEN WRZESNIA ВЕРЕСЕНЬ ВЕРЕСНЯ СЕНТЯБРЬ СЕНТЯБРЯ / \
    OCTOBER OKTOBER OCTOBRE OCTUBRE EKIM PAZDZIERNIKA ЖОВТЕНЬ ЖОВТНЯ ОКТЯБРЬ ОКТЯБРЯ / \
    NOVEMBER NOVEMBRE NOVIEMBRE KASIM LISTOPADA ЛИСТОПАДА НОЯБРЬ НОЯБРЯ / \
    DECEMBER DEZEMBER DECEMBRE DICIEMBRE ARALIK GRUDZIEN GRUDNIA ГРУДЕНЬ ГРУДНЯ ДЕКАБРЬ ДЕКАБРЯ";

/// A month as a number (`3`, `03`, `3.`) or, as read off a passport or a letter, by its
/// name or the first three letters of it or more (`März`, `MAR`, `Sept.`, `mars`,
/// `травня`): a name of [`MONTH_NAMES`], capitals or not, marks or not; none when the
/// letters begin names of two months (`JU`, `JUI`).
fn month_number(s: &str) -> Option<u32> {
    let s = s.strip_suffix('.').unwrap_or(s);
    digits(s, 2).or_else(|| {
        let word = text::bare_capitals(s);
        let (mut month, mut found) = (1, None);
        for name in MONTH_NAMES.split(' ') {
            if name == "/" {
                month += 1;
            } else if word.chars().nth(2).is_some() && name.starts_with(&word) {
                if found.is_some_and(|f| f != month) {
                    return None;
                }
                found = Some(month);
            }
        }
        found
    })
}

/// Reads a date, full or partial, written `YYYY-MM-DD` (`YYYY`, `YYYY-MM` when partial)
/// or given in parts. A date that is none says which parts are to blame (`parts`, named
/// like `missing`: `day`, `month-year`), for a form to mark and link those only.
pub(crate) fn read_date<J: Json>(raw: &J, partial: bool) -> Cell<'_> {
    let bad = if partial {
        IssueCode::InvalidPartialDate
    } else {
        IssueCode::InvalidDate
    };
    match raw.view() {
        View::Null => Cell::Empty,
        View::Str(s) => {
            let t = text::ascii_digits_cow(text::normalize(s, false));
            if t.is_empty() {
                return Cell::Empty;
            }
            let read = if partial {
                PartialDate::parse_iso(&t).map(Answer::Partial)
            } else {
                Date::parse_iso(&t).map(Answer::Date)
            };
            match read {
                Ok(a) => Cell::Val(a),
                // Written as one text: the whole of it.
                Err(_) => Cell::unreadable(
                    Value::String(t.into_owned()),
                    bad,
                    args([("parts", Arg::from("day-month-year"))]),
                ),
            }
        }
        View::Object(obj) => {
            let (Ok(day), Ok(month), Ok(year)) = (
                date_part::<J>(obj, "day"),
                date_part::<J>(obj, "month"),
                date_part::<J>(obj, "year"),
            ) else {
                return Cell::wrong_type("date");
            };
            if J::entries(obj).any(|(k, _)| !matches!(k, "day" | "month" | "year")) {
                return Cell::wrong_type("date");
            }
            if day.is_none() && month.is_none() && year.is_none() {
                return Cell::Empty;
            }
            let y = year
                .as_deref()
                .and_then(|y| (y.len() == 4).then(|| digits(y, 4)).flatten());
            let m = month.as_deref().map(month_number);
            let d = day
                .as_deref()
                .map(|d| digits(d.strip_suffix('.').unwrap_or(d), 2));
            if !partial {
                let missing = [("day", &day), ("month", &month), ("year", &year)]
                    .iter()
                    .filter(|(_, v)| v.is_none())
                    .map(|(k, _)| *k)
                    .collect::<Vec<&str>>();
                if !missing.is_empty() {
                    return Cell::unreadable(
                        kept(&day, &month, &year),
                        IssueCode::DateIncomplete,
                        args([("missing", Arg::from(text::joined(&missing, "-")))]),
                    );
                }
            }
            let made = if partial {
                match (y, m.unwrap_or(Some(0)), d.unwrap_or(Some(0))) {
                    (Some(y), Some(mm), Some(dd)) => PartialDate::new(
                        y as i32,
                        month.is_some().then_some(mm as u8),
                        day.is_some().then_some(dd as u8),
                    )
                    .map(Answer::Partial)
                    .ok(),
                    _ => None,
                }
            } else {
                match (y, m.flatten(), d.flatten()) {
                    (Some(y), Some(m), Some(d)) => {
                        Date::new(y as i32, m as u8, d as u8).map(Answer::Date).ok()
                    }
                    _ => None,
                }
            };
            match made {
                Some(a) => Cell::Val(a),
                None => Cell::unreadable(
                    kept(&day, &month, &year),
                    bad,
                    args([("parts", Arg::from(blamed(y, m, d)))]),
                ),
            }
        }
        _ => Cell::wrong_type("date"),
    }
}

/// The parts of a date as given (normalised), kept for the applicant when it is no date.
fn kept(
    day: &Option<Cow<'_, str>>,
    month: &Option<Cow<'_, str>>,
    year: &Option<Cow<'_, str>>,
) -> Value {
    let mut kept = Map::new();
    for (k, v) in [("day", day), ("month", month), ("year", year)] {
        if let Some(v) = v {
            kept.insert(k.to_owned(), Value::String(v.to_string()));
        }
    }
    Value::Object(kept)
}

/// The parts of a date given in parts that make it none (`y`: four digits read; `m`, `d`:
/// given, and read as at most two digits), named like `missing` (`day-month`): a year
/// that is not four digits, a month that is no month, a day its month (or any month)
/// does not have, a day without its month; all given parts when none alone is to blame.
fn blamed(y: Option<u32>, m: Option<Option<u32>>, d: Option<Option<u32>>) -> &'static str {
    const NAMES: [&str; 8] = [
        "",
        "day",
        "month",
        "day-month",
        "year",
        "day-year",
        "month-year",
        "day-month-year",
    ];
    let year = y.filter(|y| (Date::MIN_YEAR..=Date::MAX_YEAR).contains(&(*y as i32)));
    let month = m.map(|m| m.filter(|m| (1..=12).contains(m)));
    let last = match (year, month) {
        (Some(y), Some(Some(m))) => u32::from(crate::date::days_in_month(y as i32, m as u8)),
        _ => 31,
    };
    let day_ok = d.is_none_or(|d| d.is_some_and(|d| (1..=last).contains(&d)));
    // A day needs its month.
    let month_ok = month.map_or(d.is_none(), |m| m.is_some());
    let wrong =
        usize::from(!day_ok) | usize::from(!month_ok) << 1 | usize::from(year.is_none()) << 2;
    let given = usize::from(d.is_some()) | usize::from(m.is_some()) << 1 | 4;
    NAMES
        .get(if wrong == 0 { given } else { wrong })
        .copied()
        .unwrap_or_default()
}

fn escape_pointer(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// The options of a choice: inline (`options`) or from a code list (`codeList`), with
/// their message ids recorded and duplicates reported.
pub(crate) fn compile_options(p: &mut Props<'_>) -> Options {
    let mut options = Vec::new();
    let mut alphabetical = false;
    let mut last = 0;
    // Where each option of a code list was written (its values' pointers).
    let mut written = Vec::new();
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
                let exclusive = o.get("exclusive") == Some(&Value::Bool(true));
                options.push(ChoiceOption {
                    value,
                    label,
                    hint,
                    exclusive,
                });
            }
        }
        (None, Some(name)) => match p.code_list(name).cloned() {
            Some(list) => {
                alphabetical = list.alphabetical;
                // In an alphabetical list, the values kept last go to the end, in their
                // order: the others are sorted. (The order written keeps every value where
                // it was written.)
                let kept: &[String] = if alphabetical { &list.last } else { &[] };
                let mut values: Vec<(usize, &String)> = list.values.iter().enumerate().collect();
                values.sort_by_key(|(_, v)| kept.iter().position(|k| k == *v).map_or(0, |k| k + 1));
                last = values.iter().filter(|(_, v)| kept.contains(v)).count();
                for (i, v) in values {
                    written.push(i);
                    let label = format!("{}{}", list.label_prefix, v);
                    let at = format!("/codeLists/{}/values/{i}", escape_pointer(name));
                    p.message(&label, &at);
                    options.push(ChoiceOption {
                        value: v.clone(),
                        label,
                        hint: None,
                        exclusive: false,
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
                (None, Some(name)) => format!(
                    "/codeLists/{}/values/{}",
                    escape_pointer(name),
                    written.get(i).copied().unwrap_or(i)
                ),
                _ => p.at(&format!("options/{i}/value")),
            };
            p.report(
                Diagnostic::error(DiagCode::DuplicateOption, at).arg("value", o.value.as_str()),
            );
        }
    }
    Options {
        sorted: alphabetical,
        last,
        ..Options::new(options)
    }
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

#[cfg(test)]
#[allow(clippy::panic)]
mod tests {
    use serde_json::json;

    use super::*;

    /// `expect`: the parts blamed, or `ok` for a date.
    fn check(raw: Value, partial: bool, expect: &str) {
        let got = match read_date(&raw, partial) {
            Cell::Val(_) => "ok".to_owned(),
            Cell::Invalid(u) => match u.args.get("parts").or_else(|| u.args.get("missing")) {
                Some(Arg::Str(s)) => format!("{}: {s}", u.code),
                other => format!("{}: {other:?}", u.code),
            },
            _ => "empty".to_owned(),
        };
        assert_eq!(got, expect, "{raw}");
    }

    fn parts(day: &str, month: &str, year: &str) -> Value {
        let mut m = Map::new();
        for (k, v) in [("day", day), ("month", month), ("year", year)] {
            if !v.is_empty() {
                m.insert(k.to_owned(), json!(v));
            }
        }
        Value::Object(m)
    }

    #[test]
    fn a_date_that_is_none_blames_its_wrong_parts() {
        check(parts("29", "2", "1984"), false, "ok");
        check(parts("29", "2", "1985"), false, "invalid-date: day");
        check(parts("99", "3", "1985"), false, "invalid-date: day");
        check(parts("0", "3", "1985"), false, "invalid-date: day");
        check(parts("x", "3", "1985"), false, "invalid-date: day");
        check(parts("27", "13", "1985"), false, "invalid-date: month");
        check(parts("27", "3", "85"), false, "invalid-date: year");
        check(parts("27", "3", "0000"), false, "invalid-date: year");
        // With the month unknown, a day up to 31 is not to blame.
        check(parts("31", "13", "85"), false, "invalid-date: month-year");
        check(
            parts("32", "13", "85"),
            false,
            "invalid-date: day-month-year",
        );
        check(parts("27", "", "1985"), false, "date-incomplete: month");
        check(json!("1985-02-30"), false, "invalid-date: day-month-year");
        check(json!({ "day": 27, "month": 3, "year": 1985 }), false, "ok");
        // Typed in another digit system: read as digits, blamed the same.
        check(parts("۳۱", "۲", "۱۹۸۵"), false, "invalid-date: day");
        check(parts("٢٧", "١٣", "١٩٨٥"), false, "invalid-date: month");
        check(parts("۲۷", "۳", "۱۹۸۵"), false, "ok");
    }

    /// A month read off a document: its name, or its first letters, in the languages of
    /// [`MONTH_NAMES`], as people write them.
    #[test]
    fn months_may_be_written_as_names() {
        for (month, want) in [
            ("März", Some(3)),
            ("MÄR", Some(3)),
            ("Mrz.", Some(3)),
            ("mar", Some(3)),
            ("MARS", Some(3)),
            ("marca", Some(3)),
            ("Sept.", Some(9)),
            ("Şubat", Some(2)),
            ("ŞUB", Some(2)),
            ("AĞU", Some(8)),
            ("août", Some(8)),
            ("févr.", Some(2)),
            ("Października", Some(10)),
            ("NİSAN", Some(4)),
            ("nisan", Some(4)),
            ("mayıs", Some(5)),
            ("MAYIS", Some(5)),
            ("Dezember", Some(12)),
            ("3.", Some(3)),
            ("03", Some(3)),
            // Too short, or the beginning of two months' names: no month.
            ("Ma", None),
            ("Ju", None),
            ("JUI", None),
            // More than a name, or no name.
            ("Märzen", None),
            ("Mayonnaise", None),
            // Russian, and Ukrainian.
            ("март", Some(3)),
            ("травня", Some(5)),
            ("Травень", Some(5)),
            ("ЛЮТ", Some(2)),
            ("лютий", Some(2)),
            ("Листопада", Some(11)),
            ("сент.", Some(9)),
            ("січ", Some(1)),
            ("май", Some(5)),
            ("Вересня", Some(9)),
            ("лю", None),
            ("ма", None),
            ("", None),
            (".", None),
        ] {
            assert_eq!(month_number(month), want, "{month:?}");
        }
        check(parts("15", "MAR", "2020"), false, "ok");
        check(parts("15.", "März", "2020"), false, "ok");
        check(parts("31", "April", "2020"), false, "invalid-date: day");
        check(parts("", "Juni", "2020"), true, "ok");
        check(parts("1", "Jui", "2020"), false, "invalid-date: month");
    }

    /// Every name's first three letters name its month and no other, but for French
    /// `JUIN` and `JUILLET`, which need four.
    #[test]
    fn month_names_are_told_apart_by_three_letters() {
        for (m, names) in (1..).zip(MONTH_NAMES.split(" / ")) {
            for name in names.split_whitespace() {
                assert_eq!(month_number(name), Some(m), "{name}");
                let three: String = name.chars().take(3).collect();
                let want = (three != "JUI").then_some(m);
                assert_eq!(month_number(&three), want, "{three}");
            }
        }
    }

    #[test]
    fn a_partial_date_that_is_none_blames_its_wrong_parts() {
        check(parts("", "3", "1985"), true, "ok");
        check(parts("", "", "1985"), true, "ok");
        check(parts("3", "", "1985"), true, "invalid-partial-date: month");
        check(parts("", "13", "1985"), true, "invalid-partial-date: month");
        check(parts("", "", "85"), true, "invalid-partial-date: year");
        check(parts("", "3", ""), true, "invalid-partial-date: year");
        check(parts("31", "4", "1985"), true, "invalid-partial-date: day");
        check(
            json!("1985-13"),
            true,
            "invalid-partial-date: day-month-year",
        );
    }
}
