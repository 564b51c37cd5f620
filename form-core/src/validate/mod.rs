//! Validating a submission against a compiled [`Form`]: normalisation, visibility, data
//! minimisation, field checks and plausibility rules, in one deterministic pass.
//!
//! The phases, one module each: [`answers`] (read every answer with its field's type),
//! [`visibility`] (decide what is shown, in dependency order; empty what is hidden),
//! [`checks`] (required, the types' checks, rules) and [`clean`] (the submission to
//! store). [`Form::visibility`] runs only the first two: what a renderer needs on every
//! keystroke.

pub(crate) mod answers;
mod checks;
mod clean;
mod visibility;

pub use clean::Cleaned;

use std::sync::Arc;

use crate::json::Json;
use serde::{Deserialize, Serialize};

use crate::codes::{DropReason, IssueCode};
use crate::date::Date;
use crate::diag::Args;
use crate::model::Form;

/// What the caller supplies: the engine has no clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context {
    pub today: Date,
}

/// One problem with a submission.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    /// Where: `email`, `family[1].member_birth_date`; empty for the whole submission.
    #[serde(default)]
    pub path: String,
    /// Stable code.
    pub code: IssueCode,
    /// Fluent message id that explains the issue.
    pub message: String,
    /// Message id of the field's label, to be formatted and passed as `$label`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// For `plausibility`: the rule's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// For `plausibility`: every field the rule concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    #[serde(default)]
    pub args: Args,
}

impl Issue {
    /// For a date given in parts: the parts this issue is about (`day`, `month`, `year`,
    /// joined by `-`: `day-month`) when it is about some of them (a date that is none, one that is incomplete), for a
    /// form to mark and link those; `None` when it is about the whole answer.
    pub fn date_parts(&self) -> Option<&str> {
        let key = match self.code {
            IssueCode::InvalidDate | IssueCode::InvalidPartialDate => "parts",
            IssueCode::DateIncomplete => "missing",
            _ => return None,
        };
        match self.args.get(key)? {
            crate::diag::Arg::Str(s) => Some(s),
            crate::diag::Arg::Num(_) | crate::diag::Arg::Decimal(_) => None,
        }
    }
}

/// A value that was not kept, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dropped {
    pub path: String,
    /// `hidden` (the field is not shown for these answers) or `unknown` (not in the form).
    pub reason: DropReason,
}

/// The verdict on a submission.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report<'v> {
    pub valid: bool,
    pub issues: Vec<Issue>,
    /// The normalised, minimised submission: what a receiver stores. Its text is borrowed
    /// from the submission where reading changed nothing ([`Cleaned::into_owned`] to keep it
    /// longer).
    pub cleaned: Cleaned<'v>,
    pub dropped: Vec<Dropped>,
}

/// Whether a page or field is shown, by page id or field path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VisibleItem {
    /// Shared with the form for top-level fields: listing them copies no text.
    #[serde(serialize_with = "text")]
    pub path: Arc<str>,
    pub visible: bool,
}

fn text<S: serde::Serializer>(t: &Arc<str>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(t)
}

/// Which pages and fields are visible for a set of answers. Fields of group items are
/// listed per existing item (`family[0].name`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Visibility {
    pub pages: Vec<VisibleItem>,
    pub fields: Vec<VisibleItem>,
}

impl Visibility {
    /// Whether the page with this id is shown.
    pub fn page(&self, id: &str) -> bool {
        self.pages
            .iter()
            .find(|v| *v.path == *id)
            .is_none_or(|v| v.visible)
    }
    /// Whether the field at this path is shown (unknown paths are not).
    pub fn field(&self, path: &str) -> bool {
        self.fields.iter().any(|v| *v.path == *path && v.visible)
    }
}

impl Report<'_> {
    /// The issues that concern one field path: its own, and those of rules that name it.
    pub fn issues_for<'r>(&'r self, path: &'r str) -> impl Iterator<Item = &'r Issue> + 'r {
        self.issues
            .iter()
            .filter(move |i| i.path == path || i.fields.iter().any(|f| f == path))
    }
}

impl Form {
    /// Validates a submission: every issue, the cleaned submission, and what was dropped.
    pub fn validate<'v, J: Json>(&self, data: &'v J, ctx: &Context) -> Report<'v> {
        self.run(data, ctx, false, None)
    }

    /// Validates and also says which pages and fields are visible for these answers.
    pub fn evaluate<'v, J: Json>(&self, data: &'v J, ctx: &Context) -> (Report<'v>, Visibility) {
        let mut vis = Visibility::default();
        let report = self.run(data, ctx, false, Some(&mut vis));
        (report, vis)
    }

    /// The fast yes/no path: the same rules, stopping at the first issue.
    pub fn is_valid<J: Json>(&self, data: &J, ctx: &Context) -> bool {
        self.run(data, ctx, true, None).valid
    }

    /// Only which pages and fields are visible for these answers: the answers are read
    /// and visibility decided, nothing is checked. What a renderer needs while people type.
    pub fn visibility<J: Json>(&self, data: &J, ctx: &Context) -> Visibility {
        let mut a = answers::read(self, data, None, Some(&self.drives));
        let shown = visibility::apply(self, &mut a.cells, ctx.today, None);
        visibility::list(self, &a.cells, &shown, ctx.today)
    }

    fn run<'v, J: Json>(
        &self,
        data: &'v J,
        ctx: &Context,
        fast: bool,
        vis: Option<&mut Visibility>,
    ) -> Report<'v> {
        let mut dropped = Vec::new();
        let track = (!fast).then_some(&mut dropped);
        let mut a = answers::read(self, data, track, None);
        let track = (!fast).then_some(&mut dropped);
        let shown = visibility::apply(self, &mut a.cells, ctx.today, track);
        dropped.sort_unstable_by(|a, b| a.path.cmp(&b.path));
        // An unknown key given twice in JSON text (`json::Node`) is dropped once, as from a
        // `Value`; deduplicating after sorting keeps this linear for any number of keys.
        if !J::UNIQUE_KEYS {
            dropped.dedup();
        }

        let mut run = checks::Run {
            form: self,
            top_visible: &shown.top,
            fast,
            issues: Vec::new(),
        };
        if a.not_object {
            run.not_an_object();
        }
        run.group_shapes(&a.group_shape);
        run.fields(&a.cells, ctx.today);
        if let Some(vis) = vis {
            *vis = visibility::list(self, &a.cells, &shown, ctx.today);
        }
        if fast {
            return checks::verdict(run.issues.is_empty());
        }
        let issues = run.into_report();
        let cleaned = clean::cleaned(self, &mut a.cells, &shown.top);
        Report {
            valid: issues.is_empty(),
            issues,
            cleaned,
            dropped,
        }
    }
}
