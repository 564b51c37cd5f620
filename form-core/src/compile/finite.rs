//! Conditions tried with every answer: a condition or rule that reads only questions with
//! few possible answers (a choice, a box, a multi-choice of a few options or one it only
//! counts, with `count(x)`, tried with every number of options, a whole number
//! or a decimal compared only with numbers written in the condition, which stand for all
//! the others)
//! is evaluated with every combination of them, each also unanswered or hidden. A `visibleWhen` that is
//! never true shows its question or page to nobody (`never-shown`: `a == "x" and a == "y"`);
//! a rule whose `assert` is never false refuses nobody (`rule-never-fails`: `a != "x" or a
//! != "y"`). Both are verdicts the author did not mean, and no test data would show them.
//!
//! Only what can be tried in full is judged: an expression that reads a text, a number in
//! arithmetic, a date, `today` or the items of a group is left alone,
//! and so is one with more than [`MAX_COMBINATIONS`] combinations. Combinations the rest
//! of the form rules out (an answer hidden unless another is given) are tried too, so a
//! warning is never wrong: the condition fails on every answer, possible or not. (A rule
//! is skipped while a field it names has an issue of its own; an answer out of a field's
//! range is tried like any other, so such a rule may go unreported, never the reverse.)

use serde_json::Value;

use crate::codes::DiagCode;
use crate::date::Date;
use crate::diag::Diagnostic;
use crate::expr::{self, Expr, Slot, Val};
use crate::model::Form;
use crate::model::answer::Cell;
use crate::model::answer::Scope;
use crate::types::Tried;

/// The most combinations tried for one expression.
pub const MAX_COMBINATIONS: usize = 4096;

/// The most combinations tried for a whole form: a hostile schema of thousands of
/// conditions cannot make compiling slow (those after it are left alone).
pub const MAX_COMBINATIONS_PER_FORM: usize = 200_000;

/// The diagnostics of every condition and rule of a compiled form; `earlier` are the
/// compiler's own, of which the warnings that a rule can fall silent because a field can
/// be hidden while another is shown (`rule-skipped-when-hidden`,
/// `rule-unknown-when-hidden`, judged there by the conditions' text) are dropped where
/// every combination of answers shows the two together (`works` and `works == true`,
/// `kind == "a"` and `kind in ["a"]`); of each rule's `early` warnings, the first is given
/// whose field cannot be hidden while the rule's is shown, by text or by answers.
pub(super) fn check(
    form: &Form,
    earlier: &mut Vec<Diagnostic>,
    early: Vec<Vec<Early>>,
) -> Vec<Diagnostic> {
    let domains = Domains::new(form);
    for candidates in early {
        let when = |d: &Diagnostic| rule_at(form, &d.pointer).and_then(|r| r.when.as_ref());
        let given = candidates.into_iter().find(|c| {
            !c.apart || domains.apart(c.field, c.anchor, when(&c.warning)) == Some(false)
        });
        earlier.extend(given.map(|c| c.warning));
    }
    earlier.retain(|d| {
        if d.code == DiagCode::RuleValueOrSkipped {
            let when = rule_at(form, &d.pointer).and_then(|r| r.when.as_ref());
            return match d.args.get("name") {
                Some(crate::diag::Arg::Str(id)) => form
                    .field_index(id)
                    .is_none_or(|f| domains.hideable(f, when) != Some(false)),
                _ => true,
            };
        }
        let field = |name: &str| match d.args.get(name) {
            Some(crate::diag::Arg::Str(id)) => form.field_index(id),
            _ => None,
        };
        if d.code == DiagCode::RuleTotalSkipped {
            // Kept unless no answers hide the group while the other answer is shown.
            let when = rule_at(form, &d.pointer).and_then(|r| r.when.as_ref());
            return match (field("name"), field("other")) {
                (Some(g), Some(o)) => domains.apart(g, o, when) != Some(false),
                _ => true,
            };
        }
        if !matches!(
            d.code,
            DiagCode::RuleSkippedWhenHidden | DiagCode::RuleUnknownWhenHidden
        ) {
            return true;
        }
        match (field("name"), field("shown")) {
            (Some(f), Some(anchor)) => {
                domains.apart(
                    f,
                    anchor,
                    rule_at(form, &d.pointer).and_then(|r| r.when.as_ref()),
                ) != Some(false)
            }
            _ => true,
        }
    });
    let mut out = Vec::new();
    for (p, page) in form.pages.iter().enumerate() {
        if let Some(e) = &page.visible_when
            && domains.never(e, None, |v| v == Some(true))
        {
            out.push(
                Diagnostic::warning(DiagCode::NeverShown, format!("/pages/{p}/visibleWhen"))
                    .arg("what", "page"),
            );
        }
        for (k, &f) in page.fields.iter().enumerate() {
            let at = format!("/pages/{p}/fields/{k}");
            domains.field(f, None, &at, &mut out);
            let Some(g) = form.fields.get(f).and_then(|d| d.group()) else {
                continue;
            };
            for (j, &c) in form.group_items(f).iter().enumerate() {
                domains.field(c, Some(f), &format!("{at}/fields/{j}"), &mut out);
            }
            if let Some(info) = form.groups.get(g) {
                for (r, rule) in info.rules.iter().enumerate() {
                    domains.rule(rule, Some(f), &format!("{at}/rules/{r}"), &mut out);
                }
            }
        }
    }
    for (r, rule) in form.rules.iter().enumerate() {
        domains.rule(rule, None, &format!("/rules/{r}"), &mut out);
    }
    out
}

