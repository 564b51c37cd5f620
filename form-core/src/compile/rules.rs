//! Phase 4, rules: cross-field plausibility rules (the form's, and each group's for its
//! items): ids, messages, the `when` and `assert` conditions, and the fields they concern.

use std::collections::BTreeSet;

use super::read::RawRule;
use super::{Compiler, MAX_RULES, finite, names};
use crate::codes::DiagCode;
use crate::diag::Diagnostic;
use crate::expr::{ArithOp, Checked, Expr, Func, Lookup, Slot, Symbols, Type};
use crate::model::Rule;

impl Compiler<'_> {
    pub(super) fn rules(
        &mut self,
        raw: &[RawRule],
        pointer: &str,
        scope: Option<usize>,
    ) -> Vec<Rule> {
        let mut out = Vec::new();
        let mut ids = BTreeSet::new();
        if raw.len() > MAX_RULES {
            self.diags.push(
                Diagnostic::error(DiagCode::LimitExceeded, pointer)
                    .arg("what", "rules")
                    .arg("max", MAX_RULES),
            );
            return out;
        }
        for (i, r) in raw.iter().enumerate() {
            let p = format!("{pointer}/{i}");
            if !names::is_slug(&r.id) {
                self.diags.push(
                    Diagnostic::error(DiagCode::InvalidId, format!("{p}/id"))
                        .arg("id", r.id.as_str()),
                );
            }
            if !ids.insert(r.id.as_str()) {
                self.diags.push(
                    Diagnostic::error(DiagCode::DuplicateId, format!("{p}/id"))
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
                    Diagnostic::error(DiagCode::RuleNoFields, format!("{p}/fields"))
                        .arg("id", r.id.as_str()),
                );
            }
            for (j, name) in r.fields.iter().enumerate() {
                match self.lookup(name, scope) {
                    Lookup::Found(info) => {
                        // The first names where the issue is shown, which may be a question
                        // everyone answers that the rule does not read (as the warnings on
                        // skipped rules advise); the others are there to be read.
                        if j > 0 && assert.is_some() && !reads.contains(&info.field) {
                            self.diags.push(
                                Diagnostic::warning(
                                    DiagCode::RuleFieldNotUsed,
                                    format!("{p}/fields/{j}"),
                                )
                                .arg("name", name.as_str()),
                            );
                        }
                        fields.push(info.field);
                    }
                    // A field whose declaration was reported is not said to be missing.
                    _ if self.broken.contains(name.as_str()) => {}
                    _ => {
                        let d = Diagnostic::error(
                            DiagCode::RuleUnknownField,
                            format!("{p}/fields/{j}"),
                        );
                        let d = self.near_field(d, name, scope);
                        self.diags.push(d.arg("name", name.as_str()));
                    }
                }
            }
            // A rule that demands `present(x)` for a field that can be hidden would blame
            // people for a field they were never shown, unless the rule names that field
            // (a rule is skipped while one of its fields is hidden). Not where it only
            // excuses its absence (`not present(x) or x < y`).
            if let Some(a) = &assert {
                let mut demanded = Vec::new();
                demands(&a.expr, true, &mut demanded);
                let demanded: Vec<usize> = demanded
                    .into_iter()
                    .filter_map(|s| self.flat_of(s, scope))
                    .collect();
                for &f in a.presence.iter().filter(|f| demanded.contains(f)) {
                    if let Some(fd) = self.fields.get(f)
                        && fd.conditional
                        && !fields.contains(&f)
                    {
                        self.diags.push(
                            Diagnostic::warning(
                                DiagCode::RequiresHiddenField,
                                format!("{p}/assert"),
                            )
                            .arg("name", &*fd.id),
                        );
                    }
                }
            }
            if let (Some(&anchor), Some(a)) = (fields.first(), &assert) {
                self.hidden_apart(&p, anchor, &fields, a, scope);
                self.shown_early(&p, anchor, &reads);
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

    /// The field a slot of an expression in `scope` (a group, or the top level) stands for.
    fn flat_of(&self, slot: Slot, scope: Option<usize>) -> Option<usize> {
        match slot {
            Slot::Top(i) => self.top.get(i).copied(),
            Slot::Item(i) => scope
                .and_then(|g| self.groups.get(g))
                .and_then(|g| g.items.get(i).copied()),
        }
    }

    /// Whether `f` can be hidden while `other` is shown: a condition hides it that does not
    /// hide the other.
    fn apart(&self, f: usize, other: usize) -> bool {
        let (Some(of_f), Some(of_other)) = (self.hidden_by.get(f), self.hidden_by.get(other))
        else {
            return false;
        };
        of_f.iter().any(|cond| !of_other.contains(cond))
    }

    /// Warns where a rule's issue is shown at a field (`anchor`) on an earlier page than a
    /// field its conditions read: "Continue" stops only on the page an issue is shown at,
    /// so an applicant who gives the later answer hears of the conflict only after the last
    /// page (a household of 1 asked on page 3, the family members on page 4). Naming the
    /// later field first shows the issue where it is given. Not where the later field can
    /// be hidden while the anchor is shown: the issue is then rightly at a question everyone
    /// answers (a household's income limit over members some are never asked about). Which
    /// fields can be apart is judged by answers after compiling ([`finite::check`]); here
    /// each later field is a candidate, latest first.
    fn shown_early(&mut self, p: &str, anchor: usize, reads: &[usize]) {
        let top = |c: &Self, f: usize| c.fields.get(f).and_then(|d| d.parent).unwrap_or(f);
        let page = |c: &Self, f: usize| c.fields.get(top(c, f)).map(|d| d.page);
        let Some(shown) = page(self, anchor) else {
            return;
        };
        let Some(a) = self.fields.get(top(self, anchor)) else {
            return;
        };
        let mut later: Vec<usize> = reads
            .iter()
            .map(|&f| top(self, f))
            .filter(|&f| page(self, f) > Some(shown))
            .collect();
        later.sort_by_key(|&f| (std::cmp::Reverse(page(self, f)), f));
        later.dedup();
        let mut candidates = Vec::new();
        for f in later {
            let Some(l) = self.fields.get(f) else {
                continue;
            };
            let warning = Diagnostic::warning(DiagCode::RuleShownEarly, format!("{p}/fields/0"))
                .arg("name", &*l.id)
                .arg(
                    "page",
                    self.page_ids.get(l.page).cloned().unwrap_or_default(),
                )
                .arg("shown", &*a.id);
            let apart = self.apart(f, anchor);
            candidates.push(finite::Early {
                warning,
                field: f,
                anchor,
                apart,
            });
            if !apart {
                break;
            }
        }
        if !candidates.is_empty() {
            self.shown_early.push(candidates);
        }
    }

    /// Warns where a rule can fall silent for an applicant who sees the field its issue is
    /// shown at (`anchor`, the first of `fields`): a field it names that can be hidden
    /// while the anchor is shown (a rule is skipped while a field it names is hidden), and
    /// a field its assert reads so (the assert is then unknown, and passes), unless read
    /// through `value_or` or `present`, or inside `count` and `sum` (which always have a
    /// value).
    fn hidden_apart(
        &mut self,
        p: &str,
        anchor: usize,
        fields: &[usize],
        assert: &Checked,
        scope: Option<usize>,
    ) {
        let apart = Self::apart;
        let name = |c: &Self, f: usize| {
            c.fields
                .get(f)
                .map(|d| d.id.to_string())
                .unwrap_or_default()
        };
        for (j, &f) in fields.iter().enumerate().skip(1) {
            // (Not the reverse: a rule is usually about the field its issue is shown at,
            // and skipped, rightly, while that is hidden.)
            if apart(self, f, anchor) {
                let d =
                    Diagnostic::warning(DiagCode::RuleSkippedWhenHidden, format!("{p}/fields/{j}"))
                        .arg("name", name(self, f))
                        .arg("shown", name(self, anchor));
                self.diags.push(d);
            }
        }
        // The field the issue is shown at, read through `value_or` for where it has no
        // answer: the rule is skipped while it is hidden, so that value is never used for
        // a hidden answer (an income limit shown at the income, asked only of some).
        // Another field named so is the warning above where it can be hidden while the
        // anchor is shown, and else hidden only with it.
        let mut fallback = Vec::new();
        value_or_reads(&assert.expr, &mut fallback);
        if fallback
            .iter()
            .any(|&s| self.flat_of(s, scope) == Some(anchor))
            && self.fields.get(anchor).is_some_and(|d| d.conditional)
        {
            let d = Diagnostic::warning(DiagCode::RuleValueOrSkipped, format!("{p}/fields/0"))
                .arg("name", name(self, anchor));
            self.diags.push(d);
        }
        // The same where the field the issue is shown at is a group the rule sums over (0
        // while it is hidden), adding an answer that can be shown while it is hidden: an
        // income limit over the household's members and the applicant's own income, shown
        // at the members, asked only of some, never refuses a high income of someone who
        // lives alone. A rule about the group alone (`sum(members, hours) <= 100`) is
        // rightly skipped with it.
        if let Some(g) = self.top.iter().position(|&f| f == anchor) {
            let mut added = Vec::new();
            added_to_sum(&assert.expr, g, &mut added);
            let other = added.into_iter().find_map(|s| {
                let o = self.flat_of(s, scope)?;
                (o != anchor && apart(self, anchor, o)).then_some(o)
            });
            if let Some(o) = other {
                let d = Diagnostic::warning(DiagCode::RuleTotalSkipped, format!("{p}/fields/0"))
                    .arg("name", name(self, anchor))
                    .arg("other", name(self, o));
                self.diags.push(d);
            }
        }
        let mut bare = Vec::new();
        bare_reads(&assert.expr, &mut bare);
        let mut said = Vec::new();
        for slot in bare {
            let Some(f) = self.flat_of(slot, scope) else {
                continue;
            };
            if fields.contains(&f) || assert.presence.contains(&f) || said.contains(&f) {
                continue;
            }
            if apart(self, f, anchor) {
                said.push(f);
                let d = Diagnostic::warning(DiagCode::RuleUnknownWhenHidden, format!("{p}/assert"))
                    .arg("name", name(self, f))
                    .arg("shown", name(self, anchor));
                self.diags.push(d);
            }
        }
    }
}

/// The fields an expression reads whose having no value makes it unknown: not through
/// `value_or` (its first argument), `present`, `count` or `sum`.
fn bare_reads(e: &Expr, out: &mut Vec<Slot>) {
    match e {
        Expr::Field(s) => out.push(*s),
        Expr::Bool(_) | Expr::Num(_) | Expr::Text(_) | Expr::Date(_) | Expr::Today => {}
        Expr::Present(_) | Expr::Count(..) | Expr::Sum(..) => {}
        Expr::Not(a) | Expr::Neg(a) | Expr::InText(a, _) | Expr::InNum(a, _) => bare_reads(a, out),
        Expr::And(a, b) | Expr::Or(a, b) | Expr::Cmp(_, a, b) | Expr::Arith(_, a, b) => {
            bare_reads(a, out);
            bare_reads(b, out);
        }
        Expr::Call(Func::Chosen, _) => {}
        Expr::Call(Func::ValueOr, args) => {
            for a in args.iter().skip(1) {
                bare_reads(a, out);
            }
        }
        Expr::Call(_, args) => args.iter().for_each(|a| bare_reads(a, out)),
    }
}

/// The fields read by what an expression adds to, or takes from, a sum over group `g`
/// (its top-level slot): `value_or(income, 0)` in `value_or(income, 0) + sum(members,
/// member_income) <= 6000`. Not what the total is compared with (`sum(members, hours) <=
/// 10 * household`), which a hidden group's 0 meets anyway where it is a bound.
fn added_to_sum(e: &Expr, g: usize, out: &mut Vec<Slot>) {
    match e {
        Expr::Arith(ArithOp::Add | ArithOp::Sub, a, b) => {
            for (total, other) in [(a, b), (b, a)] {
                if sums_over(total, g) {
                    field_reads(other, out);
                }
            }
            added_to_sum(a, g, out);
            added_to_sum(b, g, out);
        }
        Expr::Not(a) | Expr::Neg(a) | Expr::InText(a, _) | Expr::InNum(a, _) => {
            added_to_sum(a, g, out)
        }
        Expr::And(a, b) | Expr::Or(a, b) | Expr::Cmp(_, a, b) | Expr::Arith(_, a, b) => {
            added_to_sum(a, g, out);
            added_to_sum(b, g, out);
        }
        Expr::Call(_, args) => args.iter().for_each(|a| added_to_sum(a, g, out)),
        _ => {}
    }
}

/// Whether an expression is, or adds up, a sum over group `g`.
fn sums_over(e: &Expr, g: usize) -> bool {
    match e {
        Expr::Sum(s, _) => *s == g,
        Expr::Arith(ArithOp::Add | ArithOp::Sub, a, b) => sums_over(a, g) || sums_over(b, g),
        Expr::Neg(a) => sums_over(a, g),
        _ => false,
    }
}

/// Every field an expression reads at its own level (not those of a group's items inside
/// `count` and `sum`).
fn field_reads(e: &Expr, out: &mut Vec<Slot>) {
    match e {
        Expr::Field(s) | Expr::Present(s) => out.push(*s),
        Expr::Not(a) | Expr::Neg(a) | Expr::InText(a, _) | Expr::InNum(a, _) => field_reads(a, out),
        Expr::And(a, b) | Expr::Or(a, b) | Expr::Cmp(_, a, b) | Expr::Arith(_, a, b) => {
            field_reads(a, out);
            field_reads(b, out);
        }
        Expr::Call(_, args) => args.iter().for_each(|a| field_reads(a, out)),
        _ => {}
    }
}

/// The fields an expression reads through `value_or` (its first argument), which says what
/// the answer stands for where there is none. Not `count` and `sum`: a rule about a group
/// or a multi-choice (`count(months) <= 3`), shown at it, is rightly skipped while it is
/// hidden, and which such rules would fail there only answers can tell.
fn value_or_reads(e: &Expr, out: &mut Vec<Slot>) {
    match e {
        Expr::Call(Func::ValueOr, args) => {
            if let Some(Expr::Field(s)) = args.first() {
                out.push(*s);
            }
            args.iter().for_each(|a| value_or_reads(a, out));
        }
        Expr::Not(a) | Expr::Neg(a) | Expr::InText(a, _) | Expr::InNum(a, _) => {
            value_or_reads(a, out)
        }
        Expr::And(a, b) | Expr::Or(a, b) | Expr::Cmp(_, a, b) | Expr::Arith(_, a, b) => {
            value_or_reads(a, out);
            value_or_reads(b, out);
        }
        // Not inside `count` and `sum`: those read a group's items.
        Expr::Call(_, args) => args.iter().for_each(|a| value_or_reads(a, out)),
        _ => {}
    }
}

/// The fields whose `present()` the expression can need to be true: those under an even
/// number of `not` (`present(x)`, `not (not present(x))`); under `not` once, the absence
/// is excused, not demanded. Inside a comparison or a call, either.
fn demands(e: &Expr, positive: bool, out: &mut Vec<Slot>) {
    match e {
        Expr::Present(s) if positive => out.push(*s),
        Expr::Not(a) => demands(a, !positive, out),
        Expr::And(a, b) | Expr::Or(a, b) => {
            demands(a, positive, out);
            demands(b, positive, out);
        }
        Expr::Cmp(_, a, b) | Expr::Arith(_, a, b) => {
            for x in [a, b] {
                demands(x, true, out);
                demands(x, false, out);
            }
        }
        Expr::Call(_, args) => {
            for x in args {
                demands(x, true, out);
                demands(x, false, out);
            }
        }
        _ => {}
    }
}