/// A `rule-shown-early` warning that is given unless `field` can be hidden while `anchor`
/// is shown (`apart`: the conditions' text says it can; then their answers decide).
pub(super) struct Early {
    pub warning: Diagnostic,
    pub field: usize,
    pub anchor: usize,
    pub apart: bool,
}

/// The rule a diagnostic's pointer is in: `/rules/{r}/...`, or a group's,
/// `/pages/{p}/fields/{k}/rules/{r}/...`.
fn rule_at<'f>(form: &'f Form, pointer: &str) -> Option<&'f crate::model::Rule> {
    let parts: Vec<&str> = pointer.split('/').collect();
    let index = |i: usize| parts.get(i).and_then(|s| s.parse::<usize>().ok());
    match parts.get(1..) {
        Some(["rules", ..]) => form.rules.get(index(2)?),
        Some(["pages", _, "fields", _, "rules", ..]) => {
            let field = *form.pages.get(index(2)?)?.fields.get(index(4)?)?;
            let group = form.fields.get(field)?.group()?;
            form.groups.get(group)?.rules.get(index(6)?)
        }
        _ => None,
    }
}

/// The answers each field is tried with, as its type says (`None`: too many to try).
struct Domains<'f> {
    form: &'f Form,
    values: Vec<Option<Tried>>,
    /// Combinations left to try ([`MAX_COMBINATIONS_PER_FORM`]).
    budget: std::cell::Cell<usize>,
}

impl<'f> Domains<'f> {
    fn new(form: &'f Form) -> Domains<'f> {
        let values = form.fields.iter().map(|f| f.kind.tried()).collect();
        Domains {
            form,
            values,
            budget: std::cell::Cell::new(MAX_COMBINATIONS_PER_FORM),
        }
    }

    /// Warns where a field's `visibleWhen` is never true (`group`: the group of an item
    /// field, whose conditions read the item's fields).
    fn field(&self, f: usize, group: Option<usize>, at: &str, out: &mut Vec<Diagnostic>) {
        if let Some(e) = self
            .form
            .fields
            .get(f)
            .and_then(|d| d.visible_when.as_ref())
            && self.never(e, group, |v| v == Some(true))
        {
            out.push(
                Diagnostic::warning(DiagCode::NeverShown, format!("{at}/visibleWhen"))
                    .arg("what", "field"),
            );
        }
    }

    /// Warns where a rule never fails: its `assert` is never false where its `when` is
    /// true (or it has none).
    fn rule(
        &self,
        rule: &crate::model::Rule,
        group: Option<usize>,
        at: &str,
        out: &mut Vec<Diagnostic>,
    ) {
        let both = Expr::And(
            Box::new(rule.when.clone().unwrap_or(Expr::Bool(true))),
            Box::new(Expr::Not(Box::new(rule.assert.clone()))),
        );
        if self.never(&both, group, |v| v == Some(true)) {
            out.push(
                Diagnostic::warning(DiagCode::RuleNeverFails, format!("{at}/assert"))
                    .arg("id", rule.id.as_str()),
            );
        }
    }

    /// Whether field `f` can be hidden while `anchor` is shown: `Some(false)` where no
    /// combination of the answers their conditions read (their pages', their groups' and
    /// their own) shows `anchor` without `f`; `None` where that cannot be tried in full.
    /// A rule's `when` (it is checked only where that is true) joins the anchor's.
    fn apart(&self, f: usize, anchor: usize, when: Option<&'f Expr>) -> Option<bool> {
        let (f_if, f_group) = self.conditions(f)?;
        let (mut a_if, a_group) = self.conditions(anchor)?;
        a_if.extend(when);
        let group = match (f_group, a_group) {
            (Some(x), Some(y)) if x != y => return None,
            (x, y) => x.or(y),
        };
        let all: Vec<&Expr> = a_if.iter().chain(&f_if).copied().collect();
        let split = a_if.len();
        let shown = |v: &[Option<bool>]| v.iter().all(|v| *v == Some(true));
        let never = self.never_all(&all, group, |v| {
            let (a, f) = v.split_at(split.min(v.len()));
            shown(a) && !shown(f)
        });
        never.then_some(false)
    }

    /// Whether field `f` can be hidden where a rule's `when` holds: `Some(false)` where no
    /// combination of the answers their conditions read hides it.
    fn hideable(&self, f: usize, when: Option<&'f Expr>) -> Option<bool> {
        let (f_if, group) = self.conditions(f)?;
        let all: Vec<&Expr> = when.into_iter().chain(f_if).collect();
        let split = usize::from(when.is_some());
        let never = self.never_all(&all, group, |v| {
            let (w, f) = v.split_at(split.min(v.len()));
            w.iter().all(|v| *v == Some(true)) && !f.iter().all(|v| *v == Some(true))
        });
        never.then_some(false)
    }

    /// The conditions that show a field (its page's, its group's and its own; all must be
    /// true), and the group whose items the last can read.
    fn conditions(&self, f: usize) -> Option<(Vec<&'f Expr>, Option<usize>)> {
        let def = self.form.fields.get(f)?;
        let top = def.parent.unwrap_or(f);
        let page = self.form.pages.get(self.form.fields.get(top)?.page)?;
        let mut out: Vec<&Expr> = page.visible_when.iter().collect();
        if let Some(p) = def.parent {
            out.extend(self.form.fields.get(p)?.visible_when.as_ref());
        }
        out.extend(def.visible_when.as_ref());
        Some((out, def.parent))
    }

    /// True when `e` can be tried with every combination of what it reads, and `hit`
    /// holds for none of them.
    fn never(&self, e: &Expr, group: Option<usize>, hit: impl Fn(Option<bool>) -> bool) -> bool {
        self.never_all(&[e], group, |v| hit(v.first().copied().flatten()))
    }

    /// True when `exprs` can be tried with every combination of what they read, and `hit`
    /// holds for none of their values.
    fn never_all(
        &self,
        exprs: &[&Expr],
        group: Option<usize>,
        hit: impl Fn(&[Option<bool>]) -> bool,
    ) -> bool {
        // All of them as one, to find what they read and how.
        let Some(e) = exprs
            .iter()
            .map(|&e| e.clone())
            .reduce(|a, b| Expr::And(Box::new(a), Box::new(b)))
        else {
            return false;
        };
        let e = &e;
        let mut slots = Vec::new();
        if !reads(e, &mut slots) {
            return false;
        }
        // The field behind each slot, and its possible answers.
        let items = group.map_or(&[][..], |g| self.form.group_items(g));
        let field_of = |slot: Slot| match slot {
            Slot::Top(i) => self.form.top.get(i).copied(),
            Slot::Item(i) => items.get(i).copied(),
        };
        let mut owned: Vec<(Slot, Vec<Value>)> = Vec::new();
        for slot in slots {
            let field = field_of(slot);
            let counted = field
                .and_then(|f| self.form.fields.get(f))
                .and_then(|d| counts(e, slot, d));
            let values = match field.and_then(|f| self.values.get(f)?.as_ref()) {
                _ if counted.is_some() => counted.unwrap_or_default(),
                Some(Tried::Listed(values)) => values.clone(),
                Some(Tried::Whole) => match whole_numbers(e, slot) {
                    Some(values) => values,
                    None => return false,
                },
                Some(Tried::Decimal) => match decimals(e, slot) {
                    // Each must be read as an answer, or what it stands for goes untried.
                    Some(values)
                        if values.iter().all(|v| {
                            field
                                .and_then(|f| self.form.fields.get(f))
                                .is_some_and(|d| matches!(d.kind.read(v), Cell::Val(_)))
                        }) =>
                    {
                        values
                    }
                    _ => return false,
                },
                None => return false,
            };
            owned.push((slot, values));
        }
        let mut combinations = 1usize;
        for (_, values) in &owned {
            combinations = combinations.saturating_mul(values.len() + 1);
            if combinations > MAX_COMBINATIONS {
                return false;
            }
        }
        let Some(left) = self.budget.get().checked_sub(combinations) else {
            return false;
        };
        self.budget.set(left);
        let mut top: Vec<Cell<'_>> = self.form.top.iter().map(|_| Cell::Empty).collect();
        let mut item: Vec<Cell<'_>> = items.iter().map(|_| Cell::Empty).collect();
        // Not read (`today` is left alone above), but a scope has one.
        let Ok(today) = Date::new(2026, 1, 1) else {
            return false;
        };
        for n in 0..combinations {
            // Combination `n`, one digit per slot: 0 unanswered (or hidden), k the k-th answer.
            let mut rest = n;
            for (slot, values) in &owned {
                let slot = *slot;
                let digit = rest % (values.len() + 1);
                rest /= values.len() + 1;
                let cell = match digit.checked_sub(1).and_then(|k| values.get(k)) {
                    Some(v) => field_of(slot)
                        .and_then(|f| self.form.fields.get(f))
                        .map_or(Cell::Empty, |d| d.kind.read(v)),
                    None => Cell::Empty,
                };
                let place = match slot {
                    Slot::Top(i) => top.get_mut(i),
                    Slot::Item(i) => item.get_mut(i),
                };
                if let Some(place) = place {
                    *place = cell;
                }
            }
            let scope = Scope {
                top: &top,
                item: group.map(|_| item.as_slice()),
                today,
                unread: Default::default(),
            };
            let values: Vec<Option<bool>> = exprs
                .iter()
                .map(|e| match expr::eval(e, &scope) {
                    Some(Val::Bool(b)) => Some(b),
                    _ => None,
                })
                .collect();
            if hit(&values) {
                return false;
            }
        }
        true
    }
}

/// The answers that stand for every answer of a multi-choice that `e` reads only by
/// counting (`count(x)`) or `present(x)`: the first k options, for every k (what a count
/// can be), where trying every set of options would be too many (2^14 for 14 options).
fn counts(e: &Expr, slot: Slot, def: &crate::model::FieldDef) -> Option<Vec<Value>> {
    if !matches!(def.kind, crate::types::Kind::MultiChoice(_)) || !only_counted(e, slot) {
        return None;
    }
    let options = def.kind.options()?;
    Some(
        (1..=options.list.len())
            .map(|k| {
                Value::Array(
                    options
                        .list
                        .iter()
                        .take(k)
                        .map(|o| Value::String(o.value.clone()))
                        .collect(),
                )
            })
            .collect(),
    )
}

/// Whether `slot` is read in `e` only inside `count(x)` (or by `present`).
fn only_counted(e: &Expr, slot: Slot) -> bool {
    match e {
        Expr::Call(expr::Func::Chosen, _) | Expr::Present(_) => true,
        Expr::Field(s) => *s != slot,
        Expr::Bool(_) | Expr::Num(_) | Expr::Text(_) | Expr::Date(_) | Expr::Today => true,
        Expr::Not(a) | Expr::Neg(a) | Expr::InText(a, _) | Expr::InNum(a, _) => {
            only_counted(a, slot)
        }
        Expr::And(a, b) | Expr::Or(a, b) | Expr::Cmp(_, a, b) | Expr::Arith(_, a, b) => {
            only_counted(a, slot) && only_counted(b, slot)
        }
        Expr::Call(_, args) => args.iter().all(|a| only_counted(a, slot)),
        Expr::Count(_, c) => c.as_deref().is_none_or(|c| only_counted(c, slot)),
        Expr::Sum(_, each) => only_counted(each, slot),
    }
}

/// The answers that stand for every whole number a field can be given, where `e` only
/// compares it with numbers written in it (`x > 30`, `x in [1, 2]`) or asks `present(x)`:
/// each such number and the whole numbers on either side of it. (A condition of those
/// changes its value only at those numbers.)
fn whole_numbers(e: &Expr, slot: Slot) -> Option<Vec<Value>> {
    let mut cut = Vec::new();
    if !compared(e, slot, &mut cut) {
        return None;
    }
    let mut values: Vec<i64> = Vec::new();
    for c in cut {
        // Saturating: a number beyond i64 stands for itself as the largest one.
        let (lo, hi) = (c.floor() as i64, c.ceil() as i64);
        values.extend([lo.saturating_sub(1), lo, hi, hi.saturating_add(1)]);
    }
    if values.is_empty() {
        // Only `present(x)`: any number.
        values.push(1);
    }
    values.sort_unstable();
    values.dedup();
    Some(values.into_iter().map(Value::from).collect())
}

/// The answers that stand for every decimal a field can be given, where `e` only compares
/// it with numbers written in it: each such number, one between each two of them and one
/// beyond each end (a condition of those is the same for every number strictly between two
/// neighbours). `None` where such a number cannot be found (numbers so large or so close
/// that nothing lies between them as a decimal answer).
fn decimals(e: &Expr, slot: Slot) -> Option<Vec<Value>> {
    let mut cut = Vec::new();
    if !compared(e, slot, &mut cut) {
        return None;
    }
    if cut.iter().any(|c| !c.is_finite() || c.abs() > 1e12) {
        return None;
    }
    cut.sort_by(f64::total_cmp);
    cut.dedup();
    let mut values = Vec::new();
    match (cut.first(), cut.last()) {
        (Some(&lo), Some(&hi)) => {
            values.push(lo - 1.0 - lo.abs());
            for pair in cut.windows(2) {
                let (a, b) = (pair.first()?, pair.get(1)?);
                let mid = a + (b - a) / 2.0;
                if mid <= *a || mid >= *b {
                    return None;
                }
                values.extend([*a, mid]);
            }
            values.extend([hi, hi + 1.0 + hi.abs()]);
        }
        // Only `present(x)`: any number.
        _ => values.push(1.0),
    }
    // JSON numbers: a text such as `2.125` would be asked about (`ambiguous-decimal`).
    Some(values.into_iter().map(Value::from).collect())
}

/// Whether `slot` is read in `e` only compared with a number written in it or by
/// `present`; collects those numbers.
fn compared(e: &Expr, slot: Slot, cut: &mut Vec<f64>) -> bool {
    match e {
        Expr::Field(s) => *s != slot,
        Expr::Present(_)
        | Expr::Bool(_)
        | Expr::Num(_)
        | Expr::Text(_)
        | Expr::Date(_)
        | Expr::Today => true,
        Expr::Cmp(_, a, b) => match (&**a, &**b) {
            (Expr::Field(s), Expr::Num(c)) | (Expr::Num(c), Expr::Field(s)) if *s == slot => {
                cut.push(*c);
                true
            }
            _ => compared(a, slot, cut) && compared(b, slot, cut),
        },
        Expr::InNum(a, list) => match &**a {
            Expr::Field(s) if *s == slot => {
                cut.extend(list);
                true
            }
            _ => compared(a, slot, cut),
        },
        Expr::Not(a) | Expr::Neg(a) | Expr::InText(a, _) => compared(a, slot, cut),
        Expr::And(a, b) | Expr::Or(a, b) | Expr::Arith(_, a, b) => {
            compared(a, slot, cut) && compared(b, slot, cut)
        }
        Expr::Call(_, args) => args.iter().all(|a| compared(a, slot, cut)),
        Expr::Count(_, c) => c.as_deref().is_none_or(|c| compared(c, slot, cut)),
        Expr::Sum(_, each) => compared(each, slot, cut),
    }
}

/// Collects the slots an expression reads; false where it reads what cannot be tried in
/// full (`today`, the items of a group).
fn reads(e: &Expr, slots: &mut Vec<Slot>) -> bool {
    match e {
        Expr::Bool(_) | Expr::Num(_) | Expr::Text(_) | Expr::Date(_) => true,
        Expr::Today | Expr::Count(..) | Expr::Sum(..) => false,
        Expr::Field(s) | Expr::Present(s) => {
            if !slots.contains(s) {
                slots.push(*s);
            }
            true
        }
        Expr::Not(a) | Expr::Neg(a) | Expr::InText(a, _) | Expr::InNum(a, _) => reads(a, slots),
        Expr::And(a, b) | Expr::Or(a, b) | Expr::Cmp(_, a, b) | Expr::Arith(_, a, b) => {
            reads(a, slots) && reads(b, slots)
        }
        Expr::Call(_, args) => args.iter().all(|a| reads(a, slots)),
    }
}
